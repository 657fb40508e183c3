"""Study design and N, seventh round: precedence between cues (paraphrases written here, not blind sentences)."""

from __future__ import annotations

import pytest

from evidence.extract.abstract import extract_abstract
from evidence.extract.sample import find_sample_sizes


def _x(text: str) -> dict[str, object]:
    return extract_abstract(text)


# --- N: two equal bracketed arms are two halves of the sample, not the sample and a subgroup ----------------------


@pytest.mark.parametrize(("text", "n"), [
    ("In this randomized study, 120 adults scheduled for hip surgery were divided into two groups: the ketamine group "
     "(n = 60) and the saline group (n = 60).", 120),
    ("Patients were allocated to esketamine (n = 45) or placebo (n = 45).", 90),
    ("Inpatients given ketamine (n = 30) and inpatients given ECT (n = 30) were followed for a month.", 60),
])
def test_two_equal_bracketed_arms_add_up(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


def test_a_bracketed_whole_with_three_parts_is_still_the_whole() -> None:
    text = "Participants (n = 90) were randomized to low dose (n = 30), high dose (n = 30) or placebo (n = 30)."
    assert find_sample_sizes(text)["n"] == 90


# --- N: a review's groups' sizes with no total add up; subsets and study counts do not -------------------------


@pytest.mark.parametrize(("text", "n"), [
    ("We pooled seven trials (esketamine group n = 410, placebo group n = 390) with random-effects models.", 800),
    ("Data from twelve studies were synthesised (ketamine arm n = 150; control arm n = 140) in a meta-analysis.", 290),
    ("A meta-analysis of five RCTs: intervention group, n = 99, comparison group, n = 101.", 200),
])
def test_a_reviews_group_sizes_add_up_to_its_pooled_sample(text: str, n: int) -> None:
    assert _x(text)["n"] == n


@pytest.mark.parametrize(("text", "n"), [
    # overlapping diagnostic subsets: the first count stands
    ("This meta-analysis pooled four RCTs (n = 500 with MDD, n = 320 with TRD).", 500),
    # a count of studies beside a pooled effect is not a group
    ("In a meta-analysis of nine RCTs (n = 210), the pooled effect was 0.9 (N = 6, 95% CI 0.5 to 1.2).", 210),
])
def test_subsets_and_study_counts_are_not_added(text: str, n: int) -> None:
    assert _x(text)["n"] == n


# --- design: what the study calls itself outranks design words about other work ---------------------------------


@pytest.mark.parametrize(("text", "design"), [
    # its own open-label design beats a descriptive "real-world" (an adjective of the sample, not a design)
    ("Ketamine lowers suicidal ideation in trials. With an open-label design, 14 recently hospitalised adults from a "
     "real-world emergency service were recruited to receive one ketamine infusion, rated at 24 h.", "open_label"),
    # its own systematic review beats the meta-analyses it left out
    ("We carried out a systematic review of trials of esketamine for depression published since 2019. We excluded "
     "meta-analyses, narrative reviews and case reports. Twenty trials were summarised.", "systematic_review"),
    # its own retrospective design, however few the patients, is observational (not a case series)
    ("Methods: A retrospective review of depression scores among 17 veterans who completed six ketamine sessions at "
     "one clinic. Results: Scores fell from 18 to 11.", "observational"),
    # its own randomized trial beats a "single group" mentioned in passing
    ("This randomised, double-blind trial compared a single group of ketamine-treated adults with a saline group; 80 "
     "adults were included.", "rct"),
])
def test_the_design_a_study_names_for_itself_wins(text: str, design: str) -> None:
    assert _x(text)["design"] == design


@pytest.mark.parametrize(("text", "design"), [
    # a self-named review refined by pooling: still a meta-analysis
    ("We conducted a systematic review of randomized trials of ketamine. Standardized mean differences were pooled "
     "using random-effects models across 11 trials (n = 640).", "meta_analysis"),
    # a self-named randomized trial that is a crossover
    ("This randomized, double-blind trial gave 20 adults ketamine and midazolam in random order, in a crossover "
     "design, one week apart.", "crossover_rct"),
    # a pilot "open-label" trial that was randomized is an RCT
    ("This open-label pilot trial randomly assigned 40 adults to ketamine or ECT.", "rct"),
    # a case series gathered by chart review: the study's first name for itself stands
    ("Here we report a case series of four older inpatients. A retrospective chart review was conducted for this case "
     "series.", "case_series"),
])
def test_a_later_cue_may_refine_the_declared_design(text: str, design: str) -> None:
    assert _x(text)["design"] == design


# --- design: a study told in the future is a protocol -------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A double-blind, randomised, placebo-controlled study will be conducted with 80 adults with depression. "
    "Participants will be divided into two groups of 40.",
    "Background: few trials use intramuscular ketamine, so we will conduct this trial. Methods: one patient group will "
    "get ketamine and the other saline; each patient will be assessed on days 0, 7 and 14.",
    "This pragmatic trial will be carried out in three hospitals. Eligible adults will be allocated to ketamine or ECT",
])
def test_a_study_told_in_the_future_is_a_protocol(text: str) -> None:
    assert _x(text)["design"] == "protocol"


@pytest.mark.parametrize("text", [
    "In this randomized trial, 60 adults received ketamine or saline. Further studies will be needed to confirm it.",
    "Sixty adults were randomized to ketamine or placebo. Larger trials will be required before it is used widely.",
])
def test_forward_looking_future_is_not_a_protocol(text: str) -> None:
    assert _x(text)["design"] == "rct"


# --- design: a letter is never a review itself ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "To the Editor: A recent systematic review of oral ketamine reported slow effects. In our practice, sublingual "
    "dosing acts faster; the systematic review included few adequately dosed studies.",
    "Dear Editor, we read with interest the meta-analysis of esketamine by Smith and colleagues, whose pooled "
    "estimates we think are biased by the trials' short duration.",
    "To the Editor: The review of ketamine for bipolar depression published in your journal omits the risk of mania.",
])
def test_a_letter_answering_a_review_is_not_a_review(text: str) -> None:
    assert _x(text)["design"] == "other"


@pytest.mark.parametrize(("text", "design"), [
    ("To the Editor: We describe a 52-year-old woman with refractory depression who responded to oral ketamine.",
     "case_series"),
    ("To the Editor: We conducted a systematic review of ketamine for anxiety and found nine trials.",
     "systematic_review"),
    ("A recent systematic review of oral ketamine reported slow effects; we searched PubMed and Embase to update it.",
     "systematic_review"),
])
def test_a_letter_with_its_own_design_or_case_keeps_it(text: str, design: str) -> None:
    assert _x(text)["design"] == design


# --- design: care a procedure needed, observed (no design word) -------------------------------------------------


@pytest.mark.parametrize("text", [
    "Objective: To assess ketamine for children in the emergency department. Methods: We included 140 children "
    "receiving intramuscular ketamine for laceration repair. The primary outcome was vomiting. Results: Vomiting "
    "occurred in 12%.",
    "Methods: Over six months, 42 adults were given ketamine sedation prior to undergoing a painful orthopaedic "
    "procedure in our unit. Results: Recovery took a mean of 70 min and no serious adverse events occurred.",
    "Methods: Ketamine was given intravenously or intramuscularly depending on physician preference to 35 toddlers "
    "needing procedural sedation. Results: Emergence reactions were rare.",
])
def test_a_drug_given_as_the_care_a_procedure_needs_is_observed(text: str) -> None:
    assert _x(text)["design"] == "observational"


@pytest.mark.parametrize(("text", "design"), [
    # randomized sedation studies stay randomized
    ("Methods: 90 children needing procedural sedation were randomized to ketamine or propofol. Results: Recovery was "
     "faster with propofol.", "rct"),
    # sedation named as a side effect of a depression treatment does not make it care for a procedure
    ("Methods: Twenty adults with treatment-resistant depression received six ketamine infusions over two weeks. "
     "Results: Response occurred in 45%; sedation and dizziness were transient.", "open_label"),
])
def test_sedation_words_do_not_override_other_cues(text: str, design: str) -> None:
    assert _x(text)["design"] == design


# --- design: a review done as one step of a study that treats people is a primary study ---------------------------


@pytest.mark.parametrize("text", [
    "Methods: After a review of published sedation protocols, we wrote our own. Thirty children aged 2-10 years were "
    "administered ketamine before fracture reduction. Results: All procedures were completed.",
    "Methods: A literature review informed the dosing schedule. Then 24 adults were given ketamine sedation prior to "
    "a painful procedure. Results: Sedation was adequate in all.",
    "Methods: A review of the hospital's policies was carried out, and 50 patients were treated with ketamine sedation "
    "for wound repair. Results: Two had emergence reactions.",
])
def test_a_review_step_in_a_study_that_treats_people_is_not_a_review(text: str) -> None:
    assert _x(text)["design"] not in ("review", "systematic_review", "meta_analysis")


def test_a_narrative_review_without_people_treated_stays_a_review() -> None:
    text = ("This narrative review summarises ketamine's antidepressant evidence. Most trials enrolled fewer than 100 "
            "patients; we review routes, doses and safety.")
    assert _x(text)["design"] == "review"


# --- N: a number is never a word describing the people counted ------------------------------------------------


@pytest.mark.parametrize(("text", "n"), [
    ("In this phase 2 study, 41 adolescents with depression received intranasal esketamine twice weekly.", 41),
    ("Of the phase 2 completers, 19 patients entered the extension.", 19),
    ("In stage 2, 33 outpatients were followed for a month.", 33),
])
def test_a_phase_or_stage_number_does_not_count_people(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


# --- design: more ways a study names its kind --------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "This multicentre, double-masked, sham-controlled trial enrolled 120 adults with TRD, who received ketamine or "
    "saline infusions twice weekly.",
    "We ran an active placebo-controlled trial in 48 adults, with midazolam as the comparator.",
    "A saline-controlled trial of 70 outpatients tested one infusion of esketamine.",
])
def test_a_comparator_controlled_or_masked_trial_is_an_rct(text: str) -> None:
    assert _x(text)["design"] == "rct"


def test_an_uncontrolled_trial_is_not_an_rct() -> None:
    assert _x("An uncontrolled trial of 18 outpatients given oral ketamine for six weeks.")["design"] == "open_label"


@pytest.mark.parametrize("text", [
    "Patients treated with ketamine in our clinic between January 2018 and December 2020 were identified (n = 300), "
    "and their PHQ-9 scores were compared before and after treatment.",
    "Adults seen at the infusion service from 2015 to 2019 were included (n = 88); MADRS scores before and after six "
    "infusions were compared.",
    "All inpatients prescribed esketamine between 2020 and 2022 were selected, 64 in total, and their outcomes at "
    "discharge were compared before and after treatment.",
])
def test_people_treated_in_a_past_span_of_dates_and_looked_up_are_observed(text: str) -> None:
    assert _x(text)["design"] == "observational"


def test_people_enrolled_in_a_span_of_dates_are_not_made_observational() -> None:
    text = ("Between 2015 and 2017, 30 outpatients were enrolled to receive six open-label ketamine infusions; "
            "MADRS was rated before and after treatment.")
    assert _x(text)["design"] == "open_label"


@pytest.mark.parametrize("text", [
    "Ketamine is an NMDA receptor antagonist. This article provides an overview of its mechanisms, clinical evidence "
    "and safety.",
    "Esketamine was approved in 2019. This chapter gives a brief update on its use in depression.",
    "This paper offers a synthesis of what is known about arketamine.",
])
def test_an_article_offering_an_overview_is_a_review(text: str) -> None:
    assert _x(text)["design"] == "review"


@pytest.mark.parametrize("text", [
    "This study is a randomized, double-blind trial that plans to enrol 200 patients with TRD.",
    "The trial aims to recruit 90 adults with bipolar depression; outcomes are assessed at day 28.",
    "This pragmatic study intends to randomise 300 patients to ketamine or ECT.",
])
def test_a_trial_that_plans_to_enrol_is_a_protocol(text: str) -> None:
    assert _x(text)["design"] == "protocol"


@pytest.mark.parametrize("text", [
    "A feasibility study in which 16 older adults received subcutaneous ketamine weekly for four weeks.",
    "In this proof-of-concept study, 12 adults with OCD were given one ketamine infusion.",
    "We report a proof of concept trial: 9 outpatients took oral ketamine daily for a month.",
])
def test_feasibility_and_proof_of_concept_studies_are_single_group_trials(text: str) -> None:
    assert _x(text)["design"] == "open_label"


def test_a_randomized_feasibility_trial_is_an_rct() -> None:
    text = "This randomised feasibility trial allocated 30 adults to ketamine or ECT."
    assert _x(text)["design"] == "rct"


@pytest.mark.parametrize(("text", "n"), [
    ("Seventy-two patients were included in the analysis (36 per arm) of this randomized trial.", 72),
    ("Ninety adults with depression took part in the randomized comparison (30 in each group).", 90),
    ("Forty-eight outpatients were enrolled from the two hospital clinics, 24 per arm, and randomized.", 48),
])
def test_a_sample_with_its_arms_size_after_a_longer_clause_is_the_sample(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


def test_a_count_per_dose_cohort_is_still_not_the_sample() -> None:
    text = "Thirty adults took part. Ten subjects were included in each dose cohort of this escalation study."
    assert find_sample_sizes(text)["n"] == 30


# --- design: controlled designs named in the plural or credited to other authors are other work ------------------


@pytest.mark.parametrize("text", [
    "Esketamine was effective in randomized, placebo-controlled trials, but its effect in older adults is unknown. "
    "Twenty-two adults over 65 received esketamine twice weekly for four weeks; MADRS was rated weekly.",
    "Ketamine's efficacy was established in a randomized controlled trial by Zarate. We gave 30 outpatients six "
    "infusions over two weeks and measured MADRS before and after.",
    "Double-blind, placebo-controlled studies support ketamine in depression. Eighteen inpatients then received "
    "ketamine daily for five days, rated at baseline and on day 6.",
    "A randomized trial (Murrough et al.) found benefit. Twelve adolescents received open ketamine once weekly for "
    "six weeks.",
])
def test_controlled_designs_of_other_work_do_not_make_a_single_group_study_an_rct(text: str) -> None:
    assert _x(text)["design"] == "open_label"


def test_a_study_that_names_its_own_randomized_trials_keeps_them() -> None:
    text = "We report two randomized, placebo-controlled trials in 80 adults each, allocating ketamine or saline."
    assert _x(text)["design"] == "rct"


# --- design: chance allocation named by its tool -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In this trial, 60 patients were assigned by a computer-generated list to intranasal esketamine or placebo.",
    "Allocation of 44 adults to ketamine or ECT used a random number table.",
    "A computer-generated sequence allocated 90 women to esketamine or saline before caesarean delivery.",
])
def test_allocation_by_a_random_tool_is_randomization(text: str) -> None:
    assert _x(text)["design"] == "rct"


# --- design: defaults when no design word is written ------------------------------------------------------------


def test_many_patients_and_no_design_word_is_most_often_routine_care() -> None:
    text = "Methods: We used the TriNetX network to compare 5,000 esketamine-treated patients with 5,000 patients on "
    text += "other antidepressants."
    assert _x(text)["design"] == "observational"


@pytest.mark.parametrize("text", [
    "Fourteen adults with OCD received oral ketamine daily for 14 days and were rated at baseline and day 15.",
    "Nine outpatients were given esketamine twice a week for eight weeks.",
    "Sixteen adults received 8 infusions over 4 weeks.",
])
def test_a_dosing_schedule_kept_for_a_set_time_is_a_planned_single_group_study(text: str) -> None:
    assert _x(text)["design"] == "open_label"


def test_a_handful_of_patients_without_a_schedule_is_still_a_case_series() -> None:
    text = "Three patients with bipolar depression improved after ketamine given at their clinicians' discretion."
    assert _x(text)["design"] == "case_series"


@pytest.mark.parametrize("text", [
    "Brief summary: This study will evaluate intranasal esketamine in 40 adolescents with suicidal ideation.",
    "The proposed trial will compare ketamine with ECT in older adults with severe depression.",
    "This multicentre study will investigate whether oral ketamine prevents relapse.",
])
def test_a_study_that_will_evaluate_is_a_protocol(text: str) -> None:
    assert _x(text)["design"] == "protocol"


def test_a_finished_study_that_evaluated_is_not_a_protocol() -> None:
    text = "This randomized study evaluated esketamine in 40 adolescents; this finding will help clinicians."
    assert _x(text)["design"] == "rct"


@pytest.mark.parametrize("text", [
    "Methods: A total of 200 adults undergoing elective surgery received ketamine at induction per institutional "
    "practice, and postoperative delirium was recorded. Results: Delirium occurred in 12%.",
    "Methods: 75 women received esketamine as standard of care after caesarean delivery; pain was recorded.",
    "Methods: 150 adults were sedated with ketamine according to usual practice; recovery times were noted.",
])
def test_a_drug_given_as_usual_practice_is_observed(text: str) -> None:
    assert _x(text)["design"] == "observational"


def test_a_trial_following_its_own_protocol_is_not_made_observational() -> None:
    text = ("Methods: Following the study protocol, 24 outpatients with TRD received six ketamine infusions over two "
            "weeks. Results: 11 responded.")
    assert _x(text)["design"] == "open_label"


@pytest.mark.parametrize(("text", "design"), [
    ("Sixty adults were randomized to ketamine or saline according to the study protocol; 55 completed it.", "rct"),
    ("Twenty-four outpatients received six ketamine infusions over two weeks; two deviations from the trial protocol "
     "were recorded.", "open_label"),
    ("In this double-blind randomized trial, 90 adults were treated as specified in our trial protocol.", "rct"),
])
def test_a_finished_study_that_kept_to_its_protocol_is_not_a_protocol(text: str, design: str) -> None:
    assert _x(text)["design"] == design


@pytest.mark.parametrize("text", [
    "This study protocol describes a randomised trial of ketamine for suicidal ideation.",
    "We present the trial protocol of a multicentre comparison of ketamine and ECT.",
    "Here we describe the protocol for a pragmatic trial of oral esketamine.",
])
def test_a_paper_that_is_the_protocol_stays_a_protocol(text: str) -> None:
    assert _x(text)["design"] == "protocol"


# --- design: a systematic review that reports what only pooling gives is a meta-analysis --------------------------


@pytest.mark.parametrize("text", [
    "We searched PubMed and Embase. Data from 15 studies were combined; the overall effect size was g = 0.82 (95% CI "
    "0.61-1.03).",
    "A systematic review identified 9 RCTs. Ketamine lowered MADRS more than placebo (mean difference -5.2 points, "
    "95% CI -7.1 to -3.3).",
    "Methods: Eligible RCTs were identified through a systematic literature search. Weighted mean differences were "
    "calculated. Results: Ten RCTs with 650 participants were analysed.",
    "This systematic review and network analysis compared esketamine, ketamine and ECT across 40 trials.",
])
def test_a_systematic_review_that_pools_is_a_meta_analysis(text: str) -> None:
    assert _x(text)["design"] == "meta_analysis"


@pytest.mark.parametrize(("text", "design"), [
    ("We conducted a systematic review of 20 studies of ketamine in adolescents. Most reported improvement; results "
     "are described narratively.", "systematic_review"),
    ("Methods: We performed a network analysis of depressive symptoms in 300 patients treated with ketamine at our "
     "clinic between 2018 and 2020 who were identified from records.", "observational"),
    ("In this randomized trial of 80 adults, the effect size was d = 0.9 (95% CI 0.4-1.4).", "rct"),
])
def test_effect_measures_outside_a_review_do_not_make_a_meta_analysis(text: str, design: str) -> None:
    assert _x(text)["design"] == design


@pytest.mark.parametrize("text", [
    "We present a retrospective case series of 8 patients with TRD treated with intramuscular ketamine.",
    "This naturalistic case series describes 6 outpatients given oral ketamine.",
    "We report a prospective case series of seven adolescents who received esketamine.",
])
def test_the_head_noun_names_the_kind_a_retrospective_case_series_is_a_case_series(text: str) -> None:
    assert _x(text)["design"] == "case_series"


# --- N: "k of m screened people were randomized": k went on ------------------------------------------------------


@pytest.mark.parametrize(("text", "n"), [
    ("Eighteen of 24 screened participants were randomized to ketamine or placebo in a crossover design.", 18),
    ("Sixty-four of 90 eligible patients were randomly assigned to esketamine or placebo.", 64),
    ("In all, 40 out of 52 referred outpatients were randomized.", 40),
])
def test_the_part_of_the_screened_that_was_randomized_is_the_sample(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


def test_a_share_k_of_m_is_still_not_a_sample() -> None:
    text = "Forty patients were enrolled. At day 7, 12 of 40 patients responded."
    assert find_sample_sizes(text)["n"] == 40


@pytest.mark.parametrize("text", [
    "Results: 12 of 40 patients (30%) responded at day 7.",
    "Response at 24 h occurred in 14 of 20 patients in the ketamine group and 3 of 19 in the placebo group.",
    "Seventy-six patients (9.5%) discontinued esketamine because of adverse events.",
])
def test_a_share_gives_no_sample_size_of_its_own(text: str) -> None:
    assert find_sample_sizes(text)["n"] is None  # an arm's size or a share of a larger sample: missing beats wrong


# --- design: a design that is wished for is not this study's ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In this context, a randomized trial is needed. We treated 12 outpatients with oral ketamine daily for four weeks.",
    "A placebo-controlled trial is warranted. Meanwhile, 15 inpatients received ketamine twice weekly for three weeks.",
    "These results should be confirmed in a randomized controlled trial. Twenty adults received six infusions over "
    "two weeks.",
])
def test_a_design_wished_for_is_not_this_studys(text: str) -> None:
    assert _x(text)["design"] == "open_label"


# --- N: a sample credited to other authors is theirs ------------------------------------------------------------


@pytest.mark.parametrize(("text", "n"), [
    ("Zarate et al. found rapid effects in 18 patients with TRD. We gave 40 outpatients intranasal esketamine twice "
     "weekly for four weeks.", 40),
    ("Rapid antidepressant effects were shown by Berman in 7 patients. Here, 24 veterans received ketamine "
     "infusions.", 24),
    ("Anti-suicidal effects were first reported in 33 inpatients (Price et al.). Sixty adults were randomized to "
     "ketamine or midazolam.", 60),
])
def test_a_sample_credited_to_other_authors_is_not_this_studys(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


def test_own_results_about_what_was_observed_keep_their_counts() -> None:
    text = "Methods: Twenty patients received ketamine. Results: Response was observed in 12 of 20 patients."
    assert find_sample_sizes(text)["n"] == 20


@pytest.mark.parametrize("text", [
    "Methods: We included 35 patients who received esketamine at our centre. Outcomes were collected at baseline and "
    "3 months. Results: 14 responded.",
    "Methods: Depression scores of 28 adults who were treated with ketamine in the outpatient clinic were compared "
    "before and after six infusions. Results: Scores fell.",
    "Methods: Forty-one veterans who underwent ketamine treatment at two VA hospitals were studied. Results: 40% "
    "responded.",
])
def test_people_picked_as_those_treated_at_a_place_are_observed(text: str) -> None:
    assert _x(text)["design"] == "observational"


def test_people_enrolled_to_receive_treatment_at_a_clinic_are_a_trial() -> None:
    text = ("Methods: Thirty outpatients were enrolled at our clinic to receive six ketamine infusions over two weeks. "
            "Results: 14 responded.")
    assert _x(text)["design"] == "open_label"


@pytest.mark.parametrize("text", [
    "We describe 12 patients with depression who were given intravenous ketamine at our clinic; most improved.",
    "We present seven consecutive inpatients who received ketamine at the psychiatric unit.",
    "We report on five women given esketamine at our centre after delivery.",
])
def test_a_handful_of_people_described_by_the_authors_is_a_case_series(text: str) -> None:
    assert _x(text)["design"] == "case_series"


@pytest.mark.parametrize("text", [
    "This consensus statement from an expert panel summarises recommendations for the use of ketamine in depression.",
    "We offer consensus recommendations on esketamine monitoring, drawn from the literature and expert opinion.",
    "An international panel developed consensus guidance on ketamine clinics.",
])
def test_a_consensus_statement_is_a_review(text: str) -> None:
    assert _x(text)["design"] == "review"


@pytest.mark.parametrize("text", [
    "In this review, we present the case of a 45-year-old man with TRD who responded to oral ketamine, and summarise "
    "the literature.",
    "This mini-review starts from a 30-year-old woman with postpartum depression treated with esketamine.",
    "Our review describes a 52-year-old veteran given intramuscular ketamine, then the published cases.",
])
def test_a_case_told_within_a_review_of_the_literature_is_a_case_report(text: str) -> None:
    assert _x(text)["design"] == "case_series"


@pytest.mark.parametrize(("text", "n"), [
    ("Seventy consecutive patients referred for ketamine were prospectively followed for a year.", 70),
    ("Forty-two adults referred to the infusion clinic were treated with six infusions.", 42),
    ("Of 120 patients referred, 64 were enrolled.", 64),
    ("Ninety patients were referred and 55 were included in the study.", 55),
])
def test_people_referred_are_the_sample_only_when_they_are_then_studied(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


@pytest.mark.parametrize("text", [
    "In this open-label study, 60 patients chose between ketamine and ECT according to their preference; outcomes "
    "were compared at 4 weeks.",
    "This open-label trial assigned 40 adults to ketamine or lithium at the treating psychiatrist's discretion.",
    "We conducted an open-label study in which 30 patients self-selected oral or intranasal ketamine.",
])
def test_an_open_label_study_allocated_by_preference_is_non_randomized(text: str) -> None:
    assert _x(text)["design"] == "non_randomized"


@pytest.mark.parametrize("text", [
    "This review of the medical records of 200 patients treated with ketamine found a response rate of 40%.",
    "Methods: This review of 85 charts of adolescents given ketamine assessed safety. Results: No serious events.",
    "Our review of registry data on 1,200 esketamine users examined hospitalisations.",
])
def test_a_self_named_review_of_records_is_a_records_study(text: str) -> None:
    assert _x(text)["design"] == "observational"


def test_a_self_named_review_of_the_literature_stays_a_review() -> None:
    text = "This review of the literature on arketamine covers its pharmacology and early clinical data."
    assert _x(text)["design"] == "review"


# --- design: no design word, but arms made by the study, or studies pooled ------------------------------------------


@pytest.mark.parametrize("text", [
    "Overall, 336 patients were assigned to the esketamine group and 340 to the quetiapine group.",
    "Methods: Adults with TRD received esketamine nasal spray 56 mg or placebo twice weekly. Results: Remission was "
    "higher with esketamine.",
    "At day 7, response was 52% in the ketamine group and 12% in the placebo group.",
])
def test_arms_made_by_the_study_make_a_controlled_trial(text: str) -> None:
    assert _x(text)["design"] == "rct"


@pytest.mark.parametrize("text", [
    "We found 36 studies (2903 participants). Ketamine improved response (RR = 2.14; 95% CI, 1.72-2.66; I2 = 65%).",
    "Twelve trials were eligible; heterogeneity was moderate and the odds ratio for remission was 2.9 (95% CI "
    "1.8-4.6).",
    "Across 9 RCTs, the forest plot favoured ketamine.",
])
def test_studies_counted_and_pooled_are_a_meta_analysis(text: str) -> None:
    assert _x(text)["design"] == "meta_analysis"


@pytest.mark.parametrize(("text", "n"), [
    ("Of 250 patients screened, 202 (81%) were randomized to ketamine or placebo.", 202),
    ("Of 120 screened, 100 patients (83%) were randomized.", 100),
    ("Ninety participants (75%) were enrolled and treated with esketamine.", 90),
])
def test_a_count_with_its_share_of_those_screened_that_went_in_is_the_sample(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


@pytest.mark.parametrize("text", [
    "Ketamine versus placebo trials have shown rapid effects. We treated 12 patients with oral ketamine daily for 4 "
    "weeks.",
    "Earlier work compared esketamine vs placebo. Here 14 adults received oral ketamine twice weekly for 6 weeks.",
])
def test_trials_versus_placebo_in_the_background_make_no_arm_of_this_study(text: str) -> None:
    assert _x(text)["design"] == "open_label"
