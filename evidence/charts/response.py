"""Response and remission rates by timepoint window and route, with pooled 95% CIs (from analysis.summarise)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from evidence.analysis import WINDOWS
from evidence.charts import labels as L
from evidence.charts.common import ROUTE_COLOURS, empty_figure, fmt_pct, hover_text

WINDOW_ORDER = [w.key for w in WINDOWS]
WINDOW_LABELS = {w.key: w.label for w in WINDOWS}


def pooled_rates(summary: pd.DataFrame) -> pd.DataFrame:
    """Rows of the summary that carry a pooled response/remission rate in a named window."""
    s = summary[summary["outcome"].isin(["response", "remission"]) & summary["window"].isin(WINDOW_ORDER)]
    return s[s["estimate"].notna()].reset_index(drop=True)


SHORT_WINDOWS = {"acute": "≤12 h", "24h": "24 h", "d2_7": "days 2–7", "d8_20": "days 8–20", "d21_42": "weeks 3–6",
                 "gt6w": "> 6 weeks"}


def rates_by_window(summary: pd.DataFrame) -> go.Figure:
    """Two panels (response above remission) on one shared window axis: the pooled rate per window and route with
    its 95% CI and k printed beside it. No line joins two windows (each point pools its own set of studies); routes
    sit side by side within a window; a window pooled from one study only gets an open marker."""
    s = pooled_rates(summary)
    title = "Response and remission rates by time window (pooled, 95% CI)"
    if s.empty:
        return empty_figure(title, "No response or remission rate with a timepoint in this selection.")
    fig = make_subplots(rows=2, cols=1, subplot_titles=("Depression response", "Depression remission"),
                        shared_xaxes=True, vertical_spacing=0.12)
    routes = [r for r in L.ROUTE_LABELS if r in set(s["group"])] + sorted(set(s["group"]) - set(L.ROUTE_LABELS))
    offset = {r: (i - (len(routes) - 1) / 2) * min(0.7 / max(len(routes), 1), 0.18) for i, r in enumerate(routes)}
    for row, outcome in enumerate(("response", "remission"), start=1):
        part = s[s["outcome"] == outcome]
        for route in routes:
            g = part[part["group"] == route].copy()
            g["order"] = g["window"].map(WINDOW_ORDER.index)
            g = g.sort_values("order")
            colour = ROUTE_COLOURS.get(str(route), "#444")
            if g.empty:  # still one legend entry per route, from its first panel with data
                continue
            est = [float(v) for v in g["estimate"]]
            hi = [float(h) - e for h, e in zip(g["ci_high"], est, strict=True)]
            lo = [e - float(low) for low, e in zip(g["ci_low"], est, strict=True)]
            ks = [int(k) for k in g["k"]]
            custom = [[int(r.k), int(r.events) if pd.notna(r.events) else 0, int(r.total) if pd.notna(r.total) else 0,
                       fmt_pct(r.ci_low), fmt_pct(r.ci_high), hover_text(r.note), WINDOW_LABELS[r.window]]
                      for r in g.itertuples(index=False)]
            if not any(t.name == L.ROUTE_LABELS.get(route, route) for t in fig.data):  # the legend's filled dot
                fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=L.ROUTE_LABELS.get(route, route),
                                         legendgroup=str(route), marker={"color": colour, "size": 10},
                                         hoverinfo="skip", showlegend=True), row=row, col=1)
            fig.add_trace(go.Scatter(
                x=[g_order + offset[route] for g_order in g["order"]], y=est, mode="markers+text",
                name=f"{L.ROUTE_LABELS.get(route, str(route))} · {outcome}", legendgroup=str(route), showlegend=False,
                text=[f"k={k}" for k in ks], textposition="middle right", textfont={"size": 10, "color": colour},
                marker={"color": colour, "size": 10, "symbol": ["circle-open" if k == 1 else "circle" for k in ks],
                        "line": {"width": 2, "color": colour}},
                error_y={"type": "data", "symmetric": False, "array": hi, "arrayminus": lo, "color": colour},
                customdata=custom,
                hovertemplate=(f"<b>{hover_text(L.ROUTE_LABELS.get(route, route))}</b> · {outcome} · "
                               "%{customdata[6]}<br>%{y:.1%} [%{customdata[3]}, %{customdata[4]}]<br>"
                               "k=%{customdata[0]} studies, events %{customdata[1]}/%{customdata[2]}<br>"
                               "%{customdata[5]}<extra></extra>"),
            ), row=row, col=1)
        fig.update_yaxes(range=[0, 1.02], tickformat=".0%", title_text="% of patients<br>(pooled, 95% CI)",
                         row=row, col=1)
    ticks = {"tickvals": list(range(len(WINDOW_ORDER))), "ticktext": [SHORT_WINDOWS[w] for w in WINDOW_ORDER],
             "range": [-0.5, len(WINDOW_ORDER) - 0.5]}
    fig.update_xaxes(**ticks, row=1, col=1, showticklabels=True)
    fig.update_xaxes(**ticks, title_text="time after the first dose", row=2, col=1)
    fig.update_layout(title=title, height=620, legend={"orientation": "h", "y": -0.16, "x": 0},
                      margin={"b": 90})
    return fig


def comparator_rr_figure(rows: pd.DataFrame, title: str) -> go.Figure:
    """Pooled risk ratio per comparator class (rows: comparator_class, estimate, ci_low, ci_high, k, i2)."""
    rows = rows[rows["estimate"].notna()]
    if rows.empty:
        return empty_figure(title, "No controlled comparison in this selection.")
    fig = go.Figure(go.Scatter(
        x=[float(v) for v in rows["estimate"]], y=[L.label_of("comparator_class", c) for c in rows["comparator_class"]],
        mode="markers+text", text=[f"k={int(k)}" for k in rows["k"]], textposition="top center",
        marker={"symbol": ["diamond-open" if int(k) == 1 else "diamond" for k in rows["k"]], "size": 14,
                "line": {"width": 2}},
        error_x={"type": "data", "symmetric": False,
                 "array": [float(h) - float(e) for h, e in zip(rows["ci_high"], rows["estimate"], strict=True)],
                 "arrayminus": [float(e) - float(low) for low, e in zip(rows["ci_low"], rows["estimate"],
                                                                        strict=True)]},
        customdata=[[int(k), hover_text(note)] for k, note in zip(rows["k"], rows["note"], strict=True)],
        hovertemplate="%{y}: RR %{x:.2f}<br>k=%{customdata[0]} %{customdata[1]}<extra></extra>",
    ))
    from evidence.charts.forest import RR_TICKS, _rr_range

    fig.add_vline(x=1, line={"color": "#555", "dash": "dash", "width": 1.5})
    values = [float(v) for c in ("estimate", "ci_low", "ci_high") for v in rows[c]]
    fig.update_layout(title=title, xaxis={"type": "log", "title": "pooled risk ratio vs comparator (log scale)",
                                          "tickvals": list(RR_TICKS), "ticktext": [f"{t:g}" for t in RR_TICKS],
                                          "range": list(_rr_range(values))},
                      yaxis={"automargin": True}, height=max(260, 170 + 50 * len(rows)))
    return fig


def comparator_pooled(rr: pd.DataFrame, window: str, method: str = "DL") -> pd.DataFrame:
    """Controlled comparisons of one window pooled per comparator class (midazolam vs placebo/saline vs ...).

    The pooling itself is analysis.pooling.pool_rows, the same estimator as every other pooled number.
    """
    from evidence.analysis.pooling import pool_rows

    rows = rr[rr["window"] == window] if len(rr) else rr
    out = []
    for cls in sorted(set(rows["comparator_class"])) if len(rows) else []:
        g = rows[rows["comparator_class"] == cls]
        out.append({"comparator_class": cls, "n_studies": g["study_id"].nunique(), **pool_rows(g, "RR", method)})
    cols = ["comparator_class", "n_studies", "k", "estimate", "ci_low", "ci_high", "pi_low", "pi_high", "tau2", "i2",
            "q", "note"]
    return pd.DataFrame(out, columns=cols)
