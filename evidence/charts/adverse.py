"""Side-effect charts: route x category incidence heatmap and per-category bars (events / at risk in hover)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from evidence import vocab
from evidence.charts.common import ROUTE_COLOURS, empty_figure, fmt_pct, hover_text


def _incidence(row: pd.Series) -> float:
    """Pooled incidence when there is one, else the raw events/at-risk rate."""
    if pd.notna(row["estimate"]):
        return float(row["estimate"])
    return float(row["raw_rate"]) if pd.notna(row["raw_rate"]) else float("nan")


def heatmap_matrix(inc: pd.DataFrame) -> pd.DataFrame:
    """Routes x categories of incidence (pooled, else raw); NaN where nothing was counted."""
    if inc.empty:
        return pd.DataFrame()
    df = inc.assign(incidence=inc.apply(_incidence, axis=1))
    m = df.pivot_table(index="group", columns="category", values="incidence", aggfunc="first")
    routes = [r for r in vocab.ROUTES if r in m.index]
    cats = [c for c in vocab.AE_CATEGORIES if c in m.columns]
    return m.reindex(index=routes, columns=cats)


def ae_heatmap(inc: pd.DataFrame, title: str = "Adverse-event incidence by route and category") -> go.Figure:
    """Heatmap of ae_incidence() output; cell text and hover show events / at risk and k."""
    m = heatmap_matrix(inc)
    if m.empty or m.isna().all().all():
        return empty_figure(title, "No adverse-event counts with a denominator in this selection.")
    lookup = {(r.group, r.category): r for r in inc.itertuples(index=False)}
    text, custom = [], []
    for route in m.index:
        trow, crow = [], []
        for cat in m.columns:
            r = lookup.get((route, cat))
            if r is None or pd.isna(m.at[route, cat]):
                trow.append("")
                crow.append(["", "", "", ""])
                continue
            trow.append(fmt_pct(m.at[route, cat]))
            crow.append([f"{int(r.events)}/{int(r.total)}", int(r.k), fmt_pct(r.ci_low) + "–" + fmt_pct(r.ci_high),
                         hover_text(r.note)])
        text.append(trow)
        custom.append(crow)
    z = [[None if pd.isna(v) else float(v) for v in row] for row in m.to_numpy()]
    fig = go.Figure(go.Heatmap(
        z=z, x=list(m.columns), y=list(m.index), text=text, texttemplate="%{text}", colorscale="Reds", zmin=0,
        customdata=custom, colorbar={"title": "incidence", "tickformat": ".0%"},
        hovertemplate=("%{y} · %{x}<br>incidence %{z:.1%} (95% CI %{customdata[2]})<br>events/at risk "
                       "%{customdata[0]}, k=%{customdata[1]}<br>%{customdata[3]}<extra></extra>"),
    ))
    fig.update_layout(title=title, height=160 + 45 * len(m.index), xaxis={"tickangle": -30})
    return fig


def ae_bars(inc: pd.DataFrame, title: str = "Incidence per adverse-event category") -> go.Figure:
    """Grouped bars: one bar per (category, route), hover with events / at risk, k and CI."""
    df = inc[inc["total"].fillna(0) > 0] if len(inc) else inc
    if df.empty:
        return empty_figure(title, "No adverse-event counts with a denominator in this selection.")
    fig = go.Figure()
    cats = [c for c in vocab.AE_CATEGORIES if c in set(df["category"])]
    for route in [r for r in vocab.ROUTES if r in set(df["group"])]:
        g = df[df["group"] == route].set_index("category").reindex(cats)
        g = g[g["total"].notna()]
        y = [_incidence(row) for _, row in g.iterrows()]
        custom = [[f"{int(row['events'])}/{int(row['total'])}", int(row["k"]), fmt_pct(row["ci_low"]),
                   fmt_pct(row["ci_high"]), hover_text(row["note"])] for _, row in g.iterrows()]
        fig.add_trace(go.Bar(
            x=list(g.index), y=y, name=route, marker_color=ROUTE_COLOURS[route], customdata=custom,
            hovertemplate=(f"<b>{route}</b> · %{{x}}<br>%{{y:.1%}} [%{{customdata[2]}}, %{{customdata[3]}}]<br>"
                           "events/at risk %{customdata[0]}, k=%{customdata[1]}<br>%{customdata[4]}<extra></extra>"),
        ))
    fig.update_layout(title=title, barmode="group", yaxis={"tickformat": ".0%", "title": "patients with the event"},
                      height=420, legend={"orientation": "h", "y": -0.35}, xaxis={"tickangle": -30})
    return fig
