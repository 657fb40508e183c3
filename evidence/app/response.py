"""Response tab: forest plot per route, rates by time window, controlled comparisons as risk ratios.

Every outcome type is its own selectable outcome (depression response and remission, suicidal-ideation response and
resolution, early improvement, response at any visit, relapse), pooled alone and shown with its definition. The
rows under the plot are analysis.pool_inputs, the very rows each pooled number uses.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from evidence.analysis import WINDOWS
from evidence.app import data
from evidence.app.state import FOREST_OUTCOMES
from evidence.app.tables import capped_table, number_config
from evidence.charts import labels as L
from evidence.charts.forest import LEGEND, MAX_STUDIES_PER_GROUP, drawn_rows, forest_figure, leave_one_out
from evidence.charts.response import comparator_pooled, comparator_rr_figure, rates_by_window
from evidence.vocab import MEASURE_DEFINITIONS

WINDOW_LABELS = {w.key: w.label for w in WINDOWS}
RR_COLUMNS = ["group", "window", "study_label", "timepoint_hours", "events", "total", "events_ctl", "total_ctl", "rr",
              "ci_low", "ci_high", "comparator_class", "arms", "arms_ctl", "derived", "provenance", "source_url",
              "study_id"]
POOLED_COLUMNS = ["group", "k", "estimate", "ci_low", "ci_high", "pi_low", "pi_high", "i2", "tau2", "note"]
INPUT_SHOWN = ["group", "study_label", "events", "total", "events_ctl", "total_ctl", "timepoint_hours", "arms",
               "arms_ctl", "design", "comparator_class", "source_tier", "verification", "derived", "source_url",
               "study_id"]


def measure_of(outcome: str) -> str:
    """'response_rr' -> 'response'."""
    return outcome[:-3] if outcome.endswith("_rr") else outcome


def outcome_label(outcome: str) -> str:
    """'si_response_rr' -> 'suicidal-ideation response: risk ratio vs comparator'."""
    m = L.MEASURE_LABELS.get(measure_of(outcome), measure_of(outcome))
    return f"{m}: risk ratio vs comparator" if outcome.endswith("_rr") else f"{m}: % of patients"


def unpooled_notes(arm_rows: pd.DataFrame, window: str, ratio: bool, names: Mapping[str, str],
                   what: str) -> list[str]:
    """One sentence per route about the rows that are counted but not pooled: reported in this window without a
    usable denominator, or reported without a timepoint (so in no window)."""
    if arm_rows.empty:
        return []
    rows = arm_rows[~arm_rows["poolable"].astype(bool) | (arm_rows["window"] == "no_timepoint")]
    if not ratio:
        rows = rows[rows["role"] == "experimental"]
    out = []
    when = WINDOW_LABELS.get(window, window)
    for route in [r for r in L.ROUTE_LABELS if r in set(rows["route"])]:
        g = rows[rows["route"] == route]
        here = g[(g["window"] == window) & ~g["poolable"].astype(bool)]
        untimed = g[g["window"] == "no_timepoint"]
        for part, text in ((here, f"{what} at {when} without a usable denominator ({{reasons}})"),
                           (untimed, f"{what} without a timepoint, so in no time window")):
            if part.empty:
                continue
            ids = list(dict.fromkeys(part["study_id"].astype(str)))
            reasons = ", ".join(dict.fromkeys(str(x) for x in part["reason"] if x)) or "no denominator"
            n = len(ids)
            kind = "study" if n == 1 else "studies"
            lead = (f"{n} {kind} with no route reported" if route == "unspecified"
                    else f"{n} {L.ROUTE_SHORT.get(route, route)} {kind}")
            verb = "reports" if n == 1 else "report"
            out.append(f"{lead} {verb} {text.format(reasons=reasons)}, counted but not pooled: "
                       + "; ".join(names.get(i, i) for i in ids) + ".")
    return out


def pooled_table(rows: pd.DataFrame, ratio: bool, inputs: pd.DataFrame | None = None) -> pd.DataFrame:
    """The pooled rows in words: route, k, the patients and events behind them (summed from analysis.pool_inputs,
    the rows that were pooled), estimate with CI and prediction interval, heterogeneity, note."""
    pooled = rows[rows["row_type"] == "pooled"][POOLED_COLUMNS].copy()
    if inputs is not None and len(inputs):
        sums = inputs.groupby("group")[["events", "total", "events_ctl", "total_ctl"]].sum(min_count=1)
        cols = ["events", "total"] + (["events_ctl", "total_ctl"] if ratio else [])
        pooled = pooled.join(sums[cols], on="group")
        pooled = pooled[["group", "k", *cols, *[c for c in POOLED_COLUMNS if c not in ("group", "k")]]]
    pooled["note"] = [("single study: its own estimate, not pooled" if int(k) == 1 else str(n or ""))
                      for k, n in zip(pooled["k"], pooled["note"], strict=True)]
    if not ratio:
        for c in ("estimate", "ci_low", "ci_high", "pi_low", "pi_high"):
            pooled[c] = pooled[c].astype(float) * 100
    return pooled.rename(columns={"estimate": "rr" if ratio else "estimate"})


def render(a: data.Analysed, view: dict[str, str]) -> None:
    """Draw the response views; `view` holds (and receives) the outcome/window/method choices kept in the URL."""
    for k in ("outcome", "window", "method"):  # first visit: the URL's choice (later: the widget's, or Back's)
        if k not in st.session_state:
            st.session_state[k] = view[k]
    outcome = st.selectbox("Outcome", FOREST_OUTCOMES, format_func=outcome_label, key="outcome",
                           help="Each outcome type is pooled on its own: suicidal-ideation outcomes, early "
                                "improvement and relapse are never mixed with depression response or remission.")
    c2, c3 = st.columns(2)
    windows = list(WINDOW_LABELS)
    window = c2.selectbox("Time after the first dose", windows, format_func=WINDOW_LABELS.__getitem__, key="window",
                          help="Each arm contributes the visit nearest the window's anchor; one visit lands in "
                               "one window.")
    method = c3.radio("Between-study variance", ("DL", "REML"), key="method", horizontal=True,
                      help="DerSimonian–Laird (default) or REML, as in R metafor")
    view.update(outcome=outcome, window=window, method=method)
    measure, ratio = measure_of(outcome), outcome.endswith("_rr")
    st.caption(f"Definition: {MEASURE_DEFINITIONS.get(measure, measure)}."
               + (" Risk ratio: the ketamine arm's rate divided by the same study's comparator arm's rate at the "
                  "same visit." if ratio else " Rate: patients with the outcome among those in ketamine arms."))
    rows = a.forest(outcome, window)
    inputs = a.inputs(outcome, window)
    names, crossover = a.names, a.crossover
    title = (f"{outcome_label(outcome).capitalize()}<br><sup>{WINDOW_LABELS[window]} after the first dose · random "
             f"effects ({method})</sup>")
    notes = unpooled_notes(a.arm_rows(measure), window, ratio, names, L.MEASURE_LABELS.get(measure, measure))
    elsewhere = a.inputs(outcome, None)
    other = elsewhere[elsewhere["window"] != window] if len(elsewhere) else elsewhere
    empty = ("Nothing to pool here: the studies below report this outcome without a usable denominator."
             if notes else "No study in this selection reports this outcome in this time window.")
    fig = data.cached("fig:forest", (*a.key, outcome, window, method), lambda: forest_figure(
        rows, "Forest plot: " + title, names=names, crossover=crossover, grades=inputs, empty_message=empty))
    st.plotly_chart(fig, key="forest", width="stretch")
    if len(rows):
        st.caption(LEGEND)
    for note in notes:
        st.caption(note)
    if rows.empty and len(other):
        counts = {str(w): int(n) for w, n in other.groupby("window")["study_id"].nunique().items()}
        st.caption("Pooled in other time windows: " + "; ".join(
            f"{WINDOW_LABELS.get(w, w)} ({n} {'study' if n == 1 else 'studies'})"
            for w, n in sorted(counts.items(), key=lambda x: list(WINDOW_LABELS).index(x[0])
                               if x[0] in WINDOW_LABELS else 99)) + ". Choose one above.")
    if len(rows):
        _, shown, total = data.cached("forest:drawn", (*a.key, outcome, window), lambda: drawn_rows(
            rows[rows["estimate"].notna()], MAX_STUDIES_PER_GROUP))
        if shown < total:
            st.caption(f"Showing {shown:,} of {total:,} studies in the plot: per route the {MAX_STUDIES_PER_GROUP} "
                       "with the most weight (narrowest CI). Every pooled diamond and number uses all studies; all "
                       "rows are in the study rows below and their CSV download.")
        if any(str(s) in crossover for s in rows["study_id"].dropna()):
            st.caption("Crossover trials (open squares, '· crossover') give every patient both treatments; their "
                       "first-period data are used where reported. The sidebar can exclude them.")
        st.caption("Pooled per route: events and n are the sums of the study rows below (exactly what was pooled). "
                   "k < 3: imprecise; with k = 1 the 'pooled' value is the single study's own estimate. Dotted line: "
                   "95% prediction interval (k ≥ 3).")
        st.dataframe(L.readable(pooled_table(rows, ratio, inputs)), key="forest_pooled", hide_index=True,
                     width="stretch", placeholder="", column_config=number_config(ratio))
        if st.toggle("Leave-one-out sensitivity (re-pool each route without each study; routes with k ≥ 3)",
                     key="loo"):
            loo = data.cached("table:loo", (*a.key, outcome, window, method), lambda: leave_one_out(rows, method))
            if len(loo):
                loo = loo.assign(left_out=[names.get(str(s), s) for s in loo["left_out"]])
                if not ratio:
                    loo = loo.assign(**{c: loo[c].astype(float) * 100 for c in ("estimate", "ci_low", "ci_high")})
                st.dataframe(L.readable(loo), key="forest_loo", hide_index=True, width="stretch", placeholder="",
                             column_config=number_config(ratio))
            else:
                st.text("No route has 3 or more studies for this outcome and window.")
        with st.expander(f"Study rows behind the plot: exactly what was pooled ({len(inputs)} rows)"):
            st.caption("One row per study and route: the arms, events and denominators that enter each pooled "
                       "number, with the source type and verification of each value (the same rows as "
                       "`python -m evidence inputs`).")
            shown_inputs = inputs[[c for c in INPUT_SHOWN if c in inputs.columns]]
            if not ratio:
                shown_inputs = shown_inputs.drop(columns=["events_ctl", "total_ctl", "arms_ctl"])
            capped_table(shown_inputs, "forest_rows", f"pooled_inputs_{outcome}_{window}.csv", "pooled study rows",
                         full=lambda: inputs)
    if measure in ("response", "remission"):
        rates = a.rates
        st.plotly_chart(data.cached("fig:rates", a.key, lambda: rates_by_window(rates)), key="rates_by_window",
                        width="stretch")
        st.caption("Each point pools the studies that report that window, so neighbouring points can come from "
                   "different studies (no line joins them); k is printed at each point. Open markers: one study "
                   "only, not pooled.")
    st.subheader(f"Controlled comparisons: {L.MEASURE_LABELS.get(measure, measure)} (risk ratios)")
    rr = a.rr(measure)
    st.caption("Ketamine arm vs the same study's comparator at the same timepoint. Split by comparator class: "
               "midazolam is an active placebo that partly masks dissociation; saline/placebo does not, so "
               "functional unblinding can inflate placebo-controlled effects.")
    split = data.cached("table:rr_by_comparator", (*a.key, measure, window), lambda: comparator_pooled(
        rr, window, method))
    fig = data.cached("fig:rr_by_comparator", (*a.key, measure, window, method), lambda: comparator_rr_figure(
        split, f"Pooled risk ratio by comparator, {WINDOW_LABELS[window]}"))
    st.plotly_chart(fig, key="rr_by_comparator", width="stretch")
    if len(rr):
        table = rr.assign(study_label=[names.get(str(s), str(s)) for s in rr["study_id"]])
        table = table.assign(window=table["window"].map(lambda w: WINDOW_LABELS.get(w, "no timepoint")))
        capped_table(table[[c for c in RR_COLUMNS if c in table.columns]], "rr_table",
                     f"controlled_{measure}_rr.csv", "controlled comparisons", full=lambda: rr, ratio=True)
    else:
        st.info("No study in this selection reports a ketamine arm and a comparator arm at the same timepoint.")
