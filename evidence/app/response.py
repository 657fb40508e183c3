"""Response tab: forest plot per route, rates by time window, controlled comparisons as risk ratios."""

from __future__ import annotations

import streamlit as st

from evidence.analysis import WINDOWS
from evidence.app import data
from evidence.app.state import FOREST_OUTCOMES
from evidence.app.tables import capped_table
from evidence.charts.forest import MAX_STUDIES_PER_GROUP, drawn_rows, forest_figure, leave_one_out
from evidence.charts.response import comparator_pooled, comparator_rr_figure, rates_by_window

OUTCOME_LABELS = {"response": "response rate", "remission": "remission rate",
                  "response_rr": "response: risk ratio vs comparator",
                  "remission_rr": "remission: risk ratio vs comparator"}
WINDOW_LABELS = {w.key: w.label for w in WINDOWS}
RR_COLUMNS = ["group", "window", "study_id", "timepoint_hours", "events", "total", "events_ctl", "total_ctl", "rr",
              "ci_low", "ci_high", "comparator_class", "arms", "arms_ctl", "derived", "provenance", "source_url"]
def render(a: data.Analysed, view: dict[str, str]) -> None:
    """Draw the response views; `view` holds (and receives) the outcome/window/method choices kept in the URL."""
    c1, c2, c3 = st.columns(3)
    outcome = c1.selectbox("Outcome", FOREST_OUTCOMES, index=FOREST_OUTCOMES.index(view["outcome"]),
                           format_func=OUTCOME_LABELS.get, key="outcome")
    windows = list(WINDOW_LABELS)
    window = c2.selectbox("Time window", windows, index=windows.index(view["window"]),
                          format_func=WINDOW_LABELS.get, key="window")
    method = c3.radio("Between-study variance", ("DL", "REML"), index=("DL", "REML").index(view["method"]),
                      key="method", horizontal=True, help="DerSimonian–Laird (default) or REML, as in R metafor")
    view.update(outcome=outcome, window=window, method=method)
    rows = a.forest(outcome, window)
    title = f"Forest plot: {OUTCOME_LABELS[outcome]}, {WINDOW_LABELS[window]} (random effects, {method})"
    st.plotly_chart(data.cached("fig:forest", (*a.key, outcome, window, method), lambda: forest_figure(rows, title)),
                    key="forest", width="stretch")
    if len(rows):
        _, shown, total = data.cached("forest:drawn", (*a.key, outcome, window), lambda: drawn_rows(
            rows[rows["estimate"].notna()], MAX_STUDIES_PER_GROUP))
        if shown < total:
            st.caption(f"Showing {shown:,} of {total:,} studies in the plot: per route the {MAX_STUDIES_PER_GROUP} "
                       "with the most weight (narrowest CI). Every pooled diamond and number uses all studies; all "
                       "rows are in the study rows below and their CSV download.")
        pooled = rows[rows["row_type"] == "pooled"][["group", "k", "estimate", "ci_low", "ci_high", "pi_low",
                                                     "pi_high", "tau2", "i2", "note"]]
        st.caption("Pooled per route. k < 3: imprecise; k = 1 is the single study's own estimate. Dotted line: "
                   "95% prediction interval (k ≥ 3).")
        st.dataframe(pooled.rename(columns={"group": "route"}), key="forest_pooled", hide_index=True,
                     width="stretch")
        if st.toggle("Leave-one-out sensitivity (re-pool each route without each study; routes with k ≥ 3)",
                     key="loo"):
            loo = data.cached("table:loo", (*a.key, outcome, window, method), lambda: leave_one_out(rows, method))
            if len(loo):
                st.dataframe(loo.rename(columns={"group": "route"}), key="forest_loo", hide_index=True,
                             width="stretch")
            else:
                st.text("No route has 3 or more studies for this outcome and window.")
        with st.expander("Study rows behind the plot (with provenance)"):
            capped_table(rows, "forest_rows", f"forest_{outcome}_{window}.csv", "forest rows")
    rates = a.rates
    st.plotly_chart(data.cached("fig:rates", a.key, lambda: rates_by_window(rates)), key="rates_by_window",
                    width="stretch")
    st.subheader("Controlled comparisons (risk ratios)")
    rr = a.rr_response if not outcome.startswith("remission") else a.rr_remission
    st.caption("Ketamine arm vs the same study's comparator at the same timepoint. Split by comparator class: "
               "midazolam is an active placebo that partly masks dissociation; saline/placebo does not, so "
               "functional unblinding can inflate placebo-controlled effects.")
    split = data.cached("table:rr_by_comparator", (*a.key, outcome, window), lambda: comparator_pooled(
        rr, window, method))
    fig = data.cached("fig:rr_by_comparator", (*a.key, outcome, window, method), lambda: comparator_rr_figure(
        split, f"Pooled risk ratio by comparator, {WINDOW_LABELS[window]}"))
    st.plotly_chart(fig, key="rr_by_comparator", width="stretch")
    if len(rr):
        measure = "remission" if outcome.startswith("remission") else "response"
        capped_table(rr[[c for c in RR_COLUMNS if c in rr.columns]], "rr_table", f"controlled_{measure}_rr.csv",
                     "controlled comparisons")
    else:
        st.info("No study in this selection reports a ketamine arm and a comparator arm at the same timepoint.")
