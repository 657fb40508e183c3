"""Study design and N, round 2: kinds of text, not sentences (paraphrases written here, not blind sentences)."""

from __future__ import annotations

import pytest

from evidence.extract.abstract import extract_abstract
from evidence.extract.sample import find_sample_sizes


def _x(text: str) -> dict[str, object]:
    return extract_abstract(text)


# --- N: people who left the study, or were picked out by their outcome, are a part of the sample -------------------


@pytest.mark.parametrize(("text", "n"), [
    # single-arm: the analysed sample is the N, not the few who left
    ("Methods: Adults with depression received oral ketamine at home. Results: Data from 310 completed the six-week "
     "course. Three patients left treatment early because of nausea.", 310),
    # RCT told without a randomized count
    ("Participants were randomized to ketamine or midazolam; 58 were analysed. Six participants dropped out because "
     "of dissociation.", 58),
    # chart review
    ("Electronic records of 212 were analysed retrospectively. Five veterans discontinued treatment because of "
     "dissociation.", 212),
    # open-label
    ("In this prospective study, 71 completed all visits. Nine patients withdrew after the first session.", 71),
])
def test_people_who_left_are_not_the_sample(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


@pytest.mark.parametrize(("text", "n"), [
    ("Ninety adults with TRD received twice-weekly ketamine. Among 41 patients who achieved remission, 20 relapsed.",
     90),
    ("Sixty outpatients had six infusions. In 28 patients who responded, the response lasted a month.", 60),
    ("Seventy inpatients received esketamine. In 33 patients who did not respond, ECT was started.", 70),
    ("Forty-four veterans were given IV ketamine. Among 19 veterans who remitted, booster doses were offered.", 44),
])
def test_people_picked_out_by_their_outcome_are_a_subgroup(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


def test_responders_who_go_on_to_be_randomized_are_the_randomized_sample() -> None:
    # a randomized withdrawal trial randomizes its responders: that count stays the N
    text = ("In this randomized withdrawal study, 520 adults were enrolled; after induction, 240 who achieved response "
            "entered the randomized withdrawal phase.")
    assert find_sample_sizes(text)["n"] == 240


@pytest.mark.parametrize(("text", "n"), [
    ("We evaluated whether ketamine relieves pain in CRPS-1 patients. Forty patients took part in a randomized trial.",
     40),
    ("Infusions were given to COVID-19 patients on ventilators. 85 patients with low mood received ketamine.", 85),
    ("Depression is common in type 2 diabetes patients. 36 adults received esketamine in an open-label study.", 36),
    ("We studied HIV-1 patients with depression: 28 adults received six infusions.", 28),
])
def test_a_number_in_a_name_is_not_a_count(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


def test_a_heading_glued_to_a_count_still_counts() -> None:
    assert find_sample_sizes("OBJECTIVE: To describe kinetics in dogs. Animals-8 dogs. PROCEDURE: IV dosing.")["n"] == 8


# --- N: two groups compared, told by who they are ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "n"), [
    ("This study compared 17 patients with bipolar depression who had failed ECT and 23 patients with bipolar "
     "depression who had never had ECT.", 40),
    ("We compared 30 veterans with PTSD to 45 veterans without PTSD after a course of six ketamine infusions.", 75),
    ("The analysis compared 12 adolescents treated with esketamine versus 18 adolescents treated with ECT.", 30),
    ("We compared 20 women treated with ketamine to 20 women treated with ECT.", 40),
])
def test_two_groups_compared_add_up(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


def test_one_group_compared_on_two_scales_is_not_summed() -> None:
    text = "We compared 25 patients with high baseline anxiety on the MADRS and the HAM-A at 24 hours."
    assert find_sample_sizes(text)["n"] == 25


# --- N of a review: the included studies' whole sample ------------------------------------------------------------


@pytest.mark.parametrize(("text", "n"), [
    ("Seven studies that enrolled a total of 312 participants were included; 4 RCTs (190 participants) were pooled "
     "in the meta-analysis.", 312),
    ("Nine trials which enrolled 540 patients were eligible; five RCTs (260 patients) entered the pooled analysis.",
     540),
    ("Twelve studies that randomized 1,020 adults met the criteria; eight trials (610 adults) were pooled.", 1020),
    ("We included 6 studies that involved a total of 233 participants; 3 trials (120 participants) contributed to the "
     "meta-analysis.", 233),
])
def test_a_reviews_included_studies_sample(text: str, n: int) -> None:
    assert find_sample_sizes(text, "meta_analysis")["n"] == n


def test_a_count_of_studies_is_never_a_reviews_n() -> None:
    assert find_sample_sizes("Eleven studies that included 14 trials were screened.", "systematic_review")["n"] is None


# --- design: "one group" is one of the arms, not a one-group design; a design named for itself with its N between ---


@pytest.mark.parametrize("text", [
    "A double-blind trial randomized 80 patients into four groups: three groups received ketamine at different doses "
    "and one group received saline.",
    "Adults with TRD were randomly assigned to one of three arms: two arms received esketamine and one arm received "
    "placebo spray.",
    "Sixty women were randomized to two groups; one group was given ketamine after delivery, the other saline.",
    "In a placebo-controlled trial, participants were randomly allocated, one group receiving IM ketamine and one "
    "group receiving IM midazolam.",
])
def test_one_group_among_randomized_arms_is_an_rct(text: str) -> None:
    assert _x(text)["design"] == "rct"


@pytest.mark.parametrize("text", [
    "This one-group pretest-posttest study gave 20 adults with TRD six ketamine infusions.",
    "We conducted a one-arm trial of oral ketamine in 30 outpatients with suicidal ideation.",
    "Using a single-arm design, 18 veterans received twice-weekly esketamine for four weeks.",
])
def test_a_one_group_design_stays_open_label(text: str) -> None:
    assert _x(text)["design"] == "open_label"


@pytest.mark.parametrize(("text", "design"), [
    ("A randomized, double-blind, placebo-controlled trial (N = 120; NCT01234567) was conducted. Patients in one "
     "group received ketamine 0.5 mg/kg.", "rct"),
    ("An open-label study (n = 24) was conducted in outpatients; one group of responders was followed for a month.",
     "open_label"),
    ("A secondary analysis of a randomized trial (N = 99) was performed; one arm received midazolam.", "rct"),
    ("A retrospective cohort study (n = 310) was conducted; one group had received ketamine.", "observational"),
])
def test_a_design_named_with_its_n_in_brackets_is_declared(text: str, design: str) -> None:
    assert _x(text)["design"] == design


# --- design: an open-label study whose groups were chosen, not randomized, is non-randomized ------------------------


@pytest.mark.parametrize("text", [
    "We conducted an open-label trial in 40 outpatients, who received oral ketamine or ECT according to their own "
    "preference.",
    "This open-label study assigned 50 inpatients to ketamine or propofol anaesthesia according to the preference of "
    "each patient.",
    "We conducted an open-label study; patients were assigned by the treating psychiatrist's decision to esketamine "
    "or to ECT.",
    "An open-label trial allocated participants alternately to intramuscular or intravenous ketamine.",
])
def test_open_label_groups_chosen_not_randomized(text: str) -> None:
    assert _x(text)["design"] == "non_randomized"


@pytest.mark.parametrize(("text", "design"), [
    ("In this randomised open-label trial, 60 patients were randomly assigned to ketamine or ECT; patients could "
     "switch arms according to their preference after week 4.", "rct"),
    ("In this open-label study, 25 adults received six ketamine infusions over two weeks.", "open_label"),
])
def test_open_label_without_chosen_groups_is_unchanged(text: str, design: str) -> None:
    assert _x(text)["design"] == design


# --- design: a structured abstract with Methods and Discussion (or Trial registration) but no Results: a protocol ---


@pytest.mark.parametrize("text", [
    "Background\nKetamine acts fast in depression.\nMethods\nThis randomized, double-blind trial compares six "
    "infusions of ketamine with midazolam in 120 inpatients.\nDiscussion\nThis trial tests whether repeated "
    "infusions keep the response.\nTrial registration\nNCT01234567. Registered 3 March 2021.",
    "Background: Suicidal ideation needs rapid treatment. Methods: A single-arm, open-label study gives intranasal "
    "esketamine twice weekly to 40 adolescents. Discussion: The study provides feasibility data for a larger trial.",
    "BackgroundOlder adults respond poorly to antidepressants.MethodsIn this randomised controlled trial, "
    "participants receive subcutaneous ketamine or saline.DiscussionFindings may change practice.",
    "BACKGROUND: Oral ketamine is cheap. METHODS: We randomly assign 90 outpatients to oral ketamine or placebo for "
    "six weeks. TRIAL REGISTRATION: ACTRN12620000001.",
])
def test_methods_and_discussion_without_results_is_a_protocol(text: str) -> None:
    assert _x(text)["design"] == "protocol"


@pytest.mark.parametrize(("text", "design"), [
    ("Background: Ketamine acts fast. Methods: 80 inpatients were randomized to ketamine or midazolam. Results: "
     "Response was 50% vs 20%. Conclusions: Ketamine helped. Trial registration: NCT01234567.", "rct"),
    ("Background: Esketamine is new. Case presentation: A 45-year-old woman with TRD received esketamine nasal "
     "spray. Discussion: Her depression remitted.", "case_series"),
    ("Background: Ketamine is used off label. Discussion: This narrative review summarizes the evidence on ketamine "
     "for depression.", "review"),
])
def test_finished_studies_and_reviews_with_a_discussion_are_not_protocols(text: str, design: str) -> None:
    assert _x(text)["design"] == design


# --- design: the abstract's own cases told in the passive, beside a literature review: a case series ---------------


@pytest.mark.parametrize("text", [
    "Three cases from our outpatient clinic are described, together with a review of the literature on IM ketamine.",
    "Two case reports are presented and the literature on oral esketamine is reviewed.",
    "Five cases treated with sublingual ketamine at a single centre were reported in detail; a narrative review of "
    "similar treatments follows.",
    "The case of a veteran with PTSD treated with ketamine infusions is presented, along with a literature review.",
])
def test_own_cases_told_with_a_literature_review_are_a_case_series(text: str) -> None:
    assert _x(text)["design"] == "case_series"


@pytest.mark.parametrize("text", [
    "This review summarizes published case reports and trials of ketamine for depression.",
    "Twelve published case reports are described in this narrative review of esketamine.",
    "In this literature review, cases of ketamine misuse reported in 40 studies were described.",
])
def test_cases_of_the_literature_in_a_review_stay_a_review(text: str) -> None:
    assert _x(text)["design"] == "review"


# --- design: ten or more patients given the drug by an abstract that calls itself a study: open-label -------------


@pytest.mark.parametrize("text", [
    "The aim of this study was to assess a single ketamine infusion in bipolar depression. Twenty patients on lithium "
    "were given ketamine 0.5 mg/kg and rated with the HDRS.",
    "The study comprised 18 outpatients with TRD who were given intranasal esketamine; depressive symptoms fell "
    "within a day.",
    "Twenty-two adolescents with suicidal ideation took part in the study and were given oral ketamine.",
    "Our study included 14 veterans with PTSD given intramuscular ketamine; MADRS scores fell by half.",
])
def test_patients_treated_in_a_study_are_open_label(text: str) -> None:
    assert _x(text)["design"] == "open_label"


@pytest.mark.parametrize("text", [
    "We describe 12 patients with TRD given sublingual ketamine at our clinic; most improved.",
    "Eight patients in this study were given ketamine for refractory depression; six improved.",
    "Ketamine given to 15 outpatients with bipolar depression improved mood in most of them.",
])
def test_patients_treated_without_a_study_stay_a_case_series(text: str) -> None:
    assert _x(text)["design"] == "case_series"


# --- N: two groups of people named with who they are, then what they were given: one sample ------------------------


@pytest.mark.parametrize(("text", "n"), [
    ("Twenty patients with MDD and 20 healthy controls received a single ketamine infusion in this open-label study.",
     40),
    ("In this imaging study, 15 adults with bipolar depression and 15 matched controls underwent scanning after "
     "esketamine.", 30),
    ("Twelve veterans with PTSD and 10 veterans without PTSD were given six ketamine infusions.", 22),
    ("Thirty outpatients with TRD and 25 inpatients with TRD received intranasal esketamine twice weekly.", 55),
])
def test_two_named_groups_given_the_drug_add_up(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


def test_a_group_and_its_outcome_count_are_not_summed() -> None:
    text = "Thirty patients with TRD received ketamine and 12 responded within a day."
    assert find_sample_sizes(text)["n"] == 30


@pytest.mark.parametrize(("text", "n"), [
    ("We describe three patients with TRD who responded to intramuscular ketamine.", 3),
    ("Two veterans who remitted after esketamine are presented.", 2),
    ("Twelve outpatients who achieved remission with IV ketamine were followed for a year.", 12),
    ("Five adolescents who did not respond to SSRIs were given oral ketamine.", 5),
])
def test_an_outcome_group_is_the_sample_when_no_other_count_is_written(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


# --- N of a review: only a count stated as the whole of what it included; never its studies' own counts -----------


@pytest.mark.parametrize("text", [
    "We systematically searched PubMed for trials of intranasal ketamine. Of 5 clinical trials, 2 completed and 3 "
    "are recruiting.",
    "A meta-analysis pooled the kinetics of ketamine from 19 studies (11 in healthy adults, 3 in adult patients and 5 "
    "in children).",
    "This narrative review discusses arketamine and presents 2 patients treated at our centre.",
    "We systematically reviewed esketamine trials; the largest trial enrolled 227 patients and 40 patients dropped "
    "out of another.",
])
def test_a_reviews_other_counts_are_not_its_n(text: str) -> None:
    out = _x(text)
    assert out["design"] in ("systematic_review", "meta_analysis", "review")
    assert out["n"] is None


@pytest.mark.parametrize(("text", "n"), [
    ("Eight RCTs (seven published and one unpublished) covering 1,488 patients with MDD were included.", 1488),
    ("The search found 7 relevant studies, involving 1024 adult TRD patients.", 1024),
    ("Fifteen studies (seven RCTs, 2,015 participants) were included.", 2015),
    ("The analysis included 2,015 participants across 15 trials.", 2015),
    ("A total of 930 patients from 11 studies were included.", 930),
])
def test_a_reviews_whole_sample_in_other_words(text: str, n: int) -> None:
    assert find_sample_sizes(text, "meta_analysis")["n"] == n


# --- design: a design's head comes before its "of" complement -------------------------------------------------------


@pytest.mark.parametrize(("text", "design"), [
    ("We conducted a retrospective analysis of a case series of 70 patients treated with subcutaneous esketamine.",
     "observational"),
    ("We performed a retrospective review of a case series of 45 veterans given IV ketamine at one clinic.",
     "observational"),
    ("We present a case series of 4 patients with TRD given esketamine nasal spray.", "case_series"),
    ("This retrospective case series of 6 patients describes IM ketamine in older adults.", "case_series"),
])
def test_the_head_of_a_self_named_design_comes_before_its_complement(text: str, design: str) -> None:
    assert _x(text)["design"] == design


# --- design: groups chosen by someone, said the other way round -----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Depressed patients having ECT received ketamine or propofol as the anaesthetic, chosen by the anaesthetist. Fifty "
    "patients were included.",
    "Outpatients with TRD received esketamine or ECT, the treatment being selected by the patients themselves; 64 "
    "patients were followed.",
    "Forty veterans were given IV or IM ketamine, as decided by the treating psychiatrist, and compared at week 4.",
    "Two groups of 30 women, formed by the anesthesiologist's decision, received esketamine or saline after delivery.",
])
def test_groups_chosen_by_someone_are_non_randomized(text: str) -> None:
    assert _x(text)["design"] == "non_randomized"


# --- N: a sample with its arms' size as "(n = k per group)"; "met criteria and were enrolled" ------------------------


@pytest.mark.parametrize(("text", "n"), [
    ("In this double-blind trial, 80 patients with bipolar depression (n = 40 per group) received a single infusion.",
     80),
    ("Sixty parturients (n = 30 per arm) received esketamine or saline in this placebo-controlled study.", 60),
    ("In this open-label comparison, 44 outpatients (n = 22 in each group) received oral or sublingual ketamine.", 44),
    ("This crossover study included 24 adults with TRD (n = 12 per sequence) given ketamine and midazolam.", 24),
])
def test_a_sample_with_its_arms_size_as_n_per_group(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


@pytest.mark.parametrize(("text", "n"), [
    ("Among 500 patients screened, 120 met criteria and were enrolled in this open-label trial.", 120),
    ("Of 310 veterans referred, 96 met the inclusion criteria and were included.", 96),
    ("We screened 88 adolescents; 41 fulfilled all eligibility criteria and were recruited.", 41),
    ("Of the 230 women approached, 150 satisfied the study criteria and were enrolled.", 150),
])
def test_those_who_met_criteria_and_were_enrolled_are_the_sample(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


@pytest.mark.parametrize("text", [
    "The aim of this study was to describe our experience with 15 patients given IM ketamine for refractory "
    "depression.",
    "The aim of this study was to report the cases of 12 outpatients treated with sublingual ketamine; nine improved.",
])
def test_a_study_that_tells_care_it_gave_stays_a_case_series(text: str) -> None:
    assert _x(text)["design"] == "case_series"


# --- sections: a heading that ends in a period ("Methods.") opens its section ---------------------------------------


@pytest.mark.parametrize(("text", "sections"), [
    ("Background. Ketamine acts fast. Methods. Twenty patients received it. Results. Most improved.",
     ["background", "methods", "results"]),
    ("Objective. To test oral ketamine. Methods. Thirty adults took it daily. Conclusions. It helped.",
     ["objective", "methods", "conclusions"]),
    ("Introduction.\nIV ketamine is used widely.\nMethods.\nWe enrolled 40 adults.\nResults.\nHalf responded.",
     ["background", "methods", "results"]),
    ("Aims. To assess esketamine. Results. Remission was 30%.", ["objective", "results"]),
])
def test_a_heading_with_a_period_opens_its_section(text: str, sections: list[str]) -> None:
    from evidence.extract.text import split_sentences

    assert [s.section for s in split_sentences(text)] == sections


def test_a_sentence_starting_with_a_heading_word_is_not_a_heading() -> None:
    from evidence.extract.text import split_sentences

    assert [s.section for s in split_sentences("Results were mixed. Methods differed between sites.")] == [
        "unknown", "unknown"]


# --- design: ratings on a schedule of several set times are a planned single-group study ---------------------------


@pytest.mark.parametrize("text", [
    "Twenty-five patients with bipolar depression received one infusion of ketamine 0.5 mg/kg. The HDRS was rated "
    "before the infusion and at 6, 24 and 72 hours after it.",
    "Eighteen outpatients with TRD received a single ketamine infusion; MADRS scores were obtained before the "
    "infusion, after 40, 80 and 120 minutes and on day 1.",
    "Twenty-two adolescents received intranasal esketamine once; suicidal ideation was measured at baseline, 4 hours "
    "and 24 hours.",
    "Sixteen women with postpartum depression were given esketamine; EPDS was assessed prior to dosing and on days 1, "
    "3 and 7.",
])
def test_ratings_at_set_times_make_a_planned_single_group_study(text: str) -> None:
    assert _x(text)["design"] == "open_label"


@pytest.mark.parametrize(("text", "design"), [
    ("Four patients with TRD were given sublingual ketamine; their MADRS was rated at 1, 2 and 4 weeks.",
     "case_series"),
    ("Charts of 40 patients given IV ketamine were reviewed; PHQ-9 was recorded at weeks 2, 4 and 8.",
     "observational"),
    ("Forty patients were randomized to ketamine or saline; MADRS was rated at 2, 24 and 72 hours.", "rct"),
])
def test_a_schedule_does_not_override_other_cues(text: str, design: str) -> None:
    assert _x(text)["design"] == design


# --- design: a systematic review reporting a relative risk with its interval pooled: a meta-analysis ----------------


@pytest.mark.parametrize("text", [
    "We systematically searched PubMed and Embase for trials of ketamine. Twelve trials were included. Compared with "
    "placebo, the relative risk of response was 2.5 (95% CI, 1.8-3.4).",
    "A systematic search of MEDLINE found 9 RCTs of esketamine; the relative risk of remission was 1.7 (95% CI "
    "1.2-2.4).",
    "This systematic review of 7 trials found relative risks of 2.1 for response (95% CI 1.4 to 3.0) with ketamine.",
    "We conducted a systematic review; relative risk for dissociation was 4.0 (CI 2.2-7.1) across 10 trials.",
])
def test_a_systematic_review_with_a_relative_risk_and_interval_is_a_meta_analysis(text: str) -> None:
    assert _x(text)["design"] == "meta_analysis"


def test_a_trials_relative_risk_stays_its_own_design() -> None:
    text = "In this randomized trial, 80 patients received ketamine or placebo; the relative risk of response was 2.0 "
    text += "(95% CI 1.2-3.3)."
    assert _x(text)["design"] == "rct"


# --- N: "Of 96 participants, ..." names the whole before a subgroup ------------------------------------------------


@pytest.mark.parametrize(("text", "n"), [
    ("Results: Of 96 participants, 48 received ketamine. Among 30 patients with suicidal ideation, scores fell.", 96),
    ("Of the 140 outpatients, 61 responded. In 25 adults with bipolar disorder, response was lower.", 140),
    ("Of all 75 veterans, 40 remitted; with 12 veterans on benzodiazepines, remission was rarer.", 75),
    ("Of 58 adolescents, 30 were girls. Among 14 adolescents with prior attempts, ideation fell.", 58),
])
def test_the_whole_named_before_a_subgroup(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


@pytest.mark.parametrize(("text", "n"), [
    ("Of 120 patients screened, 64 were enrolled.", 64),
    ("Of the 30 patients with suicidal ideation, 20 improved; 90 adults were enrolled in total.", 90),
])
def test_a_screened_or_qualified_whole_is_not_the_sample(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


# --- design: patients treated in clinical practice and followed are observed, not assigned ---------------------------


@pytest.mark.parametrize("text", [
    "Data were collected prospectively from 45 patients receiving esketamine in clinical practice; MADRS was rated at "
    "baseline and week 4.",
    "Thirty-eight adults who started intranasal esketamine in daily clinical practice were assessed before and after "
    "the induction phase.",
    "In a prospective study, 52 veterans treated with IV ketamine in usual clinical practice were followed for three "
    "months.",
    "Twenty-nine patients prescribed esketamine twice weekly for four weeks in clinical practice were evaluated "
    "prospectively.",
])
def test_patients_treated_in_clinical_practice_are_observational(text: str) -> None:
    assert _x(text)["design"] == "observational"


@pytest.mark.parametrize(("text", "design"), [
    ("In this open-label trial, 40 patients received oral ketamine twice weekly; such dosing is feasible in clinical "
     "practice.", "open_label"),
    ("In this randomized trial, 120 patients receiving esketamine in clinical practice were assigned to two doses.",
     "rct"),
])
def test_a_trial_that_names_clinical_practice_keeps_its_design(text: str, design: str) -> None:
    assert _x(text)["design"] == design


# --- design: "non-randomized" said of one group is a single-group (open-label) study --------------------------------


@pytest.mark.parametrize("text", [
    "This was an open-label, non-randomized, single-arm study in which 20 adults with TRD received six ketamine "
    "infusions.",
    "In this non-randomised, single-group trial, 24 veterans received intramuscular ketamine weekly.",
    "A non-randomized study without a control group gave oral ketamine to 30 patients with chronic suicidality.",
    "This quasi-experimental one-group pretest-posttest study gave 18 inpatients esketamine nasal spray.",
])
def test_non_randomized_with_one_group_is_open_label(text: str) -> None:
    assert _x(text)["design"] == "open_label"


@pytest.mark.parametrize("text", [
    "A non-randomized trial compared 30 patients given ketamine with 30 patients given ECT.",
    "In this non-randomized single-arm-controlled comparison, patients chose ketamine or ECT according to their "
    "preference.",
])
def test_non_randomized_comparisons_stay_non_randomized(text: str) -> None:
    assert _x(text)["design"] == "non_randomized"
