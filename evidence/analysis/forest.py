"""Per-study estimates and pooled rows for forest plots, and the controlled risk-ratio table."""

from __future__ import annotations

import pandas as pd

from evidence.analysis.comparisons import PAIR_COLUMNS, controlled_pairs
from evidence.analysis.groups import group_order, row_groups
from evidence.analysis.pooling import pool_rows, study_ci
from evidence.analysis.rates import RATE_MEASURES, arm_events, py_values, study_rates
from evidence.analysis.windows import get_window

OUTCOMES: tuple[str, ...] = (*RATE_MEASURES, *(f"{m}_rr" for m in RATE_MEASURES))

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


def study_level(tables: dict[str, pd.DataFrame], outcome: str, by: str = "route") -> pd.DataFrame:
    """Study-level inputs of every window: single-arm rates (PLO) or controlled pairs (RR), with a group column."""
    measure, kind = split_outcome(outcome)
    arms = arm_events(tables, measure)
    if arms.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    return study_level_from_arms(row_groups(arms, tables["studies"], by), kind)


def study_level_from_arms(grouped_arms: pd.DataFrame, kind: str) -> pd.DataFrame:
    """study_level() on arm rows already read (rates.arm_events) and grouped (groups.row_groups)."""
    return controlled_pairs(grouped_arms) if kind == "RR" else study_rates(grouped_arms)


def controlled_rr(tables: dict[str, pd.DataFrame], measure: str = "response", window: str | None = None,
                  by: str = "route") -> pd.DataFrame:
    """Ketamine vs comparator per study (same window, same timepoint): counts, RR with 95% CI, comparator class."""
    pairs = study_level(tables, f"{measure}_rr", by)
    if window is not None:
        get_window(window)
        pairs = pairs[pairs["window"] == window]
    pairs = pairs.reset_index(drop=True)
    ci = study_ci(pairs, "RR")
    out = pd.concat([pairs, ci.rename(columns={"estimate": "rr"})[["rr", "ci_low", "ci_high"]]], axis=1)
    cls = dict(zip(tables["studies"]["study_id"].astype(str), tables["studies"]["comparator_class"].astype(str),
                   strict=True))
    out["comparator_class"] = [cls.get(s, "unknown") for s in out["study_id"]]
    return out


def forest_rows(tables: dict[str, pd.DataFrame], outcome: str = "response", window: str = "24h",
                by: str = "route", method: str = "DL") -> pd.DataFrame:
    """Forest-plot rows: each study's estimate and 95% CI, then one pooled row per group (k, I², tau², PI)."""
    _, kind = split_outcome(outcome)
    get_window(window)
    rows = study_level(tables, outcome, by)
    rows = rows[rows["window"] == window]
    out: list[dict[str, object]] = []
    scale = "risk_ratio" if kind == "RR" else "proportion"
    for group in group_order(by, list(rows["group"].unique())):
        g = rows[rows["group"] == group].reset_index(drop=True)
        ci = study_ci(g, kind)
        # Column lists instead of iterrows (which builds a Series per study): same values, one pass.
        col = {c: (py_values(g[c]) if c in g.columns else [None] * len(g)) for c in (
            "study_id", "arms", "arms_ctl", "events", "total", "events_ctl", "total_ctl", "derived", "provenance",
            "source_url")}
        est, lo, hi = (ci[c].to_numpy() for c in ("estimate", "ci_low", "ci_high"))
        tp = py_values(g["timepoint_hours"] if "timepoint_hours" in g.columns else g["timepoints"])
        for i, sid in enumerate(col["study_id"]):
            derived = col["derived"][i]
            label = sid if kind == "PLO" else f"{sid} ({col['arms'][i]} vs {col['arms_ctl'][i]})"
            out.append({
                "by": by, "group": group, "outcome": outcome, "window": window, "row_type": "study",
                "study_id": sid, "label": label, "timepoint_hours": tp[i],
                "events": col["events"][i], "total": col["total"][i], "events_ctl": col["events_ctl"][i],
                "total_ctl": col["total_ctl"][i], "estimate": est[i], "ci_low": lo[i], "ci_high": hi[i], "k": 1,
                "derived": bool(derived), "scale": scale,
                "note": "derived from percent" if derived else "", "provenance": col["provenance"][i],
                "source_url": col["source_url"][i],
            })
        pooled = pool_rows(g, kind, method)
        out.append({
            "by": by, "group": group, "outcome": outcome, "window": window, "row_type": "pooled",
            "study_id": None, "label": f"Pooled {group} ({method}, k={pooled['k']})", "events": g["events"].sum(),
            "total": g["total"].sum(), "events_ctl": g["events_ctl"].sum() if kind == "RR" else None,
            "total_ctl": g["total_ctl"].sum() if kind == "RR" else None, "derived": bool(g["derived"].any()),
            "scale": scale, **pooled, "provenance": None, "source_url": None,
        })
    return pd.DataFrame(out, columns=FOREST_COLUMNS)
