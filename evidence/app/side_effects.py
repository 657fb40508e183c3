"""Side-effects tab: route x category incidence heatmap, bars per category, serious events apart."""

from __future__ import annotations

import streamlit as st

from evidence.app.data import Analysed, cached
from evidence.app.tables import MAX_TABLE_ROWS, capped_table
from evidence.charts.adverse import ae_bars, ae_heatmap

AE_ROW_COLUMNS = ["study_id", "arm_label", "route", "drug", "term", "category", "serious", "n_affected", "n_at_risk",
                  "percent", "verification", "provenance", "source_url", "notes"]


def render(a: Analysed) -> None:
    """Draw the AE charts and the rows behind them."""
    st.caption("Incidence in ketamine-form arms: pooled (random effects, logit) when at least one study gives "
               "events and a denominator; hover for events / at risk, k and the 95% CI.")
    inc, serious = a.ae, a.ae_serious
    st.plotly_chart(cached("fig:ae_heatmap", a.key, lambda: ae_heatmap(inc)), key="ae_heatmap", width="stretch")
    st.plotly_chart(cached("fig:ae_bars", a.key, lambda: ae_bars(inc)), key="ae_bars", width="stretch")
    st.subheader("Serious adverse events")
    if len(serious) and (serious["total"].fillna(0) > 0).any():
        fig = cached("fig:ae_serious", a.key, lambda: ae_bars(serious, "Serious adverse events per category"))
        st.plotly_chart(fig, key="ae_serious", width="stretch")
        st.dataframe(serious, key="ae_serious_table", hide_index=True, width="stretch")
    else:
        st.info("No serious adverse event with a count and a denominator in this selection.")
    sel = a.tables
    total = sel.count("adverse_events")  # counted and shown without cutting the 700k-row table at 100k studies
    if total:
        st.caption("Every adverse-event row of the selection, as reported, with its source and confidence.")
        capped_table(sel.head("adverse_events", MAX_TABLE_ROWS)[AE_ROW_COLUMNS], "ae_rows", "adverse_event_rows.csv",
                     "adverse-event rows", total=total, full=lambda: sel["adverse_events"][AE_ROW_COLUMNS])
