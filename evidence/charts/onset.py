"""Onset chart: the earliest reported effect per study arm, by route, as a dot (strip) plot on a log time axis.

Only primary studies' ketamine-form arms are drawn (the rule of analysis.onset_stats, so chart, table and median
agree); reviews are left out and counted in the caption. A box (median, IQR) is drawn only for routes with at
least BOX_MIN values: a box of two points suggests a distribution that is not there.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from evidence import vocab
from evidence.charts import labels as L
from evidence.charts.common import ROUTE_COLOURS, empty_figure, hover_column

# Reference ticks a reader thinks in: 1 h, 4 h, 1 day, 3 days, 1 week, 2 weeks, 4 weeks.
TICKS: tuple[tuple[float, str], ...] = ((0.5, "30 min"), (2, "2 h"), (8, "8 h"), (24, "1 day"), (72, "3 days"),
                                        (168, "1 week"), (672, "4 weeks"), (2016, "12 weeks"))
BOX_MIN = 5
STUDIED_FORMS = tuple(sorted(vocab.STUDIED_DRUGS))  # as evidence.analysis.groups.STUDIED_FORMS
TITLE = "Onset by route: earliest reported effect (log time axis)"


def drawn_points(points: pd.DataFrame) -> pd.DataFrame:
    """The onset points the chart and its table show: primary studies, ketamine-form arms, a positive time."""
    if points.empty:
        return points
    keep = (~points["is_secondary"].astype(bool) & points["drug"].isin(STUDIED_FORMS)
            & points["hours"].notna() & (points["hours"] > 0))
    return points[keep]


def onset_figure(points: pd.DataFrame, names: Mapping[str, str] | None = None) -> go.Figure:
    """One dot per study arm (hover: study, arm, onset in words, quoted text, source type and verification); a box
    for routes with >= BOX_MIN values; values a curator did not verify (derived, automatic, uncertain) ringed."""
    pts = drawn_points(points)
    if pts.empty:
        return empty_figure(TITLE, "No onset timepoint is reported by the primary studies in this selection.")
    names = names or {}
    fig = go.Figure()
    routes = [r for r in vocab.ROUTES if r in set(pts["route"])]
    rank = {r: i for i, r in enumerate(routes)}
    # Arms at the same time on the same route are spread vertically (deterministic, centred), so none hides another.
    same = pts.groupby(["route", pts["hours"].round(3)], sort=False)
    k, n = same.cumcount(), same["hours"].transform("size")
    step = (0.8 / (n - 1).clip(lower=1)).clip(upper=0.2)  # never past the band between two routes
    pts = pts.assign(_y=pts["route"].map(rank) + (k - (n - 1) / 2) * step)
    for route in routes:
        g = pts[pts["route"] == route]
        colour = ROUTE_COLOURS[route]
        y0 = rank[route]
        tier = g["source_tier"] if "source_tier" in g.columns else pd.Series([None] * len(g), index=g.index)
        sources = [f"{L.label_of('source_tier', t) or 'source type not recorded'} · "
                   f"{L.label_of('verification', v) or 'verification not recorded'}"
                   for t, v in zip(tier.tolist(), g["verification"].tolist(), strict=True)]
        custom = np.column_stack([
            hover_column(g["study_id"].map(lambda s: names.get(str(s), str(s)))), hover_column(g["study_id"]),
            hover_column(g["arm_label"]), hover_column(g["hours"].map(L.fmt_hours)),
            hover_column(g["timepoint_text"]), hover_column(g["provenance"]), hover_column(pd.Series(sources)),
        ])
        if len(g) >= BOX_MIN:
            fig.add_trace(go.Box(
                x=g["hours"].to_numpy(dtype=float), y=np.full(len(g), y0, dtype=float), orientation="h",
                boxpoints=False, line={"color": colour, "width": 1}, fillcolor="rgba(0,0,0,0)", width=0.5,
                name="median and IQR (routes with ≥ 5 values)", legendgroup="box",
                showlegend=route == next(r for r in routes if (pts["route"] == r).sum() >= BOX_MIN),
                hoverinfo="skip"))
        fig.add_trace(go.Scatter(
            x=g["hours"].to_numpy(dtype=float), y=g["_y"].to_numpy(dtype=float), mode="markers",
            name=L.ROUTE_LABELS[route],
            showlegend=False, marker={"color": colour, "size": 11, "line": {"width": 1, "color": "#fff"}},
            customdata=custom,
            hovertemplate=("<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{customdata[2]}<br>"
                           "onset %{customdata[3]} (%{customdata[4]})<br>%{customdata[6]}<br>%{customdata[5]}"
                           "<extra></extra>"),
        ))
    unverified = pts[pts["verification"] != "verified"]
    if len(unverified):
        fig.add_trace(go.Scatter(
            x=unverified["hours"].to_numpy(dtype=float),
            y=unverified["_y"].to_numpy(dtype=float), mode="markers",
            name="not verified by a curator (derived, automatic or uncertain)",
            marker={"symbol": "circle-open", "size": 19, "color": "#000", "line": {"width": 1.5}},
            hovertemplate="not verified by a curator: %{text}<extra></extra>",
            text=hover_column(unverified["verification"].map(lambda v: L.label_of("verification", v)))))
    fig.update_layout(
        title=TITLE, height=max(380, 230 + 85 * len(routes)),
        xaxis={"type": "log", "title": "time after the first dose (log scale)",
               "tickvals": [t for t, _ in TICKS], "ticktext": [lab for _, lab in TICKS], "tickangle": 0},
        yaxis={"tickvals": list(range(len(routes))), "ticktext": [L.ROUTE_LABELS[r] for r in routes],
               "range": [-0.6, len(routes) - 0.4], "automargin": True},
        legend={"orientation": "h", "yanchor": "top", "y": -0.35, "x": 0}, showlegend=True, margin={"b": 130},
    )
    return fig
