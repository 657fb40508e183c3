"""Response, remission and adverse-event rates (issue 21, eighth session): kinds of text the rules misread on unseen
abstracts, each written here as paraphrases by the team (none copied from a blind abstract), with cases that must not
match."""

from __future__ import annotations

import pytest

from tests.extract_support import OPEN, RCT, timed_rates

Row = tuple[str, float, float | None]


# --- measures named after the list of values, closed by 'respectively' ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "At week 2, 12 (30.0%) and 5 (12.5%) participants responded and remitted, respectively.",
         [("remission_rate", 12.5, 336.0), ("response_rate", 30.0, 336.0)]),
        (OPEN + "By day 7, 48% and 21% of patients met criteria for response and remission, respectively.",
         [("remission_rate", 21.0, 168.0), ("response_rate", 48.0, 168.0)]),
        (OPEN + "After the last infusion, 55.0%and 25.0%patients fulfilled the definitions of remission and response,"
         "respectively.",
         [("remission_rate", 55.0, None), ("response_rate", 25.0, None)]),
        (OPEN + "At 24 hours, 14 (35%) and 9 (22.5%) subjects were responders and remitters, respectively.",
         [("remission_rate", 22.5, 24.0), ("response_rate", 35.0, 24.0)]),
    ],
)
def test_measures_named_after_the_values_are_taken_in_order(text: str, expected: list[Row]) -> None:
    assert timed_rates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the list after the values names arms, not measures: both stay response rates
        RCT + "At week 2, 45% and 10% responded to ketamine and placebo, respectively.",
        RCT + "At week 2, 45% and 10% of patients in the ketamine and placebo groups achieved response, respectively.",
    ],
)
def test_arms_named_after_the_values_name_no_measure(text: str) -> None:
    assert {k for k, _, _ in timed_rates(text)} == {"response_rate"}
