"""Curated registry rows and papers -> the studies, publications and arms tables (pure)."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from evidence import citation, schema, vocab
from evidence.curated.cells import (
    Row,
    _drugs,
    _int,
    _populations,
    _prov,
    _required,
    _routes,
    _s,
    _urls,
    _year,
    numbered,
    sourcing,
)
from evidence.curated.model import CuratedInput
from evidence.records import StudyRow, studies_frame

_PUB_DESIGNS = {"rct": "rct", "crossover rct": "crossover_rct"}


def registry_design(row: Row) -> str:
    """Design of a curated registry row from its structured fields, then its notes and title."""
    text = " ".join(_s(row.get(k)) or "" for k in ("brief_title", "notes")).lower()
    if (_s(row.get("study_type")) or "").upper() == "OBSERVATIONAL" or "retrospective" in text:
        return "observational"
    randomised = (_s(row.get("allocation")) or "").upper() == "RANDOMIZED" or "randomi" in text
    if "crossover" in text or "cross-over" in text:
        return "crossover_rct" if randomised or "blind" in text else "non_randomized"
    if randomised:
        return "rct"
    if (_s(row.get("allocation")) or "").upper() == "NA" or "open-label" in text or "open label" in text:
        return "open_label"
    if (_s(row.get("allocation")) or "").upper() == "NON_RANDOMIZED":
        return "non_randomized"
    return "other"


def publication_ref(row: Row) -> str:
    """Stable id of a curated paper: PMID, else DOI, else the abstract-file slug."""
    if _s(row.get("pmid")):
        return f"PMID:{_s(row['pmid'])}"
    if _s(row.get("doi")):
        return f"DOI:{_s(row['doi'])}"
    slug = (_s(row.get("abstract_file")) or _s(row.get("first_author")) or "unknown").removesuffix(".txt")
    return f"REF:{slug}"


def _pub_design(pub_type: str | None) -> str:
    t = (pub_type or "other").strip().lower()
    return _PUB_DESIGNS.get(t) or vocab.normalise_design(t)


def _finding_key(row: Row) -> str:
    return _s(row.get("pmid")) or _s(row.get("doi")) or (_s(row.get("abstract_file")) or "").removesuffix(".txt")


def paper_links(inp: CuratedInput) -> dict[str, tuple[str, str]]:
    """Each curated paper's study id and why: its own NCT ids, else a source page it shares with one registry study.

    A paper whose quoted numbers come from the same page (e.g. a PMC table) as a registry study's curated values
    reports that trial; treating them as two studies would count the trial twice.
    """
    page_ncts: dict[str, set[str]] = {}
    for key in ("ct_outcomes", "ct_aes", "ct_arms"):
        for _, r in inp.frames[key].iterrows():
            for url in _urls(r["source_url"]):
                if page_nct := _s(r["nct_id"]):
                    page_ncts.setdefault(url, set()).add(page_nct)
    pages_of: dict[str, set[str]] = {}
    for _, f in inp.frames["findings"].iterrows():
        pages_of.setdefault(_s(f["pmid_or_doi"]) or "", set()).update(_urls(f["source_url"]))
    links = {}
    for _, r in inp.frames["publications"].iterrows():
        ref = publication_ref(r)
        nct = sorted(vocab.split_multi(r["nct_ids"]))
        if nct:
            links[ref] = (nct[0], "NCT id named by the paper")
            continue
        pages = pages_of.get(_finding_key(r), set()) | set(_urls(r["source_url"]))
        shared = {(n, u) for u in sorted(pages) for n in page_ncts.get(u, ())}
        if len({n for n, _ in shared}) == 1:
            n, url = sorted(shared, key=lambda nu: ("pmc.ncbi" not in nu[1], nu[1]))[0]
            links[ref] = (n, f"paper {ref} attached: its numbers and this registry study's cite the same page {url}")
        else:
            links[ref] = (ref, "unregistered paper")
    return links


def _paper_link(row: Row) -> str | None:
    """A paper's citable link: PubMed, else its DOI, else a citable page it was read on, else that page."""
    if _s(row.get("pmid")):
        return citation.pubmed_url(str(_s(row["pmid"])))
    if _s(row.get("doi")):
        return citation.doi_url(str(_s(row["doi"])))
    pages = _urls(row.get("source_url"))
    return next((c for c in map(citation.normalise_canonical, pages) if c), pages[0] if pages else None)


def build_publications(inp: CuratedInput, links: Mapping[str, tuple[str, str]]) -> pd.DataFrame:
    """publications table from pubmed/publications.csv with each paper's abstract text, linked by paper_links."""
    rows = []
    for _, r in inp.frames["publications"].iterrows():
        nct = sorted(vocab.split_multi(r["nct_ids"]))
        ref = publication_ref(r)
        rows.append({
            "pmid": _s(r["pmid"]),
            "doi": _s(r["doi"]),
            "ref_id": ref,
            "title": _s(r["title"]),
            "authors": [a for a in [_s(r["first_author"])] if a],
            "journal": _s(r["journal"]),
            "year": _int(r["year"]),
            "pub_types": [p for p in [_s(r["pub_type"])] if p],
            "design": _pub_design(_s(r["pub_type"])),
            "mesh": [],
            "language": None,
            "abstract": inp.abstracts.get(_s(r["abstract_file"]) or ""),
            "abstract_sections": [],
            "nct_ids": nct,
            "study_id": links[ref][0],
            "source_kind": "curated",
            "source_url": _paper_link(r),
        })
    return schema.coerce("publications", pd.DataFrame(rows, columns=schema.columns("publications")))


def build_studies(inp: CuratedInput, publications: pd.DataFrame,
                  links: Mapping[str, tuple[str, str]]) -> pd.DataFrame:
    """studies table: one row per registry record, plus one per unregistered paper; papers attach to their trial."""
    rows: dict[str, StudyRow] = {}
    for _, r in inp.frames["ct_studies"].iterrows():
        nct = _required(r["nct_id"], "nct_id")
        comparator = _s(r["comparator"])
        rows[nct] = StudyRow(
            study_id=nct,
            title=_s(r["brief_title"]),
            year=_year(r["start_date"], r["completion_date"]),
            design=registry_design(r),
            allocation=_s(r["allocation"]),
            masking=_s(r["masking"]),
            phase=_s(r["phase"]),
            status=_s(r["overall_status"]),
            enrollment=_int(r["enrollment"]),
            drugs=_drugs(r["drug"]),
            routes=_routes(r["routes"]),
            population=_populations(r["population"]),
            conditions=vocab.split_multi(r["conditions"]),
            comparator=comparator,
            comparator_class=vocab.classify_comparator(comparator or ""),
            sponsor=_s(r["sponsor"]),
            nct_ids=[nct],
            pmids=[],
            dois=[],
            url=citation.registry_url(nct),
            has_results={"true": True, "false": False}.get((_s(r["has_results"]) or "").lower()),
            sources=["curated"],
            source_urls=_urls(r["source_url"]),
            last_updated=None,
            is_secondary=False,
            notes=_s(r["notes"]),
        )
    pubs = inp.frames["publications"].set_index(publications["ref_id"].to_numpy())
    for _, p in publications.iterrows():
        raw = pubs.loc[p["ref_id"]]
        sid = p["study_id"]
        url = _s(p["source_url"])  # the paper's citable link (build_publications)
        if sid in rows:
            st = rows[sid]
            st.pmids = sorted(set(st.pmids) | ({p["pmid"]} if _s(p["pmid"]) else set()))
            st.dois = sorted(set(st.dois) | ({p["doi"]} if _s(p["doi"]) else set()))
            st.source_urls = list(dict.fromkeys([*st.source_urls, *_urls(raw["source_url"])]))
            if st.routes == ["unspecified"] and _s(raw["routes"]):
                st.routes = _routes(raw["routes"])
            basis = links[p["ref_id"]][1]
            if basis.startswith("paper "):
                st.notes = "; ".join(x for x in (st.notes, basis) if x)
            continue
        comparator = _s(raw["comparator"])
        rows[sid] = StudyRow(
            study_id=sid,
            title=_s(p["title"]),
            year=None if p["year"] is pd.NA else p["year"],
            design=p["design"],
            allocation=None,
            masking=None,
            phase=None,
            status=None,
            enrollment=_int(raw["n_randomized"]),
            drugs=_drugs(raw["drug"]),
            routes=_routes(raw["routes"]),
            population=_populations(raw["population"]),
            conditions=[],
            comparator=comparator,
            comparator_class=vocab.classify_comparator(comparator or ""),
            sponsor=None,
            nct_ids=list(p["nct_ids"]),
            pmids=[p["pmid"]] if _s(p["pmid"]) else [],
            dois=[p["doi"]] if _s(p["doi"]) else [],
            url=url,
            has_results=None,
            sources=["curated"],
            source_urls=_urls(raw["source_url"]),
            last_updated=None,
            is_secondary=p["design"] in vocab.SECONDARY_DESIGNS,
            notes=None,
        )
    return studies_frame(sorted(rows.values(), key=lambda st: st.study_id))


def _dose_mg_per_kg(text: str | None) -> float | None:
    m = re.search(r"(\d+(?:\.\d+)?)\s*mg/kg", text or "")
    return float(m.group(1)) if m else None


def build_arms(inp: CuratedInput) -> pd.DataFrame:
    """arms table; arm ids are C01, C02... in the curated order within each study."""
    rows = []
    counters: dict[str, int] = {}
    for i, r in numbered(inp.frames["ct_arms"]):
        sid = _required(r["nct_id"], "nct_id")
        counters[sid] = counters.get(sid, 0) + 1
        routes = _routes(r["route"])
        drugs = vocab.split_multi(r["drug"])
        notes = [n for n in [_s(r["notes"])] if n]
        if len(routes) > 1:
            notes.append(f"arm uses several routes: {';'.join(routes)}")
        rows.append({
            "study_id": sid,
            "arm_id": f"C{counters[sid]:02d}",
            "label": _s(r["arm_title"]),
            "role": _s(r["role"]) or "other",
            "drug": vocab.normalise_drug(drugs[0]) if drugs else "other",
            "agent": _s(r["drug"]),
            "route": routes[0],
            "dose_text": _s(r["dose_text"]),
            "dose_mg_per_kg": _dose_mg_per_kg(_s(r["dose_text"])),
            "n": _int(r["n"]),
            **_prov(),
            **sourcing(r["source_url"], citation.registry_url(sid)),
            "provenance": f"curated ctgov/arms.csv row {i + 2}",
            "report": "curated:ctgov/arms.csv",
            "notes": "; ".join(notes) or None,
        })
    return schema.coerce("arms", pd.DataFrame(rows, columns=schema.columns("arms")))
