"""The validation note: the snapshot's own 24 h pool next to the published estimates the curators quoted."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from evidence import store
from evidence.cli import main
from evidence.validation_note import controlled_24h, odds_ratio_pool, validation_note
from tests.conftest import DATA


def test_a_single_trial_odds_ratio_is_the_cross_product() -> None:
    r = odds_ratio_pool(pd.DataFrame({"events": [12], "total": [34], "events_ctl": [1], "total_ctl": [33]}))
    assert r["k"] == 1 and r["estimate"] == pytest.approx((12 * 32) / (22 * 1))
    assert r["ci_low"] < r["estimate"] < r["ci_high"]


def test_a_zero_cell_gets_half_added_to_every_cell_of_that_trial_only() -> None:
    r = odds_ratio_pool(pd.DataFrame({"events": [5], "total": [10], "events_ctl": [0], "total_ctl": [10]}))
    assert r["estimate"] == pytest.approx((5.5 * 10.5) / (5.5 * 0.5))
    assert math.isnan(odds_ratio_pool(pd.DataFrame(columns=["events", "total", "events_ctl", "total_ctl"]))[
        "estimate"])


def test_the_note_lists_the_pooled_trials_and_the_quoted_published_estimate() -> None:
    tables = store.read_tables(DATA)
    note = validation_note(tables, "test snapshot")
    rows = controlled_24h(tables)
    assert len(rows) >= 2
    for label in rows["study_label"]:
        assert label in note
    assert "9.87 (4.37–22.29)" in note.split("## Published")[1]  # cited from its quoted row, not typed in


def test_the_committed_note_is_what_the_command_writes(tmp_path, capsysbinary) -> None:
    assert main(["validation-note", "--data-dir", str(DATA)]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    committed = (DATA / "curated" / "VALIDATION.md").read_text(encoding="utf-8")
    assert out == committed, "data/curated/VALIDATION.md is stale: rerun `python -m evidence validation-note`"
