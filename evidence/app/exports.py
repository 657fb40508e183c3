"""Download contents for the current view (pure: tables in, bytes out; formats and neutralising in evidence.export)."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping

import pandas as pd

from evidence import export
from evidence.analysis import header_block
from evidence.charts.labels import study_names
from evidence.claims import study_link

FINDING_COLUMNS = ["kind", "study_id", "arm_id", "arm_label", "route", "drug", "measure_or_category", "detail",
                   "timepoint_hours", "value", "unit", "n_events", "n_total", "verification", "source_kind",
                   "provenance", "source_url", "notes"]
_FIXED = (2000, 1, 1, 0, 0, 0)


def study_table(studies: pd.DataFrame) -> pd.DataFrame:
    """The study explorer's table: one row per study, lists joined, links to registry / PubMed / source."""
    def first(v: object) -> str | None:
        seq = list(v) if v is not None else []  # type: ignore[call-overload]
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
        "registry": studies["nct_ids"].map(lambda ids: f"https://clinicaltrials.gov/study/{first(ids)}"
                                           if first(ids) else None),
        "pubmed": studies["pmids"].map(lambda ids: f"https://pubmed.ncbi.nlm.nih.gov/{first(ids)}/"
                                       if first(ids) else None),
        # zip of plain lists: itertuples boxes Arrow strings one value at a time (~1 s at 100k studies)
        "link": [study_link(*r) for r in zip(*(studies[c].tolist() for c in ("study_id", "nct_ids", "pmids", "dois",
                                                                              "url")), strict=True)],
    }).reset_index(drop=True)


def findings(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Every efficacy and adverse-event number of the selection with its provenance, confidence and source."""
    e, a = tables["efficacy"], tables["adverse_events"]
    eff = pd.DataFrame({
        "kind": "efficacy", "study_id": e["study_id"], "arm_id": e["arm_id"], "arm_label": e["arm_label"],
        "route": e["route"], "drug": e["drug"], "measure_or_category": e["measure"], "detail": e["definition"],
        "timepoint_hours": e["timepoint_hours"], "value": e["value"], "unit": e["unit"], "n_events": e["n_events"],
        "n_total": e["n_total"], "verification": e["verification"], "source_kind": e["source_kind"],
        "provenance": e["provenance"], "source_url": e["source_url"], "notes": e["notes"],
    })
    ae = pd.DataFrame({
        "kind": a["serious"].map(lambda s: "serious_adverse_event" if s is True else "adverse_event"),
        "study_id": a["study_id"], "arm_id": a["arm_id"], "arm_label": a["arm_label"], "route": a["route"],
        "drug": a["drug"], "measure_or_category": a["category"], "detail": a["term"], "timepoint_hours": None,
        "value": a["percent"], "unit": "percent", "n_events": a["n_affected"], "n_total": a["n_at_risk"],
        "verification": a["verification"], "source_kind": a["source_kind"], "provenance": a["provenance"],
        "source_url": a["source_url"], "notes": a["notes"],
    })
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
    records = papers.to_dict("records") + lonely.to_dict("records")
    return export.to_ris(records)


def header(manifest: Mapping[str, object], filters: Mapping[str, object], method: str) -> list[tuple[str, str]]:
    """The export header (snapshot, filters, method, windows, rules) from the analysis package."""
    return header_block(manifest, by="route", method=method, filters=filters)


def bundle(files: Mapping[str, bytes], state: Mapping[str, object]) -> bytes:
    """One zip of every download plus state.json (URL query, snapshot date and table hashes) to reproduce it."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in sorted(files.items()):
            z.writestr(zipfile.ZipInfo(name, date_time=_FIXED), data)
        z.writestr(zipfile.ZipInfo("state.json", date_time=_FIXED),
                   json.dumps(state, indent=1, sort_keys=True, default=str) + "\n")
    return buf.getvalue()
