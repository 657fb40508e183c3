"""A small threaded HTTP server on 127.0.0.1 that replays REAL recorded responses (tests/fixtures) and injects faults.

Reusable by any test or benchmark:

    with LoopbackServer(CtgovApp(ctgov_pages())) as srv:
        srv.script(Fault.http(429, retry_after="1"), Fault.reset(), path="/api/v2/studies")
        fetch_studies(..., base_url=srv.url + "/api/v2")
        srv.log  # every request: arrival time, method, path, params, status, fault

Faults are consumed in order by the requests they match. `rate_limit=(n, seconds)` makes the server answer 429 to
any request that would be the (n+1)-th inside a sliding window, the way NCBI enforces 3 requests/second.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
import socket
import struct
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class Request:
    """One request as the server saw it (query string and form body merged into params)."""

    method: str
    path: str
    params: dict[str, str]
    headers: dict[str, str]
    body: bytes
    query: str


@dataclass
class Reply:
    """What an app answers."""

    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Fault:
    """One scripted misbehaviour, used up by the first matching request."""

    kind: str
    status: int = 200
    seconds: float = 0.0
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def http(cls, status: int, retry_after: str | None = None, body: bytes = b"") -> Fault:
        """An error status (429/500/502/503...), optionally with Retry-After."""
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        return cls("status", status=status, body=body or f"error {status}".encode(), headers=headers)

    @classmethod
    def burst(cls, status: int, n: int) -> list[Fault]:
        """n errors in a row."""
        return [cls.http(status) for _ in range(n)]

    @classmethod
    def ncbi_429(cls) -> Fault:
        """NCBI's real over-the-limit answer (recorded body; NCBI sends no Retry-After)."""
        return cls("status", status=429, body=(FIXTURES / "pubmed" / "error_429_rate_limit.json").read_bytes())

    @classmethod
    def hang(cls, seconds: float) -> Fault:
        """Say nothing for `seconds` before answering: a read timeout for a client with a shorter timeout."""
        return cls("hang", seconds=seconds)

    @classmethod
    def slow_body(cls, seconds: float) -> Fault:
        """Send the headers and half the body, stall, then the rest."""
        return cls("slow_body", seconds=seconds)

    @classmethod
    def reset(cls) -> Fault:
        """Close the connection with a TCP reset before answering."""
        return cls("reset")

    @classmethod
    def truncate(cls) -> Fault:
        """The real body cut in half, with a Content-Length that matches the cut (valid HTTP, broken JSON/XML)."""
        return cls("truncate")

    @classmethod
    def cut(cls) -> Fault:
        """The real body cut in half, the full Content-Length announced, then the connection closed."""
        return cls("cut")

    @classmethod
    def html200(cls) -> Fault:
        """A proxy/maintenance HTML page with status 200."""
        body = b"<!DOCTYPE html><html><head><title>Service unavailable</title></head><body><h1>Down for maintenance" \
               b"</h1><p>Please try again later.</p></body></html>"
        return cls("replace", status=200, body=body, headers={"Content-Type": "text/html; charset=utf-8"})

    @classmethod
    def replace(cls, body: bytes, status: int = 200, content_type: str = "text/xml") -> Fault:
        """Any other answer, e.g. an <ERROR> document inside HTTP 200."""
        return cls("replace", status=status, body=body, headers={"Content-Type": content_type})


@dataclass
class Logged:
    """One entry of the request log."""

    t: float
    method: str
    path: str
    params: dict[str, str]
    query: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 0
    fault: str | None = None


App = Callable[[Request], Reply]


def max_in_window(times: Sequence[float], seconds: float) -> int:
    """The most timestamps inside any window of `seconds` (how a sliding-window rate limit counts)."""
    times = sorted(times)
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - seconds:
            j += 1
        best = max(best, i - j + 1)
    return best


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up (timeouts, killed processes) are expected here, not worth a traceback."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


class LoopbackServer:
    """The server; use as a context manager. `url` is http://127.0.0.1:PORT."""

    def __init__(self, app: App, rate_limit: tuple[int, float] | None = None, rate_retry_after: str | None = None):
        self.app = app
        self.rate_limit = rate_limit
        self.rate_retry_after = rate_retry_after
        self.log: list[Logged] = []
        self._faults: list[tuple[Callable[[Request], bool], Fault]] = []
        self._lock = threading.Lock()
        self._window: collections.deque[float] = collections.deque()
        self._stop = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

            def do_GET(self) -> None:  # noqa: N802
                owner._handle(self)

            def do_POST(self) -> None:  # noqa: N802
                owner._handle(self)

        self._httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop serving and release the port."""
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    # -- scripting -----------------------------------------------------------------------------------------------

    def script(self, *faults: Fault | Sequence[Fault], path: str | None = None,
               when: Callable[[Request], bool] | None = None) -> None:
        """Queue faults for the next requests whose path contains `path` (and that `when` accepts)."""
        def match(req: Request) -> bool:
            return (path is None or path in req.path) and (when is None or when(req))
        with self._lock:
            for f in faults:
                for one in ([f] if isinstance(f, Fault) else f):
                    self._faults.append((match, one))

    def clear_faults(self) -> None:
        """Drop the faults not yet used (the service has recovered)."""
        with self._lock:
            self._faults.clear()

    @property
    def pending_faults(self) -> int:
        """Faults not yet used up."""
        with self._lock:
            return len(self._faults)

    # -- measurements ------------------------------------------------------------------------------------------

    def max_in_window(self, seconds: float = 1.0, statuses: Sequence[int] | None = None) -> int:
        """The most requests that arrived within any window of `seconds` (server-side timestamps)."""
        return max_in_window([e.t for e in self.log if statuses is None or e.status in statuses], seconds)

    def count(self, path: str | None = None, status: int | None = None) -> int:
        """How many logged requests match."""
        return sum(1 for e in self.log if (path is None or path in e.path) and (status is None or e.status == status))

    # -- serving -----------------------------------------------------------------------------------------------

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        t = time.monotonic()
        split = urlsplit(h.path)
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        params = dict(parse_qsl(split.query, keep_blank_values=True))
        if h.command == "POST" and body:
            params.update(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        req = Request(h.command, split.path, params, dict(h.headers.items()), body, split.query)
        entry = Logged(t, h.command, split.path, params, split.query, body, dict(h.headers.items()))
        with self._lock:
            self.log.append(entry)
            limited = False
            if self.rate_limit is not None:
                n, window = self.rate_limit
                while self._window and self._window[0] <= t - window:
                    self._window.popleft()
                limited = len(self._window) >= n
                self._window.append(t)
            fault = None
            if not limited:
                for i, (match, _f) in enumerate(self._faults):
                    if match(req):
                        fault = self._faults.pop(i)[1]
                        break
        try:
            if limited:
                entry.fault = "rate_limit"
                headers = {"Retry-After": self.rate_retry_after} if self.rate_retry_after else {}
                body429 = (FIXTURES / "pubmed" / "error_429_rate_limit.json").read_bytes()
                self._send(h, entry, Reply(429, body429, "application/json", headers))
                return
            if fault is not None:
                entry.fault = fault.kind
                if fault.kind == "reset":
                    entry.status = -1
                    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    h.connection.close()
                    h.close_connection = True
                    return
                if fault.kind == "hang":
                    self._stop.wait(fault.seconds)
                if fault.kind in ("status", "replace"):
                    ctype = fault.headers.get("Content-Type", "text/plain")
                    extra = {k: v for k, v in fault.headers.items() if k != "Content-Type"}
                    self._send(h, entry, Reply(fault.status, fault.body or b"", ctype, extra))
                    return
            reply = self.app(req)
            if fault is not None and fault.kind in ("truncate", "cut", "slow_body"):
                half = reply.body[: max(1, len(reply.body) // 2)]
                if fault.kind == "truncate":
                    self._send(h, entry, Reply(reply.status, half, reply.content_type, reply.headers))
                    return
                self._send_head(h, entry, reply, len(reply.body))
                h.wfile.write(half)
                h.wfile.flush()
                if fault.kind == "cut":
                    h.close_connection = True
                    h.connection.shutdown(socket.SHUT_RDWR)
                    return
                self._stop.wait(fault.seconds)
                h.wfile.write(reply.body[len(half):])
                return
            self._send(h, entry, reply)
        except (BrokenPipeError, ConnectionResetError, OSError):
            h.close_connection = True

    def _send_head(self, h: BaseHTTPRequestHandler, entry: Logged, reply: Reply, length: int) -> None:
        entry.status = reply.status
        h.send_response(reply.status)
        h.send_header("Content-Type", reply.content_type)
        h.send_header("Content-Length", str(length))
        for k, v in reply.headers.items():
            h.send_header(k, v)
        h.end_headers()

    def _send(self, h: BaseHTTPRequestHandler, entry: Logged, reply: Reply) -> None:
        self._send_head(h, entry, reply, len(reply.body))
        h.wfile.write(reply.body)
        h.wfile.flush()


# --- real fixture bodies ---------------------------------------------------------------------------------------

_TOKEN_LINE = re.compile(rb',\s*"nextPageToken"\s*:\s*"[^"]*"')


def ctgov_pages() -> list[bytes]:
    """Three real CT.gov search pages, chained by their own nextPageTokens.

    Page 1 and 2 are the recorded biomcp pages (page 1's token leads to page 2). No trustworthy recorded LAST page
    exists (PROVENANCE.md), so page 3 is the recorded `search_page_full_2studies.json` re-served with its
    `nextPageToken` removed (the only change), and page 2's token is mapped to it by CtgovApp.
    """
    p1 = (FIXTURES / "ctgov" / "search_fields_page1_totalCount.json").read_bytes()
    p2 = (FIXTURES / "ctgov" / "search_fields_page2.json").read_bytes()
    last = _TOKEN_LINE.sub(b"", (FIXTURES / "ctgov" / "search_page_full_2studies.json").read_bytes())
    assert b"nextPageToken" not in last and json.loads(last)["studies"]
    return [p1, p2, last]


def page_ids(body: bytes) -> list[str]:
    """NCT ids of a search page, in order."""
    return [s["protocolSection"]["identificationModule"]["nctId"] for s in json.loads(body)["studies"]]


# GET /api/v2/version: no response was recorded (PROVENANCE.md), so this body is built from the API's own OpenAPI
# spec (tests/fixtures/ctgov/ctg-oas-v2.0.5.yaml, components/schemas/Version: apiVersion (required) and
# dataTimestamp, "UTC timestamp in yyyy-MM-dd'T'HH:mm:ss format", no other properties); the values are made up.
CTGOV_VERSION = b'{"apiVersion":"2.0.5","dataTimestamp":"2026-11-20T09:00:03"}'


class CtgovApp:
    """Replays a chain of search pages: no pageToken -> page 1; page i's nextPageToken -> page i+1."""

    def __init__(self, pages: Sequence[bytes], records: dict[str, bytes] | None = None,
                 aliases: dict[str, str] | None = None, prefix: str = "/api/v2",
                 version: bytes | None = CTGOV_VERSION) -> None:
        self.pages = list(pages)
        self.version = version  # None: the service has no /version (404)
        self.prefix = prefix
        self.records = dict(records or {})
        self.aliases = dict(aliases or {})
        self.expired = False
        self.tokens: dict[str, int] = {}
        for i, body in enumerate(self.pages[:-1]):
            tok = json.loads(body).get("nextPageToken")
            if tok:
                self.tokens.setdefault(tok, i + 1)
        if len(self.pages) > 1 and not self.tokens:
            raise ValueError("pages are not chained by nextPageToken")

    def __call__(self, req: Request) -> Reply:
        if req.path == f"{self.prefix}/version" and self.version is not None:
            return Reply(200, self.version)
        if req.path == f"{self.prefix}/studies":
            if req.params.get("format", "json") != "json":
                return Reply(400, b'{"message":"only json here"}')
            token = req.params.get("pageToken")
            if token is None:
                return Reply(200, self.pages[0])
            if self.expired or token not in self.tokens:
                return Reply(400, json.dumps({"message": f"invalid pageToken {token}"}).encode())
            return Reply(200, self.pages[self.tokens[token]])
        m = re.fullmatch(rf"{re.escape(self.prefix)}/studies/(NCT\d{{8}})", req.path)
        if m:
            nct = m.group(1)
            if nct in self.aliases:
                return Reply(301, b"", headers={"Location": f"{self.prefix}/studies/{self.aliases[nct]}?{req.query}"})
            if nct in self.records:
                return Reply(200, self.records[nct])
            return Reply(404, json.dumps({"message": f"study {nct} not found"}).encode())
        return Reply(404, b'{"message":"no such path"}')


def replicate_studies(n: int, page_size: int) -> list[bytes]:
    """Benchmark pages: n distinct studies made by replicating the 12 real recorded studies with new NCT ids."""
    base = [s for b in ctgov_pages() for s in json.loads(b)["studies"]]
    pages = []
    for start in range(0, n, page_size):
        studies = []
        for i in range(start, min(n, start + page_size)):
            s = json.loads(json.dumps(base[i % len(base)]))
            s["protocolSection"]["identificationModule"]["nctId"] = f"NCT9{i:07d}"
            studies.append(s)
        doc: dict[str, object] = {"studies": studies}
        if start == 0:
            doc["totalCount"] = n
        if start + page_size < n:
            doc["nextPageToken"] = f"bench{start + page_size:08d}"
        pages.append(json.dumps(doc, separators=(",", ":")).encode())
    return pages


# --- PubMed ----------------------------------------------------------------------------------------------------

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
    out = []
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
