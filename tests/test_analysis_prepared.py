"""Prepared selections: every analysis on prepared (and parent-cut) tables equals the direct computation, and the
REML closed form equals metafor's matrix formulation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.synthetic import make_tables
from evidence import analysis, store
from evidence.analysis import prepare
from evidence.analysis.reml import reml_tau2
from evidence.filters import Filters
from evidence.selection import Snapshot
from tests.conftest import DATA

CALLS = {
    "summarise": lambda t: analysis.summarise(t),
    "summarise_population_reml": lambda t: analysis.summarise(t, by="population", method="REML"),
    "forest": lambda t: analysis.forest_rows(t, "response", "24h"),
    "forest_rr_design": lambda t: analysis.forest_rows(t, "response_rr", "24h", by="design"),
    "forest_remission_drug": lambda t: analysis.forest_rows(t, "remission", "d21_42", by="drug", method="REML"),
    "controlled_rr": lambda t: analysis.controlled_rr(t, "response"),
    "controlled_rr_population": lambda t: analysis.controlled_rr(t, "remission", "d21_42", by="population"),
    "ae": lambda t: analysis.ae_incidence(t),
    "ae_serious_population": lambda t: analysis.ae_incidence(t, by="population", serious=True),
    "onset_points": lambda t: analysis.onset_points(t),
    "onset_stats_design": lambda t: analysis.onset_stats(t, by="design"),
}
# Route/drug filters drop arm rows inside multi-route studies of the snapshot (the parent cannot be cut there);
# study-level filters keep every row of a kept study (the parent is cut).
FILTERS = [Filters(routes=("intranasal", "oral")), Filters(drugs=("esketamine",)), Filters(populations=("TRD",)),
           Filters(year_min=2015)]
CUT_CALLS = [CALLS[c] for c in ("summarise", "forest_rr_design", "controlled_rr_population", "ae_serious_population",
                                 "onset_points")]


@pytest.fixture(scope="module")
def snap() -> dict[str, pd.DataFrame]:
    return store.read_tables(DATA)


@pytest.mark.parametrize("call", list(CALLS))
def test_prepared_tables_give_the_direct_results(snap, call) -> None:
    prepared = prepare(snap)
    for name in CALLS:  # fill the memo through every other analysis first
        CALLS[name](prepared)
    direct, shared = CALLS[call](snap), CALLS[call](prepared)
    assert len(direct) > 0
    pd.testing.assert_frame_equal(direct, shared, check_exact=True)


@pytest.mark.parametrize("tables_name", ["snapshot", "synthetic"])
def test_a_selection_cut_from_its_parent_equals_the_direct_computation(snap, tables_name) -> None:
    snapshot = Snapshot(snap if tables_name == "snapshot" else make_tables(150, seed=5))
    parent = snapshot.whole(Filters())
    for call in CUT_CALLS:  # the parent's frames exist, so even a small selection is cut from them
        call(parent)
    cut_used = direct_used = 0
    for f in FILTERS:
        child = snapshot.select(f)
        assert child.parent is parent
        plain = dict(child)  # the same tables, computed directly
        for call in CUT_CALLS:
            pd.testing.assert_frame_equal(call(plain), call(child), check_exact=True)
        exact = all(child.same_rows_as_parent(t) for t in ("studies", "efficacy", "arms"))
        cut_used += exact
        direct_used += not exact
    assert cut_used > 0
    if tables_name == "snapshot":
        assert direct_used > 0


@pytest.mark.parametrize("f", [*FILTERS, Filters(routes=("intravenous",)), Filters(designs=("rct",)),
                               Filters(year_min=2199), Filters()])
def test_a_selection_of_the_parents_own_tables_decides_and_cuts_as_plain_tables_do(snap, f) -> None:
    """A Selection answers from its row masks and cuts by study positions; a plain copy of the same tables with the
    same parent counts rows and hashes ids: same answers, same frames."""
    snapshot = Snapshot(snap)
    parent = snapshot.whole(f)
    for call in CUT_CALLS:
        call(parent)
    masks = snapshot.select(f)
    if f == f.values_only():  # nothing left out: the whole selection itself, computed directly
        assert masks is parent and masks.parent is None
        return
    counts = prepare(dict(masks), parent=parent)
    sel = dict(masks)
    for t in ("studies", "efficacy", "arms", "adverse_events", "publications"):
        assert masks.same_rows_as_parent(t) == counts.same_rows_as_parent(t), t
    for call in CUT_CALLS:
        pd.testing.assert_frame_equal(call(masks), call(counts), check_exact=True)
        pd.testing.assert_frame_equal(call(masks), call(sel), check_exact=True)


def test_same_rows_check_sees_a_dropped_arm_row(snap) -> None:
    parent = prepare(snap)
    child = prepare({**snap, "efficacy": snap["efficacy"].iloc[1:]}, parent=parent)
    assert child.same_rows_as_parent("studies")
    assert not child.same_rows_as_parent("efficacy")
    assert prepare(dict(snap), parent=parent).same_rows_as_parent("efficacy")


def test_same_rows_check_sees_a_row_of_a_study_outside_the_selection(snap) -> None:
    """A dropped row and a row of an unselected study would balance a plain count; neither is missed."""
    eff = snap["efficacy"]
    sid = eff["study_id"].iloc[0]
    studies = snap["studies"][snap["studies"]["study_id"] != sid]
    gone = eff["study_id"] == sid
    kept = eff[~gone]
    sel = {**snap, "studies": studies, "efficacy": pd.concat([kept.iloc[1:], eff[gone].iloc[:1]])}
    assert not prepare(sel, parent=prepare(snap)).same_rows_as_parent("efficacy")


@pytest.mark.parametrize("outcomes", [("response", "remission"), ("studies",), ("onset", "remission_rr"), ("ae",)])
def test_summarise_subset_equals_the_full_summary_rows(snap, outcomes) -> None:
    full = analysis.summarise(snap)
    keep = full["outcome"].isin(outcomes) | (full["outcome"].str.startswith("ae:") & ("ae" in outcomes))
    part = analysis.summarise(snap, outcomes=outcomes)
    assert len(part) > 0
    pd.testing.assert_frame_equal(part, full[keep].reset_index(drop=True), check_exact=True)


def test_summarise_rejects_an_unknown_outcome(snap) -> None:
    with pytest.raises(ValueError, match="unknown outcome"):
        analysis.summarise(snap, outcomes=("speed",))


def _reml_matrix(yi: np.ndarray, vi: np.ndarray) -> float:
    """metafor's Fisher scoring with the k x k matrices (the formulation the closed form replaced)."""
    from evidence.analysis.reml import _LL0_TOL, _REML_MAXITER, _REML_THRESHOLD, _reml_direct, _reml_ll

    k = len(yi)
    p_ols = np.eye(k) - np.ones((k, k)) / k
    tau2 = max(0.0, (float(yi @ p_ols @ yi) - float(np.trace(p_ols @ np.diag(vi)))) / (k - 1))
    change, it = _REML_THRESHOLD + 1, 0
    while change > _REML_THRESHOLD:
        it += 1
        old = tau2
        w = 1.0 / (vi + tau2)
        pm = np.diag(w) - np.outer(w, w) / w.sum()
        pp = pm @ pm
        adj = (float(yi @ pp @ yi) - float(np.trace(pm))) / float(np.trace(pp))
        while tau2 + adj < 0:
            adj /= 2
        tau2 += adj
        change = abs(old - tau2)
        if it > _REML_MAXITER:
            return _reml_direct(yi, vi)
    if _reml_ll(yi, vi, 0.0) - _reml_ll(yi, vi, tau2) > _LL0_TOL and tau2 > _REML_THRESHOLD:
        tau2 = 0.0
    return tau2


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.floats(-3, 3), st.floats(0.01, 2)), min_size=2, max_size=40))
def test_reml_closed_form_equals_the_matrix_formulation(studies) -> None:
    yi = np.array([y for y, _ in studies])
    vi = np.array([v for _, v in studies])
    assert reml_tau2(yi, vi) == pytest.approx(_reml_matrix(yi, vi), rel=1e-7, abs=1e-12)
