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
    got = dict(zip(decode(fig["data"][0]["x"]), decode(fig["data"][0]["y"]), strict=True))
    expected = {r: sum(r in list(v) for v in tables["studies"]["routes"]) for r in got}
    assert got == expected and got["intravenous"] > 0


def test_year_timeline_and_design_mix_sum_to_the_studies(tables: dict[str, pd.DataFrame]) -> None:
    s = tables["studies"]
    fig = _json(studies_by_year(s))
    total = sum(sum(decode(t["y"])) for t in fig["data"])
    assert total == int(s["year"].notna().sum())
    assert "without a year" in fig["layout"]["title"]["text"]
    mix = _json(evidence_mix(s))["data"][0]
    assert dict(zip(decode(mix["y"]), decode(mix["x"]), strict=True))["rct"] == int((s["design"] == "rct").sum())


def test_onset_points_on_a_log_axis_with_escaped_hover(tables: dict[str, pd.DataFrame]) -> None:
    pts = analysis.onset_points(tables)
    fig = _json(onset_figure(pts))
    assert fig["layout"]["xaxis"]["type"] == "log"
    drawn = {t["name"]: sorted(decode(t["x"])) for t in fig["data"] if t["type"] == "box"}
    eff = tables["efficacy"]
    on = eff[(eff["measure"] == "onset") & eff["timepoint_hours"].notna()]
    assert set(drawn) <= set(on["route"])
    for route, xs in drawn.items():
        assert set(xs) <= {round(float(h), 6) for h in on.loc[on["route"] == route, "value"]} | set(
            float(h) for h in on.loc[on["route"] == route, "timepoint_hours"])
    unsure = pts.head(2).assign(verification=["verified", "uncertain"])
    rings = [t for t in _json(onset_figure(unsure))["data"] if t["type"] == "scatter"]
    assert len(rings) == 1 and decode(rings[0]["x"]) == [float(unsure["hours"].iloc[1])]
    evil = pts.head(1).assign(study_id='<img src=x onerror="alert(1)">', provenance="**bold** <script>x</script>")
    spec = onset_figure(evil).to_json()
    assert "<img" not in spec and "<script>" not in spec and "&lt;img" in spec


def test_forest_figure_draws_study_estimates_and_the_pooled_diamond(tables: dict[str, pd.DataFrame]) -> None:
    rows = analysis.forest_rows(tables, outcome="response", window="24h")
    fig = _json(forest_figure(rows, "t"))
    studies = rows[rows["row_type"] == "study"]
    markers = [t for t in fig["data"] if t.get("mode") == "markers"]
    xs = [x for m in markers for x in decode(m["x"])]
    assert len(xs) == len(studies)
    # a study's proportion is events / total
    assert sorted(xs) == pytest.approx(sorted(r.events / r.total for r in studies.itertuples()))
    pooled = rows[rows["row_type"] == "pooled"].iloc[0]
    diamond = next(t for t in fig["data"] if t.get("fill") == "toself")
    assert decode(diamond["x"]) == pytest.approx([pooled.ci_low, pooled.estimate, pooled.ci_high, pooled.estimate,
                                                  pooled.ci_low])
    labels = fig["layout"]["yaxis"]["ticktext"]
    assert any(f"k={int(pooled.k)}" in lab and "I²=" in lab for lab in labels)


def test_forest_risk_ratio_has_log_axis_and_null_line(tables: dict[str, pd.DataFrame]) -> None:
    rows = analysis.forest_rows(tables, outcome="response_rr", window="24h")
    fig = _json(forest_figure(rows, "rr"))
    assert fig["layout"]["xaxis"]["type"] == "log"
    assert any(s.get("x0") == 1 for s in fig["layout"].get("shapes", []))


def test_empty_inputs_give_an_explaining_figure() -> None:
    empty = pd.DataFrame(columns=analysis.FOREST_COLUMNS)
    for fig in (forest_figure(empty, "x"), onset_figure(pd.DataFrame(columns=analysis.ONSET_COLUMNS)),
                ae_heatmap(pd.DataFrame(columns=analysis.AE_COLUMNS)),
                rates_by_window(pd.DataFrame(columns=analysis.SUMMARY_COLUMNS))):
        ann = _json(fig)["layout"]["annotations"]
        assert ann and "No " in ann[0]["text"]


def test_ae_heatmap_and_bars_show_events_over_at_risk(tables: dict[str, pd.DataFrame]) -> None:
    inc = analysis.ae_incidence(tables)
    fig = _json(ae_heatmap(inc))
    hm = fig["data"][0]
    y, x = hm["y"], hm["x"]
    i, j = y.index("intranasal"), x.index("dissociation")
    row = inc[(inc["group"] == "intranasal") & (inc["category"] == "dissociation")].iloc[0]
    assert hm["z"][i][j] == pytest.approx(row["estimate"])
    assert hm["customdata"][i][j][0] == f"{int(row['events'])}/{int(row['total'])}"
    bars = _json(ae_bars(inc))
    nasal = next(t for t in bars["data"] if t["name"] == "intranasal")
    k = nasal["x"].index("dissociation")
    assert nasal["customdata"][k][0] == f"{int(row['events'])}/{int(row['total'])}"


def test_rates_by_window_plots_the_pooled_estimates(tables: dict[str, pd.DataFrame]) -> None:
    summary = analysis.summarise(tables)
    fig = _json(rates_by_window(summary))
    ys = sorted(round(v, 9) for t in fig["data"] for v in decode(t["y"]))
    want = summary[summary["outcome"].isin(["response", "remission"]) & summary["estimate"].notna()
                   & summary["window"].isin(analysis.WINDOW_KEYS)]
    assert ys == sorted(round(float(v), 9) for v in want["estimate"])


def test_comparator_split_pools_each_class_with_the_analysis_estimator(tables: dict[str, pd.DataFrame]) -> None:
    rr = analysis.controlled_rr(tables, "response")
    out = comparator_pooled(rr, "24h")
    g = rr[(rr["window"] == "24h") & (rr["comparator_class"] == "placebo")]
    ref = pool_risk_ratios(g["events"], g["total"], g["events_ctl"], g["total_ctl"])
    row = out[out["comparator_class"] == "placebo"].iloc[0]
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
    markers = [t for t in fig["data"] if t.get("mode") == "markers"]
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
