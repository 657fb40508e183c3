"""Forest plots: each study's estimate with its 95% CI, a pooled diamond per group, k and I² on the plot."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from evidence.charts.common import ROUTE_COLOURS, empty_figure, fmt_num, fmt_pct, hover_text

DIAMOND_HALF_HEIGHT = 0.35
MAX_STUDIES_PER_GROUP = 25  # drawn per group; thousands of whiskers are unreadable and slow to ship and draw


def ci_width(rows: pd.DataFrame) -> np.ndarray:
    """Each row's 95% CI width on the analysis scale (log RR or logit): 2 x 1.96 x its standard error, so the
    narrowest CI is the study with the most weight in its group (random-effects weights are 1/(vi + tau²))."""
    lo, hi = (pd.to_numeric(rows[c], errors="coerce").to_numpy(dtype=float, na_value=np.nan) for c in ("ci_low",
                                                                                                         "ci_high"))
    ratio = (rows["scale"].astype(str) == "risk_ratio").to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        width = np.where(ratio, np.log(hi) - np.log(lo), np.log(hi / (1 - hi)) - np.log(lo / (1 - lo)))
    return np.where(np.isfinite(width), width, np.inf)


def drawn_rows(rows: pd.DataFrame, per_group: int = MAX_STUDIES_PER_GROUP) -> tuple[pd.DataFrame, int, int]:
    """The forest rows worth drawing: every pooled row, and per group the `per_group` studies with the most weight
    (narrowest CI), in their original order. Returns (rows, studies drawn, studies in all). Pooled rows keep the
    estimate of ALL studies; only the drawing is capped."""
    study = (rows["row_type"] == "study").to_numpy()
    total = int(study.sum())
    if total == 0 or per_group <= 0:
        return rows, total, total
    order = pd.DataFrame({"group": rows["group"].astype(str).to_numpy(), "width": ci_width(rows),
                          "pos": np.arange(len(rows))})[study]
    order = order.sort_values(["group", "width", "pos"], kind="stable")
    keep = order.groupby("group", sort=False).head(per_group)["pos"].to_numpy()
    mask = ~study
    mask[keep] = True
    return rows[mask], int(len(keep)), total


def _f(x: object) -> float:
    try:
        v = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan
    return v


def _fmt(x: object, scale: str) -> str:
    return fmt_num(x) if scale == "risk_ratio" else fmt_pct(x)


def _study_trace(points: list[dict[str, object]], colour: str, scale: str) -> go.Scatter:
    """One trace for all study rows of a group (one trace per study would make big forests slow to draw)."""
    xs = [float(p["est"]) for p in points]  # type: ignore[arg-type]
    return go.Scatter(
        x=xs, y=[p["y"] for p in points], mode="markers", showlegend=False,
        marker={"symbol": "square", "size": 10, "color": colour},
        error_x={"type": "data", "symmetric": False, "array": [float(p["hi"]) - x for p, x in zip(points, xs,
                                                                                                   strict=True)],
                 "arrayminus": [x - float(p["lo"]) for p, x in zip(points, xs, strict=True)]},
        customdata=[[p["sid"], p["group"], f"{_fmt(p['est'], scale)} [{_fmt(p['lo'], scale)}, "
                     f"{_fmt(p['hi'], scale)}]", p["counts"], p["derived"], p["prov"]] for p in points],
        hovertemplate=("<b>%{customdata[0]}</b> (%{customdata[1]})<br>%{customdata[2]}<br>events %{customdata[3]}"
                       "%{customdata[4]}<br>%{customdata[5]}<extra></extra>"),
    )


def forest_figure(rows: pd.DataFrame, title: str, per_group: int = MAX_STUDIES_PER_GROUP) -> go.Figure:
    """Draw forest_rows() output: study rows as squares with CI whiskers, pooled rows as diamonds.

    Each pooled row also gets a dotted reference line at its estimate (over its group's rows) and, for k >= 3,
    its 95% prediction interval. At most `per_group` studies per group are drawn (the most weight, see
    drawn_rows); the title then says how many of how many are shown. Pooled diamonds always use every study.
    """
    rows = rows[rows["estimate"].notna()] if len(rows) else rows
    if rows.empty:
        return empty_figure(title, "No study in this selection reports this outcome in this time window.")
    rows, shown, total = drawn_rows(rows, per_group)
    if shown < total:
        title = (f"{title}<br><sup>showing {shown:,} of {total:,} studies ({per_group} with the most weight per "
                 "group); every study is pooled and listed in the study rows</sup>")
    scale = str(rows["scale"].iloc[0])
    ratio = scale == "risk_ratio"
    n = len(rows)
    ys = list(range(n, 0, -1))  # first row on top
    group_ys: dict[str, list[int]] = {}
    for y, g in zip(ys, rows["group"].astype(str), strict=True):
        group_ys.setdefault(g, []).append(y)
    labels: list[str] = []
    points: dict[str, list[dict[str, object]]] = {}
    fig = go.Figure()
    for y, r in zip(ys, rows.itertuples(index=False), strict=True):
        est, lo, hi = _f(r.estimate), _f(r.ci_low), _f(r.ci_high)
        group = str(r.group)
        colour = ROUTE_COLOURS.get(group, "#444")
        if r.row_type == "pooled":
            k, i2 = int(_f(r.k)) if not math.isnan(_f(r.k)) else 0, _f(r.i2)
            note = f" — {r.note}" if isinstance(r.note, str) and r.note else ""
            labels.append(f"Pooled {hover_text(group)} (k={k}, I²={fmt_num(i2, 0)}%)")
            fig.add_trace(go.Scatter(
                x=[lo, est, hi, est, lo], y=[y, y + DIAMOND_HALF_HEIGHT, y, y - DIAMOND_HALF_HEIGHT, y],
                fill="toself", mode="lines", line={"color": colour}, fillcolor=colour, name=f"pooled {group}",
                hoverinfo="text", showlegend=False,
                text=(f"Pooled {hover_text(group)}: {_fmt(est, scale)} [{_fmt(lo, scale)}, {_fmt(hi, scale)}]"
                      f"<br>k={k}, I²={fmt_num(i2, 1)}%, tau²={fmt_num(r.tau2, 3)}"
                      f"<br>95% prediction interval {_fmt(r.pi_low, scale)} to {_fmt(r.pi_high, scale)}"
                      f"{hover_text(note)}"),
            ))
            gy = group_ys[group]
            fig.add_shape(type="line", x0=est, x1=est, y0=min(gy) - 0.4, y1=max(gy) + 0.4,
                          line={"color": colour, "dash": "dot", "width": 1})  # reference line at the pooled effect
            if not math.isnan(_f(r.pi_low)) and k >= 3:
                fig.add_trace(go.Scatter(x=[_f(r.pi_low), _f(r.pi_high)], y=[y, y], mode="lines",
                                         line={"color": colour, "dash": "dot", "width": 1}, hoverinfo="skip",
                                         showlegend=False))
        else:
            labels.append(hover_text(r.label, 60))
            counts = f"{fmt_num(r.events, 0)}/{fmt_num(r.total, 0)}"
            if ratio:
                counts += f" vs {fmt_num(r.events_ctl, 0)}/{fmt_num(r.total_ctl, 0)}"
            points.setdefault(group, []).append({
                "y": y, "est": est, "lo": lo, "hi": hi, "sid": hover_text(r.study_id), "group": hover_text(group),
                "counts": counts, "derived": " (events derived from a percent)" if bool(r.derived) else "",
                "prov": hover_text(r.provenance)})
    for group, pts in points.items():
        fig.add_trace(_study_trace(pts, ROUTE_COLOURS.get(group, "#444"), scale))
    if ratio:
        fig.add_vline(x=1, line={"color": "#888", "dash": "dash"})
    xaxis: dict[str, object] = {"title": "risk ratio vs comparator (log scale)" if ratio else "proportion of patients",
                                "zeroline": False}
    if ratio:
        xaxis["type"] = "log"
    else:
        xaxis.update({"range": [0, 1], "tickformat": ".0%"})
    fig.update_layout(title=title, height=140 + 28 * n, xaxis=xaxis, margin={"l": 260},
                      yaxis={"tickvals": ys, "ticktext": labels, "range": [0.3, n + 0.7]})
    return fig


def leave_one_out(rows: pd.DataFrame, method: str = "DL") -> pd.DataFrame:
    """Sensitivity: each group's pooled estimate again without each of its studies (groups with k >= 3).

    Pools with analysis.pool_proportions / pool_risk_ratios, the estimator of every other pooled number.
    """
    from evidence.analysis import pool_proportions, pool_risk_ratios

    cols = ["group", "left_out", "k", "estimate", "ci_low", "ci_high", "i2", "tau2", "note"]
    studies = rows[rows["row_type"] == "study"] if len(rows) else rows
    if studies.empty:
        return pd.DataFrame(columns=cols)
    ratio = str(studies["scale"].iloc[0]) == "risk_ratio"
    out = []
    for group, g in studies.groupby("group", sort=False):
        if len(g) < 3:
            continue
        ev, tot = g["events"].to_numpy(float), g["total"].to_numpy(float)
        ev_c = g["events_ctl"].to_numpy(float) if ratio else None
        tot_c = g["total_ctl"].to_numpy(float) if ratio else None
        for i, sid in enumerate(g["study_id"]):
            keep = [j for j in range(len(g)) if j != i]
            res = (pool_risk_ratios(ev[keep], tot[keep], ev_c[keep], tot_c[keep], method) if ratio  # type: ignore[index]
                   else pool_proportions(ev[keep], tot[keep], method))
            d = res.as_dict()
            out.append({"group": group, "left_out": sid, **{c: d.get(c) for c in cols[2:]}})
    return pd.DataFrame(out, columns=cols)
