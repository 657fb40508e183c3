"""The Response tab on a selection with more studies than a forest plot can show (AppTest on synthetic tables):
the plot draws the most-weighted studies per route and says so, every pooled number still uses all studies, and a
filter change gives the numbers a direct computation on the filtered tables gives."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from benchmarks.synthetic import write
from evidence import analysis, store
from evidence.app.tables import MAX_TABLE_ROWS
from evidence.charts.forest import MAX_STUDIES_PER_GROUP
from evidence.filters import Filters
from evidence.selection import Snapshot
from tests.app_support import figure, frame_with, start
from tests.plotly_spec import decode


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(400, tmp_path_factory.mktemp("synthetic400"))


@pytest.fixture()
def app(synthetic: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(synthetic))
    return start({"tab": "Response"}, timeout=180)


def _pooled(at: AppTest) -> pd.DataFrame:
    """The pooled table back in analysis terms: route codes, proportions (the page shows words and percents)."""
    from evidence.charts.labels import ROUTE_LABELS

    code = {v: k for k, v in ROUTE_LABELS.items()}
    t = frame_with(at, "route", "k", "estimate", "pi_low")
    t = t.assign(route=t["route"].map(code), estimate=t["estimate"].astype(float) / 100)
    return t.set_index("route")


def _captions(at: AppTest) -> list[str]:
    return [c.value for c in at.caption]


def test_forest_plot_is_capped_and_says_so_while_pooling_every_study(app: AppTest, synthetic: Path) -> None:
    rows = analysis.forest_rows(store.read_tables(synthetic), "response", "24h")
    studies = rows[rows["row_type"] == "study"]
    per_route = studies.groupby("group").size()
    assert per_route.min() > MAX_STUDIES_PER_GROUP  # every route is cut
    fig = figure(app, "forest plot")
    drawn = sum(len(decode(t["x"])) for t in fig["data"] if t.get("mode") == "markers")
    assert drawn == MAX_STUDIES_PER_GROUP * len(per_route)
    assert f"showing {drawn:,} of {len(studies):,} studies" in fig["layout"]["title"]["text"]
    assert any(c.startswith(f"Showing {drawn:,} of {len(studies):,} studies in the plot") for c in _captions(app))
    pooled = _pooled(app)
    expected = rows[rows["row_type"] == "pooled"].set_index("group")
    assert pooled["k"].to_dict() == per_route.to_dict() == expected["k"].to_dict()
    assert pooled["estimate"].to_dict() == pytest.approx(expected["estimate"].to_dict(), rel=1e-12)
    inputs = analysis.pool_inputs(store.read_tables(synthetic), "response", "24h")
    assert len(inputs) == len(studies)  # the rows behind the plot are the pooled study rows, one per study
    labels = [b.label for b in app.get("download_button")]
    assert f"Download all {len(inputs):,} pooled study rows (CSV)" in labels
    assert len(inputs) < MAX_TABLE_ROWS  # so the study rows table shows every row, uncapped
    assert len(frame_with(app, "study_label", "events", "total", "source_tier", "verification")) == len(inputs)


def test_a_filter_change_gives_the_direct_computation(app: AppTest, synthetic: Path) -> None:
    tables = store.read_tables(synthetic)
    for routes in (["intravenous"], ["intranasal", "oral"]):
        app.multiselect(key="routes").set_value(routes)
        app.run()
        assert not app.exception, app.exception
        sel = Snapshot(tables).select(Filters(routes=tuple(routes)))
        expected = analysis.forest_rows(sel, "response", "24h")
        expected = expected[expected["row_type"] == "pooled"].set_index("group")
        pooled = _pooled(app)
        assert sorted(pooled.index) == sorted(routes)
        assert pooled["k"].to_dict() == expected["k"].to_dict()
        assert pooled["estimate"].to_dict() == pytest.approx(expected["estimate"].to_dict(), rel=1e-12)
        rr = analysis.controlled_rr(sel, "response")
        assert len(frame_with(app, "rr", "comparator_class", "total_ctl")) == len(rr)


def test_long_tables_show_the_first_rows_and_offer_all_of_them(synthetic: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """400 synthetic studies have more adverse-event rows than a page table shows: the first MAX_TABLE_ROWS are
    sent, the caption and the CSV download name the full count, and the CSV (built on click) holds every row."""
    import io

    from streamlit.runtime.media_file_manager import MediaFileManager

    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(synthetic))
    clicks: dict[str, object] = {}
    orig = MediaFileManager.add_deferred

    def register(self, data_callable, mimetype, coordinates, file_name=None, **kw):  # noqa: ANN001, ANN202
        clicks[str(file_name)] = data_callable
        return orig(self, data_callable, mimetype, coordinates, file_name, **kw)

    monkeypatch.setattr(MediaFileManager, "add_deferred", register)
    at = start({"tab": "Side effects"}, timeout=180)
    total = len(store.read_tables(synthetic)["adverse_events"])
    assert total > MAX_TABLE_ROWS
    assert len(frame_with(at, "term", "category", "n_at_risk", "provenance")) == MAX_TABLE_ROWS
    assert (f"Showing the first {MAX_TABLE_ROWS:,} of {total:,} adverse-event rows; download the CSV for all of "
            "them.") in _captions(at)
    assert f"Download all {total:,} adverse-event rows (CSV)" in [b.label for b in at.get("download_button")]
    full = pd.read_csv(io.BytesIO(clicks["adverse_event_rows.csv"]()))
    assert len(full) == total and full["provenance"].notna().all()
