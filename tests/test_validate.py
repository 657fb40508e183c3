"""Build-time validators: each kind of impossible value is flagged with its row, never pooled or summed."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest

from evidence import schema
from evidence.validate import as_number, check_studies, row_problems
from tests.test_reconcile import SYN_ARMS, build, eff, study


@pytest.mark.parametrize(("events", "total", "value", "unit", "arm_n", "expected"), [
    (5, 10, None, None, 12, []),
    (50, 3, None, None, None, ["events 50 exceed the denominator 3"]),
    (-7, 0, None, None, None, ["events -7 is impossible"]),
    (3, -1, None, None, None, ["denominator -1 is impossible"]),
    (2, 0, None, None, None, ["events 2 of a denominator of 0"]),
    (5, 13, None, None, 12, ["denominator 13 exceeds the arm's randomized n 12"]),
    (None, 12, 150.0, "percent", 12, ["percent 150 outside 0-100"]),
    (None, 10**12, None, None, None, ["denominator 1e+12 is impossible"]),
    (None, 106, None, None, 51, ["denominator 106 exceeds the arm's randomized n 51"]),  # a cohort total
])
def test_row_problems(events, total, value, unit, arm_n, expected) -> None:
    assert row_problems(events, total, value, unit, arm_n) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    (2.5, 2.5), (3, 3.0), (True, 1.0), ("4.5", 4.5), (b"7", 7.0), (np.float64(1.25), 1.25), (np.int64(12), 12.0),
    (np.float32(0.5), 0.5), (np.bool_(True), 1.0), (Decimal("0.75"), 0.75), (Fraction(1, 4), 0.25),
    (None, None), (pd.NA, None), (pd.NaT, None), (float("nan"), None), (np.float64("nan"), None), ("", None),
    ("n/a", None), ([1], None), ({"a": 1}, None),
])
def test_as_number_reads_numbers_of_every_type_and_nothing_else(cell: object, expected: float | None) -> None:
    """The plain types take a fast path (a forest plot formats 90k cells); numpy scalars, Decimal and Fraction
    still count as numbers, and missing values or containers never do."""
    assert as_number(cell) == expected


def test_an_impossible_row_is_kept_but_never_selected() -> None:
    t = build([study("S")], SYN_ARMS, [eff("S", "Esketamine 84 mg", 24, 50, 3, report="import"),
                                        eff("S", "Esketamine 84 mg", 24, 5, 106, report="other")])
    e = t["efficacy"]
    assert len(e) == 2 and not e["selected"].any()
    assert all(c.startswith("rejected by the build's validators") for c in e["cross_check"])
    assert (e["cross_check_status"] == "rejected").all()


def _studies(rows: list[dict]) -> pd.DataFrame:
    cols = schema.columns("studies")
    return schema.coerce("studies", pd.DataFrame([{c: r.get(c) for c in cols} for r in rows], columns=cols))


@pytest.mark.parametrize("enrollment", [-40, 10**12, 2**62])
def test_impossible_enrollments_are_blanked_with_the_study_named(enrollment: int) -> None:
    s = _studies([study("S", enrollment=enrollment), study("T", enrollment=2**62)])
    out, problems = check_studies(s, schema.empty("arms"))
    assert out["enrollment"].isna().all()
    assert {p.where for p in problems} == {"study S", "study T"}
    assert int(out["enrollment"].fillna(0).sum()) == 0  # nothing left to wrap a headline sum


def test_arms_adding_up_to_more_than_the_enrollment_are_flagged_except_in_crossover_trials() -> None:
    arms = pd.concat([build([study("S")], SYN_ARMS, [])["arms"]])
    parallel = _studies([study("S", enrollment=40)])
    crossover = _studies([study("S", design="crossover_rct", enrollment=40)])
    assert [p.message for p in check_studies(parallel, arms)[1]] == [
        "arms' n add up to 67, more than the enrollment 40"]
    assert check_studies(crossover, arms)[1] == []
