"""Extraction results -> schema-valid `efficacy` and `adverse_events` rows for the build (source_kind 'abstract')."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import cast

import pandas as pd

from evidence import schema, vocab
from evidence.extract.abstract import extract_abstract
from evidence.extract.drugs import StudyDrugs
from evidence.extract.lexicon import ae_category
from evidence.extract.model import Finding, findings_of

_MEASURE = {
    "response_rate": "response",
    "remission_rate": "remission",
    "onset": "onset",
    "scale_change": "scale_change",
}
_QUOTE_MAX = 300


def provenance(origin: str, text: str, span: Sequence[int]) -> str:
    """'<origin> abstract[a:b]: "quoted text"' — the exact span a value was read from."""
    a, b = int(span[0]), int(span[1])
    quote = re.sub(r"\s+", " ", text[a:b]).strip()
    if len(quote) > _QUOTE_MAX:
        quote = quote[: _QUOTE_MAX - 1] + "…"
    return f'{origin} abstract[{a}:{b}]: "{quote}"'


def _route(f: Finding) -> str:
    return str(f.route) if f.route in vocab.ROUTES else "unspecified"


def _drug(f: Finding) -> str:
    return str(f.drug) if f.drug in vocab.DRUGS else "other"


def _arm_id(arm: object) -> str | None:
    return f"abstract:{arm}" if arm else None


def _base(study_id: str, f: Finding, text: str, source_url: str | None, origin: str) -> dict[str, object]:
    return {
        "study_id": study_id,
        "arm_id": _arm_id(f.arm),
        "arm_label": f.arm,
        "route": _route(f),
        "drug": _drug(f),
        "source_kind": "abstract",
        "source_tier": "primary_paper",
        "verification": f.confidence if f.confidence in ("auto", "uncertain") else "uncertain",
        "provenance": provenance(origin, text, f.span),
        "source_url": source_url,
    }


def findings_tables(study_id: str, text: str, source_url: str | None, origin: str,
                    drugs: StudyDrugs | None = None) -> dict[str, pd.DataFrame]:
    """The abstract's findings as `efficacy` and `adverse_events` frames (empty frames when nothing is found)."""
    rows = findings_rows(study_id, text, source_url, origin, drugs)
    return {name: _frame(name, r) for name, r in rows.items()}


def findings_tables_many(
    records: Iterable[tuple[str, str, str | None, str]],
    drugs: StudyDrugs | None = None,
) -> dict[str, pd.DataFrame]:
    """findings_tables over many (study_id, text, source_url, origin) records, building each frame once (fast)."""
    eff: list[dict[str, object]] = []
    ae: list[dict[str, object]] = []
    for study_id, text, source_url, origin in records:
        rows = findings_rows(study_id, text, source_url, origin, drugs)
        eff.extend(rows["efficacy"])
        ae.extend(rows["adverse_events"])
    return {"efficacy": _frame("efficacy", eff), "adverse_events": _frame("adverse_events", ae)}


def findings_rows(study_id: str, text: str, source_url: str | None, origin: str,
                  drugs: StudyDrugs | None = None) -> dict[str, list[dict[str, object]]]:
    """The rows of findings_tables as plain dicts (schema column names), before any DataFrame is built; `drugs` is
    the profile's studied drug (default: the one in force)."""
    text = text if isinstance(text, str) else ""
    result = extract_abstract(text, drugs)
    eff_rows: list[dict[str, object]] = []
    ae_rows: list[dict[str, object]] = []
    defs = result.get("definitions")
    defs = defs if isinstance(defs, dict) else {}
    for f in findings_of(result):
        if f.kind in _MEASURE:
            eff_rows.append(
                _base(study_id, f, text, source_url, origin)
                | {
                    "measure": _MEASURE[f.kind],
                    "scale": f.scale,
                    "definition": f.detail or defs.get(f.kind),
                    "param_type": "proportion" if f.is_rate else None,
                    "timepoint_text": None,
                    "timepoint_hours": f.timepoint_hours,
                    "value": f.value,
                    "unit": f.unit,
                    "dispersion": None,
                    "n_events": f.n_events,
                    "n_total": f.n,
                    "is_comparison": False,
                    "notes": None,
                }
            )
        elif f.kind == "adverse_event":
            terms = f.terms or (f.term,)
            threshold = len(terms) > 1 or "threshold" in str(f.detail)
            is_count = f.unit == "count"
            for term in terms:
                ae_rows.append(
                    _base(study_id, f, text, source_url, origin)
                    | {
                        "term": term,
                        "category": _category(term),
                        "serious": bool(f.serious),
                        "n_affected": int(f.value) if is_count and f.value is not None else f.n_events,
                        "n_at_risk": f.n,
                        "percent": None if (threshold or is_count) else f.value,
                        "notes": f.detail if threshold else None,
                    }
                )
    routes, names = cast("list[str]", result["routes"]), cast("list[str]", result["drugs"])
    for m in cast("list[dict[str, object]]", result.get("ae_mentions", [])):
        ae_rows.append(
            {
                "study_id": study_id, "arm_id": None, "arm_label": None,
                "route": routes[0] if len(routes) == 1 else "unspecified",
                "drug": names[0] if len(names) == 1 else "other",
                "term": m["term"], "category": m["category"], "serious": None, "n_affected": None,
                "n_at_risk": None, "percent": None, "source_kind": "abstract",
                "source_tier": "primary_paper", "verification": "uncertain",
                "provenance": provenance(origin, text, cast("tuple[int, int]", m["sentence_span"])),
                "source_url": source_url,
                "notes": "named without a frequency",
            }
        )
    return {"efficacy": eff_rows, "adverse_events": ae_rows}


def _category(term: object) -> str:
    return ae_category(str(term or ""))


def _frame(table: str, rows: list[dict[str, object]]) -> pd.DataFrame:
    if not rows:
        return schema.empty(table)
    df = pd.DataFrame(rows)
    for col in schema.columns(table):
        if col not in df.columns:
            df[col] = None
    return schema.coerce(table, df[schema.columns(table)])
