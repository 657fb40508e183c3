"""Overview charts: studies by route, by year (timeline) and the evidence-type mix."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from evidence import vocab
from evidence.charts import labels as L
from evidence.charts.common import ROUTE_COLOURS, empty_figure

TRIAL_KIND = "trial / primary study"
SECONDARY_KIND = "review / meta-analysis"


def route_counts(studies: pd.DataFrame) -> pd.DataFrame:
    """Number of studies per route (a study with two routes counts once in each), every route listed."""
    counts = studies["routes"].explode().value_counts().reindex(list(vocab.ROUTES), fill_value=0)
    return counts.rename_axis("route").reset_index(name="studies")


def studies_by_route(studies: pd.DataFrame) -> go.Figure:
    """Bar chart of study counts per route."""
    c = route_counts(studies)
    fig = go.Figure(go.Bar(x=[L.ROUTE_LABELS.get(r, r) for r in c["route"]], y=[int(v) for v in c["studies"]],
                           marker_color=[ROUTE_COLOURS[r] for r in c["route"]], text=[int(v) for v in c["studies"]],
                           textposition="outside", cliponaxis=False,
                           hovertemplate="%{x}: %{y} studies<extra></extra>"))
    fig.update_layout(title="Studies by route (a study with two routes counts in each)", xaxis_title="route",
                      yaxis_title="studies", height=360, xaxis={"tickangle": 0, "automargin": True})
    return fig


def year_counts(studies: pd.DataFrame) -> pd.DataFrame:
    """Studies per year and kind (primary vs secondary); studies without a year are left out."""
    df = studies.loc[studies["year"].notna(), ["year", "is_secondary"]]
    kind = df["is_secondary"].map({True: SECONDARY_KIND, False: TRIAL_KIND})
    out = pd.DataFrame({"year": df["year"].astype(int), "kind": kind}).value_counts().rename("studies")
    return out.reset_index().sort_values(["year", "kind"]).reset_index(drop=True)


def studies_by_year(studies: pd.DataFrame) -> go.Figure:
    """Timeline: stacked bars of studies per year, primary studies vs reviews."""
    c = year_counts(studies)
    if c.empty:
        return empty_figure("Studies by year", "No study in this selection has a year.")
    fig = go.Figure()
    for kind in (TRIAL_KIND, SECONDARY_KIND):
        part = c[c["kind"] == kind]
        if len(part):
            fig.add_trace(go.Bar(x=[int(y) for y in part["year"]], y=[int(v) for v in part["studies"]], name=kind,
                                 hovertemplate="%{x}: %{y} " + kind + "<extra></extra>"))
    missing = int(studies["year"].isna().sum())
    title = "Studies by year" + (f" ({missing} without a year not shown)" if missing else "")
    fig.update_layout(title=title, barmode="stack", xaxis_title="year", yaxis_title="studies", height=340,
                      legend={"orientation": "h", "y": -0.25})
    return fig


def design_counts(studies: pd.DataFrame) -> pd.DataFrame:
    """Studies per design, in the vocabulary's order, zero counts dropped."""
    c = studies["design"].value_counts().reindex(list(vocab.DESIGNS), fill_value=0)
    c = c[c > 0]
    return c.rename_axis("design").reset_index(name="studies")


def evidence_mix(studies: pd.DataFrame) -> go.Figure:
    """Horizontal bars: how much of the evidence is RCTs, open-label, observational, reviews..."""
    c = design_counts(studies)
    if c.empty:
        return empty_figure("Evidence type mix", "No study in this selection.")
    fig = go.Figure(go.Bar(x=[int(v) for v in c["studies"]], y=[L.DESIGN_LABELS.get(d, d) for d in c["design"]],
                           orientation="h", text=[int(v) for v in c["studies"]], textposition="outside",
                           cliponaxis=False, hovertemplate="%{y}: %{x} studies<extra></extra>"))
    fig.update_layout(title="Evidence type mix (study design)", xaxis_title="studies", height=380,
                      yaxis={"autorange": "reversed", "automargin": True})
    return fig
