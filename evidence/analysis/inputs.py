"""The study rows behind each pooled number: what `python -m evidence inputs`, the dashboard's "rows behind the
plot" and the summary all show, so that what is shown is exactly what was pooled."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from evidence.analysis.forest import controlled_rr, split_outcome, study_level
from evidence.analysis.rates import py_values
from evidence.analysis.windows import get_window

INPUT_COLUMNS: list[str] = [
    "group", "window", "study_id", "study_label", "arms", "events", "total", "arms_ctl", "events_ctl", "total_ctl",
    "comparator_class", "timepoint_hours", "design", "source_tier", "verification", "derived", "source_url",
]


def pool_inputs(tables: Mapping[str, pd.DataFrame], outcome: str = "response", window: str | None = "24h",
                by: str = "route") -> pd.DataFrame:
    """One row per study per group and window that enters the pooled estimate of `outcome` (rates: summed
    ketamine arms; `*_rr`: ketamine vs comparator arms at one shared visit)."""
    measure, kind = split_outcome(outcome)
    if window is not None:
        get_window(window)
    if kind == "RR":
        rows = controlled_rr(tables, measure, window, by)
    else:
        rows = study_level(tables, outcome, by)
        rows = rows if window is None else rows[rows["window"] == window]
        rows = rows.assign(arms_ctl=None, events_ctl=float("nan"), total_ctl=float("nan"),
                           timepoint_hours=rows["timepoints"] if "timepoints" in rows else None)
    if rows.empty:
        return pd.DataFrame(columns=INPUT_COLUMNS)
    studies = tables["studies"]
    ids = py_values(studies["study_id"].astype(str))
    # One dict per column (a Series lookup per row cost seconds at 20k studies).
    label, cls, design = ({i: _text(v) for i, v in zip(ids, py_values(studies[c]), strict=True)}
                          for c in ("label" if "label" in studies else "title", "comparator_class", "design"))
    sids = py_values(rows["study_id"].astype(str))
    out = rows.reset_index(drop=True)
    out["study_label"] = [label.get(s) or s for s in sids]
    out["comparator_class"] = [cls.get(s) for s in sids]
    out["design"] = [design.get(s) for s in sids]
    return out[INPUT_COLUMNS].sort_values(["group", "window", "study_id"], kind="stable").reset_index(drop=True)


def _text(v: object) -> str | None:
    return None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else str(v)
