"""Forest plots: each study's estimate with its 95% CI, a pooled diamond per group, k and I² on the plot."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from evidence.charts import labels as L
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
    v = L.number(x)
    return math.nan if v is None else v


def _fmt(x: object, scale: str) -> str:
    return fmt_num(x) if scale == "risk_ratio" else fmt_pct(x)


RR_TICKS: tuple[float, ...] = (0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100)
LEGEND = ("■ parallel-group trial · □ crossover trial · ◆ pooled estimate (random effects) · "
          "◇ one study only: its own estimate, not pooled")


@dataclass(frozen=True)
class _StudyPoint:
    """One study's marker: its row, estimate and CI, and the hover texts (already escaped)."""

    y: int
    est: float
    lo: float
    hi: float
    sid: str
    name: str
    counts: str
    derived: str
    prov: str
    grades: str
    extra: str


def _study_trace(points: list[_StudyPoint], colour: str, scale: str, crossover: bool) -> go.Scatter:
    """One trace for the study rows of a group and design kind (one trace per study would make big forests slow)."""
    xs = [p.est for p in points]
    return go.Scatter(
        x=xs, y=[p.y for p in points], mode="markers", showlegend=False,
        name="crossover trial" if crossover else "parallel-group trial",
        marker={"symbol": "square-open" if crossover else "square", "size": 11, "color": colour,
                "line": {"width": 2, "color": colour}},
        error_x={"type": "data", "symmetric": False, "color": colour,
                 "array": [p.hi - x for p, x in zip(points, xs, strict=True)],
                 "arrayminus": [x - p.lo for p, x in zip(points, xs, strict=True)]},
        customdata=[[p.name, p.sid, f"{_fmt(p.est, scale)} [{_fmt(p.lo, scale)}, "
                     f"{_fmt(p.hi, scale)}]", p.counts, p.derived, p.prov, p.grades, p.extra]
                    for p in points],
        hovertemplate=("<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{customdata[2]}<br>%{customdata[3]}"
                       "%{customdata[4]}%{customdata[7]}<br>%{customdata[6]}<br>%{customdata[5]}<extra></extra>"),
    )


def _rr_range(values: list[float]) -> tuple[float, float]:
    """A log-axis range (log10 units) that covers the values and the line at 1, with a margin."""
    v = [x for x in values if x > 0 and math.isfinite(x)] + [1.0]
    lo, hi = max(min(v), 0.01), min(max(v), 500.0)
    return math.log10(lo) - 0.15, math.log10(hi) + 0.15


def forest_figure(rows: pd.DataFrame, title: str, per_group: int = MAX_STUDIES_PER_GROUP,
                  names: Mapping[str, str] | None = None, crossover: Collection[str] = (),
                  grades: pd.DataFrame | None = None,
                  empty_message: str = "No study in this selection reports this outcome in this time window.",
                  ) -> go.Figure:
    """Draw forest_rows() output: study rows as squares with CI whiskers, pooled rows as diamonds.

    `names` maps study ids to the names readers know ("SYNAPSE (Daly 2018), n=67"; the id stays in the hover),
    `crossover` holds the ids of crossover trials (open squares, "· crossover" in the label), `grades` the
    analysis.pool_inputs rows (source type and verification in the hover). A group pooled from one study gets an
    open diamond labelled "1 study only, not pooled". Each pooled row also gets a dotted reference line at its
    estimate and, for k >= 3, its 95% prediction interval. At most `per_group` studies per group are drawn (the
    most weight, see drawn_rows); the title then says how many of how many are shown.
    """
    rows = rows[rows["estimate"].notna()] if len(rows) else rows
    if rows.empty:
        return empty_figure(title, empty_message)
    rows, shown, total = drawn_rows(rows, per_group)
    if shown < total:
        title = (f"{title}<br><sup>showing {shown:,} of {total:,} studies ({per_group} with the most weight per "
                 "group); every study is pooled and listed in the study rows</sup>")
    names = names or {}
    cross = set(crossover)
    grade = {}
    if grades is not None and len(grades):
        for g in grades.itertuples(index=False):
            grade[(str(g.group), str(g.study_id))] = (
                f"source: {L.label_of('source_tier', g.source_tier) or 'not recorded'} · "
                f"{L.label_of('verification', g.verification) or 'verification not recorded'}",
                L.fmt_hours(g.timepoint_hours))
    scale = str(rows["scale"].iloc[0])
    ratio = scale == "risk_ratio"
    n = len(rows)
    ys = list(range(n, 0, -1))  # first row on top
    group_ys: dict[str, list[int]] = {}
    for y, group_name in zip(ys, rows["group"].astype(str), strict=True):
        group_ys.setdefault(group_name, []).append(y)
    labels: list[str] = []
    points: dict[tuple[str, bool], list[_StudyPoint]] = {}
    xs_all: list[float] = []
    fig = go.Figure()
    for y, r in zip(ys, rows.itertuples(index=False), strict=True):
        est, lo, hi = _f(r.estimate), _f(r.ci_low), _f(r.ci_high)
        xs_all += [est, lo, hi]
        group = str(r.group)
        route = L.ROUTE_SHORT.get(group, group)
        colour = ROUTE_COLOURS.get(group, "#444")
        if r.row_type == "pooled":
            k, i2 = int(_f(r.k)) if not math.isnan(_f(r.k)) else 0, _f(r.i2)
            single = k <= 1
            note = f" — {r.note}" if isinstance(r.note, str) and r.note else ""
            if single:
                labels.append(f"<b>{hover_text(route)}: 1 study only, not pooled</b>")
            else:
                labels.append(f"<b>Pooled {hover_text(route)} (k={k}, I²={fmt_num(i2, 0)}%)</b>")
            fig.add_trace(go.Scatter(
                x=[lo, est, hi, est, lo], y=[y, y + DIAMOND_HALF_HEIGHT, y, y - DIAMOND_HALF_HEIGHT, y],
                fill="none" if single else "toself", mode="lines", line={"color": colour, "width": 2},
                fillcolor=colour, name=f"pooled {group}", hoverinfo="text", showlegend=False,
                text=(f"{'One study only (its own estimate, not pooled)' if single else 'Pooled'} "
                      f"{hover_text(route)}: {_fmt(est, scale)} [{_fmt(lo, scale)}, {_fmt(hi, scale)}]"
                      f"<br>k={k}" + ("" if single else f", I²={fmt_num(i2, 0)}%, between-study variance "
                                                         f"τ²={fmt_num(r.tau2, 3)}")
                      + (f"<br>95% prediction interval {_fmt(r.pi_low, scale)} to {_fmt(r.pi_high, scale)}"
                         if k >= 3 else "") + f"{hover_text(note)}"),
            ))
            gy = group_ys[group]
            fig.add_shape(type="line", x0=est, x1=est, y0=min(gy) - 0.4, y1=max(gy) + 0.4,
                          line={"color": colour, "dash": "dot", "width": 1})  # reference line at the pooled effect
            if not math.isnan(_f(r.pi_low)) and k >= 3:
                fig.add_trace(go.Scatter(x=[_f(r.pi_low), _f(r.pi_high)], y=[y, y], mode="lines",
                                         line={"color": colour, "dash": "dot", "width": 1}, hoverinfo="skip",
                                         showlegend=False))
        else:
            sid = str(r.study_id)
            is_cross = sid in cross
            name = names.get(sid, sid)
            labels.append(hover_text(name, 60) + (" · crossover" if is_cross else ""))
            counts = f"events {fmt_num(r.events, 0)}/{fmt_num(r.total, 0)}"
            if ratio:
                counts += f" vs {fmt_num(r.events_ctl, 0)}/{fmt_num(r.total_ctl, 0)} on the comparator"
            src, when = grade.get((group, sid), ("", ""))
            arms = str(r.label)[len(sid):].strip() if str(r.label).startswith(sid) else ""
            extra = (f"<br>at {when} after the first dose" if when else "") + (
                f"<br>{hover_text(arms, 160)}" if arms else "") + (
                "<br>crossover trial (first-period data where reported)" if is_cross else "")
            points.setdefault((group, is_cross), []).append(_StudyPoint(
                y=y, est=est, lo=lo, hi=hi, sid=hover_text(sid), name=hover_text(name), counts=counts,
                derived=" (events computed from a reported percent)" if bool(r.derived) else "",
                prov=hover_text(r.provenance), grades=hover_text(src), extra=extra))
    for (group, is_cross), pts in points.items():
        fig.add_trace(_study_trace(pts, ROUTE_COLOURS.get(group, "#444"), scale, is_cross))
    xaxis: dict[str, object] = {"zeroline": False, "automargin": True}
    if ratio:
        fig.add_vline(x=1, line={"color": "#555", "dash": "dash", "width": 1.5})
        side = "left" if str(rows["outcome"].iloc[0]).startswith("relapse") else "right"
        xaxis.update({"type": "log", "title": f"risk ratio vs comparator (log scale; {side} of 1 favours ketamine)",
                      "tickvals": list(RR_TICKS), "ticktext": [f"{t:g}" for t in RR_TICKS],
                      "range": list(_rr_range(xs_all))})
    else:
        xaxis.update({"title": "% of patients (95% CI)", "range": [0, 1], "tickformat": ".0%", "dtick": 0.2,
                      "tickangle": 0})
    fig.update_layout(
        title=title, height=max(360, 170 + 34 * n), xaxis=xaxis, margin={"l": 10, "r": 20, "b": 70},
        yaxis={"tickvals": ys, "ticktext": labels, "range": [0.3, n + 0.7], "automargin": True},
    )
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
            if ev_c is not None and tot_c is not None:  # a ratio
                res = pool_risk_ratios(ev[keep], tot[keep], ev_c[keep], tot_c[keep], method)
            else:
                res = pool_proportions(ev[keep], tot[keep], method)
            d = res.as_dict()
            out.append({"group": group, "left_out": sid, **{c: d.get(c) for c in cols[2:]}})
    return pd.DataFrame(out, columns=cols)
