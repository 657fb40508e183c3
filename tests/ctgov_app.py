"""ClinicalTrials.gov API v2 over the loopback server: REAL recorded search pages chained by their own tokens.

    with LoopbackServer(CtgovApp(ctgov_pages())) as srv: ...

Benchmarks replicate the recorded studies under new NCT ids (replicate_studies).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from tests.loopback import FIXTURES, Reply, Request

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


