"""Onset of fresh text (twelfth session, round A): kinds of sentence that gave a wrong or missing onset on the dev13
batch at first contact.

Each table holds paraphrases written here (not copied from any labelled abstract), with negatives that must keep
their onset (or keep none)."""

from __future__ import annotations

import pytest

from tests.extract_support import onsets

# A single-group study that names a comparator only as missing (a limitation) has no comparator: a significant
# improvement at its first visit is its onset; a sentence that points back at the effect ("The effect was ...") is about
# the outcome the sentence before named, anhedonia included.
ABSENT_COMPARATOR = {
    "lack_of_placebo_arm": (
        "Methods: Forty patients with bipolar depression received four weekly ketamine injections. MADRS was rated "
        "before and 24 h after each injection. Results: Depressive symptoms improved over the course (p<0.001). "
        "The effect was significant 24 h after the first injection (p<0.01). Limitations: lack of blinding and of a "
        "placebo arm.",
        24.0,
    ),
    "absence_of_control_group": (
        "Methods: Thirty outpatients with treatment-resistant depression received one infusion of ketamine; HAM-D "
        "was rated at baseline and 4 hours after it. Results: HAM-D scores fell significantly at 4 hours (p = 0.002). "
        "There was no control group, which limits causal inference.",
        4.0,
    ),
    "without_a_comparator": (
        "Methods: We treated 25 patients with eight intranasal ketamine sessions. Anhedonia was rated on the SHAPS "
        "before and one day after each session. Results: Anhedonia decreased markedly over the course (p<0.001). "
        "This reduction was significant one day after the first session (p=0.01). The study was run without a "
        "placebo or sham condition.",
        24.0,
    ),
}
# ... while a comparator the study has still makes it controlled (a significant within-group change at one visit is
# then no onset), and a sentence that names nothing psychiatric and points back at nothing stays without one.
PRESENT_COMPARATOR = {
    "placebo_arm_given": (
        "Methods: Forty patients were assigned to ketamine or a placebo arm; MADRS was rated before and 24 h after "
        "each infusion. Results: The effect was significant 24 h after the first infusion in the ketamine group "
        "(p<0.01). Lack of blinding was a limitation.",
    ),
    "no_difference_versus_placebo": (
        "Methods: Forty patients received ketamine; MADRS was rated before and 24 h after the infusion. Results: "
        "MADRS scores fell significantly from baseline at 24 h (p<0.01). Dissociation showed no difference versus "
        "placebo.",
    ),
    "biomarker_not_pointed_back": (
        "Methods: Thirty patients received one ketamine infusion; serum BDNF was measured before and 2 hours after. "
        "Results: Serum BDNF rose at 2 hours. Interleukin-6 levels were significantly reduced at 2 hours "
        "(p = 0.01). Limitations: no placebo group.",
    ),
}


@pytest.mark.parametrize("name", sorted(ABSENT_COMPARATOR))
def test_a_comparator_named_only_as_missing_leaves_a_single_group_study(name: str) -> None:
    text, hours = ABSENT_COMPARATOR[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(PRESENT_COMPARATOR))
def test_a_comparator_the_study_has_or_a_non_psychiatric_measure_gives_no_onset(name: str) -> None:
    (text,) = PRESENT_COMPARATOR[name]
    assert onsets(text) == []


# 'At each time point' counts from the time the sentence opens its span with, not from the first rating the methods
# schedule; with no stated start it still counts from that first rating.
SPAN_START = {
    "from_minute_to_day": (
        "Methods: Eighteen patients received one ketamine infusion and were rated at 30, 60 and 120 minutes and on "
        "days 1, 3 and 7. Results: MADRS scores were significantly reduced from minute 60 to day 3 at every time "
        "point.",
        1.0,
    ),
    "beginning_on_day": (
        "Methods: Twenty patients received six ketamine infusions; HAM-D was rated 4 hours after the first and on "
        "days 2, 5, 9 and 12. Results: HAM-D scores fell significantly at all time points, beginning on day 2 "
        "(p < 0.01).",
        48.0,
    ),
    "starting_at_hours": (
        "Methods: Sixteen patients were given intranasal ketamine and rated at 40 minutes, 2 hours, 4 hours and 24 "
        "hours. Results: Depression ratings improved significantly at each assessment, starting at 2 hours.",
        2.0,
    ),
}
SCHEDULE_START = {
    "no_stated_start": (
        "Methods: Eighteen patients received one ketamine infusion and were rated at 40 minutes, 2 hours, 1 day and 3 "
        "days. Results: MADRS scores were significantly reduced at each time point (p < 0.01).",
        0.67,
    ),
}


@pytest.mark.parametrize("name", sorted(SPAN_START))
def test_each_time_point_counts_from_the_span_the_sentence_opens(name: str) -> None:
    text, hours = SPAN_START[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(SCHEDULE_START))
def test_each_time_point_with_no_stated_start_counts_from_the_first_rating(name: str) -> None:
    text, hours = SCHEDULE_START[name]
    assert onsets(text) == [hours]


# A median time set against another arm's ('median response at 30 vs. 45 days', 'median 7 versus 21 days') is how long
# patients took to get there, not a visit where the arms separated; a time-to-response written with hyphens likewise.
_EHR = (
    "Methods: A retrospective analysis of electronic records of adults with treatment-resistant depression treated "
    "with intranasal esketamine (n = 90) or rTMS (n = 250). The primary outcome was response on the PHQ-9. Results: "
)
MEDIAN_TIMES = {
    "median_response_at_vs": (
        _EHR + "Esketamine showed earlier response (HR = 1.5, p = 0.01); median response was reached at 30 vs. 45 "
        "days (p = 0.01).",
    ),
    "median_in_brackets": (
        _EHR + "Suicidal ideation improved more rapidly with esketamine (median 7 vs. 21 days; p = 0.003).",
    ),
    "median_versus": (
        _EHR + "Depressive symptoms improved faster with esketamine than rTMS (median 10 versus 30 days, p < 0.001).",
    ),
    "hyphenated_time_to_response": (
        "Methods: 120 patients were randomised to esketamine or quetiapine. Results: Esketamine gave a faster "
        "time-to-response, at 28 days compared with 42 days (p = 0.02).",
    ),
}
# ... while a separation at a visit beside a median score keeps its onset.
MEDIAN_NOT_A_TIME = {
    "median_scores_then_visit": (
        "Methods: Sixty patients were randomised to ketamine or midazolam; MADRS was rated at 24 hours and day 7. "
        "Results: Median MADRS scores were significantly lower with ketamine than midazolam at 24 hours "
        "(median 14 vs. 22; p = 0.004).",
        24.0,
    ),
}


@pytest.mark.parametrize("name", sorted(MEDIAN_TIMES))
def test_median_times_set_against_each_other_are_no_onset(name: str) -> None:
    (text,) = MEDIAN_TIMES[name]
    assert onsets(text) == []


@pytest.mark.parametrize("name", sorted(MEDIAN_NOT_A_TIME))
def test_a_median_score_beside_a_visit_keeps_the_onset(name: str) -> None:
    text, hours = MEDIAN_NOT_A_TIME[name]
    assert onsets(text) == [hours]


# A group set against its own negation, the negated group named first ('more patients in the non-anxious group than
# the anxious group'), is a subgroup contrast within the drug's arm, not the drug against its comparator.
_SUBGROUPS = (
    "Methods: Sixty adolescents with depression, anxious (n=35) or non-anxious (n=25), received three infusions of "
    "esketamine or midazolam; MADRS was rated on days 1, 6 and 12. Results: "
)
NEGATED_GROUP_FIRST = {
    "more_in_non_group_than": (
        _SUBGROUPS + "Among patients given esketamine, more patients in the non-anxious group than the anxious group "
        "achieved remission on day 6 (70% vs 20%, p=0.01) and day 12 (85% vs 40%, p=0.02).",
    ),
    "compared_with_the_group": (
        _SUBGROUPS + "The non-melancholic group had significantly lower MADRS scores compared with the melancholic "
        "group on days 1 and 6 (p < 0.05).",
    ),
    "non_patients_than_patients": (
        _SUBGROUPS + "Within the ketamine arm, non-smoking patients improved significantly more than smoking "
        "patients at 24 hours and day 6 (p = 0.03).",
    ),
}
# ... while the drug set against its comparator keeps its onset, whatever subgroups the sentence also names.
DRUG_AGAINST_COMPARATOR = {
    "both_subgroups_named": (
        _SUBGROUPS + "Esketamine reduced MADRS scores significantly more than midazolam on days 1 and 6 (p < 0.01), "
        "in non-anxious as in anxious patients.",
        24.0,
    ),
}


@pytest.mark.parametrize("name", sorted(NEGATED_GROUP_FIRST))
def test_a_negated_group_set_against_its_group_gives_no_onset(name: str) -> None:
    (text,) = NEGATED_GROUP_FIRST[name]
    assert onsets(text) == []


@pytest.mark.parametrize("name", sorted(DRUG_AGAINST_COMPARATOR))
def test_the_drug_against_its_comparator_keeps_its_onset_beside_subgroups(name: str) -> None:
    text, hours = DRUG_AGAINST_COMPARATOR[name]
    assert onsets(text) == [hours]


# A share of patients 'by' the study's last visit weeks on ('more had remission by Week 24 (30% vs. 20%)') says how many
# got there by the end, not how early; a quality-of-life or functioning measure is no antidepressant outcome.
_LONG_TRIAL = (
    "Methods: In a 24-week randomised open-label trial, 400 patients with treatment-resistant depression received "
    "esketamine nasal spray or quetiapine. Results: "
)
SHARE_BY_THE_END = {
    "more_had_remission_by_week": (
        _LONG_TRIAL + "More patients had remission by Week 24 with esketamine than quetiapine (30.1% vs. 19.5%; "
        "p<0.001).",
    ),
    "quicker_then_share_by_week": (
        _LONG_TRIAL + "Esketamine patients reached response quicker, and more had a response by week 24 (45% vs. 33%, "
        "p = 0.003).",
    ),
    "sf36_domains_then_share": (
        _LONG_TRIAL + "SF-36 role-emotional and social functioning domains improved significantly more with esketamine "
        "than quetiapine at Week 24 (p<0.05). More patients had remission by Week 24 with esketamine (30.1% vs. "
        "19.5%; p<0.001).",
    ),
    "quality_of_life_then_share": (
        _LONG_TRIAL + "Quality of life scores were significantly better with esketamine than with quetiapine at week "
        "24 (p = 0.01), and more had remission by week 24 (30% vs 20%, p = 0.002).",
    ),
}
# ... while scores 'by' an early week, a share by an earlier visit than the last, and a share 'as early as' a week keep
# their onset.
EARLY_BY = {
    "scores_by_week_2": (
        _LONG_TRIAL + "MADRS scores were significantly lower with esketamine than quetiapine by week 2 (p < 0.01).",
        336.0,
    ),
    "share_by_an_earlier_visit": (
        _LONG_TRIAL + "The share with response was already higher with esketamine by day 8 (25% vs 10%, p = 0.01), "
        "and at week 24 (50% vs 30%).",
        192.0,
    ),
    "share_as_early_as": (
        _LONG_TRIAL + "Response rates were significantly higher with esketamine as early as week 8 (25% vs 10%, "
        "p = 0.01).",
        1344.0,
    ),
    "depression_beside_quality_of_life": (
        "Methods: Sixty patients were randomised to ketamine or saline; MADRS and SF-36 were rated at 24 hours and "
        "day 7. Results: Ketamine improved quality of life and MADRS scores significantly more than saline at 24 "
        "hours (p < 0.01).",
        24.0,
    ),
    "depression_beside_functioning": (
        "Methods: Sixty patients were randomised to ketamine or saline; MADRS and SF-36 were rated at 24 hours and "
        "day 7. Results: Depression and social functioning improved significantly more with ketamine than saline at "
        "24 hours (p < 0.01).",
        24.0,
    ),
}


@pytest.mark.parametrize("name", sorted(SHARE_BY_THE_END))
def test_a_share_by_the_last_visit_or_a_quality_of_life_measure_gives_no_onset(name: str) -> None:
    (text,) = SHARE_BY_THE_END[name]
    assert onsets(text) == []


@pytest.mark.parametrize("name", sorted(EARLY_BY))
def test_an_early_by_or_a_share_before_the_last_visit_keeps_its_onset(name: str) -> None:
    text, hours = EARLY_BY[name]
    assert onsets(text) == [hours]


# A change another treatment weakened ('naltrexone attenuated the reduction in MADRS on day 1') is significant as a
# weakening, not as the studied drug's effect; the drug's own effect beside it keeps its onset.
_PRETREATMENT = (
    "Methods: Thirty adults with depression received, in a double-blind crossover, oral placebo or an opioid "
    "antagonist before an intravenous ketamine infusion; MADRS was rated on days 1 and 3. Results: "
)
WEAKENED = {
    "attenuated_the_reduction": (
        _PRETREATMENT + "The antagonist attenuated the reduction in MADRS scores on day 1 compared to placebo "
        "(P = 0.02).",
    ),
    "blunted_the_effect": (
        _PRETREATMENT + "Pretreatment significantly blunted the antidepressant effect of ketamine on day 1 and day 3 "
        "(p < 0.05).",
    ),
    "diminished_improvement": (
        _PRETREATMENT + "Compared with placebo pretreatment, the antagonist diminished the MADRS improvement on day 1 "
        "(p = 0.01).",
    ),
}
NOT_WEAKENED = {
    "drug_reduced_scores": (
        "Methods: Forty patients were randomised to ketamine or saline; MADRS was rated at 4 hours and day 1. Results: "
        "Ketamine significantly reduced MADRS scores compared with saline at 4 hours (p = 0.01), and dissociation "
        "attenuated within 2 hours.",
        4.0,
    ),
}


@pytest.mark.parametrize("name", sorted(WEAKENED))
def test_a_change_another_treatment_weakened_gives_no_onset(name: str) -> None:
    (text,) = WEAKENED[name]
    assert onsets(text) == []


@pytest.mark.parametrize("name", sorted(NOT_WEAKENED))
def test_the_drugs_own_effect_keeps_its_onset(name: str) -> None:
    text, hours = NOT_WEAKENED[name]
    assert onsets(text) == [hours]


# The start of a change's span ('drops in scores from day 1 to day 14') is what the change is measured against, as a
# baseline is: the change is seen at the span's end. A span the effect lasted ('remained significant from 2 hours to
# day 3') starts where it was first seen.
_OPEN_COURSE = (
    "Methods: Twenty-eight outpatients with major depression received one open-label ketamine infusion; BDI-II was "
    "rated on days 1, 7, 14 and 28. Results: "
)
CHANGE_SPAN = {
    "drops_in_scores_from_to": (
        _OPEN_COURSE + "There were significant drops in BDI-II scores from day 1 to day 14 and in PHQ-9 scores from "
        "day 7 to day 28 (p = 0.01).",
        336.0,
    ),
    "decrease_of_scores_from_to": (
        _OPEN_COURSE + "We found a significant decrease of BDI-II scores from day 7 to day 14 (p < 0.05).",
        336.0,
    ),
    "reduction_of_scores_from_to": (
        _OPEN_COURSE + "A significant reduction of depression scores from day 1 to day 7 was found (p = 0.02).",
        168.0,
    ),
}
EFFECT_SPAN = {
    "remained_significant_from": (
        _OPEN_COURSE + "The improvement remained significant from day 1 to day 14 (p < 0.01).",
        24.0,
    ),
    "verb_fell_from_to": (
        _OPEN_COURSE + "BDI-II scores fell significantly from day 1 to day 14 (p < 0.05).",
        24.0,
    ),
    "from_baseline_to": (
        _OPEN_COURSE + "BDI-II scores fell significantly from baseline to day 1 (p < 0.01).",
        24.0,
    ),
}


@pytest.mark.parametrize("name", sorted(CHANGE_SPAN))
def test_a_change_span_is_seen_at_its_end(name: str) -> None:
    text, hours = CHANGE_SPAN[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(EFFECT_SPAN))
def test_a_span_the_effect_lasted_starts_where_it_was_seen(name: str) -> None:
    text, hours = EFFECT_SPAN[name]
    assert onsets(text) == [hours]


# 'Postoperative' before a psychiatric outcome ('postoperative depression scores') or after a time ('at 12 h
# postoperatively') qualifies it: the outcome is still depression; a surgical outcome of its own (pain, recovery) still
# gives no onset.
_SURGERY = (
    "Methods: One hundred women undergoing hysterectomy were randomised to intravenous esketamine or saline before "
    "incision; the HADS was rated before surgery and at 12 h, 24 h and 72 h. Results: "
)
PERIOPERATIVE_DEPRESSION = {
    "postoperative_depression_scores": (
        _SURGERY + "At 12 h, postoperative depression scores were significantly lower in the esketamine group than "
        "in the control group (p < 0.05).",
        12.0,
    ),
    "time_then_postoperatively": (
        _SURGERY + "Depression and anxiety scores were lower, while serum BDNF levels were higher, in the esketamine "
        "group than in the control group at 12 h postoperatively (p < 0.05).",
        12.0,
    ),
    "postsurgical_depression": (
        _SURGERY + "Postsurgical depression scores were significantly lower with esketamine than with saline at 12 h "
        "(P = 0.01).",
        12.0,
    ),
}
SURGICAL_OUTCOMES = {
    "pain_postoperatively": (
        _SURGERY + "Pain scores were significantly lower in the esketamine group than in the control group at 12 h "
        "postoperatively (p < 0.05).",
    ),
    "postoperative_recovery": (
        _SURGERY + "Postoperative recovery quality was significantly better with esketamine than saline at 12 h "
        "(p < 0.05).",
    ),
}


@pytest.mark.parametrize("name", sorted(PERIOPERATIVE_DEPRESSION))
def test_postoperative_qualifies_a_depression_outcome(name: str) -> None:
    text, hours = PERIOPERATIVE_DEPRESSION[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(SURGICAL_OUTCOMES))
def test_a_surgical_outcome_gives_no_onset(name: str) -> None:
    (text,) = SURGICAL_OUTCOMES[name]
    assert onsets(text) == []
