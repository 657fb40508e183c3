"""Filter logic: tables of cases over a small schema-valid studies table, the other tables follow, URL round trip."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from evidence import schema, store, vocab
from evidence.app.state import ALLOWED
from evidence.filters import SOURCE_FACETS, Filters, from_query, to_query
from evidence.match import apply_filters
from evidence.selection import Snapshot
from tests.conftest import DATA


def _study(sid: str, **kw: object) -> dict[str, object]:
    row: dict[str, object] = {c: None for c in schema.columns("studies")}
    row.update(study_id=sid, design="rct", comparator_class="unknown", is_secondary=False, drugs=["ketamine"],
               routes=["intravenous"], population=["TRD"], conditions=[], nct_ids=[], pmids=[], dois=[],
               sources=["curated"], source_urls=[])
    row.update(kw)
    return row


STUDIES = schema.coerce("studies", pd.DataFrame([
    _study("NCT00000001", title="IV ketamine in TRD", year=2010, enrollment=20, phase="PHASE2", status="COMPLETED",
           nct_ids=["NCT00000001"], sources=["ctgov"], comparator_class="midazolam"),
    _study("PMID:2", title="Esketamine nasal spray", year=2019, enrollment=200, drugs=["esketamine"],
           routes=["intranasal"], population=["TRD", "suicidal"], pmids=["2"], sources=["pubmed"],
           phase="PHASE3", status="COMPLETED", comparator_class="placebo"),
    _study("DOI:10.1/x", title="Oral ketamine review", year=2021, design="meta_analysis", is_secondary=True,
           routes=["oral"], population=["MDD"], dois=["10.1/x"]),
    _study("REF:nodate", title="Sublingual case series", design="case_series", routes=["sublingual", "oral"],
           population=["bipolar"], comparator_class="none"),
]))


@pytest.mark.parametrize(("f", "expected"), [
    (Filters(), ["NCT00000001", "PMID:2", "DOI:10.1/x", "REF:nodate"]),
    (Filters(routes=("oral",)), ["DOI:10.1/x", "REF:nodate"]),
    (Filters(routes=("intranasal", "intravenous")), ["NCT00000001", "PMID:2"]),
    (Filters(drugs=("esketamine",)), ["PMID:2"]),
    (Filters(populations=("suicidal", "bipolar")), ["PMID:2", "REF:nodate"]),
    (Filters(designs=("rct",)), ["NCT00000001", "PMID:2"]),
    (Filters(phases=("PHASE3",)), ["PMID:2"]),
    (Filters(statuses=("COMPLETED",)), ["NCT00000001", "PMID:2"]),
    (Filters(comparators=("midazolam",)), ["NCT00000001"]),
    (Filters(sources=("registry",)), ["NCT00000001"]),
    (Filters(sources=("paper",)), ["PMID:2", "DOI:10.1/x"]),
    (Filters(sources=("curated",)), ["DOI:10.1/x", "REF:nodate"]),
    (Filters(year_min=2015), ["PMID:2", "DOI:10.1/x"]),  # no year: hidden once a range is set
    (Filters(year_max=2019), ["NCT00000001", "PMID:2"]),
    (Filters(year_min=2011, year_max=2020), ["PMID:2"]),
    (Filters(min_n=50), ["PMID:2"]),  # missing enrollment hidden
    (Filters(primary_only=True), ["NCT00000001", "PMID:2", "REF:nodate"]),
    (Filters(search="NASAL"), ["PMID:2"]),
    (Filters(search="nct00000001"), ["NCT00000001"]),
    (Filters(routes=("oral",), designs=("rct",)), []),
])
def test_apply_filters_cases(f: Filters, expected: list[str]) -> None:
    assert list(apply_filters(STUDIES, f)["study_id"]) == expected


def _with_lists(column: str, cells: list[object]) -> pd.DataFrame:
    """STUDIES with one list column replaced cell by cell (odd cells the schema would not produce, too)."""
    out = STUDIES.copy()
    out[column] = pd.Series(cells, index=out.index, dtype=object)
    return out


ODD_ROUTES = [None, [], np.array(["oral", "intranasal"], dtype=object), ["not-a-route", None]]


@pytest.mark.parametrize(("column", "cells", "f", "expected"), [
    ("routes", ODD_ROUTES, Filters(routes=("oral",)), ["DOI:10.1/x"]),
    ("routes", ODD_ROUTES, Filters(routes=("intranasal", "intravenous")), ["DOI:10.1/x"]),
    ("routes", ODD_ROUTES, Filters(routes=("not-a-route",)), ["REF:nodate"]),  # matched as given, not by vocabulary
    ("routes", ODD_ROUTES, Filters(routes=("bogus",)), []),
    ("routes", ODD_ROUTES, Filters(), ["NCT00000001", "PMID:2", "DOI:10.1/x", "REF:nodate"]),
    ("drugs", [["ketamine"], ("esketamine",), "ketamine", None], Filters(drugs=("esketamine",)), ["PMID:2"]),
    ("drugs", [["ketamine"], ("esketamine",), "ketamine", None], Filters(drugs=("k",)), ["DOI:10.1/x"]),  # a str
    ("population", [[], [], [], []], Filters(populations=("TRD",)), []),
    ("population", [None, None, None, None], Filters(populations=("TRD",)), []),
    ("sources", [None, [], ["ctgov", "curated"], ["pubmed"]], Filters(sources=("registry",)), ["NCT00000001",
                                                                                               "DOI:10.1/x"]),
    ("sources", [None, [], ["ctgov", "curated"], ["pubmed"]], Filters(sources=("curated",)), ["DOI:10.1/x"]),
    ("sources", [None, [], ["ctgov", "curated"], ["pubmed"]], Filters(sources=("paper",)), ["PMID:2", "DOI:10.1/x",
                                                                                            "REF:nodate"]),
    ("nct_ids", [None, [], [], np.array(["NCT9"], dtype=object)], Filters(sources=("registry",)),
     ["NCT00000001", "REF:nodate"]),  # the first is from CT.gov
    ("dois", [None, None, [], None], Filters(sources=("paper",)), ["PMID:2"]),
])
def test_list_filters_on_empty_missing_and_unknown_values(column: str, cells: list[object], f: Filters,
                                                          expected: list[str]) -> None:
    assert list(apply_filters(_with_lists(column, cells), f)["study_id"]) == expected


def test_a_list_cell_that_is_not_a_list_is_an_error_not_a_silent_miss() -> None:
    with pytest.raises(TypeError):
        apply_filters(_with_lists("routes", [["oral"], float("nan"), [], []]), Filters(routes=("oral",)))


def test_has_numbers_keeps_only_studies_with_a_number() -> None:
    ids = {"PMID:2"}
    assert list(apply_filters(STUDIES, Filters(has_numbers=True), ids)["study_id"]) == ["PMID:2"]
    assert apply_filters(STUDIES, Filters(has_numbers=True), set()).empty


def test_filter_tables_narrows_every_table_and_per_arm_rows_by_route() -> None:
    tables = store.read_tables(DATA)
    out = Snapshot(tables).select(Filters(routes=("intranasal",)))
    keep = set(out["studies"]["study_id"])
    assert keep and all("intranasal" in r for r in out["studies"]["routes"])
    for name in ("efficacy", "adverse_events", "arms"):
        assert set(out[name]["study_id"]) <= keep
        ketamine_rows = out[name][out[name]["drug"] != "other"]
        assert set(ketamine_rows["route"]) <= {"intranasal"}
    assert set(out["publications"]["study_id"]) <= keep
    # the real snapshot: studies with numbers are a strict subset
    numeric = Snapshot(tables).select(Filters(has_numbers=True))["studies"]
    assert 0 < len(numeric) < len(tables["studies"])
    assert set(numeric["study_id"]) <= set(tables["efficacy"]["study_id"]) | set(tables["adverse_events"]["study_id"])


@pytest.mark.parametrize(("params", "expected"), [
    ({"routes": "oral,bogus,oral"}, Filters(routes=("oral",))),
    ({"routes": ["oral", "intranasal"]}, Filters(routes=("oral", "intranasal"))),
    ({"year_min": "2020", "year_max": "2010"}, Filters(year_min=2010, year_max=2020)),
    ({"year_min": "abc", "min_n": "-5"}, Filters()),
    ({"min_n": "0"}, Filters()),
    ({"has_numbers": "1", "primary_only": "true"}, Filters(has_numbers=True, primary_only=True)),
    ({"has_numbers": "0"}, Filters()),
    ({"sources": "registry,ctgov"}, Filters(sources=("registry",))),
    ({"phases": "PHASE3", "statuses": "RECRUITING"}, Filters(phases=("PHASE3",), statuses=("RECRUITING",))),
    ({"search": "x" * 500}, Filters(search="x" * 200)),
])
def test_from_query_cases(params: dict[str, object], expected: Filters) -> None:
    assert from_query(params, ALLOWED) == expected


def _filters() -> st.SearchStrategy[Filters]:
    def sub(choices: tuple[str, ...]) -> st.SearchStrategy[tuple[str, ...]]:
        return st.lists(st.sampled_from(choices), unique=True, max_size=3).map(tuple)

    return st.builds(
        Filters, routes=sub(vocab.ROUTES), drugs=sub(vocab.DRUGS), populations=sub(vocab.POPULATIONS),
        designs=sub(vocab.DESIGNS), phases=sub(vocab.PHASES), statuses=sub(vocab.STATUSES),
        comparators=sub(vocab.COMPARATOR_CLASSES), sources=sub(SOURCE_FACETS),
        year_min=st.none() | st.integers(1990, 2005), year_max=st.none() | st.integers(2006, 2030),
        min_n=st.none() | st.integers(1, 5000), has_numbers=st.booleans(), primary_only=st.booleans(),
        search=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30),
    )


@given(_filters())
def test_url_round_trip(f: Filters) -> None:
    assert from_query(to_query(f), ALLOWED) == f


def test_describe_lists_only_active_filters() -> None:
    assert Filters().describe() == {} and Filters().is_empty()
    assert Filters(routes=("oral", "intranasal"), min_n=10).describe() == {"routes": "oral, intranasal", "min_n": "10"}


def test_url_view_choices_match_the_analysis_vocabulary() -> None:
    from evidence import analysis
    from evidence.app import state

    assert state.METHODS == tuple(analysis.METHODS)
    assert state.WINDOW_KEYS == tuple(analysis.WINDOW_KEYS)
    assert set(state.FOREST_OUTCOMES) <= set(analysis.OUTCOMES)


def test_a_drug_filter_keeps_the_control_arms_so_risk_ratios_survive() -> None:
    from evidence.analysis import controlled_rr

    tables = store.read_tables(DATA)
    everything = controlled_rr(tables, "response")
    esk = Snapshot(tables).select(Filters(drugs=("esketamine",)))
    assert (esk["efficacy"]["drug"] == "other").any()  # placebo arms of esketamine trials are still there
    assert not esk["efficacy"]["drug"].isin(["ketamine", "arketamine"]).any()
    rr = controlled_rr(esk, "response")
    assert 0 < len(rr) <= len(everything)


PER_ARM = ("efficacy", "adverse_events", "arms")
SELECTIONS = [Filters(), Filters(routes=("intranasal",)), Filters(routes=("oral", "intravenous"), designs=("rct",)),
              Filters(drugs=("esketamine",)), Filters(drugs=("ketamine",), routes=("intravenous",)),
              Filters(populations=("TRD",)), Filters(year_min=2019), Filters(has_numbers=True), Filters(year_min=2199),
              Filters(primary_only=True)]


def _eager(tables: dict[str, pd.DataFrame], f: Filters) -> dict[str, pd.DataFrame]:
    """The selection computed the plain way (Python sets, every table at once): the oracle for Selection."""
    from evidence.match import studies_with_numbers

    studies = apply_filters(tables["studies"], f, studies_with_numbers(tables) if f.has_numbers else None)
    everyone, ids = len(studies) == len(tables["studies"]), set(studies["study_id"])
    out = {"studies": studies}
    for name, df in tables.items():
        if name == "studies":
            continue
        keep = np.array([everyone or s in ids for s in df["study_id"]], dtype=bool)
        if name in ("efficacy", "adverse_events"):  # the values a selection may pool (filters.value_base)
            keep &= np.array([f.include_auto or k != "abstract" for k in df["source_kind"]], dtype=bool)
            if f.primary_sources:
                keep &= np.array([t in ("registry_results", "primary_paper") for t in df["source_tier"]], dtype=bool)
        if name in PER_ARM:
            control = np.array([d == "other" for d in df["drug"]], dtype=bool)
            if f.routes:
                keep &= np.array([r in f.routes for r in df["route"]], dtype=bool) | control
            if f.drugs:
                keep &= np.array([d in f.drugs for d in df["drug"]], dtype=bool) | control
        out[name] = df[keep]
    return out


@pytest.mark.parametrize("f", SELECTIONS)
def test_a_selection_equals_the_eager_filter_table_by_table(f: Filters) -> None:
    tables = store.read_tables(DATA)
    expected = _eager(tables, f)
    for order in (list(tables), list(reversed(tables))):  # whichever table is read first
        sel = Snapshot(tables).select(f)
        for name in order:
            assert sel.count(name) == len(expected[name])  # counted before the table is cut
            pd.testing.assert_frame_equal(sel[name], expected[name], check_exact=True)
            assert sel.count(name) == len(expected[name])
    for name in ("efficacy", "adverse_events"):
        want = int(expected[name]["verification"].isin(["auto", "uncertain"]).sum())
        assert Snapshot(tables).select(f).count(name, "verification", ("auto", "uncertain")) == want
    assert set(sel) == set(tables) and len(sel) == len(tables) and "efficacy" in sel and "nope" not in sel


def test_selections_of_one_snapshot_share_its_whole_selection_and_equal_a_fresh_snapshots() -> None:
    tables = store.read_tables(DATA)
    snap = Snapshot(tables)
    for f in [*SELECTIONS, Filters(include_auto=True), Filters(primary_sources=True, routes=("oral",))]:
        shared, alone = snap.select(f), Snapshot(tables).select(f)
        assert shared.filters == f
        assert shared.parent is (None if f == f.values_only() else snap.whole(f))
        assert (shared is snap.whole(f)) == (f == f.values_only())
        for name in tables:
            pd.testing.assert_frame_equal(alone[name], shared[name], check_exact=True)


@given(st.integers(0, 10_000), st.lists(st.sampled_from(vocab.ROUTES), max_size=3, unique=True),
       st.lists(st.sampled_from(vocab.DRUGS), max_size=2, unique=True), st.sampled_from([None, 2012, 2020]))
def test_selections_of_synthetic_tables_equal_the_eager_filter(seed: int, routes: list[str], drugs: list[str],
                                                               year_min: int | None) -> None:
    from benchmarks.synthetic import make_tables

    tables = make_tables(40, seed=seed)
    f = Filters(routes=tuple(routes), drugs=tuple(drugs), year_min=year_min)
    expected, sel = _eager(tables, f), Snapshot(tables).select(f)
    for name in tables:
        assert sel.count(name) == len(expected[name])
        pd.testing.assert_frame_equal(sel[name], expected[name], check_exact=True)


@pytest.mark.parametrize("f", SELECTIONS)
def test_head_is_the_first_rows_of_the_cut_table(f: Filters) -> None:
    tables = store.read_tables(DATA)
    for n in (0, 1, 7, 10_000):
        for name in tables:
            fresh = Snapshot(tables).select(f)
            head = fresh.head(name, n)  # before the table is cut
            pd.testing.assert_frame_equal(head, fresh[name].head(n), check_exact=True)
            pd.testing.assert_frame_equal(fresh.head(name, n), head, check_exact=True)  # after
