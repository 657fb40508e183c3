"""Overview tab: headline numbers for the current filter; studies by route, by year, by design; per-route numbers."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from evidence.app.data import Analysed, cached
from evidence.charts import labels as L
from evidence.charts import overview as charts
from evidence.vocab import VERIFICATION

RANDOMISED = ("rct", "crossover_rct")


def headline(a: Analysed) -> dict[str, object]:
    """The numbers shown as metrics (pure, so a test can recompute them)."""
    sel = a.tables
    s = sel["studies"]
    primary = ~s["is_secondary"].astype(bool).to_numpy()
    # Counted from masks, nothing cut: the tab on show may never read the 700k-row adverse-event table.
    findings = sel.count("efficacy") + sel.count("adverse_events")
    unverified = tuple(c for c in VERIFICATION if c != "verified")
    uncertain = sum(sel.count(t, "verification", unverified) for t in ("efficacy", "adverse_events"))
    return {
        "Studies": len(s),
        "RCTs": int((s["design"].isin(RANDOMISED).to_numpy(dtype=bool) & primary).sum()),
        "Participants": int(s["enrollment"].fillna(0).to_numpy(dtype="int64")[primary].sum()),
        "Reviews": int((~primary).sum()),
        "Sourced values": findings,
        "Not verified": uncertain,
    }


HELP: dict[str, str] = {
    "Studies": "Trials, cohorts and reviews in this selection (one trial counted once, however many papers it has).",
    "RCTs": "Randomised controlled trials (primary studies), parallel-group or crossover.",
    "Participants": "Sum of the enrollment reported by the primary studies (reviews are not "
                                      "counted, so nobody is counted twice through a meta-analysis).",
    "Reviews": "Reviews and meta-analyses: listed apart and never pooled with the trials they summarise.",
    "Sourced values": "Outcome values and adverse-event counts, each linked to the registry field or the "
                              "quoted sentence it was read from.",
    "Not verified": "Outcome and adverse-event values a curator did not read in the source itself: derived "
                           "(computed, e.g. events from a percent), extracted automatically, or uncertain.",
}


def route_table(a: Analysed) -> pd.DataFrame:
    """Per route: studies, reviews and participants (primary studies, enrollment as reported)."""
    s = a.tables["studies"].explode("routes")
    s = s[s["routes"].notna()]
    primary = ~s["is_secondary"].astype(bool)
    out = pd.DataFrame({
        "route": s["routes"].map(L.ROUTE_LABELS.get), "studies": 1, "of which reviews": (~primary).astype(int),
        "participants": s["enrollment"].where(primary, 0).fillna(0).astype(int),
        "enrollment not reported": (primary & s["enrollment"].isna()).astype(int),
    }).groupby("route", sort=False).sum().reset_index()
    return out.sort_values("studies", ascending=False).reset_index(drop=True)


def render_headline(a: Analysed) -> None:
    """The headline metrics of the current filter (shown above every tab)."""
    h = cached("headline", a.key[:3], lambda: headline(a))
    # A wrapping row of fixed-width metrics: at 1024 px they flow onto two lines instead of cutting the number.
    with st.container(horizontal=True, gap="xsmall", key="headline"):
        for label, value in h.items():
            st.metric(label, f"{value:,}", help=HELP[label], border=True, width=148)


PARTS = ("Studies by route", "Studies by year", "Study designs", "Per-route numbers")


def render(a: Analysed) -> None:
    """One part of the overview at a time: only the open part runs and is drawn, so the first view costs the
    browser a single chart (each plotly chart or table adds about half a second of its work on a busy machine)."""
    studies = a.tables["studies"]
    parts = st.tabs(PARTS, key="overview", on_change="rerun", bind="query-params")
    if parts[0].open:
        with parts[0]:
            st.plotly_chart(cached("fig:by_route", a.key, lambda: charts.studies_by_route(studies)), key="by_route",
                            width="stretch")
    if parts[1].open:
        with parts[1]:
            st.plotly_chart(cached("fig:by_year", a.key, lambda: charts.studies_by_year(studies)), key="by_year",
                            width="stretch")
    if parts[2].open:
        with parts[2]:
            st.plotly_chart(cached("fig:evidence_mix", a.key, lambda: charts.evidence_mix(studies)),
                            key="evidence_mix", width="stretch")
    if parts[3].open:
        with parts[3]:
            st.caption("Per route (a study with several routes counts in each). Participants: enrollment of primary "
                       "studies as reported; the next column counts the studies that did not report it.")
            table = cached("table:routes", a.key[:3], lambda: route_table(a))
            st.dataframe(table, key="route_table", hide_index=True, width="stretch")
