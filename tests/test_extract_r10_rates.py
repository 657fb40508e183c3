"""Response, remission and adverse-event rates, tenth session (issue 21): paraphrase hardening. Each table holds
sentences the team wrote the way other authors say the same thing (not a blind abstract's sentence), with the cases
that must not be read."""

from __future__ import annotations

import pytest

from tests.extract_support import OPEN, RCT, ae_values, timed_rates

# --- a list of measures whose words carry bracketed definitions or repeat their preposition ------------------------

DEFINED_LIST = [
    ("At day 7, rates of response (a 50% drop in MADRS) and of remission (MADRS 10 or less) reached 55% and 30%, "
     "respectively.", [("remission_rate", 30.0, 168.0), ("response_rate", 55.0, 168.0)]),
    ("At day 7, rates of response and of remission reached 55% and 30%, respectively.",
     [("remission_rate", 30.0, 168.0), ("response_rate", 55.0, 168.0)]),
    ("At day 7, response (defined as a 50% drop in MADRS) and remission (MADRS 10 or less) rates were 55% and 30%, "
     "respectively.", [("remission_rate", 30.0, 168.0), ("response_rate", 55.0, 168.0)]),
    ("Response (50% or greater drop in MADRS) and remission (MADRS 10 or less) occurred in 55% and 30%, "
     "respectively, at day 7.", [("remission_rate", 30.0, 168.0), ("response_rate", 55.0, 168.0)]),
    ("The proportions of responders (≥50% MADRS reduction) and of remitters (MADRS ≤10) at week 4 were 48% and 22%.",
     [("remission_rate", 22.0, 672.0), ("response_rate", 48.0, 672.0)]),
    ("The Day 8 response (MADRS decreased by >50%) and remission (MADRS < 10 on Day 8) rates were high at 70% and "
     "45%, respectively.", [("remission_rate", 45.0, 192.0), ("response_rate", 70.0, 192.0)]),
]


@pytest.mark.parametrize(("text", "expected"), DEFINED_LIST)
def test_a_list_of_defined_measures_keeps_its_order(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert timed_rates(OPEN + text) == expected


# --- the size of a change is a criterion or a mean, never a share of people ---------------------------------------

CHANGE_SIZE = [
    ("At day 7, the rates of response (MADRS drop of 50%) and remission (MADRS 10 or less) were 55% and 30%, "
     "respectively.", [("remission_rate", 30.0, 168.0), ("response_rate", 55.0, 168.0)]),
    ("Response (a decrease in HAM-D of 50%) was seen in 12 of 20 patients (60%).", [("response_rate", 60.0, None)]),
    ("Response, defined as a fall of 50% in MADRS, was reached by 40% of patients.", [("response_rate", 40.0, None)]),
    ("Responders showed an improvement of about 65% on the MADRS.", []),
]


@pytest.mark.parametrize(("text", "expected"), CHANGE_SIZE)
def test_the_size_of_a_change_is_no_rate(text: str, expected: list[tuple[str, float, float | None]]) -> None:
    assert timed_rates(OPEN + text) == expected


# --- an effect measure's value, after its label and its interval's bracket, is no arm's rate ------------------------

EFFECT_LABEL = [
    ("At week 8, response: 49.4% vs. 32.8%, RD [95% CI]: 16.6% [9.0%, 24.1%]; p < 0.001.",
     [("response_rate", 32.8, 1344.0), ("response_rate", 49.4, 1344.0)]),
    ("At week 4, response was 52% vs 30% (risk difference [95% CI] 22% [8%, 36%]).",
     [("response_rate", 30.0, 672.0), ("response_rate", 52.0, 672.0)]),
    ("At day 28, remission was 40% with ketamine and 20% with placebo (ARR = 20%, NNT 5).",
     [("remission_rate", 20.0, 672.0), ("remission_rate", 40.0, 672.0)]),
    ("At day 28, remission was 40% with ketamine and 20% with placebo (difference (95% CI): 20% (5% to 35%)).",
     [("remission_rate", 20.0, 672.0), ("remission_rate", 40.0, 672.0)]),
]


@pytest.mark.parametrize(("text", "expected"), EFFECT_LABEL)
def test_an_effect_measure_is_no_rate(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert timed_rates(RCT + text) == expected


# --- a count (or a share in words) and its percent right after it are one rate ------------------------------------

ONE_PER_COUNT = [
    (RCT, "At week 2, 12/25 ketamine recipients (48%) and 4/25 placebo recipients (16%) were in remission.",
     [("remission_rate", 16.0, 336.0), ("remission_rate", 48.0, 336.0)]),
    (OPEN, "Half of the patients (50%) responded by day 7.", [("response_rate", 50.0, 168.0)]),
    (OPEN, "Two-thirds of participants (66.7%) responded by day 3.", [("response_rate", 66.7, 72.0)]),
    (OPEN, "At day 7, 9/30 treated adults (30%) were in remission.", [("remission_rate", 30.0, 168.0)]),
    # different values stay two rates
    (OPEN, "Half of the patients (50%) responded, and 40% remitted.",
     [("remission_rate", 40.0, None), ("response_rate", 50.0, None)]),
]


@pytest.mark.parametrize(("opening", "text", "expected"), ONE_PER_COUNT)
def test_a_count_and_its_percent_are_one_rate(opening: str, text: str,
                                              expected: list[tuple[str, float, float | None]]) -> None:
    assert timed_rates(opening + text) == expected


# --- adverse events: a count and its percent are one rate; the other arm's rate is out of any noun for people ------

AE_PER_ARM = [
    (OPEN, "Nausea was reported by 12/40 patients (30%).", [30.0]),
    (OPEN, "Transient dissociation was seen in 9/30 treated adults (30%).", [30.0]),
    (RCT, "Dizziness occurred in 48% of ketamine recipients and 16% of placebo recipients.", [16.0, 48.0]),
    (RCT, "Dizziness occurred in 12/25 ketamine recipients (48%) and in 4/25 placebo recipients (16%).", [16.0, 48.0]),
    (RCT, "Dizziness occurred in 12/25 (48%) ketamine recipients and 4/25 (16%) placebo recipients.", [16.0, 48.0]),
    (RCT, "Nausea was reported by 30% of ketamine-treated adults and 10% of placebo-treated adults.", [10.0, 30.0]),
    # a trait of the sample after the rate is not carried
    (RCT, "Dizziness occurred in 48% of ketamine recipients and 16% of women had a history of migraine.", []),
]


@pytest.mark.parametrize(("opening", "text", "expected"), AE_PER_ARM)
def test_adverse_event_rates_per_arm(opening: str, text: str, expected: list[float]) -> None:
    assert ae_values(opening + text) == expected


# --- a share that meets the criteria or threshold of an adverse event counts it -------------------------------------

AE_CRITERIA = [
    ("Blood pressure rose during infusion, with 44.3% meeting criteria for treatment-emergent hypertension.", [44.3]),
    ("In all, 25% of participants met the threshold for transient hypertension during the infusion.", [25.0]),
    ("Twenty percent of patients fulfilled criteria for clinically significant dissociation (CADSS > 4).", [20.0]),
    ("Nine patients (22.5%) satisfied the definition of treatment-emergent hypertension.", [22.5]),
    # diagnoses of the sample and the outcome's own criteria are no adverse events
    ("Overall, 30% met criteria for generalized anxiety disorder.", []),
    ("Eight patients (20%) met the diagnostic criteria for insomnia disorder.", []),
    ("Twelve patients (30%) met criteria for response at day 1.", []),
]


@pytest.mark.parametrize(("text", "expected"), AE_CRITERIA)
def test_a_share_meeting_an_adverse_event_criterion(text: str, expected: list[float]) -> None:
    assert ae_values(OPEN + text) == expected


# --- a condition the sample brought (history, prior, known, underlying) is no adverse event -------------------------

AE_BROUGHT = [
    (RCT, "Groups differed only in prior hypertension (18% vs 40%).", []),
    (RCT, "Older patients more often had a hypertension history (48.3% vs 21.5%).", []),
    (RCT, "Known migraine was more common in the ketamine arm (15% vs 5%).", []),
    (OPEN, "Underlying cardiac disease was present in 12.5% of the cohort.", []),
    # events of treatment stay
    (RCT, "Dizziness occurred in 30% of ketamine and 10% of placebo patients, similar to previous trials.",
     [10.0, 30.0]),
    (OPEN, "Transient hypertension occurred in 20% of patients with prior infusions.", [20.0]),
]


@pytest.mark.parametrize(("opening", "text", "expected"), AE_BROUGHT)
def test_a_condition_the_sample_brought_is_no_adverse_event(opening: str, text: str, expected: list[float]) -> None:
    assert ae_values(opening + text) == expected


# --- a list of measures written with counts before each bracket, or with slashes -----------------------------------

COUNTED_LIST = [
    ("Response and remission were observed in 12 (60%) and 6 (30%) patients, respectively.",
     [("remission_rate", 30.0, None), ("response_rate", 60.0, None)]),
    ("Remission and response occurred in 5 (25%) and 11 (55%) participants, respectively.",
     [("remission_rate", 25.0, None), ("response_rate", 55.0, None)]),
    ("The response/remission rates were 60%/30% at week 2.",
     [("remission_rate", 30.0, 336.0), ("response_rate", 60.0, 336.0)]),
    ("Response / remission at day 7: 45% / 20%.", [("remission_rate", 20.0, 168.0), ("response_rate", 45.0, 168.0)]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_LIST)
def test_a_counted_or_slashed_list_of_measures(text: str, expected: list[tuple[str, float, float | None]]) -> None:
    assert timed_rates(OPEN + text) == expected


# --- a decimal comma in a percentage is a decimal point (its decimals are no percentage of their own) ----------------

DECIMAL_COMMA = [
    ("Response was achieved by 45,5% of the patients.", [("response_rate", 45.5, None)]),
    ("Remission occurred in 12,5 % of participants at day 7.", [("remission_rate", 12.5, 168.0)]),
    ("Of 1,234 patients, 45% responded.", [("response_rate", 45.0, None)]),
    ("Response rates were 45%, 30% and 20% at days 1, 3 and 7.",
     [("response_rate", 20.0, 168.0), ("response_rate", 30.0, 72.0), ("response_rate", 45.0, 24.0)]),
]


@pytest.mark.parametrize(("text", "expected"), DECIMAL_COMMA)
def test_a_decimal_comma_gives_no_wrong_rate(text: str, expected: list[tuple[str, float, float | None]]) -> None:
    assert timed_rates(OPEN + text) == expected


# --- 'v' (as 'vs') carries an adverse event's term to the other arm's rate ------------------------------------------

AE_V = [
    ("Nausea was more common with ketamine than with placebo (20.0% v 7.5%).", [7.5, 20.0]),
    ("Nausea was more common with ketamine than with placebo (20% v. 7%).", [7.0, 20.0]),
    ("Dissociation was reported more often after ketamine (30% v 10%).", [10.0, 30.0]),
    ("Nausea (20% v 5%) and dizziness (15% v 10%) were more frequent with ketamine.", [5.0, 10.0, 15.0, 20.0]),
]


@pytest.mark.parametrize(("text", "expected"), AE_V)
def test_v_carries_the_term_to_the_other_arm(text: str, expected: list[float]) -> None:
    assert ae_values(RCT + text) == expected


# --- an adverse event compared between arms: the other arm's rate after 'was higher than (that) in' -----------------

AE_COMPARED = [
    ("The incidence of dissociation in the ketamine group (20%) was higher than in the placebo group (5%).",
     [5.0, 20.0]),
    ("The incidence of nausea in the ketamine arm (18.5%) was lower than that in the placebo arm (30.2%).",
     [18.5, 30.2]),
    ("Dizziness was reported in the ketamine group (25%) more often than in the placebo group (5%).", [5.0, 25.0]),
    ("Nausea in the ketamine group (25%) was more common than in the placebo group (5%).", [5.0, 25.0]),
    ("Dissociation was seen in 30% of the ketamine group, more than the 10% in the placebo group.", [10.0, 30.0]),
    # another measure after the rate takes no term
    ("Dizziness occurred in 20% of patients; the response rate was 50%.", [20.0]),
    ("Nausea occurred in 20% of patients, which was higher than the 5% reported in earlier work.", [20.0]),
]


@pytest.mark.parametrize(("text", "expected"), AE_COMPARED)
def test_an_adverse_event_compared_between_arms(text: str, expected: list[float]) -> None:
    assert ae_values(RCT + text) == expected


# --- a measure named before its arm owns the bracket after the arm ---------------------------------------------------

KIND_BEFORE_ARM = [
    ("At day 1, remission in the ketamine arm (40%) was more frequent than in the placebo arm (15%).",
     [("remission_rate", 15.0, 24.0), ("remission_rate", 40.0, 24.0)]),
    ("At day 1, the remission rate in the ketamine group (40%) was more frequent than in the placebo group (15%).",
     [("remission_rate", 15.0, 24.0), ("remission_rate", 40.0, 24.0)]),
    ("At day 1, responders in the ketamine arm (52%) were more frequent than in the placebo arm (30%).",
     [("response_rate", 30.0, 24.0), ("response_rate", 52.0, 24.0)]),
    # a trait of the arm is no rate
    ("Women in the ketamine group (60%) were more common than in the placebo group (45%).", []),
]


@pytest.mark.parametrize(("text", "expected"), KIND_BEFORE_ARM)
def test_a_measure_named_before_its_arm(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert timed_rates(RCT + text) == expected


# --- every value in a bracket written after a time takes that time, not the next bracket's -------------------------

BRACKET_TIMES = [
    ("Response rates favoured ketamine at 24 h (60% vs 20%), day 3 (45% vs 15%) and day 7 (30% vs 10%).",
     [("response_rate", 10.0, 168.0), ("response_rate", 15.0, 72.0), ("response_rate", 20.0, 24.0),
      ("response_rate", 30.0, 168.0), ("response_rate", 45.0, 72.0), ("response_rate", 60.0, 24.0)]),
    ("Remission rates were higher with ketamine at week 1 (ketamine 40%, placebo 10%) and week 2 (ketamine 50%, "
     "placebo 15%).", [("remission_rate", 10.0, 168.0), ("remission_rate", 15.0, 336.0),
                       ("remission_rate", 40.0, 168.0), ("remission_rate", 50.0, 336.0)]),
    ("Response was greater at 2 hours (45% v 10%) and at 24 hours (60% v 20%).",
     [("response_rate", 10.0, 2.0), ("response_rate", 20.0, 24.0), ("response_rate", 45.0, 2.0),
      ("response_rate", 60.0, 24.0)]),
]


@pytest.mark.parametrize(("text", "expected"), BRACKET_TIMES)
def test_each_value_of_a_bracket_takes_the_time_before_it(text: str,
                                                          expected: list[tuple[str, float, float]]) -> None:
    assert timed_rates(RCT + text) == expected


# --- a count carried on in the next clause takes that clause's own measure ------------------------------------------

SERIES = "We describe five patients with treatment-resistant depression who received intramuscular ketamine. "
GROUP = "Methods: Twelve adults with TRD received open-label oral ketamine for six weeks. Results: "
CONTINUED_COUNTS = [
    (GROUP + "Eight participants responded by week 6, and five were in remission.",
     [("remission_rate", 41.7, 1008.0), ("response_rate", 66.7, 1008.0)]),
    (GROUP + "Six participants remitted by week 6, and nine responded.",
     [("remission_rate", 50.0, 1008.0), ("response_rate", 75.0, 1008.0)]),
    (SERIES + "Three patients responded, and two of them remitted.",
     [("remission_rate", 40.0, None), ("response_rate", 60.0, None)]),
    (SERIES + "Four patients remitted after the second week.", [("remission_rate", 80.0, 336.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CONTINUED_COUNTS)
def test_a_continued_count_takes_its_own_measure(text: str, expected: list[tuple[str, float, float | None]]) -> None:
    assert timed_rates(text) == expected


# --- a time in a later clause that counts a subset in words ('two of them') is that subset's ------------------------

SUBSET_TIME = [
    ("Three patients responded, and two of them relapsed within a month.", [("response_rate", 7.5, None)]),
    ("Twelve patients responded, and seven of them remained well at week 4.", [("response_rate", 30.0, None)]),
    ("Twelve patients responded at day 1, and seven of them remained well at week 4.",
     [("response_rate", 30.0, 24.0)]),
]


@pytest.mark.parametrize(("text", "expected"), SUBSET_TIME)
def test_a_subsets_time_in_words_is_not_the_rates(text: str, expected: list[tuple[str, float, float | None]]) -> None:
    assert timed_rates(OPEN + text) == expected


# --- a raised decimal point (Lancet style '40·0%') is a decimal point ------------------------------------------------

RAISED_DECIMAL = [
    ("The ketamine arm showed remission in 40·0% at day 7.", [("remission_rate", 40.0, 168.0)]),
    ("Response rates were 52·5% and 31·0% at day 28 (difference 21·5%, 95% CI 6·1–36·9).",
     [("response_rate", 31.0, 672.0), ("response_rate", 52.5, 672.0)]),
]


@pytest.mark.parametrize(("text", "expected"), RAISED_DECIMAL)
def test_a_raised_decimal_point(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert timed_rates(RCT + text) == expected


def test_a_raised_decimal_point_in_an_adverse_event_rate() -> None:
    assert ae_values(OPEN + "Nausea occurred in 12·5% of patients.") == [12.5]


# --- a value a result is compared with, told as others' or as usual, is no rate of the study ------------------------

REFERENCE = [
    ("The response rate of 45% compares favourably with the 30% typically seen with a third antidepressant.",
     [("response_rate", 45.0, None)]),
    ("Our remission rate (30%) was lower than the 50% reported for ECT.", [("remission_rate", 30.0, None)]),
    ("Remission was 30%, higher than rates usually observed with augmentation (15%).",
     [("remission_rate", 30.0, None)]),
    ("Response (45%) was similar to that typically seen in STAR*D level 3 (about 16%).",
     [("response_rate", 45.0, None)]),
    # the study's own results, however told, stay
    ("A response rate of 60% was reported for the ketamine group at day 1.", [("response_rate", 60.0, 24.0)]),
    ("Response rates of 60% were observed in the ketamine arm.", [("response_rate", 60.0, None)]),
]


@pytest.mark.parametrize(("text", "expected"), REFERENCE)
def test_a_reference_value_is_no_rate(text: str, expected: list[tuple[str, float, float | None]]) -> None:
    assert timed_rates(OPEN + text) == expected


def test_an_arm_compared_with_is_still_read() -> None:
    text = RCT + "At day 1, response was 45% with ketamine compared with the 20% seen with placebo."
    assert timed_rates(text) == [("response_rate", 20.0, 24.0), ("response_rate", 45.0, 24.0)]
