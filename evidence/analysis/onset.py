"""Onset of antidepressant effect: one point per reported onset, in hours, and median/IQR per group."""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import SimpleNamespace

import numpy as np
import pandas as pd

from evidence.analysis.groups import STUDIED_FORMS, is_secondary, row_groups
from evidence.analysis.prepared import memo_by_study
from evidence.analysis.rates import py_values
from evidence.validate import as_number

_TO_HOURS = {"hours": 1.0, "hour": 1.0, "h": 1.0, "minutes": 1 / 60, "min": 1 / 60, "days": 24.0, "day": 24.0,
             "weeks": 168.0, "week": 168.0}

ONSET_COLUMNS: list[str] = [
    "study_id", "arm_label", "route", "drug", "hours", "timepoint_text", "definition", "design", "population",
    "is_secondary", "source_kind", "verification", "provenance", "source_url",
]


def onset_hours(value: object, unit: object, timepoint_hours: object) -> float | None:
    """The onset time in hours: the value in its unit when it is a time, else the row's timepoint."""
    u = "" if unit is None or unit is pd.NA else str(unit).strip().lower()
    for v, factor in ((value, _TO_HOURS.get(u)), (timepoint_hours, 1.0)):
        x = as_number(v)
        if factor is None or x is None:
            continue
        f = x * factor
        if not math.isnan(f) and f >= 0:
            return f
    return None


def onset_points(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Every onset finding with its hours and provenance (reviews included, flagged is_secondary); once per
    prepared selection (onset_stats and the summary read it too), cut from the parent's when it can be."""
    return memo_by_study(tables, ("onset_points",), _onset_points, ("efficacy",))


def _onset_points(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    eff = tables["efficacy"]
    eff = eff[eff["measure"] == "onset"]
    studies = tables["studies"]
    flags = is_secondary(studies)
    sec = dict(zip(flags.index.tolist(), flags.tolist(), strict=True))  # dict lookups: Series.get costs ~10 us
    design = dict(zip(py_values(studies["study_id"].astype(str)), py_values(studies["design"].astype(str)),
                      strict=True))
    pops = {str(s): ";".join(p) for s, p in zip(py_values(studies["study_id"]), studies["population"], strict=True)}
    rows = []
    # Plain-value columns instead of itertuples (which iterates Arrow strings one boxed value at a time).
    cols = {c: py_values(eff[c]) for c in ("study_id", "arm_label", "route", "drug", "value", "unit",
                                            "timepoint_hours", "timepoint_text", "definition", "source_kind",
                                            "verification", "provenance", "source_url")}
    for r in (SimpleNamespace(**dict(zip(cols, vals, strict=True))) for vals in zip(*cols.values(), strict=True)):
        h = onset_hours(r.value, r.unit, r.timepoint_hours)
        if h is None:
            continue
        sid = str(r.study_id)
        rows.append({
            "study_id": sid, "arm_label": None if pd.isna(r.arm_label) else str(r.arm_label), "route": str(r.route),
            "drug": str(r.drug), "hours": h, "timepoint_text": None if pd.isna(r.timepoint_text) else
            str(r.timepoint_text), "definition": None if pd.isna(r.definition) else str(r.definition),
            "design": design.get(sid), "population": pops.get(sid, ""), "is_secondary": bool(sec.get(sid, False)),
            "source_kind": str(r.source_kind), "verification": str(r.verification), "provenance": str(r.provenance),
            "source_url": None if pd.isna(r.source_url) else str(r.source_url),
        })
    return pd.DataFrame(rows, columns=ONSET_COLUMNS)


def onset_stats(tables: Mapping[str, pd.DataFrame], by: str = "route") -> pd.DataFrame:
    """Per group (ketamine-form rows of primary studies): number of onset values and studies, median and IQR (h)."""
    pts = onset_points(tables)
    pts = pts[~pts["is_secondary"] & pts["drug"].isin(STUDIED_FORMS)]
    cols = ["group", "k", "n_studies", "median_hours", "q1_hours", "q3_hours", "study_ids"]
    if pts.empty:
        return pd.DataFrame(columns=cols)
    pts = row_groups(pts, tables["studies"], by)
    out = []
    for group, g in pts.groupby("group", sort=True):
        h = g["hours"].to_numpy(dtype=float)
        q1, med, q3 = np.percentile(h, [25, 50, 75])
        ids = sorted(py_values(g["study_id"].drop_duplicates()))
        out.append({"group": group, "k": len(h), "n_studies": int(g["study_id"].nunique()), "median_hours": med,
                    "q1_hours": q1, "q3_hours": q3, "study_ids": ";".join(ids)})
    return pd.DataFrame(out, columns=cols)
