"""Side-effect charts: route x category incidence heatmap and per-category bars (events / at risk in hover).

One category order everywhere (vocab.AE_CATEGORIES), categories and routes in words, cells without data marked
"no data" (not blank, which reads as zero), and the comparator arms' crude incidence beside ketamine's.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from evidence import vocab
from evidence.charts import labels as L
from evidence.charts.common import ROUTE_COLOURS, empty_figure, fmt_pct, hover_text

COMPARATOR_COLOUR = "#9e9e9e"
COMPARATOR_NAME = "comparator arms (placebo, midazolam, …; crude, all routes)"


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


def _comparator_lookup(comparator: pd.DataFrame | None, by_route: bool) -> dict[object, tuple[float, str]]:
    if comparator is None or comparator.empty:
        return {}
    out: dict[object, tuple[float, str]] = {}
    for r in comparator.to_dict("records"):
        key = (r["route"], r["category"]) if by_route else r["category"]
        if by_route or r["route"] == "all":
            out[key] = (float(r["rate"]), f"{int(r['events'])}/{int(r['total'])}")
    return out


def ae_heatmap(inc: pd.DataFrame, title: str = "Adverse-event incidence by route and category",
               comparator: pd.DataFrame | None = None) -> go.Figure:
    """Heatmap of ae_incidence() output (ketamine arms); cell text the incidence, with the same route's comparator
    arms' crude incidence under it when known; hover with events / at risk, k and the CI; "no data" cells grey.

    `comparator`: rows (route, category, events, total, rate) of comparator arms (route "all" = every route)."""
    m = heatmap_matrix(inc)
    if m.empty or m.isna().all().all():
        return empty_figure(title, "No adverse-event counts with a denominator in this selection.")
    m = m.T  # categories down, routes across: wide cells for the numbers, category names never rotated
    lookup = {(r["group"], r["category"]): r for r in inc.to_dict("records")}
    comp = _comparator_lookup(comparator, by_route=True)
    xs = [L.ROUTE_LABELS.get(r, r) for r in m.columns]
    ys = [L.AE_LABELS.get(c, c) for c in m.index]
    text, custom, blank = [], [], []
    for cat in m.index:
        trow: list[str] = []
        crow: list[list[object]] = []
        brow: list[str] = []
        for route in m.columns:
            r = lookup.get((route, cat))
            c = comp.get((route, cat))
            ctext = f"comparator arms {fmt_pct(c[0])} ({c[1]})" if c else "no comparator count"
            cell = m.loc[cat, route]
            if r is None or pd.isna(cell):
                trow.append("")
                crow.append(["", "", "", "", ""])
                brow.append("no data")
                continue
            trow.append(f"{100 * float(cell):.0f}%" + (f" (vs {100 * c[0]:.0f}%)" if c else ""))
            crow.append([f"{int(r['events'])}/{int(r['total'])}", int(r["k"]),
                         fmt_pct(r["ci_low"]) + "–" + fmt_pct(r["ci_high"]), hover_text(r["note"]), ctext])
            brow.append("")
        text.append(trow)
        custom.append(crow)
        blank.append(brow)
    z = [[None if pd.isna(v) else float(v) for v in row] for row in m.to_numpy()]
    fig = go.Figure()
    fig.add_trace(go.Heatmap(  # the grid under the data: grey "no data" where nothing was counted
        z=[[0.0] * len(xs) for _ in ys], x=xs, y=ys, text=blank, texttemplate="%{text}",
        textfont={"color": "#666", "size": 11}, colorscale=[[0, "#eeeeee"], [1, "#eeeeee"]], showscale=False,
        hoverinfo="skip", xgap=3, ygap=3))
    fig.add_trace(go.Heatmap(
        z=z, x=xs, y=ys, text=text, texttemplate="%{text}", textfont={"size": 12}, colorscale="Reds", zmin=0,
        customdata=custom, xgap=3, ygap=3, hoverongaps=False,
        colorbar={"title": {"text": "ketamine arms", "side": "right"}, "tickformat": ".0%", "nticks": 5,
                  "thickness": 14, "len": 0.8},
        hovertemplate=("%{x} · %{y}<br>ketamine arms: %{z:.1%} (95% CI %{customdata[2]})<br>events/at risk "
                       "%{customdata[0]}, k=%{customdata[1]}<br>%{customdata[4]}<br>%{customdata[3]}"
                       "<extra></extra>"),
    ))
    fig.update_layout(title=title, height=150 + 36 * len(ys), xaxis={"side": "top", "automargin": True},
                      yaxis={"automargin": True, "autorange": "reversed"}, plot_bgcolor="#ffffff",
                      margin={"t": 110, "b": 20})
    return fig


def ae_bars(inc: pd.DataFrame, title: str = "Incidence per adverse-event category",
            comparator: pd.DataFrame | None = None) -> go.Figure:
    """Grouped bars: one bar per (category, route) for ketamine arms, and a grey bar for the comparator arms (crude,
    every route), hover with events / at risk, k and CI."""
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
        name = L.ROUTE_LABELS.get(route, route)
        fig.add_trace(go.Bar(
            x=[L.AE_LABELS.get(c, c) for c in g.index], y=y, name=name, marker_color=ROUTE_COLOURS[route],
            customdata=custom,
            hovertemplate=(f"<b>{hover_text(name)}</b> · %{{x}}<br>%{{y:.1%}} [%{{customdata[2]}}, "
                           "%{customdata[3]}]<br>events/at risk %{customdata[0]}, k=%{customdata[1]}<br>"
                           "%{customdata[4]}<extra></extra>"),
        ))
    comp = _comparator_lookup(comparator, by_route=False)
    if comp:
        shown = [c for c in cats if c in comp]
        fig.add_trace(go.Bar(
            x=[L.AE_LABELS.get(c, c) for c in shown], y=[comp[c][0] for c in shown], name=COMPARATOR_NAME,
            marker={"color": COMPARATOR_COLOUR, "pattern": {"shape": "/"}},
            customdata=[[comp[c][1]] for c in shown],
            hovertemplate="<b>comparator arms</b> · %{x}<br>%{y:.1%} (crude)<br>events/at risk %{customdata[0]}"
                          "<extra></extra>"))
    fig.update_layout(title=title, barmode="group", height=470 if len(cats) > 2 else 380,
                      bargap=0.2 if len(cats) > 2 else 0.55,
                      yaxis={"tickformat": ".0%", "title": "% of patients with the event"},
                      legend={"orientation": "h", "y": -0.45, "x": 0},
                      xaxis={"tickangle": -35, "automargin": True, "categoryorder": "array",
                             "categoryarray": [L.AE_LABELS.get(c, c) for c in cats]}, margin={"b": 150})
    return fig
