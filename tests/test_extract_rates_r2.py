"""Response, remission and onset (issue 21, round 2): kinds of text the rules got wrong on a fresh blind batch,
each written here as the team's own paraphrases from different kinds of study, with cases that must not match."""

from __future__ import annotations

import pytest

from tests.extract_support import OPEN, RCT, findings, onsets, timed_rates

CHART = ("Methods: We reviewed the charts of 52 depressed adults who received intramuscular ketamine at our clinic. "
         "Results: ")
CASES = "Methods: We describe nine patients with bipolar depression given oral esketamine. Results: "

Row = tuple[str, float]


def _rates(text: str) -> list[Row]:
    return sorted(
        (str(f["kind"]), float(f["value"]))
        for f in findings(text)
        if f["kind"] in ("response_rate", "remission_rate")
    )


# --- a share of people who did NOT respond is not a response rate ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "Of the 40 patients, 26 (65%) responded to treatment while 14 (35%) did not respond.",
         [("response_rate", 65.0)]),
        (CHART + "Response was seen in 30 (57.7%) patients, and 22 (42.3%) failed to respond.",
         [("response_rate", 57.7)]),
        (CASES + "Remission was reached by 5 (55.6%), whereas 4 (44.4%) did not achieve remission.",
         [("remission_rate", 55.6)]),
        (RCT + "Response occurred in 18 (60%) of the ketamine group; 12 (40%) did not clinically respond.",
         [("response_rate", 60.0)]),
    ],
)
def test_a_share_that_did_not_respond_is_not_a_response_rate(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected


# --- a rate within a subgroup defined by an earlier outcome is conditional, not the study's rate ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "Overall, 45% achieved remission. Of those achieving response after the first infusion, 70% went on "
         "to remit by the end of the course.", [("remission_rate", 45.0)]),
        (OPEN + "Response occurred in 48% of patients. Among patients who reached remission at week 2, 80% stayed"
         " well.",
         [("response_rate", 48.0)]),
        (CASES + "Remission was seen in 44%. In those with an early response to the first dose, 75% remitted.",
         [("remission_rate", 44.0)]),
        # not a subgroup defined by an outcome: the arm's rate is kept
        (RCT + "Of the patients given ketamine, 60% responded.", [("response_rate", 60.0)]),
    ],
)
def test_a_rate_within_an_outcome_subgroup_is_not_the_studys_rate(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected


# --- a probability or a test's sensitivity is a statistic, not a share who responded ---

@pytest.mark.parametrize(
    "text",
    [
        CHART + "The probability that a non-responder became a responder after the next injection was 21%.",
        OPEN + "The sensitivity of early improvement as a predictor of response exceeded 85%.",
        CASES + "The chance of remission after a second dose for an initial non-remitter was 30%.",
        RCT + "Early improvement predicted response with a specificity of 72% and an accuracy of 80%.",
    ],
)
def test_a_probability_or_sensitivity_is_not_a_rate(text: str) -> None:
    assert _rates(text) == []


def test_a_rate_beside_a_probability_is_kept() -> None:
    text = OPEN + "Response occurred in 55% of patients; the probability of relapse by month 3 was 20%."
    assert _rates(text) == [("response_rate", 55.0)]


# --- thresholds listed after one sign ('>= 20%, 30% and 50%') are all thresholds ---

@pytest.mark.parametrize(
    "text",
    [
        OPEN + "Improvement, partial response and response were defined as reductions of ≥ 20%, 30%, and 50% in "
        "MADRS score, respectively.",
        CHART + "Partial response and response were defined as at least 25% and 50% decreases in the QIDS score.",
        CASES + "Response and remission thresholds were >50%, and 75% reduction of HAM-D scores.",
    ],
)
def test_thresholds_listed_after_one_sign_are_not_rates(text: str) -> None:
    assert _rates(text) == []


def test_a_list_of_rates_without_a_sign_is_kept() -> None:
    text = OPEN + "Response rates at days 1, 7 and 14 were 45%, 30%, and 20%, respectively."
    assert [v for _, v in _rates(text)] == [20.0, 30.0, 45.0]


# --- a percent sign written once after 'vs' belongs to both numbers ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RCT + "Response rates (52 vs. 20%, p = 0.01) favoured ketamine.", [("response_rate", 20.0),
                                                                             ("response_rate", 52.0)]),
        (OPEN + "Remission (31.5 versus 12.0%) differed between women and men.",
         [("remission_rate", 12.0), ("remission_rate", 31.5)]),
        (CHART + "Responders (40 vs 25%) were more common among those with anxious depression.",
         [("response_rate", 25.0), ("response_rate", 40.0)]),
    ],
)
def test_a_percent_sign_shared_across_vs(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected


def test_a_plain_number_before_vs_is_not_a_percentage_without_a_sign_after() -> None:
    text = RCT + "Response occurred in 12 vs 4 patients."
    assert 12.0 not in [v for _, v in _rates(text)]


# --- a share after 'with' whose own verb is not a measure ('with 2% deteriorating') ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "Remission rates were 35%, with 1.5% deteriorating over the course.", [("remission_rate", 35.0)]),
        (CHART + "Response was seen in 41%, with 3% worsening on the PHQ-9 and 2% on the GAD-7.",
         [("response_rate", 41.0)]),
        (CASES + "Remission occurred in 44%, with 11% discontinuing early.", [("remission_rate", 44.0)]),
        # its own verb is a measure: kept
        (OPEN + "Remission occurred in 30%, with 55% achieving response.",
         [("remission_rate", 30.0), ("response_rate", 55.0)]),
    ],
)
def test_a_share_with_its_own_ing_verb_is_not_the_rate(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected


# --- a rate with no time of its own is read at the one time the methods rate outcomes (or define response) at ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Methods: Thirty patients were divided into ketamine and saline groups. Both groups were reassessed after 24 "
         "hours with the HAM-D. Results: Of 20 patients given ketamine, 12 (60%) showed response, against 2 (20%) of "
         "10 given saline.", [("response_rate", 20.0, 24.0), ("response_rate", 60.0, 24.0)]),
        ("Methods: Fifty adults with depression received six intravenous ketamine infusions. Response and remission "
         "were defined as ≥50% and ≥75% improvement at 24 h after the sixth infusion (day 12). Results: Response "
         "(44 vs. 40%) and remission (20 vs. 18%) rates did not differ between men and women.",
         [("remission_rate", 18.0, 288.0), ("remission_rate", 20.0, 288.0), ("response_rate", 40.0, 288.0),
          ("response_rate", 44.0, 288.0)]),
        ("Methods: We reviewed 80 charts of patients given intranasal esketamine; depression was rated with the "
         "PHQ-9 at week 4. Results: Remission was achieved by 25% of patients.", [("remission_rate", 25.0, 672.0)]),
        ("Methods: In this case series, nine patients were evaluated two weeks after their oral ketamine course. "
         "Results: Five patients (55.6%) met response criteria.", [("response_rate", 55.6, 336.0)]),
    ],
)
def test_a_rate_without_a_time_takes_the_single_planned_time(
    text: str, expected: list[tuple[str, float, float | None]]
) -> None:
    assert timed_rates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # several rating times: the rate cannot be placed
        "Methods: Forty patients received ketamine and were assessed at 4 hours, 24 hours and 7 days. Results: "
        "Response was seen in 45% of patients.",
        # the rate's own words say 'after three infusions', not a clock time
        "Methods: Forty patients were assessed at week 2. Results: After three infusions, 45% of patients responded.",
        # no rating time at all
        "Methods: Forty patients received open-label ketamine. Results: Response was seen in 45% of patients.",
    ],
)
def test_a_rate_is_not_placed_without_a_single_planned_time(text: str) -> None:
    assert [t for _, _, t in timed_rates(text)] == [None]


# --- onset: "significant at all follow-ups" starts at the first follow-up the methods name ---

@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Methods: Sixty patients with depression undergoing ECT were allocated to ketamine or propofol anaesthesia. "
         "HAM-D was measured at baseline and 2 weeks, 1 month and 6 months after the course. Results: The ketamine "
         "group showed significantly lower HAM-D scores at all follow-ups (p<0.01).", 336.0),
        ("Methods: Forty adults with treatment-resistant depression were randomized to intranasal esketamine or "
         "placebo; MADRS was rated at 4 hours, day 2 and day 7. Results: MADRS scores were significantly lower with "
         "esketamine than placebo at every visit.", 4.0),
        ("Methods: Thirty depressed patients were randomized to oral ketamine or placebo and assessed at weeks 1, 2 "
         "and 4. Results: MADRS scores were significantly lower with ketamine across all assessments, and fewer "
         "relapses occurred.", 168.0),
    ],
)
def test_an_effect_at_all_follow_ups_begins_at_the_first(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


# --- onset: "scores were lower in the ketamine group at day 7 (P<0.001)" is a comparison of the arms ---

@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Methods: 300 mothers with depressive symptoms were randomized to esketamine or placebo after delivery. "
         "Results: EPDS depression scores were lower in the esketamine group at 3 days (P<0.001) and at 42 days "
         "(P=0.002).", 72.0),
        ("Methods: Eighty patients with depression were randomized to ketamine or saline before surgery. Results: "
         "HAM-D scores were smaller in the ketamine arm on day 1 (p = 0.01) and day 5 (p < 0.001).", 24.0),
        ("Methods: Fifty adolescents with depression were randomized to intravenous ketamine or midazolam. Results: "
         "Response was higher in the ketamine group at 24 hours (p = 0.03) and at day 7 (p = 0.04).", 24.0),
    ],
)
def test_an_arm_set_against_the_other_with_a_p_value_is_an_effect(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


def test_a_higher_score_in_one_group_without_a_p_value_is_no_onset() -> None:
    text = ("Methods: Eighty patients with depression were randomized to ketamine or saline. Results: HAM-D scores "
            "were lower in the ketamine group at day 1 and day 5.")
    assert onsets(text) == []


# --- onset: where an effect wore off is not where it began ---

@pytest.mark.parametrize(
    "text",
    [
        "Methods: A 60-year-old man with depression received two ketamine infusions. Results: Mood benefits started "
        "fading by day 5 and returned to baseline by day 28.",
        "Methods: Twelve depressed outpatients received open-label intramuscular ketamine. Results: The improvement "
        "began to wane by day 10.",
        "Methods: A woman with treatment-resistant depression received oral esketamine. Results: Her antidepressant "
        "benefit wore off within 3 days.",
    ],
)
def test_an_effect_wearing_off_is_no_onset(text: str) -> None:
    assert onsets(text) == []


# --- a share that reported/showed a 50% or greater improvement ON a depression scale is a response rate ---

@pytest.mark.parametrize(
    ("text", "value"),
    [
        (OPEN + "In all, 58.5% reported a 50% or greater improvement on the PHQ-9.", 58.5),
        (CHART + "Of the sample, 40% demonstrated a 50% reduction on the MADRS by the last visit.", 40.0),
        (CASES + "Overall, 66.7% of patients reported a 50 % or more improvement on the HAM-D.", 66.7),
    ],
)
def test_a_share_with_a_halved_scale_score_is_a_response_rate(text: str, value: float) -> None:
    assert _rates(text) == [("response_rate", value)]


def test_a_halving_of_another_scale_is_not_a_depression_response() -> None:
    assert _rates(OPEN + "In all, 58.5% reported a 50% or greater improvement on pain ratings.") == []


# --- a share that REMAINED a responder or in remission is a sustained share, not the response rate ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CHART + "Fifteen out of 80 patients (18.8%) responded to induction and 5 (6.3%) remained in responder status "
         "at the data cut-off.", [("response_rate", 18.8)]),
        (OPEN + "Remission occurred in 40% after the course; 20% stayed in remission through month 3.",
         [("remission_rate", 40.0)]),
        (CASES + "Four patients (44%) responded, and two (22%) remained responders at follow-up.",
         [("response_rate", 44.0)]),
    ],
)
def test_a_share_that_remained_responders_is_not_the_response_rate(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected


# --- in a controlled study, a rate over the whole sample mixes the arms ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Methods: Thirty depressed patients were split into ketamine and saline groups. Results: Out of the total 30 "
         "patients, response was present in 15 (50%). Out of 20 patients treated with ketamine, 13 (65%) responded, "
         "and of 10 given saline, 2 (20%) responded.", [("response_rate", 20.0), ("response_rate", 65.0)]),
        (RCT + "Of all participants, 38% responded; response occurred in 60% with ketamine and 17% with placebo.",
         [("response_rate", 17.0), ("response_rate", 60.0)]),
        (RCT + "Across all participants, remission was reached by 25%.", []),
    ],
)
def test_a_rate_over_the_whole_sample_of_a_controlled_study_is_no_arms_rate(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected


def test_a_single_group_rate_over_the_whole_sample_is_kept() -> None:
    assert _rates(OPEN + "Overall, 38% of participants responded.") == [("response_rate", 38.0)]


# --- one rate stated for two coordinated visits ('after 7 and 14 days') is a rate at each ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "Response occurred in 45% of patients after 7 and 14 days.",
         [("response_rate", 45.0, 168.0), ("response_rate", 45.0, 336.0)]),
        (CASES + "Remission was seen in 33% of patients at weeks 2 and 4.",
         [("remission_rate", 33.0, 336.0), ("remission_rate", 33.0, 672.0)]),
        (CHART + "The response rate was 30% at 1 and 3 months.",
         [("response_rate", 30.0, 730.0), ("response_rate", 30.0, 2190.0)]),
        # the number after 'and' is a count of people, not a second week
        (OPEN + "Of the 30 participants, 12 (40%) responded at week 1 and 6 (20%) remitted.",
         [("remission_rate", 20.0, 168.0), ("response_rate", 40.0, 168.0)]),
    ],
)
def test_a_rate_at_two_coordinated_visits_is_a_rate_at_each(
    text: str, expected: list[tuple[str, float, float | None]]
) -> None:
    assert timed_rates(text) == expected


# --- counts of one group in a series ('four ... on day 2, eight after 7 days, and twelve after 14 days') ---

SINGLE25 = "Methods: Twenty-five patients with bipolar depression received one open-label ketamine infusion. Results: "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SINGLE25 + "Five patients obtained remission after 24 hours, ten were in remission after 7 days, and fifteen "
         "after 14 days.", [("remission_rate", 20.0, 24.0), ("remission_rate", 40.0, 168.0),
                            ("remission_rate", 60.0, 336.0)]),
        (SINGLE25 + "Two patients responded on day 1, and five on day 3.",
         [("response_rate", 8.0, 24.0), ("response_rate", 20.0, 72.0)]),
        (SINGLE25 + "Ten participants attained remission by week 2, and twelve remitted by week 4.",
         [("remission_rate", 40.0, 336.0), ("remission_rate", 48.0, 672.0)]),
    ],
)
def test_a_series_of_counts_of_one_group_is_a_rate_at_each_visit(
    text: str, expected: list[tuple[str, float, float | None]]
) -> None:
    assert timed_rates(text) == expected


def test_a_count_after_a_series_that_is_not_an_outcome_is_not_read() -> None:
    text = SINGLE25 + "Five patients remitted after 24 hours, eleven reported nausea."
    assert timed_rates(text) == [("remission_rate", 20.0, 24.0)]


# --- onset: a significant difference between the arms with no time, in an abstract that rates at one time only ---

@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Methods: Thirty patients with severe depression were divided into ketamine and saline groups and were "
         "reassessed after 24 hours. Results: Scores fell in both groups. The difference between the two groups was "
         "statistically significant (p = 0.02).", 24.0),
        ("Methods: Forty depressed adults were randomized to intranasal esketamine or placebo; depression was rated 4 "
         "hours after the spray. Results: MADRS reduction was significantly greater with esketamine than placebo "
         "(p < 0.01).", 4.0),
        ("Methods: Fifty patients with depression were allocated to ketamine or midazolam and evaluated on day 2. "
         "Results: Ketamine was significantly superior to midazolam on the HAM-D (p = 0.004).", 48.0),
    ],
)
def test_a_timeless_separation_takes_the_abstracts_only_time(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


@pytest.mark.parametrize(
    "text",
    [
        # another time is named elsewhere: the separation cannot be placed
        "Methods: Thirty depressed patients were randomized to ketamine or saline and reassessed after 24 hours. "
        "Results: The difference between the two groups was significant (p = 0.02). At day 42, scores were similar.",
        # a change from baseline is a within-group test, not a separation
        "Methods: Thirty depressed patients received ketamine and were reassessed after 24 hours. Results: Scores "
        "fell significantly compared with baseline (p < 0.01).",
    ],
)
def test_a_timeless_separation_is_not_placed_without_a_single_time(text: str) -> None:
    assert onsets(text) == []


# --- more shares that are not the study's rate: a modified responder subgroup, 'still responders', a share of the
# sample with its own verb, a subgroup's bracketed share compared on an outcome ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "Response occurred in 60% at week 2. Among week-2 responders, 70% were still responders at week 4.",
         [("response_rate", 60.0)]),
        (CASES + "Remission occurred in 4 (44%). Of the early remitters, 3 (75%) were still in remission at month 3.",
         [("remission_rate", 44.0)]),
        (OPEN + "Response occurred in 60% of patients; 15% of the sample did not complete treatment.",
         [("response_rate", 60.0)]),
        (CHART + "Response occurred in 48% of the cohort; 12% of the cohort switched to ECT.",
         [("response_rate", 48.0)]),
        (RCT + "Response occurred in 55% with ketamine and 20% with placebo; patients with anxious depression (40%) "
         "responded less.", [("response_rate", 20.0), ("response_rate", 55.0)]),
        (RCT + "Participants with comorbid PTSD (35%) had lower response rates.", []),
    ],
)
def test_more_shares_that_are_not_the_studys_rate(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected


def test_a_bracketed_arm_rate_compared_is_kept() -> None:
    text = RCT + "Patients given ketamine (55%) responded more often than those given placebo (20%)."
    assert _rates(text) == [("response_rate", 20.0), ("response_rate", 55.0)]


# --- the methods naming response as the primary outcome at a time place the results' timeless rates there ---

@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Methods: Sixty depressed patients were randomized to intravenous ketamine or placebo. The primary outcome "
         "was response at 24 h. Results: Response occurred in 50% with ketamine and 10% with placebo.", 24.0),
        ("Methods: Sixty depressed patients were randomized to intravenous ketamine or placebo. Response (MADRS "
         "reduction ≥50% at day 7) was the primary outcome. Results: Response occurred in 50% with ketamine and 10% "
         "with placebo.", 168.0),
        ("Methods: Thirty adults with bipolar depression received oral esketamine. The primary end point was remission "
         "at week 6. Results: Remission was reached by 40% of participants.", 1008.0),
    ],
)
def test_a_primary_outcome_time_places_a_timeless_rate(text: str, hours: float) -> None:
    assert {t for _, _, t in timed_rates(text)} == {hours}


def test_a_primary_outcome_of_another_measure_places_no_rate() -> None:
    text = ("Methods: Sixty depressed patients were randomized to intravenous ketamine or placebo. The primary "
            "endpoint was the change in MADRS at day 28; response was a secondary outcome. Results: Response "
            "occurred in 50% with ketamine and 10% with placebo.")
    assert {t for _, _, t in timed_rates(text)} == {None}


# --- a count with its bracketed percent that opens its own clause ('; 4 (10%) discontinued') is not the measure
# named before it ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "Overall, 22 patients (55%) achieved response and 12 (30%) achieved remission; 4 (10%) discontinued "
         "due to dissociation.", [("remission_rate", 30.0), ("response_rate", 55.0)]),
        (CHART + "Response occurred in 20 (38%), 10 (19%) remitted, and 6 (12%) dropped out.",
         [("remission_rate", 19.0), ("response_rate", 38.0)]),
        (CASES + "Remission was reached by 4 (44%); 2 (22%) switched to another treatment.",
         [("remission_rate", 44.0)]),
        # the bracket right after the measure word is still the measure's
        (OPEN + "Patients responded (20, 50%) and remitted (10, 25%).",
         [("remission_rate", 25.0), ("response_rate", 50.0)]),
    ],
)
def test_a_counted_share_with_its_own_verb_is_not_the_measure_before(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected


# --- 'at least a 50% reduction' is the response criterion ---

@pytest.mark.parametrize(
    "text",
    [
        OPEN + "Compared with baseline, 50% of patients had at least a 50% reduction in MADRS at week 2.",
        CHART + "By the last visit, 50% showed at least a 50% decrease in QIDS-SR scores.",
        CASES + "Overall, 50% of participants attained at least a 50% improvement in HAM-D scores.",
    ],
)
def test_at_least_a_half_reduction_is_the_response_criterion(text: str) -> None:
    assert _rates(text) == [("response_rate", 50.0)]


# --- a time an effect or rate is compared against ('higher than at week 1') is the reference, not its time ---

WEEKLY = ("Methods: Forty patients with depression received six open-label ketamine infusions and were rated weekly "
          "for 4 weeks. Results: ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (WEEKLY + "The response rate at week 4 was 60%, significantly higher than at week 1.",
         [("response_rate", 60.0, 672.0)]),
        (WEEKLY + "Remission at day 28 reached 45%, more than at day 7.", [("remission_rate", 45.0, 672.0)]),
        (CHART + "At month 3, 52% were responders, up from the share than at month 1.",
         [("response_rate", 52.0, 2190.0)]),
    ],
)
def test_a_rate_keeps_its_own_time_before_a_reference_time(
    text: str, expected: list[tuple[str, float, float | None]]
) -> None:
    assert timed_rates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        WEEKLY + "MADRS scores at week 4 were significantly lower than at week 1 (p<0.01).",
        WEEKLY + "The response rate at week 4 was 60%, significantly higher than at week 1.",
        CASES + "HAM-D scores on day 14 were significantly lower compared with those on day 7.",
    ],
)
def test_a_comparison_between_two_visits_is_no_onset(text: str) -> None:
    assert onsets(text) == []


def test_a_first_significant_visit_is_still_an_onset() -> None:
    assert onsets(WEEKLY + "MADRS scores fell significantly from baseline by week 1 (p<0.01).") == [168.0]


# --- 'and 40% on the HAM-D': a value whose verb is left out is the measure before it, on another scale ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPEN + "In all, 55% achieved remission on the MADRS, and 48% on the HAM-D.",
         [("remission_rate", 48.0), ("remission_rate", 55.0)]),
        (CHART + "Response occurred in 41% on the QIDS-SR and 37% on the PHQ-9.",
         [("response_rate", 37.0), ("response_rate", 41.0)]),
        (CASES + "Overall, 60% reported a 50% or greater improvement on the MADRS, d = 1.2, and 52% on the BDI.",
         [("response_rate", 52.0), ("response_rate", 60.0)]),
    ],
)
def test_a_value_with_its_verb_left_out_takes_the_measure_before(text: str, expected: list[Row]) -> None:
    assert _rates(text) == expected
