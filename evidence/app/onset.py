"""Onset tab: earliest reported effect per study arm by route, log time axis, every point hoverable."""

from __future__ import annotations

import streamlit as st

from evidence.app.data import Analysed, cached
from evidence.app.tables import capped_table
from evidence.charts.onset import onset_figure


def render(a: Analysed) -> None:
    """Draw the onset chart, its per-route statistics and the points with their quoted spans."""
    st.caption("Each point is one study arm's earliest reported antidepressant effect (hover for the study and the "
               "quoted text). Reviews are marked by design; uncertain values by their confidence.")
    points = a.onset
    st.plotly_chart(cached("fig:onset", a.key, lambda: onset_figure(points)), key="onset_chart", width="stretch")
    if len(a.onset_stats):
        st.dataframe(a.onset_stats.rename(columns={"group": "route"}), key="onset_stats", hide_index=True,
                     width="stretch")
    if len(a.onset):
        cols = ["study_id", "route", "drug", "hours", "timepoint_text", "definition", "design", "verification",
                "provenance", "source_url"]
        capped_table(a.onset[cols], "onset_points", "onset_points.csv", "onset points")
