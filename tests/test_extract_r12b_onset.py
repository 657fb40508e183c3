"""Onset of fresh text (twelfth session, round B): kinds of sentence that gave a wrong or missing onset on the dev14
batch (the ninth blind batch's read half) at first contact.

Each table holds paraphrases written here (not copied from any labelled abstract), with negatives that must keep
their onset (or keep none)."""

from __future__ import annotations

import pytest

from tests.extract_support import findings, onsets

# A secondary analysis that links a marker, gene or trait to the drug's effect says which patients improved more, not
# when the effect began: no onset from it, whatever speed word or time it names ...
MARKER_LINKED = {
    "variants_related_to_rapid_effect": (
        "Methods: Sixty patients with treatment-resistant depression were randomized to ketamine or saline and "
        "genotyped. Results: Two variants in the BDNF gene were related to the rapid (within 120 minutes) "
        "antidepressant effect of the ketamine infusion."
    ),
    "hormone_rise_associated_with_improvement": (
        "Methods: Eighty patients with depression received six ketamine infusions. Results: Rises in prolactin were "
        "associated with depressive symptom improvement at day 6 and day 20 in women (both p < 0.05)."
    ),
    "trait_linked_to_response": (
        "Methods: Ninety patients were randomized to esketamine or placebo nasal spray. Results: A history of "
        "childhood trauma was significantly linked to a greater antidepressant response at 24 hours and on day 7 "
        "(p = 0.01)."
    ),
}
# ... while the drug (or its arm) as the subject of the link is the drug's own effect.
DRUG_LINKED = {
    "infusion_associated_with_reduction": (
        "Methods: Forty patients were randomized to ketamine or midazolam. Results: Ketamine infusion was "
        "associated with a significant and rapid reduction in MADRS scores compared with midazolam at 24 hours.",
        24.0,
    ),
    "treatment_with_drug_associated": (
        "Methods: Fifty patients were randomized to ketamine or saline. Results: At 4 hours post-infusion, treatment "
        "with ketamine was associated with a significantly lower depression score than saline (p < 0.01).",
        4.0,
    ),
    "group_associated": (
        "Methods: Sixty patients were randomized to esketamine or placebo. Results: The esketamine group was "
        "associated with significantly lower HAMD scores than placebo at 4 hours (p = 0.02).",
        4.0,
    ),
}


@pytest.mark.parametrize("name", sorted(MARKER_LINKED))
def test_a_marker_linked_to_the_effect_gives_no_onset(name: str) -> None:
    assert onsets(MARKER_LINKED[name]) == []


@pytest.mark.parametrize("name", sorted(DRUG_LINKED))
def test_the_drug_linked_to_the_effect_keeps_its_onset(name: str) -> None:
    text, hours = DRUG_LINKED[name]
    assert onsets(text) == [hours]


# A sentence about measured substances alone ('levels of', 'concentrations', 'markers') reports no antidepressant
# effect, however many significant times it lists; one that names depression beside them still can.
SUBSTANCES = {
    "levels_of_hormones": (
        "Methods: Seventy patients with depression received six infusions of ketamine over two weeks. Results: "
        "Compared with baseline, the sample showed higher levels of prolactin at days 14 and 28 and lower levels of "
        "testosterone at day 14 (all p < 0.05)."
    ),
    "concentrations_fell": (
        "Methods: Forty patients were given ketamine infusions. Results: Concentrations of osteocalcin decreased "
        "significantly at day 7 and day 21 (p < 0.01)."
    ),
    "bone_markers_changed": (
        "Methods: Fifty depressed inpatients received repeated ketamine infusions. Results: Three bone markers "
        "changed significantly at weeks 2 and 4 compared with baseline (p < 0.05)."
    ),
}
SUBSTANCES_WITH_DEPRESSION = {
    "levels_and_depression": (
        "Methods: Seventy patients with depression received six infusions of ketamine. Results: HAM-D scores and "
        "levels of leptin fell significantly at days 1 and 13 compared with baseline (p < 0.05).",
        24.0,
    ),
}


@pytest.mark.parametrize("name", sorted(SUBSTANCES))
def test_measured_substances_alone_give_no_onset(name: str) -> None:
    assert onsets(SUBSTANCES[name]) == []


@pytest.mark.parametrize("name", sorted(SUBSTANCES_WITH_DEPRESSION))
def test_substances_beside_a_depression_score_keep_the_onset(name: str) -> None:
    text, hours = SUBSTANCES_WITH_DEPRESSION[name]
    assert onsets(text) == [hours]


# 'a 50% or greater reduction' defines response: the share who reached it within a day is a response rate, not a
# comparison of arms; 'a greater reduction than placebo' still is one.
THRESHOLD = {
    "share_with_fifty_or_greater": (
        "Methods: In a crossover trial, 28 patients received ketamine and an active placebo. Results: 64% of "
        "participants had a 50% or greater reduction in MADRS scores within 1 day of receiving ketamine."
    ),
    "forty_percent_or_greater": (
        "Methods: Thirty patients were randomized to esketamine or placebo. Results: Within 24 hours, 12 patients "
        "showed a 40% or greater improvement in their HAMD score."
    ),
    "half_or_greater_decrease": (
        "Methods: Patients were randomized to ketamine or saline. Results: A 50 percent or greater decrease in "
        "HAMD scores at 4 hours and at day 3 was reached by 9 of 20 ketamine patients."
    ),
}
COMPARISON = {
    "greater_reduction_than_placebo": (
        "Methods: Thirty patients were randomized to ketamine or saline. Results: Ketamine produced a greater "
        "reduction in MADRS scores than saline within 1 day (p = 0.01).",
        24.0,
    ),
}


@pytest.mark.parametrize("name", sorted(THRESHOLD))
def test_a_response_threshold_is_no_comparison_of_arms(name: str) -> None:
    assert onsets(THRESHOLD[name]) == []


@pytest.mark.parametrize("name", sorted(COMPARISON))
def test_a_greater_reduction_than_the_comparator_keeps_the_onset(name: str) -> None:
    text, hours = COMPARISON[name]
    assert onsets(text) == [hours]


# A share of the variance a model explains is a model statistic: never an adverse-event rate (nor any rate of people);
# a rate of people beside it keeps its value.
VARIANCE = {
    "predicted_share_of_variance": (
        "Methods: Patients were randomized to ketamine or midazolam. Results: In a stepwise regression, changes in "
        "fatigue and anxiety predicted 38.2% of the variance in the reduction of suicidal ideation."
    ),
    "variance_explained": (
        "Methods: Forty patients received ketamine. Results: Baseline insomnia accounted for 12.5% variance in the "
        "change of depression scores after the infusion."
    ),
    "of_total_variance": (
        "Methods: Thirty patients received esketamine. Results: Dizziness at the first session explained 21% of "
        "total variance in dropout after the induction phase."
    ),
}


def _ae_values(text: str) -> list[float]:
    return sorted(float(f["value"]) for f in findings(text) if f["kind"] == "adverse_event")


@pytest.mark.parametrize("name", sorted(VARIANCE))
def test_a_share_of_variance_is_no_adverse_event_rate(name: str) -> None:
    assert _ae_values(VARIANCE[name]) == []


def test_a_rate_of_people_beside_a_variance_keeps_its_value() -> None:
    text = ("Methods: Forty patients received ketamine. Results: Dizziness occurred in 25% of patients; baseline "
            "anxiety explained 30% of the variance in response.")
    assert _ae_values(text) == [25.0]


# Healthy (or non-depressed) controls are a reference group for a measure, not the treatment's comparator: a study that
# gives the drug to one group of patients stays single-group, and its stated significant improvement at the first
# rating is the onset ("p's < .001": the p values of several tests at once; "at 2-hours": a plural unit is a time).
HEALTHY_REFERENCE = {
    "relative_to_healthy_controls": (
        "Methods: We compared cognition after one ketamine infusion in patients with depression relative to healthy "
        "controls (HC). Patients (n = 24) and HC (n = 24) were rated before, 4 hours and 1 day after the infusion. "
        "Results: Patients showed a large improvement in depressive symptoms at both 4-hours and 1 day after the "
        "infusion (p's < .001).",
        4.0,
    ),
    "non_depressed_controls": (
        "Methods: Twenty adults with depression received one intravenous ketamine infusion; imaging was also done "
        "in matched non-depressed controls (n = 20). Results: MADRS scores decreased from baseline at 2 hours and on "
        "day 3 (p < 0.01).",
        2.0,
    ),
    "normal_control_subjects": (
        "Methods: Eighteen patients with bipolar depression and 18 normal control subjects underwent EEG; patients "
        "then received one esketamine infusion. Results: Depression scores fell significantly at 40 minutes and "
        "at 1 day.",
        0.67,
    ),
}
# ... while a placebo or a control arm the study randomizes to keeps it controlled: a within-group change at one
# visit is then no onset.
CONTROLLED_WITH_HEALTHY = {
    "placebo_and_healthy": (
        "Methods: Patients with depression were randomized to ketamine or placebo, and healthy controls were scanned "
        "once. Results: In the ketamine group, MADRS scores decreased from baseline at day 3 (p < 0.01)."
    ),
    "normal_saline_arm": (
        "Methods: Forty patients were assigned to ketamine or normal saline. Results: In the ketamine group, "
        "depression scores fell from baseline at day 3 (p < 0.01)."
    ),
    "control_group_of_patients": (
        "Methods: Forty patients were assigned to ketamine or a control group receiving saline. Results: In the "
        "ketamine group, depression scores fell from baseline at day 3 (p < 0.01)."
    ),
}


@pytest.mark.parametrize("name", sorted(HEALTHY_REFERENCE))
def test_healthy_controls_leave_a_single_group_study(name: str) -> None:
    text, hours = HEALTHY_REFERENCE[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(CONTROLLED_WITH_HEALTHY))
def test_a_treatment_comparator_keeps_the_study_controlled(name: str) -> None:
    assert onsets(CONTROLLED_WITH_HEALTHY[name]) == []


# Two arms or subgroups that each separated (or improved) first at the same time are an onset each: clause by clause
# ('group L ... at day 1, while group H ... at day 1'), each subgroup with its own result in one sentence, or the next
# sentence going on with the other group.
PER_GROUP = {
    "lettered_arms_while": (
        "Methods: Ninety women undergoing hysterectomy were allocated to group L (esketamine 0.2 mg/kg), group H "
        "(esketamine 0.4 mg/kg) or group S; group S received normal saline. HAMD was rated on days 1, 3 and 7. "
        "Results: Group L had lower HAMD scores than group S on day 1, while group H had lower HAMD scores than "
        "group S on day 1 and day 3 (P<0.05).",
        [24.0, 24.0],
    ),
    "both_subgroups_own_results": (
        "Methods: Sixty patients received four ketamine infusions and were rated at 2 hours and on day 3. Results: "
        "HAM-D scores fell in both male (4.1, 95% CI 2.0-6.2, p < 0.01) and female (3.6, 95% CI 1.9-5.3, p < 0.05) "
        "patients at 2 hours after the first infusion compared to baseline.",
        [2.0, 2.0],
    ),
    "next_sentence_other_subgroup": (
        "Methods: We compared 15 lithium-resistant patients with 20 lithium-naive patients; all received one ketamine "
        "infusion and were rated at 1, 4 and 24 hours. Results: Depressive symptoms improved significantly in the "
        "lithium-resistant group at 4 hours (p < .01). At 4 hours, the lithium-naive group showed significant "
        "improvement (p < .001).",
        [4.0, 4.0],
    ),
}
# ... while one result for two subgroups, two names of the drug's one arm, or the drug set against its control is one
# onset.
ONE_GROUP = {
    "both_groups_one_result": (
        "Methods: Fifty patients with unipolar or bipolar depression received weekly esketamine; MADRS was rated 24 "
        "hours after each dose. Results: The effect was significant 24 hours after the first dose (p < 0.001) in both "
        "unipolar and bipolar groups.",
        [24.0],
    ),
    "synonyms_of_the_drug_arm": (
        "Methods: Eighty patients were randomized to ketamine or placebo and rated at 24 hours and day 7. Results: The "
        "ketamine group had significantly lower MADRS scores than the placebo group at 24 hours. At 24 hours, the "
        "intervention group also showed a significant reduction compared with placebo (p < 0.01).",
        [24.0],
    ),
    "arm_against_its_control": (
        "Methods: Forty patients were randomized to ketamine or saline and rated at 4 hours and on days 1 and 7. "
        "Results: The ketamine group had significantly lower MADRS scores than the saline group at 4 hours (p < "
        "0.01), while the saline group showed a significant reduction from baseline at 4 hours (p = 0.03).",
        [4.0],
    ),
}


@pytest.mark.parametrize("name", sorted(PER_GROUP))
def test_two_groups_that_separated_at_one_time_are_two_onsets(name: str) -> None:
    text, hours = PER_GROUP[name]
    assert onsets(text) == hours


@pytest.mark.parametrize("name", sorted(ONE_GROUP))
def test_one_result_or_one_arm_is_one_onset(name: str) -> None:
    text, hours = ONE_GROUP[name]
    assert onsets(text) == hours


# Two groups named side by side ('in the C group and S group') set one arm against the other: with a p value for each
# listed time, the earliest significant one is the onset; one group named alone against its baseline is not.
SIDE_BY_SIDE = {
    "respectively_list_of_times": (
        "Methods: 200 women were randomized to a control (C) group or an esketamine (E) group. Results: EPDS scores "
        "in the C group and E group on postoperative days 2, 7 and 30 were 8.1 ± 3.0 and 6.2 ± 2.4 (p < 0.05), "
        "7.9 ± 3.1 and 6.5 ± 2.2 (p < 0.05), and 7.0 ± 3.3 and 6.8 ± 2.9 (p = 0.41), respectively.",
        48.0,
    ),
    "first_time_not_significant": (
        "Methods: 120 patients were randomized to a saline group or a ketamine group. Results: HAMD scores in the "
        "saline group and ketamine group at 2 hours, 1 day and 3 days were 20.1 and 19.0 (p = 0.32), 19.5 and 15.2 "
        "(p = 0.01), and 18.8 and 14.9 (p < 0.01), respectively.",
        24.0,
    ),
    "between_the_two_named_arms": (
        "Methods: Patients were randomized to a placebo arm or a ketamine arm. Results: Depression scores differed "
        "between the placebo arm and the ketamine arm at 4 hours and at 24 hours (p = 0.02 and p = 0.01).",
        4.0,
    ),
}
NOT_SIDE_BY_SIDE = {
    "pain_scores_side_by_side": (
        "Methods: 120 patients were randomized to saline or ketamine. Results: Pain scores in the ketamine group and "
        "saline group at 2 hours were 3.1 and 4.5 (p < 0.01)."
    ),
    "dissociation_side_by_side": (
        "Methods: 120 patients were randomized to saline or ketamine. Results: Dissociation in the ketamine group and "
        "saline group at 40 minutes was 30% and 5% (p < 0.01)."
    ),
}


@pytest.mark.parametrize("name", sorted(SIDE_BY_SIDE))
def test_two_groups_named_side_by_side_are_compared(name: str) -> None:
    text, hours = SIDE_BY_SIDE[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(NOT_SIDE_BY_SIDE))
def test_side_by_side_groups_on_another_outcome_give_no_onset(name: str) -> None:
    assert onsets(NOT_SIDE_BY_SIDE[name]) == []


# Hopelessness (the Beck Hopelessness Scale) is a depressive outcome: a separation on it is an antidepressant onset.
HOPELESSNESS = {
    "bhs_lower_than_midazolam": (
        "Methods: Seventy patients were randomized to ketamine or midazolam and rated at 4 hours and on days 1 and 3. "
        "Results: At 4 hours, the ketamine group had significantly lower BHS scores than the midazolam group "
        "(P = .02).",
        4.0,
    ),
    "hopelessness_fell_vs_placebo": (
        "Methods: Patients were randomized to esketamine or placebo. Results: Hopelessness fell significantly more "
        "with esketamine than with placebo within 2 hours of the first dose.",
        2.0,
    ),
    "hopelessness_ratings_separated": (
        "Methods: Forty adults were randomized to ketamine or saline. Results: Ketamine separated from saline on "
        "hopelessness ratings at 40 minutes (p < 0.01) and at 1 day (p = 0.03).",
        0.67,
    ),
}


@pytest.mark.parametrize("name", sorted(HOPELESSNESS))
def test_hopelessness_is_a_depressive_outcome(name: str) -> None:
    text, hours = HOPELESSNESS[name]
    assert onsets(text) == [hours]


# "Vomit" as a noun (as some abstracts write it: "nausea and vomit") names the adverse event as "vomiting" does.
VOMIT = {
    "vomit_in_a_list": (
        "Methods: Sixty women were randomized to esketamine or saline. Results: In the esketamine group, vomit "
        "occurred in 7.5% of patients.",
        [7.5],
    ),
    "nausea_and_vomit": (
        "Methods: Patients received ketamine. Results: Nausea and vomit were reported by 12% of the patients.",
        [12.0],
    ),
    "vomit_rate": (
        "Methods: Ninety patients were randomized to ketamine or placebo. Results: The rate of vomit with ketamine was "
        "9.1%.",
        [9.1],
    ),
}


@pytest.mark.parametrize("name", sorted(VOMIT))
def test_vomit_is_an_adverse_event(name: str) -> None:
    text, values = VOMIT[name]
    assert _ae_values(text) == values
