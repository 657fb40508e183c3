"""Twelfth-session round-B design mechanisms, each with paraphrases written here (not blind sentences) and negatives
that must not fire."""

from __future__ import annotations

import pytest

from evidence.extract.text import split_sentences
from tests.extract_support import design_of

# --- a trial registry's name is where the trial was registered, not a patient registry read afterwards -------------


@pytest.mark.parametrize(
    "text",
    [
        "Methods: Forty adults with TRD received six open-label ketamine infusions over two weeks. Results: MADRS "
        "scores fell by 12 points. The trial was registered in the Chinese Clinical Trial Registry (ChiCTR-1234).",
        "Methods: We gave 30 patients with bipolar depression four ketamine infusions in an open-label study. "
        "Results: Half responded. Registration: Australian New Zealand Clinical Trials Register ACTRN1261900.",
        "Methods: Thirty-two inpatients received intranasal esketamine twice weekly in an open-label study. "
        "Results: Scores fell. Registered at the UMIN Clinical Trials Registry, UMIN000012345.",
    ],
)
def test_a_trial_registry_name_does_not_make_an_open_label_trial_observational(text: str) -> None:
    assert design_of(text) == "open_label"


@pytest.mark.parametrize(
    "text",
    [
        "Methods: Using a national patient registry, we identified 900 adults who started esketamine. Results: Half "
        "stayed on treatment.",
        "Methods: Data of 1200 veterans came from the national health registry. Results: Ketamine users had fewer "
        "admissions.",
        "Methods: We analysed a nationwide prescription registry covering 5000 patients given ketamine. Results: "
        "Use rose each year.",
    ],
)
def test_a_patient_or_prescription_registry_stays_observational(text: str) -> None:
    assert design_of(text) == "observational"


# --- an arm of the study's own people counted on placebo or saline: a controlled trial ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Methods: Sixty patients with TRD were allocated to receive ketamine (n = 30) or normal saline infusion "
        "(n = 30). Results: Ketamine lowered MADRS scores more than saline.",
        "Resting-state scans were collected from 45 patients with TRD (30 receiving ketamine, 15 receiving a saline "
        "placebo) before and 2 days after the infusion. Connectivity rose in the ketamine group.",
        "Methods: In total 70 depressed inpatients (n = 25 for ketamine 0.5 mg/kg, 22 for ketamine 0.2 mg/kg and "
        "23 for normal saline) were genotyped with a genome-wide association array. Results: Two variants were "
        "associated with response.",
        "Methods: Fifty patients with bipolar depression took part; 26 were given ketamine and 24 were given "
        "placebo infusions. Results: Ketamine reduced MADRS scores at day 1.",
    ],
)
def test_a_counted_placebo_or_saline_arm_makes_the_study_a_randomized_trial(text: str) -> None:
    assert design_of(text) == "rct"


@pytest.mark.parametrize(
    "text",
    [
        # minutes, not people, before "for placebo"; an earlier trial's arm; a single group with no control
        "Methods: Forty patients with TRD received ketamine 0.5 mg/kg over 40 minutes. Results: Scores fell by 40 "
        "min for ketamine and after 30 min for the earlier placebo infusion described in the literature.",
        "Methods: We treated 25 adults with TRD with six ketamine infusions in our clinic. Results: Half responded. "
        "Previous trials have shown that 12 patients given placebo (n = 12) improved less.",
        "Methods: Thirty-five outpatients received eight esketamine sessions in an open-label study. Results: "
        "Scores fell by 14 points.",
    ],
)
def test_times_cited_trials_or_one_treated_group_are_not_a_placebo_arm(text: str) -> None:
    assert design_of(text) != "rct"


# --- healthy people in a trial that names its randomized or crossover design: the trial's design ----------------------


@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("Methods: In a randomised, double-blind, placebo-controlled study, 40 healthy volunteers received a "
         "ketamine infusion and underwent EEG. Results: Gamma power rose after ketamine.", "rct"),
        ("Methods: Sixty healthy adults were investigated in a double-blind, randomized, parallel-group study of "
         "ketamine or saline before a stress task. Results: Cortisol rose less after ketamine.", "rct"),
        ("Methods: A double-blind, randomized, placebo-controlled crossover study was performed in 24 healthy "
         "subjects given esketamine during fMRI. Results: Insula activation increased.", "crossover_rct"),
    ],
)
def test_healthy_volunteers_in_a_named_randomized_design_keep_it(text: str, design: str) -> None:
    assert design_of(text) == design


@pytest.mark.parametrize(
    "text",
    [
        # a phase 1 or kinetics study, or a design not named (ketamine or placebo given, nothing said of chance)
        "Methods: This randomized, double-blind, placebo-controlled phase 1 study gave 30 healthy volunteers single "
        "oral ketamine doses. Results: Dizziness was the most common event.",
        "Methods: In a randomized crossover study, 12 healthy men received ketamine by two routes to compare "
        "bioavailability. Results: Sublingual bioavailability was 30%.",
        "Methods: Ketamine or placebo was infused in 20 healthy volunteers and psychotic symptoms were rated. "
        "Results: Perceptual changes were frequent.",
    ],
)
def test_healthy_volunteer_pharmacology_or_an_unnamed_design_stays_other(text: str) -> None:
    assert design_of(text) == "other"


# --- a Results section told in the past tense: a finished study, whatever plan its Methods describe -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Methods: We compared one dose of ketamine or midazolam in a double-blind, randomized study. A planned sample "
        "size of 60 was estimated to give 80% power. Results: Both drugs brought similar relief that lasted a week. "
        "Dissociation occurred less often in the older group. Conclusions: Ketamine may help.",
        "Methods: In a randomized double-blind trial, a planned sample of 50 adults with PTSD was sought. Results: "
        "Symptoms improved in both arms. Patients given ketamine reported fewer nightmares. Conclusion: Promising.",
        "Methods: This double-blind randomized study followed its trial protocol for a single infusion in chronic "
        "pain. Results: Pain scores dropped after both drugs. Sleep quality improved only after ketamine.",
    ],
)
def test_a_finished_trial_with_past_tense_results_is_not_a_protocol(text: str) -> None:
    assert design_of(text) == "rct"


@pytest.mark.parametrize(
    "text",
    [
        "Methods: A double-blind randomized trial will enrol 120 adults. The planned sample size is 120. Results: The "
        "study was approved by the ethics board. Recruitment started in 2023.",
        "Methods: Participants will be randomized to ketamine or midazolam. Results: The trial was registered and "
        "funding was secured. Enrolment is ongoing.",
        "Methods: This study protocol describes a randomized trial of esketamine. Results: Results are expected in "
        "2026.",
    ],
)
def test_a_protocol_whose_results_heading_tells_approval_or_recruitment_stays_a_protocol(text: str) -> None:
    assert design_of(text) == "protocol"


# --- headings of two to four words ("EXPERIMENTAL APPROACH:", "KEY RESULTS:", "Methods and analysis:") ---------------


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("EXPERIMENTAL APPROACH", "methods"),
        ("Key results", "results"),
        ("Main Findings", "results"),
        ("Study objectives", "objective"),
        ("CONCLUSIONS AND IMPLICATIONS", "conclusions"),
        ("Material and methods", "methods"),
        ("Data sources and methods", "methods"),
        ("Discussion and conclusions", "conclusions"),
    ],
)
def test_a_qualified_or_joined_heading_opens_its_section(heading: str, section: str) -> None:
    text = f"Ketamine acts fast in depression. {heading}: Twenty patients were given ketamine. The end."
    sections = {s.text: s.section for s in split_sentences(text)}
    assert sections["Twenty patients were given ketamine."] == section


@pytest.mark.parametrize(
    "heading",
    ["Pain control", "The other outcomes were", "Primary outcome", "Background and aims", "Ketamine dosing"],
)
def test_other_colon_phrases_open_no_section(heading: str) -> None:
    text = f"Ketamine acts fast in depression. {heading}: Twenty patients were given ketamine. The end."
    sections = {s.text: s.section for s in split_sentences(text)}
    assert sections.get("Twenty patients were given ketamine.", "unknown") == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "BACKGROUND: Ketamine helps some patients with bipolar depression. EXPERIMENTAL APPROACH: Blood from 20 "
        "patients was analysed. The patients had received ketamine in a placebo-controlled crossover study. KEY "
        "RESULTS: Lipids differed between responders and non-responders.",
        "Background: Ketamine acts within hours in bipolar depression. Experimental approach: Serum of 18 patients "
        "was assayed. They had been given ketamine and placebo in a crossover study. Key results: BDNF rose in "
        "responders.",
        "BACKGROUND: Little is known about ketamine and sleep in depression. EXPERIMENTAL APPROACH: EEG of 16 "
        "patients was recorded. The patients took part in a saline-controlled crossover trial of ketamine. KEY "
        "RESULTS: Slow waves increased.",
    ],
)
def test_a_crossover_told_under_an_experimental_approach_heading_is_this_studys(text: str) -> None:
    assert design_of(text) == "crossover_rct"


# --- a design's name told with its verb ("A retrospective case series was performed"): its head noun decides ----------


@pytest.mark.parametrize(
    "text",
    [
        "Methods: A retrospective case series was performed in 9 adolescents with refractory headache who received "
        "intranasal ketamine. Results: Pain fell in 6.",
        "Methods: A retrospective case series was conducted of 7 inpatients given ketamine for catatonia. Results: "
        "Five improved.",
        "Methods: A retrospective case series (n = 11) was undertaken at our clinic of adults who had oral ketamine. "
        "Results: Mood improved in most.",
    ],
)
def test_a_retrospective_case_series_told_with_its_verb_is_a_case_series(text: str) -> None:
    assert design_of(text) == "case_series"


@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("Methods: This is a retrospective case series of 10 outpatients who switched to esketamine. Results: Four "
         "responded.", "case_series"),
        ("Methods: A retrospective chart review was performed of 120 adults given ketamine infusions. Results: Half "
         "responded.", "observational"),
        ("Methods: A retrospective cohort study was conducted in 300 patients prescribed esketamine. Results: Most "
         "continued treatment.", "observational"),
    ],
)
def test_other_retrospective_names_keep_their_design(text: str, design: str) -> None:
    assert design_of(text) == design


# --- a systematic review that pools: an interval after a comma and a bracket, or inverse-variance weighting ----------


@pytest.mark.parametrize(
    "text",
    [
        "Methods: PubMed and Embase were searched for randomized trials of ketamine anaesthesia for ECT. Results: "
        "Twelve RCTs with 800 patients were included. Remission was more frequent with ketamine (OR: 1.60, [95% CI: "
        "1.10-2.30]).",
        "Methods: We searched MEDLINE and PsycINFO for trials of esketamine. Outcomes were compared using inverse "
        "variance methods. Results: Nine trials were included.",
        "Methods: A systematic review of ketamine trials in PTSD was performed, weighting each trial by the "
        "DerSimonian and Laird method. Results: Seven studies were eligible.",
    ],
)
def test_a_systematic_review_that_pools_is_a_meta_analysis(text: str) -> None:
    assert design_of(text) == "meta_analysis"


@pytest.mark.parametrize(
    "text",
    [
        "Methods: We searched PubMed and Embase for studies of ketamine in OCD. Results: Eight studies were "
        "included; results were synthesised narratively because of heterogeneity.",
        "Methods: A systematic search of MEDLINE found reports of ketamine for catatonia. Results: Fifteen case "
        "reports described 20 patients.",
        "Methods: PubMed was searched for ketamine trials in bipolar depression. Results: Six trials were included, "
        "with response rates of 30% to 60%.",
    ],
)
def test_a_review_that_does_not_pool_stays_systematic(text: str) -> None:
    assert design_of(text) == "systematic_review"


# --- healthy controls matched by age and sex are a reference group, not a matched observational cohort; a treatment
# --- named as "ketamine or placebo" is a placebo arm ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Methods: Holter ECG was recorded in 18 patients with TRD and 18 age- and sex-matched controls, and in the "
        "patients after a single treatment with ketamine or placebo. Results: Heart rate fell after treatment.",
        "Methods: EEG was recorded in 20 depressed patients and 20 sex-matched controls; patients then had one "
        "infusion of ketamine or saline placebo. Results: Gamma power rose.",
        "Methods: Sleep was measured in 14 patients with bipolar depression and 14 age-matched controls, and "
        "again in the patients after a 40-minute infusion of ketamine or placebo. Results: Slow waves increased.",
    ],
)
def test_matched_healthy_controls_beside_a_drug_or_placebo_treatment_are_a_trial(text: str) -> None:
    assert design_of(text) == "rct"


@pytest.mark.parametrize(
    "text",
    [
        "Methods: Using claims data, 400 adults starting esketamine were compared with 1600 propensity "
        "score-matched controls. Results: Costs were higher.",
        "Methods: We compared 300 patients given ketamine with matched patients given ECT from hospital records. "
        "Results: Readmissions were similar.",
        "Methods: A matched cohort of 250 ketamine users and 250 non-users was drawn from a registry. Results: "
        "Depression scores were higher in users.",
    ],
)
def test_people_matched_to_the_treated_stay_observational(text: str) -> None:
    assert design_of(text) == "observational"


# --- patients given the drug in the passive beside healthy controls: a single-group treatment study ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Ketamine lifts mood quickly. We examined its effect on memory in adults with MDD relative to healthy "
        "controls. Patients (n = 25) and healthy controls (n = 25) were recruited. A single dose of IV ketamine was "
        "administered. Depression scores improved at 2 hours in the patients.",
        "Little is known about ketamine and attention in PTSD. Veterans with PTSD (n = 20) and healthy controls "
        "(n = 20) took part. Ketamine 0.5 mg/kg was infused over 40 minutes. Depressive symptoms improved by day 1.",
        "We tested reaction time after ketamine in bipolar depression and in healthy controls. Thirty patients and "
        "30 healthy controls were enrolled, and intravenous ketamine was given once. Depressive symptoms improved "
        "in the patients.",
    ],
)
def test_patients_given_ketamine_beside_healthy_controls_are_an_open_label_study(text: str) -> None:
    assert design_of(text) == "open_label"


@pytest.mark.parametrize(
    "text",
    [
        "Ketamine is a model of psychosis. Healthy volunteers (n = 24) were recruited. Ketamine was administered "
        "over one hour. Perceptual changes were rated.",
        "We compared brain scans of patients with MDD and healthy controls. Thirty patients and 30 controls were "
        "scanned once. Connectivity was lower in patients.",
    ],
)
def test_healthy_volunteers_alone_or_no_drug_given_is_not_open_label(text: str) -> None:
    assert design_of(text) != "open_label"


# --- a few patients' charts reviewed: a records study, not a case series ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Methods: The charts of 15 children given intranasal ketamine for migraine were reviewed. Results: Ten "
        "improved.",
        "Methods: We reviewed the outpatient charts of 9 veterans who had ketamine for PTSD. Results: Six responded.",
        "Eleven adults with resistant depression had oral ketamine; a systematic retrospective chart review of their "
        "outcomes was done. Seven improved.",
    ],
)
def test_a_small_retrospective_chart_review_is_observational(text: str) -> None:
    assert design_of(text) == "observational"


@pytest.mark.parametrize(
    "text",
    [
        "We treated 5 patients resistant to ECT with ketamine in a naturalistic setting. Three of them improved.",
        "Methods: We retrospectively describe 6 patients given ketamine infusions for catatonia. Results: Four "
        "recovered.",
        "Methods: Four adolescents treated with esketamine in routine practice are reported. Results: All improved.",
    ],
)
def test_a_few_treated_patients_without_charts_reviewed_stay_a_case_series(text: str) -> None:
    assert design_of(text) == "case_series"


# --- a literature review named as one step of a study that counts its own people is not the study's design ----------


@pytest.mark.parametrize(
    "text",
    [
        "Methods: This study included a randomized, double-blind, placebo-controlled trial of ketamine in surgical "
        "patients. Results: A total of 40 subjects were included. Through pathway analysis and literature review, 12 "
        "candidate genes were selected.",
        "Methods: Patients were randomized to ketamine or saline during surgery. Results: Sixty patients were "
        "analysed; with a literature review, five markers were chosen for validation.",
        "Methods: In a randomised placebo-controlled trial, 50 adults received ketamine or saline. Results: Genes "
        "were ranked by expression and literature review, and ten were retained.",
    ],
)
def test_a_literature_review_as_one_step_of_a_trial_is_not_its_design(text: str) -> None:
    assert design_of(text) == "rct"


@pytest.mark.parametrize(
    "text",
    [
        "This literature review summarises the evidence on ketamine for depression in older adults.",
        "We present a case of a 40-year-old woman given ketamine for depression, and a literature review.",
        "Methods: A narrative literature review of ketamine for suicidal ideation was carried out. Results: Most "
        "studies were small.",
    ],
)
def test_a_paper_that_is_a_literature_review_or_a_case_with_one_keeps_it(text: str) -> None:
    assert design_of(text) in ("review", "case_series")


# --- the order of a control counterbalanced across patients: every patient had both, a crossover --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Methods: Ten patients with social anxiety received three ascending ketamine doses and midazolam at weekly "
        "intervals, with the midazolam counterbalanced in position. Results: Fear scores fell.",
        "Methods: Each of 14 patients had ketamine and remifentanil sessions a week apart, the order counterbalanced "
        "across patients. Results: MADRS scores fell after ketamine.",
        "Methods: Sixteen adults with PTSD were given ketamine and midazolam on two days, counter-balanced across "
        "participants. Results: PCL scores fell after ketamine.",
    ],
)
def test_a_counterbalanced_control_is_a_crossover(text: str) -> None:
    assert design_of(text) == "crossover_rct"


# --- an open-label trial called naturalistic: the open label names its design ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Objectives: The aim of this naturalistic open-label study was to test ketamine for anhedonia in bipolar "
        "depression. Methods: Patients received six infusions. Results: Anhedonia fell.",
        "Conclusion: This small, open label naturalistic study shows that up to four ketamine infusions help "
        "patients waiting for ECT.",
        "Methods: In a naturalistic, open-label trial, 30 adults had oral ketamine for eight weeks. Results: Twelve "
        "responded.",
    ],
)
def test_a_naturalistic_open_label_study_is_open_label(text: str) -> None:
    assert design_of(text) == "open_label"


@pytest.mark.parametrize(
    "text",
    [
        "Methods: This is an open-label naturalistic observational study of 40 patients given ketamine. Results: "
        "Scores fell.",
        "Methods: The aim of this naturalistic study was to describe 90 inpatients given esketamine in routine "
        "care. Results: Half responded.",
        "Methods: In a post hoc analysis of a naturalistic study, 70 patients received ketamine. Results: Twenty "
        "remitted.",
    ],
)
def test_a_naturalistic_study_without_an_open_label_name_stays_observational(text: str) -> None:
    assert design_of(text) == "observational"


# --- "open label" written with a space names the same design; one person's care in an "open label trial" is a case --


@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("Methods: Safety was evaluated in an open label study of 90 inpatients given intranasal ketamine for four "
         "weeks. Results: Depression scores fell.", "open_label"),
        ("Methods: Data came from an open label trial in which 120 adults with PTSD received oral ketamine. Results: "
         "Symptoms eased.", "open_label"),
        ("Methods: In an open label trial, a 61-year-old woman with resistant depression received two infusions. "
         "Results: She remitted.", "case_series"),
    ],
)
def test_open_label_with_a_space_and_one_persons_care(text: str, design: str) -> None:
    assert design_of(text) == design


# --- the study named as itself outranks a design named by "with a ... design" in a sentence about a cited trial -------


@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("MEDLINE was searched following PRISMA. Out of 900 records, 14 were included. The one ketamine trial gave "
         "a single dose with a crossover design. The current systematic review found few positive reports.",
         "systematic_review"),
        ("PubMed and Embase were searched. Twelve reports were included. An adolescent trial was run with a "
         "single-arm design. Our systematic review finds the evidence thin.", "systematic_review"),
        ("Embase was searched for esketamine studies. The largest study was conducted with an open-label design. "
         "This systematic review includes 20 reports.", "systematic_review"),
    ],
)
def test_a_review_named_as_itself_outranks_a_cited_trials_design(text: str, design: str) -> None:
    assert design_of(text) == design


@pytest.mark.parametrize(
    "text",
    [
        "Methods: Twelve patients received ketamine and placebo with a crossover design. Results: MADRS scores fell "
        "after ketamine. This trial supports further study.",
        "Methods: Sixteen adults with PTSD were studied with a randomized crossover design of ketamine and "
        "midazolam. Results: PCL scores fell. Our trial is small.",
    ],
)
def test_a_trial_that_names_its_own_crossover_design_keeps_it(text: str) -> None:
    assert design_of(text) == "crossover_rct"
