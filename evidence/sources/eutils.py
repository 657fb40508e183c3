"""What E-utilities answers mean: the checks that tell a real esearch/efetch body from an error inside HTTP 200.

Pure functions of bytes (no network, no disk), shared by the PubMed fetcher and its tests. An <ERROR> document,
truncated XML or an HTML page raises BadResponse, so a failure is never read as "0 results" or a short batch.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from lxml import etree

from evidence.http import BadResponse

log = logging.getLogger(__name__)

TOOL = "evidence-ketamine-dashboard"  # NCBI: a string with no internal spaces naming the software

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def common_params(email: str | None, api_key: str | None) -> dict[str, str]:
    """Parameters NCBI wants on every request: db, tool, email, and the key when the user has one."""
    p = {"db": "pubmed", "tool": TOOL}
    if email:
        p["email"] = email
    if api_key:
        p["api_key"] = api_key
    return p


def _xml(body: bytes, what: str) -> etree._Element:
    try:
        root = etree.fromstring(body, _PARSER)
    except etree.XMLSyntaxError as exc:
        start = " ".join(body[:60].decode("utf-8", "replace").split())
        raise BadResponse(f"{what} is not well-formed XML ({exc}); body starts {start!r}") from None
    if root is None:
        raise BadResponse(f"{what} is empty")
    return root


@dataclass(frozen=True)
class Search:
    """What esearch said: how many records, where the history server keeps them, and their ids."""

    count: int
    webenv: str | None
    query_key: str | None
    ids: tuple[str, ...]
    warnings: tuple[str, ...] = ()


def parse_esearch(body: bytes) -> Search:
    """Read an esearch XML answer; an error inside HTTP 200 raises BadResponse instead of reading as 0 hits."""
    root = _xml(body, "esearch answer")
    if root.tag != "eSearchResult":
        raise BadResponse(f"esearch answer has root <{root.tag}>, expected <eSearchResult>")
    err = root.findtext("ERROR")
    if err is not None:
        raise BadResponse(f"esearch reported an error: {err.strip()[:200]}")
    count = root.findtext("Count")
    if count is None or not count.strip().isdigit():
        raise BadResponse("esearch answer has no Count")
    warnings = [f"phrase not found: {e.text}" for e in root.iterfind("ErrorList/PhraseNotFound") if e.text]
    warnings += [f"{e.tag}: {e.text}" for e in root.iterfind("WarningList/*") if e.text]
    return Search(
        count=int(count),
        webenv=(root.findtext("WebEnv") or "").strip() or None,
        query_key=(root.findtext("QueryKey") or "").strip() or None,
        ids=tuple(i.strip() for i in root.xpath("IdList/Id/text()")),
        warnings=tuple(warnings),
    )


_SET_HEAD = re.compile(rb"<PubmedArticleSet\b")
_SET_END = re.compile(rb"</PubmedArticleSet>\s*\Z")
_HISTORY_LOST = re.compile(r"(?i)unable to obtain query|webenv|query_key|history")
_OWN_PMID = re.compile(rb"<(?:MedlineCitation|BookDocument)\b[^>]*>\s*<PMID\b[^>]*>\s*(\d+)\s*</PMID>")
# the same for sets without books: a literal prefix lets the regex engine skip ahead, half the time of _OWN_PMID
_CITATION_PMID = re.compile(rb"<MedlineCitation\b[^>]*>\s*<PMID\b[^>]*>\s*(\d+)\s*</PMID>")


def article_ids(body: bytes) -> list[str]:
    """PMIDs of an efetch PubmedArticleSet; BadResponse for an <ERROR> document, truncated XML or an HTML page.

    A complete set (root opened and closed, every article closed, one own PMID each) is recognised with a fast
    scan, because building a tree of a 10 MB batch costs more than NCBI's rate allows between requests; anything
    else goes through a full (entity-safe) parse, which names what is wrong. Per-record well-formedness is
    checked again by the parser.
    """
    if _SET_HEAD.search(body[:4096]) and _SET_END.search(body[-256:]):
        if b"PubmedBookArticle>" in body:  # books are rare: the slower scan that reads both kinds of record
            ids = _OWN_PMID.findall(body)
            opened = body.count(b"<PubmedArticle>") + body.count(b"<PubmedBookArticle>")
            closed = body.count(b"</PubmedArticle>") + body.count(b"</PubmedBookArticle>")
        else:
            ids = _CITATION_PMID.findall(body)
            opened, closed = body.count(b"<PubmedArticle>"), body.count(b"</PubmedArticle>")
        if opened == closed == len(ids):
            return [i.decode() for i in ids]
    return article_ids_parsed(body)


def article_ids_parsed(body: bytes) -> list[str]:
    """PMIDs of an efetch answer by a full parse (the slow path of article_ids, which names what is wrong)."""
    root = _xml(body, "efetch answer")
    if root.tag != "PubmedArticleSet":
        msg = (root.findtext("ERROR") or root.findtext(".//ERROR") or "").strip()
        # "Unable to obtain query #1" and the like: the history server forgot the WebEnv; asking again the same
        # way cannot help, the caller switches to posting the ids
        lost = bool(_HISTORY_LOST.search(msg))
        raise BadResponse(f"efetch answer is <{root.tag}>, not a PubmedArticleSet" + (f": {msg[:200]}" if msg else ""),
                          retryable=not lost)
    return [
        p.strip()
        for p in root.xpath("PubmedArticle/MedlineCitation/PMID/text() | PubmedBookArticle/BookDocument/PMID/text()")
    ]


class ExpectArticles:
    """Validator of one efetch batch; keeps the PMIDs it read so the body is scanned once."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.ids: list[str] = []

    def __call__(self, body: bytes) -> None:
        ids = article_ids(body)
        if self.n and not ids:
            raise BadResponse(f"efetch answer holds no articles (expected {self.n})")
        if len(ids) < self.n:
            log.warning("efetch returned %d of %d records (some may have been withdrawn)", len(ids), self.n)
        self.ids = ids
