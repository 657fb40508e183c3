"""The dashboard opens on the shipped snapshot, shows every route's count, and its route filter works."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from evidence import store
from evidence.filters import Filters, to_query
from evidence.selection import Snapshot
from tests.app_support import start, studies_table
from tests.conftest import DATA, ROOT
from tests.plotly_spec import decode, figures, title_of


@pytest.fixture
def app() -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def _route_counts_in_chart(at: AppTest) -> dict[str, int]:
    for fig in figures(at):
        if "studies by route" in title_of(fig).lower():
            trace = fig["data"][0]
            return dict(zip(decode(trace["x"]), decode(trace["y"]), strict=True))
    raise AssertionError("no studies-by-route chart")


def test_every_route_appears_with_its_study_count(app: AppTest) -> None:
    from evidence.charts.labels import ROUTE_LABELS

    studies = store.read_table(DATA, "studies")
    expected = {ROUTE_LABELS[r]: n for r, n in studies.explode("routes")["routes"].value_counts().to_dict().items()}
    assert _route_counts_in_chart(app) == {r: expected.get(r, 0) for r in _route_counts_in_chart(app)}
    assert set(expected) <= set(_route_counts_in_chart(app))


def test_route_filter_changes_the_table_and_the_url(app: AppTest) -> None:
    total = len(studies_table(app))
    app.multiselect(key="routes").select("oral")
    app.run()
    oral = studies_table(app)
    assert 0 < len(oral) < total
    assert all("oral" in r for r in oral["routes"])
    assert app.query_params["routes"] == ["oral"] or app.query_params["routes"] == "oral"


def test_filters_are_restored_from_the_url() -> None:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["routes"] = "sublingual"
    at.run()
    assert not at.exception
    table = studies_table(at)
    assert len(table) >= 1 and all("sublingual" in r for r in table["routes"])


CASES = [  # URL query, widget changes (kind, key, value), the filters expected afterwards
    ({}, [("multiselect", "routes", ["oral"]), ("slider", "years", (2015, 2020)), ("number_input", "min_n", 20),
          ("checkbox", "has_numbers", True), ("text_input", "search", "ketamine")],
     Filters(routes=("oral",), year_min=2015, year_max=2020, min_n=20, has_numbers=True, search="ketamine")),
    ({"year_min": "1900", "routes": "intravenous"}, [], Filters(routes=("intravenous",))),  # clamped to the data
    ({"routes": "intranasal", "primary_only": "1"},
     [("multiselect", "routes", []), ("checkbox", "primary_only", False)], Filters()),
]


@pytest.mark.parametrize(("query", "changes", "expected"), CASES)
def test_the_page_is_drawn_for_what_the_sidebar_says(query: dict[str, str], changes: list[tuple[str, str, object]],
                                                     expected: Filters) -> None:
    """The headline is drawn before the sidebar, from the filters planned for it: they must be what it returns."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for k, v in query.items():
        at.query_params[k] = v
    at.run()
    for kind, key, value in changes:
        getattr(at, kind)(key=key).set_value(value)
        at.run()
    assert not at.exception, at.exception
    assert "replanned" not in at.session_state  # no second run was needed to agree with the widgets
    studies = Snapshot(store.read_tables(DATA)).select(expected)["studies"]
    assert at.metric[0].label == "Studies" and at.metric[0].value == str(len(studies))
    assert {k: ",".join(v) if isinstance(v, list) else v for k, v in
            ((k, at.query_params[k]) for k in at.query_params)} == to_query(expected)


def test_the_start_up_preload_names_every_view_the_page_imports_on_demand() -> None:
    """startup.VIEWS must follow main._view's modules, or a tab's first click pays its imports again."""
    import re

    from evidence.app import main, startup

    source = Path(main.__file__).read_text(encoding="utf-8")
    on_demand = {f"evidence.app.{m}" for m in re.findall(r'_view\("(\w+)"\)', source)}
    assert on_demand and on_demand <= set(startup.VIEWS)
    assert "evidence.analysis" in startup.VIEWS
    for name in startup.VIEWS:
        importlib.import_module(name)


def test_the_start_up_analyses_are_the_ones_a_session_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """After startup's warm-up of the unfiltered view, opening Response computes no forest, rate or risk ratio."""
    import streamlit as st

    from evidence import analysis
    from evidence.app import startup

    st.cache_resource.clear()
    startup._warm_default_analyses()
    calls: list[str] = []
    for name in ("forest_rows", "summarise", "controlled_rr"):
        real = getattr(analysis, name)
        monkeypatch.setattr(analysis, name, lambda *a, _n=name, _r=real, **k: calls.append(_n) or _r(*a, **k))
    start({"tab": "Response"})
    assert calls == []
    start({"tab": "Response", "routes": "oral"})  # a selection the warm-up did not compute
    assert {"forest_rows", "summarise", "controlled_rr"} <= set(calls)
