"""The curated, per-value-sourced CSVs -> schema tables (pure: frames and texts in, frames out)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace

import pandas as pd

from evidence import schema
from evidence.curated import trials
from evidence.curated.model import CURATED_FILES, CuratedInput
from evidence.curated.studies import build_arms, build_publications, build_studies, paper_links
from evidence.curated.values import build_adverse_events, build_efficacy
from evidence.records import StudyRow, studies_frame, study_records

__all__ = ["CURATED_FILES", "CuratedInput", "curated_tables"]

_LIST_FIELDS = [c.name for c in schema.TABLES["studies"] if c.kind == "list"]


def curated_tables(inp: CuratedInput) -> dict[str, pd.DataFrame]:
    """All five tables from the curated input (the older files plus the trial layer)."""
    links = paper_links(inp)  # which trial each paper reports: decided once, used by every table
    publications = build_publications(inp, links)
    studies = build_studies(inp, publications, links)
    arms = build_arms(inp)
    efficacy = build_efficacy(inp, studies, arms, publications)
    adverse = build_adverse_events(inp, studies, arms, publications)
    trials.check_columns(inp)
    t_eff, t_aes = trials.value_rows(inp)
    redirect = trials.same_as(inp)
    studies = fold_studies(studies, trials.study_rows(inp), redirect)
    out = {
        "studies": studies,
        "arms": _concat("arms", arms, trials.arm_rows(inp), redirect),
        "efficacy": _concat("efficacy", efficacy, t_eff, redirect),
        "adverse_events": _concat("adverse_events", adverse, t_aes, redirect),
        "publications": schema.coerce("publications", publications.assign(
            study_id=publications["study_id"].map(lambda s: redirect.get(s, s)))),
    }
    return out


def _concat(name: str, base: pd.DataFrame, rows: list[dict[str, object]],
            redirect: Mapping[str, str]) -> pd.DataFrame:
    extra = pd.DataFrame(rows, columns=schema.columns(name)) if rows else None
    df = pd.concat([base, schema.coerce(name, extra)], ignore_index=True) if extra is not None else base.copy()
    df["study_id"] = df["study_id"].map(lambda s: redirect.get(s, s))
    return schema.coerce(name, df)


def _blank(v: object) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and v != v) or v == "" or (
        isinstance(v, list) and not v)


def fold_studies(studies: pd.DataFrame, rows: list[trials.TrialStudy],
                 redirect: Mapping[str, str]) -> pd.DataFrame:
    """Trial-layer fields over the older study rows (the trial layer wins where it has a value); studies that are
    the same trial (`same_as`) become one row."""
    by_id: dict[str, StudyRow] = {}
    for r in study_records(studies):
        _fold_into(by_id, replace(r, study_id=redirect.get(r.study_id, r.study_id)), winner=False, design_given=True)
    for t in rows:
        sid = t.row.study_id
        _fold_into(by_id, replace(t.row, study_id=redirect.get(sid, sid)), winner=True, design_given=t.design_given)
    for r in by_id.values():
        r.design = r.design or "other"
        r.comparator_class = r.comparator_class or "unknown"
    return studies_frame(sorted(by_id.values(), key=lambda r: r.study_id))


def _fold_into(by_id: dict[str, StudyRow], row: StudyRow, winner: bool, design_given: bool) -> None:
    base = by_id.get(row.study_id)
    if base is None:
        by_id[row.study_id] = replace(row)
        return
    for f in fields(StudyRow):
        field, v = f.name, getattr(row, f.name)
        if field == "study_id" or _blank(v):
            continue
        if field in _LIST_FIELDS:
            merged = list(dict.fromkeys([*(getattr(base, field) or []), *v]))
            for filler in ("unspecified", "other"):
                if len(merged) > 1 and filler in merged:
                    merged.remove(filler)
            setattr(base, field, merged)
        elif field == "is_secondary":
            base.is_secondary = bool(base.is_secondary) or bool(v)
        elif field == "design" and winner and not design_given:
            continue
        elif field == "notes":
            base.notes = "; ".join(x for x in dict.fromkeys([str(base.notes or ""), str(v)]) if x)
        elif winner or _blank(getattr(base, field)):
            setattr(base, field, v)
