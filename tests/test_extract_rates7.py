"""Response, remission and onset (issue 21, seventh session): kinds of sentences the rules missed on unseen abstracts,
each written here as paraphrases by the team (none copied from a blind abstract), with cases that must not match."""

from __future__ import annotations

import pytest

from evidence.extract.text import split_sentences
from tests.extract_support import OPEN, RCT, findings, onsets, timed_rates

Row = tuple[str, float, float | None]


# --- a rate counted over a window from the start takes the window's end, whatever opens the window (the curated
# labels and, since 2026-12-07, the blind labels: "in the first 2 weeks" = 336 h) ---

@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (RCT + "More participants responded to ketamine than to placebo in the first 2 weeks of dosing (45% vs 10%).",
         336.0),
        (RCT + "During the initial 10 days of the trial, response occurred in 45% with ketamine and 10% with placebo.",
         240.0),
        (RCT + "Throughout the first 4 weeks, the response rate was 45% for ketamine versus 10% for placebo.", 672.0),
        (RCT + "Response within the first 3 days of the infusion was seen in 45% of the ketamine and 10% of the"
         " placebo group.", 72.0),
    ],
)
def test_a_rate_over_a_first_window_takes_its_end(text: str, hours: float) -> None:
    assert timed_rates(text) == [("response_rate", 10.0, hours), ("response_rate", 45.0, hours)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each clause keeps its own time
        (OPEN + "In the first 4 weeks 60% of patients responded, whereas 35% had responded by week 8.",
         [("response_rate", 35.0, 1344.0), ("response_rate", 60.0, 672.0)]),
        (OPEN + "Remission was reached by 30% of patients during the first 2 weeks, but 20% remitted at month 3.",
         [("remission_rate", 20.0, 2190.0), ("remission_rate", 30.0, 336.0)]),
    ],
)
def test_a_windowed_rate_keeps_its_own_clauses_time(text: str, expected: list[Row]) -> None:
    assert timed_rates(text) == expected


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # not a window from the start of treatment: a point in time keeps it
        (OPEN + "In week 2, 45% of patients had responded.", 336.0),
        (OPEN + "The response rate was 45% at the first week.", 168.0),
        (OPEN + "In the second week, 45% of patients responded.", 336.0),
    ],
)
def test_a_rate_at_a_point_keeps_its_time(text: str, hours: float) -> None:
    assert timed_rates(text) == [("response_rate", 45.0, hours)]


# --- onset: the baseline is no time of effect; "from baseline to day N" is read at day N ---

SINGLE = (
    "Methods: Thirty adults with chronic suicidal ideation took open-label oral ketamine weekly for 8 weeks. Results: "
)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (SINGLE + "Suicidal ideation scores fell significantly from the week 0 visit to the week 8 visit.", 1344.0),
        (SINGLE + "Suicidal ideation scores were significantly reduced at week 8 compared with week 0.", 1344.0),
        (SINGLE + "From day 0 to day 14, suicidal ideation decreased significantly (p < 0.01).", 336.0),
    ],
)
def test_the_baseline_is_not_an_onset_time(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (RCT + "Changes in MADRS from baseline to day 3 were significantly greater with ketamine than with placebo.",
         72.0),
        (RCT + "The reduction in depression scores from baseline to day 2 was significantly larger for ketamine than"
         " for placebo (p = 0.01).", 48.0),
    ],
)
def test_a_change_from_baseline_to_a_day_is_read_at_that_day(text: str, hours: float) -> None:
    assert onsets(text + " Dissociation was mild.") == [hours]


@pytest.mark.parametrize(
    "text",
    [
        # "to day 3" after an effect: how long it lasted, not where it began
        RCT + "Ketamine improved MADRS scores significantly more than placebo, an effect that lasted to day 3.",
        RCT + "Depression scores remained lower with ketamine than with placebo up to day 3 (p = 0.02).",
    ],
)
def test_the_end_of_an_effect_is_not_its_onset(text: str) -> None:
    assert 72.0 not in onsets(text)


# --- onset: a sentence naming no outcome goes on with the previous sentence's ---

@pytest.mark.parametrize(
    "text",
    [
        SINGLE + "Suicidal ideation decreased significantly by week 4. Significant improvement was seen in 40% of"
        " participants by the week 12 follow-up.",
        SINGLE + "Scores on the suicide ideation scale fell significantly by week 4. A significant improvement was"
        " still reported by 40% at week 12.",
        SINGLE + "Suicidality was significantly reduced by week 4. By week 12, 40% showed significant improvement.",
    ],
)
def test_an_unnamed_outcome_continues_the_previous_sentence(text: str) -> None:
    assert onsets(text) == [672.0]


# --- a bound on how long something lasted is no point in time ---

@pytest.mark.parametrize(
    "text",
    [
        RCT + "Ketamine showed significant carryover effects (lasting longer than 1 week) in the crossover.",
        RCT + "The antidepressant effect was significant and persisted for more than 1 week in some patients.",
        RCT + "Significant benefits versus placebo continued in a few patients for longer than 1 week.",
    ],
)
def test_a_bound_on_a_duration_is_not_an_onset(text: str) -> None:
    assert 168.0 not in onsets(text)


# --- onset: a separation at the only visit the abstract reports is its onset, however late (blind convention) ---

THREE_DOSES = (
    "Methods: Fifty adults with MDD were randomized to three infusions of ketamine or midazolam over one week."
    " The primary outcome was the change in MADRS. Results: "
)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (THREE_DOSES + "MADRS changes from baseline to day 7 were significantly greater with ketamine than with"
         " midazolam (p = .004).", 168.0),
        (THREE_DOSES + "At week 2, depressive symptoms had improved significantly more in the ketamine arm than in"
         " the midazolam arm.", 336.0),
        (THREE_DOSES + "Ketamine was significantly superior to midazolam on the MADRS at day 10 (p = 0.01).", 240.0),
    ],
)
def test_a_separation_at_the_only_late_visit_is_the_onset(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


@pytest.mark.parametrize(
    "text",
    [
        # a difference in how many responded or remitted by a late endpoint is a count there, not an onset
        THREE_DOSES + "More patients remitted with ketamine than with midazolam at week 6 (40% vs 20%; p = 0.01).",
        THREE_DOSES + "Response at week 4 was significantly more frequent with ketamine than with midazolam.",
        THREE_DOSES + "At day 10, responders were significantly more common in the ketamine arm than with midazolam.",
    ],
)
def test_a_late_difference_in_rates_is_no_onset(text: str) -> None:
    assert onsets(text) == []


# --- a threshold written with a slanted or double-bar sign is a definition, not a rate ---

@pytest.mark.parametrize(
    "text",
    [
        RCT + "At week 1, 45% of the ketamine group met response criteria (\u2a7e50% MADRS reduction) vs 10% of the"
        " placebo group.",
        RCT + "At week 1, response (\u2267 50% decrease in HAM-D) occurred in 45% with ketamine and 10% with placebo.",
        RCT + "At week 1, 45% with ketamine and 10% with placebo responded (a \u2a7e50% fall in MADRS).",
    ],
)
def test_a_slanted_threshold_is_a_definition(text: str) -> None:
    assert timed_rates(text) == [("response_rate", 10.0, 168.0), ("response_rate", 45.0, 168.0)]


def test_a_slanted_remission_threshold_is_a_definition() -> None:
    text = RCT + "At week 1, remission (MADRS \u2a7d10) was reached by 30% with ketamine and 5% with placebo."
    assert timed_rates(text) == [("remission_rate", 5.0, 168.0), ("remission_rate", 30.0, 168.0)]


# --- a share with a 50% fall in a depression score is a response rate, the criterion written without "at least" ---

@pytest.mark.parametrize(
    "text",
    [
        OPEN + "At week 2, 40% had a 50% improvement in PHQ-9 score and 15% had a PHQ-9 score of 5 or less.",
        OPEN + "At week 2, 40% of participants achieved a 50% decrease in depressive symptoms.",
        OPEN + "By week 2, 40% of patients showed a 50% reduction in MADRS.",
    ],
)
def test_a_share_with_a_halved_depression_score_is_a_response(text: str) -> None:
    assert ("response_rate", 40.0, 336.0) in timed_rates(text)


@pytest.mark.parametrize(
    "text",
    [
        OPEN + "At week 2, mean MADRS showed a 50% reduction from baseline.",
        OPEN + "At week 2, 40% had a 50% reduction in anxiety scores.",
        OPEN + "At week 2, there was a 50% reduction in suicidal ideation scores.",
    ],
)
def test_a_halved_mean_or_another_outcome_is_no_response(text: str) -> None:
    assert timed_rates(text) == []


# --- arms: each list of measures names its own arm right after it; "respectively" pairs the measures ---

def _arm_rows(text: str) -> list[tuple[str, float, str | None]]:
    return sorted((str(f["kind"]), float(f["value"]), f["arm"]) for f in findings(text)
                  if f["kind"] in ("response_rate", "remission_rate"))


@pytest.mark.parametrize(
    "text",
    [
        RCT + "Response and remission rates at day 7 were 60% and 40% after ketamine, and were 20% and 10% after"
        " placebo, respectively.",
        RCT + "At day 7 the response and remission rates were 60% and 40% in the ketamine group and 20% and 10% in"
        " the placebo group, respectively.",
        RCT + "At day 7, rates of response and remission were 60% and 40% with ketamine, and 20% and 10% with placebo,"
        " respectively.",
    ],
)
def test_each_list_of_measures_belongs_to_the_arm_after_it(text: str) -> None:
    assert _arm_rows(text) == [
        ("remission_rate", 10.0, "placebo"), ("remission_rate", 40.0, "ketamine"),
        ("response_rate", 20.0, "placebo"), ("response_rate", 60.0, "ketamine"),
    ]


def test_a_single_list_with_its_arms_listed_after_still_pairs_them() -> None:
    text = RCT + "At day 7, response rates were 60% and 20% for ketamine and placebo, respectively."
    assert _arm_rows(text) == [("response_rate", 20.0, "placebo"), ("response_rate", 60.0, "ketamine")]


# --- a compound ordinal is one number ("the twenty-fourth hour" is hour 24, not hour 4) ---

@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (RCT + "Ketamine separated significantly from placebo from the twenty-fourth hour onwards.", 24.0),
        (RCT + "A significant difference from placebo first appeared at the forty-eighth hour.", 48.0),
        (RCT + "Starting on the twenty-first day, MADRS scores were significantly lower with ketamine than placebo.",
         504.0),
    ],
)
def test_a_compound_ordinal_time_is_one_number(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (OPEN + "On the fourth day, 45% of patients had responded.", 96.0),
        (OPEN + "In the twentieth week, 45% of patients had responded.", 3360.0),
        (OPEN + "At the seventy-second hour, 45% of patients had responded.", 72.0),
    ],
)
def test_a_rate_at_an_ordinal_time(text: str, hours: float) -> None:
    assert timed_rates(text) == [("response_rate", 45.0, hours)]


# --- a share whose own verb attains an improvement is a share of people, named only in the clause before ---

@pytest.mark.parametrize(
    "text",
    [
        OPEN + "At week 2, the proportion of patients with a response was 60%, whereas 40% achieved a significant"
        " improvement by week 8.",
        OPEN + "Response was seen in 60% of participants at week 2, while 40% showed a statistically significant"
        " improvement at week 8.",
        OPEN + "Sixty percent of patients responded at week 2; 40% had a marked improvement at week 8.",
    ],
)
def test_a_share_attaining_an_improvement_is_read(text: str) -> None:
    assert ("response_rate", 40.0, 1344.0) in timed_rates(text)


@pytest.mark.parametrize(
    "text",
    [
        OPEN + "At week 8, mean scores showed a 40% improvement from baseline.",
        OPEN + "At week 8, sleep quality improved, and 40% achieved a significant improvement in insomnia.",
        OPEN + "At week 8, MADRS scores had improved by 40%.",
    ],
)
def test_an_improvement_that_is_not_a_share_of_people_is_no_rate(text: str) -> None:
    assert timed_rates(text) == []


# --- a subgroup compared on an outcome: its bracketed share of the sample is no rate ---

CHART = (
    "Methods: We reviewed charts of 120 adults with treatment-resistant depression who received intravenous"
    " ketamine. Results: "
)


@pytest.mark.parametrize(
    "text",
    [
        CHART + "Patients with severe depression (n = 45; 37.5%) had lower response rates than those with moderate"
        " depression.",
        CHART + "Older adults (n = 24; 20%) showed similar remission rates to younger adults.",
        CHART + "Women (37.5%, n = 45) responded less often than men.",
    ],
)
def test_a_compared_subgroup_share_is_no_rate(text: str) -> None:
    assert timed_rates(text) == []


def test_the_rate_beside_a_compared_subgroup_is_kept() -> None:
    text = CHART + ("At week 2, 30% of patients had responded; those with severe depression (n = 45; 37.5%) had lower"
                    " response rates than the rest.")
    assert timed_rates(text) == [("response_rate", 30.0, 336.0)]


# --- a share coordinated with a trait share, its verb left out, is the same kind of share ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CHART + "Of the 120 patients, 70 (58.3%) had severe MADRS scores and 50 (41.7%) moderate scores; at week 2,"
         " response occurred in 48 (40%).", [("response_rate", 40.0, 336.0)]),
        (CHART + "At baseline 40 (33%) were taking lithium, 20 (17%) antipsychotics and 10 (8%) MAOIs; at week 2,"
         " 45% had responded.", [("response_rate", 45.0, 336.0)]),
        (CHART + "In all, 30 (25%) had bipolar depression and 90 (75%) unipolar depression; at week 2 remission was"
         " reached by 20%.", [("remission_rate", 20.0, 336.0)]),
    ],
)
def test_a_share_coordinated_with_a_trait_is_no_rate(text: str, expected: list[Row]) -> None:
    assert timed_rates(text) == expected


def test_coordinated_rates_keep_their_measure() -> None:
    text = CHART + "At week 2, 45% had responded, 30% had remitted and 20% had a partial response."
    assert timed_rates(text) == [("remission_rate", 30.0, 336.0), ("response_rate", 45.0, 336.0)]


# --- "min." after a number ends a sentence when a capital follows ---

@pytest.mark.parametrize(
    "text",
    [
        "Ketamine was infused over 40 min. Depression was rated at 2 h.",
        "No difference was seen at 40 min. Both doses were superior from 2 h.",
        "The infusion lasted 45 min. The MADRS fell by half.",
    ],
)
def test_a_unit_after_a_number_ends_a_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Infusions lasted a min. of 40 minutes in all patients.",
        "Patients were rated at 40 min. and at 2 h after the dose.",
    ],
)
def test_an_abbreviation_inside_a_sentence_does_not_end_it(text: str) -> None:
    assert len(split_sentences(text)) == 1


def test_an_onset_after_a_sentence_ending_in_min() -> None:
    text = RCT + "No significant difference was seen at 40 min. Ketamine was significantly better than placebo from 2 h"
    assert onsets(text) == [2.0]


# --- onset: "significance was first reached at day 8"; "all timepoints from day 8" starts at day 8 ---

SCHEDULE = (
    "Methods: Sixty adults with depression were randomized to intranasal esketamine or placebo for 4 weeks; MADRS was"
    " assessed at 4 h, 24 h, and days 8, 15 and 28. Results: "
)


@pytest.mark.parametrize(
    "text",
    [
        SCHEDULE + "A larger MADRS reduction with esketamine was seen at 4 h but was not significant; significance"
        " was first reached at day 8 (p = 0.01).",
        SCHEDULE + "Esketamine was significantly better than placebo at all timepoints from day 8 onward.",
        SCHEDULE + "MADRS scores were significantly lower than with placebo at all assessments starting from day 8.",
    ],
)
def test_the_first_significant_time_is_the_stated_one(text: str) -> None:
    assert onsets(text) == [192.0]


def test_all_timepoints_without_a_start_begin_at_the_first_assessment() -> None:
    text = SCHEDULE + "Esketamine was significantly superior to placebo at all time points."
    assert onsets(text) == [4.0]


# --- two lists of values over the same listed times, each list the arm's written after it ---

MIDAZ = "Methods: Sixty adults with TRD were randomized to intravenous ketamine or midazolam. Results: "


@pytest.mark.parametrize(
    "text",
    [
        MIDAZ + "At 24 h and day 7, 50% and 40% of the ketamine group responded, compared with 10% and 15% of the"
        " midazolam group.",
        MIDAZ + "At 24 h and day 7, response was seen in 50% and 40% of the ketamine group but only in 10% and 15% of"
        " the midazolam group.",
        MIDAZ + "Response rates at 24 h and day 7 were 50% and 40% for ketamine and 10% and 15% for midazolam,"
        " respectively.",
    ],
)
def test_each_list_over_listed_times_is_the_arms_after_it(text: str) -> None:
    rows = sorted((str(f["arm"]), float(f["value"]), f["timepoint_hours"]) for f in findings(text)
                  if f["kind"] == "response_rate")
    assert rows == [("ketamine", 40.0, 168.0), ("ketamine", 50.0, 24.0),
                    ("midazolam", 10.0, 24.0), ("midazolam", 15.0, 168.0)]


# --- substance use and psychosis outcomes give no antidepressant onset ---

@pytest.mark.parametrize(
    "text",
    [
        "Methods: Adults with alcohol use disorder received ketamine or midazolam. Results: Abstinence at 6 months was"
        " higher with ketamine, and craving decreased significantly versus midazolam at 24 h.",
        "Methods: Healthy volunteers received ketamine or saline. Results: BPRS scores increased significantly at 40"
        " min compared with saline.",
        "Methods: Patients with schizophrenia received ketamine or placebo. Results: PANSS positive scores rose"
        " significantly within 30 minutes relative to placebo.",
    ],
)
def test_substance_use_or_psychosis_outcomes_give_no_onset(text: str) -> None:
    assert onsets(text) == []


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (RCT + "In patients with psychotic features, depression scores fell significantly more with ketamine than"
         " placebo at 24 h, the first assessment.", 24.0),
        ("Methods: Veterans with PTSD were randomized to ketamine or midazolam. Results: PTSD symptoms improved"
         " significantly more with ketamine than midazolam within 24 hours.", 24.0),
    ],
)
def test_depression_and_ptsd_onsets_are_kept(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


# --- counts: "x out of y" is a rate of y; a count with its percent after the people counted is one rate ---

@pytest.mark.parametrize(
    "text",
    [
        OPEN + "At day 7, 18 out of 40 patients responded.",
        OPEN + "At day 7, 18/40 patients (45%) responded.",
        OPEN + "At day 7, response occurred in 18 out of 40 participants.",
    ],
)
def test_a_count_out_of_a_group_is_one_rate(text: str) -> None:
    assert timed_rates(text) == [("response_rate", 45.0, 168.0)]


def test_a_count_of_a_group_is_not_the_group_responding() -> None:
    text = OPEN + "At day 7, none out of 40 patients relapsed and 18 patients responded."
    assert ("response_rate", 100.0, 168.0) not in timed_rates(text)


# --- a list of values takes the time written before the list, not the next clause's ---

@pytest.mark.parametrize(
    "text",
    [
        OPEN + "Response and remission rates at week 4 were 45% and 20%, and at week 8, 55% and 30%.",
        OPEN + "At week 4, response and remission were 45% and 20%, and by week 8 they were 55% and 30%.",
        OPEN + "Response and remission rates were 45% and 20% at week 4, while at week 8 they reached 55% and 30%.",
    ],
)
def test_each_list_keeps_its_own_clauses_time(text: str) -> None:
    assert timed_rates(text) == [
        ("remission_rate", 20.0, 672.0), ("remission_rate", 30.0, 1344.0),
        ("response_rate", 45.0, 672.0), ("response_rate", 55.0, 1344.0),
    ]


# --- a range of times to response: its lower bound ---

@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (OPEN + "Time to first response ranged from 1 to 10 days.", 24.0),
        (OPEN + "The time to remission ranged from 3-21 days across patients.", 72.0),
        (OPEN + "Time to response ranged from 2 to 6 weeks.", 336.0),
    ],
)
def test_a_range_of_times_to_response_gives_its_lower_bound(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


def test_a_range_of_infusions_is_no_time_to_response() -> None:
    assert onsets(OPEN + "The number of infusions to response ranged from 2 to 6.") == []


# --- a rate reported by earlier work is not this study's ---

ORAL = (
    "Methods: Forty adults with treatment-resistant depression received open-label oral ketamine. Results: At week 4,"
    " 35% of patients had responded. Conclusions: "
)


@pytest.mark.parametrize(
    "text",
    [
        ORAL + "This is below the 40% response rate previously reported for intranasal esketamine.",
        ORAL + "Compared with published rates of 50% for intravenous ketamine, the oral route gave fewer responders.",
        ORAL + "Remission (20%) was less frequent than in the literature on intravenous ketamine (30%).",
    ],
)
def test_a_rate_of_earlier_work_is_not_a_finding(text: str) -> None:
    assert timed_rates(text) == [("response_rate", 35.0, 672.0)]


def test_a_result_that_merely_mentions_a_previous_visit_is_kept() -> None:
    text = OPEN + "At day 7, 45% of patients had responded, more than at the previous visit."
    assert timed_rates(text) == [("response_rate", 45.0, 168.0)]


# --- "postoperative day 3" qualifies a time; postoperative pain is still another outcome ---

SURGERY = "Methods: Sixty patients with MDD were randomized to ketamine or saline before surgery. Results: "


@pytest.mark.parametrize(
    "text",
    [
        SURGERY + "On postoperative day 3, depression scores were significantly lower with ketamine than saline"
        " (p = 0.02). Pain did not differ.",
        SURGERY + "At postoperative day 3, HAMD scores were significantly lower in the ketamine group than in the"
        " saline group. Pain did not differ.",
        SURGERY + "By post-surgery day 3, ketamine had significantly reduced depressive symptoms relative to saline."
        " Pain did not differ.",
    ],
)
def test_a_postoperative_day_is_a_time_not_an_outcome(text: str) -> None:
    assert onsets(text) == [72.0]


def test_postoperative_pain_is_still_no_onset() -> None:
    text = SURGERY + "Postoperative pain at 24 h was significantly lower with ketamine than saline. Mood was unchanged."
    assert onsets(text) == []


# --- a dose written as a decimal at the head of a dose list is no proportion ---

DOSES = "Methods: Ninety adults with TRD were randomized to ketamine 0.5 mg/kg, 0.2 mg/kg or placebo. Results: "


@pytest.mark.parametrize(
    "text",
    [
        DOSES + "At day 1, response rates were 60% and 40% for the 0.5 and 0.2 mg/kg doses, and 20% for placebo.",
        DOSES + "At day 1, the response rate was 60% at 0.5, 0.2 or 0.1 mg/kg combined, and 20% for placebo.",
        DOSES + "At day 1, response rates for the 0.5 or 0.2 mg/kg arms were 60% and 40%; placebo 20%.",
    ],
)
def test_a_dose_list_decimal_is_no_rate(text: str) -> None:
    assert 50.0 not in [v for _, v, _ in timed_rates(text)]


def test_a_decimal_proportion_is_still_read() -> None:
    text = OPEN + "At day 7, the proportion of responders was 0.45."
    assert timed_rates(text) == [("response_rate", 45.0, 168.0)]


# --- as many dose arms right after a list as values: one for each, in order ---

@pytest.mark.parametrize(
    "text",
    [
        DOSES + "At day 1 response rates were 60% and 40% with ketamine 0.5 mg/kg and 0.2 mg/kg, and 20% with placebo.",
        DOSES + "At day 1, 60% and 40% on ketamine 0.5 mg/kg and 0.2 mg/kg responded, compared with 20% on placebo.",
        DOSES + "At day 1, response was seen in 60% and 40% with ketamine 0.5 mg/kg and 0.2 mg/kg; placebo, 20%.",
    ],
)
def test_a_list_of_dose_arms_pairs_with_the_values(text: str) -> None:
    rows = sorted((float(f["value"]), str(f["arm"])) for f in findings(text) if f["kind"] == "response_rate")
    assert rows[1:] == [(40.0, "ketamine 0.2 mg/kg"), (60.0, "ketamine 0.5 mg/kg")]
