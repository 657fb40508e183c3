"""Response and remission rates by timepoint window and route, with pooled 95% CIs (from analysis.summarise)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from evidence.analysis import WINDOWS
from evidence.charts.common import ROUTE_COLOURS, empty_figure, fmt_pct, hover_text

WINDOW_ORDER = [w.key for w in WINDOWS]
WINDOW_LABELS = {w.key: w.label for w in WINDOWS}


def pooled_rates(summary: pd.DataFrame) -> pd.DataFrame:
    """Rows of the summary that carry a pooled response/remission rate in a named window."""
    s = summary[summary["outcome"].isin(["response", "remission"]) & summary["window"].isin(WINDOW_ORDER)]
    return s[s["estimate"].notna()].reset_index(drop=True)


def rates_by_window(summary: pd.DataFrame) -> go.Figure:
    """Two panels (response, remission): pooled rate per window, one line of points per route, CI whiskers."""
    s = pooled_rates(summary)
    title = "Response and remission rates by time window (pooled, 95% CI)"
    if s.empty:
        return empty_figure(title, "No response or remission rate with a timepoint in this selection.")
    fig = make_subplots(rows=1, cols=2, subplot_titles=("response", "remission"), shared_yaxes=True)
    for col, outcome in enumerate(("response", "remission"), start=1):
        part = s[s["outcome"] == outcome]
        for route in part["group"].unique():
            g = part[part["group"] == route].copy()
            g["order"] = g["window"].map(WINDOW_ORDER.index)
            g = g.sort_values("order")
            est = [float(v) for v in g["estimate"]]
            hi = [float(h) - e for h, e in zip(g["ci_high"], est, strict=True)]
            lo = [e - float(low) for low, e in zip(g["ci_low"], est, strict=True)]
            custom = [[int(r.k), int(r.events) if pd.notna(r.events) else 0, int(r.total) if pd.notna(r.total) else 0,
                       fmt_pct(r.ci_low), fmt_pct(r.ci_high), hover_text(r.note)] for r in g.itertuples(index=False)]
            fig.add_trace(go.Scatter(
                x=[WINDOW_LABELS[w] for w in g["window"]], y=est, mode="markers+lines", name=str(route),
                legendgroup=str(route), showlegend=col == 1,
                marker={"color": ROUTE_COLOURS.get(str(route), "#444"), "size": 9},
                line={"color": ROUTE_COLOURS.get(str(route), "#444"), "width": 1},
                error_y={"type": "data", "symmetric": False, "array": hi, "arrayminus": lo},
                customdata=custom,
                hovertemplate=(f"<b>{hover_text(route)}</b> {outcome} %{{x}}<br>%{{y:.1%}} "
                               "[%{customdata[3]}, %{customdata[4]}]<br>k=%{customdata[0]}, "
                               "events %{customdata[1]}/%{customdata[2]}<br>%{customdata[5]}<extra></extra>"),
            ), row=1, col=col)
        fig.update_xaxes(categoryorder="array", categoryarray=[WINDOW_LABELS[w] for w in WINDOW_ORDER], row=1, col=col)
    fig.update_yaxes(range=[0, 1], tickformat=".0%", title_text="patients", row=1, col=1)
    fig.update_layout(title=title, height=420, legend={"orientation": "h", "y": -0.3})
    return fig


def comparator_rr_figure(rows: pd.DataFrame, title: str) -> go.Figure:
    """Pooled risk ratio per comparator class (rows: comparator_class, estimate, ci_low, ci_high, k, i2)."""
    rows = rows[rows["estimate"].notna()]
    if rows.empty:
        return empty_figure(title, "No controlled comparison in this selection.")
    fig = go.Figure(go.Scatter(
        x=[float(v) for v in rows["estimate"]], y=list(rows["comparator_class"]), mode="markers",
        marker={"symbol": "diamond", "size": 14},
        error_x={"type": "data", "symmetric": False,
                 "array": [float(h) - float(e) for h, e in zip(rows["ci_high"], rows["estimate"], strict=True)],
                 "arrayminus": [float(e) - float(low) for low, e in zip(rows["ci_low"], rows["estimate"],
                                                                        strict=True)]},
        customdata=[[int(r.k), hover_text(r.note)] for r in rows.itertuples(index=False)],
        hovertemplate="%{y}: RR %{x:.2f}<br>k=%{customdata[0]} %{customdata[1]}<extra></extra>",
    ))
    fig.add_vline(x=1, line={"color": "#888", "dash": "dash"})
    fig.update_layout(title=title, xaxis={"type": "log", "title": "pooled risk ratio (log scale)"},
                      height=160 + 40 * len(rows))
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
