"""Onset (issue 21), ninth session: kinds of text the onset reader got wrong on first contact with new abstracts.
Paraphrases written by the team (not copied from any labelled abstract), each with cases that must NOT match."""

from __future__ import annotations

import pytest

from evidence.extract.onset_clauses import names_depression
from evidence.extract.ratetimes import timepoints_of
from evidence.reconcile import outcome_type
from tests.extract_support import findings, onsets

OPEN = "Methods: Forty patients with TRD received open-label intravenous ketamine. "
RCT = "Methods: Sixty patients with depression and suicidal ideation were randomized to ketamine or saline. "

# --- the outcome a time belongs to, and a suicidal-ideation onset stated in a sentence of its own -------------------

SEPARATE_SI = [
    # the instrument in brackets names depression; the outcome is suicidal ideation
    (OPEN + "Results: MADRS scores fell significantly from baseline at 4 hours. SI scores (MADRS item 10) decreased "
     "significantly from baseline by 1 hour post-infusion.", [4.0, 1.0]),
    # the instrument in a 'measured with' phrase
    (RCT + "Results: Depressive symptoms were significantly lower with ketamine than with saline on days 1 and 3. "
     "Suicidal thoughts, assessed with the suicide item of the Hamilton Depression Rating Scale, were significantly "
     "lower than with saline at 4 hours and on day 1.", [24.0, 4.0]),
    # a second clause that names no outcome goes on with the first clause's ('these decreases ...')
    (OPEN + "Results: HAM-D scores improved significantly at 2 hours. Scores on the BSS decreased significantly "
     "within 40 minutes; these decreases remained significant through the first 6 hours (p < .01).", [2.0, 0.67]),
    # the modified scale for suicidal ideation (MSSI) is a suicidal-ideation outcome
    (RCT + "Results: The HAM-D17 score was significantly lower than with saline at 6 h. The MSSI score was "
     "significantly lower than with saline at 2 h.", [6.0, 2.0]),
]


SEPARATE_SI += [
    # the population ('in depressed patients') and a scale's suicide item ('MADRS-SI') name no depression measure
    (OPEN + "Results: MADRS scores improved significantly at 4 hours and 24 hours. In depressed patients with "
     "suicidal thoughts, suicidal ideation fell significantly at 2 hours.", [4.0, 2.0]),
    (OPEN + "Results: MADRS scores improved significantly at 4 hours and 24 hours. MADRS-SI scores fell significantly "
     "at 2 hours.", [4.0, 2.0]),
]


@pytest.mark.parametrize(("text", "hours"), SEPARATE_SI)
def test_a_suicidal_ideation_onset_in_its_own_sentence_is_a_second_onset(text: str, hours: list[float]) -> None:
    assert onsets(text) == hours


SEPARATE_SI_NOT = [
    # one sentence naming both outcomes at one time: one onset
    (RCT + "Results: HAM-D and MSSI scores were significantly lower than with saline within 6 h of the dose.", [6.0]),
    # suicidal ideation alone: its onset is the only one
    (RCT + "The primary outcome was the BSS. Results: Scores on the BSS were significantly lower than with saline at "
     "24 hours.", [24.0]),
    # a suicidality sentence with no significant effect adds nothing
    (OPEN + "Results: MADRS scores fell significantly at 4 hours. Suicidal ideation scores decreased slightly by "
     "day 3.", [4.0]),
    # a suicidality onset stated only as an interpretation ('These findings suggest ...') is not a second finding
    (OPEN + "Results: MADRS scores fell significantly at 4 hours. Conclusions: These findings suggest that suicidal "
     "ideation improves significantly within 1 hour.", [4.0]),
]


@pytest.mark.parametrize(("text", "hours"), SEPARATE_SI_NOT)
def test_no_second_onset_without_a_separate_significant_suicidality_sentence(
        text: str, hours: list[float]) -> None:
    assert onsets(text) == hours


# --- a time counted back from the dose is the baseline's, not the first visit after the drug ------------------------

PRE_DOSE = [
    (OPEN + "Depression was rated with the MADRS 1 hour before and 24 hours after the infusion. Results: MADRS scores "
     "were significantly reduced 24 hours after the infusion (p < .001). Conclusions: Ketamine helped.", [24.0]),
    ("Methods: Fifty older adults with depressive symptoms having hip surgery were randomized to esketamine or "
     "saline at induction. The GDS was administered 3 days before surgery and on postoperative day 2. Results: GDS "
     "scores were significantly lower than with saline on postoperative day 2. Conclusions: Esketamine may help.",
     [48.0]),
    ("Methods: Twenty adolescents with depression received open-label intranasal ketamine. The CDRS-R was scored "
     "60 minutes pre-dose and 48 hours after dosing. Results: CDRS-R scores fell significantly from baseline at 48 "
     "hours (p = .002). Conclusions: Further trials are warranted.", [48.0]),
    ("Methods: Thirty patients were randomized to ketamine or midazolam. The QIDS was rated two days prior to the "
     "infusion and at day 7. Results: QIDS scores were significantly lower with ketamine than with midazolam at day "
     "7. Conclusions: Ketamine may help.", [168.0]),
]


@pytest.mark.parametrize(("text", "hours"), PRE_DOSE)
def test_a_pre_dose_rating_is_not_an_earlier_visit(text: str, hours: list[float]) -> None:
    assert onsets(text) == hours


PRE_DOSE_NOT = [
    # a rating after the dose before the significant one: the significant time is not the first visit
    OPEN + "Depression was rated with the MADRS 2 hours and 24 hours after the infusion. Results: MADRS scores were "
    "significantly reduced 24 hours after the infusion (p < .001). Conclusions: Ketamine helped.",
    "Methods: Thirty patients were randomized to ketamine or midazolam. The QIDS was rated two days before the "
    "infusion and at days 1 and 7. Results: QIDS scores were significantly lower with ketamine than with midazolam "
    "at day 7. Conclusions: Ketamine may help.",
]


@pytest.mark.parametrize("text", PRE_DOSE_NOT)
def test_a_later_significant_time_after_an_earlier_visit_is_no_onset(text: str) -> None:
    assert onsets(text) == []


# --- a significant change of scores within a window from the start: the window's end ---------------------------------

WINDOW = [
    # (each names an earlier time elsewhere, so the window's end is not simply the first time named)
    ("Methods: Twelve adults with TRD received one open-label infusion of ketamine over 40 minutes. Response was "
     "judged at any time between 1 and 3 days. Results: Depressive symptoms improved significantly in the first 3 "
     "days after the infusion compared with baseline. Conclusions: Ketamine acts fast.", [72.0]),
    ("Methods: Twenty-five inpatients with bipolar depression were randomized to ketamine or saline, infused over 40 "
     "minutes, and rated at days 1, 3 and 7. Results: MADRS scores were significantly lower than with saline during "
     "the first week after dosing. Conclusions: Ketamine may help.", [168.0]),
    ("Methods: In this chart review of 40 outpatients with depression given oral ketamine, the PHQ-9 was recorded "
     "on days 3, 7 and 14. Results: PHQ-9 scores decreased significantly over the first 2 weeks of treatment "
     "(p < .01). Conclusions: Oral ketamine may help.", [336.0]),
    ("Methods: Thirty women with postpartum depression were randomized to esketamine or placebo and rated at 2, 6 "
     "and 24 hours. Results: EPDS scores were significantly lower with esketamine than with placebo in the first 24 "
     "hours after delivery, but not later. Conclusions: Esketamine may help.", [24.0]),
]


@pytest.mark.parametrize(("text", "hours"), WINDOW)
def test_a_significant_change_within_a_window_from_the_start_is_an_onset(text: str, hours: list[float]) -> None:
    assert onsets(text) == hours


WINDOW_NOT = [
    # a share of responders in a window: how many got there by then, not where the effect began
    OPEN + "Patients were followed for four weeks with repeated ratings. Results: A significant share of patients "
    "(40%) responded in the first 3 days after the infusion. Conclusions: Ketamine acts fast.",
    # a window with no significant effect
    OPEN + "Patients were followed for four weeks with repeated ratings. Results: Depressive symptoms changed little "
    "in the first 3 days after the infusion. Conclusions: More work is needed.",
    # a window that is not from the start ('in the last 2 weeks') is no onset
    OPEN + "Patients were followed for four weeks with repeated ratings. Results: Depressive symptoms improved "
    "significantly in the last 2 weeks of follow-up compared with baseline. Conclusions: More work is needed.",
]


@pytest.mark.parametrize("text", WINDOW_NOT)
def test_no_window_onset_for_shares_unchanged_scores_or_later_windows(text: str) -> None:
    assert onsets(text) == []


# --- a change 'from baseline (aside) to day N' is measured at day N, whatever the bracket holds ----------------------

SPAN_ASIDE = [
    (OPEN + "The primary outcome was the MADRS change from baseline to day 7. Results: MADRS scores fell "
     "significantly from baseline (mean 33, SD 5.1) to day 7 (14 +/- 8.0), p < 0.001. Conclusions: Ketamine helped.",
     [168.0]),
    ("Methods: Eighteen adults with bipolar depression received open-label oral ketamine; the primary outcome was the "
     "change in HAM-D at week 2. Results: HAM-D scores decreased significantly from the pre-treatment visit (mean "
     "24.1) to week 2 (mean 12.3) (p = 0.002). Conclusions: Oral ketamine may help.", [336.0]),
    ("Methods: Thirty outpatients with depression received open-label esketamine; the primary outcome was the change "
     "in PHQ-9 at day 28. Results: PHQ-9 scores were significantly reduced from intake (median 19 [IQR 16-22]) to day "
     "28 (median 9), p < .01. Conclusions: Esketamine may help.", [672.0]),
    ("Methods: Twenty-two inpatients with MDD received open-label ketamine infusions; the primary outcome was the "
     "change in QIDS at day 10. Results: QIDS scores improved significantly from baseline (n = 22) to day 10 (n = "
     "20), p < .05. Conclusions: Ketamine may help.", [240.0]),
]


@pytest.mark.parametrize(("text", "hours"), SPAN_ASIDE)
def test_a_change_span_with_a_bracketed_aside_ends_at_its_visit(text: str, hours: list[float]) -> None:
    assert onsets(text) == hours


SPAN_ASIDE_NOT = [
    # how long an effect lasted, 'sustained (…) to day 7', is not where it began
    OPEN + "The primary outcome was the MADRS change at 24 hours. Results: The improvement was not significant at 24 "
    "hours and lasted (in 8 of 12 patients) to day 7. Conclusions: More work is needed.",
]


@pytest.mark.parametrize("text", SPAN_ASIDE_NOT)
def test_a_persistence_end_after_an_aside_is_no_onset(text: str) -> None:
    assert onsets(text) == []


# --- several doses given in a span: the span is the schedule, not when an effect was seen ----------------------------

DOSES_IN_SPAN = [
    "Methods: One woman with TRD received intranasal esketamine. Results: After her first three sessions within a "
    "week, she reported reduced depression and sleep improved. Conclusions: Esketamine may help.",
    OPEN + "Results: After four infusions within 10 days, patients reported a rapid improvement in mood. Conclusions: "
    "Repeated ketamine may help.",
    "Methods: Twelve veterans with TRD received six ketamine infusions over 2 weeks. Results: Patients showed "
    "reduced depressive symptoms after the infusions given within 2 weeks. Conclusions: Ketamine may help.",
    "Methods: Fifteen adolescents with depression received open-label ketamine. Results: With two doses "
    "administered within 72 hours, patients reported relief of depressive symptoms. Conclusions: More trials needed.",
]


@pytest.mark.parametrize("text", DOSES_IN_SPAN)
def test_a_dosing_span_is_no_onset(text: str) -> None:
    assert onsets(text) == []


DOSES_IN_SPAN_KEEP = [
    # the effect's own window after a single dose stays an onset
    (OPEN + "Results: After a single infusion, patients reported reduced depressive symptoms within 2 hours. "
     "Conclusions: Ketamine acts fast.", [2.0]),
    (OPEN + "Results: After six infusions over 2 weeks, MADRS scores had fallen significantly within 24 hours of the "
     "first infusion (p < .001). Conclusions: Ketamine acts fast.", [24.0]),
]


@pytest.mark.parametrize(("text", "hours"), DOSES_IN_SPAN_KEEP)
def test_an_effect_window_beside_a_dosing_span_stays(text: str, hours: list[float]) -> None:
    assert onsets(text) == hours


# --- a time-less significant sentence cut off by the page gives no planned time --------------------------------------

PLAN_RCT = ("Methods: Forty patients with TRD were randomized to ketamine or saline. Depression was rated with the "
            "MADRS before and 24 hours after the infusion. Results: ")
CUT_OFF = [
    PLAN_RCT + "Ketamine was associated with significantly lower MADRS scores compared to sal",
    PLAN_RCT + "Forty patients completed the study. The reduction in depressive symptoms was significantly greater "
    "with ketamine than with saline at",
    "Methods: Twenty adults with bipolar depression received open-label ketamine and were rated 4 hours after the "
    "dose. Results: Depressive symptoms improved significantly (p < .01) and this improvement was seen mostly in",
    "Methods: Thirty patients with MDD were randomized to esketamine or placebo; the HAM-D was scored on day 3. "
    "Results: The difference between the two treatments was significant on the HAM-D in favo",
]


@pytest.mark.parametrize("text", CUT_OFF)
def test_a_cut_off_timeless_sentence_gives_no_planned_onset(text: str) -> None:
    assert onsets(text) == []


COMPLETE = [
    (PLAN_RCT + "Ketamine was associated with significantly lower MADRS scores compared to saline (p = .01).", [24.0]),
    (PLAN_RCT + "Forty patients completed the study. The reduction in depressive symptoms was significantly greater "
     "with ketamine than with saline.", [24.0]),
]


@pytest.mark.parametrize(("text", "hours"), COMPLETE)
def test_a_complete_timeless_sentence_keeps_the_planned_onset(text: str, hours: list[float]) -> None:
    assert onsets(text) == hours


# --- 'from 32.1 to 14.2' is a change of scores, not 'from day 3 on' ------------------------------------------------

SCORE_FROM = [
    "Methods: Forty patients with TRD received open-label intravenous ketamine and were rated at days 1, 7, 14 and "
    "28. Results: MADRS scores fell significantly from 32.1 to 14.2 at day 28 (p < .001). Conclusions: Ketamine "
    "helped.",
    "Methods: Thirty adults with MDD received open-label oral ketamine, with ratings at weeks 1, 2 and 6. Results: "
    "HAM-D scores decreased significantly from 21 (SD 4) at baseline to 9 (SD 5) at week 6. Conclusions: Oral "
    "ketamine may help.",
    "Methods: Fifty outpatients with depression started esketamine; the PHQ-9 was recorded at months 1, 3 and 6. "
    "Results: Mean PHQ-9 fell significantly from 18 to 8 by month 6 (p < .01). Conclusions: Esketamine may help.",
    "Methods: Twenty-four inpatients with bipolar depression received six ketamine infusions and were rated on days "
    "2, 7 and 13. Results: QIDS scores improved significantly, from 17.5 at baseline to 7.9 on day 13. Conclusions: "
    "Ketamine may help.",
]


@pytest.mark.parametrize("text", SCORE_FROM)
def test_a_score_after_from_is_no_speed_word(text: str) -> None:
    assert onsets(text) == []


TIME_FROM = [
    ("Methods: Forty patients with TRD received open-label intravenous ketamine and were rated at days 1, 3, 7 and "
     "14. Results: MADRS scores were significantly lower than baseline from day 3 onwards. Conclusions: Ketamine "
     "helped.", [72.0]),
    ("Methods: Thirty patients with MDD were randomized to ketamine or saline and rated at 2, 4, 24 and 72 hours. "
     "Results: Ketamine was significantly superior to saline from 24 hours after the infusion. Conclusions: Ketamine "
     "helped.", [24.0]),
]


@pytest.mark.parametrize(("text", "hours"), TIME_FROM)
def test_a_time_after_from_still_says_where_an_effect_began(text: str, hours: list[float]) -> None:
    assert onsets(text) == hours


# --- 'not significant' in other words ---------------------------------------------------------------------------------

NEGATED_OTHERWISE = [
    RCT + "The MADRS was the primary outcome. Results: Ketamine was not superior to saline at 24 hours. Conclusions: "
    "More work is needed.",
    RCT + "The MADRS was the primary outcome. Results: There was a non-significant reduction in MADRS scores with "
    "ketamine at 4 hours compared with saline. Conclusions: More work is needed.",
    RCT + "The MADRS was the primary outcome. Results: Differences between ketamine and saline at 24 hours were "
    "nonsignificant. Conclusions: More work is needed.",
    RCT + "The HAM-D was the primary outcome. Results: The reduction in HAM-D at 24 hours was statistically "
    "insignificant compared with saline. Conclusions: More work is needed.",
    RCT + "The HAM-D was the primary outcome. Results: Ketamine lacked superiority over saline at day 1. Conclusions: "
    "More work is needed.",
]


@pytest.mark.parametrize("text", NEGATED_OTHERWISE)
def test_significance_denied_in_other_words_gives_no_onset(text: str) -> None:
    assert onsets(text) == []


NEGATED_BESIDE = [
    # the denied clause is set apart; the significant one beside it stays
    (RCT + "The MADRS was the primary outcome. Results: Ketamine was significantly superior to saline at 24 hours, "
     "with a small, non-significant difference at 4 hours. Conclusions: Ketamine helped.", [24.0]),
    (RCT + "The MADRS was the primary outcome. Results: MADRS scores were significantly lower with ketamine than with "
     "saline at 2 hours and 24 hours; ketamine was not superior to saline at day 7. Conclusions: Ketamine helped.",
     [2.0]),
]


@pytest.mark.parametrize(("text", "hours"), NEGATED_BESIDE)
def test_a_significant_clause_beside_a_denied_one_stays(text: str, hours: list[float]) -> None:
    assert onsets(text) == hours


# --- how long an infusion took ('over 40 minutes') is no visit before the only rated time ----------------------------

INFUSION_LENGTH = [
    ("Methods: Twenty-four adults with TRD received open-label ketamine 0.5 mg/kg over 40 minutes. Depression was "
     "assessed with the MADRS. Results: MADRS scores fell significantly at 24 hours (p < .001). Conclusions: "
     "Ketamine helped.", [24.0]),
    ("Methods: Thirty patients with bipolar depression were randomized to ketamine or midazolam, infused over a "
     "period of 45 min. Results: Depressive symptoms were significantly lower with ketamine than with midazolam on "
     "day 1. Conclusions: Ketamine helped.", [24.0]),
    ("Methods: Sixteen older adults with MDD received a single ketamine infusion over 100 minutes. Results: HAM-D "
     "scores were significantly reduced from baseline at 48 hours (p = .01). Conclusions: Slow infusion may help.",
     [48.0]),
    ("Methods: Twenty veterans with TRD received ketamine infused over 40 min and were followed for 3 days. "
     "Results: QIDS scores improved significantly on day 3 (p < .05). Conclusions: Ketamine helped.", [72.0]),
]


@pytest.mark.parametrize(("text", "hours"), INFUSION_LENGTH)
def test_an_infusion_length_is_no_earlier_visit(text: str, hours: list[float]) -> None:
    assert onsets(text) == hours


INFUSION_LENGTH_NOT = [
    # a real visit before the significant time still blocks it
    "Methods: Twenty-four adults with TRD received open-label ketamine 0.5 mg/kg over 40 minutes and were rated at "
    "4 hours and 48 hours. Results: MADRS scores fell significantly at 48 hours (p < .001). Conclusions: Ketamine "
    "helped.",
]


@pytest.mark.parametrize("text", INFUSION_LENGTH_NOT)
def test_a_real_earlier_visit_still_blocks_a_later_single_time(text: str) -> None:
    assert onsets(text) == []


@pytest.mark.parametrize("text", [
    "infused over a period of 45 min", "given for a total of 6 weeks", "spread over the course of 2 weeks",
    "continued for the span of 3 days",
])
def test_a_length_with_period_total_or_course_of_is_no_time_point(text: str) -> None:
    assert timepoints_of(text) == []


def test_a_time_after_the_period_words_elsewhere_stays() -> None:
    assert [t.hours for t in timepoints_of("rated at day 3 after a period of rest")] == [72.0]


# --- a change in every arm of a controlled study is no separation from the comparator ------------------------------

PERIOP = ("Methods: Sixty adults with depression undergoing surgery were randomized to ketamine or saline and rated at "
          "days 1, 3 and 7. ")
EVERY_ARM = [
    PERIOP + "Results: During the first week, depressive symptoms improved significantly in both groups. Conclusions: "
    "More work is needed.",
    PERIOP + "Results: Within 1 week, HAM-D scores fell significantly in the two groups. Conclusions: More work is "
    "needed.",
    PERIOP + "Results: Depressive symptoms improved significantly in both groups within the first 3 days, with no "
    "difference between groups. Conclusions: More work is needed.",
    "Methods: Ninety patients with MDD were randomized to ketamine, propofol or thiopental anaesthesia for ECT. "
    "Results: MADRS scores decreased significantly from baseline in all three groups by the second session (day 3) "
    "and at day 7. Conclusions: More work is needed.",
]


@pytest.mark.parametrize("text", EVERY_ARM)
def test_a_change_in_every_arm_gives_no_onset(text: str) -> None:
    assert onsets(text) == []


EVERY_ARM_KEEP = [
    # every ketamine arm set against the control: a separation
    ("Methods: Ninety women with depressive symptoms were randomized to low-dose esketamine, high-dose esketamine or "
     "saline. Results: In both esketamine groups, EPDS scores were significantly lower than in the saline group at 3 "
     "days and 7 days. Conclusions: Esketamine may help.", [72.0]),
    # a single-arm study's two subgroups each improved: a stated significant improvement
    ("Methods: Twenty patients with TRD (ten with prior ECT, ten without) received open-label ketamine. Results: "
     "MADRS scores improved significantly in both groups within 4 hours. Conclusions: Ketamine acts fast.", [4.0]),
]


@pytest.mark.parametrize(("text", "hours"), EVERY_ARM_KEEP)
def test_every_arm_against_a_control_or_in_a_single_arm_study_stays(text: str, hours: list[float]) -> None:
    assert onsets(text) == hours


@pytest.mark.parametrize(("text", "types"), [
    (SEPARATE_SI[0][0], ["onset", "si_onset"]),
    (SEPARATE_SI_NOT[1][0], ["si_onset"]),  # a suicidal-ideation onset alone is still typed apart
    (SEPARATE_SI_NOT[0][0], ["onset"]),  # one sentence naming depression and suicidality: the antidepressant onset
    (RCT + "The primary outcome was the MADRS. Results: MADRS and HAM-A scores were significantly lower than with "
     "saline at 4 hours and 24 hours. Conclusions: Ketamine helped.", ["onset"]),  # depression named beside anxiety
    (OPEN + "Results: Within 1 h of dosing, patients reported reduced anxiety. Conclusions: Ketamine helped.",
     ["onset"]),  # anxiety alone: typed by its detail, which names no suicidal ideation
])
def test_a_suicidal_ideation_onset_is_typed_apart_from_the_antidepressant_one(text: str, types: list[str]) -> None:
    rows = [f for f in findings(text) if f["kind"] == "onset"]
    assert [outcome_type("onset", str(f["detail"]), None) for f in rows] == types


def test_a_window_change_in_a_controlled_study_needs_the_comparator() -> None:
    """'improved significantly over the first 2 weeks' with no comparator named: each arm's change, no separation."""
    text = ("Methods: Sixty adults with depression were randomized to ketamine or saline and rated at days 1, 3, 7 and "
            "14. Results: MADRS scores improved significantly over the first 2 weeks of treatment. Conclusions: More "
            "work is needed.")
    assert onsets(text) == []


@pytest.mark.parametrize(("text", "measure"), [
    ("HAM-D17 scores", True), ("depressive symptoms", True), ("the QIDS-SR", True),
    ("the HAM-D17 suicide item", False), ("MADRS-SI", False), ("PHQ-9 item 9", False), ("in depressed patients", False),
])
def test_a_depression_measure_is_a_scale_or_symptoms_not_a_suicide_item_or_population(text: str, measure: bool) -> None:
    assert names_depression(text) is measure
