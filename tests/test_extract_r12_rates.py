"""Twelfth session (issue 21, round A): rate mechanisms written from first-contact errors of fresh text (dev13).
Each case is a paraphrase the team wrote of a KIND of sentence (none copied from a labelled abstract), with negatives:

- W: methods that rate outcomes over and over ('assessed weekly', 'rated daily', 'at each visit') give a rate the
  results state without a time no single planned time, even when another methods sentence names one time; a plan
  with one rating time still places such a rate, and a dosing frequency ('twice-weekly infusions') is no rating
  schedule.
- I: a share that improved is no response when the improvement falls short of one by its own words (an early
  improvement, one within the first hours, an indefinite or slight one) or is measured on a quality-of-life or
  functioning instrument; a qualified improvement ('a significant improvement', 'at least 50% improvement',
  'clinical improvement') of depression still is.
- M: a percentage that names a test's or a rating method's figure ('a 90% predictive value for ... response', '85%
  agreement on response') is no share of patients.
- S: a measure named in a later clause that counts a subset of the people ('... in 60% of the sample and 3 of these
  patients responded') belongs to that subset, not to the earlier number; a number in the measure's own clause stays.
- P: a share of the people who took part in the study at all ('only 30% (9) of these consented', '45% agreed to take
  part', '20% declined') is no rate, even after a response word; a share that responded after such words stays.
- T: shares of the classes a statistical model found (growth mixture, latent class, trajectory groups) are no observed
  rates; people 'classified as responders' by a criterion are.
- A: an adverse-event share written after a count of administrations ('Three of 150 infusions (2.0%) were stopped for
  hypotension', 'in 12 infusion sessions (1.1%)') is a per-dose incidence, not a rate of patients; the patients'
  rate beside it, and a rate after a time ('after two infusions (30%)', 'in week 1 of treatment (20%)'), stay.
- R: the values of one list told 'respectively' share the time written after the list ('..., respectively, were
  responders at day 28'), the last value too, not a time in a group-defining phrase before it ('Among those without
  a response at day 2, ...'); a time before the list that is the only one still times every value.
- C: a sentence whose rates are of a compound told by its code ('responded to AZD1234', 'with XY-101') and that names
  no ketamine-family arm gives no rate (an off-topic trial that cites ketamine); ketamine's own code (R-107) and a
  sentence naming ketamine keep theirs.
- H: a sentence that says how a response was measured ('BOLD responses were recorded in 9/12 patients') gives no
  rate; one that also says who responded keeps its rate.
- D: a count whose denominator an outcome defines, followed by what that subgroup then did ('Two of the 7 patients
  who achieved remission (29%) maintained it', 'Eight of the 12 who responded ... relapsed') is a share of the
  remitters or responders, not a rate; 'Twelve of the 30 patients who received ketamine responded' stays.
"""

from __future__ import annotations

import pytest

from tests.extract_support import OPEN, RCT, finding_rows, timed_rates

# (methods, results): the results' rate has no time of its own; the methods rate outcomes at recurring visits.
W_REPEATED = {
    "weekly_impact": (
        "Methods: A retrospective review of 120 adults with TRD given esketamine nasal spray. The weekly effect on "
        "mood was evaluated by the treating psychiatrist. Early improvement 24 h after the first dose was also "
        "evaluated. ",
        "Results: In the maintenance phase, 45 (37.5%) of 120 patients were in remission.",
    ),
    "rated_daily": (
        "Methods: Thirty inpatients with bipolar depression received one ketamine infusion. Depressive symptoms were "
        "rated daily with the MADRS, and suicidal ideation was scored 4 hours after the infusion. ",
        "Results: Overall, 12 of 30 patients (40%) met response criteria.",
    ),
    "weekly_basis": (
        "Methods: Fifty patients with TRD received intramuscular ketamine. Patients were assessed on a weekly basis "
        "using the HAM-D; anxiety was measured at 2 hours. ",
        "Results: Twenty patients (40%) achieved remission during the acute series.",
    ),
    "each_visit": (
        "Methods: We followed 64 patients given sublingual ketamine. The MADRS was administered at each visit, and "
        "the first rating took place 1 week after the start. ",
        "Results: Twenty-four patients (37.5%) responded.",
    ),
}
# One rating time in the methods (no recurring schedule): the rate still takes it. A dosing frequency is no rating
# schedule.
W_SINGLE = {
    "one_time": (
        "Methods: Thirty inpatients with bipolar depression received one ketamine infusion. Depressive symptoms were "
        "rated with the MADRS 24 hours after the infusion. ",
        "Results: Overall, 12 of 30 patients (40%) met response criteria.",
        24.0,
    ),
    "twice_weekly_dosing": (
        "Methods: Forty patients with TRD received twice weekly ketamine infusions and were assessed with the "
        "MADRS at week 4. ",
        "Results: Sixteen patients (40%) responded.",
        672.0,
    ),
    "weekly_doses_assessed_once": (
        "Methods: Forty patients with TRD received weekly doses of oral ketamine and depression was rated at "
        "week 6. ",
        "Results: Sixteen patients (40%) achieved remission.",
        1008.0,
    ),
}


@pytest.mark.parametrize("case", sorted(W_REPEATED))
def test_repeated_ratings_leave_an_untimed_rate_untimed(case: str) -> None:
    methods, results = W_REPEATED[case]
    rates = timed_rates(methods + results)
    assert rates, case
    assert all(t is None for _, _, t in rates), rates


@pytest.mark.parametrize("case", sorted(W_SINGLE))
def test_single_planned_time_still_places_the_rate(case: str) -> None:
    methods, results, hours = W_SINGLE[case]
    rates = timed_rates(methods + results)
    assert rates and all(t == hours for _, _, t in rates), rates


# (result sentence after an RCT opening): no response rate
I_SHORT = {
    "early_improvement": "Early improvement was significantly more common in the ketamine arm (70.4%) than in the "
                         "placebo arm (40.1%).",
    "early_rates": "Rates of early improvement were 66% with ketamine and 31% with placebo.",
    "first_hours": "Thirty patients (31.2%) felt their mood improved within the first 48 hours after dosing.",
    "indefinite": "An improvement in mood was reported by 14 patients (35%) in the ketamine group.",
    "slight": "Eleven patients (27.5%) in the ketamine arm described a slight improvement in mood.",
    "quality_of_life": "More ketamine-treated patients had a meaningful improvement in their QoL score at week 4 "
                       "(55.0% vs. 30.0%).",
}
# qualified improvements of depression: still response rates
I_KEPT = {
    "significant": ("In the ketamine group, 18 patients (45%) achieved a significant improvement in depressive "
                    "symptoms.", 45.0),
    "threshold": ("At week 4, 52% of patients in the ketamine group showed a 50% or greater improvement on the "
                  "MADRS.", 52.0),
    "clinical": ("The share of ketamine-treated patients with clinical improvement was 61%.", 61.0),
}


@pytest.mark.parametrize("case", sorted(I_SHORT))
def test_improvement_short_of_response_is_no_rate(case: str) -> None:
    assert timed_rates(RCT + I_SHORT[case]) == []


@pytest.mark.parametrize("case", sorted(I_KEPT))
def test_qualified_improvement_is_still_a_response(case: str) -> None:
    sentence, value = I_KEPT[case]
    assert value in [v for k, v, _ in timed_rates(RCT + sentence) if k == "response_rate"]


# (result sentence after a single-arm opening): no response or remission rate
M_S_P_NONE = {
    "predictive_value": "Blinded central raters matched the site ratings with a 90.5% predictive value for treatment "
                        "response.",
    "agreement": "Remote and on-site ratings showed 88% agreement on remission status at week 2.",
    "subset_and": "Bipolar disorder was a comorbid diagnosis in 60% of the sample and 3 of these patients showed a "
                  "full response.",
    "subset_but": "Anxiety disorders were present in 45% of the cohort, but 4 of them went on to remit.",
    "consented": "Patients who responded to ECT were invited, but only 30% (9) of these consented.",
    "consented_bracket": "Among ECT responders, only 30% (9) consented to randomisation, and response to ketamine "
                         "was not assessed.",
    "agreed": "Among the responders to the first infusion, 45% agreed to take part in the extension.",
}
# the same constructions with the measure in the number's own clause: still rates
M_S_P_KEPT = {
    "own_clause_subset": ("Twelve patients (60%) responded, and 3 of these patients also reported headache.", 60.0),
    "own_clause_subset_them": ("Response occurred in 60% of patients, and 3 of them had bipolar depression.", 60.0),
    "responded_after_consent": ("Of the 30 patients who consented, 40% responded by day 7.", 40.0),
    "remitted_not_metric": ("At week 2, 35% of patients were in remission, with good agreement between raters.", 35.0),
}


@pytest.mark.parametrize("case", sorted(M_S_P_NONE))
def test_metric_subset_and_participation_shares_are_no_rates(case: str) -> None:
    assert timed_rates(OPEN + M_S_P_NONE[case]) == []


@pytest.mark.parametrize("case", sorted(M_S_P_KEPT))
def test_rates_in_their_own_clause_stay(case: str) -> None:
    sentence, value = M_S_P_KEPT[case]
    assert value in [v for _, v, _ in timed_rates(OPEN + sentence)]


T_MODEL = {
    "growth_mixture": "A growth mixture model identified three classes: rapid responders (38%), gradual responders "
                      "(41%) and non-responders (21%).",
    "latent_class": "Latent class analysis yielded two trajectories, with 62% of patients in a remission-like class "
                    "and 38% in a non-response class.",
    "trajectory_groups": "Group-based trajectory modelling found that 30% of participants followed a sustained "
                         "response course.",
}
T_OBSERVED = {
    "classified": ("Twelve patients (40%) were classified as responders by a 50% fall in MADRS.", 40.0),
    "plain": ("At week 2, 45% of patients had responded and 20% had remitted.", 45.0),
}


@pytest.mark.parametrize("case", sorted(T_MODEL))
def test_modelled_class_shares_are_no_rates(case: str) -> None:
    assert timed_rates(OPEN + T_MODEL[case]) == []


@pytest.mark.parametrize("case", sorted(T_OBSERVED))
def test_observed_classified_rates_stay(case: str) -> None:
    sentence, value = T_OBSERVED[case]
    assert value in [v for _, v, _ in timed_rates(OPEN + sentence)]


A_CASES = [
    ("Three of 150 infusions (2.0%) were stopped because of hypotension.", []),
    ("Transient hypertension occurred in 9 patients (15.0%) and in 12 infusion sessions (1.1%).", [15.0]),
    ("Nausea was recorded in 5 of 340 doses (1.5%), and dizziness in 21 patients (35%).", [35.0]),
    ("Dissociation was reported after two infusions (30%) and resolved within an hour.", [30.0]),
    ("Rates of nausea were highest in week 1 of treatment (20.5%).", [20.5]),
]


@pytest.mark.parametrize(("sentence", "values"), A_CASES)
def test_shares_of_administrations_are_no_patient_rates(sentence: str, values: list[float]) -> None:
    got = sorted(v for _, v, _ in finding_rows(OPEN + sentence, "adverse_event"))
    assert got == values


R_CASES = [
    ("Among those without a response at day 2, 40.5% and 22.1% of patients in the ketamine and placebo groups, "
     "respectively, were responders at day 28.", 672.0),
    ("Of patients not responding by week 1, 45% (20/44) and 25% (11/44) in the ketamine and placebo arms, "
     "respectively, responded at week 4.", 672.0),
    ("For participants without remission at day 7, 30% and 12% of the ketamine and midazolam groups, respectively, "
     "remitted by day 21.", 504.0),
    ("After 2 weeks, 40.5% and 22.1% of patients in the ketamine and placebo groups, respectively, were responders.",
     336.0),
]


@pytest.mark.parametrize(("sentence", "hours"), R_CASES)
def test_a_respectively_list_shares_its_time(sentence: str, hours: float) -> None:
    rates = timed_rates(RCT + sentence)
    assert len(rates) == 2 and all(t == hours for _, _, t in rates), rates


C_NONE = [
    "Overall, 35% of participants responded to AZD1234, and 12% responded to placebo during the study.",
    "Remission rates at day 8 were 48.5% with XY-101 and 4% with placebo.",
    "In the open-label extension, 60% of patients remitted on NRX-2020.",
]
C_KEPT = [
    ("Overall, 45% of subjects responded to R-107 and 15% to placebo.", [15.0, 45.0]),
    ("Overall, 45% of subjects responded to ketamine and 15% to placebo.", [15.0, 45.0]),
    ("Response rates were 52% with ketamine and 20% with midazolam.", [20.0, 52.0]),
]


@pytest.mark.parametrize("sentence", C_NONE)
def test_another_compounds_rates_are_not_ketamines(sentence: str) -> None:
    assert timed_rates(RCT + sentence) == []


@pytest.mark.parametrize(("sentence", "values"), C_KEPT)
def test_ketamine_arms_keep_their_rates(sentence: str, values: list[float]) -> None:
    assert sorted(v for _, v, _ in timed_rates(RCT + sentence)) == values


H_NONE = [
    "Prefrontal BOLD responses were recorded successfully in 9/12 patients.",
    "Cortisol responses were quantified in 14 of 20 participants (70%).",
    "Treatment responses were assessed with the MADRS in 30/32 patients (94%) at week 1.",
]
H_KEPT = [
    ("Responses were assessed with the MADRS, and 9/12 patients (75%) responded at week 1.", 75.0),
    ("Response was recorded in 12 of 20 patients (60%), who met response criteria at day 7.", 60.0),
]


@pytest.mark.parametrize("sentence", H_NONE)
def test_how_response_was_measured_is_no_rate(sentence: str) -> None:
    assert timed_rates(OPEN + sentence) == []


@pytest.mark.parametrize(("sentence", "value"), H_KEPT)
def test_who_responded_stays_beside_the_measure(sentence: str, value: float) -> None:
    assert value in [v for _, v, _ in timed_rates(OPEN + sentence)]


D_NONE = [
    "Two of the 8 patients who achieved remission during the induction phase (25%) maintained their remission at "
    "3 months.",
    "Three of the 9 participants who remitted by week 2 (33%) remained well at week 8.",
    "Four of the 10 patients who responded to the first infusion (40%) relapsed within a month.",
]
D_KEPT = [
    ("Twelve of the 30 patients who received ketamine responded (40%).", 40.0),
    ("Twelve of the 30 patients (40%) who received ketamine met response criteria.", 40.0),
]


@pytest.mark.parametrize("sentence", D_NONE)
def test_share_of_an_outcome_subgroup_is_no_rate(sentence: str) -> None:
    assert timed_rates(OPEN + sentence) == []


@pytest.mark.parametrize(("sentence", "value"), D_KEPT)
def test_count_over_the_treated_stays_a_rate(sentence: str, value: float) -> None:
    assert value in [v for _, v, _ in timed_rates(OPEN + sentence)]
