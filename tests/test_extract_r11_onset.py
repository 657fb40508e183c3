"""Onset of fresh text (eleventh session, round A): where the drug's effect began, read from kinds of sentence that gave
a wrong or missing onset on the dev11 batch.

Each table holds paraphrases written here (not copied from any labelled abstract), with negatives that must not
change."""

from __future__ import annotations

import pytest

from evidence.extract.onset_lists import spaced_time_lists
from evidence.extract.ratetimes import timepoints_of
from evidence.extract.text import split_sentences
from tests.extract_support import onsets

# A list of times typeset with no space after its commas: each item is a time of its own (the first is the onset).
TIGHT_LISTS = {
    "days_and": (
        "Methods: To prevent postpartum depression, eighty women having caesarean delivery were randomly assigned "
        "to esketamine or saline. EPDS scores were rated before surgery and at 1,3,7 and 28 days after delivery. "
        "Results: Compared with the saline group, "
        "EPDS scores were significantly lower at 1,3 and 7 days after delivery in the esketamine group.",
        24.0,
    ),
    "hours_comma_and": (
        "Methods: Sixty patients scheduled for surgery were randomly divided into a ketamine group and a control "
        "group. HAMD scores were rated at 2,6,and 24 hours after surgery. Results: HAMD scores at 2,6,and 24 hours "
        "after surgery were significantly lower in the ketamine group than in the control group (P<0.05).",
        2.0,
    ),
    "days_no_and": (
        "Methods: Fifty patients with depression were randomly assigned to ketamine or midazolam. MADRS was rated at "
        "3,7,14 days. Results: MADRS scores were significantly lower with ketamine than with midazolam at 3,7,14 days "
        "(p<0.01).",
        72.0,
    ),
}
# What such a list is not: decimal commas, thousands, statistics (left as written).
NOT_LISTS = {
    "decimal_dose": "ketamine 0,5 mg/kg was infused over 40 minutes",
    "thousands": "a cohort of 1,200 patients was followed for 3 days",
    "f_statistic": "depressive symptoms improved (F5,35=8.1, p<0.01)",
    "spaced_already": "at 1, 3 and 5 days",
}


@pytest.mark.parametrize("name", sorted(TIGHT_LISTS))
def test_tight_time_list_gives_its_first_time(name: str) -> None:
    text, hours = TIGHT_LISTS[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(NOT_LISTS))
def test_text_that_is_no_tight_time_list_is_left_as_written(name: str) -> None:
    s = NOT_LISTS[name]
    assert spaced_time_lists(s) == s


def test_tight_list_is_read_as_its_times() -> None:
    assert [t.hours for t in timepoints_of(spaced_time_lists("at 1,3,5 and 42 days after surgery"))] == [
        24.0, 72.0, 120.0, 1008.0]


# "The results showed that ...": a past-tense report of what was observed, ranked as any result sentence (the earliest
# time wins); the present "These findings show ..." still interprets, and a result sentence beside it wins.
REPORTED_WITH_SHOWED = {
    "data_showed": (
        "Methods: Twenty adults with treatment-resistant depression received open-label intramuscular ketamine. "
        "Results: The data showed that HAM-D scores were significantly reduced at week 1 (p<0.01). Scores at week 4 "
        "and week 8 were also significantly reduced from baseline.",
        168.0,
    ),
    "results_showed": (
        "Methods: Thirty patients with bipolar depression received six open-label ketamine infusions. Results: The "
        "results showed a significant improvement in MADRS scores at day 3 (p<0.001). Anhedonia and MADRS scores "
        "were significantly reduced from baseline at day 7 and day 14 (p<0.001).",
        72.0,
    ),
    "results_demonstrated": (
        "Methods: Twenty-five patients with major depression received open-label esketamine nasal spray. Results: "
        "Our results demonstrated a significant decrease in MADRS scores by day 2 (p=0.01). Significant "
        "decreases from baseline in MADRS scores were seen at days 14 and 28 (p<0.001).",
        48.0,
    ),
}
INTERPRETED = {
    "findings_show": (
        "Methods: Twenty-five patients with major depression received open-label esketamine nasal spray. Results: "
        "MADRS scores fell significantly from baseline by day 7 (p<0.001). These findings show that esketamine "
        "improves depression significantly within 24 hours.",
        168.0,
    ),
    "results_suggested": (
        "Methods: Thirty patients with bipolar depression received open-label ketamine infusions. Results: MADRS "
        "scores improved significantly from baseline at 4 hours (p<0.01). The results suggested that ketamine "
        "improved depressive symptoms significantly within 2 hours.",
        4.0,
    ),
}


@pytest.mark.parametrize("name", sorted(REPORTED_WITH_SHOWED))
def test_a_result_reported_with_showed_is_a_result(name: str) -> None:
    text, hours = REPORTED_WITH_SHOWED[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(INTERPRETED))
def test_an_interpretation_yields_to_a_result(name: str) -> None:
    text, hours = INTERPRETED[name]
    assert onsets(text) == [hours]


# The drug's arm as the subject of a comparison ("the esketamine group had lower scores on day 1 (p < .05)"): the active
# voice of "scores were lower in the esketamine group", one arm set against the other.
ARM_AS_SUBJECT = {
    "had_lower": (
        "Methods: To prevent postoperative depression, 120 patients undergoing gastrectomy were randomized to "
        "esketamine or saline; HAMD was rated on postoperative day 1 and 3. Results: On postoperative day 1, the "
        "esketamine group had lower HAMD scores (p = 0.01).",
        24.0,
    ),
    "showed_significantly_greater": (
        "Methods: Eighty adults with major depression were randomized to ketamine or midazolam; MADRS was rated at "
        "24 hours and day 7. Results: At 24 hours, the ketamine group showed a significantly greater reduction in "
        "MADRS scores (p<0.001).",
        24.0,
    ),
    "demonstrated_slightly_higher": (
        "Methods: Patients with depressive symptoms scheduled for spinal surgery were randomly assigned to S-ketamine "
        "or placebo; the primary outcome was PHQ-9 response on postoperative day 1. Results: On postoperative day 1, "
        "the S-ketamine group demonstrated a slightly higher PHQ-9 response (OR 1.9, 95% CI 1.1 to 3.2, p = 0.02).",
        24.0,
    ),
}
ARM_AS_SUBJECT_NOT = {
    "not_significant": (
        "Methods: Eighty adults with major depression were randomized to ketamine or midazolam; MADRS was rated at "
        "24 hours. Results: At 24 hours, the ketamine group showed a greater reduction in MADRS scores (p = 0.21)."
    ),
    "pain_outcome": (
        "Methods: Sixty adults with major depression were randomized to ketamine or saline; MADRS was rated at 24 "
        "hours. Results: At 24 hours, the ketamine group had lower pain scores (p = 0.01)."
    ),
    "dissociation": (
        "Methods: Sixty adults with major depression were randomized to ketamine or saline; MADRS was rated at 24 "
        "hours. Results: At 40 minutes, the ketamine group had higher CADSS dissociation scores (p < 0.001)."
    ),
    "biomarker": (
        "Methods: Sixty adults with major depression were randomized to ketamine or saline; blood was drawn at 24 "
        "hours. Results: At 24 hours, the ketamine group had higher serum BDNF levels (p = 0.01)."
    ),
}


@pytest.mark.parametrize("name", sorted(ARM_AS_SUBJECT))
def test_the_drug_arm_as_subject_sets_it_against_the_comparator(name: str) -> None:
    text, hours = ARM_AS_SUBJECT[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(ARM_AS_SUBJECT_NOT))
def test_no_onset_from_an_arm_comparison_that_is_no_drug_effect(name: str) -> None:
    assert onsets(ARM_AS_SUBJECT_NOT[name]) == []


# A time whose own p value is .05 or more was not significant there: no onset, not even the methods' planned time.
_MIDAZOLAM = ("Methods: Eighty adults with major depression were randomized to ketamine or midazolam; MADRS was rated "
              "at 24 hours. Results: ")
UNMET_TIMES = {
    "than_after": "Ketamine produced a greater reduction in MADRS scores than midazolam at 24 hours (p = 0.21).",
    "versus_before": "At 24 hours, MADRS scores showed a greater improvement with ketamine versus midazolam "
                     "(p = 0.09).",
    "compared_with": "Compared with midazolam, ketamine led to a greater decrease in MADRS scores at 24 h (p = 0.34).",
}


@pytest.mark.parametrize("name", sorted(UNMET_TIMES))
def test_a_time_left_unmet_by_its_p_value_gives_no_onset(name: str) -> None:
    assert onsets(_MIDAZOLAM + UNMET_TIMES[name]) == []


def test_a_significant_difference_with_no_time_still_takes_the_planned_time() -> None:
    text = _MIDAZOLAM + "The reduction in MADRS scores was significantly greater with ketamine than with midazolam."
    assert onsets(text) == [24.0]


# One significant time is the onset when it is the first visit of the psychiatric rating; a sentence that schedules
# several outcomes ties each time to its own ('VAS at 6 and 24 h ... and HAMD at 72 h'): the pain scale's earlier
# visits do not make the depression scale's first one late.
SCHEDULE_OF_SEVERAL = {
    "vas_then_phq": (
        "Objective: To study esketamine and early postoperative depression. Methods: Eighty patients having "
        "thyroidectomy were randomly divided into an esketamine group and a control group. Visual analogue scale "
        "scores at 2, 6 and 24 h after surgery and PHQ-9 scores before surgery and at 72 h after surgery were "
        "recorded. Results: Compared with the control group, PHQ-9 scores at 72 h after surgery were lower in the "
        "esketamine group (P < 0.05).",
        72.0,
    ),
    "respiratory_depression_listed": (
        "Methods: Sixty patients were randomly divided into a ketamine group and a saline group. The incidence of "
        "respiratory depression at 1 h, pain scores at 12 h and HAMD scores at 48 h after surgery were recorded. "
        "Results: Compared with the saline group, HAMD scores at 48 h after surgery were lower in the ketamine group "
        "(P < 0.05).",
        48.0,
    ),
    "glued_methods_heading": (
        "ObjectiveTo study esketamine and postoperative depression. MethodsA total of 70 patients were randomly "
        "divided into an esketamine group and a control group. Pain scores at 6 h and 24 h after surgery, and EPDS "
        "scores at 3 d after surgery were assessed. ResultsCompared with the control group, EPDS scores at 3 d after "
        "surgery were lower in the esketamine group (P < 0.05).",
        72.0,
    ),
}
# The depression scale itself was rated earlier than the one significant time: not where the effect began.
SCHEDULE_OF_SEVERAL_NOT = {
    "phq_rated_earlier": (
        "Methods: Eighty patients having thyroidectomy were randomly divided into an esketamine group and a control "
        "group. Visual analogue scale scores at 6 h and PHQ-9 scores at 24 h and 72 h after surgery were recorded. "
        "Results: Compared with the control group, PHQ-9 scores at 72 h after surgery were lower in the esketamine "
        "group (P < 0.05).",
    ),
    "hamd_rated_earlier": (
        "Methods: Sixty patients were randomly divided into a ketamine group and a saline group. Pain scores at 2 h "
        "and HAMD scores at 12 h and 48 h after surgery were recorded. Results: Compared with the saline group, HAMD "
        "scores at 48 h after surgery were lower in the ketamine group (P < 0.05).",
    ),
}


@pytest.mark.parametrize("name", sorted(SCHEDULE_OF_SEVERAL))
def test_the_first_visit_is_the_psychiatric_ratings_own(name: str) -> None:
    text, hours = SCHEDULE_OF_SEVERAL[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(SCHEDULE_OF_SEVERAL_NOT))
def test_a_later_visit_of_the_psychiatric_rating_is_no_onset(name: str) -> None:
    assert onsets(SCHEDULE_OF_SEVERAL_NOT[name][0]) == []


def test_a_methods_heading_glued_to_the_article_a_opens_the_methods() -> None:
    text = "ObjectiveTo test it. MethodsA total of 70 patients were enrolled. ResultsThey improved."
    assert [s.section for s in split_sentences(text)] == ["objective", "methods", "results"]


# A subject that joins the control group with the drug's ("group C and group K showed lower scores than group Z") states
# what both arms share against a third group: no onset of the drug; its own comparison with the control still counts.
SHARED_WITH_CONTROL = {
    "routine_group_letter": (
        "Methods: To prevent postpartum depression, 200 women were studied: a natural delivery group (group Z), and a "
        "labour analgesia group randomly divided into a routine group (group C) and an esketamine group (group K). "
        "EPDS was rated at 2 h and on days 1 and 7 after delivery. Results: Compared with group Z, group C and group "
        "K had lower EPDS scores at 2 h after delivery (P<0.05). EPDS scores on day 7 in group K were lower than "
        "those in group C (P<0.05).",
        [],
    ),
    "control_after_letter": (
        "Methods: Ninety patients with depressive symptoms were divided into group N (control group), group L (low-"
        "dose esketamine) and group H (high-dose esketamine) before surgery. HAMD was rated on days 1 and 3. "
        "Results: Groups N and H had significantly lower HAMD scores than group L on day 1 (P<0.05).",
        [],
    ),
    "saline_received": (
        "Methods: To study depression after surgery, group K received ketamine and group S received the same volume "
        "of normal saline; a third group (group T) received tramadol. HAMD was rated at 2 h, 6 h and 24 h after "
        "surgery. Results: Group S and group K had significantly lower HAMD scores than group T at 2 h (P<0.05). "
        "HAMD scores at 6 h and 24 h were lower in group K than in group S (P<0.05).",
        [6.0],
    ),
}
# Two drug groups joined against the control: the drug's separation (kept).
DRUG_GROUPS_JOINED = {
    "two_doses_vs_control": (
        "Methods: To study postoperative depression, patients were randomly divided into group A (esketamine 0.2 "
        "mg/kg), group B (esketamine 0.4 mg/kg) and group N (control group). HAMD was rated at 1 d and 3 d after "
        "surgery. Results: Groups A and B had significantly lower HAMD scores than group N at 1 d and 3 d after "
        "surgery (P<0.05).",
        [24.0],
    ),
}


@pytest.mark.parametrize("name", sorted(SHARED_WITH_CONTROL))
def test_what_the_control_group_shares_is_no_onset(name: str) -> None:
    text, hours = SHARED_WITH_CONTROL[name]
    assert onsets(text) == hours


@pytest.mark.parametrize("name", sorted(DRUG_GROUPS_JOINED))
def test_drug_groups_joined_against_the_control_keep_their_onset(name: str) -> None:
    text, hours = DRUG_GROUPS_JOINED[name]
    assert onsets(text) == hours


# One arm's scores set against another's in so many words, no p value in the sentence: the separation is the result.
_PERIOP = ("Methods: To study postoperative depression, 90 patients were randomly divided into group K (esketamine) "
           "and group N (control group, normal saline). HAMD was rated at 1 d, 3 d and 7 d after surgery. Results: ")
BARE_COMPARISON = {
    "group_letter_had_lower": "Group K had lower HAMD scores than group N at 1 d and 3 d after surgery.",
    "scores_of_group_were_lower": "The HAMD scores of group K at 1 d and 3 d after surgery were lower than those "
                                  "of group N.",
    "control_group_named": "HAMD scores at 1 d, 3 d and 7 d after surgery were lower in group K than in the control "
                           "group.",
    "greater_reduction": "Group K had a greater reduction in HAMD scores than group N at 1 d and 3 d after surgery.",
}
BARE_COMPARISON_NOT = {
    "numerically": "Group K had numerically lower HAMD scores than group N at 1 d and 3 d after surgery.",
    "p_not_met": "Group K had lower HAMD scores than group N at 1 d and 3 d after surgery (P>0.05).",
    "control_lower": "The control group had lower HAMD scores than group K at 1 d and 3 d after surgery.",
    "drug_scores_higher": "Group K had higher HAMD scores than group N at 1 d and 3 d after surgery.",
    "but_not_significant": "Group K had lower HAMD scores than group N at 1 d and 3 d after surgery, but the "
                           "difference was not significant.",
}


@pytest.mark.parametrize("name", sorted(BARE_COMPARISON))
def test_a_bare_comparison_of_the_arms_states_the_separation(name: str) -> None:
    assert onsets(_PERIOP + BARE_COMPARISON[name]) == [24.0]


@pytest.mark.parametrize("name", sorted(BARE_COMPARISON_NOT))
def test_a_hedged_or_reversed_comparison_gives_no_onset(name: str) -> None:
    assert onsets(_PERIOP + BARE_COMPARISON_NOT[name]) == []


# The control group named in the comparison, not joined in the subject: the drug's onset stays.
_CONTROL_C = ("Methods: To study postoperative depression, 90 patients were randomly divided into an esketamine group "
              "(group S), a dexmedetomidine group (group D) and a control group (group C). HAMD was rated at 1 d and "
              "3 d after surgery. Results: ")
COMPARED_NOT_JOINED = {
    "comma_after_comparison": "Compared with group C, group S had lower HAMD scores at 1 d after surgery (P<0.05).",
    "two_compared_against": "Compared with group C and group D, group S had lower HAMD scores at 1 d after surgery "
                            "(P<0.05).",
    "than_that_in": "HAMD scores at 1 d after surgery in group S were lower than that in groups C and D (P<0.05).",
}


@pytest.mark.parametrize("name", sorted(COMPARED_NOT_JOINED))
def test_the_control_group_compared_against_is_not_joined_with_the_drug(name: str) -> None:
    assert onsets(_CONTROL_C + COMPARED_NOT_JOINED[name]) == [24.0]


# Two numbers and a comma with no space before a unit: a list of days (or of hours when two digits follow), a decimal
# comma of hours when one digit follows; never a thousands separator.
TIGHT_PAIRS = {
    "days_list": ("at 1,3 d after surgery", [24.0, 72.0]),
    "weeks_list": ("at 2,4 weeks", [336.0, 672.0]),
    "hours_list": ("at 6,24 h after the infusion", [6.0, 24.0]),
    "decimal_hours": ("after 2,5 hours", [2.5]),
}


@pytest.mark.parametrize("name", sorted(TIGHT_PAIRS))
def test_a_tight_pair_is_read_as_a_list_or_a_decimal(name: str) -> None:
    s, hours = TIGHT_PAIRS[name]
    assert [t.hours for t in timepoints_of(spaced_time_lists(s))] == hours


def test_a_tight_pair_of_days_gives_the_first_day() -> None:
    text = _PERIOP + "The HAMD scores of group K were significantly lower than those of group N 1,3 d after surgery " \
                     "(P<0.05)."
    assert onsets(text) == [24.0]
