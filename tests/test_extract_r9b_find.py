"""Response, remission and adverse events, ninth session round 2 (issue 21): kinds of sentence that gave wrong or
missed values on fresh text, each a paraphrase written by the team (not a blind abstract's sentence), with the cases
that must not match."""

from __future__ import annotations

import pytest

from tests.extract_support import OPEN, RCT, ae_values, timed_rates

# --- a clause that defines a measure states thresholds, not rates -------------------------------------------------

CHART = "Methods: We reviewed the charts of 52 inpatients with depression treated with ketamine infusions. Results: "

DEFINITIONS = [
    OPEN + "Response was defined as a decrease in HAM-D total score of 50% or more.",
    OPEN + "Response is defined as a decrease of 50 percent from baseline on the HDRS.",
    CHART + "Response was defined as a HAM-D total score that was 50% of the baseline score or lower.",
    RCT + "Response was defined as a 50% fall from baseline in the MADRS total.",
    CHART + "Remission was defined by reaching 25% of the baseline score on the QIDS-SR.",
    RCT + "Remission was defined as a MADRS score of 10 or less, and response was defined as an improvement of 50% "
    "or greater from baseline.",
]


@pytest.mark.parametrize("text", DEFINITIONS)
def test_a_defining_clause_gives_no_rate(text: str) -> None:
    assert timed_rates(text) == []


DEFINED_THEN_RESULT = [
    (OPEN + "Response was defined as a 50% reduction in MADRS, and 45% of patients responded at 24 hours.",
     [("response_rate", 45.0, 24.0)]),
    (OPEN + "Response, defined as a reduction of at least 50%, was achieved by 40% of patients at day 7.",
     [("response_rate", 40.0, 168.0)]),
    (RCT + "Remission (defined as a MADRS score of 10 or less) occurred in 30% of the ketamine group and 10% of the "
     "placebo group at week 2.", [("remission_rate", 10.0, 336.0), ("remission_rate", 30.0, 336.0)]),
    (OPEN + "Response was defined as usual; 55% of participants responded at week 1.",
     [("response_rate", 55.0, 168.0)]),
]


@pytest.mark.parametrize(("text", "expected"), DEFINED_THEN_RESULT)
def test_a_result_after_or_around_a_definition_still_counts(text: str, expected: list[tuple[str, float, float]]
                                                            ) -> None:
    assert timed_rates(text) == expected


# --- adverse events: shares of the sample and sizes of groups named by what they have ------------------------------



SAMPLE_TRAITS = [
    # a clause that says who the sample is: its shares are traits, not events of treatment
    CHART + "Mean age was 48.2 years, 62% were women and 30% had migraine headaches.",
    OPEN + "Participants were 41 years old on average, 25% reported insomnia and 18% had obesity.",
    CHART + "The median age of the cohort was 61 years and 40% had essential hypertension.",
    "Methods: We analysed 120 adults who received esketamine nasal spray in a clinic. Results: Of the sample, 54% "
    "were female, the average age was 45, and 22% had anxiety.",
    # a group's size after it is named by what it has
    OPEN + "Patients with severe insomnia (n = 22) or mild insomnia (n = 18) received four infusions.",
    RCT + "Participants with comorbid anxiety (n = 31) and those without anxiety (n = 29) were analysed separately.",
    RCT + "Those with prominent fatigue (n = 14) or little fatigue (n = 16) had similar outcomes.",
    CHART + "Patients with severe headache (n = 9) or mild headache (n = 11) were compared.",
    # a share of a subgroup named by an event in a participle, with its own verb
    CHART + "Of the sample, 15% of patients experiencing hypertension required antihypertensive medication.",
    OPEN + "Overall, 40% of participants reporting nausea received ondansetron.",
    RCT + "Of all infusions, 8% of patients developing tachycardia required monitoring.",
]


@pytest.mark.parametrize("text", SAMPLE_TRAITS)
def test_sample_traits_and_subgroup_sizes_are_no_adverse_events(text: str) -> None:
    assert ae_values(text) == []


EVENTS_KEPT = [
    (CHART + "Transient hypertension occurred in 30% of infusions, with 12% of patients experiencing nausea.",
     [12.0, 30.0]),
    (OPEN + "The most common side effects were headache (n = 5) and nausea (n = 3).", [3.0, 5.0]),
    (OPEN + "During treatment, 25% reported insomnia and 10% had headache.", [10.0, 25.0]),
    (RCT + "Thirty-six participants (60%) experienced treatment-emergent hypertension, and 10 (17%) had "
     "dizziness.", [17.0, 60.0]),
    (OPEN + "Women reported more nausea than men (30% vs 12%).", [12.0, 30.0]),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS_KEPT)
def test_events_of_treatment_still_count(text: str, expected: list[float]) -> None:
    assert ae_values(text) == expected


# --- 'by X%' after a measure is how much it changed, after a participle it is the agent ---------------------------

CHANGES = [
    RCT + "Ketamine raised the odds of remission by 35% relative to placebo.",
    OPEN + "Each additional infusion increased the chance of response at week 2 by 12%.",
    CHART + "Higher baseline anhedonia lowered the likelihood of remission by 15%, and of response by 20%.",
    RCT + "A one-point gain in sleep quality raised the probability of response on day 28 by 22% (OR 1.22), and "
    "remission by 19% (OR 1.19).",
]


@pytest.mark.parametrize("text", CHANGES)
def test_a_change_by_a_percentage_is_no_rate(text: str) -> None:
    assert timed_rates(text) == []


AGENTS = [
    (OPEN + "Response was achieved by 40% of patients at day 1.", [("response_rate", 40.0, 24.0)]),
    (CHART + "Remission was reached by 25% (13/52) of the sample.", [("remission_rate", 25.0, None)]),
    (OPEN + "Response criteria were met by 30% at week 1.", [("response_rate", 30.0, 168.0)]),
    (RCT + "Remission was attained by 35% of the ketamine group and by 10% of the placebo group at week 2.",
     [("remission_rate", 10.0, 336.0), ("remission_rate", 35.0, 336.0)]),
]


@pytest.mark.parametrize(("text", "expected"), AGENTS)
def test_a_share_after_a_passive_participle_still_counts(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert timed_rates(text) == expected


# --- one 'Background' field label over a whole record is no background section -----------------------------------

LABELLED_RECORDS = [
    ("Background\nKetamine is an established rapid treatment for resistant depression. Its effect in routine care is "
     "less clear.\nThis study aimed to measure response in a community clinic.\nForty-two patients received six "
     "infusions over three weeks. Charts were reviewed retrospectively.\nThe response rate was 38% and the "
     "remission rate was 19%.", [("remission_rate", 19.0, None), ("response_rate", 38.0, None)]),
    ("Background: Few studies describe esketamine outside trials. We followed 30 outpatients with TRD who started "
     "esketamine nasal spray. Ratings were collected at each visit. At week 4, 40% of patients had responded.",
     [("response_rate", 40.0, 672.0)]),
    ("Abstract\nBackground\nWe reviewed 25 adolescents treated with intramuscular ketamine in an inpatient unit. "
     "Depression was rated weekly. After the course, remission occurred in 28% of the adolescents. Side effects were "
     "brief.", [("remission_rate", 28.0, None)]),
    ("Context\nSubcutaneous ketamine is rarely studied. We treated 12 older adults with depression weekly for four "
     "weeks. Outcomes were rated by a blinded clinician. At the end of treatment, 7 of 12 patients had responded.",
     [("response_rate", 58.3, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED_RECORDS)
def test_a_lone_background_label_over_a_whole_record_keeps_its_results(text: str, expected: list[tuple]) -> None:
    assert timed_rates(text) == expected


STILL_BACKGROUND = [
    # the field's rates under a real background section, with the study's own sections after it
    "Background: In randomized trials, response to ketamine reaches 60% at 24 hours. Remission is reported in 30%. "
    "Methods: We enrolled 20 patients with TRD in an open trial of oral ketamine. Results: Scores fell.",
    # a short background excerpt about the field
    "Background: Ketamine produces response in 50% of patients with TRD. It acts within hours. Few data exist.",
    # a record label over text that never turns to a study of its own: its rates are the field's
    "Background\nKetamine is widely used for depression. Response rates of 45% have been reported in meta-analyses. "
    "Remission rates near 25% are typical in trials. Questions remain about durability.",
]


@pytest.mark.parametrize("text", STILL_BACKGROUND)
def test_background_rates_stay_out(text: str) -> None:
    assert timed_rates(text) == []


RELATIVE_EFFECTS = [
    OPEN + "Baseline anhedonia predicted a 55% increased likelihood of response.",
    RCT + "Ketamine was associated with a 40% reduced risk of relapse at week 4 compared with placebo, and a 25% "
    "increase in remission odds.",
    CHART + "Each infusion conferred a 12% raised probability of remission.",
    OPEN + "Female sex gave a 30% elevated chance of response at day 7.",
]


@pytest.mark.parametrize("text", RELATIVE_EFFECTS)
def test_a_relative_effect_is_no_rate(text: str) -> None:
    assert timed_rates(text) == []


# --- a count over its group followed by a bracketed note ----------------------------------------------------------

NOTED_COUNTS = [
    (CHART + "Remission was reached in 9/20 (by MADRS ≤10) at discharge.", [("remission_rate", 45.0, None)]),
    (OPEN + "Response occurred in 12/30 (clinician-rated) and 10/30 (self-rated) patients at day 7.",
     [("response_rate", 33.3, 168.0), ("response_rate", 40.0, 168.0)]),
    ("Methods: Ten inpatients with TRD received repeated subcutaneous ketamine. Results: Remission was achieved in "
     "6/10 (based on the HAM-D) after the course.", [("remission_rate", 60.0, None)]),
    (RCT + "Response at week 2 was seen in 8/30 (ketamine) and 3/30 (placebo).",
     [("response_rate", 10.0, 336.0), ("response_rate", 26.7, 336.0)]),
]


@pytest.mark.parametrize(("text", "expected"), NOTED_COUNTS)
def test_a_count_with_a_bracketed_note_is_read(text: str, expected: list[tuple]) -> None:
    assert timed_rates(text) == expected


NOT_NOTED_COUNTS = [
    (OPEN + "Response occurred in 12/30 (40%) at day 7.", [("response_rate", 40.0, 168.0)]),
    (OPEN + "Blood pressure peaked at 150/95 (systolic/diastolic) and response was seen in 45% at day 1.",
     [("response_rate", 45.0, 24.0)]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_NOTED_COUNTS)
def test_a_count_with_its_percentage_is_read_once(text: str, expected: list[tuple]) -> None:
    assert timed_rates(text) == expected


# --- a share that met the halving criterion, the verb as a participle, the sign and the scale written out -----------

HALVING_SHARES = [
    (OPEN + "The infusions were well tolerated, with 45% of participants achieving > 50% reduction in baseline "
     "Montgomery-Asberg Depression Rating Scale.", [("response_rate", 45.0, None)]),
    (CHART + "Ketamine was effective, with 60% of inpatients having a ≥50% reduction in the Hamilton Depression "
     "Rating Scale.", [("response_rate", 60.0, None)]),
    (CHART + "At discharge, 55% of patients had a ≥50% reduction in the Hamilton Depression Rating Scale.",
     [("response_rate", 55.0, None)]),
    (OPEN + "Feasibility was met, with 30% of treated patients reaching at least 50% improvement in the QIDS-SR at day "
     "14.", [("response_rate", 30.0, 336.0)]),
    ("Methods: Eighteen adolescents with TRD received intranasal esketamine. Results: After four weeks, 39% of "
     "adolescents showing more than 50% decrease in Children's Depression Rating Scale scores were counted.",
     [("response_rate", 39.0, 672.0)]),
]


@pytest.mark.parametrize(("text", "expected"), HALVING_SHARES)
def test_a_share_meeting_the_halving_criterion_is_a_response_rate(text: str, expected: list[tuple]) -> None:
    assert timed_rates(text) == expected


NOT_HALVING = [
    # another outcome halved, not depression
    CHART + "Analgesia was adequate, with 45% of patients achieving > 50% reduction in baseline pain scores.",
    OPEN + "Sleep improved, with 35% of participants reaching at least 50% improvement in the Insomnia Severity Index.",
]


@pytest.mark.parametrize("text", NOT_HALVING)
def test_another_outcome_halved_is_no_response_rate(text: str) -> None:
    assert timed_rates(text) == []


# --- a share of the responders or remitters, whatever word qualifies them, is no arm's rate ------------------------

OF_RESPONDERS = [
    (OPEN + "Response at 4 hours identified 75% of eventual responders.", []),
    (OPEN + "At day 28, response was retained in 80% of ketamine responders.", []),
    (CHART + "Remission persisted in 65% of first-course remitters at month 3.", []),
    (OPEN + "At week 1, 40% of patients responded, and dissociation was seen in 70% of later responders.",
     [("response_rate", 40.0, 168.0)]),
    (OPEN + "At week 2, 45% of patients were responders.", [("response_rate", 45.0, 336.0)]),
]


@pytest.mark.parametrize(("text", "expected"), OF_RESPONDERS)
def test_a_share_of_the_responders_is_no_rate(text: str, expected: list[tuple]) -> None:
    assert timed_rates(text) == expected
