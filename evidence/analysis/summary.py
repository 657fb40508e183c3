"""The by-group summary table the dashboard shows and `python -m evidence summary` exports.

One tidy row per (group, outcome, window). Outcomes, in this order:
- `studies`: n_studies primary studies of a ketamine form (reviews/meta-analyses are counted apart in
  n_secondary and never pooled), participants = sum of their enrollment.
- `onset`: k onset reports; estimate = median hours, iqr_low/iqr_high = quartiles (linear interpolation, R type 7).
- `response`, `remission`: pooled single-arm proportion of experimental ketamine-form arms (random effects on
  logits) per timepoint window (windows.py).
- `response_rr`, `remission_rr`: pooled risk ratio ketamine vs comparator arm of the same study, same window.
- `ae:<category>`: incidence of an adverse-event category (pooled proportion; events/total are the raw sums).
Columns: k = studies pooled; n_studies = studies with any row for that cell (pooled or not); participants = the
pooled denominators (both arms for RR; enrollment for `studies`); study_ids = the pooled studies (for `studies`
the primary studies, for `ae:*` every study reporting the category); derived_rows = pooled rows whose events were
reconstructed from a percent; unpooled_rows = rows counted but not pooled (no denominator, no timepoint...);
window `no_timepoint` rows report arms whose timepoint is unknown (never pooled). Rows are sorted by group
(vocabulary order), outcome, window.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping

import pandas as pd

from evidence import vocab
from evidence.analysis.adverse import ae_incidence
from evidence.analysis.forest import grouped_arms, study_level
from evidence.analysis.groups import (
    STUDIED_FORMS,
    check_by,
    group_order,
    is_ketamine_study,
    is_secondary,
    study_groups,
)
from evidence.analysis.onset import onset_stats
from evidence.analysis.pooling import METHODS, pool_rows
from evidence.analysis.prepared import prepare
from evidence.analysis.rates import py_values
from evidence.analysis.windows import NO_WINDOW, WINDOW_KEYS, describe_windows, get_window

SUMMARY_COLUMNS: list[str] = [
    "by", "group", "outcome", "window", "window_label", "k", "n_studies", "n_secondary", "participants", "events",
    "total", "raw_rate", "estimate", "ci_low", "ci_high", "pi_low", "pi_high", "iqr_low", "iqr_high", "tau2", "i2",
    "q", "scale", "method", "note", "derived_rows", "unpooled_rows", "study_ids",
]
SUMMARY_OUTCOMES: tuple[str, ...] = ("studies", "onset", "response", "remission", "response_rr", "remission_rr")


def _blank(by: str, group: object, outcome: str, method: str) -> dict[str, object]:
    row: dict[str, object] = {c: None for c in SUMMARY_COLUMNS}
    row.update(by=by, group=group, outcome=outcome, method=method, window="", window_label="")
    return row


def _study_rows(tables: Mapping[str, pd.DataFrame], by: str, method: str) -> list[dict[str, object]]:
    studies = tables["studies"]
    keep = is_ketamine_study(studies)
    studies = studies.loc[keep.to_numpy().astype(bool)]
    flags = is_secondary(studies)
    sec = dict(zip(flags.index.tolist(), flags.tolist(), strict=True))  # dict lookups: Series.get costs ~10 us
    enrol = dict(zip(py_values(studies["study_id"].astype(str)), studies["enrollment"], strict=True))
    out = []
    for group, g in study_groups(studies, by).groupby("group", sort=False):
        ids = py_values(g["study_id"])
        prim = [s for s in ids if not sec.get(s, False)]
        sizes = [enrol[s] for s in prim if not pd.isna(enrol[s])]
        row = _blank(by, group, "studies", method)
        missing = len(prim) - len(sizes)
        row.update(n_studies=len(prim), n_secondary=len(ids) - len(prim),
                   participants=float(sum(sizes)) if sizes else None, scale="count", study_ids=";".join(sorted(prim)),
                   note=f"enrollment missing for {missing} study(ies)" if missing else "")
        out.append(row)
    return out


def _onset_rows(tables: Mapping[str, pd.DataFrame], by: str, method: str) -> list[dict[str, object]]:
    out = []
    for r in onset_stats(tables, by).itertuples(index=False):
        row = _blank(by, r.group, "onset", method)
        row.update(k=r.k, n_studies=r.n_studies, estimate=r.median_hours, iqr_low=r.q1_hours, iqr_high=r.q3_hours,
                   scale="hours (median, IQR)", study_ids=r.study_ids, note="")
        out.append(row)
    return out


def _rate_rows(tables: Mapping[str, pd.DataFrame], by: str, method: str, measure: str,
               kinds: tuple[str, ...] = ("PLO", "RR")) -> list[dict[str, object]]:
    """Rows of one measure: single-arm proportions, then risk ratios vs control, per group and window."""
    arms = grouped_arms(tables, measure, by)
    if arms.empty:
        return []
    exp = arms[(arms["role"] == "experimental") & arms["drug"].isin(STUDIED_FORMS)]
    out = []
    for kind, outcome in (("PLO", measure), ("RR", f"{measure}_rr")):
        if kind not in kinds:
            continue
        lvl = study_level(tables, outcome, by)
        by_cell = {key: g for key, g in lvl.groupby(["group", "window"], sort=False)}
        for (group, window), g in exp.groupby(["group", "window"], sort=False):
            s = by_cell.get((group, window), lvl.iloc[0:0])
            if kind == "RR" and (window == NO_WINDOW or s.empty):
                continue  # no comparator at a shared timepoint: the single-arm row already reports these arms
            out.append(_rate_row(by, method, outcome, kind, str(group), str(window), g, s))
    return out


def _rate_row(by: str, method: str, outcome: str, kind: str, group: str, window: str, arms: pd.DataFrame,
              s: pd.DataFrame) -> dict[str, object]:
    row = _blank(by, group, outcome, method)
    label = "timepoint not reported" if window == NO_WINDOW else get_window(window).label
    unpooled = int((~arms["poolable"]).sum()) if window != NO_WINDOW else len(arms)
    derived = int(s["derived"].sum()) if kind == "RR" else int((arms["derived"] & arms["poolable"]).sum())
    row.update(window=window, window_label=label, n_studies=int(arms["study_id"].nunique()), derived_rows=derived,
               unpooled_rows=unpooled, scale="risk_ratio" if kind == "RR" else "proportion",
               study_ids=";".join(sorted(py_values(s["study_id"]))))
    if window == NO_WINDOW:
        row.update(k=0, note="timepoint not reported: counted, not pooled")
        return row
    row.update(pool_rows(s, kind, method))
    ev, tot = float(s["events"].sum()), float(s["total"].sum())
    if kind == "RR":
        row.update(n_studies=int(s["study_id"].nunique()), events=ev, total=tot,
                   participants=tot + float(s["total_ctl"].sum()))
    else:
        row.update(events=ev, total=tot, participants=tot, raw_rate=ev / tot if tot else math.nan)
    return row


def _ae_rows(tables: Mapping[str, pd.DataFrame], by: str, method: str) -> list[dict[str, object]]:
    out = []
    for r in ae_incidence(tables, by, method).to_dict("records"):
        row = _blank(by, r["group"], f"ae:{r['category']}", method)
        row.update({k: r[k] for k in ("k", "n_studies", "events", "total", "raw_rate", "estimate", "ci_low",
                                      "ci_high", "pi_low", "pi_high", "tau2", "i2", "q", "note", "derived_rows",
                                      "unpooled_rows", "study_ids")})
        row.update(participants=r["total"], scale="proportion")
        out.append(row)
    return out


def summarise(tables: Mapping[str, pd.DataFrame], by: str = "route", method: str = "DL",
              outcomes: Collection[str] | None = None) -> pd.DataFrame:
    """The by-group summary (see module docstring for rows); pure, on already-filtered tables.

    `outcomes` (e.g. ("response", "remission"), "ae" for every ae:* row) computes only those rows, equal to the
    full summary's: a view that plots two outcomes should not pay for the other analyses.
    """
    check_by(by)
    method = method.upper()
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; use one of {list(METHODS)}")
    want = set(SUMMARY_OUTCOMES) | {"ae"} if outcomes is None else set(outcomes)
    unknown = want - set(SUMMARY_OUTCOMES) - {"ae"}
    if unknown:
        raise ValueError(f"unknown outcome(s) {sorted(unknown)}; use any of {[*SUMMARY_OUTCOMES, 'ae']}")
    t = prepare(tables)  # plain tables get a memo for this call: the rate rows read each measure's arms once
    rows = (_study_rows(t, by, method) if "studies" in want else []) + (
        _onset_rows(t, by, method) if "onset" in want else [])
    for measure in ("response", "remission"):
        kinds = tuple(k for k, o in (("PLO", measure), ("RR", f"{measure}_rr")) if o in want)
        if kinds:
            rows += _rate_rows(t, by, method, measure, kinds)
    if "ae" in want:
        rows += _ae_rows(t, by, method)
    df = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
    if df.empty:
        return df
    g_rank = {g: i for i, g in enumerate(group_order(by, list(df["group"].unique())))}
    o_rank = {o: i for i, o in enumerate(SUMMARY_OUTCOMES)}
    o_rank.update({f"ae:{c}": len(o_rank) + i for i, c in enumerate(vocab.AE_CATEGORIES)})
    w_rank = {w: i for i, w in enumerate(("", *WINDOW_KEYS, NO_WINDOW))}
    df["_g"], df["_o"], df["_w"] = df["group"].map(g_rank), df["outcome"].map(o_rank), df["window"].map(w_rank)
    df = df.sort_values(["_g", "_o", "_w"], kind="stable").drop(columns=["_g", "_o", "_w"]).reset_index(drop=True)
    for c in ("k", "n_studies", "n_secondary", "derived_rows", "unpooled_rows"):
        df[c] = pd.to_numeric(df[c]).astype("Int64")
    for c in ("participants", "events", "total", "raw_rate", "estimate", "ci_low", "ci_high", "pi_low", "pi_high",
              "iqr_low", "iqr_high", "tau2", "i2", "q"):
        df[c] = pd.to_numeric(df[c]).astype("Float64")
    return df


def header_block(manifest: Mapping[str, object], by: str, method: str,
                 filters: Mapping[str, object] | None = None) -> list[tuple[str, str]]:
    """Key/value lines that head every export: snapshot date, filters, grouping, method, windows, rules."""
    snap = manifest.get("created_at") or manifest.get("snapshot_date") or "unknown (no manifest)"
    active = [f"{k}={v}" for k, v in (filters or {}).items() if v not in (None, "", [], ())]
    filt = "; ".join(active) or "none (every study)"
    return [
        ("title", "Ketamine Evidence Dashboard — summary by " + by),
        ("snapshot", str(snap)),
        ("filters", filt),
        ("grouped_by", by),
        ("method", f"random effects, {method.upper()} tau²; logit proportions (PLO) for single-arm rates, log risk "
                   "ratios (RR) vs the same study's comparator; 0.5 added only to studies with a zero cell; "
                   "95% CI (z); k<3 imprecise; k=1 is the single study's own estimate"),
        ("windows", describe_windows()),
        ("rules", "only experimental ketamine-form arms of primary studies; reviews/meta-analyses never pooled; "
                  "events reconstructed from percent x n are flagged derived_rows; rows without a denominator "
                  "are counted in unpooled_rows, never pooled"),
    ]
