"""Past E-utilities' 10,000-record window: split a PubMed search by publication date, then plan the efetch batches.

PubMed hands out only the first 10,000 records of one search (retstart > 9998 is an error inside HTTP 200), so a
larger search is cut into publication-date ranges (esearch `datetype=pdat&mindate=&maxdate=`), bisected until each
holds at most 10,000 hits, and each range is fetched through its own WebEnv. [dp] matches both the print and the
electronic date, so one article can fall in two ranges: the plan fetches every PMID once (a range that repeats
ids of an earlier one is fetched by POSTing only its new ids). Pure logic: the search is passed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from evidence.http import FetchError
from evidence.sources.eutils import Search

EARLIEST = dt.date(1700, 1, 1)  # before PubMed's oldest records (1781)

DateRange = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class Part:
    """One esearch whose hits are all retrievable: its date range (None: the whole search), answer and raw body."""

    mindate: dt.date | None
    maxdate: dt.date | None
    search: Search
    body: bytes = b""

    def describe(self) -> dict[str, object]:
        """What the resume state and the manifest keep of a part (never ids: they can be 10,000 long)."""
        return {"mindate": fmt(self.mindate) if self.mindate else None,
                "maxdate": fmt(self.maxdate) if self.maxdate else None, "count": self.search.count}


def fmt(day: dt.date) -> str:
    """E-utilities date format."""
    return f"{day.year:04d}/{day.month:02d}/{day.day:02d}"


def halves(lo: dt.date, hi: dt.date) -> tuple[DateRange, DateRange] | None:
    """Older and newer half of a range: at a year boundary while it spans years, else at the middle day."""
    if lo.year < hi.year:
        mid = (lo.year + hi.year) // 2
        return (lo, dt.date(mid, 12, 31)), (dt.date(mid + 1, 1, 1), hi)
    if lo < hi:
        mid_day = lo + (hi - lo) // 2
        return (lo, mid_day), (mid_day + dt.timedelta(days=1), hi)
    return None


def split_by_date(search: Callable[[dt.date, dt.date], Part], lo: dt.date, hi: dt.date, cap: int,
                  known_count: int | None = None) -> list[Part]:
    """Date ranges covering lo..hi, newest first, each with 1..cap hits (empty ranges dropped).

    `known_count` is the hit count of lo..hi when already known (the unsplit search), which saves asking again
    unless it must be checked. When the newer half of a range holds as many hits as the whole range, every record
    of the older half is already in the newer one (an article dated in both), so the older half is not asked
    about: the early centuries of an open-ended range cost nothing. But the database grows between two searches,
    and a newer half that grew by exactly what the older half holds would look the same: so that equality is
    checked by asking the whole range again, after its newer half; only if it still holds is the older half
    skipped. A single day with more than `cap` hits cannot be split further and raises FetchError.
    """
    parts, _ = _visit(search, lo, hi, cap, known_count)
    return parts


def _visit(search: Callable[[dt.date, dt.date], Part], lo: dt.date, hi: dt.date, cap: int,
           count: int | None) -> tuple[list[Part], int]:
    if count is None or count <= cap:
        part = search(lo, hi)
        count = part.search.count
        if count == 0:
            return [], 0
        if count <= cap:
            return [part], count
    split = halves(lo, hi)
    if split is None:
        raise FetchError(f"PubMed lists {count:,} records published on {fmt(lo)}, more than the {cap:,} "
                         "E-utilities hand out for one search; narrow the profile's term")
    older, newer = split
    newer_parts, newer_count = _visit(search, *newer, cap, None)  # newest first, as PubMed sorts
    if newer_count >= count:
        now = search(lo, hi).search.count  # asked after the newer half: a count that grew meanwhile shows here
        if now == newer_count:
            return newer_parts, now
        count = now
    older_parts, _ = _visit(search, *older, cap, None)
    return newer_parts + older_parts, count


@dataclass(frozen=True)
class Batch:
    """One efetch request: n records from `start` of part `part`'s history (ids name them), or these ids POSTed."""

    part: int
    start: int
    n: int
    ids: tuple[str, ...]
    history: bool


def plan_batches(parts: Sequence[Part], batch_size: int, target: int) -> list[Batch]:
    """The efetch requests that bring every planned PMID once, at most `target` records, in part order.

    A part whose ids are all new is fetched through its history server (its ids kept for the fallback of posting
    them if the WebEnv is forgotten); a part that repeats ids of an earlier part posts only its new ids.
    """
    seen: set[str] = set()
    out: list[Batch] = []
    planned = 0
    for k, part in enumerate(parts):
        if planned >= target:
            break
        ids = part.search.ids
        new = [i for i in dict.fromkeys(ids) if i not in seen]
        seen.update(new)
        if len(new) == len(ids):
            size = min(part.search.count, target - planned)
            for start in range(0, size, batch_size):
                n = min(batch_size, size - start)
                out.append(Batch(k, start, n, tuple(ids[start:start + n]), True))
        else:
            new = new[:target - planned]
            size = len(new)
            for start in range(0, size, batch_size):
                chunk = tuple(new[start:start + batch_size])
                out.append(Batch(k, start, len(chunk), chunk, False))
        planned += size
    return out
