"""Response, remission and adverse-event rates, tenth session round 2 (issue 21): mechanisms written from the first
contact with a fresh batch (dev10). Each table holds sentences the team wrote the way other authors would say the same
thing (not a blind abstract's sentence), with the cases that must not be read."""

from __future__ import annotations

import pytest

from tests.extract_support import OPEN, RCT, ae_values, findings, timed_rates

# --- a bracket between "most common" and the events it qualifies is a threshold, even with its sign lost -----------

THRESHOLD_SIGN_LOST = [
    ("TEAEs occurred in 80% of the ketamine group, with headache and nausea the most common ( 20% of patients) TEAEs.",
     [80.0]),
    ("Any adverse event was reported by 70%, the most frequent (10% of participants) adverse events being dizziness "
     "and nausea.", [70.0]),
    ("Adverse events occurred in 65% of patients, and the most common [15%] side effects were dissociation and "
     "headache.", [65.0]),
    ("Adverse events occurred in 65% of patients, the most commonly reported (25% of subjects) treatment-emergent "
     "adverse events being dissociation and dizziness.", [65.0]),
    # a rate after its named term stays a rate
    ("Dissociation was the most common adverse event (35%).", [35.0]),
    ("The most common adverse events were nausea (20%) and dizziness (15%).", [15.0, 20.0]),
]


@pytest.mark.parametrize(("text", "expected"), THRESHOLD_SIGN_LOST)
def test_a_bracket_before_the_events_is_their_threshold(text: str, expected: list[float]) -> None:
    assert ae_values(RCT + text) == expected


# --- a list of per-group rates, each group named by its dosing schedule, carries the term -------------------------

SCHEDULE_LIST = [
    ("The incidence of TEAEs was similar between ketamine groups [2x/wk: 15 (83%); 3x/wk: 13 (77%)].", [77.0, 83.0]),
    ("The incidence of adverse events was similar between cohorts (once weekly: 12 (60%); twice weekly: 14 (70%)).",
     [60.0, 70.0]),
    ("Rates of any TEAE were comparable across schedules [weekly: 9 (45%); twice weekly: 11 (55%)].", [45.0, 55.0]),
    ("Any adverse event occurred in 55% of the weekly group and in 65% of the twice weekly group.", [55.0, 65.0]),
    ("Any adverse event: 2x/week, 15 (83%); 3x/week, 13 (77%).", [77.0, 83.0]),
    ("Treatment-emergent adverse events: 1x/week, 9 (45%); 2x/week, 12 (60%).", [45.0, 60.0]),
    # a share of something else after a schedule label is no adverse event
    ("Adverse events were mild. Adherence was high (weekly: 90%; twice weekly: 85%).", []),
]


@pytest.mark.parametrize(("text", "expected"), SCHEDULE_LIST)
def test_a_schedule_named_list_keeps_its_term(text: str, expected: list[float]) -> None:
    assert ae_values(OPEN + text) == expected


# --- a rate that names its group by a dosing schedule right after it is that group's -------------------------------


def _arms(text: str) -> list[tuple[float, str]]:
    return sorted((float(f["value"]), str(f["arm"])) for f in findings(text) if f["kind"] == "response_rate")


SCHEDULE_ARM = [
    ("Compared with placebo, there were 11/15 (73.3%) responders in the 2X/wk group versus 2/14 (14.3%) in placebo.",
     [(14.3, "placebo"), (73.3, "ketamine 2X/wk")]),
    ("Versus placebo, response occurred in 9/18 (50%) in the once weekly arm and 3/17 (17.6%) in the placebo arm.",
     [(17.6, "placebo"), (50.0, "ketamine once weekly")]),
    ("Versus saline, 8 (40%) responders in the twice-weekly group and 2 (10%) with saline were seen.",
     [(10.0, "placebo"), (40.0, "ketamine twice-weekly")]),
    # an arm named by a drug keeps its own arm
    ("Response was 60% in the ketamine group versus 20% in the placebo group.",
     [(20.0, "placebo"), (60.0, "ketamine")]),
]


@pytest.mark.parametrize(("text", "expected"), SCHEDULE_ARM)
def test_a_schedule_group_after_a_rate_is_its_arm(text: str, expected: list[tuple[float, str]]) -> None:
    assert _arms(RCT + text) == expected


# --- a text cut mid-sentence opens inside the study's own report -----------------------------------------------------

CUT_START = [
    ("groups versus placebo with 12/16 (75%) responders with ketamine versus 3/15 (20%) with placebo. No deaths "
     "occurred. Conclusion: Ketamine was effective in treatment-resistant depression.",
     [("response_rate", 20.0, None), ("response_rate", 75.0, None)]),
    ("of the trial, 10/20 (50%) ketamine-treated patients were in remission versus 2/20 (10%) on placebo. "
     "Conclusions: Ketamine was superior to placebo in depression.",
     [("remission_rate", 10.0, None), ("remission_rate", 50.0, None)]),
    ("the ketamine arm, 8 of 20 patients (40%) responded compared with 2 of 20 (10%) given midazolam. Conclusion: "
     "ketamine relieved depression quickly.", [("response_rate", 10.0, None), ("response_rate", 40.0, None)]),
    # an opening about the field, starting with a capital (or a symbol such as pKa), is still background
    ("Response rates to antidepressants are only 30% in TRD. We enrolled 20 patients who received ketamine. "
     "Conclusion: Ketamine was tolerated in depression.", []),
    ("esketamine nasal spray is approved for TRD, and response rates of 50% were reported in trials. We enrolled 20 "
     "patients who received ketamine. Conclusion: Ketamine was tolerated in depression.", []),
    ("pH-dependent uptake explains why only 30% of patients respond to oral drugs in depression. We enrolled 20 "
     "patients who received ketamine. Conclusion: Ketamine was tolerated.", []),
]


@pytest.mark.parametrize(("text", "expected"), CUT_START)
def test_a_text_cut_mid_sentence_has_no_opening(text: str, expected: list[tuple[str, float, None]]) -> None:
    assert timed_rates(text) == expected


# --- a share that "improved" something other than depression is no response ---------------------------------------

IMPROVED_OTHER = [
    ("Of the 20 patients, 18 reported improved social functioning during maintenance treatment.", []),
    ("In 12 of 20 patients (60%), family relationships improved.", []),
    ("Fifteen of 25 participants (60%) described improved quality of life.", []),
    ("Improvement in work performance was reported by 60% of patients.", []),
    ("Sleep quality and work functioning improved in 60% of participants.", []),
    # an improvement of depression, or of the people, stays a response
    ("Twelve of 20 patients (60%) improved.", [("response_rate", 60.0, None)]),
    ("Depression improved in 12 patients (60%).", [("response_rate", 60.0, None)]),
    ("Of the 20 patients, 12 (60%) showed improved mood.", [("response_rate", 60.0, None)]),
    ("Symptoms improved in 60% of patients.", [("response_rate", 60.0, None)]),
    ("At week 2, 55% of patients showed improved depressive symptoms.", [("response_rate", 55.0, 336.0)]),
    # an adverb or auxiliary before "improved", or a word after it that is no object, leaves the people improved
    ("In total, 60% of patients were much improved.", [("response_rate", 60.0, None)]),
    ("Of the 20 patients, 12 (60%) had markedly improved.", [("response_rate", 60.0, None)]),
    ("Twelve patients (60%) also improved.", [("response_rate", 60.0, None)]),
    ("Twelve patients (60%) improved enough to be discharged.", [("response_rate", 60.0, None)]),
    ("Twelve patients (60%) improved again after the second infusion.", [("response_rate", 60.0, None)]),
]


@pytest.mark.parametrize(("text", "expected"), IMPROVED_OTHER)
def test_an_improvement_of_another_outcome_is_no_response(text: str, expected: list[tuple[str, float, None]]) -> None:
    assert timed_rates(OPEN + text) == expected


# --- a treatment-emergent switch of mood pole is an adverse event; a list named by diagnosis carries its term ------

BIPOLAR = "Methods: Sixty patients with bipolar or unipolar TRD received intranasal esketamine. Results: "
MOOD_SWITCH = [
    ("Safety was comparable, with a low incidence of manic switches (B-TRD 5.6%, TRD 2.0%, p = 1.000).", [2.0, 5.6]),
    ("Manic switches occurred in 5.6% of bipolar and 2.0% of unipolar patients.", [2.0, 5.6]),
    ("The incidence of switch to mania was low (bipolar: 6%; unipolar: 2%).", [2.0, 6.0]),
    ("A switch into hypomania was observed in 4% of patients.", [4.0]),
    ("Affective switches were rare (bipolar 6%, unipolar 2%).", [2.0, 6.0]),
    ("Mood switches occurred in 3 patients (5%).", [5.0]),
    # a history of episodes describes the sample, a negation counts nothing
    ("Patients with a history of manic episodes (20%) were included.", []),
    ("No manic switch occurred during treatment.", []),
    # a share after a diagnosis with its own clause is not the previous term's
    ("Dissociation occurred in 30% of bipolar patients, and 25% of unipolar patients had no side effects.", [30.0]),
]


@pytest.mark.parametrize(("text", "expected"), MOOD_SWITCH)
def test_a_mood_switch_is_an_adverse_event(text: str, expected: list[float]) -> None:
    assert ae_values(BIPOLAR + text) == expected


# --- a retrospective study of one treated group: a bare count of responders is a rate over its sample --------------

RETRO = "Methods: In this retrospective chart review, 20 patients with TRD were treated with intravenous ketamine. "
OBSERVATIONAL_COUNT = [
    (RETRO + "Results: MADRS fell after 3 months; 8 patients were responders and 4 patients were in remission.",
     [("remission_rate", 20.0, 2190.0), ("response_rate", 40.0, 2190.0)]),
    (RETRO + "Results: Ten patients responded and five patients achieved remission.",
     [("remission_rate", 25.0, None), ("response_rate", 50.0, None)]),
    ("Methods: We reviewed the records of 16 outpatients who received intranasal esketamine for depression. "
     "Results: Twelve patients met response criteria.", [("response_rate", 75.0, None)]),
    # a comparison with another treatment is not one group: no count is a rate over the whole sample
    ("Methods: In this retrospective chart review, 40 patients with TRD were treated with intravenous ketamine or ECT. "
     "Results: Ten patients responded.", []),
    # a count larger than the sample is no rate of it
    (RETRO + "Results: 30 patients responded to earlier treatments.", []),
]


@pytest.mark.parametrize(("text", "expected"), OBSERVATIONAL_COUNT)
def test_a_count_in_a_one_group_retrospective_study_is_a_rate(
    text: str, expected: list[tuple[str, float, float | None]]
) -> None:
    assert timed_rates(text) == expected
