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


@pytest.mark.parametrize("text", [
    "Male Wistar rats were randomly assigned to ketamine (10 mg/kg) or saline and tested in the forced swim test.",
    "Mice were randomized to receive arketamine or vehicle after chronic social defeat stress.",
    "Cultured neurons were exposed to ketamine in a randomized order of concentrations.",
])
def test_a_randomized_animal_or_cell_experiment_is_other(text: str) -> None:
    assert _x(text)["design"] == "other"


def test_patients_randomized_after_animal_background_stay_rct() -> None:
    r = _x("Ketamine is antidepressant in rodents. We randomized 50 patients to ketamine or midazolam.")
    assert r["design"] == "rct"


@pytest.mark.parametrize("text", [
    "Two-sample Mendelian randomization was used to test whether NMDA receptor genes cause depression.",
    "We searched the FDA Adverse Event Reporting System for reports naming esketamine.",
    "A pharmacovigilance study of spontaneous reports of dissociation with esketamine was carried out.",
    "Semi-structured interviews were held with 14 people who had received ketamine; thematic analysis followed.",
    "We studied 85 adults who received ketamine infusions between 2016 and 2021 at an academic clinic.",
])
def test_studies_that_treat_no_one_are_observational(text: str) -> None:
    assert _x(text)["design"] == "observational"


def test_a_trial_run_between_two_years_is_not_a_chart_review() -> None:
    r = _x("Between 2016 and 2019, 60 patients were randomized to ketamine or placebo.")
    assert r["design"] == "rct"


@pytest.mark.parametrize("text", [
    "Forty patients with TRD received six ketamine infusions; depression was assessed before and after treatment.",
    "Ten patients underwent a series of 6 ketamine infusions with MRI scans before and after the course.",
    "Eighteen inpatients completed three intramuscular esketamine injections and were rated pre- and post-treatment.",
])
def test_a_course_of_treatment_rated_before_and_after_is_open_label(text: str) -> None:
    assert _x(text)["design"] == "open_label"


@pytest.mark.parametrize(("text", "n"), [
    ("A meta-analysis of 25 randomized trials compared ketamine with ECT.", None),
    ("This non-randomized study compared 40 patients who received ketamine and 38 who received ECT.", 78),
    ("A total of 308 parturients undergoing cesarean section were randomized to esketamine or saline.", 308),
    ("Overall, 22 patients were treated with ketamine while 19 patients were treated with ECT.", 41),
])
def test_n_counts_people_once_and_never_studies(text: str, n: int | None) -> None:
    assert _x(text)["n"] == n


def test_two_treatments_given_to_everyone_are_not_added() -> None:
    r = _x("In a crossover study, 12 patients received ketamine and 12 received placebo, both in random order.")
    assert r["n"] == 12


@pytest.mark.parametrize("text", [
    "This comprehensive review examines the use of ketamine in psychiatry, from anesthesia to depression.",
    "In this mini-review, we discuss ketamine's effects on suicidal ideation.",
    "Here, we summarize recent advances in understanding how ketamine acts so quickly on mood.",
    "This critical review evaluates esketamine's approval and the evidence behind it.",
])
def test_a_review_named_with_an_adjective_is_a_review(text: str) -> None:
    assert _x(text)["design"] == "review"


@pytest.mark.parametrize(("text", "design"), [
    ("Sixty patients were randomized to ketamine or placebo; the institutional review board approved the study.",
     "rct"),
    ("This single-center retrospective review of 88 patients examined ketamine infusions.", "observational"),
    ("We present the case of a 52-year-old man treated with esketamine, followed by a brief review of the "
     "literature.", "case_series"),
])
def test_review_boards_chart_reviews_and_case_reports_are_not_reviews(text: str, design: str) -> None:
    assert _x(text)["design"] == design


@pytest.mark.parametrize("text", [
    "Patients were assigned to ketamine or ECT according to their preference (n = 50).",
    "Participants self-selected oral or intravenous ketamine and were compared at week 4.",
])
def test_arms_chosen_by_patients_are_non_randomized(text: str) -> None:
    assert _x(text)["design"] == "non_randomized"


@pytest.mark.parametrize(("text", "n"), [
    ("One hundred and twenty patients aged 65-80 years undergoing hip surgery were enrolled and randomly divided "
     "into two groups (n = 60).", 120),
    ("Ninety women aged 20 to 40 years scheduled for cesarean delivery were randomly allocated to two groups (n = 45 "
     "each).", 90),
])
def test_ages_inside_the_sample_phrase_do_not_hide_the_randomized_n(text: str, n: int) -> None:
    assert _x(text)["n"] == n


@pytest.mark.parametrize("text", [
    "Patients were randomized to ketamine 0.5 mg/kg or ECT; methohexital was given intravenously for anaesthesia.",
    "Ketamine (0.8 mg/kg) or thiopental was the anaesthetic for ECT; propofol was infused for maintenance.",
])
def test_a_clause_about_only_a_comparator_drug_gives_no_ketamine_route(text: str) -> None:
    assert _x(text)["routes"] == []


def test_a_shared_route_clause_with_ketamine_stays() -> None:
    r = _x("Sixty patients were randomized; ketamine or midazolam was infused over 40 minutes.")
    assert r["routes"] == ["intravenous"]


@pytest.mark.parametrize(("text", "routes"), [
    ("Twenty patients received subcutaneous ketamine injections weekly; previous studies used intravenous "
     "infusions.", ["subcutaneous"]),
    ("Thirty adults were given oral ketamine daily; intranasal esketamine has been shown to work faster.", ["oral"]),
])
def test_the_study_clause_of_a_sentence_with_a_background_clause_gives_the_route(text: str, routes: list[str]) -> None:
    assert _x(text)["routes"] == routes


@pytest.mark.parametrize(("text", "tags"), [
    ("Patients undergoing cardiac surgery were randomized to esketamine or saline to prevent postoperative "
     "depression.", []),
    ("Parturients having cesarean delivery received esketamine; the outcome was postpartum depression at 6 weeks.",
     ["postpartum"]),
    ("Women with preoperative depressive symptoms having breast surgery were randomized to esketamine or saline.",
     ["MDD"]),
    # perinatal depression: postpartum only (the blind set codes it so in all its postpartum records)
    ("Women with postpartum depression were randomized to esketamine or placebo.", ["postpartum"]),
])
def test_depression_as_a_surgical_or_obstetric_outcome_is_not_the_population(text: str, tags: list[str]) -> None:
    assert _x(text)["population"] == tags


def test_a_systematic_review_of_a_licensed_form_takes_that_route() -> None:
    r = _x("Esketamine has been approved as an intranasal treatment for resistant depression. We systematically "
           "searched PubMed and Embase for long-term studies. Nine studies with 1,310 patients were included.")
    assert r["routes"] == ["intranasal"]


@pytest.mark.parametrize("text", [
    # a narrative review that only cites the approval, and a systematic review whose approved form is another drug's
    "In 2019 an esketamine nasal spray was approved. Preclinical studies suggest arketamine is more potent. In this "
    "paper, we review mechanisms of arketamine.",
    "Oral antidepressants are approved for depression. We systematically searched MEDLINE for ketamine trials. "
    "Twelve studies were included.",
])
def test_an_approval_cited_in_passing_gives_no_route(text: str) -> None:
    assert _x(text)["routes"] == []


@pytest.mark.parametrize(("text", "design"), [
    ("A landmark randomized trial showed that esketamine prevents relapse. We reviewed the charts of 143 patients "
     "given esketamine at our clinic.", "observational"),
    ("Ketamine has demonstrated rapid effects in a placebo-controlled study. In this open-label study, 25 patients "
     "received six infusions over 12 days.", "open_label"),
    ("Meta-analyses have confirmed the efficacy of ketamine. We report the case of a 40-year-old woman treated with "
     "intramuscular ketamine.", "case_series"),
    ("Ketamine works in TRD, as shown in an RCT. We surveyed 300 psychiatrists about prescribing ketamine.",
     "observational"),
])
def test_a_design_cited_from_earlier_work_is_not_this_studys(text: str, design: str) -> None:
    assert _x(text)["design"] == design


def test_this_randomized_trial_showed_stays_rct() -> None:
    r = _x("This randomized trial showed that ketamine outperformed midazolam in 80 patients.")
    assert r["design"] == "rct"


def test_survey_respondents_who_are_clinicians_are_the_sample() -> None:
    assert _x("An online survey was completed by 300 psychiatrists about ketamine prescribing.")["n"] == 300


@pytest.mark.parametrize("text", [
    "This multicenter, randomized, double-blind trial will enrol 300 patients. The primary outcome is MADRS change.",
    "Methods and analysis: Participants will receive six infusions of ketamine or midazolam. Ethics and "
    "dissemination: results will be published.",
    "We designed a phase II randomized trial of ketamine in suicidal inpatients; recruitment is ongoing.",
])
def test_a_trial_told_before_it_is_run_is_a_protocol(text: str) -> None:
    assert _x(text)["design"] == "protocol"


def test_a_finished_trial_that_says_what_patients_will_need_is_not_a_protocol() -> None:
    r = _x("Sixty patients were randomized to ketamine or placebo. Response was higher with ketamine. Future "
           "trials will need larger samples.")
    assert r["design"] == "rct"


@pytest.mark.parametrize("text", [
    "Molecular docking simulations were used to model ketamine in the NMDA receptor pore. Ketamine bound near "
    "Asn616. This explains trapping block.",
    "Esketamine was approved in 2019. This commentary argues that its evidence is weaker than claimed. Regulators "
    "should ask for longer trials.",
])
def test_computation_and_opinion_are_not_reviews(text: str) -> None:
    assert _x(text)["design"] == "other"


def test_this_paper_reviews_is_a_review() -> None:
    r = _x("This paper reviews the pharmacology of ketamine and its metabolites. NMDA-independent mechanisms are "
           "discussed. Open questions are outlined.")
    assert r["design"] == "review"


@pytest.mark.parametrize("text", [
    "This study assessed the effectiveness of at-home sublingual ketamine. PHQ-9 scores were compared before and "
    "after three doses. Many patients improved.",
    "Patients who completed a course of intranasal esketamine showed lower MADRS scores. Most tolerated it well.",
])
def test_patients_treated_with_outcomes_and_no_count_or_design_word_are_observational(text: str) -> None:
    assert _x(text)["design"] == "observational"


@pytest.mark.parametrize("text", [
    "Ketamine blocks NMDA receptors. Its metabolites act on AMPA receptors. This may explain its effects.",
    "Patients received ketamine for anaesthesia. Plasma ketamine levels were measured. Clearance was reduced.",
])
def test_no_patient_outcome_keeps_the_fallback(text: str) -> None:
    assert _x(text)["design"] != "observational"


@pytest.mark.parametrize(("text", "routes"), [
    ("IV ketamine is effective but impractical for many patients. We randomized 60 patients to oral ketamine or "
     "placebo.", ["oral"]),
    ("This review summarizes trials. Intravenous ketamine infusion is costly and invasive. We review 8 trials of "
     "intranasal ketamine.", ["intranasal"]),
    ("Repeated intravenous infusions are not practical for outpatients. Thirty patients received subcutaneous "
     "ketamine weekly.", ["subcutaneous"]),
])
def test_a_route_called_impractical_is_what_the_study_replaces(text: str, routes: list[str]) -> None:
    assert _x(text)["routes"] == routes


def test_a_route_the_study_used_and_praised_stays() -> None:
    assert _x("Sixty patients received intravenous ketamine, which was well tolerated.")["routes"] == ["intravenous"]


@pytest.mark.parametrize("text", [
    "Forty adults with major depression received ketamine. There was a 50% reduction in suicidal ideation scores.",
    "Sixty adults with major depression were randomized. Suicidal ideation was evaluated with the QIDS item 12.",
    "Among patients with baseline suicidal ideation, most improved after ketamine in this cohort of 90 adults with "
    "major depression.",
    "Major depression is often associated with disability and suicidality. We treated 30 adults with major "
    "depression with ketamine.",
    "Esketamine may have anti-suicidal effects in 20 adults with major depression.",
])
def test_suicidality_as_effect_measure_subgroup_or_fact_is_not_the_population(text: str) -> None:
    assert "suicidal" not in _x(text)["population"]


@pytest.mark.parametrize("text", [
    "Patients with major depression and suicide ideation were randomized to esketamine or placebo.",
    "Thirty suicidal inpatients received ketamine.",
    "Adults at risk of suicide were randomized to ketamine or midazolam.",
])
def test_suicidal_people_enrolled_are_the_population(text: str) -> None:
    assert "suicidal" in _x(text)["population"]
