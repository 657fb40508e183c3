"""Response and remission rates, eleventh session round B (issue 21): kinds of text from the eighth blind batch's
first-contact errors. Each table holds sentences the team wrote (not a blind abstract's sentence), with the cases that
must still be read."""

from __future__ import annotations

import pytest

from tests.extract_support import OPEN, RCT, timed_rates

# --- a mean with its spread, or a test's figure, is no share of patients ------------------------------------------

NOT_A_SHARE = [
    # a percentage mean with its standard deviation, in a sentence that speaks of remission
    "Eight of 10 patients remitted by day 3; cortical glutamate rose by a mean of 22.4% ± 6.1% and 19.0% ± 4.2% "
    "within the first hour.",
    "Twelve patients remitted; GABA peaked at 41.5%±8.2% above baseline.",
    "Remission followed in most patients, and plasma levels were 30.1% +/- 5.5% above the pre-dose value.",
    # a classifier's or a diagnostic test's figures about response or remission
    "The model predicted response with accuracies of 71.2% at week 1 and 69.8% at week 4, and remission with an "
    "accuracy of 66.0%.",
    "Early improvement predicted remission with a sensitivity of 84% and a specificity of 77%.",
    "A gradient-boosting classifier identified responders with 73.4% of accuracy.",
    "Response was predicted with a positive predictive value of 62% and an AUC of 81%.",
]


@pytest.mark.parametrize("text", NOT_A_SHARE)
def test_a_mean_spread_or_a_test_figure_is_no_rate(text: str) -> None:
    figures = {22.4, 6.1, 19.0, 4.2, 41.5, 8.2, 30.1, 5.5, 71.2, 69.8, 66.0, 84.0, 77.0, 73.4, 62.0, 81.0}
    assert not figures & {v for _, v, _ in timed_rates(OPEN + text)}


STILL_RATES = [
    ("The response rate at week 4 was 55%; the specificity of the scale was not assessed.",
     [("response_rate", 55.0, 672.0)]),
    ("At week 4, 55% of patients responded and 30% remitted; mean MADRS fell by 12.5 ± 6.0 points.",
     [("remission_rate", 30.0, 672.0), ("response_rate", 55.0, 672.0)]),
    ("Response rates were 60% with ketamine at day 7, despite the accuracy of self-report being unknown.",
     [("response_rate", 60.0, 168.0)]),
]


@pytest.mark.parametrize(("text", "expected"), STILL_RATES)
def test_rates_near_a_spread_or_a_metric_word_are_still_read(text: str, expected: list[tuple]) -> None:
    assert timed_rates(OPEN + text) == expected


# --- a respectively list led by a measure named by itself (an acronym, a short noun) ------------------------------

NAMED_MEASURE_LIST = [
    ("MCID, response, and remission rates were 47.1%, 26.8% and 15.6% respectively.",
     [("remission_rate", 15.6, None), ("response_rate", 26.8, None)]),
    ("Clinical benefit, response and remission were seen in 60%, 40% and 20% of patients, respectively.",
     [("remission_rate", 20.0, None), ("response_rate", 40.0, None)]),
    ("At week 6, CGI improvement, response and remission rates were 52%, 33% and 18%, respectively.",
     [("remission_rate", 18.0, 1008.0), ("response_rate", 33.0, 1008.0)]),
    ("Benefit, response, and remission rates were 70%, 45% and 25% respectively.",
     [("remission_rate", 25.0, None), ("response_rate", 45.0, None)]),
    # not a measure's name: a time or a group before the list gives the values no shift
    ("At week 4, response and remission rates were 47% and 27%, respectively.",
     [("remission_rate", 27.0, 672.0), ("response_rate", 47.0, 672.0)]),
    ("In the ketamine group, response and remission rates were 47% and 27%, respectively.",
     [("remission_rate", 27.0, None), ("response_rate", 47.0, None)]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_MEASURE_LIST)
def test_a_list_led_by_another_measure_keeps_its_order(text: str, expected: list[tuple]) -> None:
    assert timed_rates(OPEN + text) == expected


# --- a list whose values each carry their P value -----------------------------------------------------------------

WITH_P_VALUES = [
    ("At 2 weeks, response (41%) and remission rates (29%) were higher with ketamine than with placebo (13%, p = 0.04, "
     "and 7%, p = 0.003, respectively).",
     [("remission_rate", 7.0, 336.0), ("remission_rate", 29.0, 336.0), ("response_rate", 13.0, 336.0),
      ("response_rate", 41.0, 336.0)]),
    ("At week 4, response and remission rates were 48% (p = 0.02) and 25% (p = 0.04) with ketamine versus 20% and 8% "
     "with placebo.",
     [("remission_rate", 8.0, 672.0), ("remission_rate", 25.0, 672.0), ("response_rate", 20.0, 672.0),
      ("response_rate", 48.0, 672.0)]),
    ("On day 7, ketamine gave higher response (55%) and remission (30%) rates than placebo (18%, P=.01, and 6%, "
     "P=.02, respectively).",
     [("remission_rate", 6.0, 168.0), ("remission_rate", 30.0, 168.0), ("response_rate", 18.0, 168.0),
      ("response_rate", 55.0, 168.0)]),
    # a bracket of statistics stays no rate
    ("At day 7, the response rate was 50% with ketamine (difference 22%, 95% CI 5%, and 40%).",
     [("response_rate", 50.0, 168.0)]),
    ("At day 7, the response rate was 50% with ketamine (P = .03, and 95% CI 12%).",
     [("response_rate", 50.0, 168.0)]),
]


@pytest.mark.parametrize(("text", "expected"), WITH_P_VALUES)
def test_list_values_with_their_p_values_keep_their_kinds(text: str, expected: list[tuple]) -> None:
    assert timed_rates(RCT + text) == expected


# --- a conceding clause (', though', ', although', ', yet') names its own event and time, not the rate's ------------

CONCEDING_CLAUSE = [
    ("Three of four subjects achieved a response (50% drop in MADRS), two at the lowest dose, though all relapsed "
     "within a week.", [("response_rate", 75.0, None)]),
    ("Twelve of 20 patients (60%) remitted, although four relapsed after two weeks.", [("remission_rate", 60.0, None)]),
    ("Nine of 12 participants (75%) responded, yet most relapsed by day 10.", [("response_rate", 75.0, None)]),
    # the rate's own time stays; a relapse share across the contrast stays no rate
    ("Twelve of 20 patients (60%) remitted at week 2, although four relapsed after two months.",
     [("remission_rate", 60.0, 336.0)]),
    ("At week 2, 60% had responded, though 20% relapsed by week 6.", [("response_rate", 60.0, 336.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CONCEDING_CLAUSE)
def test_a_conceding_clause_keeps_its_own_measure_and_time(text: str, expected: list[tuple]) -> None:
    assert timed_rates(OPEN + text) == expected


# --- in a controlled study, a rate over all study patients mixes the arms ------------------------------------------

POOLED_OVER_ARMS = [
    ("At week 4, the share of responders among all study patients (n=180) was 58% on the MADRS and 60% on the CGI-S.",
     []),
    ("At day 28, of all randomized participants, 52% had responded.", []),
    ("Among all 120 enrolled subjects, the remission rate at week 4 was 31%.", []),
    # an arm named in the clause keeps its rate
    ("At week 4, among all patients given ketamine, the response rate was 58%.", [("response_rate", 58.0, 672.0)]),
    ("At week 4, the response rate was 58% with ketamine and 20% with placebo.",
     [("response_rate", 20.0, 672.0), ("response_rate", 58.0, 672.0)]),
]


@pytest.mark.parametrize(("text", "expected"), POOLED_OVER_ARMS)
def test_a_rate_over_all_study_patients_is_no_arm_rate(text: str, expected: list[tuple]) -> None:
    assert timed_rates(RCT + text) == expected


# --- a decimal that is a dose's label is no proportion -------------------------------------------------------------

DOSE_LABELS = [
    "The study sought the dose with the highest probability of response at day 7 among ketamine 0.2 mg/kg (KET 0.2), "
    "0.4 mg/kg (KET 0.4) or saline.",
    "The probability of response at day 7 was highest for K 0.5 (n = 10) and lowest for K 0.1 (n = 9).",
    "Response rates at day 7 were compared between the 0.25 mg/kg and 0.75 mg/kg doses (arms D0.25 and D 0.75).",
]


@pytest.mark.parametrize("text", DOSE_LABELS)
def test_a_dose_label_is_no_proportion(text: str) -> None:
    assert timed_rates(RCT + text) == []


STILL_DECIMAL_RATES = [
    ("The proportion responding at day 7 was 0.45 with ketamine 0.5 mg/kg and 0.20 with placebo.",
     [("response_rate", 20.0, 168.0), ("response_rate", 45.0, 168.0)]),
    ("The response rate at day 7 was 0.60 in the ketamine group and 0.25 in the placebo group.",
     [("response_rate", 25.0, 168.0), ("response_rate", 60.0, 168.0)]),
]


@pytest.mark.parametrize(("text", "expected"), STILL_DECIMAL_RATES)
def test_decimal_rates_beside_doses_are_still_read(text: str, expected: list[tuple]) -> None:
    assert timed_rates(RCT + text) == expected


# --- a count that 'became responders' or 'went into remission' in a single-group study (OPEN: forty patients) -----

BECAME = [
    ("Twelve patients became responders by day 3.", [("response_rate", 30.0, 72.0)]),
    ("Six patients went into remission within two weeks.", [("remission_rate", 15.0, 336.0)]),
    ("Nine participants became remitters at week 4.", [("remission_rate", 22.5, 672.0)]),
    ("Twelve patients became nonresponders by day 3.", []),
    ("Five patients became partial responders.", []),
]


@pytest.mark.parametrize(("text", "expected"), BECAME)
def test_a_count_that_became_responders_is_a_rate_over_the_group(text: str, expected: list[tuple]) -> None:
    assert timed_rates(OPEN + text) == expected
