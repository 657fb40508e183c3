"""Onset (issue 21), eighth session: kinds of text the onset reader missed on first contact with new abstracts.
Paraphrases written by the team (not copied from any labelled abstract), each with cases that must NOT match."""

from __future__ import annotations

import pytest

from evidence.extract.lexicon import find_timepoints
from evidence.extract.text import split_sentences
from evidence.extract.timecodes import BASELINE, time_codes
from tests.extract_support import onsets

OPEN = "Methods: Forty patients with TRD received open-label intravenous ketamine. "
NASAL = "Methods: Sixty outpatients with TRD treated with esketamine nasal spray were followed in routine care. "

# --- assessment codes defined once and then used ('baseline (T0), one month (T1) ... at T1') -------------------------

CODED = [
    (NASAL + "Ratings were taken at baseline (T0), at one month (T1) and at three months (T2). Results: MADRS scores "
     "fell significantly at T1 and T2 compared to T0.", 730.0),
    (OPEN + "Patients were rated at T0/pre-treatment, T1/after two weeks and T2/after eight weeks. Results: A "
     "significant reduction in HAM-D scores was seen from T0 to T1.", 336.0),
    ("Methods: Thirty adults with bipolar depression received six ketamine infusions. Visits were V1 (baseline), V2 "
     "(day 7) and V3 (day 28). Results: Depressive symptoms improved significantly by V2.", 168.0),
    ("Methods: In this chart review of 52 patients given oral ketamine, the PHQ-9 was recorded at T1 = 4 weeks and "
     "T2 = 12 weeks. Results: PHQ-9 scores were significantly lower at T1 and at T2 than at intake.", 672.0),
]


@pytest.mark.parametrize(("text", "hours"), CODED)
def test_a_defined_assessment_code_is_read_as_its_time(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


CODED_NOT = [
    # used but never defined: the code stands for no known time
    NASAL + "Results: MADRS scores fell significantly at T1 and T2 compared to T0.",
    # defined with two different times: ambiguous, left out
    NASAL + "The first follow-up (T1) was at one month in one centre; elsewhere T1 (week 6) was used. Results: MADRS "
    "scores fell significantly at T1.",
    # a code that is not an assessment point (an MRI sequence) stays what it is
    OPEN + "T2-weighted images were acquired at week 2. Results: Depression improved significantly at T2.",
]


@pytest.mark.parametrize("text", CODED_NOT)
def test_an_undefined_or_ambiguous_code_gives_no_time(text: str) -> None:
    assert onsets(text) == []


def test_time_codes_reads_each_way_of_defining_one() -> None:
    text = ("Scores were collected at baseline (T0), one month after the first spray (T1), T2 (week 12), T3 = 6 "
            "months and T4/after 12 months. Nothing else was coded.")
    assert time_codes(split_sentences(text)) == {
        "T0": BASELINE, "T1": 730.0, "T2": 2016.0, "T3": 4380.0, "T4": 8760.0}


# --- 'with no ...' sets a second finding apart: its negation does not cancel the first ------------------------------

APART = [
    (NASAL + "The MADRS was rated at 24 hours and day 7. Results: A significant reduction in depressive symptoms "
     "was found at 24 hours, with no significant "
     "differences in remission rates between the two diagnostic groups.", 24.0),
    (OPEN + "Results: HAM-D scores fell significantly from 24 hours onwards, and no serious adverse event "
     "occurred.", 24.0),
    ("Methods: Seventy inpatients were randomized to ketamine or midazolam. Results: Ketamine was superior to "
     "midazolam at 4 hours, with no difference in the share of patients needing rescue medication.", 4.0),
]


@pytest.mark.parametrize(("text", "hours"), APART)
def test_a_negated_second_finding_does_not_cancel_the_first(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


def test_a_negation_of_the_finding_itself_still_gives_none() -> None:
    assert onsets(NASAL + "Results: There was no significant reduction in depressive symptoms at day 7.") == []
    assert onsets(OPEN + "Results: HAM-D scores did not change significantly at 24 hours, with no responders.") == []


# --- a single-arm study: a change with p < .05 is a stated significant improvement, without the word ----------------

P_CHANGE = [
    (OPEN + "The HAM-D was rated at day 7 and day 14. Results: HAM-D scores decreased from 24.1 at baseline to 12.3 "
     "at day 7 (p < 0.01).", 168.0),
    ("Methods: A retrospective chart review of 310 adults started on esketamine nasal spray in community clinics. "
     "Results: Mean PHQ-9 change from baseline was -5.2 and -8.1 at weeks 4 and 12, respectively (both p < 0.001).",
     672.0),
    ("Methods: Eleven hospice patients took oral ketamine; the MADRS was rated at 4 hours and 24 hours. Results: "
     "MADRS scores fell at 4 hours after the first dose (mean drop 12.5 points, p = .002).", 4.0),
    # a time whose own p value is .05 or more was rated, not significant: the next one is the onset
    ("Methods: Twenty patients received open-label subcutaneous ketamine weekly. Results: QIDS scores were lower "
     "at day 1 (p = 0.09) and at day 3 (p = 0.004) than at baseline.", 72.0),
]


@pytest.mark.parametrize(("text", "hours"), P_CHANGE)
def test_a_single_arm_change_with_a_p_value_below_05_is_significant(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


P_CHANGE_NOT = [
    # a controlled trial: a change within the ketamine group is no separation from the comparator
    "Methods: Sixty patients were randomized to ketamine or placebo. Results: In the ketamine group, MADRS scores "
    "decreased at 24 hours (p < 0.001).",
    # p of .05 or more: not significant
    OPEN + "The MADRS was rated at day 7. Results: MADRS scores decreased at day 7 (p = 0.21).",
    # a p value with no change: a predictor, not an improvement
    OPEN + "The MADRS was rated at day 7. Results: Baseline anhedonia predicted response at day 7 (p = 0.01).",
    # a change of a non-psychiatric outcome
    OPEN + "Pain was rated at 24 hours. Results: Pain scores decreased at 24 hours (p < 0.01).",
    # ... or of a biomarker
    OPEN + "Ratings were made at 2 hours and 24 hours. Results: BDNF levels decreased at 2 hours (p < 0.01).",
    OPEN + "Ratings were made at 2 hours and 24 hours. Results: Plasma glutamate fell at 2 hours (p < 0.05).",
]


@pytest.mark.parametrize("text", P_CHANGE_NOT)
def test_a_p_value_without_a_single_arm_score_change_gives_no_onset(text: str) -> None:
    assert onsets(text) == []


# --- 'onset of action' names when an effect began -------------------------------------------------------------------

ACTION = [
    ("Methods: Nine patients with TRD received intramuscular ketamine in a case series. Results: We saw a rapid onset "
     "of action, three hours after the injection.", 3.0),
    (OPEN + "Results: The onset of action was rapid: within 2 hours of the first infusion.", 2.0),
    ("Methods: Adults with MDD were randomized to esketamine or placebo nasal spray. Results: Esketamine had a "
     "significantly faster onset of action than placebo, beginning on day 2.", 48.0),
    ("Methods: Fourteen outpatients took sublingual ketamine. Results: A clinical onset of action was observed as "
     "early as day 3 (p < 0.05).", 72.0),
]


@pytest.mark.parametrize(("text", "hours"), ACTION)
def test_onset_of_action_with_a_time_is_the_onset(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


ACTION_NOT = [
    # the field, not this study
    "Background: Ketamine has a rapid onset of action within hours. Methods: Twenty patients received open-label "
    "ketamine. Results: Response was seen in 40% of patients.",
    # no time for it
    OPEN + "Results: The onset of action was rapid, and most patients responded.",
    # an anaesthetic's onset: not an antidepressant effect
    "Methods: Patients having ECT were randomized to ketamine or propofol anaesthesia. Results: Sedation had a rapid "
    "onset of action, within 2 minutes of injection.",
]


@pytest.mark.parametrize("text", ACTION_NOT)
def test_onset_of_action_of_the_field_or_without_a_time_gives_none(text: str) -> None:
    assert onsets(text) == []


# --- under a Results heading, words about the disease do not make a sentence background -----------------------------

SURGICAL = ("Methods: Ninety older adults having hip surgery were randomized to esketamine or saline. Depression was "
            "rated on postoperative days 3 and 30. Results: ")
RESULTS_FIELD = [
    (SURGICAL + "The prevalence and GDS scores of depression were significantly lower with esketamine than with "
     "saline on postoperative day 3 (p = 0.01).", 72.0),
    (SURGICAL + "Depression prevalence was significantly reduced in the esketamine group at day 3 (21% vs 40%, "
     "P < 0.05).", 72.0),
    ("Methods: Women having caesarean delivery were randomized to esketamine or placebo; the EPDS was rated at "
     "24 hours and 42 days. Results: The prevalence of depressive symptoms was significantly lower than with placebo "
     "at 24 hours.", 24.0),
    ("Objective: To test ketamine in depressed cancer patients. Methods: Patients were randomized to ketamine or "
     "midazolam and rated at day 1 and day 7. Results: Depression prevalence and HAM-D scores fell significantly "
     "more with ketamine than with midazolam at day 1.", 24.0),
]


@pytest.mark.parametrize(("text", "hours"), RESULTS_FIELD)
def test_a_results_sentence_about_prevalence_is_a_result(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


RESULTS_FIELD_NOT = [
    # a Results sentence that names earlier work is still about the field
    SURGICAL + "As previous studies have shown, ketamine significantly reduced depression within 24 hours.",
    SURGICAL + "Our rates were significantly lower than reported by Smith et al. at day 3.",
    # a Background sentence about prevalence stays background
    "Background: Depression prevalence after surgery is high and falls significantly within 24 hours of ketamine. "
    "Methods: Ninety patients were randomized to ketamine or saline. Results: Rates were similar.",
]


@pytest.mark.parametrize("text", RESULTS_FIELD_NOT)
def test_a_results_sentence_about_earlier_work_is_still_background(text: str) -> None:
    assert onsets(text) == []


# --- no comparator: a significant improvement stated at one time hours after the dose is the onset --------------------
# (ECT named as the patients' history is no comparator)

HOURS_SINGLE = [
    ("Methods: Twenty-five patients received open-label intravenous ketamine; the MADRS was rated at 40, 80, 120 and "
     "240 minutes. Results: Depressive symptoms improved significantly at 240 minutes (p < .01).", 4.0),
    ("Methods: This study compared 12 patients with TRD who had not responded to ECT and 20 who had never had ECT; "
     "all received one open-label ketamine infusion and were rated at 1, 2 and 6 hours. Results: MADRS scores "
     "improved significantly in both groups at 6 hours.", 6.0),
    ("Methods: Twenty inpatients with a history of failed electroconvulsive therapy received intranasal esketamine, "
     "with ratings at 2 and 4 hours. Results: Depression had improved significantly at 4 hours.", 4.0),
    ("Methods: Eight adolescents with TRD received subcutaneous ketamine in a case series; the CDRS was rated at 1, "
     "3 and 12 hours. Results: CDRS scores were significantly reduced at 12 hours.", 12.0),
]


@pytest.mark.parametrize(("text", "hours"), HOURS_SINGLE)
def test_a_single_arm_improvement_hours_after_the_dose_is_the_onset(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


HOURS_SINGLE_NOT = [
    # ECT as the comparator: a change within the ketamine group is no separation
    "Methods: Thirty patients were allocated to ketamine or ECT and rated at 1 and 4 hours. Results: MADRS scores "
    "improved significantly in the ketamine group at 4 hours.",
    "Methods: We compared ketamine versus ECT in 40 inpatients, rated at 2 and 6 hours. Results: Depression improved "
    "significantly at 6 hours in the ketamine arm.",
    # a biomarker, not a psychiatric outcome
    "Methods: Thirty patients received open-label ketamine; ratings at 2, 4 and 24 hours. Results: Serum IL-6 was "
    "significantly reduced at 4 hours.",
    "Methods: Thirty patients received open-label ketamine; ratings at 2, 4 and 24 hours. Results: Plasma "
    "glutamate was significantly lower at 2 hours.",
    # a single significant time days on, with earlier ratings: when it was measured, not where it began
    OPEN + "The MADRS was rated at 4 hours, 24 hours and day 7. Results: MADRS scores improved significantly at day 7.",
]


@pytest.mark.parametrize("text", HOURS_SINGLE_NOT)
def test_no_single_arm_onset_with_ect_as_comparator_or_days_on(text: str) -> None:
    assert onsets(text) == []


# --- times that are not when an effect was seen: a group's defining time, durations until an event ------------------

RCT = "Methods: Adults with TRD were randomized to esketamine or placebo nasal spray. Results: "
NOT_EFFECT_TIMES = [
    # when a group was defined
    ("Methods: Ninety patients continued open-label esketamine. Results: Among the 20 non-responders at week 4, "
     "depressive symptoms improved significantly at week 12."),
    (OPEN + "Results: In remitters at day 14, HAM-D scores had fallen significantly further at week 8."),
    # durations until an event, and the share reached by a later day coordinated with them
    (RCT + "The median time to remission was significantly shorter with esketamine than with placebo (12 vs 20 days, "
     "p = 0.01)."),
    (RCT + "Time to first response was significantly shorter with esketamine (2 versus 9 days; p < 0.001) and a "
     "larger share had responded by day 28 (60% vs 41%)."),
]


@pytest.mark.parametrize("text", NOT_EFFECT_TIMES)
def test_group_defining_times_and_times_to_an_event_are_no_onset(text: str) -> None:
    assert onsets(text) == []


STILL_EFFECT_TIMES = [
    # the effect's own time beside a group's defining time
    (OPEN + "Results: In responders at day 14, depression had improved significantly as early as 4 hours.", 4.0),
    # a time before the time-to-event phrase is still read
    (RCT + "Esketamine separated from placebo at 4 hours (p = 0.002), and the median time to remission was "
     "shorter.", 4.0),
    # a stated median time to response stays the onset (its own reading)
    (OPEN + "Results: The median time to response was 3 days.", 72.0),
    ("Methods: Thirty adults received oral ketamine in an open-label trial. Results: Responders at week 6 had shown "
     "a significant MADRS reduction from day 3 onwards.", 72.0),
]


@pytest.mark.parametrize(("text", "hours"), STILL_EFFECT_TIMES)
def test_the_effects_own_time_is_still_read(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


# --- times counted from the operation: 'postoperative day', 'POD 3', 'three days after surgery' ----------------------

@pytest.mark.parametrize(("text", "hours"), [
    ("within 3 postoperative days", 72.0),
    ("on the first postoperative day", 24.0),
    ("on the 3rd postoperative day", 72.0),
    ("at POD 3 and POD7", 72.0),
    ("at postoperative day (POD) 7", 168.0),
    ("two post-infusion hours later", 2.0),
    # a list of ordinals sharing one unit: each is a time
    ("on the 1st, 3rd and 7th days after surgery", 24.0),
    ("on the first, third and seventh postoperative days", 24.0),
    ("in the second and fourth weeks", 336.0),
    # days written as codes or glued to their number
    ("at D1 and D3 after surgery", 24.0),
    ("on D7", 168.0),
    ("HAMD on Day1 and Day7", 24.0),
    ("assessed at week4", 672.0),
    # one unit with an article after a time preposition
    ("improved within a week", 168.0),
    ("rated after a day", 24.0),
])
def test_a_unit_qualified_by_its_event_is_a_time(text: str, hours: float) -> None:
    assert find_timepoints(text)[0].hours == hours


def test_an_ordinal_list_gives_every_time_and_no_list_of_doses_does() -> None:
    assert [t.hours for t in find_timepoints("on the 1st, 3rd and 7th days")] == [24.0, 72.0, 168.0]
    assert find_timepoints("after the 1st and 2nd infusions") == []


def test_a_unit_with_an_article_in_a_frequency_or_a_name_is_no_time() -> None:
    assert find_timepoints("infused twice a week") == []
    assert find_timepoints("treated in a day hospital") == []


def test_a_receptor_named_d2_is_no_day() -> None:
    assert find_timepoints("dopamine D1 and D2 receptors") == []
    assert find_timepoints("binding to D2 and D3 receptors") == []
    assert find_timepoints("the D2-like receptors") == []


def test_a_qualified_unit_after_a_duration_word_is_no_time() -> None:
    assert find_timepoints("analgesia was continued for 3 postoperative days") == []
    assert find_timepoints("the first postoperative dose of ketamine") == []


SURGERY = ("Methods: Patients with depressive symptoms having elective surgery were randomized to esketamine or saline "
           "at induction; depression was rated on postoperative days 1, 3 and 30. Results: ")
POSTOP = [
    (SURGERY + "HAMD scores were significantly lower in the esketamine group than in the saline group on the first "
     "postoperative day.", 24.0),
    (SURGERY + "Depression scores were significantly lower with esketamine at POD 1 and POD 3 (both P < 0.05).", 24.0),
    (SURGERY + "Compared with saline, esketamine significantly reduced HAMD scores at 1 day and 3 days after "
     "surgery.", 24.0),
    (SURGERY + "HAMD scores were significantly lower with esketamine than with saline on the 1st and 3rd days after "
     "surgery.", 24.0),
    (SURGERY + "At D1 and D3 after surgery, HAMD scores of the esketamine group were significantly lower than those "
     "of the saline group (P < 0.05).", 24.0),
    ("Methods: Women having caesarean delivery were randomized to esketamine or placebo. Results: EPDS scores were "
     "significantly lower than with placebo within 3 postoperative days and at day 42.", 72.0),
]


@pytest.mark.parametrize(("text", "hours"), POSTOP)
def test_a_separation_counted_from_the_operation_is_an_onset(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


POSTOP_NOT = [
    # ketamine given at a time counted from the operation: when it was given, not an effect
    "Methods: Patients were randomized to ketamine or saline given within 24 hours of surgery. Results: Depression "
    "scores did not differ.",
    # a continuation sentence about pain carries no depression time
    SURGERY + "Depression rates were lower with esketamine at day 30 (7% vs 31%). Improvements were also observed in "
    "pain and sleep.",
]


@pytest.mark.parametrize("text", POSTOP_NOT)
def test_dosing_times_and_pain_continuations_give_no_onset(text: str) -> None:
    assert onsets(text) == []


# --- no comparator, a significant change with no time: the one time the methods rate depression at -----------------

PLANNED = [
    ("Methods: A chart review of 15 patients given one dose of esketamine. Depression was assessed at baseline and "
     "24 hours after treatment with the MADRS. Results: A statistically significant change in depressive symptoms "
     "was found (P < 0.001).", 24.0),
    ("Methods: Twelve veterans received open-label intranasal ketamine; the QIDS was scored before and 4 hours "
     "after the dose. Results: QIDS scores decreased significantly (p = 0.002).", 4.0),
    ("Methods: Twenty patients with psychotic depression received esketamine and were matched to patients from a "
     "randomized trial; the HAM-D was rated at baseline and 48 hours after treatment. Results: HAM-D scores improved "
     "significantly in the psychotic sample.", 48.0),
    ("Methods: Nine adolescents received oral ketamine in a case series; the CDRS was evaluated before and 72 hours "
     "after the first dose. Dizziness lasted under 2 hours. Results: Depressive symptoms improved significantly "
     "(p < 0.01).", 72.0),
]


@pytest.mark.parametrize(("text", "hours"), PLANNED)
def test_a_timeless_single_arm_improvement_takes_the_planned_rating_time(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


PLANNED_NOT = [
    # a controlled trial: a change within the ketamine group is no separation
    "Methods: Patients were randomized to ketamine or placebo and the MADRS was rated at baseline and 24 hours. "
    "Results: Depression scores decreased significantly in the ketamine group.",
    # two rating times: which one is not said
    OPEN + "The MADRS was rated at 24 hours and day 7. Results: Depressive symptoms decreased significantly.",
    # the only planned time is a safety measurement's
    OPEN + "Blood pressure was measured 20 minutes after each infusion. Results: Depressive symptoms decreased "
    "significantly over the course (p < 0.001).",
    # a time counted from the last dose is no time since the start
    OPEN + "The BDI was rated before and 1 week after the last of six infusions. Results: BDI scores decreased "
    "significantly.",
]


@pytest.mark.parametrize("text", PLANNED_NOT)
def test_no_planned_time_for_a_controlled_within_group_change_or_an_ambiguous_plan(text: str) -> None:
    assert onsets(text) == []


# --- 'by the second day' is a speed word like 'by day 2'; a time to onset is no time-to-event comparison -------------

ORDINAL_BY = [
    (OPEN + "Results: By the second day, HAM-D scores had dropped significantly.", 48.0),
    (NASAL + "Results: By the 3rd day, MADRS scores were significantly reduced.", 72.0),
    (OPEN + "Results: Depressive symptoms had eased significantly by the first week.", 168.0),
    (OPEN + "Results: The time to onset of the antidepressant effect was 2 hours.", 2.0),
]


@pytest.mark.parametrize(("text", "hours"), ORDINAL_BY)
def test_by_an_ordinal_day_is_where_the_effect_began(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


def test_by_the_end_of_a_course_is_no_speed_word() -> None:
    assert onsets(OPEN + "The MADRS was rated at day 7 and day 28. Results: By the end of the study, MADRS scores "
                  "had fallen significantly at day 28.") == []


# --- codes listed and then their times in the same order; p values written other ways -----------------------------

@pytest.mark.parametrize(("text", "codes"), [
    ("Scores were collected at T0, T1 and T2 (baseline, 24 hours and day 7, respectively).",
     {"T0": BASELINE, "T1": 24.0, "T2": 168.0}),
    ("Assessments took place at three points (T0, T1, T2: baseline, after one month, after three months).",
     {"T0": BASELINE, "T1": 730.0, "T2": 2190.0}),
    ("Ratings at T0/T1/T2 = baseline/2 weeks/6 weeks.", {"T0": BASELINE, "T1": 336.0, "T2": 1008.0}),
    ("Visits V1 and V2 (day 1 and day 8) were kept.", {"V1": 24.0, "V2": 192.0}),
    # defined in words
    ("T0 was the baseline and T1 the visit after 4 weeks.", {"T0": BASELINE, "T1": 672.0}),
    ("T2 denotes the 3-month follow-up.", {"T2": 2190.0}),
    ("T1 corresponds to day 7.", {"T1": 168.0}),
])
def test_codes_listed_then_their_times_pair_in_order(text: str, codes: dict[str, float]) -> None:
    assert time_codes(split_sentences(text)) == codes


@pytest.mark.parametrize("text", [
    "At T1 and T2, 40% and 60% responded after 2 weeks.",  # one time for two codes: not a definition
    "Scores at T1 and T2 were lower than at T0.",  # codes used, never defined
])
def test_codes_without_a_time_each_are_not_defined(text: str) -> None:
    assert time_codes(split_sentences(text)) == {}


P_FORMS = [
    (OPEN + "The MADRS was rated at 24 hours and day 7. Results: MADRS scores decreased at 24 hours "
     "(p-value < 0.05).", 24.0),
    (OPEN + "The MADRS was rated at 24 hours and day 7. Results: MADRS scores decreased at 24 hours (p<0·001).", 24.0),
    (NASAL + "Results: MADRS values decreased at day 2 (pholm < 0.001) and day 7 (pholm < 0.001).", 48.0),
    (NASAL + "Results: HAM-D scores fell at day 1 (p adj = 0.20) and at day 3 (p adj = 0.01).", 72.0),
]


@pytest.mark.parametrize(("text", "hours"), P_FORMS)
def test_p_values_written_other_ways_are_read(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


# --- p values listed after the times they belong to, in the same order --------------------------------------------

LISTED_P = ("Methods: Sixty patients were randomized to ketamine or placebo; the MADRS was rated on days 1, 3 and 7. "
            "Results: ")
P_IN_ORDER = [
    (LISTED_P + "MADRS scores were lower with ketamine than placebo at days 1, 3 and 7 (p = 0.08, p = 0.01 and "
     "p < 0.001, respectively).", 72.0),
    (LISTED_P + "Ketamine separated from placebo at 24 hours and day 7 (p = .31 and p = .004, respectively).", 168.0),
    (LISTED_P + "MADRS scores were lower with ketamine than placebo at days 1, 3 and 7 (all p < 0.01).", 24.0),
    (LISTED_P + "MADRS scores were lower with ketamine than placebo on day 1 (p = 0.20), day 3 (p = 0.03) and day 7 "
     "(p < 0.001).", 72.0),
]


@pytest.mark.parametrize(("text", "hours"), P_IN_ORDER)
def test_p_values_listed_in_order_belong_to_the_listed_times(text: str, hours: float) -> None:
    assert onsets(text) == [hours]


def test_no_listed_time_significant_gives_no_onset() -> None:
    assert onsets(LISTED_P + "MADRS scores were lower with ketamine than placebo at days 1 and 3 (p = 0.30 and "
                  "p = 0.12, respectively).") == []


# --- a p value of an association or a contrast between patient subgroups is no drug effect -------------------------

RATED = "Methods: Forty patients received open-label ketamine; the MADRS was rated at 24 hours and day 7. Results: "
NOT_A_DRUG_EFFECT = [
    RATED + "Baseline anhedonia predicted a greater MADRS decrease at 24 hours (p = 0.01).",
    RATED + "The MADRS decrease at 24 hours correlated with plasma ketamine levels (r = 0.45, p = 0.02).",
    RATED + "The reduction in MADRS at 24 hours was associated with BDNF change (p = 0.04).",
    RATED + "Women showed a larger reduction in MADRS at 24 hours than men (p = 0.03).",
    RATED + "Responders showed a significantly greater reduction in MADRS at 24 hours than non-responders.",
]


@pytest.mark.parametrize("text", NOT_A_DRUG_EFFECT)
def test_associations_and_subgroup_contrasts_give_no_onset(text: str) -> None:
    assert onsets(text) == []


def test_the_same_change_stated_for_the_whole_sample_is_an_onset() -> None:
    assert onsets(RATED + "MADRS scores decreased at 24 hours (p = 0.001).") == [24.0]
    assert onsets("Methods: Sixty patients were randomized to ketamine or placebo; the MADRS was rated at 4 hours. "
                  "Results: MADRS fell more with ketamine than with placebo at 4 hours (p = 0.01).") == [4.0]


# --- a comparator named without the usual words still makes the study controlled ----------------------------------

COMPARED = [
    "Methods: Forty patients were randomly assigned to ketamine plus escitalopram or escitalopram alone; the HAM-D "
    "was rated at 24 hours and week 4. Results: In the ketamine group, HAM-D scores decreased at 24 hours (p < 0.001).",
    "Methods: Patients received esketamine or treatment as usual; the MADRS was rated at 24 hours and day 7. Results: "
    "With esketamine, MADRS scores decreased at 24 hours (p < 0.001).",
    "Methods: Thirty patients given ketamine were compared with a matched group receiving ECT; the HAM-D was rated at "
    "24 hours and week 2. Results: In the ketamine patients, HAM-D scores decreased at 24 hours (p = 0.002).",
    "Methods: Fifty adults had esketamine added to standard of care; the MADRS was rated at 4 hours and day 2. "
    "Results: MADRS scores decreased at 4 hours (p < 0.01).",
]


@pytest.mark.parametrize("text", COMPARED)
def test_a_within_group_change_in_a_study_with_any_comparator_is_no_onset(text: str) -> None:
    assert onsets(text) == []


def test_a_biomarker_separation_is_no_onset_but_a_score_beside_it_is() -> None:
    trial = ("Methods: Sixty patients with TRD were randomized to ketamine or placebo; ratings at 40 minutes, 4 hours "
             "and 24 hours. Results: ")
    assert onsets(trial + "Serum BDNF was significantly higher with ketamine than placebo at 4 hours.") == []
    assert onsets(trial + "Plasma IL-6 fell significantly more with ketamine than with placebo at 4 hours.") == []
    assert onsets(trial + "MADRS scores and plasma BDNF changed significantly more with ketamine than placebo at 4 "
                  "hours.") == [4.0]
