"""PubMed E-utilities (esearch + efetch) over the loopback server: REAL recorded articles, the history server and
its 10,000-record window.

    with LoopbackServer(PubmedApp(pubmed_articles())) as srv: ...
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from tests.loopback import FIXTURES, Reply, Request

EFETCH_FILES = ("efetch_2articles_a.xml", "efetch_2articles_b.xml", "efetch_structured_abstract_2018.xml",
                "efetch_29768149_rct_databank.xml", "efetch_22663011_rct_databank.xml",
                "efetch_38011560_ketamine_review.xml")
_ARTICLE = re.compile(rb"<PubmedArticle>.*?</PubmedArticle>", re.S)
_PMID = re.compile(rb"<PMID[^>]*>(\d+)</PMID>")


def pubmed_articles() -> list[tuple[str, bytes]]:
    """The 8 real recorded <PubmedArticle> elements, byte for byte, with their PMIDs."""
    out = []
    for name in EFETCH_FILES:
        for m in _ARTICLE.finditer((FIXTURES / "pubmed" / name).read_bytes()):
            out.append((_PMID.search(m.group(0)).group(1).decode(), m.group(0)))  # type: ignore[union-attr]
    return out


def replicate_articles(n: int, smallest: int | None = None) -> list[tuple[str, bytes]]:
    """Benchmark articles: n distinct records made by replicating the real ones (or the `smallest` k) with new PMIDs."""
    base = pubmed_articles()
    if smallest is not None:
        base = sorted(base, key=lambda a: len(a[1]))[:smallest]
    out = []
    for i in range(n):
        pmid, body = base[i % len(base)]
        new = str(90_000_000 + i)
        out.append((new, body.replace(f">{pmid}</PMID>".encode(), f">{new}</PMID>".encode(), 1)))
    return out


def synthetic_dates(n: int) -> list[tuple[dt.date, ...]]:
    """SYNTHETIC publication dates for n replicated articles (their real dates would crowd into a few years):
    years 2001-2024 in turn; December 2007 articles also carry an electronic date in January 2008 ([dp] matches
    either, so they fall in two date ranges)."""
    out: list[tuple[dt.date, ...]] = []
    for i in range(n):
        d = dt.date(2001 + i % 24, 1 + (i // 24) % 12, 1 + (i // 288) % 28)
        out.append((d, dt.date(2008, 1, 15)) if (d.year, d.month) == (2007, 12) else (d,))
    return out


EFETCH_HEAD = (FIXTURES / "pubmed" / "efetch_2articles_a.xml").read_bytes().split(b"<PubmedArticleSet>")[0]
ESEARCH_TEMPLATE = (FIXTURES / "pubmed" / "esearch_webenv_querykey.xml").read_bytes()
# No real efetch <ERROR> document was recorded (PROVENANCE.md); this is the shape NCBI documents for a lost WebEnv.
EFETCH_ERROR = (b'<?xml version="1.0" encoding="UTF-8" ?>\n<eFetchResult>\n'
                b"\t<ERROR>Unable to obtain query #1</ERROR>\n</eFetchResult>\n")


def esearch_body(count: int, ids: Sequence[str], webenv: str, query_key: str = "1") -> bytes:
    """The recorded esearch answer with Count/RetMax/WebEnv/IdList rewritten to describe the served articles."""
    body = ESEARCH_TEMPLATE
    body = re.sub(rb"<Count>\d+</Count>", f"<Count>{count}</Count>".encode(), body, count=1)
    body = re.sub(rb"<RetMax>\d+</RetMax>", f"<RetMax>{len(ids)}</RetMax>".encode(), body, count=1)
    body = re.sub(rb"<QueryKey>\d+</QueryKey>", f"<QueryKey>{query_key}</QueryKey>".encode(), body, count=1)
    body = re.sub(rb"<WebEnv>[^<]*</WebEnv>", f"<WebEnv>{webenv}</WebEnv>".encode(), body, count=1)
    idlist = b"<IdList>\n" + b"".join(f"<Id>{i}</Id>\n".encode() for i in ids) + b"</IdList>"
    return re.sub(rb"<IdList>.*?</IdList>", lambda _: idlist, body, count=1, flags=re.S)


# NCBI's answer to retstart > 9998, as API-NOTES.md describes it (an error inside HTTP 200); no real body of it was
# recorded, so this is the documented wording in the shape of the recorded esearch errors.
ESEARCH_WINDOW_ERROR = (b'<?xml version="1.0" encoding="UTF-8" ?>\n<eSearchResult><ERROR>Search Backend failed: '
                        b"Exception:\n'retstart' cannot be larger than 9998. For PubMed, ESearch can only retrieve "
                        b"the first 9,999 records matching the query.</ERROR></eSearchResult>\n")
WINDOW = 10_000  # PubMed hands out only the first 10,000 records of a search, through esearch and the history


def _ncbi_date(text: str, last: bool) -> dt.date:
    """mindate/maxdate as E-utilities accept them: YYYY, YYYY/MM or YYYY/MM/DD (a maxdate means the period's end)."""
    bits = [int(x) for x in text.split("/")]
    if len(bits) == 3:
        return dt.date(*bits)
    if len(bits) == 2:
        y, m = bits
        return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)) if last else dt.date(y, m, 1)
    return dt.date(bits[0], 12, 31) if last else dt.date(bits[0], 1, 1)


class PubmedApp:
    """esearch.fcgi + efetch.fcgi over a list of real articles; the history server can be made to forget WebEnvs.

    Like the real service, a search hands out only its first 10,000 records (Count says how many matched; retmax
    is cut to 10,000; retstart > 9998 is an <ERROR> inside HTTP 200; efetch through the history stops at 10,000).
    With `dates` (one tuple of publication dates per article), esearch honours datetype=pdat&mindate=&maxdate=:
    an article matches when any of its dates (print or electronic, as [dp] does) lies in the range, and each such
    search gets its own WebEnv.
    """

    def __init__(self, articles: Sequence[tuple[str, bytes]], webenv: str = "MCID_loopback0001",
                 esearch_raw: bytes | None = None, dates: Sequence[Sequence[dt.date]] | None = None) -> None:
        self.articles = list(articles)
        self.by_id = dict(self.articles)
        self.webenv = webenv
        self.esearch_raw = esearch_raw  # serve this recorded answer verbatim instead (e.g. the 42,249-hit one)
        self.forget_webenv = False
        self.api_keys: list[str] = []
        self.dates = [tuple(d) for d in dates] if dates is not None else None
        if self.dates is not None and len(self.dates) != len(self.articles):
            raise ValueError("one tuple of dates per article")
        self.history: dict[str, list[bytes]] = {webenv: [b for _, b in self.articles]}
        self._built: dict[tuple[str, int, int], bytes] = {}

    def _set(self, items: Sequence[bytes]) -> bytes:
        return EFETCH_HEAD + b"<PubmedArticleSet>\n" + b"\n".join(items) + b"\n</PubmedArticleSet>\n"

    def prebuild(self, batch: int) -> None:
        """Build every history batch of `batch` records now, so serving them costs the server (which shares the
        benchmark's CPUs) no joining of 12 MB per request: NCBI's CPU is not the client's."""
        held = self.history[self.webenv]
        for start in range(0, min(len(held), WINDOW), batch):
            self._built[(self.webenv, start, batch)] = self._set(held[start:min(start + batch, WINDOW)])

    def _esearch(self, p: dict[str, str]) -> Reply:
        if self.esearch_raw is not None:
            return Reply(200, self.esearch_raw, "text/xml")
        if int(p.get("retstart", "0")) > WINDOW - 2:
            return Reply(200, ESEARCH_WINDOW_ERROR, "text/xml")
        matched = self.articles
        webenv = self.webenv
        if "mindate" in p or "maxdate" in p:
            if self.dates is None or p.get("datetype") != "pdat" or not (p.get("mindate") and p.get("maxdate")):
                err = b"<eSearchResult><ERROR>loopback: date ranges need datetype=pdat, mindate and maxdate" \
                      b"</ERROR></eSearchResult>"
                return Reply(200, err, "text/xml")
            lo, hi = _ncbi_date(p["mindate"], last=False), _ncbi_date(p["maxdate"], last=True)
            matched = [a for a, ds in zip(self.articles, self.dates, strict=True) if any(lo <= d <= hi for d in ds)]
            webenv = f"{self.webenv}_{len(self.history)}"
            self.history[webenv] = [b for _, b in matched]
        retmax = min(int(p.get("retmax", "20")), WINDOW)
        start = int(p.get("retstart", "0"))
        ids = [i for i, _ in matched][start:start + retmax]
        return Reply(200, esearch_body(len(matched), ids, webenv), "text/xml")

    def __call__(self, req: Request) -> Reply:
        p = req.params
        if "api_key" in p:
            self.api_keys.append(p["api_key"])
        if req.path.endswith("/esearch.fcgi"):
            if p.get("db") != "pubmed" or not p.get("term"):
                err = b"<eSearchResult><ERROR>Empty term and query_key - nothing todo</ERROR></eSearchResult>"
                return Reply(200, err, "text/xml")
            return self._esearch(p)
        if req.path.endswith("/efetch.fcgi"):
            if p.get("db") != "pubmed" or p.get("retmode") != "xml":
                return Reply(400, b"bad request", "text/plain")
            if "id" in p:
                items = [self.by_id[i] for i in p["id"].split(",") if i in self.by_id]
                return Reply(200, self._set(items), "text/xml")
            held = self.history.get(p.get("WebEnv", ""))
            start, n = int(p.get("retstart", "0")), int(p.get("retmax", "20"))
            if self.forget_webenv or held is None or p.get("query_key") != "1" or start >= WINDOW:
                return Reply(200, EFETCH_ERROR, "text/xml")
            body = self._built.get((p.get("WebEnv", ""), start, n)) or self._set(held[start:min(start + n, WINDOW)])
            return Reply(200, body, "text/xml")
        return Reply(404, b"not found", "text/plain")
