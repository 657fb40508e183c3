"""Onset, response and remission findings (issue 21), second round: general kinds of sentences, each a paraphrase
written by the team (none copied from a blind abstract), with cases that must not match."""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract
from evidence.extract.ratetimes import timepoints_of

SINGLE = "Methods: Twelve inpatients with severe depression received open-label intravenous ketamine. Results: "


def _onset(text: str) -> list[float]:
    return [f["value"] for f in extract_abstract(text)["findings"] if f["kind"] == "onset"]


# --- an ordinal with an abbreviated unit is a time ---

@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Mood was better at the 2nd h after dosing.", 2.0),
        ("Scores fell by the 3rd wk of treatment.", 504.0),
        ("A significant change was seen at 1 st hr post-infusion.", 1.0),
        ("Ratings at the 24th hour were lower.", 24.0),
    ],
)
def test_an_ordinal_with_an_abbreviated_unit_is_a_time(text: str, hours: float) -> None:
    assert [t.hours for t in timepoints_of(text)] == [hours]


@pytest.mark.parametrize(
    "text",
    ["Ratings after the 1st infusion were lower.", "The 2nd hand count was lower.", "Only the first h-wave changed."],
)
def test_an_ordinal_of_something_else_is_no_time(text: str) -> None:
    assert timepoints_of(text) == []


def test_a_significant_change_at_an_ordinal_hour_is_a_single_arm_onset() -> None:
    text = (SINGLE + "Depression was assessed 2 h after the first dose and after two weeks. Depression improved "
            "significantly at the 2nd h of the first dose and after two weeks.")
    assert _onset(text) == [2.0]
