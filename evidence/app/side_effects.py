"""Side-effects tab: route x category incidence heatmap, bars per category, serious events apart, every row."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from evidence import vocab
from evidence.app.data import Analysed, cached
from evidence.app.tables import MAX_TABLE_ROWS, capped_table, show_table
from evidence.charts.adverse import ae_bars, ae_heatmap

AE_ROW_COLUMNS = ["study_label", "arm_label", "route", "drug", "term", "category", "serious", "n_affected",
                  "n_at_risk", "percent", "source_tier", "verification", "selected", "cross_check", "provenance",
                  "source_url", "read_from", "notes", "study_id"]
INCIDENCE_COLUMNS = ["group", "category", "n_studies", "k", "events", "total", "estimate", "ci_low", "ci_high",
                     "note"]


def comparator_incidence(tables: Mapping[str, pd.DataFrame], serious: bool | None = None) -> pd.DataFrame:
    """Crude incidence in comparator arms (drug 'other': placebo, saline, midazolam, ...) of primary studies, per
    route and category and over all routes ("all"): the largest count of a category's terms per arm (as for the
    ketamine arms), summed over arms, divided by the arms' people at risk. Rows used by the analyses only."""
    from evidence.analysis.rates import events_frame

    cols = ["route", "category", "events", "total", "rate"]
    ae = tables["adverse_events"]
    studies = tables["studies"]
    secondary = set(studies.loc[studies["is_secondary"].astype(bool), "study_id"].astype(str))
    ae = ae[(ae["drug"] == "other") & ae["selected"].fillna(False).astype(bool)
            & ~ae["is_group_total"].fillna(False).astype(bool)
            & ~ae["study_id"].astype(str).isin(secondary)]
    if serious is not None:
        ae = ae[ae["serious"].fillna(False).astype(bool) == serious]
    if ae.empty:
        return pd.DataFrame(columns=cols)
    ae = ae.reset_index(drop=True)
    ev = events_frame(ae["n_affected"], ae["n_at_risk"], ae["percent"], pd.Series(["percent"] * len(ae)))
    df = pd.DataFrame({"study_id": ae["study_id"].astype(str), "arm": ae["arm_key"].fillna(ae["arm_id"]).fillna(
        ae["arm_label"]).astype(str), "route": ae["route"].astype(str), "category": ae["category"].astype(str),
        "events": ev["events"], "total": ev["total"], "ok": ev["reason"] == ""})
    df = df[df["ok"]]
    if df.empty:
        return pd.DataFrame(columns=cols)
    per_arm = df.groupby(["route", "category", "study_id", "arm"], as_index=False).agg(
        events=("events", "max"), total=("total", "max"))
    by_route = per_arm.groupby(["route", "category"], as_index=False)[["events", "total"]].sum()
    everywhere = per_arm.groupby("category", as_index=False)[["events", "total"]].sum().assign(route="all")
    out = pd.concat([by_route, everywhere], ignore_index=True)
    out["rate"] = out["events"] / out["total"]
    return out[cols]


def _incidence_table(inc: pd.DataFrame) -> pd.DataFrame:
    t = inc[inc["total"].fillna(0) > 0][INCIDENCE_COLUMNS].copy()
    order = {c: i for i, c in enumerate(vocab.AE_CATEGORIES)}
    t = t.sort_values(["group", "category"], key=lambda s: s.map(order) if s.name == "category" else s.map(
        {r: i for i, r in enumerate(vocab.ROUTES)}))
    for c in ("estimate", "ci_low", "ci_high"):
        t[c] = t[c].astype(float) * 100
    return t


def render(a: Analysed) -> None:
    """Draw the AE charts and the rows behind them."""
    st.caption("Incidence in ketamine arms: pooled (random effects, logit) when at least one study gives events "
               "and a denominator; hover for events / at risk, k and the 95% CI. Grey 'no data' cells: no study in "
               "this selection reports that category for that route (not the same as zero). '(vs …)' is the comparator "
               "arms' crude incidence (placebo, saline, midazolam …) for the same route, where reported.")
    inc, serious = a.ae, a.ae_serious
    tables = a.tables
    comp = cached("table:ae_comparator", a.key[:3], lambda: comparator_incidence(tables, serious=False))
    comp_serious = cached("table:ae_comparator_serious", a.key[:3], lambda: comparator_incidence(tables, True))
    st.plotly_chart(cached("fig:ae_heatmap", a.key, lambda: ae_heatmap(inc, comparator=comp)), key="ae_heatmap",
                    width="stretch")
    st.plotly_chart(cached("fig:ae_bars", a.key, lambda: ae_bars(inc, comparator=comp)), key="ae_bars",
                    width="stretch")
    st.subheader("Serious adverse events")
    if len(serious) and (serious["total"].fillna(0) > 0).any():
        fig = cached("fig:ae_serious", a.key, lambda: ae_bars(serious, "Serious adverse events per category",
                                                              comparator=comp_serious))
        st.plotly_chart(fig, key="ae_serious", width="stretch")
        show_table(_incidence_table(serious), "ae_serious_table")
    else:
        st.info("No serious adverse event with a count and a denominator in this selection.")
    sel = a.tables
    total = sel.count("adverse_events")  # counted and shown without cutting the 700k-row table at 100k studies
    if total:
        st.caption("Every adverse-event row of the selection as reported, with its source type, verification and "
                   "the copy it was read from. 'Used in analyses' = the one report per arm and category that "
                   "enters the numbers above; the others corroborate or conflict with it.")
        names = a.names

        def rows(df: pd.DataFrame) -> pd.DataFrame:
            return df.assign(study_label=[names.get(str(s), str(s)) for s in df["study_id"]])[AE_ROW_COLUMNS]

        capped_table(rows(sel.head("adverse_events", MAX_TABLE_ROWS)), "ae_rows", "adverse_event_rows.csv",
                     "adverse-event rows", total=total, full=lambda: rows(sel["adverse_events"]))
