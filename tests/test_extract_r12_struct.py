"""Twelfth-session study-field rules (design, N, population, route), each written from a first-contact error of the
dev13 split and checked on paraphrases written here (never the blind sentences), negatives included."""

from __future__ import annotations

import pytest

from tests.extract_support import design_of, n_of, population_of, routes_of

# The PRISMA guideline's full name ("... for Systematic Reviews and Meta-Analyses") names no pooling: a review that
# follows it without pooling stays a systematic review; one that pools is still a meta-analysis.
GUIDELINE_NAME = [
    ("Background: Ketamine for panic disorder is poorly studied. Methods: This systematic review followed the "
     "Preferred Reporting Items for Systematic Reviews and Meta-Analysis guidelines; MEDLINE and Embase were "
     "searched. Results: Seven articles were found, mostly case reports, with mixed results.", "systematic_review"),
    ("We searched four databases following the Preferred Reporting Items for Systematic Review and Meta-Analyses "
     "Protocols (PRISMA-P) in this systematic review of ketamine for anorexia nervosa. Eleven reports were found; "
     "benefits were inconsistent.", "systematic_review"),
    ("Methods: A systematic review of esketamine in late-life depression was run according to the Preferred "
     "Reporting Items for Systematic Reviews and Meta-Analysis 2020 statement. Results: Six small studies were "
     "described narratively.", "systematic_review"),
    ("A literature search was run in PubMed and Scopus according to the Preferred Reporting Items for Systematic "
     "Reviews and Meta-analysis. Eight studies of ketamine for tinnitus-related distress were included.",
     "systematic_review"),
    # negative: a review that pools is a meta-analysis whatever guideline it names
    ("Methods: Following the Preferred Reporting Items for Systematic Reviews and Meta-Analyses, we pooled nine "
     "trials. Results: Ketamine beat placebo (SMD -0.8, 95% CI -1.1 to -0.5; I2 = 40%).", "meta_analysis"),
]


@pytest.mark.parametrize(("text", "design"), GUIDELINE_NAME)
def test_the_reporting_guideline_name_is_not_a_meta_analysis(text: str, design: str) -> None:
    assert design_of(text) == design


# Studies counted as meeting inclusion criteria, and no people counted: the paper selected studies (a review), even
# when the designs it names are randomized trials.
INCLUDED_STUDIES = [
    ("Aim: to summarise data on ketamine for depression in people with dementia from randomized controlled trials. "
     "Three trials met the inclusion criteria. The first trial showed a benefit of intravenous ketamine; the others "
     "did not.", "systematic_review"),
    ("Objective: To gather randomized controlled studies of esketamine in adolescents. Results: Four RCTs fulfilled "
     "the eligibility criteria; esketamine was well tolerated in all of them.", "systematic_review"),
    ("Purpose: Evidence on oral ketamine in palliative care. Twelve publications met our inclusion criteria, "
     "among them two randomized trials.", "systematic_review"),
    # negative: a trial whose patients met its inclusion criteria is the trial itself
    ("Methods: In this randomized controlled trial, 64 patients met the inclusion criteria and were randomized to "
     "ketamine or midazolam.", "rct"),
]


@pytest.mark.parametrize(("text", "design"), INCLUDED_STUDIES)
def test_studies_that_met_inclusion_criteria_make_a_review(text: str, design: str) -> None:
    assert design_of(text) == design


# The authors' opinion or overview in the first person ("we believe", "we suggest that", "here we present a new
# perspective", "we examine the evidence for") does not make an abstract with no study of its own a study: a
# narrative review.
FIELD_SPEECH = [
    ("Postpartum depression is common and disabling. Esketamine has rapid antidepressant effects. Trials in "
     "obstetric anaesthesia are accumulating. We believe that it is time to test esketamine in routine "
     "postpartum care.", "review"),
    ("Anorexia nervosa has few effective treatments. Ketamine acts on glutamate signalling. Early reports are "
     "encouraging. Here we present a new perspective arguing that ketamine deserves controlled trials in this "
     "illness.", "review"),
    ("Older adults with depression respond poorly to many drugs. Ketamine acts within hours. In this overview, we "
     "examine the evidence for ketamine in late-life depression, including its safety.", "review"),
    ("Arketamine is the R-enantiomer of ketamine. It has shown efficacy in rodent models of depression. Early human "
     "data are limited. We suggest that further clinical work with arketamine is warranted.", "review"),
]


@pytest.mark.parametrize(("text", "design"), FIELD_SPEECH)
def test_the_authors_opinion_is_not_a_study_of_their_own(text: str, design: str) -> None:
    assert design_of(text) == design


def test_a_first_person_study_is_not_made_a_review() -> None:
    # negative: "we treated 18 patients" is a study of its own, whatever the authors believe
    text = ("Ketamine is a rapid antidepressant. We treated 18 patients with bipolar depression with six infusions. "
            "Depression scores fell significantly. We believe that ketamine is useful in bipolar depression.")
    assert design_of(text) != "review"


# Suicidality named by an instrument ("Beck Scale for Suicide Ideation", "Sheehan-Suicidality Tracking Scale"), by a
# scale item said to measure it ("item 10 of the MADRS for suicidal ideation"), or as a level compared between
# groups ("suicidality at baseline was higher in"): what the study measured, not whom it enrolled.
SUICIDALITY_MEASURED = [
    "Methods: Forty adults with bipolar depression received ketamine. Ideation was rated on the Beck Scale for "
    "Suicide Ideation at baseline and day 1.",
    "Methods: 52 adolescents with TRD were given esketamine weekly and completed the Suicidal Ideation "
    "Questionnaire-Junior before each dose.",
    "Methods: 63 veterans with TRD received six infusions. Depression was rated with the QIDS-SR and item 9 of the "
    "PHQ-9 for suicidal thoughts.",
    "Results: In 80 patients with TRD treated with ketamine, suicidality at baseline was higher in women than in men, "
    "and both groups improved.",
]


@pytest.mark.parametrize("text", SUICIDALITY_MEASURED)
def test_suicidality_measured_is_not_the_population(text: str) -> None:
    assert "suicidal" not in population_of(text)


# negatives: people enrolled for their suicidality stay suicidal, even beside a scale name
SUICIDAL_PEOPLE = [
    "Methods: 30 inpatients with active suicidal ideation received ketamine; the Beck Scale for Suicide Ideation was "
    "rated daily.",
    "Methods: Adults at imminent risk for suicide (n = 44) were randomized to esketamine or placebo.",
    "Methods: We enrolled 25 suicidal outpatients with MDD and measured ideation with the Columbia scale.",
]


@pytest.mark.parametrize("text", SUICIDAL_PEOPLE)
def test_suicidal_people_stay_suicidal(text: str) -> None:
    assert "suicidal" in population_of(text)


# A page that prints no space after its full stops ("...surgery.Patients were randomly divided") still ends its
# sentences there: a per-group count is multiplied by the arms of its own sentence, not by arms named later.
UNSPACED_STOPS = [
    ("Methods:60 patients undergoing hysterectomy.Patients were randomly divided into two groups:group S (saline) "
     "and group E (esketamine),with 30 cases in each group.Anesthesia was maintained with propofol in group S and "
     "with propofol,remifentanil and esketamine in group E.", 60),
    ("Methods:80 elderly patients were enrolled.They were randomly allocated to two groups:control (group C) and "
     "esketamine (group K),40 cases in each group.Maintenance of anesthesia:propofol and remifentanil in group C; "
     "propofol,dexmedetomidine and esketamine in group K.", 80),
    ("Methods:100 women aged 20 ~40.Patients were randomly divided into two groups:placebo group (Group P) and "
     "esketamine group (Group E),with 50 cases in each group.Induction:propofol and sufentanil in Group P; "
     "propofol,midazolam and esketamine in Group E.", 100),
]


@pytest.mark.parametrize(("text", "n"), UNSPACED_STOPS)
def test_an_unspaced_full_stop_ends_the_sentence(text: str, n: int) -> None:
    assert n_of(text) == n


# "crossover" as one adjective of a list before the design's noun, followed by a comma ("double-blind, crossover,
# randomized, placebo-controlled experiment"): a crossover trial, as when no comma stands between.
CROSSOVER_IN_A_LIST = [
    "Methods: In a double-blind, crossover, randomized, placebo-controlled experiment, 18 patients with TRD received "
    "ketamine and saline a week apart.",
    "Methods: This single-site, cross-over, placebo-controlled investigation gave 22 bipolar patients ketamine "
    "and midazolam on two test occasions.",
    "Methods: A crossover, double-blind comparison of esketamine and placebo was run in 16 adults with MDD.",
]


@pytest.mark.parametrize("text", CROSSOVER_IN_A_LIST)
def test_crossover_in_a_list_of_design_words(text: str) -> None:
    assert design_of(text) == "crossover_rct"


def test_patients_allowed_to_cross_over_are_no_crossover_design() -> None:
    # negative: non-responders who "cross over, open-label" to the active arm after a parallel trial
    text = ("Methods: 60 patients with TRD were randomized to ketamine or midazolam in a parallel design. "
            "Non-responders could cross over to open-label ketamine after day 7.")
    assert design_of(text) == "rct"


# The sample named as one group, sample or cohort ("in a group of 27 right-handed hospitalized depressive patients")
# is the N, however many describing words stand before the people.
GROUP_OF_N = [
    ("Methods: Ketamine's effect on EEG was studied in a group of 31 right-handed medication-free depressed "
     "patients.", 31),
    ("Methods: We measured plasma BDNF in a sample of 44 right-handed unmedicated depressed inpatients given six "
     "infusions.", 44),
    ("Methods: Sleep was recorded among a cohort of 19 drug-free right-handed bipolar outpatients before and after "
     "ketamine.", 19),
]


@pytest.mark.parametrize(("text", "n"), GROUP_OF_N)
def test_a_group_of_n_people_is_the_sample(text: str, n: int) -> None:
    assert n_of(text) == n


# Infusions the study names as subcutaneous or intramuscular make its bare "infusion" words elsewhere those same
# infusions ("rated 24 h after each infusion"), not an intravenous route.
OTHER_ROUTE_INFUSIONS = [
    "Methods: 40 patients with TRD received eight weekly subcutaneous ketamine infusions. Depression was rated "
    "before and 24 h after each infusion.",
    "Methods: Esketamine was infused subcutaneously twice a week in 25 inpatients. Results: MADRS fell after the "
    "third infusion.",
    "Methods: Twelve older adults were given intramuscular ketamine infusions over 40 minutes; blood pressure was "
    "monitored during every infusion.",
]


@pytest.mark.parametrize("text", OTHER_ROUTE_INFUSIONS)
def test_bare_infusions_take_the_route_the_study_names(text: str) -> None:
    assert "intravenous" not in routes_of(text)


def test_an_explicit_intravenous_arm_stays_beside_subcutaneous_infusions() -> None:
    # negative: a study comparing subcutaneous infusions with intravenous ones names both routes
    text = ("Methods: 30 patients with TRD were randomized to subcutaneous ketamine infusions or intravenous ketamine "
            "infusions, six of each over three weeks.")
    assert routes_of(text) == ["intravenous", "subcutaneous"]


# Two groups each told with what it was given, joined by "compared with" ("22 patients received ketamine and propofol
# compared with 20 patients as the control group who received propofol"): one sample, their sum.
TREATED_GROUPS_COMPARED = [
    ("Methods: Thirty patients with MDD received ketamine before ECT compared with 28 patients who received "
     "thiopental alone in a double-blind trial.", 58),
    ("Methods: 45 women were given esketamine at induction, compared with 44 women in the control group given "
     "saline.", 89),
    ("Methods: Sixteen adults underwent ketamine-assisted ECT compared to 15 adults receiving propofol anaesthesia.",
     31),
]


@pytest.mark.parametrize(("text", "n"), TREATED_GROUPS_COMPARED)
def test_two_treated_groups_compared_are_one_sample(text: str, n: int) -> None:
    assert n_of(text) == n


def test_outcome_counts_compared_are_no_sample() -> None:
    # negative: responders in each arm compared ("12 patients responded compared with 4 patients") are no sample
    text = ("Methods: 60 patients with TRD were randomized to ketamine or midazolam. Results: 18 patients responded "
            "to ketamine compared with 7 patients on midazolam.")
    assert n_of(text) == 60


# A study that calls itself a post hoc or secondary analysis and compares the drug's arm with a placebo arm takes the
# design of the placebo-controlled trial it re-analyses, even with no sample count of its own.
POST_HOC_PLACEBO = [
    "Objective: to find which anxiety items improve with esketamine. Methods: This post hoc analysis used HAM-A item "
    "data from a phase 3 programme in TRD. Results: Items 1 and 2 improved more with esketamine vs. placebo at day "
    "28.",
    "This secondary analysis examined sleep items in adults with TRD treated with ketamine compared with those "
    "treated with placebo. Insomnia items improved more in the ketamine arm at week 1.",
    "Introduction: This post-hoc study computed numbers needed to treat for esketamine vs. placebo in TRD. Results: "
    "NNT was 6 for remission at week 4.",
]


@pytest.mark.parametrize("text", POST_HOC_PLACEBO)
def test_a_post_hoc_analysis_against_placebo_is_an_rct(text: str) -> None:
    assert design_of(text) == "rct"


def test_a_post_hoc_analysis_of_an_open_label_study_stays_open() -> None:
    # negative: re-analysed open-label data compared with published placebo rates is no randomized trial
    text = ("Methods: This post hoc analysis used data of an open-label extension study of esketamine. Results: "
            "Relapse was less frequent than reported versus placebo in earlier trials.")
    assert design_of(text) != "rct"


# People given the drug "or (active-)placebo" in one clause, with no design word: the study gave a placebo arm, a
# controlled trial (a dose with a decimal point between does not end the clause).
DRUG_OR_PLACEBO_GIVEN = [
    "Methods: Forty adolescents with MDD received two infusions of esketamine 0.2 mg/kg or active-placebo "
    "(midazolam 0.03 mg/kg) over three days. Depression was rated on day 4.",
    "Methods: 36 inpatients with TRD were given intranasal ketamine 0.75 mg/kg or active placebo twice weekly for two "
    "weeks. MADRS was rated weekly.",
    "Methods: Thirty older adults with TRD were administered subcutaneous esketamine 0.2 mg/kg or an active-placebo "
    "weekly. Outcomes were rated at week 4.",
]


@pytest.mark.parametrize("text", DRUG_OR_PLACEBO_GIVEN)
def test_a_drug_or_placebo_given_is_a_controlled_trial(text: str) -> None:
    assert design_of(text) == "rct"


def test_placebo_named_only_as_background_is_no_arm() -> None:
    # negative: earlier trials' placebo is named in the background; this study gave ketamine to everyone
    text = ("Background: Earlier trials compared ketamine with placebo. Methods: 25 outpatients with TRD received six "
            "open-label infusions of ketamine 0.5 mg/kg over two weeks. Results: MADRS fell by 15 points.")
    assert design_of(text) != "rct"


# A protocol phrase ("to test the feasibility of the proposed trial protocol") over a Results section that counts what
# happened ("120 referrals were screened; 40% were recruited") is a finished study, not a protocol.
FINISHED_PILOT = [
    "OBJECTIVE: This pilot trial was designed to assess the feasibility of the proposed trial protocol. METHODS: "
    "Responders to ECT were invited to be randomized to ketamine or midazolam. RESULTS: 120 referrals were screened "
    "and 40% of eligible patients were recruited; 8 were randomized. CONCLUSIONS: The protocol is not feasible.",
    "OBJECTIVE: We piloted the planned study protocol of a ketamine versus placebo trial. METHODS: Inpatients were "
    "randomly assigned to ketamine or saline. RESULTS: Of 64 approached, 22 were randomized and 18 completed. "
    "CONCLUSIONS: A full trial is feasible.",
    "OBJECTIVE: To test the feasibility of the trial protocol of a randomized esketamine study. METHODS: Adults with "
    "TRD were randomized to esketamine or placebo spray. RESULTS: Recruitment reached 55% of the target; 30 were "
    "randomized. CONCLUSIONS: Retention was good.",
]


@pytest.mark.parametrize("text", FINISHED_PILOT)
def test_a_finished_pilot_of_a_protocol_is_no_protocol(text: str) -> None:
    assert design_of(text) == "rct"


def test_a_protocol_with_an_ethics_results_line_stays_a_protocol() -> None:
    # negative: a protocol's "Results" heading that only says approval was given counts nothing that happened
    text = ("BACKGROUND: Ketamine may prevent relapse after ECT. METHODS: This trial protocol describes a randomized "
            "trial; 100 patients will be randomized to ketamine or saline. RESULTS: The study has ethics approval "
            "and recruitment is expected to end in 2027.")
    assert design_of(text) == "protocol"
