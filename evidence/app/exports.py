"""Download contents for the current view (pure: tables in, bytes out; formats and neutralising in evidence.export)."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable, Mapping, Sized

import pandas as pd

from evidence import export
from evidence.analysis import header_block
from evidence.charts.labels import study_names
from evidence.citation import pubmed_url, registry_url
from evidence.claims import study_link

FINDING_COLUMNS = ["kind", "study_id", "study_label", "arm_id", "arm_label", "route", "drug", "measure_or_category",
                   "detail", "timepoint_hours", "value", "unit", "n_events", "n_total", "source_tier",
                   "verification", "selected", "cross_check", "cross_check_status", "provenance", "source_url",
                   "read_from", "source_kind", "notes"]
_FIXED = (2000, 1, 1, 0, 0, 0)


def study_table(studies: pd.DataFrame) -> pd.DataFrame:
    """The study explorer's table: one row per study, lists joined, links to registry / PubMed / source."""
    def first(v: object) -> str | None:
        seq = list(v) if isinstance(v, Iterable) else []
        return seq[0] if seq else None

    names = study_names(studies)
    return pd.DataFrame({
        "study": studies["study_id"],
        "name": [names[str(s)] for s in studies["study_id"]],
        "title": studies["title"],
        "year": studies["year"],
        "design": studies["design"],
        "phase": studies["phase"],
        "status": studies["status"],
        "drugs": studies["drugs"].map(", ".join),
        "routes": studies["routes"].map(", ".join),
        "population": studies["population"].map(", ".join),
        "comparator": studies["comparator_class"],
        "n": studies["enrollment"],
        "secondary": studies["is_secondary"],
        "registry": studies["nct_ids"].map(lambda ids: registry_url(str(first(ids)))
                                           if first(ids) else None),
        "pubmed": studies["pmids"].map(lambda ids: pubmed_url(str(first(ids)))
                                       if first(ids) else None),
        # zip of plain lists: itertuples boxes Arrow strings one value at a time (~1 s at 100k studies)
        "link": [study_link(*r) for r in zip(*(studies[c].tolist() for c in ("study_id", "nct_ids", "pmids", "dois",
                                                                              "url")), strict=True)],
    }).reset_index(drop=True)


def findings(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Every efficacy and adverse-event number of the selection with its provenance, confidence and source."""
    e, a = tables["efficacy"], tables["adverse_events"]
    names = study_names(tables["studies"])

    def common(t: pd.DataFrame) -> dict[str, object]:
        return {"study_id": t["study_id"], "study_label": [names.get(str(x), str(x)) for x in t["study_id"]],
                "arm_id": t["arm_id"], "arm_label": t["arm_label"], "route": t["route"], "drug": t["drug"],
                "source_tier": t["source_tier"], "verification": t["verification"], "selected": t["selected"],
                "cross_check": t["cross_check"], "cross_check_status": t["cross_check_status"],
                "provenance": t["provenance"], "source_url": t["source_url"],
                "read_from": t["read_from"], "source_kind": t["source_kind"], "notes": t["notes"]}

    eff = pd.DataFrame({
        "kind": "efficacy", **common(e), "measure_or_category": e["measure"], "detail": e["definition"],
        "timepoint_hours": e["timepoint_hours"], "value": e["value"], "unit": e["unit"], "n_events": e["n_events"],
        "n_total": e["n_total"],
    }, index=e.index)
    ae = pd.DataFrame({
        "kind": a["serious"].map(lambda s: "serious_adverse_event" if s is True else "adverse_event"), **common(a),
        "measure_or_category": a["category"], "detail": a["term"], "timepoint_hours": None,
        "value": a["percent"], "unit": "percent", "n_events": a["n_affected"], "n_total": a["n_at_risk"],
    }, index=a.index)
    parts = [p for p in (eff, ae) if len(p)]
    if not parts:
        return pd.DataFrame(columns=FINDING_COLUMNS)
    return pd.concat(parts, ignore_index=True)[FINDING_COLUMNS]


def citations(tables: Mapping[str, pd.DataFrame]) -> bytes:
    """RIS of the selection: its papers, plus one record per study that has no paper (registry entry)."""
    pubs = tables.get("publications", pd.DataFrame(columns=["study_id"]))
    studies = tables["studies"]
    ids = set(studies["study_id"])
    papers = pubs[pubs["study_id"].isin(ids)]
    lonely = studies[~studies["study_id"].isin(set(papers["study_id"]))]
    by_id = studies.set_index("study_id")
    records = []
    for p in papers.to_dict("records"):
        # A paper row without authors or title takes the trial's first author and title, so no record is empty.
        s = by_id.loc[p["study_id"]] if p["study_id"] in by_id.index else None
        if s is not None:
            if not _has(p.get("authors")):
                p["first_author"] = s.get("first_author")
            if not _has(p.get("title")):
                p["title"] = s.get("title") if _has(s.get("title")) else s.get("label")
            if not _has(p.get("nct_ids")):
                p["nct_ids"] = s.get("nct_ids")
        p["record_type"] = "paper"
        records.append(p)
    for s in lonely.to_dict("records"):
        s["record_type"] = "registration" if _has(s.get("nct_ids")) and str(s["study_id"]).startswith("NCT") else None
        records.append(s)
    return export.to_ris(records)


def _has(v: object) -> bool:
    if v is None or v is pd.NA:
        return False
    if isinstance(v, float):
        return v == v
    if isinstance(v, str):
        return bool(v.strip())
    return len(v) > 0 if isinstance(v, Sized) else True


def header(manifest: Mapping[str, object], filters: Mapping[str, object], method: str) -> list[tuple[str, str]]:
    """The export header (snapshot, filters, method, windows, rules) from the analysis package."""
    return header_block(manifest, by="route", method=method, filters=filters)


def bundle(files: Mapping[str, bytes], state: Mapping[str, object]) -> bytes:
    """One zip of every download (with its about.txt / metadata.json sidecars when given) plus state.json (URL
    query, snapshot date and table hashes) to reproduce it."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in sorted(files.items()):
            z.writestr(zipfile.ZipInfo(name, date_time=_FIXED), data)
        z.writestr(zipfile.ZipInfo("state.json", date_time=_FIXED),
                   json.dumps(state, indent=1, sort_keys=True, default=str) + "\n")
    return buf.getvalue()
