"""Overview tab: headline numbers for the current filter, studies by route and year, evidence-type mix."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from evidence.app.data import Analysed, cached
from evidence.charts import overview as charts

RANDOMISED = ("rct", "crossover_rct")


def headline(a: Analysed) -> dict[str, object]:
    """The numbers shown as metrics (pure, so a test can recompute them)."""
    s = a.tables["studies"]
    primary = s[~s["is_secondary"].astype(bool)]
    eff, ae = a.tables["efficacy"], a.tables["adverse_events"]
    findings = len(eff) + len(ae)
    uncertain = int((eff["confidence"] != "verified").sum() + (ae["confidence"] != "verified").sum())
    return {
        "Studies": len(s),
        "Randomised trials": int(primary["design"].isin(RANDOMISED).sum()),
        "Participants (primary studies)": int(primary["enrollment"].fillna(0).sum()),
        "Reviews / meta-analyses": int(s["is_secondary"].astype(bool).sum()),
        "Findings with a source": findings,
        "Uncertain values": uncertain,
    }


def route_table(a: Analysed) -> pd.DataFrame:
    """Per route: studies, participants and median onset, from the analysis summary."""
    s = a.summary
    st_rows = s[s["outcome"] == "studies"][["group", "n_studies", "n_secondary", "participants", "note"]]
    onset = s[s["outcome"] == "onset"][["group", "estimate", "iqr_low", "iqr_high", "k"]].rename(
        columns={"estimate": "median onset (h)", "iqr_low": "onset q1 (h)", "iqr_high": "onset q3 (h)",
                 "k": "onset k"})
    out = st_rows.merge(onset, on="group", how="left").rename(columns={"group": "route", "n_studies": "studies",
                                                                       "n_secondary": "of which reviews"})
    return out.reset_index(drop=True)


def render(a: Analysed) -> None:
    """Draw the overview."""
    h = headline(a)
    cols = st.columns(len(h))
    for col, (label, value) in zip(cols, h.items(), strict=True):
        col.metric(label, f"{value:,}")
    studies = a.tables["studies"]
    c1, c2 = st.columns(2)
    c1.plotly_chart(cached("by_route", a.key, lambda: charts.studies_by_route(studies)), key="by_route",
                    width="stretch")
    c2.plotly_chart(cached("evidence_mix", a.key, lambda: charts.evidence_mix(studies)), key="evidence_mix",
                    width="stretch")
    st.plotly_chart(cached("by_year", a.key, lambda: charts.studies_by_year(studies)), key="by_year",
                    width="stretch")
    st.caption("Per route (a study with several routes counts in each). Participants are enrollment as reported; "
               "the note says how many studies did not report it.")
    st.dataframe(route_table(a), key="route_table", hide_index=True, width="stretch")
