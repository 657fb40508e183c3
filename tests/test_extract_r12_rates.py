"""Twelfth session (issue 21, round A): rate mechanisms written from first-contact errors of fresh text (dev13).
Each case is a paraphrase the team wrote of a KIND of sentence (none copied from a labelled abstract), with negatives:

- W: methods that rate outcomes over and over ('assessed weekly', 'rated daily', 'at each visit') give a rate the
  results state without a time no single planned time, even when another methods sentence names one time; a plan
  with one rating time still places such a rate, and a dosing frequency ('twice-weekly infusions') is no rating
  schedule.
"""

from __future__ import annotations

import pytest

from tests.extract_support import timed_rates

# (methods, results): the results' rate has no time of its own; the methods rate outcomes at recurring visits.
W_REPEATED = {
    "weekly_impact": (
        "Methods: A retrospective review of 120 adults with TRD given esketamine nasal spray. The weekly effect on "
        "mood was evaluated by the treating psychiatrist. Early improvement 24 h after the first dose was also "
        "evaluated. ",
        "Results: In the maintenance phase, 45 (37.5%) of 120 patients were in remission.",
    ),
    "rated_daily": (
        "Methods: Thirty inpatients with bipolar depression received one ketamine infusion. Depressive symptoms were "
        "rated daily with the MADRS, and suicidal ideation was scored 4 hours after the infusion. ",
        "Results: Overall, 12 of 30 patients (40%) met response criteria.",
    ),
    "weekly_basis": (
        "Methods: Fifty patients with TRD received intramuscular ketamine. Patients were assessed on a weekly basis "
        "using the HAM-D; anxiety was measured at 2 hours. ",
        "Results: Twenty patients (40%) achieved remission during the acute series.",
    ),
    "each_visit": (
        "Methods: We followed 64 patients given sublingual ketamine. The MADRS was administered at each visit, and "
        "the first rating took place 1 week after the start. ",
        "Results: Twenty-four patients (37.5%) responded.",
    ),
}
# One rating time in the methods (no recurring schedule): the rate still takes it. A dosing frequency is no rating
# schedule.
W_SINGLE = {
    "one_time": (
        "Methods: Thirty inpatients with bipolar depression received one ketamine infusion. Depressive symptoms were "
        "rated with the MADRS 24 hours after the infusion. ",
        "Results: Overall, 12 of 30 patients (40%) met response criteria.",
        24.0,
    ),
    "twice_weekly_dosing": (
        "Methods: Forty patients with TRD received twice weekly ketamine infusions and were assessed with the "
        "MADRS at week 4. ",
        "Results: Sixteen patients (40%) responded.",
        672.0,
    ),
    "weekly_doses_assessed_once": (
        "Methods: Forty patients with TRD received weekly doses of oral ketamine and depression was rated at "
        "week 6. ",
        "Results: Sixteen patients (40%) achieved remission.",
        1008.0,
    ),
}


@pytest.mark.parametrize("case", sorted(W_REPEATED))
def test_repeated_ratings_leave_an_untimed_rate_untimed(case: str) -> None:
    methods, results = W_REPEATED[case]
    rates = timed_rates(methods + results)
    assert rates, case
    assert all(t is None for _, _, t in rates), rates


@pytest.mark.parametrize("case", sorted(W_SINGLE))
def test_single_planned_time_still_places_the_rate(case: str) -> None:
    methods, results, hours = W_SINGLE[case]
    rates = timed_rates(methods + results)
    assert rates and all(t == hours for _, _, t in rates), rates
