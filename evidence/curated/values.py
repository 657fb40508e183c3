"""Curated outcome, adverse-event and quoted-finding rows -> the efficacy and adverse_events tables (pure)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from evidence import citation, schema, vocab
from evidence.curated.cells import (
    Row,
    _finding_ref,
    _float,
    _int,
    _prov,
    _required,
    _route_drug_of,
    _s,
    _scale,
    numbered,
    sourcing,
)
from evidence.curated.model import CuratedInput
from evidence.curated.studies import publication_ref
from evidence.extract.lexicon import ae_category
from evidence.records import StudyRow, study_records

_FINDING_MEASURES = {
    "response_rate": "response",
    "remission_rate": "remission",
    "onset": "onset",
    "relapse_rate": "relapse",
    "effect_size": "effect_size",
    "pooled_estimate": "pooled_estimate",
}


class _ArmResolver:
    """The arm a registry row names by its title, and that arm's route and drug (or the best guess from the text)."""

    def __init__(self, studies: pd.DataFrame, arms: pd.DataFrame) -> None:
        self.by_study = {s.study_id: s for s in study_records(studies)}
        self.arm_of = {(a["study_id"], a["label"]): a for _, a in arms.iterrows()}

    def __call__(self, r: Row) -> tuple[str, str, pd.Series | None, str, str]:
        sid = _required(r["nct_id"], "nct_id")
        label = _s(r["arm_title"]) or ""
        arm = self.arm_of.get((sid, label))
        route, drug = (arm["route"], arm["drug"]) if arm is not None else _route_drug_of(label, self.by_study.get(sid))
        return sid, label, arm, route, drug


def build_efficacy(inp: CuratedInput, studies: pd.DataFrame, arms: pd.DataFrame,
                   publications: pd.DataFrame) -> pd.DataFrame:
    """efficacy table from registry outcome rows and the non-AE findings quoted from papers."""
    resolve = _ArmResolver(studies, arms)
    by_study = resolve.by_study
    rows = []
    for i, r in numbered(inp.frames["ct_outcomes"]):
        sid, label, arm, route, drug = resolve(r)
        comparison = " vs " in label.lower()
        measure_raw = (_s(r["measure"]) or "other").lower()
        measure = measure_raw if measure_raw in ("response", "remission") else (
            "scale_change" if measure_raw in ("madrs", "ham-d") else "other")
        unit_raw = _s(r["unit"]) or ""
        value = _float(r["value"])
        n_total = _int(r["n_analyzed"])
        n_events = None
        unit = unit_raw
        if unit_raw.startswith("participants"):
            unit, n_events = "count", _int(r["value"])
        elif unit_raw in ("%", "per 100 patients"):
            unit = "percent"
        elif unit_raw == "points":
            unit = "points"
        rows.append({
            "study_id": sid,
            "arm_id": arm["arm_id"] if arm is not None else None,
            "arm_label": label,
            "route": route,
            "drug": drug,
            "measure": measure,
            "scale": _scale(_s(r["outcome_title"]) or "") or (_s(r["measure"]) if measure == "scale_change" else None),
            "definition": (_s(r["outcome_title"]) or "") + (f" ({unit_raw})" if unit_raw and unit_raw != unit else ""),
            "param_type": _s(r["param_type"]),
            "timepoint_text": _s(r["timeframe"]),
            "timepoint_hours": _float(r["timepoint_hours"]),
            "value": value,
            "unit": unit or None,
            "dispersion": _s(r["dispersion"]),
            "n_events": n_events,
            "n_total": n_total,
            "is_comparison": comparison,
            **_prov(),
            **sourcing(r["source_url"], citation.registry_url(sid),
                       "verified" if arm is not None or comparison else "uncertain"),
            "provenance": f"curated ctgov/outcomes.csv row {i + 2}: {_s(r['outcome_title'])} @ {_s(r['timeframe'])}",
            "report": "curated:ctgov/outcomes.csv",
            "notes": _s(r["notes"]),
        })
    ref_study = _ref_to_study(inp, publications)
    for _, f in inp.frames["findings"].iterrows():
        kind = _s(f["kind"])
        if kind == "adverse_event":
            continue
        rows.append(_finding_efficacy(f, ref_study, by_study, inp))
    df = pd.DataFrame(rows, columns=schema.columns("efficacy"))
    return schema.coerce("efficacy", df)


def _ref_to_study(inp: CuratedInput, publications: pd.DataFrame) -> dict[str, str]:
    """Every name a finding may use for its paper (PMID, DOI, abstract slug) -> the paper's study id."""
    study_of = dict(zip(publications["ref_id"], publications["study_id"], strict=True))
    out = {}
    for _, r in inp.frames["publications"].iterrows():
        slug = (_s(r["abstract_file"]) or "").removesuffix(".txt")
        for alias in (_s(r["pmid"]), _s(r["doi"]), slug or None):
            if alias:
                out[_finding_ref(alias)] = study_of[publication_ref(r)]
    return out


def _paper_url(key: str) -> str | None:
    """The citable page of a finding's paper from its PMID or DOI key (None for a slug)."""
    ref = _finding_ref(key)
    if ref.startswith("PMID:"):
        return citation.pubmed_url(ref[5:])
    if ref.startswith("DOI:"):
        return citation.doi_url(ref[4:])
    return None


def _study_url(study: StudyRow | None) -> str | None:
    """The study's own citable record (registry or PubMed), None when it has none."""
    url = _s(study.url) if study is not None else None
    return citation.normalise_canonical(url) if url else None


def _quote_provenance(f: Row, inp: CuratedInput) -> str:
    """Where a quoted finding sits: its character span in the abstract when the quote is found there."""
    quote = _s(f["quote"]) or ""
    key = _s(f["key"])
    text = inp.abstracts.get(_s(f["abstract_file"]) or "", "")
    start = text.find(quote) if quote else -1
    if start >= 0:
        return f"curated findings {key}: {_s(f['abstract_file'])}[{start}:{start + len(quote)}]: \"{quote}\""
    return f"curated findings {key}: quote from source page: \"{quote}\""


def _finding_efficacy(f: Row, ref_study: Mapping[str, str],
                      by_study: Mapping[str, StudyRow], inp: CuratedInput) -> dict[str, object]:
    ref = _finding_ref(_s(f["pmid_or_doi"]) or "")
    sid = ref_study.get(ref, ref)
    arm = _s(f["arm"]) or ""
    route = vocab.normalise_route(_s(f["route"]) or "")
    drug = _route_drug_of(arm, by_study.get(sid))[1]
    unit = _s(f["unit"])
    detail = _s(f["outcome_detail"]) or ""
    return {
        "study_id": sid,
        "arm_id": None,
        "arm_label": arm or None,
        "route": route,
        "drug": drug,
        "measure": _FINDING_MEASURES.get(_s(f["kind"]) or "", "other"),
        "scale": _scale(detail),
        "definition": detail or None,
        "param_type": None,
        "timepoint_text": _s(f["timepoint_text"]),
        "timepoint_hours": _float(f["timepoint_hours"]),
        "value": _float(f["value"]),
        "unit": unit,
        "dispersion": None,
        "n_events": None,
        "n_total": _int(f["n"]),
        "is_comparison": " vs " in arm.lower() or unit in ("RR", "OR", "SMD", "HR"),
        **_prov(),
        **sourcing(f["source_url"], _paper_url(_s(f["pmid_or_doi"]) or "") or _study_url(by_study.get(sid))),
        "provenance": _quote_provenance(f, inp),
        "report": f"curated:pubmed/findings.csv:{ref}",
        "notes": None,
    }


def build_adverse_events(inp: CuratedInput, studies: pd.DataFrame, arms: pd.DataFrame,
                         publications: pd.DataFrame) -> pd.DataFrame:
    """adverse_events table from registry-linked AE tables and the AE findings quoted from papers."""
    resolve = _ArmResolver(studies, arms)
    by_study = resolve.by_study
    rows = []
    for i, r in numbered(inp.frames["ct_aes"]):
        sid, label, arm, route, drug = resolve(r)
        term = _s(r["term"]) or ""
        rows.append({
            "study_id": sid,
            "arm_id": arm["arm_id"] if arm is not None else None,
            "arm_label": label,
            "route": route,
            "drug": drug,
            "term": term,
            "category": ae_category(term),
            "serious": {"true": True, "false": False}.get((_s(r["serious"]) or "").lower()),
            "n_affected": _int(r["n_affected"]),
            "n_at_risk": _int(r["n_at_risk"]),
            "percent": None,
            **_prov(),
            **sourcing(r["source_url"], citation.registry_url(sid), "verified" if arm is not None else "uncertain"),
            "provenance": f"curated ctgov/adverse_events.csv row {i + 2}: {term}",
            "report": "curated:ctgov/adverse_events.csv",
            "notes": _s(r["notes"]),
        })
    ref_study = _ref_to_study(inp, publications)
    for _, f in inp.frames["findings"].iterrows():
        if _s(f["kind"]) != "adverse_event":
            continue
        rows.append(_finding_ae(f, ref_study, by_study, inp))
    return schema.coerce("adverse_events", pd.DataFrame(rows, columns=schema.columns("adverse_events")))


def _finding_ae(f: Row, ref_study: Mapping[str, str],
                by_study: Mapping[str, StudyRow], inp: CuratedInput) -> dict[str, object]:
    ref = _finding_ref(_s(f["pmid_or_doi"]) or "")
    sid = ref_study.get(ref, ref)
    arm = _s(f["arm"]) or ""
    detail = _s(f["outcome_detail"]) or ""
    unit = _s(f["unit"])
    value = _float(f["value"])
    n = _int(f["n"])
    notes = []
    percent = None
    n_affected = None
    # Only a per-patient incidence is an incidence; thresholds, times and per-infusion rates are kept as notes.
    uncertain = "threshold" in detail.lower() or "not patients" in detail.lower()
    if unit == "percent" and not uncertain:
        percent = value
    elif unit == "count" and not uncertain:
        n_affected = _int(f["value"])
    else:
        notes.append(f"reported value {value} {unit} is not a per-patient incidence")
    return {
        "study_id": sid,
        "arm_id": None,
        "arm_label": arm or None,
        "route": vocab.normalise_route(_s(f["route"]) or ""),
        "drug": _route_drug_of(arm, by_study.get(sid))[1],
        "term": detail,
        "category": ae_category(detail.split("(")[0]),
        "serious": True if "serious" in detail.lower() else None,
        "n_affected": n_affected,
        "n_at_risk": n,
        "percent": percent,
        **_prov(),
        **sourcing(f["source_url"], _paper_url(_s(f["pmid_or_doi"]) or "") or _study_url(by_study.get(sid)),
                   "uncertain" if uncertain else "verified"),
        "provenance": _quote_provenance(f, inp),
        "report": f"curated:pubmed/findings.csv:{ref}",
        "notes": "; ".join(notes) or None,
    }
