"""PubMed efetch / XML export -> the `publications` table, streamed by a parser that never expands entities."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator

from lxml import etree

from evidence.citation import pubmed_url
from evidence.errors import ParseError
from evidence.parse.result import RECORD_ERRORS, ParseResult, WarningLog, build_table
from evidence.parse.text import squash

log = logging.getLogger(__name__)

NCT_RE = re.compile(r"\bNCT\s?(\d{8})\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# A crossover DESIGN, not patients who "cross over" to the other treatment after progression.
_CROSSOVER_RE = re.compile(
    r"cross-?over\s+(?:design|trial|study|fashion|manner|comparison)"
    r"|(?:randomi[sz]ed|blind(?:ed)?|controlled|placebo|two-period|within-subjects?)[,\s]+(?:[\w-]+[,\s]+){0,3}cross-?over\b",
    re.IGNORECASE,
)

# Publication type -> design, most specific first; crossover is decided from the text before 'rct'.
_DESIGN_BY_TYPE: tuple[tuple[str, str], ...] = (
    ("Meta-Analysis", "meta_analysis"),
    ("Systematic Review", "systematic_review"),
    ("Clinical Trial Protocol", "protocol"),
    ("Randomized Controlled Trial", "rct"),
    ("Review", "review"),
    ("Case Reports", "case_series"),
    ("Observational Study", "observational"),
)
_TRIAL_TYPES = frozenset(
    {
        "Randomized Controlled Trial",
        "Controlled Clinical Trial",
        "Clinical Trial",
        "Clinical Trial, Phase I",
        "Clinical Trial, Phase II",
        "Clinical Trial, Phase III",
        "Clinical Trial, Phase IV",
        "Pragmatic Clinical Trial",
        "Equivalence Trial",
        "Multicenter Study",
    }
)


class ArticleError(ParseError):
    """One article that cannot become a row (e.g. no PMID); the batch goes on without it."""


def iter_articles(data: bytes) -> Iterator[etree._Element]:
    """Stream <PubmedArticle> elements; entities are never resolved, no DTD or network is touched."""
    context = etree.iterparse(
        io.BytesIO(data),
        events=("end",),
        tag=("PubmedArticle", "PubmedBookArticle"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
    )
    for _event, elem in context:
        yield elem
        # Free what we have read: the element's children and the already-handled siblings before it.
        elem.clear(keep_tail=True)
        parent = elem.getparent()
        if parent is not None:
            while elem.getprevious() is not None:
                del parent[0]


def _text(elem: etree._Element | None) -> str | None:
    """All text of an element with inline markup (<i>, <sup>) flattened away."""
    if elem is None:
        return None
    return squash("".join(elem.itertext()))


def pub_design(pub_types: list[str], text: str) -> str:
    """Design of a paper from its publication types; a trial that says 'crossover' is a crossover RCT."""
    types = set(pub_types)
    for name, design in _DESIGN_BY_TYPE[:3]:
        if name in types:
            return design
    randomised = "Randomized Controlled Trial" in types or re.search(r"randomi[sz]", text, re.IGNORECASE)
    if types & _TRIAL_TYPES and randomised and _CROSSOVER_RE.search(text):
        return "crossover_rct"
    for name, design in _DESIGN_BY_TYPE[3:]:
        if name in types:
            return design
    return "other"


def article_row(art: etree._Element) -> dict[str, object]:
    """One <PubmedArticle> -> a publications row; raises ArticleError when it has no usable PMID."""
    if art.tag != "PubmedArticle":
        raise ArticleError(f"<{art.tag}> (a book record) is not supported")
    mc = art.find("MedlineCitation")
    if mc is None:
        raise ArticleError("no <MedlineCitation>")
    pmid = squash(mc.findtext("PMID"))
    if not pmid or not pmid.isdigit():
        raise ArticleError(f"missing or non-numeric PMID {pmid!r}")
    a = mc.find("Article")
    if a is None:
        raise ArticleError(f"PMID {pmid}: no <Article>")

    title = _text(a.find("ArticleTitle")) or _text(a.find("VernacularTitle"))
    journal = squash(a.findtext("Journal/Title")) or squash(mc.findtext("MedlineJournalInfo/MedlineTA"))
    year = None
    pub_date = a.find("Journal/JournalIssue/PubDate")
    if pub_date is not None:
        y = squash(pub_date.findtext("Year"))
        if y and y.isdigit():
            year = int(y)
        else:
            m = _YEAR_RE.search(pub_date.findtext("MedlineDate") or "")
            year = int(m.group(1)) if m else None

    sections: list[str] = []
    for at in a.iterfind("Abstract/AbstractText"):
        body = _text(at)
        if not body:
            continue
        label = squash(at.get("Label"))
        sections.append(f"{label}: {body}" if label else body)
    abstract = "\n".join(sections) or None

    pub_types = [t for t in (squash(p.text) for p in a.iterfind("PublicationTypeList/PublicationType")) if t]
    mesh = [t for t in (squash(d.text) for d in mc.iterfind("MeshHeadingList/MeshHeading/DescriptorName")) if t]
    authors: list[str] = []
    for au in a.iterfind("AuthorList/Author"):
        last = squash(au.findtext("LastName"))
        if last:
            initials = squash(au.findtext("Initials")) or ""
            authors.append(f"{last} {initials}".strip())
        else:
            collective = _text(au.find("CollectiveName"))
            if collective:
                authors.append(collective)
    language = squash(a.findtext("Language"))

    ncts: set[str] = set()
    for bank in a.iterfind("DataBankList/DataBank"):
        if (squash(bank.findtext("DataBankName")) or "").lower() == "clinicaltrials.gov":
            for acc in bank.iterfind("AccessionNumberList/AccessionNumber"):
                m = NCT_RE.search(acc.text or "")
                if m:
                    ncts.add("NCT" + m.group(1))
    for m in NCT_RE.finditer(f"{title or ''}\n{abstract or ''}"):
        ncts.add("NCT" + m.group(1))
    nct_ids = sorted(ncts)

    doi = None
    for aid in art.iterfind("PubmedData/ArticleIdList/ArticleId"):
        if aid.get("IdType") == "doi" and squash(aid.text):
            doi = squash(aid.text)
            break
    if doi is None:
        for loc in a.iterfind("ELocationID"):
            if loc.get("EIdType") == "doi" and squash(loc.text):
                doi = squash(loc.text)
                break

    return {
        "pmid": pmid,
        "doi": doi,
        "ref_id": f"PMID:{pmid}",
        "title": title,
        "authors": authors,
        "journal": journal,
        "year": year,
        "pub_types": pub_types,
        "design": pub_design(pub_types, f"{title or ''} {abstract or ''}"),
        "mesh": mesh,
        "language": language,
        "abstract": abstract,
        "abstract_sections": sections,
        "nct_ids": nct_ids,
        "study_id": nct_ids[0] if nct_ids else f"PMID:{pmid}",
        "source_kind": "abstract",
        "source_url": pubmed_url(pmid),
    }


_START = re.compile(rb"<PubmedArticle[\s>]")
_END = b"</PubmedArticle>"


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
    )


def _recover(data: bytes, done: int, rows: dict[str, dict[str, object]], warn: WarningLog) -> int:
    """Slow path after a syntax error: parse each <PubmedArticle>...</PubmedArticle> span on its own.

    The first `done` articles were already read by the streaming pass. A broken article costs only itself; an
    unfinished last article is reported as truncation. Returns how many were skipped.
    """
    starts = [m.start() for m in _START.finditer(data)]
    skipped = 0
    parser = _safe_parser()
    for i, start in enumerate(starts):
        if i < done:
            continue
        stop = starts[i + 1] if i + 1 < len(starts) else len(data)
        end = data.find(_END, start, stop)
        if end < 0:
            if i + 1 == len(starts):
                warn.warn(f"truncated: article #{i + 1} is incomplete at the end of the document and was dropped")
            else:
                warn.warn(f"article #{i + 1} has no closing tag; skipped")
            skipped += 1
            continue
        try:
            row = article_row(etree.fromstring(data[start : end + len(_END)], parser))
        except (etree.XMLSyntaxError, ArticleError, ValueError) as exc:
            skipped += 1
            warn.warn(f"article #{i + 1} skipped: {exc}")
            continue
        rows[str(row["ref_id"])] = row
    return skipped


def parse_pubmed_xml(data: bytes, origin: str) -> ParseResult:
    """Parse an efetch/XML-export document; bad articles are skipped and a truncated tail is reported, not fatal."""
    warn = WarningLog(log, origin)
    rows: dict[str, dict[str, object]] = {}
    skipped = 0
    seen = done = 0
    try:
        for art in iter_articles(data):
            seen += 1
            done += art.tag == "PubmedArticle"
            try:
                row = article_row(art)
            except (*RECORD_ERRORS, etree.LxmlError) as exc:  # an odd article is skipped and counted; bugs propagate
                skipped += 1
                warn.warn(f"article #{seen} skipped: {exc}")
                continue
            if row["ref_id"] in rows:
                warn.warn(f"PMID {row['pmid']} appears twice; the later copy is kept")
            rows[str(row["ref_id"])] = row
    except etree.XMLSyntaxError as exc:
        warn.warn(f"XML is malformed or truncated after {seen} article(s) ({exc}); recovering article by article")
        skipped += _recover(data, done, rows, warn)
    if seen == 0 and not rows:
        warn.warn("no <PubmedArticle> found")
    return ParseResult(
        tables={"publications": build_table("publications", rows.values())}, warnings=warn.items, skipped=skipped
    )
