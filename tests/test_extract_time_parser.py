"""Time expressions (issue 21): how abstracts write a point in time, each a paraphrase written by the team.

Every row failed before the parser read glued units, lists of hyphenated times, numbers written as words after
the unit, "an hour" and the end of a range.
"""

from __future__ import annotations

import pytest

from evidence.extract.lexicon import find_timepoints

POINTS = [
    ("MADRS was lower at 24h after dosing", [24.0]),
    ("assessed at 2h and 4h", [2.0, 4.0]),
    ("seven days later (7days)", [168.0, 168.0]),
    ("at 2-h, 4-h, and 24-h post-infusion", [2.0, 4.0, 24.0]),
    ("the 24-h post-dose visit", [24.0]),
    ("from day one onwards", [24.0]),
    ("at the Day-7 visit", [168.0]),
    ("within an hour of the dose", [1.0]),
    ("within half an hour", [0.5]),
]


@pytest.mark.parametrize(("text", "hours"), POINTS)
def test_points_in_time(text: str, hours: list[float]) -> None:
    assert [t.hours for t in find_timepoints(text)] == hours


RANGES = [
    ("significant on days 1 to 3", 24.0, 72.0),
    ("from day 1 through day 3", 24.0, 72.0),
    ("on days 3-5", 72.0, 120.0),
    ("2-4 h after dosing", 2.0, 4.0),
]


@pytest.mark.parametrize(("text", "low", "high"), RANGES)
def test_a_range_keeps_both_ends(text: str, low: float, high: float) -> None:
    (t,) = find_timepoints(text)
    assert (t.hours, t.upper) == (low, high)


NOT_TIMES = [
    "a 4-week course of infusions",
    "on 2D images of the cortex",
    "ketamine 12mg was given",
    "infused for 2h",
    "a 2-week washout after the screening",
    "diagnosed by DSM-IV criteria",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_durations_adjectives_and_other_units_are_no_time(text: str) -> None:
    assert find_timepoints(text) == []
