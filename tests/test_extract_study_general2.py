"""Study design, N and route: second round of kinds of sentences unseen abstracts use (paraphrases written here)."""

from __future__ import annotations

import pytest

from evidence.extract.abstract import extract_abstract
from evidence.extract.sample import find_sample_sizes


def _x(text: str) -> dict[str, object]:
    return extract_abstract(text)


# --- N: describing words with hyphens or slashes between the count and the people -----------------------------


@pytest.mark.parametrize(("text", "n"), [
    ("Thirty-two medication-free/naive outpatients with major depression were enrolled.", 32),
    ("The trial stopped after seven treatment-resistant depressed participants were included.", 7),
    ("Eighteen drug-naive, adult patients received open ketamine infusions.", 18),
    ("In all, 41 first-episode/recurrent patients were recruited from two clinics.", 41),
])
def test_hyphenated_or_slashed_describing_words_still_name_the_sample(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


# --- N: a per-arm count is not the sample ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Forty eligible subjects, referred for inpatient care, were randomized to ketamine or saline. Twenty subjects "
    "were randomized for each study group.",
    "We enrolled 40 adults with depression. Twenty patients were assigned to each treatment arm.",
    "A total of 40 patients took part; 20 were allocated into each group.",
])
def test_a_count_per_arm_is_not_the_whole_sample(text: str) -> None:
    assert find_sample_sizes(text)["n"] == 40


def test_one_arms_size_times_the_arms_still_gives_the_sample() -> None:
    text = "Patients were randomized 1:1 to ketamine or midazolam, with 25 participants for each group."
    assert find_sample_sizes(text)["n_randomized"] == 50


# --- N: a review's count of trials is never its N; thousands grouped by a space --------------------------------


@pytest.mark.parametrize(("text", "n"), [
    ("Meta-analysis was performed with RevMan. Finally,nine randomized controlled trials with 1 243 patients were "
     "included.", 1243),
    ("A meta-analysis of 12 randomized trials involving 2 018 participants was performed.", 2018),
])
def test_a_reviews_pooled_people_grouped_by_a_space(text: str, n: int) -> None:
    assert _x(text)["n"] == n


@pytest.mark.parametrize("text", [
    "We searched PubMed and Embase for a meta-analysis;eight randomized controlled trials were identified.",
    "A meta-analysis was performed. In the end, 11 randomized trials met the inclusion criteria.",
])
def test_a_count_of_randomized_trials_is_not_a_sample(text: str) -> None:
    assert _x(text)["n"] is None


@pytest.mark.parametrize("text", [
    "Patients received 12 100 mg doses of oral ketamine.",
    "Of 15 patients, 12 100% adherent cases were analysed.",
])
def test_a_space_before_a_dose_or_percent_does_not_join_two_numbers(text: str) -> None:
    assert find_sample_sizes(text)["n"] not in (12100, 15100)


# --- design: a single group followed on a planned schedule is an open-label study, not a case series -------------


@pytest.mark.parametrize("text", [
    "Twenty drug-free outpatients with severe depression were enrolled in the study. Ratings were obtained at baseline "
    "and ketamine 0.5 mg/kg was infused intravenously. Ratings were repeated one day after each infusion.",
    "Fourteen adults with bipolar depression were admitted to the study. Four infusions were given over two weeks, "
    "and mood was rated throughout.",
    "Sixteen inpatients with depression took part. Evaluations were performed at baseline and ketamine was given "
    "intravenously; scores improved.",
])
def test_planned_assessments_or_dose_schedules_make_a_single_group_study(text: str) -> None:
    assert _x(text)["design"] == "open_label"


@pytest.mark.parametrize("text", [
    "We describe 12 patients with depression who were given intravenous ketamine at our clinic; most improved.",
    "Twelve patients treated with ketamine in routine care are described; most improved within a day.",
])
def test_a_report_of_patients_with_no_planned_schedule_stays_a_case_series(text: str) -> None:
    assert _x(text)["design"] == "case_series"


# --- design: the drug given to healthy people, with no patients, is pharmacology ----------------------------------


@pytest.mark.parametrize("text", [
    "In this randomized, double-blind, placebo-controlled phase 1 study, 24 healthy volunteers received single oral "
    "doses of ketamine. Adverse events and plasma concentrations were recorded.",
    "Thirty healthy male subjects were randomly assigned to intranasal esketamine or placebo in a crossover design; "
    "dissociation and cognition were measured.",
    "An open-label study gave esketamine to 12 healthy adults to describe its effects on sleep.",
])
def test_a_trial_in_healthy_people_is_other(text: str) -> None:
    assert _x(text)["design"] == "other"


@pytest.mark.parametrize(("text", "design"), [
    ("Forty patients with major depression and 20 healthy volunteers were randomized to ketamine or placebo.", "rct"),
    ("Patients with treatment-resistant depression were randomly assigned to ketamine or midazolam; healthy controls "
     "were scanned once.", "rct"),
])
def test_healthy_controls_beside_patients_keep_the_trial_design(text: str, design: str) -> None:
    assert _x(text)["design"] == design


# --- design: a review in the passive voice ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Ketamine blocks the NMDA receptor. The psychotomimetic effects of ketamine in humans are herein reviewed, and "
    "their relevance to psychosis models is considered.",
    "The evidence on esketamine for depression is critically reviewed. Gaps in long-term safety data remain.",
    "Mechanisms proposed for the antidepressant action of ketamine are here summarized.",
])
def test_a_passive_statement_that_the_paper_reviews_is_a_review(text: str) -> None:
    assert _x(text)["design"] == "review"


def test_records_that_were_reviewed_are_not_a_literature_review() -> None:
    text = "Medical records of 58 patients given ketamine were reviewed retrospectively; 40% responded."
    assert _x(text)["design"] == "observational"


# --- route: a body part named by a surgery or disease is not a route ------------------------------------------


@pytest.mark.parametrize("text", [
    "Methods: Sixty adults undergoing nasal surgery were randomized to intravenous ketamine 0.5 mg/kg or saline after "
    "induction.",
    "Methods: Patients scheduled for endoscopic sinus surgery with nasal polyps received an intravenous ketamine "
    "bolus or placebo in a randomized design.",
    "Methods: Children with oral lesions undergoing biopsy were randomized to ketamine infusion or saline.",
])
def test_a_surgery_on_the_nose_or_mouth_adds_no_route(text: str) -> None:
    assert _x(text)["routes"] == ["intravenous"]


@pytest.mark.parametrize(("text", "route"), [
    ("Methods: Forty patients with depression were randomized to nasal ketamine or saline spray.", "intranasal"),
    ("Methods: Thirty adults with depression received oral ketamine daily for six weeks.", "oral"),
])
def test_a_route_word_before_the_drug_is_still_a_route(text: str, route: str) -> None:
    assert _x(text)["routes"] == [route]


# --- N: a count in a sentence about another study, or the field, is not this study's sample ----------------------


@pytest.mark.parametrize(("text", "n"), [
    ("Background: In a previous trial of 67 patients, ketamine was effective. Methods: In this open-label study, 25 "
     "patients with TRD received ketamine infusions.", 25),
    ("A landmark study in 204 adults showed rapid effects of ketamine. Here, 18 outpatients with bipolar depression "
     "received repeated infusions.", 18),
    ("An earlier report of 150 veterans suggested benefit. Methods: Thirty-two veterans with PTSD received ketamine "
     "in an open-label design.", 32),
])
def test_another_studys_sample_is_not_this_studys(text: str, n: int) -> None:
    assert _x(text)["n"] == n


def test_a_background_count_is_used_when_nothing_else_is_written() -> None:
    text = "Background: A previous trial randomized 40 patients with depression to ketamine or placebo."
    assert _x(text)["n"] == 40


# --- N: groups of k, and the eligible who were enrolled -----------------------------------------------------------


@pytest.mark.parametrize(("text", "n"), [
    ("Methods: Patients were randomised into two groups of 30 each: ketamine and control.", 60),
    ("Methods: Adults with depression were randomly divided into three equal groups of 20 (ketamine, esketamine, "
     "saline).", 60),
    ("Methods: A total of 150 patients were screened, of whom 60 were eligible and enrolled in this open-label "
     "trial.", 60),
])
def test_groups_of_k_and_the_eligible_enrolled(text: str, n: int) -> None:
    assert _x(text)["n"] == n


def test_groups_of_a_dose_or_age_are_not_arm_sizes() -> None:
    text = "Methods: Patients were randomized to two groups of 0.5 mg/kg and 1 mg/kg ketamine infusions."
    assert _x(text)["n"] is None


# --- design: ten or more patients reported under Methods and Results, no design word: a single-group study --------


@pytest.mark.parametrize("text", [
    "Methods: Twenty patients with TRD received intravenous ketamine. Results: Depression scores fell significantly.",
    "Methods: Fourteen adults with bipolar depression were given esketamine. Results: MADRS scores decreased.",
    "Methods: Eighteen patients were treated openly with ketamine and followed for four weeks.",
    "In an open trial, 11 outpatients with depression received oral ketamine; mood improved in most.",
])
def test_a_structured_report_of_ten_or_more_patients_is_a_single_group_study(text: str) -> None:
    assert _x(text)["design"] == "open_label"


@pytest.mark.parametrize(("text", "design"), [
    ("Methods: Four patients with TRD received intravenous ketamine. Results: All improved.", "case_series"),
    ("Twelve patients with depression received ketamine at our clinic and most improved.", "case_series"),
    ("Methods: The charts of 25 patients given ketamine were reviewed. Results: 40% responded.", "observational"),
])
def test_few_patients_or_no_headings_or_records_keep_their_design(text: str, design: str) -> None:
    assert _x(text)["design"] == design


@pytest.mark.parametrize("text", [
    "Methods: Data of 1,024 patients who received esketamine were analysed. Results: MADRS scores decreased.",
    "Methods: 240 patients with TRD received ketamine infusions. Results: Depressive symptoms improved.",
    "Results: Outcomes of 315 adults treated with ketamine were summarised; response rates rose over time.",
])
def test_many_treated_patients_with_no_design_word_are_observational(text: str) -> None:
    assert _x(text)["design"] == "observational"


def test_many_healthy_subjects_with_no_outcome_are_not_observational() -> None:
    text = "Methods: 80 healthy volunteers received a single ketamine dose; plasma concentrations were measured."
    assert _x(text)["design"] == "other"


# --- design: a paper that says it discusses a topic, with no study of its own, is a review ----------------------


@pytest.mark.parametrize("text", [
    "Here we discuss the mechanisms of ketamine's antidepressant action, focusing on synaptic plasticity.",
    "This article outlines the evolving role of esketamine in psychiatric practice.",
    "We summarise current knowledge on arketamine and highlight the challenges of translating it to the clinic.",
])
def test_a_paper_that_discusses_a_topic_is_a_review(text: str) -> None:
    assert _x(text)["design"] == "review"


@pytest.mark.parametrize(("text", "design"), [
    ("Here we discuss the role of BDNF in the effects of ketamine in mice exposed to chronic stress.", "other"),
    ("Methods: Thirty patients with TRD were randomized to ketamine or saline. We discuss the implications of these "
     "findings for the mechanisms of ketamine.", "rct"),
])
def test_experiments_and_trials_that_discuss_stay_what_they_are(text: str, design: str) -> None:
    assert _x(text)["design"] == design


# --- design: a secondary analysis of the drug's own levels is pharmacology -----------------------------------------


@pytest.mark.parametrize("text", [
    "Patients with TRD were randomized to ketamine or saline. This secondary analysis examined whether plasma "
    "ketamine concentrations predicted improvement in 44 participants.",
    "This exploratory study related norketamine and other metabolites to antidepressant response in a randomized "
    "trial of 60 adults.",
    "Adults were randomly assigned to esketamine or placebo. Our post hoc analysis investigated serum levels of "
    "hydroxynorketamine in relation to remission.",
])
def test_a_secondary_analysis_of_drug_levels_is_other(text: str) -> None:
    assert _x(text)["design"] == "other"


@pytest.mark.parametrize("text", [
    "This post hoc analysis of a randomized trial examined whether baseline anxiety predicted response to ketamine "
    "in 90 patients.",
    "Patients were randomized to ketamine or midazolam; plasma ketamine levels were measured. Depression scores "
    "improved more with ketamine.",
])
def test_other_secondary_analyses_and_trials_measuring_levels_stay_randomized(text: str) -> None:
    assert _x(text)["design"] == "rct"


# --- design: groups chosen by the clinician or by the treatment people had; people asked by questionnaire ---------


@pytest.mark.parametrize(("text", "design", "n"), [
    ("Methods: We compared 50 patients who received ketamine with 48 patients who received ECT during the same "
     "period.", "observational", 98),
    ("Methods: The study compared 30 adults who were treated with esketamine to 35 who were given placebo-free usual "
     "care.", "observational", 65),
    ("Methods: 48 patients were allocated to ketamine or ECT according to clinical judgement.", "non_randomized", 48),
    ("Methods: Forty adults were assigned to ketamine or ECT at the treating psychiatrist's discretion.",
     "non_randomized", 40),
    ("Methods: A questionnaire was sent to a randomly selected sample of 500 psychiatrists about ketamine.",
     "observational", 500),
    ("Methods: We analysed a random sample of 1,000 records of patients given ketamine in emergency departments.",
     "observational", 1000),
])
def test_groups_not_made_by_chance_and_people_asked(text: str, design: str, n: int) -> None:
    out = _x(text)
    assert (out["design"], out["n"]) == (design, n)


def test_patients_randomized_and_compared_stay_randomized() -> None:
    text = ("Methods: Sixty patients were randomized to ketamine or ECT; we compared patients who received ketamine "
            "with those who received ECT.")
    assert _x(text)["design"] == "rct"


# --- design and N: one person told by the decade of their age, or the case said to be reported ------------------


@pytest.mark.parametrize("text", [
    "Case presentation: A woman in her 40s with treatment-resistant depression was given oral ketamine.",
    "A man in his late 60s with bipolar depression received intravenous ketamine and improved within a day.",
    "A veteran with PTSD was treated with intramuscular ketamine; the case is reported.",
])
def test_one_person_told_is_a_case_report_of_one(text: str) -> None:
    out = _x(text)
    assert (out["design"], out["n"]) == ("case_series", 1)


def test_people_of_a_decade_in_a_trial_are_not_one_case() -> None:
    text = "Methods: Patients in their 60s with depression (n = 40) were randomized to ketamine or saline."
    out = _x(text)
    assert (out["design"], out["n"]) == ("rct", 40)


@pytest.mark.parametrize(("text", "n"), [
    ("Methods: This randomized trial enrolled 156 participants, 78 per arm.", 156),
    ("Methods: We randomized 90 adults with TRD, 30 to each group.", 90),
    ("Methods: Sixty patients (20 in each arm) were randomized to two ketamine doses or saline.", 60),
])
def test_the_sample_followed_by_its_arms_size_is_the_sample(text: str, n: int) -> None:
    assert _x(text)["n"] == n


def test_a_count_said_to_be_in_each_group_is_not_the_sample() -> None:
    assert _x("Methods: Ten subjects were included in each dose cohort of this randomized study.")["n"] is None


@pytest.mark.parametrize(("text", "n"), [
    ("Meta-analysis of randomized trials (N = 1 067) of esketamine.", 1067),
    ("Meta-analysis of 9 RCTs (N = 1,512) of ketamine.", 1512),
    ("Meta-analysis of 7 RCTs (N=512, 60% women).", 512),
])
def test_a_reviews_written_n_whole(text: str, n: int) -> None:
    assert _x(text)["n"] == n


def test_a_reviews_n_of_studies_is_not_its_n() -> None:
    assert _x("Meta-analysis (n = 17 studies) of ketamine for depression.")["n"] is None
