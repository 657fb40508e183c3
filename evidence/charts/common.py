"""Helpers shared by the chart builders: safe hover text, route colours, an empty-figure placeholder."""

from __future__ import annotations

import html
import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from evidence import vocab
from evidence.charts import labels

# One colour per route, stable across every chart.
ROUTE_COLOURS: dict[str, str] = dict(zip(vocab.ROUTES, (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#7f7f7f"), strict=True))
MAX_HOVER = 220


def hover_text(value: object, limit: int = MAX_HOVER) -> str:
    """Record text made inert for a plotly label: HTML-escaped, one line, shortened."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    try:
        if value != value:  # pd.NA raises, NaN-like compares unequal
            return ""
    except TypeError:
        return ""
    s = " ".join(str(value).split())
    if len(s) > limit:
        s = s[: limit - 1] + "…"
    return html.escape(s, quote=True)


def hover_column(values: pd.Series) -> np.ndarray:
    """hover_text of every value, computed once per distinct value (tens of thousands of points per chart)."""
    codes, distinct = pd.factorize(values, use_na_sentinel=True)
    texts = np.array([hover_text(v) for v in distinct.tolist()] + [""], dtype=object)
    return texts[codes]  # code -1 (missing) reads the trailing ""


def empty_figure(title: str, message: str) -> go.Figure:
    """A figure that says why it has nothing to show, instead of a blank canvas."""
    fig = go.Figure()
    fig.add_annotation(text=html.escape(message), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    fig.update_layout(title=title, xaxis={"visible": False}, yaxis={"visible": False}, height=220)
    return fig


def fmt_pct(x: object) -> str:
    """A proportion as a percentage with one decimal, '–' when missing (in hover text a blank reads as a bug)."""
    return labels.fmt_pct(x) or "–"


def fmt_num(x: object, digits: int = 2) -> str:
    """A number with fixed decimals, '–' when missing."""
    v = labels.number(x)
    return "–" if v is None else f"{v:.{digits}f}"
