"""PubMed past the 10,000-record window: searches split by publication date, every record fetched once, resumable.

The loopback server answers like NCBI (Count above 10,000, only the first 10,000 retrievable) over 10,400 records
made by replicating the four smallest REAL recorded articles with new PMIDs and SYNTHETIC publication dates (the
real dates would put all of them in a handful of years); the pure splitting and planning are tested with tables.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import shutil
from pathlib import Path

import pytest

from evidence.cli import main
from evidence.http import FetchError
from evidence.sources import pubmed as pm
from evidence.sources.eutils import Search
from evidence.sources.pubmed_split import Part, halves, plan_batches, split_by_date
from tests.conftest import DATA
from tests.loopback import Fault, LoopbackServer
from tests.pubmed_app import PubmedApp, replicate_articles, synthetic_dates

TERM = "(ketamine[tiab] OR esketamine[tiab]) AND depress*[tiab]"
KEY = "loopbackKEY0123456789"  # a key buys NCBI's 10 requests/s, so the test spends less time waiting
N = 10_400
TODAY = dt.date(2026, 11, 23)


ARTICLES = replicate_articles(N, smallest=4)
DATES = synthetic_dates(N)


def raw_pmids(data: Path) -> list[str]:
    return [p for f in sorted((data / "raw" / "pubmed").glob("*.xml.gz")) for p in pm.article_ids(gzip.decompress(
        f.read_bytes()))]


def fetch(srv: LoopbackServer, data: Path, client: pm.Client, **kw: object) -> pm.RunResult:
    return pm.fetch_articles(TERM, data, base_url=srv.url, email="dev@example.org", api_key=KEY, client=client,
                             batch_size=5000, today=TODAY, **kw)  # type: ignore[arg-type]


def test_a_search_over_10000_is_split_by_date_and_every_record_arrives_once(tmp_path: Path) -> None:
    app = PubmedApp(ARTICLES, dates=DATES)
    progress: list[tuple[int, int | None]] = []
    with LoopbackServer(app, rate_limit=(10, 1.0)) as srv:
        client = pm.make_client(KEY, retries=1, backoff_factor=0.01)  # one process, one limiter for both runs
        srv.script(*Fault.burst(503, 40), when=lambda r: "id" in r.params)  # the posted batch fails at first
        with pytest.raises(FetchError, match="HTTP 503"):
            fetch(srv, tmp_path, client)
        first = list(srv.log)
        srv.clear_faults()
        srv.log.clear()
        r = fetch(srv, tmp_path, client, progress=lambda s, d, t: progress.append((d, t)))
        second = list(srv.log)

    searches = [e.params for e in first if e.path == "/esearch.fcgi"]
    assert "mindate" not in searches[0] and searches[0]["retmax"] == "10000"  # the whole search: Count 10,400
    ranges = [(p["mindate"], p["maxdate"]) for p in searches[1:]]
    assert all(p["datetype"] == "pdat" for p in searches[1:])
    # bisection of 1700-2027 by years, newest half first: three halves still holding all 10,400, then the two
    # leaves; each range whose newer half holds all its records is asked again after it (issue 20 item 2: the
    # database may have grown meanwhile) and, still equal, its older half (1946-1986, 1864-1945, 1700-1863) is
    # never asked about
    assert ranges == [("1864/01/01", "2027/12/31"), ("1946/01/01", "2027/12/31"), ("1987/01/01", "2027/12/31"),
                      ("2008/01/01", "2027/12/31"), ("1987/01/01", "2007/12/31"), ("1946/01/01", "2027/12/31"),
                      ("1864/01/01", "2027/12/31"), ("1700/01/01", "2027/12/31")]
    leaf_new = sum(1 for ds in DATES if ds[-1].year >= 2008)  # 2008-2024, the December 2007 ones included
    efetch = [e.params for e in first + second if e.path == "/efetch.fcgi" and e.status == 200]
    history = [p for p in efetch if "WebEnv" in p]
    posted = [p for p in efetch if "id" in p]
    assert [(p["retstart"], p["retmax"]) for p in history] == [("0", "5000"), ("5000", str(leaf_new - 5000))]
    assert len({p["WebEnv"] for p in history}) == 1 and history[0]["WebEnv"] != app.webenv  # the range's own
    assert len(posted) == 1 and len(posted[0]["id"].split(",")) == N - leaf_new  # overlap left out of the post

    assert not any(e.path == "/esearch.fcgi" for e in second)  # resumed: the parts were kept, no new searches
    assert len(second) == 1 and r.resumed
    got = raw_pmids(tmp_path)
    assert sorted(got) == sorted(p for p, _ in ARTICLES) and len(got) == len(set(got)) == N  # each exactly once
    assert (r.records, r.total, r.files, r.duplicates, r.parts) == (N, N, 3, 0, 2)
    assert progress[-1] == (N, N)
    state = json.loads((tmp_path / "raw" / "pubmed" / "_state.json").read_text())
    assert state["parts"] == [{"mindate": "2008/01/01", "maxdate": "2027/12/31", "count": leaf_new + 0},
                              {"mindate": "1987/01/01", "maxdate": "2007/12/31", "count": N - leaf_new + 36}]
    assert sorted(p.name for p in (tmp_path / "raw" / "pubmed" / "esearch").iterdir()) == [
        "esearch-00002.xml.gz", "esearch-00003.xml.gz"]

    with LoopbackServer(PubmedApp(ARTICLES[:7], dates=DATES[:7])) as srv:  # later the search fits one window
        small = fetch(srv, tmp_path, client)
    assert (small.records, small.parts, small.files) == (7, 1, 1) and sorted(raw_pmids(tmp_path)) == sorted(
        p for p, _ in ARTICLES[:7])
    assert [p.name for p in (tmp_path / "raw" / "pubmed" / "esearch").iterdir()] == ["esearch-00001.xml.gz"]


def test_cli_reports_the_split(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA / "profiles", data / "profiles")
    with LoopbackServer(PubmedApp(ARTICLES, dates=DATES), rate_limit=(10, 1.0)) as srv:
        monkeypatch.setenv("EVIDENCE_PUBMED_BASE_URL", srv.url)
        monkeypatch.setenv("NCBI_API_KEY", KEY)
        code = main(["fetch", "--source", "pubmed", "--data-dir", str(data), "--batch-size", "5000"])
        assert srv.count(status=429) == 0
    out = capsys.readouterr().out
    assert code == 0 and f"pubmed: {N} of {N} records in 3 files" in out
    assert "searched as 2 publication-date ranges" in out
    assert sorted(raw_pmids(data)) == sorted(p for p, _ in ARTICLES)


def test_the_window_is_real_on_the_loopback_server(tmp_path: Path) -> None:
    app = PubmedApp(ARTICLES, dates=DATES)
    with LoopbackServer(app) as srv:
        client = pm.make_client(KEY, retries=0)
        r = client.fetch(srv.url + "/esearch.fcgi", {"db": "pubmed", "term": TERM, "retstart": "9999",
                                                     "usehistory": "y"})
    assert r.status == 200 and b"cannot be larger than 9998" in r.body
    with pytest.raises(pm.BadResponse, match="9998"):
        pm.parse_esearch(r.body)


# --- pure logic: splitting and planning -----------------------------------------------------------------------


def day_search(days: list[dt.date], asked: list[tuple[dt.date, dt.date]]):  # noqa: ANN201
    """A search over a list of publication days (the splitter's seam), recording what it was asked."""
    def search(lo: dt.date, hi: dt.date) -> Part:
        asked.append((lo, hi))
        hits = tuple(str(i) for i, d in enumerate(days) if lo <= d <= hi)
        return Part(lo, hi, Search(len(hits), "W", "1", hits))
    return search


D = dt.date


@pytest.mark.parametrize(("lo", "hi", "expected"), [
    (D(2000, 1, 1), D(2001, 12, 31), ((D(2000, 1, 1), D(2000, 12, 31)), (D(2001, 1, 1), D(2001, 12, 31)))),
    (D(1700, 1, 1), D(2027, 12, 31), ((D(1700, 1, 1), D(1863, 12, 31)), (D(1864, 1, 1), D(2027, 12, 31)))),
    (D(2020, 1, 1), D(2020, 12, 31), ((D(2020, 1, 1), D(2020, 7, 1)), (D(2020, 7, 2), D(2020, 12, 31)))),
    (D(2020, 3, 1), D(2020, 3, 2), ((D(2020, 3, 1), D(2020, 3, 1)), (D(2020, 3, 2), D(2020, 3, 2)))),
    (D(2020, 3, 1), D(2020, 3, 1), None),
])
def test_halves(lo: dt.date, hi: dt.date, expected: object) -> None:
    assert halves(lo, hi) == expected


@pytest.mark.parametrize(("days", "cap", "leaves"), [
    ([D(2020, 5, 5)] * 3, 5, 1),  # fits: one range
    ([D(2001, 1, 1)] * 4 + [D(2020, 1, 1)] * 4, 5, 2),
    ([D(2020, 1, d) for d in range(1, 29)], 5, None),  # one year split down to days
])
def test_split_covers_every_record_once_within_the_cap(days: list[dt.date], cap: int, leaves: int | None) -> None:
    asked: list[tuple[dt.date, dt.date]] = []
    parts = split_by_date(day_search(days, asked), D(1990, 1, 1), D(2027, 12, 31), cap)
    ids = [i for p in parts for i in p.search.ids]
    assert sorted(ids, key=int) == [str(i) for i in range(len(days))]  # all, once
    assert all(0 < p.search.count <= cap for p in parts)
    assert [p.mindate for p in parts] == sorted((p.mindate for p in parts), reverse=True)  # newest first
    assert leaves is None or len(parts) == leaves
    assert len(asked) <= 2 * len(parts) * 20  # each leaf costs at most its path down the bisection


def test_a_known_count_is_not_asked_again_and_a_crowded_day_is_an_error() -> None:
    asked: list[tuple[dt.date, dt.date]] = []
    days = [D(2020, 1, 1)] * 6 + [D(2021, 1, 1)]
    parts = split_by_date(day_search(days[:6] + [D(2010, 1, 1)], asked), D(2000, 1, 1), D(2021, 12, 31), 6,
                          known_count=7)
    assert asked[0] != (D(2000, 1, 1), D(2021, 12, 31)) and len(parts) == 2  # the known count is not asked first
    asked.clear()
    parts = split_by_date(day_search(days, asked), D(1700, 1, 1), D(2021, 12, 31), 6, known_count=7)
    assert len(parts) == 2 and not any(hi < D(2020, 1, 1) for _, hi in asked)  # nothing before 2020: not asked
    with pytest.raises(FetchError, match="6 records published on 2020/01/01"):
        split_by_date(day_search(days, []), D(2000, 1, 1), D(2021, 12, 31), 5)


def _part(ids: list[str], count: int | None = None) -> Part:
    return Part(D(2000, 1, 1), D(2000, 12, 31), Search(len(ids) if count is None else count, "W", "1", tuple(ids)))


@pytest.mark.parametrize(("parts", "batch", "target", "expected"), [
    # (part, start, n, history) per batch
    ([["1", "2", "3", "4", "5"]], 2, 5, [(0, 0, 2, True), (0, 2, 2, True), (0, 4, 1, True)]),
    ([["1", "2", "3"], ["4", "5"]], 2, 5, [(0, 0, 2, True), (0, 2, 1, True), (1, 0, 2, True)]),
    ([["1", "2", "3"], ["3", "4", "5"]], 5, 5, [(0, 0, 3, True), (1, 0, 2, False)]),  # overlap: post the new ids
    ([["1", "2", "3"], ["1", "2"]], 5, 3, [(0, 0, 3, True)]),  # nothing new: no request
    ([["1", "2", "3"], ["4", "5"]], 2, 4, [(0, 0, 2, True), (0, 2, 1, True), (1, 0, 1, True)]),  # --max 4
])
def test_plan_batches(parts: list[list[str]], batch: int, target: int, expected: list[tuple[int, int, int, bool]]
                      ) -> None:
    plan = plan_batches([_part(p) for p in parts], batch, target)
    assert [(b.part, b.start, b.n, b.history) for b in plan] == expected
    asked = [i for b in plan for i in b.ids]
    assert len(asked) == len(set(asked)) == min(target, len({i for p in parts for i in p}))
