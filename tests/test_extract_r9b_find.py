"""Response, remission and adverse events, ninth session round 2 (issue 21): kinds of sentence that gave wrong or
missed values on fresh text, each a paraphrase written by the team (not a blind abstract's sentence), with the cases
that must not match."""

from __future__ import annotations

import pytest

from tests.extract_support import OPEN, RCT, timed_rates

# --- a clause that defines a measure states thresholds, not rates -------------------------------------------------

CHART = "Methods: We reviewed the charts of 52 inpatients with depression treated with ketamine infusions. Results: "

DEFINITIONS = [
    OPEN + "Response was defined as a decrease in HAM-D total score of 50% or more.",
    OPEN + "Response is defined as a decrease of 50 percent from baseline on the HDRS.",
    CHART + "Response was defined as a HAM-D total score that was 50% of the baseline score or lower.",
    RCT + "Response was defined as a 50% fall from baseline in the MADRS total.",
    CHART + "Remission was defined by reaching 25% of the baseline score on the QIDS-SR.",
    RCT + "Remission was defined as a MADRS score of 10 or less, and response was defined as an improvement of 50% "
    "or greater from baseline.",
]


@pytest.mark.parametrize("text", DEFINITIONS)
def test_a_defining_clause_gives_no_rate(text: str) -> None:
    assert timed_rates(text) == []


DEFINED_THEN_RESULT = [
    (OPEN + "Response was defined as a 50% reduction in MADRS, and 45% of patients responded at 24 hours.",
     [("response_rate", 45.0, 24.0)]),
    (OPEN + "Response, defined as a reduction of at least 50%, was achieved by 40% of patients at day 7.",
     [("response_rate", 40.0, 168.0)]),
    (RCT + "Remission (defined as a MADRS score of 10 or less) occurred in 30% of the ketamine group and 10% of the "
     "placebo group at week 2.", [("remission_rate", 10.0, 336.0), ("remission_rate", 30.0, 336.0)]),
    (OPEN + "Response was defined as usual; 55% of participants responded at week 1.",
     [("response_rate", 55.0, 168.0)]),
]


@pytest.mark.parametrize(("text", "expected"), DEFINED_THEN_RESULT)
def test_a_result_after_or_around_a_definition_still_counts(text: str, expected: list[tuple[str, float, float]]
                                                            ) -> None:
    assert timed_rates(text) == expected
