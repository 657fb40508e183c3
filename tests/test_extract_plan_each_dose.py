"""A rating time counted from every dose of a course ('24 h following each infusion') cannot place a rate the results
give without a time (issue 21, eighth session, lead; found among wrong rate times on fresh abstracts). Paraphrases
written by the lead; the timed cases show a single rating time from the start still places the rate."""

from __future__ import annotations

import pytest

from tests.extract_support import timed_rates

EACH = [
    "Methods: Twelve patients with TRD received six ketamine infusions over two weeks. Depression was rated at "
    "baseline and at 24 h following each infusion. Results: Seven of the 12 patients (58.3%) responded.",
    "Methods: Twenty adults received repeated intravenous ketamine. Depression was rated at baseline and 4 hours after "
    "every infusion. Results: Eleven of the 20 patients (55%) responded.",
    "Methods: Thirty veterans had eight sessions of intranasal esketamine. Depression was rated at baseline and "
    "2 hours after each session. Results: Twelve of the 30 patients (40%) remitted.",
    "Methods: Fifteen patients received weekly subcutaneous ketamine for 6 weeks. HAM-D scores were assessed at 24 "
    "hours after each injection. Results: Nine (60%) responded.",
]


@pytest.mark.parametrize("text", EACH)
def test_a_time_after_every_dose_leaves_the_rate_untimed(text: str) -> None:
    rates = timed_rates(text)
    assert rates and all(t is None for _, _, t in rates)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Methods: Forty patients received a single ketamine infusion. Depression was rated at baseline and at 24 h "
         "following the infusion. Results: Twenty-two of the 40 patients (55%) responded.", 24.0),
        ("Methods: Twelve patients with TRD received six ketamine infusions over two weeks. Depression was rated at "
         "baseline and on day 14. Results: Seven of the 12 patients (58.3%) responded.", 336.0),
        ("Methods: Thirty veterans had eight sessions of intranasal esketamine. Depression was rated at baseline and "
         "at week 4. Results: Twelve of the 30 patients (40%) remitted.", 672.0),
    ],
)
def test_a_single_rating_time_from_the_start_still_places_the_rate(text: str, hours: float) -> None:
    assert [t for _, _, t in timed_rates(text)] == [hours]
