"""Per-study estimates and pooled rows for forest plots, and the controlled risk-ratio table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from evidence import vocab
from evidence.analysis.comparisons import PAIR_COLUMNS, controlled_pairs
from evidence.analysis.groups import group_order, row_groups
from evidence.analysis.pooling import pool_rows, study_ci
from evidence.analysis.prepared import memo, memo_by_study
from evidence.analysis.rates import arm_events, py_values, study_rates
from evidence.analysis.windows import get_window

OUTCOMES: tuple[str, ...] = vocab.OUTCOMES

_ARM_SOURCES = ("efficacy", "arms")  # the tables arm_events reads besides studies
FOREST_COLUMNS: list[str] = [
    "by", "group", "outcome", "window", "row_type", "study_id", "label", "timepoint_hours", "events", "total",
    "events_ctl", "total_ctl", "estimate", "ci_low", "ci_high", "k", "i2", "tau2", "pi_low", "pi_high", "note",
    "derived", "scale", "provenance", "source_url",
]


def split_outcome(outcome: str) -> tuple[str, str]:
    """'response' -> ('response', 'PLO'); 'response_rr' -> ('response', 'RR')."""
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}; use one of {list(OUTCOMES)}")
    if outcome.endswith("_rr"):
        return outcome[:-3], "RR"
    return outcome, "PLO"


def grouped_arms(tables: Mapping[str, pd.DataFrame], measure: str, by: str) -> pd.DataFrame:
    """rates.arm_events with a `group` column (groups.row_groups), once per prepared selection; empty (and then
    without a group column) when there is no arm row."""
    def build(t: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
        arms = arm_events(t, measure)
        return arms if arms.empty else row_groups(arms, t["studies"], by)

    return memo_by_study(tables, ("grouped_arms", measure, by), build, _ARM_SOURCES)


def study_level(tables: Mapping[str, pd.DataFrame], outcome: str, by: str = "route") -> pd.DataFrame:
    """Study-level inputs of every window: single-arm rates (PLO) or controlled pairs (RR), with a group column."""
    measure, kind = split_outcome(outcome)

    def build(t: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
        arms = grouped_arms(t, measure, by)
        return pd.DataFrame(columns=PAIR_COLUMNS) if arms.empty else study_level_from_arms(arms, kind)

    return memo_by_study(tables, ("study_level", outcome, by), build, _ARM_SOURCES)


def study_level_from_arms(grouped_arms: pd.DataFrame, kind: str) -> pd.DataFrame:
    """study_level() on arm rows already read (rates.arm_events) and grouped (groups.row_groups)."""
    return controlled_pairs(grouped_arms) if kind == "RR" else study_rates(grouped_arms)


def _comparator_classes(studies: pd.DataFrame) -> dict[str, str]:
    return dict(zip(py_values(studies["study_id"].astype(str)), py_values(studies["comparator_class"].astype(str)),
                    strict=True))


def controlled_rr(tables: Mapping[str, pd.DataFrame], measure: str = "response", window: str | None = None,
                  by: str = "route") -> pd.DataFrame:
    """Ketamine vs comparator per study (same window, same timepoint): counts, RR with 95% CI, comparator class."""
    pairs = study_level(tables, f"{measure}_rr", by)
    if window is not None:
        get_window(window)
        pairs = pairs[pairs["window"] == window]
    pairs = pairs.reset_index(drop=True)
    ci = study_ci(pairs, "RR")
    out = pd.concat([pairs, ci.rename(columns={"estimate": "rr"})[["rr", "ci_low", "ci_high"]]], axis=1)
    cls = memo(tables, ("comparator_classes",), lambda: _comparator_classes(tables["studies"]))
    out["comparator_class"] = [cls.get(s, "unknown") for s in py_values(out["study_id"])]
    return out


_STUDY_FIELDS = ("study_id", "arms", "arms_ctl", "events", "total", "events_ctl", "total_ctl", "derived",
                 "provenance", "source_url")


def forest_rows(tables: Mapping[str, pd.DataFrame], outcome: str = "response", window: str = "24h",
                by: str = "route", method: str = "DL") -> pd.DataFrame:
    """Forest-plot rows: each study's estimate and 95% CI, then one pooled row per group (k, I², tau², PI)."""
    _, kind = split_outcome(outcome)
    get_window(window)
    rows = study_level(tables, outcome, by)
    rows = rows[rows["window"] == window]
    if rows.empty:
        return pd.DataFrame([], columns=FOREST_COLUMNS)
    scale = "risk_ratio" if kind == "RR" else "proportion"
    nan = float("nan")
    # Built column by column (one list per column, the values a row-dict per study would hold; NaN where such a
    # dict would lack the key): a dict per study cost more than the analysis at 100k studies.
    out: dict[str, list[object]] = {c: [] for c in FOREST_COLUMNS}
    for group in group_order(by, list(rows["group"].unique())):
        g = rows[rows["group"] == group].reset_index(drop=True)
        n = len(g)
        ci = study_ci(g, kind)
        col = {c: (py_values(g[c]) if c in g.columns else [None] * n) for c in _STUDY_FIELDS}
        derived = [bool(d) for d in col["derived"]]
        sids = col["study_id"]
        labels = sids if kind == "PLO" else [f"{sid} ({a} vs {b})" for sid, a, b in zip(
            sids, col["arms"], col["arms_ctl"], strict=True)]
        tp = py_values(g["timepoint_hours"] if "timepoint_hours" in g.columns else g["timepoints"])
        pooled = pool_rows(g, kind, method)
        study_part: dict[str, Sequence[object]] = {
            "by": [by] * n, "group": [group] * n, "outcome": [outcome] * n, "window": [window] * n,
            "row_type": ["study"] * n, "study_id": sids, "label": labels, "timepoint_hours": tp,
            "events": col["events"], "total": col["total"], "events_ctl": col["events_ctl"],
            "total_ctl": col["total_ctl"], "estimate": ci["estimate"].tolist(), "ci_low": ci["ci_low"].tolist(),
            "ci_high": ci["ci_high"].tolist(), "k": [1] * n, "i2": [nan] * n, "tau2": [nan] * n,
            "pi_low": [nan] * n, "pi_high": [nan] * n,
            "note": ["derived from percent" if d else "" for d in derived], "derived": derived,
            "scale": [scale] * n, "provenance": col["provenance"], "source_url": col["source_url"],
        }
        pooled_row: dict[str, object] = {
            "by": by, "group": group, "outcome": outcome, "window": window, "row_type": "pooled",
            "study_id": None, "label": f"Pooled {group} ({method}, k={pooled['k']})", "timepoint_hours": nan,
            "events": g["events"].sum(), "total": g["total"].sum(),
            "events_ctl": g["events_ctl"].sum() if kind == "RR" else None,
            "total_ctl": g["total_ctl"].sum() if kind == "RR" else None, "derived": bool(g["derived"].any()),
            "scale": scale, **pooled, "provenance": None, "source_url": None,
        }
        for c in FOREST_COLUMNS:
            out[c].extend(study_part[c])
            out[c].append(pooled_row[c])
    return pd.DataFrame(out, columns=FOREST_COLUMNS)
