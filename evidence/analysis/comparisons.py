"""Controlled comparisons: ketamine arm(s) vs the comparator arm(s) of the same study at the same timepoint."""

from __future__ import annotations

import numpy as np
import pandas as pd

from evidence.analysis.groups import STUDIED_FORMS
from evidence.analysis.rates import group_codes, join_groups, py_values
from evidence.analysis.windows import NO_WINDOW, WINDOWS

_ANCHOR = {w.key: w.anchor_hours for w in WINDOWS}

PAIR_COLUMNS: list[str] = [
    "group", "window", "study_id", "timepoint_hours", "events", "total", "events_ctl", "total_ctl", "arms",
    "arms_ctl", "derived", "provenance", "source_url", "source_tier", "verification",
]


def _side(rows: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Arms of one side summed per keys (arms of a study are different people), with their labels and sources."""
    gb = rows.groupby(keys, sort=False)
    agg = gb.agg(events=("events", "sum"), total=("total", "sum"), derived=("derived", "any"))
    codes = group_codes(gb)
    for col, src in (("arms", "arm_label"), ("provenance", "provenance"), ("source_url", "source_url"),
                     ("source_tier", "source_tier"), ("verification", "verification")):
        agg[col] = join_groups(codes, rows[src], len(agg), "; ")
    return agg.reset_index()


def _join_two(left: pd.Series, right: pd.Series, sep: str, distinct: bool) -> list[str]:
    """Both sides' non-empty texts joined (once when `distinct` and equal), column-wise for all-text columns."""
    a, b = py_values(left), py_values(right)
    if not all(isinstance(x, str) for x in (*a, *b)):  # NA somewhere: the per-pair rule
        return [sep.join(dict.fromkeys(x for x in (u, v) if x) if distinct else [x for x in (u, v) if x])
                for u, v in zip(a, b, strict=True)]
    x, y = np.array(a + [""], dtype=object)[:-1], np.array(b + [""], dtype=object)[:-1]
    both = (x != "") & (y != "")
    if distinct:
        both &= x != y
    return np.where(both, x + sep + y, np.where(x != "", x, y)).tolist()


def controlled_pairs(arm_rows: pd.DataFrame) -> pd.DataFrame:
    """Per (group, window, study): experimental ketamine-form arms vs comparator arms, summed, at one timepoint.

    The timepoint is one both sides report, the nearest the window's anchor (the earlier on a tie). Needs a
    `group` column on the experimental rows (comparator rows are matched by study, whatever their route or drug).
    """
    ok = arm_rows[arm_rows["poolable"] & (arm_rows["window"] != NO_WINDOW)]
    exp = ok[(ok["role"] == "experimental") & ok["drug"].isin(STUDIED_FORMS)]
    ctl = ok[ok["role"] == "comparator"].drop_duplicates(["study_id", "arm_key", "timepoint_hours"])
    if exp.empty or ctl.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    tp_keys = ["window", "study_id", "timepoint_hours"]
    e = _side(exp, ["group", *tp_keys])
    c = _side(ctl, tp_keys)
    m = e.merge(c, on=tp_keys, suffixes=("", "_ctl"))
    if m.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    m["_dist"] = (m["timepoint_hours"] - m["window"].map(_ANCHOR)).abs()
    m = m.sort_values(["group", "window", "study_id", "_dist", "timepoint_hours"], kind="stable")
    m = m.drop_duplicates(["group", "window", "study_id"], keep="first")
    m["derived"] = m["derived"] | m["derived_ctl"]
    m["provenance"] = _join_two(m["provenance"], m["provenance_ctl"], " | ", distinct=False)
    m["source_url"] = _join_two(m["source_url"], m["source_url_ctl"], " ", distinct=True)
    for col in ("source_tier", "verification"):
        m[col] = _join_two(m[col], m[f"{col}_ctl"], "; ", distinct=True)
    for col in ("events", "total", "events_ctl", "total_ctl"):
        m[col] = m[col].astype(float)
    return m[PAIR_COLUMNS].reset_index(drop=True)
