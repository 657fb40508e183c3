"""Pooling rules that metafor's numbers do not show: corrections, small-k labels, bad input, invariants."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidence.analysis import pooling
from evidence.analysis.pooling import (
    NOTE_SINGLE,
    NOTE_SMALL_K,
    PoolingError,
    escalc_plo,
    escalc_rr,
    pool_frame,
    pool_proportions,
    pool_risk_ratios,
    pool_rows,
)


@pytest.mark.parametrize(
    ("events", "total", "corrected"),
    [([0, 5], [10, 10], [True, False]), ([10, 5], [10, 10], [True, False]), ([3, 4], [10, 10], [False, False])],
)
def test_plo_correction_only_where_zero_or_all(events, total, corrected) -> None:
    eff = escalc_plo(events, total)
    assert eff.corrected.tolist() == corrected
    assert eff.yi[1] == pytest.approx(math.log(5 / 5) if events[1] == 5 else math.log(4 / 6))


def test_rr_correction_only_for_the_study_with_a_zero() -> None:
    eff = escalc_rr([0, 12], [20, 40], [3, 6], [20, 40])
    assert eff.corrected.tolist() == [True, False]
    assert eff.yi[0] == pytest.approx(math.log((0.5 / 21) / (3.5 / 21)))
    assert eff.yi[1] == pytest.approx(math.log(2.0))


@pytest.mark.parametrize(
    ("events", "total", "note"),
    [([5], [10], NOTE_SINGLE), ([5, 6], [10, 12], NOTE_SMALL_K), ([5, 6, 7], [10, 12, 14], "")],
)
def test_small_k_is_labelled_and_still_has_a_ci(events, total, note) -> None:
    res = pool_proportions(events, total)
    assert res.note == note
    assert res.ci_low < res.estimate < res.ci_high


def test_single_study_is_its_own_estimate() -> None:
    res = pool_proportions([12], [40])
    assert res.estimate == pytest.approx(0.3)
    assert res.tau2 == 0 and res.k == 1
    se = math.sqrt(1 / 12 + 1 / 28)
    assert res.ci_low == pytest.approx(1 / (1 + math.exp(-(math.log(12 / 28) - 1.959963984540054 * se))))


def test_negative_dl_moment_estimate_is_truncated_to_zero() -> None:
    res = pool_proportions([10, 11, 12, 10], [50, 50, 52, 48], "DL")
    assert res.tau2 == 0 and res.i2 == 0
    assert res.pi_low == pytest.approx(res.ci_low)


@pytest.mark.parametrize(
    ("df", "measure", "message"),
    [
        (pd.DataFrame({"study": ["a"], "events": [3]}), "PLO", "missing column"),
        (pd.DataFrame({"study": ["a"], "events": ["x"], "total": [4]}), "PLO", "not a whole number"),
        (pd.DataFrame({"study": ["a"], "events": [2.5], "total": [4]}), "PLO", "not a whole number"),
        (pd.DataFrame({"study": ["a"], "events": [5], "total": [4]}), "PLO", "events > total"),
        (pd.DataFrame({"study": ["a", "b"], "events": [1, None], "total": [4, 4]}), "PLO", "line 3: missing value"),
        (pd.DataFrame({"study": ["a"], "events": [-1], "total": [4]}), "PLO", "negative"),
        (pd.DataFrame({"study": ["a"], "events": [0], "total": [0]}), "PLO", "total must be > 0"),
        (pd.DataFrame({"study": [], "events": [], "total": []}), "PLO", "no rows"),
        (pd.DataFrame({"study": ["a"], "events": [1], "total": [4]}), "OR", "unknown measure"),
        (pd.DataFrame({"study": ["a"], "events": [1], "total": [4], "events_ctl": [5], "total_ctl": [4]}), "RR",
         "events_ctl > total_ctl"),
        (pd.DataFrame({"study": ["a"], "events": [1], "total": [4]}), "RR", "missing column"),
    ],
)
def test_bad_tables_get_clear_errors(df, measure, message) -> None:
    with pytest.raises(PoolingError, match=message):
        pool_frame(df, measure)


def test_unknown_method_is_refused() -> None:
    with pytest.raises(PoolingError, match="unknown method"):
        pool_proportions([1, 2], [5, 5], "HS")


def test_pool_rows_reports_a_gap_instead_of_failing() -> None:
    out = pool_rows(pd.DataFrame({"events": [], "total": []}), "PLO")
    assert out["k"] == 0 and math.isnan(out["estimate"]) and out["note"] == "no poolable data"


counts = st.integers(min_value=1, max_value=400).flatmap(
    lambda n: st.tuples(st.integers(min_value=0, max_value=n), st.just(n)))


@settings(max_examples=60)
@given(st.lists(counts, min_size=2, max_size=8), st.sampled_from(["DL", "REML"]), st.randoms())
def test_pooled_proportion_invariants(studies, method, rnd) -> None:
    ev, tot = [s[0] for s in studies], [s[1] for s in studies]
    res = pool_proportions(ev, tot, method)
    eff = escalc_plo(ev, tot)
    lo, hi = 1 / (1 + np.exp(-eff.yi.min())), 1 / (1 + np.exp(-eff.yi.max()))
    assert lo - 1e-9 <= res.estimate <= hi + 1e-9  # a weighted mean stays among the studies
    assert res.ci_low <= res.estimate <= res.ci_high
    assert res.pi_low <= res.ci_low + 1e-12 and res.pi_high >= res.ci_high - 1e-12
    assert res.tau2 >= 0 and 0 <= res.i2 < 100
    order = list(range(len(ev)))
    rnd.shuffle(order)
    again = pool_proportions([ev[i] for i in order], [tot[i] for i in order], method)
    assert again.estimate == pytest.approx(res.estimate, abs=1e-9)


@settings(max_examples=40)
@given(st.lists(st.tuples(counts, counts), min_size=1, max_size=6))
def test_swapping_arms_inverts_the_risk_ratio(pairs) -> None:
    a, n1 = [p[0][0] for p in pairs], [p[0][1] for p in pairs]
    c, n2 = [p[1][0] for p in pairs], [p[1][1] for p in pairs]
    fwd, rev = pool_risk_ratios(a, n1, c, n2), pool_risk_ratios(c, n2, a, n1)
    assert fwd.estimate * rev.estimate == pytest.approx(1.0, rel=1e-9)
    assert fwd.tau2 == pytest.approx(rev.tau2, abs=1e-12)



@pytest.mark.parametrize("logit", [-1000.0, -710.0, 710.0, 1000.0])
def test_back_transform_of_an_extreme_logit_stays_finite_and_silent(logit) -> None:
    """A fuzzed fit once reached a logit past exp's range: the proportion is 0 or 1, with no overflow warning."""
    fit = dict(k=3.0, b=logit, se=1.0, ci_lb=logit - 2, ci_ub=logit + 2, pi_lb=logit - 3, pi_ub=logit + 3,
               tau2=0.0, i2=0.0, h2=1.0, q=0.0, q_pval=1.0)
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        res = pooling._result("PLO", "DL", fit)
    assert res.estimate == pytest.approx(0.0 if logit < 0 else 1.0)
    assert 0.0 <= res.pi_low <= res.estimate <= res.pi_high <= 1.0
