"""Onset tab: earliest reported effect per study arm by route, log time axis, every point hoverable."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from evidence.app.data import Analysed, cached
from evidence.app.tables import capped_table, show_table
from evidence.charts.onset import BOX_MIN, drawn_points, onset_figure

COLUMNS = ["study_label", "route", "drug", "hours", "timepoint_text", "definition", "design", "source_tier",
           "verification", "provenance", "source_url", "read_from", "study_id"]


def with_sources(points: pd.DataFrame, efficacy: pd.DataFrame) -> pd.DataFrame:
    """The onset points with the source type and the copy read of their efficacy row (matched on study and quote)."""
    if points.empty:
        return points.assign(source_tier=None, read_from=None)
    on = efficacy[efficacy["measure"] == "onset"][["study_id", "provenance", "source_tier", "read_from"]]
    on = on.astype(object).drop_duplicates(["study_id", "provenance"])
    return points.astype({"study_id": object, "provenance": object}).merge(on, on=["study_id", "provenance"],
                                                                            how="left")


def render(a: Analysed) -> None:
    """Draw the onset chart, its per-route statistics and the points with their quoted spans."""
    points = cached("table:onset_sources", a.key[:3], lambda: with_sources(a.onset, a.tables["efficacy"]))
    shown = drawn_points(points)
    reviews = int(points["is_secondary"].astype(bool).sum()) if len(points) else 0
    st.caption("Each dot is one ketamine arm's earliest reported antidepressant effect in a primary study (hover for "
               f"the study, the quoted text and its source). A box (median, IQR) is drawn only for routes with at "
               f"least {BOX_MIN} values. Ringed: values a curator did not verify in the source."
               + (f" {reviews} onset values from reviews are not drawn (listed at the bottom)." if reviews else ""))
    st.caption("Read with care: the earliest effect a trial can report is its first rating visit. A trial that "
               "first rated at 24 h cannot show a 2-hour onset, so routes studied with later first visits look "
               "slower than they may be.")
    names = a.names
    st.plotly_chart(cached("fig:onset", a.key, lambda: onset_figure(points, names)), key="onset_chart",
                    width="stretch")
    if len(a.onset_stats):
        st.caption("Per route, the same values as the dots (primary studies, ketamine arms).")
        show_table(a.onset_stats.drop(columns=["study_ids"]).rename(columns={"k": "values"}), "onset_stats")
    if len(shown):
        table = shown.assign(study_label=[names.get(str(s), str(s)) for s in shown["study_id"]])
        capped_table(table[COLUMNS], "onset_points", "onset_points.csv", "onset values")
    if reviews:
        with st.expander(f"Onset values reported by reviews ({reviews}, not drawn)"):
            rev = points[points["is_secondary"].astype(bool)]
            show_table(rev.assign(study_label=[names.get(str(s), str(s)) for s in rev["study_id"]]),
                       "onset_reviews", columns=COLUMNS)
