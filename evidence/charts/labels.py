"""Words a clinician reads instead of field names: labels for every vocabulary word and column, number formats,
and the study names readers know ("SYNAPSE (Daly 2018), n=67"). Pure: no Streamlit, shared by charts, app and
exports."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from evidence import vocab
from evidence.validate import as_number

ROUTE_LABELS: dict[str, str] = {
    "intravenous": "intravenous (IV)", "intranasal": "intranasal (IN)", "intramuscular": "intramuscular (IM)",
    "subcutaneous": "subcutaneous (SC)", "oral": "oral (PO)", "sublingual": "sublingual (SL)",
    "unspecified": "route not reported",
}
ROUTE_SHORT: dict[str, str] = {
    "intravenous": "IV", "intranasal": "intranasal", "intramuscular": "IM", "subcutaneous": "SC", "oral": "oral",
    "sublingual": "sublingual", "unspecified": "route not reported",
}
DRUG_LABELS: dict[str, str] = {"ketamine": "ketamine (racemic)", "esketamine": "esketamine",
                               "arketamine": "arketamine", "psilocybin": "psilocybin",
                               "other": "comparator / other drug"}
POPULATION_LABELS: dict[str, str] = {
    "TRD": "treatment-resistant depression (TRD)", "MDD": "major depressive disorder (MDD)",
    "bipolar": "bipolar depression", "suicidal": "suicidal ideation", "postpartum": "postpartum depression",
    "adolescent": "adolescents", "geriatric": "older adults", "PTSD": "PTSD", "anxious": "anxious depression",
    "healthy": "healthy volunteers", "ECT": "patients having ECT", "inpatient": "inpatients", "veterans": "veterans",
    "perioperative": "perioperative", "pain": "chronic pain",
}
DESIGN_LABELS: dict[str, str] = {
    "rct": "randomised controlled trial", "crossover_rct": "crossover randomised trial",
    "non_randomized": "non-randomised trial", "open_label": "open-label trial", "observational": "observational study",
    "case_series": "case series", "systematic_review": "systematic review", "meta_analysis": "meta-analysis",
    "review": "narrative review", "protocol": "protocol (no results)", "other": "other design",
}
AE_LABELS: dict[str, str] = {
    "dissociation": "dissociation", "blood_pressure_increase": "blood pressure increase",
    "nausea_vomiting": "nausea / vomiting", "dizziness": "dizziness", "headache": "headache", "sedation": "sedation",
    "anxiety": "anxiety", "dysgeusia": "taste disturbance", "perceptual_changes": "perceptual changes",
    "suicidal_ideation": "suicidal ideation", "other": "other events",
}
COMPARATOR_LABELS: dict[str, str] = {
    "placebo": "placebo / saline", "midazolam": "midazolam (active placebo)", "ect": "ECT",
    "active_drug": "another active drug", "ketamine_regimen": "another ketamine regimen", "none": "no comparator",
    "unknown": "comparator not classified",
}
PHASE_LABELS: dict[str, str] = {
    "EARLY_PHASE1": "early phase 1", "PHASE1": "phase 1", "PHASE1/PHASE2": "phase 1/2", "PHASE2": "phase 2",
    "PHASE2/PHASE3": "phase 2/3", "PHASE3": "phase 3", "PHASE4": "phase 4", "NA": "not applicable",
}
STATUS_LABELS: dict[str, str] = {s: s.replace("_", " ").capitalize() for s in vocab.STATUSES}
MEASURE_LABELS: dict[str, str] = {
    "response": "depression response", "remission": "depression remission",
    "si_response": "suicidal-ideation response", "si_resolution": "suicidal-ideation resolution",
    "early_improvement": "early improvement", "response_any_time": "response at any visit", "relapse": "relapse",
    "scale_change": "change in scale score", "onset": "onset of effect",
    "si_onset": "onset on suicidal ideation", "effect_size": "effect size",
    "pooled_estimate": "estimate pooled by a review", "other": "other outcome",
}
TIER_LABELS: dict[str, str] = {
    "registry_results": "registry results", "primary_paper": "trial's own paper",
    "secondary_report": "secondary or pooled report", "conference_abstract": "conference abstract",
    "press_or_aggregator": "press or aggregator page",
}
VERIFICATION_LABELS: dict[str, str] = {
    "verified": "verified by a curator", "derived": "derived (computed from reported numbers)",
    "auto": "extracted automatically", "uncertain": "uncertain",
}
ROLE_LABELS: dict[str, str] = {"experimental": "ketamine arm", "comparator": "comparator arm", "other": "other arm"}
SOURCE_KIND_LABELS: dict[str, str] = {"registry_results": "registry results", "abstract": "abstract (automatic)",
                                      "curated": "curated"}

VOCAB_LABELS: dict[str, Mapping[str, str]] = {
    "route": ROUTE_LABELS, "routes": ROUTE_LABELS, "group": ROUTE_LABELS, "drug": DRUG_LABELS,
    "drugs": DRUG_LABELS, "population": POPULATION_LABELS, "populations": POPULATION_LABELS,
    "design": DESIGN_LABELS, "designs": DESIGN_LABELS, "category": AE_LABELS, "comparator_class": COMPARATOR_LABELS,
    "comparators": COMPARATOR_LABELS, "phase": PHASE_LABELS, "phases": PHASE_LABELS, "status": STATUS_LABELS,
    "statuses": STATUS_LABELS, "measure": MEASURE_LABELS, "source_tier": TIER_LABELS,
    "verification": VERIFICATION_LABELS, "role": ROLE_LABELS, "source_kind": SOURCE_KIND_LABELS,
}

# Column headers as a reader says them.
COLUMN_LABELS: dict[str, str] = {
    "name": "study", "study_label": "study", "study": "study id", "study_id": "study id", "ref_id": "reference id",
    "title": "title", "year": "year",
    "design": "design", "phase": "phase", "status": "status", "drugs": "drugs", "drug": "drug", "routes": "routes",
    "route": "route", "group": "route", "population": "population", "comparator": "comparator",
    "comparator_class": "comparator", "n": "n (enrolled)", "secondary": "review / meta-analysis",
    "registry": "ClinicalTrials.gov", "pubmed": "PubMed", "link": "source", "source_url": "source",
    "read_from": "read from", "arm_label": "arm", "arms": "ketamine arm(s)", "arms_ctl": "comparator arm(s)",
    "arm_id": "arm id", "label": "arm", "role": "role", "agent": "agent", "dose_text": "dose", "term": "reported term",
    "category": "category", "serious": "serious", "n_affected": "people with the event", "n_at_risk": "people at risk",
    "percent": "% with the event", "measure": "outcome", "scale": "scale", "definition": "definition",
    "timepoint_text": "visit (as reported)", "timepoint_hours": "time after first dose", "value": "value",
    "unit": "unit", "n_events": "events", "n_total": "n", "events": "events", "total": "n", "events_ctl":
    "comparator events", "total_ctl": "comparator n", "is_comparison": "between-arm comparison",
    "first_period": "first period only", "source_tier": "source type", "verification": "verification",
    "source_kind": "how it was captured", "provenance": "where in the source", "notes": "notes",
    "selected": "used in analyses", "cross_check": "other reports of this value",
    "cross_check_status": "other reports: agree / conflict / unmatched / rejected",
    "is_group_total": "registry group total (not an event term)",
    "field_conflicts": "sources disagree on",
    "by": "grouped by (route, population, drug or design)",
    "kind": "kind of value", "measure_or_category": "outcome or side-effect category",
    "detail": "definition or reported term", "window": "time window",
    "k": "studies pooled (k)", "n_studies": "studies", "estimate": "pooled estimate", "rr": "risk ratio",
    "ci_low": "95% CI from", "ci_high": "95% CI to", "pi_low": "95% prediction interval from",
    "pi_high": "95% prediction interval to", "tau2": "between-study variance (τ²)", "i2": "heterogeneity I² (%)",
    "q": "Cochran's Q", "note": "note", "derived": "events computed from a percent", "median_hours": "median onset",
    "q1_hours": "onset, 25th percentile", "q3_hours": "onset, 75th percentile", "study_ids": "study ids",
    "hours": "onset", "left_out": "study left out", "participants": "participants", "raw_rate": "crude rate",
    "outcome": "outcome", "window_label": "time window", "dispersion": "dispersion", "aliases": "also called",
    "dose_mg_per_kg": "dose (mg/kg)", "report": "report", "unpooled_rows": "rows not pooled",
    "derived_rows": "rows with computed events", "n_secondary": "reviews", "iqr_low": "IQR from",
    "iqr_high": "IQR to", "method": "method", "timepoints": "time after first dose",
}

NOT_REPORTED = "not reported"


def label_of(kind: str, word: object) -> str:
    """The reader's word for a vocabulary value (the value itself when there is no label; '' when missing)."""
    if is_missing(word):
        return ""
    table = VOCAB_LABELS.get(kind, {})
    return table.get(str(word), str(word).replace("_", " "))


def is_missing(v: object) -> bool:
    """None, NA, NaN or an empty string."""
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    return isinstance(v, str) and not v.strip()


def fmt_hours(h: object) -> str:
    """Hours as a reader says them: '40 min', '4 h', '1 day', '3 days', '1 week', '6 weeks'; '' when missing."""
    v = number(h)
    if v is None or v < 0:
        return ""
    if v < 1:
        return f"{round(v * 60):.0f} min"
    if v < 24:
        return f"{v:.0f} h" if abs(v - round(v)) < 0.05 else f"{v:.1f} h"
    days = v / 24
    if v < 168 or (abs(days - round(days)) < 0.05 and round(days) % 7):
        d = round(days, 1)
        d_txt = f"{d:.0f}" if abs(d - round(d)) < 0.05 else f"{d:.1f}"
        return f"{d_txt} day" + ("" if d_txt == "1" else "s")
    weeks = round(days / 7, 1)
    w_txt = f"{weeks:.0f}" if abs(weeks - round(weeks)) < 0.05 else f"{weeks:.1f}"
    return f"{w_txt} week" + ("" if w_txt == "1" else "s")


def number(x: object) -> float | None:
    """A cell as a float, None when missing or not a number (every formatter below starts here)."""
    return as_number(x)


def fmt_pct(x: object, digits: int = 1) -> str:
    """A proportion (0-1) as '54.1%', '' when missing."""
    v = number(x)
    return "" if v is None else f"{100 * v:.{digits}f}%"


def fmt_count(x: object) -> str:
    """A whole number ('' when missing)."""
    v = number(x)
    return "" if v is None else f"{v:,.0f}"


def fmt_date(stamp: object) -> str:
    """An ISO timestamp as '7 December 2026, 03:27 UTC' ('never built' when missing)."""
    if is_missing(stamp):
        return "never built"
    try:
        t = pd.Timestamp(str(stamp))
    except (ValueError, TypeError):
        return str(stamp)
    if t.tzinfo is not None:
        t = t.tz_convert("UTC")
    return f"{t.day} {t.strftime('%B %Y, %H:%M')} UTC"


def _clean(v: object) -> str:
    return "" if is_missing(v) else " ".join(str(v).split())


def study_name(label: object, study_id: object, title: object = None, enrollment: object = None) -> str:
    """'SYNAPSE (Daly 2018), n=67': the study's label (acronym, else first author and year), else a shortened title,
    else its id; with n when the enrollment is known."""
    name = _clean(label)
    sid = _clean(study_id)
    if not name or name == sid or name.upper().startswith(("DOI:", "PMID:", "REF:")):
        t = _clean(title)
        name = (t[:57] + "…" if len(t) > 58 else t) if t else sid
    n = number(enrollment)
    return f"{name}, n={n:,.0f}" if n is not None and n > 0 else name


def study_names(studies: pd.DataFrame) -> dict[str, str]:
    """study_id -> study_name for every study of the table (ids kept for the hover and links)."""
    cols = [studies[c].tolist() if c in studies.columns else [None] * len(studies)
            for c in ("label", "study_id", "title", "enrollment")]
    return {str(sid): study_name(lab, sid, title, n) for lab, sid, title, n in zip(*cols, strict=True)}


def _is_seq(v: object) -> bool:
    return isinstance(v, (list, tuple, np.ndarray))


def readable(df: pd.DataFrame, columns: Iterable[str] | None = None) -> pd.DataFrame:
    """A copy for reading: vocabulary words as labels, list cells joined, column headers in words (the order of
    `columns` when given). Numbers stay numbers (the app formats them per column)."""
    cols = [c for c in (columns if columns is not None else df.columns) if c in df.columns]
    out: dict[str, object] = {}
    for c in cols:
        s = df[c]
        kind = c
        if kind in VOCAB_LABELS:
            out[c] = [", ".join(label_of(kind, x) for x in v) if _is_seq(v) else
                      ", ".join(label_of(kind, x) for x in v.split(", ")) if isinstance(v, str) and ", " in v
                      else label_of(kind, v) for v in s.tolist()]
        elif s.dtype == object and len(s) and any(_is_seq(v) for v in s.head(50).tolist()):
            out[c] = ["; ".join(str(x) for x in v) if _is_seq(v) else v for v in s.tolist()]
        else:
            out[c] = s.to_numpy() if not isinstance(s.dtype, pd.StringDtype) else s.astype(object).to_numpy()
    res = pd.DataFrame(out, index=range(len(df)))
    names: dict[str, str] = {}
    for c in res.columns:
        name = COLUMN_LABELS.get(c, c.replace("_", " "))
        names[c] = name if name not in names.values() else c.replace("_", " ")
    return res.rename(columns=names)
