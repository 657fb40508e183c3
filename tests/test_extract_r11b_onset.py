"""Onset of fresh text (eleventh session, round B): what a significance word qualifies, read from kinds of sentence
that gave a wrong or missing onset on the dev12 batch.

Each table holds paraphrases written here (not copied from any labelled abstract), with negatives that must keep
their onset."""

from __future__ import annotations

import pytest

from tests.extract_support import onsets

# Significance of an association between measures (a correlation, a predictor, a mediation): no onset of the drug.
ASSOCIATIONS = {
    "correlation": (
        "Twenty-four patients with treatment-resistant depression received one open-label infusion of ketamine. "
        "MADRS was rated before and 24 hours after the infusion. A significant inverse correlation was found between "
        "baseline BDNF and the change in MADRS scores at 24 hours (r = -0.45, p = 0.03)."
    ),
    "predictor": (
        "This post hoc analysis pooled two randomised trials of esketamine nasal spray versus placebo nasal spray in "
        "treatment-resistant depression. Early improvement in CGI-S at day 4 and female sex were significant "
        "predictors of remission at week 4."
    ),
    "mediation": (
        "Fifty patients were randomised to ketamine or midazolam. Results: Reductions in anhedonia at day 1 "
        "significantly mediated the improvement of depressive symptoms at day 7 in the ketamine group."
    ),
    "association_between": (
        "Forty patients received six ketamine infusions over two weeks. Results: There was a significant association "
        "between dissociation at 40 minutes and MADRS improvement at day 14 (p = 0.01)."
    ),
}
# ... while an effect the treatment was 'associated with' is the drug's own.
ASSOCIATED_EFFECTS = {
    "associated_with_reduction": (
        "Methods: Sixty patients were randomised to ketamine or saline; HAM-D was rated at 24 hours and 7 days. "
        "Results: Ketamine was associated with a significant "
        "reduction in HAM-D scores compared with saline at 24 hours (p < 0.01).",
        24.0,
    ),
    "effect_beside_predictor_sentence": (
        "Methods: Eighty patients were randomized to esketamine or placebo. Results: Esketamine separated from placebo "
        "significantly at day 2 on the MADRS (p = 0.01). Baseline anxiety was a significant predictor of response at "
        "day 28.",
        48.0,
    ),
}

# ... and an effect the sentence states beside an association keeps its onset: only the association's part is set aside.
EFFECT_BESIDE_ASSOCIATION = {
    "predictor_after_and": (
        "Methods: Sixty patients were randomised to ketamine or placebo; MADRS was rated at 24 hours and day 7. "
        "Results: Ketamine significantly reduced MADRS scores compared with placebo at 24 hours, and baseline anxiety "
        "was a significant predictor of response at day 7.",
        24.0,
    ),
    "predicted_after_and": (
        "Methods: Fifty patients were randomised to esketamine or placebo; MADRS was rated at day 2 and day 28. "
        "Results: Esketamine separated significantly from placebo at day 2 (p = 0.02), and early improvement at day "
        "2 predicted remission at day 28.",
        48.0,
    ),
    "correlation_after_while": (
        "Methods: Forty patients were randomised to ketamine or midazolam; MADRS was rated at 4 hours and day 1. "
        "Results: MADRS scores were significantly lower with ketamine than with midazolam at 4 hours (p < 0.01), "
        "while plasma norketamine correlated with MADRS change at day 1 (r = 0.4).",
        4.0,
    ),
}

# 'significant' as a severity adjective on a symptom or state: how ill the patients were, not an effect.
SEVERITY_ADJECTIVES = {
    "inclusion_symptoms": (
        "We describe four patients, each with significant depressive symptoms despite two antidepressants used for "
        "more than 8 weeks, who received eight ketamine infusions, twice weekly for 4 weeks. Depression was rated "
        "before the first infusion and again after 4 weeks."
    ),
    "suicidal_ideation": (
        "We report 3 cases of resistant depression. Three patients, referred for significant suicidal ideation "
        "despite two antidepressant courses of more than 8 weeks each, received six infusions of ketamine, thrice "
        "weekly for 2 weeks. Suicidal ideation was rated before the first infusion and repeated after 2 weeks. All "
        "three improved clinically."
    ),
    "residual_symptoms": (
        "We report 3 cases of resistant depression. Three patients with significant residual symptoms after two "
        "antidepressant courses of more than 6 weeks each were given eight ketamine infusions, twice weekly for 4 "
        "weeks. The MADRS was rated before the first infusion and repeated after 4 weeks. All three improved "
        "clinically."
    ),
}
# ... while a significant change of those symptoms is an effect.
SEVERITY_NOT_ADJECTIVE = {
    "significant_improvement_of_symptoms": (
        "Twenty patients with treatment-resistant depression received one open-label infusion of ketamine. Results: "
        "Depressive symptoms improved significantly at 4 hours after the infusion (p < 0.001).",
        4.0,
    ),
    "symptoms_reduction": (
        "Twenty-five patients with treatment-resistant depression received one open-label infusion of ketamine. "
        "Results: A significant depressive symptoms reduction was seen within 2 hours of the infusion.",
        2.0,
    ),
}

# 'Without significant change' states no difference; 'statistically and clinically significant' is significant.
NO_CHANGE = {
    "persisted_without_change": (
        "Methods: Patients were randomised to esketamine or active control. Results: The difference in MADRS between "
        "the arms persisted beyond day 2 without significant change over time."
    ),
    "without_a_significant_difference": (
        "Methods: Patients were randomised to ketamine or midazolam. Results: HAM-D scores fell in the ketamine arm at "
        "day 3 and day 7 without a significant difference from midazolam."
    ),
}
STATISTICALLY_AND_CLINICALLY = {
    "all_time_points": (
        "Methods: A retrospective cohort of 60 patients with treatment-resistant depression received esketamine "
        "nasal spray. MADRS was assessed at baseline, 30, 60 and 120 days of treatment. Results: Esketamine was "
        "associated with a statistically and clinically significant decrease in depressive symptoms at all time "
        "points assessed.",
        720.0,
    ),
    "clinically_and_statistically": (
        "Methods: Forty adults with treatment-resistant depression received open-label oral ketamine. Depression was "
        "rated at weeks 2 and 4. Results: Depression scores showed a clinically and statistically significant "
        "reduction at week 2 (p < 0.001).",
        336.0,
    ),
    "rapid_one_time": (
        "Methods: Thirty inpatients with treatment-resistant depression received one open-label infusion of ketamine. "
        "Results: Depressive symptoms showed a statistically and clinically significant improvement 2 hours after "
        "the infusion.",
        2.0,
    ),
}
# 'Clinically significant' alone is not statistical.
CLINICALLY_ONLY = (
    "Methods: Forty adults with treatment-resistant depression received open-label oral ketamine. Depression was "
    "rated at weeks 2 and 4. Results: "
    "Depression scores showed a clinically significant reduction at week 2."
)

# How long an effect lasted, from one time to another: neither end is where it began.
DURATIONS = {
    "lasting_from_to": (
        "Twenty patients received weekly esketamine injections. We saw a rapid and lasting effect on suicidality, "
        "lasting from one week to three months after treatment."
    ),
    "sustained_from_through": (
        "Fifteen patients received ketamine infusions. A rapid antidepressant effect was sustained from week 2 "
        "through week 12."
    ),
    "persisted_from_until": (
        "Eighteen patients received open-label ketamine. The rapid improvement in mood persisted from day 3 until "
        "month 6."
    ),
}

# A present-tense claim about what the drug does in general is not this study's result: it takes no time from the plan.
GENERIC_CLAIMS = {
    "has_rapid_effect": (
        "We therefore report 4 cases of resistant depression that received eight intravenous infusions of ketamine. "
        "The four cases were given eight IV infusions of ketamine at 0.5 mg/kg, twice weekly for 4 weeks. The HAM-D "
        "scores were rated by the psychiatrist before the first infusion and were repeated after 4 weeks "
        "post-infusion. The cases improved clinically. Intravenous ketamine has a rapid antidepressant effect in "
        "resistant depression."
    ),
    "provides_rapid_relief": (
        "Here we report 3 cases of bipolar depression treated with six oral doses of ketamine. The three cases took "
        "oral ketamine at 1 mg/kg, three times weekly for 2 weeks. The MADRS was rated before the first dose and "
        "repeated after 2 weeks. All three improved clinically. Oral ketamine provides rapid antidepressant relief in "
        "bipolar depression."
    ),
    "have_rapid_effect": (
        "We report 2 cases of postpartum depression given four esketamine infusions. Both cases received esketamine "
        "at 0.25 mg/kg, twice weekly for 2 weeks. The EPDS was rated before treatment and repeated after 2 weeks. "
        "Both mothers improved. Esketamine infusions have a rapid antidepressant effect after childbirth."
    ),
}
# ... while a past-tense result with no time of its own still takes the only time the abstract rates at.
PAST_RESULTS_FROM_PLAN = {
    "structured": (
        "Methods: Thirty adults with treatment-resistant depression took open-label oral ketamine for 4 weeks. "
        "Depression was rated at baseline and at week 4. Results: Ketamine treatment significantly improved "
        "depression scores (p < 0.001).",
        672.0,
    ),
    "case_report": (
        "We report 2 cases of postpartum depression given four esketamine infusions. Both cases received esketamine "
        "at 0.25 mg/kg, twice weekly for 2 weeks. The EPDS was rated before treatment and repeated after 2 weeks. "
        "Both mothers improved. EPDS scores were significantly lower after treatment.",
        336.0,
    ),
}


@pytest.mark.parametrize("name", sorted(ASSOCIATIONS))
def test_significant_association_between_measures_gives_no_onset(name: str) -> None:
    assert onsets(ASSOCIATIONS[name]) == []


@pytest.mark.parametrize("name", sorted(ASSOCIATED_EFFECTS))
def test_effect_the_drug_was_associated_with_keeps_its_onset(name: str) -> None:
    text, hours = ASSOCIATED_EFFECTS[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(SEVERITY_ADJECTIVES))
def test_significant_as_a_severity_adjective_gives_no_onset(name: str) -> None:
    assert onsets(SEVERITY_ADJECTIVES[name]) == []


@pytest.mark.parametrize("name", sorted(SEVERITY_NOT_ADJECTIVE))
def test_significant_change_of_symptoms_keeps_its_onset(name: str) -> None:
    text, hours = SEVERITY_NOT_ADJECTIVE[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(NO_CHANGE))
def test_without_significant_change_gives_no_onset(name: str) -> None:
    assert onsets(NO_CHANGE[name]) == []


@pytest.mark.parametrize("name", sorted(STATISTICALLY_AND_CLINICALLY))
def test_statistically_and_clinically_significant_is_significant(name: str) -> None:
    text, hours = STATISTICALLY_AND_CLINICALLY[name]
    assert onsets(text) == [hours]


def test_clinically_significant_alone_is_not_statistical() -> None:
    assert onsets(CLINICALLY_ONLY) == []


@pytest.mark.parametrize("name", sorted(DURATIONS))
def test_span_an_effect_lasted_gives_no_onset(name: str) -> None:
    assert onsets(DURATIONS[name]) == []


@pytest.mark.parametrize("name", sorted(GENERIC_CLAIMS))
def test_generic_present_claim_takes_no_planned_time(name: str) -> None:
    assert onsets(GENERIC_CLAIMS[name]) == []


@pytest.mark.parametrize("name", sorted(PAST_RESULTS_FROM_PLAN))
def test_past_result_takes_the_only_planned_time(name: str) -> None:
    text, hours = PAST_RESULTS_FROM_PLAN[name]
    assert onsets(text) == [hours]


# A negated clause, then ', and' a clause with its own verdict: the negation is the first clause's only.
NEGATION_THEN_VERDICT = {
    "baseline_then_day": (
        "Methods: Eighty patients were randomly divided into a ketamine group and a control group. HAMD scores were "
        "rated before surgery and on days 1 and 3 after surgery. Results: HAMD scores did not differ between the two "
        "groups before surgery (P>0.05), and HAMD scores in the ketamine group on day 1 and day 3 were significantly "
        "lower than in the control group (P<0.05).",
        24.0,
    ),
    "codes_then_codes": (
        "Methods: To prevent postpartum depression, sixty women were randomly divided into an intravenous esketamine "
        "group and a saline group. EPDS was rated at "
        "T0 (before surgery), T1 (12 h after surgery) and T2 (72 h after surgery). Results: EPDS scores at T0 were "
        "not significantly different between the groups (P>0.05), and EPDS scores of the esketamine group at T1 and "
        "T2 were significantly lower than those of the saline group (P<0.01).",
        12.0,
    ),
    "no_difference_then_lower": (
        "Methods: Seventy patients with depressive symptoms were randomised to intravenous ketamine or saline. SDS "
        "was rated at 6 h and at 48 h after "
        "surgery. Results: There was no significant difference in SDS scores between the groups before surgery "
        "(P>0.05), and SDS scores in the ketamine group at 6 h and 48 h were significantly reduced compared with the "
        "saline group (P<0.05).",
        6.0,
    ),
}
# ... but a second clause with no verdict of its own, or a negated one, stays negated.
NEGATION_CARRIES = {
    "second_clause_no_verdict": (
        "Methods: Eighty patients were randomly divided into a ketamine group and a control group. Results: HAMD "
        "scores were not significantly different between the groups (P>0.05), and the scores on day 1 and day 3 were "
        "lower in both groups."
    ),
    "second_clause_negated": (
        "Methods: Eighty patients were randomly divided into a ketamine group and a control group. Results: HAMD "
        "scores did not differ before surgery (P>0.05), and HAMD scores on day 1 were not significantly lower in the "
        "ketamine group."
    ),
}


@pytest.mark.parametrize("name", sorted(NEGATION_THEN_VERDICT))
def test_negation_ends_where_a_coordinate_clause_gives_its_own_verdict(name: str) -> None:
    text, hours = NEGATION_THEN_VERDICT[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(NEGATION_CARRIES))
def test_coordinate_clause_without_its_own_positive_verdict_stays_negated(name: str) -> None:
    assert onsets(NEGATION_CARRIES[name]) == []


# A present-tense claim about what the drug does in general, with its own time, outside a Results section: no onset.
PRESENT_CLAIMS_WITH_TIMES = {
    "produces_within": (
        "We report the case of a 45-year-old woman with resistant depression who received six ketamine infusions. "
        "Her MADRS score was rated weekly. Ketamine produces a rapid antidepressant effect within 24 hours in "
        "resistant depression."
    ),
    "acts_rapidly": (
        "A 60-year-old man with treatment-resistant depression received oral ketamine. He improved clinically. "
        "Ketamine acts rapidly, with significant improvement within 2 hours in most patients."
    ),
    "reduces_significantly": (
        "Twelve patients received intravenous ketamine. MADRS was rated at baseline and day 7. Ketamine reduces "
        "depressive symptoms significantly within 24 hours."
    ),
}
# ... while this study's result keeps its onset: told in the past, tied to this study, given with a p value, or
# under a Results heading.
OWN_RESULTS_WITH_TIMES = {
    "past_tense": (
        "Twelve patients received intravenous ketamine. MADRS was rated at baseline, 24 hours and day 7. Ketamine "
        "reduced depressive symptoms significantly within 24 hours.",
        24.0,
    ),
    "this_study_present": (
        "Twelve patients received intravenous ketamine. MADRS was rated at baseline, 24 hours and day 7. In this "
        "study, ketamine reduces depressive symptoms significantly within 24 hours.",
        24.0,
    ),
    "p_value_present": (
        "Forty patients were randomised to ketamine or midazolam. MADRS was rated at 24 hours and day 7. Ketamine is "
        "superior to midazolam at 24 hours (p = 0.01).",
        24.0,
    ),
    "results_heading_present": (
        "Methods: Twelve patients received intravenous ketamine; MADRS was rated at baseline, 24 hours and day 7. "
        "Results: Ketamine reduces depressive symptoms significantly within 24 hours.",
        24.0,
    ),
}


@pytest.mark.parametrize("name", sorted(PRESENT_CLAIMS_WITH_TIMES))
def test_present_claim_about_the_drug_gives_no_onset(name: str) -> None:
    assert onsets(PRESENT_CLAIMS_WITH_TIMES[name]) == []


@pytest.mark.parametrize("name", sorted(OWN_RESULTS_WITH_TIMES))
def test_own_result_with_a_time_keeps_its_onset(name: str) -> None:
    text, hours = OWN_RESULTS_WITH_TIMES[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(EFFECT_BESIDE_ASSOCIATION))
def test_effect_beside_an_association_keeps_its_onset(name: str) -> None:
    text, hours = EFFECT_BESIDE_ASSOCIATION[name]
    assert onsets(text) == [hours]


# A benefit (advantage) of the drug set against its comparator at a time is a separation of the arms.
BENEFIT_OVER_CONTROL = {
    "benefit_versus_placebo_observed": (
        "Methods: Adults with treatment-resistant depression were randomised to esketamine or placebo nasal spray "
        "for 4 weeks; MADRS was rated at 24 hours and at days 8, 15 and 28. Results: A treatment benefit of "
        "esketamine versus placebo was observed at 24 hours and continued to day 28.",
        24.0,
    ),
    "advantage_over_midazolam": (
        "Methods: Sixty patients were randomised to ketamine or midazolam; MADRS was rated at 4 hours and days 1 and "
        "3. Results: An advantage of ketamine over midazolam emerged at 4 hours on the MADRS.",
        4.0,
    ),
    "benefit_compared_with_control": (
        "Methods: Ninety women were randomised to esketamine or saline after caesarean delivery; EPDS was rated on "
        "days 3 and 7. Results: The EPDS benefit of esketamine compared with control was seen on day 3 and day 7.",
        72.0,
    ),
}
NO_BENEFIT_OVER_CONTROL = {
    "no_benefit": (
        "Methods: Sixty patients were randomised to ketamine or saline; MADRS was rated at 24 hours and day 7. "
        "Results: There was no benefit of ketamine over saline at 24 hours or day 7."
    ),
    "did_not_show_advantage": (
        "Methods: Sixty patients were randomised to ketamine or midazolam; MADRS was rated at 4 hours and day 1. "
        "Results: Ketamine did not show an advantage over midazolam at 4 hours or day 1."
    ),
    "benefit_not_against_control": (
        "Methods: Thirty patients received open-label ketamine; MADRS was rated at 4 hours and day 1. Results: "
        "Patients described the benefit of the infusion at 4 hours and day 1."
    ),
}


@pytest.mark.parametrize("name", sorted(BENEFIT_OVER_CONTROL))
def test_benefit_over_the_comparator_at_a_time_is_an_onset(name: str) -> None:
    text, hours = BENEFIT_OVER_CONTROL[name]
    assert onsets(text) == [hours]


@pytest.mark.parametrize("name", sorted(NO_BENEFIT_OVER_CONTROL))
def test_no_benefit_over_the_comparator_gives_no_onset(name: str) -> None:
    assert onsets(NO_BENEFIT_OVER_CONTROL[name]) == []
