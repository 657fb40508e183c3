"""Chart builders: the figures carry the numbers of the tables (checked independently) and escape record text."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from evidence import analysis, store
from evidence.analysis.pooling import pool_risk_ratios
from evidence.charts.adverse import ae_bars, ae_heatmap
from evidence.charts.common import hover_text
from evidence.charts.forest import forest_figure
from evidence.charts.onset import onset_figure
from evidence.charts.overview import evidence_mix, studies_by_route, studies_by_year
from evidence.charts.response import comparator_pooled, rates_by_window
from tests.conftest import DATA
from tests.plotly_spec import decode


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return store.read_tables(DATA)


def _json(fig: object) -> dict:
    return json.loads(fig.to_json())  # type: ignore[attr-defined]


def test_studies_by_route_counts_each_route(tables: dict[str, pd.DataFrame]) -> None:
    fig = _json(studies_by_route(tables["studies"]))
    from evidence.charts.labels import ROUTE_LABELS

    got = dict(zip(decode(fig["data"][0]["x"]), decode(fig["data"][0]["y"]), strict=True))
    expected = {ROUTE_LABELS[r]: sum(r in list(v) for v in tables["studies"]["routes"]) for r in ROUTE_LABELS}
    assert got == expected and got["intravenous (IV)"] > 0


def test_year_timeline_and_design_mix_sum_to_the_studies(tables: dict[str, pd.DataFrame]) -> None:
    s = tables["studies"]
    fig = _json(studies_by_year(s))
    total = sum(sum(decode(t["y"])) for t in fig["data"])
    assert total == int(s["year"].notna().sum())
    assert "without a year" in fig["layout"]["title"]["text"]
    mix = _json(evidence_mix(s))["data"][0]
    got = dict(zip(decode(mix["y"]), decode(mix["x"]), strict=True))
    assert got["randomised controlled trial"] == int((s["design"] == "rct").sum())


def test_onset_is_a_dot_plot_of_primary_ketamine_arms_with_escaped_hover(tables: dict[str, pd.DataFrame]) -> None:
    from evidence.charts.labels import ROUTE_LABELS, study_names
    from evidence.charts.onset import BOX_MIN, drawn_points

    pts = analysis.onset_points(tables)
    names = study_names(tables["studies"])
    fig = _json(onset_figure(pts, names))
    assert fig["layout"]["xaxis"]["type"] == "log" and fig["layout"]["xaxis"]["tickangle"] == 0
    shown = drawn_points(pts)
    assert len(shown) < len(pts) and not shown["is_secondary"].any()  # reviews are not drawn
    dots = {t["name"]: t for t in fig["data"] if t["type"] == "scatter" and t["name"] in ROUTE_LABELS.values()}
    by_route = {ROUTE_LABELS[r]: sorted(g["hours"]) for r, g in shown.groupby("route")}
    assert {k: sorted(decode(t["x"])) for k, t in dots.items()} == by_route  # same inclusion rule as the table
    boxes = [t for t in fig["data"] if t["type"] == "box"]
    big = [r for r, g in shown.groupby("route") if len(g) >= BOX_MIN]
    assert len(boxes) == len(big)  # no box below BOX_MIN points
    first = next(iter(dots.values()))
    assert all(cd[0] and cd[1] for cd in first["customdata"])  # study name and id in every hover
    assert any(", n=" in cd[0] or "(" in cd[0] for t in dots.values() for cd in t["customdata"])
    unsure = pts[~pts["is_secondary"] & pts["drug"].isin(["ketamine", "esketamine", "arketamine"])].head(2).assign(
        verification=["verified", "derived"])
    rings = [t for t in _json(onset_figure(unsure))["data"] if t.get("marker", {}).get("symbol") == "circle-open"]
    assert len(rings) == 1 and decode(rings[0]["x"]) == [float(unsure["hours"].iloc[1])]
    assert "not verified" in rings[0]["name"]
    evil = unsure.head(1).assign(study_id='<img src=x onerror="alert(1)">', provenance="**bold** <script>x</script>")
    spec = onset_figure(evil).to_json()
    assert "<img" not in spec and "<script>" not in spec and "&lt;img" in spec


def _markers(fig: dict) -> list[dict]:
    return [t for t in fig["data"] if t.get("mode") == "markers"]


def test_forest_figure_draws_study_estimates_and_the_pooled_diamond(tables: dict[str, pd.DataFrame]) -> None:
    from evidence.charts.labels import study_names

    rows = analysis.forest_rows(tables, outcome="response", window="24h")
    names = study_names(tables["studies"])
    cross = set(tables["studies"].loc[tables["studies"]["design"] == "crossover_rct", "study_id"])
    fig = _json(forest_figure(rows, "t", names=names, crossover=cross,
                              grades=analysis.pool_inputs(tables, "response", "24h")))
    studies = rows[rows["row_type"] == "study"]
    xs = [x for m in _markers(fig) for x in decode(m["x"])]
    assert len(xs) == len(studies)
    assert sorted(xs) == pytest.approx(sorted(r.events / r.total for r in studies.itertuples()))
    labels = fig["layout"]["yaxis"]["ticktext"]
    assert names["NCT01998958"] in labels and names["NCT01998958"].startswith("SYNAPSE (Daly")  # not NCT01998958
    assert not any(lab.startswith(("NCT", "DOI:", "PMID:")) for lab in labels)
    assert any(lab.endswith("· crossover") for lab in labels)  # Lapidus 2014 is a crossover trial
    open_sq = [m for m in _markers(fig) if m["marker"]["symbol"] == "square-open"]
    assert open_sq and all(cd[1] in cross for m in open_sq for cd in m["customdata"])
    hover = [cd for m in _markers(fig) for cd in m["customdata"]]
    assert all("source:" in cd[6] for cd in hover)  # source type and verification in every hover
    pooled = rows[(rows["row_type"] == "pooled") & (rows["k"] > 1)].iloc[0]
    diamond = next(t for t in fig["data"] if t.get("fill") == "toself")
    assert decode(diamond["x"]) == pytest.approx([pooled.ci_low, pooled.estimate, pooled.ci_high, pooled.estimate,
                                                  pooled.ci_low])
    assert any(f"k={int(pooled.k)}" in lab and "I²=" in lab for lab in labels)
    assert not any("1 study only" in lab for lab in labels)
    # one study alone (SYNAPSE): its diamond is open and says it is one study, not a pooled estimate
    from evidence.filters import Filters
    from evidence.selection import Snapshot

    one = analysis.forest_rows(Snapshot(tables).select(Filters(search="NCT01998958")), "response", "24h")
    assert (one["row_type"] == "pooled").sum() == 1 and int(one["k"].max()) == 1
    fig1 = _json(forest_figure(one, "t", names=names))
    assert sum("1 study only, not pooled" in lab for lab in fig1["layout"]["yaxis"]["ticktext"]) == 1
    assert not [t for t in fig1["data"] if t.get("fill") == "toself"]
    assert [t for t in fig1["data"] if t.get("fill") == "none" and len(decode(t["x"])) == 5]
    assert fig1["layout"]["height"] >= 360  # a minimum height at k = 1: labels stay legible


def test_forest_risk_ratio_has_readable_log_ticks_and_the_line_at_1(tables: dict[str, pd.DataFrame]) -> None:
    import math

    rows = analysis.forest_rows(tables, outcome="response_rr", window="24h")
    fig = _json(forest_figure(rows, "rr"))
    ax = fig["layout"]["xaxis"]
    assert ax["type"] == "log" and {0.5, 1, 2, 5, 10, 20, 50} <= set(ax["tickvals"])
    assert ax["ticktext"][ax["tickvals"].index(0.5)] == "0.5" and ax["ticktext"][ax["tickvals"].index(10)] == "10"
    lo, hi = ax["range"]
    assert lo < 0 < hi  # log10(1) = 0: the no-effect line is inside the visible range
    ests = rows["estimate"].dropna()
    assert lo <= math.log10(ests.min()) and math.log10(ests.max()) <= hi
    assert any(s.get("x0") == 1 for s in fig["layout"].get("shapes", []))
    assert "favours ketamine" in ax["title"]["text"]


def test_empty_inputs_give_an_explaining_figure() -> None:
    empty = pd.DataFrame(columns=analysis.FOREST_COLUMNS)
    for fig in (forest_figure(empty, "x"), onset_figure(pd.DataFrame(columns=analysis.ONSET_COLUMNS)),
                ae_heatmap(pd.DataFrame(columns=analysis.AE_COLUMNS)),
                rates_by_window(pd.DataFrame(columns=analysis.SUMMARY_COLUMNS))):
        ann = _json(fig)["layout"]["annotations"]
        assert ann and "No " in ann[0]["text"]


def test_ae_heatmap_and_bars_show_events_over_at_risk(tables: dict[str, pd.DataFrame]) -> None:
    from evidence.app.side_effects import comparator_incidence

    inc = analysis.ae_incidence(tables)
    comp = comparator_incidence(tables, serious=False)
    fig = _json(ae_heatmap(inc, comparator=comp))
    grid, hm = fig["data"][0], fig["data"][1]
    y, x = hm["y"], hm["x"]  # categories down, routes across, in words
    assert "blood pressure increase" in y and "blood_pressure_increase" not in y
    i, j = y.index("dissociation"), x.index("intranasal (IN)")
    row = inc[(inc["group"] == "intranasal") & (inc["category"] == "dissociation")].iloc[0]
    assert hm["z"][i][j] == pytest.approx(row["estimate"])
    assert hm["customdata"][i][j][0] == f"{int(row['events'])}/{int(row['total'])}"
    c = comp[(comp["route"] == "intranasal") & (comp["category"] == "dissociation")]
    if len(c):
        assert f"vs {100 * c['rate'].iloc[0]:.0f}%" in hm["text"][i][j]
    missing = [(a, b) for a in range(len(y)) for b in range(len(x)) if hm["z"][a][b] is None]
    assert missing and all(grid["text"][a][b] == "no data" for a, b in missing)  # never a blank that reads as 0
    assert all(grid["text"][a][b] == "" for a in range(len(y)) for b in range(len(x)) if hm["z"][a][b] is not None)
    bars = _json(ae_bars(inc, comparator=comp))
    nasal = next(t for t in bars["data"] if t["name"] == "intranasal (IN)")
    k = nasal["x"].index("dissociation")
    assert nasal["customdata"][k][0] == f"{int(row['events'])}/{int(row['total'])}"
    assert any("comparator" in t["name"] for t in bars["data"])
    order = bars["layout"]["xaxis"]["categoryarray"]
    assert order == sorted(order, key=lambda c: list(y).index(c) if c in y else 99)  # one category order


def test_rates_by_window_plots_the_pooled_estimates(tables: dict[str, pd.DataFrame]) -> None:
    from evidence.charts.labels import ROUTE_LABELS

    summary = analysis.summarise(tables)
    fig = _json(rates_by_window(summary))
    ys = sorted(round(v, 9) for t in fig["data"] for v in decode(t["y"]) if v is not None)
    want = summary[summary["outcome"].isin(["response", "remission"]) & summary["estimate"].notna()
                   & summary["window"].isin(analysis.WINDOW_KEYS)]
    assert ys == sorted(round(float(v), 9) for v in want["estimate"])
    assert all("lines" not in t["mode"] for t in fig["data"])  # no line joins estimates of different studies
    legend = [t["name"] for t in fig["data"] if t.get("showlegend")]
    assert sorted(legend) == sorted(ROUTE_LABELS[r] for r in set(want["group"]))  # every route once
    points = [t for t in fig["data"] if not t.get("showlegend")]
    assert all(t["text"] and all(txt.startswith("k=") for txt in t["text"]) for t in points)
    legend_marks = [t for t in fig["data"] if t.get("showlegend")]
    assert all(t["marker"].get("symbol", "circle") == "circle" for t in legend_marks)  # a filled dot per route
    lay = fig["layout"]
    assert lay["xaxis2"]["tickvals"] == lay["xaxis"]["tickvals"] and lay["xaxis"].get("matches") in (None, "x2")
    assert "% of patients" in lay["yaxis"]["title"]["text"]
    assert max(len(t) for t in lay["xaxis2"]["ticktext"]) <= 10  # short window labels: no collisions


def test_comparator_split_pools_each_class_with_the_analysis_estimator(tables: dict[str, pd.DataFrame]) -> None:
    rr = analysis.controlled_rr(tables, "response")
    out = comparator_pooled(rr, "24h")
    cls = rr.loc[rr["window"] == "24h", "comparator_class"].value_counts().index[0]
    g = rr[(rr["window"] == "24h") & (rr["comparator_class"] == cls)]
    ref = pool_risk_ratios(g["events"], g["total"], g["events_ctl"], g["total_ctl"])
    row = out[out["comparator_class"] == cls].iloc[0]
    assert row["estimate"] == pytest.approx(ref.estimate) and row["k"] == ref.k == len(g)


@pytest.mark.parametrize(("value", "expected"), [
    ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"), (None, ""), (float("nan"), ""), (pd.NA, ""), ("a\n b", "a b"),
    ('"q"&', "&quot;q&quot;&amp;"),
])
def test_hover_text_is_escaped(value: object, expected: str) -> None:
    assert hover_text(value) == expected


def test_leave_one_out_repools_without_each_study(tables: dict[str, pd.DataFrame]) -> None:
    from evidence.analysis import pool_proportions
    from evidence.charts.forest import leave_one_out

    rows = analysis.forest_rows(tables, outcome="remission", window="d21_42")
    loo = leave_one_out(rows)
    studies = rows[rows["row_type"] == "study"]
    big = studies.groupby("group").filter(lambda g: len(g) >= 3)
    assert len(loo) == len(big) > 0
    first = loo.iloc[0]
    rest = big[(big["group"] == first["group"]) & (big["study_id"] != first["left_out"])]
    ref = pool_proportions(rest["events"].astype(float), rest["total"].astype(float))
    assert first["estimate"] == pytest.approx(ref.estimate) and first["k"] == len(rest)
    fig = _json(forest_figure(rows, "t"))
    pooled = rows[rows["row_type"] == "pooled"]
    lines = [s["x0"] for s in fig["layout"]["shapes"] if s.get("line", {}).get("dash") == "dot"]
    assert sorted(lines) == pytest.approx(sorted(pooled["estimate"]))  # a reference line at each pooled effect


def test_forest_draws_the_most_weighted_studies_per_group_and_says_so() -> None:
    from benchmarks.synthetic import make_tables
    from evidence.charts.forest import drawn_rows

    rows = analysis.forest_rows(make_tables(400, seed=11), outcome="response", window="24h")
    studies = rows[rows["row_type"] == "study"]
    per_group = studies.groupby("group").size()
    assert per_group.max() > 5  # the cap below really cuts
    kept, shown, total = drawn_rows(rows, per_group=5)
    assert total == len(studies) and shown == int(per_group.clip(upper=5).sum())
    pd.testing.assert_frame_equal(kept[kept["row_type"] == "pooled"], rows[rows["row_type"] == "pooled"])
    drawn = kept[kept["row_type"] == "study"]
    for _group, g in studies.groupby("group"):
        # the drawn ones are the most precise: no left-out study of the group has a narrower CI on the logit scale
        width = (np.log(g["ci_high"] / (1 - g["ci_high"])) - np.log(g["ci_low"] / (1 - g["ci_low"])))
        chosen = g["study_id"].isin(drawn["study_id"])
        assert chosen.sum() == min(5, len(g))
        if (~chosen).any():
            assert width[chosen].max() <= width[~chosen].min()
    fig = _json(forest_figure(rows, "t", per_group=5))
    markers = _markers(fig)
    assert sum(len(decode(m["x"])) for m in markers) == shown
    assert f"showing {shown:,} of {total:,} studies" in fig["layout"]["title"]["text"]
    pooled = rows[rows["row_type"] == "pooled"]
    diamonds = [t for t in fig["data"] if t.get("fill") == "toself"]
    assert sorted(decode(d["x"])[1] for d in diamonds) == pytest.approx(sorted(pooled["estimate"]))


def test_hover_column_equals_hover_text_value_by_value() -> None:
    from evidence.charts.common import hover_column, hover_text

    values = pd.Series(["<b>x</b>", None, "a  b\n c", "<b>x</b>", "é" * 300, float("nan"), "plain"], dtype=object)
    assert hover_column(values).tolist() == [hover_text(v) for v in values]
    strings = pd.Series(["x&y", None, "x&y"], dtype="string")
    assert hover_column(strings).tolist() == ["x&amp;y", "", "x&amp;y"]
