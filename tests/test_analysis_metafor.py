"""Pooling against R metafor's own numbers (tests/fixtures/metafor: inputs, R script, outputs; R not needed here)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from statsmodels.stats.meta_analysis import effectsize_2proportions

from evidence.analysis.pooling import escalc_plo, escalc_rr, pool_frame, rma
from tests.conftest import FIXTURES

REF = FIXTURES / "metafor"
INPUTS = pd.read_csv(REF / "inputs.csv")
RMA = pd.read_csv(REF / "rma.csv", comment="#")
ESCALC = pd.read_csv(REF / "escalc.csv", comment="#")
TOL = {"DL": 1e-6, "REML": 1e-4}
FIELDS = ["b", "se", "ci_lb", "ci_ub", "tau2", "i2", "q", "pi_lb", "pi_ub"]


def _effects(set_name: str):
    d = INPUTS[INPUTS["set"] == set_name]
    if d["measure"].iloc[0] == "PLO":
        return escalc_plo(d["events"], d["total"])
    return escalc_rr(d["events"], d["total"], d["events_ctl"], d["total_ctl"])


def test_reference_covers_the_hard_cases() -> None:
    assert set(RMA["method"]) == {"DL", "REML"}
    assert {1, 2}.issubset(set(RMA["k"]))
    assert (RMA["tau2"] == 0).any() and (RMA["tau2"] > 0.5).any()
    assert {"rr_notes", "rr_zero", "plo_zero", "rr_oscillating"}.issubset(set(RMA["set"]))
    assert (RMA["control"] != "default").sum() == 1  # the REML set where metafor needs halved steps
    assert len(RMA) == 2 * INPUTS["set"].nunique()


@pytest.mark.parametrize("set_name", sorted(ESCALC["set"].unique()))
def test_escalc_matches_metafor(set_name: str) -> None:
    eff = _effects(set_name)
    ref = ESCALC[ESCALC["set"] == set_name]
    np.testing.assert_allclose(eff.yi, ref["yi"], rtol=0, atol=1e-9)
    np.testing.assert_allclose(eff.vi, ref["vi"], rtol=0, atol=1e-9)


@pytest.mark.parametrize("row", RMA.to_dict("records"), ids=lambda r: f"{r['set']}-{r['method']}")
def test_rma_matches_metafor(row: dict) -> None:
    eff = _effects(row["set"])
    fit = rma(eff.yi, eff.vi, row["method"])
    assert fit["k"] == row["k"]
    diffs = {f: abs(fit[f] - row[f]) for f in FIELDS}
    assert max(diffs.values()) <= TOL[row["method"]], diffs


@pytest.mark.parametrize("row", RMA[RMA["method"] == "DL"].to_dict("records"), ids=lambda r: r["set"])
def test_pool_frame_back_transforms_metafor_values(row: dict) -> None:
    d = INPUTS[INPUTS["set"] == row["set"]].drop(columns=["set", "measure"])
    res = pool_frame(d, row["measure"], "DL")
    back = math.exp if row["measure"] == "RR" else (lambda t: 1 / (1 + math.exp(-t)))
    assert res.estimate == pytest.approx(back(row["b"]), abs=1e-6)
    assert res.ci_low == pytest.approx(back(row["ci_lb"]), abs=1e-6)
    assert res.ci_high == pytest.approx(back(row["ci_ub"]), abs=1e-6)
    assert res.i2 == pytest.approx(row["i2"], abs=1e-6)


def test_statsmodels_zero_correction_would_not_match_metafor() -> None:
    """Why escalc_rr exists: statsmodels corrects every study when one has a zero; metafor only that study."""
    d = INPUTS[INPUTS["set"] == "rr_zero"]
    sm_yi, _ = effectsize_2proportions(d["events"], d["total"], d["events_ctl"], d["total_ctl"],
                                       statistic="risk-ratio", zero_correction=0.5)
    ref = ESCALC[ESCALC["set"] == "rr_zero"]["yi"].to_numpy()
    assert np.abs(np.asarray(sm_yi) - ref).max() > 1e-3
    np.testing.assert_allclose(_effects("rr_zero").yi, ref, atol=1e-9)
