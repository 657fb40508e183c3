"""Study design, N and route on kinds of sentences unseen abstracts use (paraphrases written for these tests)."""

from __future__ import annotations

import pytest

from evidence.extract.abstract import extract_abstract


def _x(text: str) -> dict[str, object]:
    return extract_abstract(text)


@pytest.mark.parametrize("text", [
    "We conducted a retrospective review of 212 patients who received intravenous ketamine at an outpatient clinic.",
    "A review of the medical records of 64 adults given ketamine infusions for depression was carried out.",
    "This study is a retrospective review of 97 consecutive patients treated with esketamine nasal spray.",
])
def test_a_review_of_records_or_patients_is_observational(text: str) -> None:
    assert _x(text)["design"] == "observational"


@pytest.mark.parametrize("text", [
    "This narrative review summarizes the evidence on ketamine for depression.",
    "We review the literature on ketamine and its enantiomers in depression.",
])
def test_a_review_of_the_literature_stays_a_review(text: str) -> None:
    assert _x(text)["design"] == "review"


@pytest.mark.parametrize("text", [
    "Ketamine has emerged as a rapid-acting antidepressant. Its mechanisms involve NMDA receptor blockade and "
    "synaptic plasticity. Clinical use is growing, but long-term safety remains unclear.",
    "Esketamine and arketamine differ in potency. Esketamine is approved for treatment-resistant depression. "
    "Arketamine may offer antidepressant effects with fewer side effects, and both hold clinical value.",
])
def test_statements_about_the_field_with_no_study_of_their_own_are_a_review(text: str) -> None:
    assert _x(text)["design"] == "review"


@pytest.mark.parametrize("text", [
    # laboratory work, a synthesis presented here, a text that never names ketamine: not reviews
    "The binding of ketamine to NMDA receptors was compared in mouse hippocampus by ex vivo autoradiography.",
    "The synthesis of six ketamine metabolites and their affinity for the NMDA receptor is presented here.",
    "Psychoanalysis has long neglected dissociation. Interpretive methods rely on verbal material. Trauma is hard.",
    "To the Editor: Ketamine infusions can relieve suicidal ideation. Access is limited. Sublingual ketamine may do "
    "the same at home.",
    # an experiment in volunteers, told without "we"
    "The enantiomers of ketamine were applied as probes of NMDA receptors. Esketamine was the more potent. "
    "In healthy volunteers, ketamine altered perception.",
])
def test_lab_work_letters_and_other_topics_are_not_reviews(text: str) -> None:
    assert _x(text)["design"] != "review"


def test_a_one_sentence_fragment_is_not_called_a_review() -> None:
    r = _x("Both ketamine and ECT required a median of 6 treatment sessions to induce remission.")
    assert r["design"] != "review"


@pytest.mark.parametrize("text", [
    "Fourteen patients with bipolar depression received a single infusion of ketamine (0.5 mg/kg) and were followed "
    "for 7 days.",
])
def test_a_planned_single_group_treatment_is_open_label_despite_a_decimal(text: str) -> None:
    assert _x(text)["design"] == "open_label"


@pytest.mark.parametrize("text", [
    "Fourteen patients with bipolar depression received a single infusion of ketamine (0.5 mg/kg) and were followed "
    "for 7 days.",
    "Using a dose-escalation design, 15 patients with refractory anxiety received intramuscular ketamine at weekly "
    "intervals.",
    "In a pooled analysis of two phase 3 long-term studies, 802 patients received esketamine nasal spray twice weekly.",
    "In this post hoc analysis of two long-term studies, 640 patients received esketamine plus an oral antidepressant.",
    "Eleven adults received ascending doses of subcutaneous ketamine, one dose each week.",
])
def test_a_planned_single_group_treatment_is_open_label(text: str) -> None:
    assert _x(text)["design"] == "open_label"


def test_a_post_hoc_analysis_of_a_randomized_trial_stays_rct() -> None:
    r = _x("This post hoc analysis of a randomized, placebo-controlled trial examined 68 participants.")
    assert r["design"] == "rct"


@pytest.mark.parametrize("text", [
    "Three patients with severe depression were treated with subcutaneous ketamine. All three responded.",
    "Four patients received ketamine infusions for depression. Two improved.",
])
def test_a_handful_of_patients_stays_a_case_series(text: str) -> None:
    assert _x(text)["design"] == "case_series"


@pytest.mark.parametrize("text", [
    "Steady-state serum levels of ketamine were determined in 20 intensive care patients receiving continuous "
    "infusion.",
    "Plasma concentrations of ketamine and norketamine were measured in 18 surgical patients after an infusion.",
])
def test_drug_levels_without_a_clinical_outcome_are_pharmacology(text: str) -> None:
    assert _x(text)["design"] == "other"


def test_drug_levels_with_a_clinical_outcome_are_not_pharmacology() -> None:
    r = _x("Plasma ketamine levels and MADRS scores were measured in 18 depressed patients after an infusion; "
           "depressive symptoms improved.")
    assert r["design"] != "other"


@pytest.mark.parametrize("text", [
    "Letter to the editor. We describe a patient with suicidal depression who improved within hours of ketamine.",
    "We report an elderly woman with psychotic depression who responded to intramuscular ketamine.",
])
def test_one_patient_described_is_a_case_report_of_one(text: str) -> None:
    r = _x(text)
    assert (r["design"], r["n"]) == ("case_series", 1)


def test_we_report_a_trial_is_not_a_case_report() -> None:
    r = _x("We report a randomized trial in which 50 patients received ketamine or midazolam.")
    assert r["design"] == "rct"


@pytest.mark.parametrize(("text", "n"), [
    ("A total of 142 patients from three centers were randomly assigned to receive esketamine or saline.", 142),
    ("Patients from 12 sites were randomized (N = 435).", 435),
    ("Ninety adults recruited from four hospitals were randomized to ketamine or placebo.", 90),
    ("Of 320 patients screened, 96 were randomized to ketamine or midazolam.", 96),
])
def test_randomized_n_is_people_not_centres(text: str, n: int) -> None:
    assert _x(text)["n"] == n


@pytest.mark.parametrize("text", [
    "Charts of 41 patients who received ketamine for depression were reviewed.",
    "The records of all 77 adults treated with esketamine at our center were retrospectively analyzed.",
    "We identified 4,521 patients in the national registry who were prescribed esketamine.",
    "Outcomes were compared among 310 patients who had been prescribed oral ketamine.",
])
def test_records_looked_at_afterwards_are_observational(text: str) -> None:
    assert _x(text)["design"] == "observational"


def test_records_kept_in_a_trial_are_not_a_chart_review() -> None:
    r = _x("Sixty patients were randomized to ketamine or placebo; adverse events were recorded at each visit.")
    assert r["design"] == "rct"


@pytest.mark.parametrize(("text", "n"), [
    ("Seventeen patients completed the study after 20 were enrolled in this open-label trial.", 20),
    ("Only 31 finished all visits, though 36 were recruited before the study closed.", 36),
])
def test_the_enrolled_count_beats_the_completers(text: str, n: int) -> None:
    assert _x(text)["n"] == n


@pytest.mark.parametrize("text", [
    "Patients self-administered sublingual ketamine tablets at home for 8 weeks.",
    "Twenty patients took rapid-dissolve ketamine tablets twice weekly.",
    "Ketamine was given as fast-dissolving buccal wafers to 15 outpatients.",
])
def test_tablets_placed_in_the_mouth_are_sublingual_not_oral(text: str) -> None:
    assert _x(text)["routes"] == ["sublingual"]


def test_swallowed_tablets_next_to_a_sublingual_placebo_stay_oral() -> None:
    r = _x("Patients received oral ketamine tablets daily and a sublingual placebo.")
    assert r["routes"] == ["oral", "sublingual"]


@pytest.mark.parametrize("text", [
    "Background: Ketamine has been shown to act rapidly when given as an intravenous infusion. Methods: Fifty "
    "patients were randomly allocated to ketamine or propofol anaesthesia for ECT.",
    "Previous studies have reported benefits of intranasal ketamine. We randomized 40 patients to ketamine or "
    "thiopental as the anaesthetic for electroconvulsive therapy.",
])
def test_a_route_only_claimed_for_earlier_work_is_not_the_study_route(text: str) -> None:
    assert _x(text)["routes"] == []


def test_a_route_stated_only_in_the_background_section_still_counts() -> None:
    r = _x("Background: Patients with depression received intravenous ketamine at our clinic. Methods: Forty "
           "patients were randomized to ketamine or saline.")
    assert r["routes"] == ["intravenous"]
