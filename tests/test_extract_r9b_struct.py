"""Ninth session, round 2: route / design / N / drug / off-topic mechanisms, each with paraphrases written here (not
blind sentences) and negatives that must not fire."""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract
from tests.extract_support import n_of, routes_of

# --- an infusion word takes the route a route word just before it gives ("subcutaneous ketamine infusions") --------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Methods: Twelve hospice patients with depression received weekly subcutaneous ketamine infusions over "
         "one hour. Results: Six responded.", ["subcutaneous"]),
        ("Methods: In this pilot, 20 adults received SC racemic ketamine infusion twice weekly for three weeks. "
         "Results: MADRS scores fell.", ["subcutaneous"]),
        ("Methods: Fifteen inpatients were treated with repeated intramuscular esketamine infusion sessions. "
         "Results: Eight remitted.", ["intramuscular"]),
        # the route word is named as what the treatment replaces: its infusion goes with it
        ("Methods: Thirty outpatients received oral ketamine daily for six weeks. Conclusions: Oral ketamine may be "
         "a practical alternative to IV ketamine infusions in clinics.", ["oral"]),
    ],
)
def test_an_infusion_named_by_another_route_is_that_route(text: str, expected: list[str]) -> None:
    assert routes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list word between: the infusion is its own (intravenous) treatment
        ("Methods: Forty patients were randomised to oral ketamine or ketamine infusions over six weeks. "
         "Results: Both groups improved.", ["intravenous", "oral"]),
        ("Methods: Twenty patients received intranasal esketamine and then ketamine infusions. Results: Ten "
         "responded.", ["intravenous", "intranasal"]),
        # a bare infusion stays intravenous
        ("Methods: Twenty-four patients received six ketamine infusions (0.5 mg/kg over 40 min). Results: Twelve "
         "responded.", ["intravenous"]),
    ],
)
def test_an_infusion_after_a_list_word_stays_intravenous(text: str, expected: list[str]) -> None:
    assert routes_of(text) == expected


# --- a ketamine form named only as an example of a class is not the study's drug: another drug's trial is off-topic -

_OTHER_DRUG_TRIALS = [
    "Background: Glutamate modulators, such as ketamine, act within hours in depression. Methods: Thirty adults with "
    "TRD were randomised to inhaled xenon or placebo gas. Results: Response occurred in 8 of 15 (53%) after xenon "
    "and 2 of 15 (13%) after placebo at 24 hours. Conclusions: Xenon deserves a larger trial.",
    "Rapid-acting antidepressants like esketamine have changed practice. We tested psilocybin in 24 patients with "
    "major depression in an open-label study. Remission was reached by 12 patients (50%) at week 4. Psilocybin was "
    "well tolerated.",
    "New treatments, e.g. ketamine, are being explored for bipolar depression. In this trial 40 inpatients received "
    "scopolamine or saline infusions. Response rates were 45% and 20% at day 3. Adverse events were mild.",
    "NMDA antagonists, for example ketamine, have rapid effects. Twenty patients with TRD received dextromethorphan "
    "orally for 2 weeks. Six patients (30%) responded and nausea occurred in 10%.",
]


@pytest.mark.parametrize("text", _OTHER_DRUG_TRIALS)
def test_a_trial_of_another_drug_naming_ketamine_as_an_example_gives_no_finding(text: str) -> None:
    out = extract_abstract(text)
    assert out["drugs"] == []
    assert out["findings"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arm with its dose is a drug given, whatever word comes before it
        ("Methods: Sixty patients were assigned to two groups including ketamine 0.8 mg/kg and thiopental 1.5 "
         "mg/kg for ECT anaesthesia. Results: HAM-D fell more with ketamine.", ["ketamine"]),
        # named as an example in the background, but given in the study's own sentences
        ("Background: NMDA antagonists such as ketamine act quickly. Methods: Twenty patients with TRD received "
         "intravenous ketamine. Results: Ten (50%) responded at 24 hours.", ["ketamine"]),
        ("Treatments like esketamine are new. We report 12 patients treated with esketamine nasal spray twice "
         "weekly. Six (50%) responded by week 4.", ["esketamine"]),
    ],
)
def test_a_form_given_in_the_study_stays_its_drug(text: str, expected: list[str]) -> None:
    assert extract_abstract(text)["drugs"] == expected


# --- headings run into the text: a main heading with a colon after a sentence that lost its full stop, and the
# --- capitalised case-report headings of case journals -----------------------------------------------------------

def _sections(text: str) -> list[tuple[str, str]]:
    from evidence.extract.text import split_sentences

    return [(s.section, s.text.split()[0]) for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Background:Depression is common after surgery.We asked whether esketamine helps Methods:In a randomized "
         "trial, 80 patients received esketamine or saline.Results:Scores fell.",
         [("background", "Depression"), ("background", "We"), ("methods", "In"), ("results", "Scores")]),
        ("Catatonia is hard to treat., Methods: We searched three databases., Results: Twelve reports were found.",
         [("unknown", "Catatonia"), ("methods", "We"), ("results", "Twelve")]),
        ("Objective: To test ketamine. The trial is registered as NCT01234567.Results:Forty patients responded.",
         [("objective", "To"), ("objective", "The"), ("results", "Forty")]),
        # a joined heading stays whole
        ("Background: Ketamine is fast. Patients and Methods: Ten adults received ketamine. Results: Six responded.",
         [("background", "Ketamine"), ("methods", "Ten"), ("results", "Six")]),
    ],
)
def test_a_run_in_heading_opens_its_section(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sections(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "BACKGROUND Ketamine is used for catatonia. CASE REPORT A 40-year-old man was given oral ketamine 50 mg "
        "daily. He improved within days. CONCLUSIONS Ketamine may help.",
        "BACKGROUND Esketamine is licensed for TRD. CASE PRESENTATION A 29-year-old woman received esketamine nasal "
        "spray twice weekly. Her MADRS fell to 8. CONCLUSIONS This case is informative.",
        "INTRODUCTION Few reports exist. CASE DESCRIPTION A 70-year-old man with bipolar depression had six ketamine "
        "infusions. He remitted. DISCUSSION Further work is needed.",
    ],
)
def test_a_capitalised_case_report_heading_opens_the_case(text: str) -> None:
    out = extract_abstract(text)
    assert (out["design"], out["n"]) == ("case_series", 1)


def test_a_case_report_heading_in_running_text_is_no_heading() -> None:
    text = ("Background: Reports are few. Methods: We reviewed the case report of a patient who received ketamine. "
            "Results: Case report data were incomplete.")
    assert [s for s, _ in _sections(text)] == ["background", "methods", "results"]


# --- people having a procedure are patients, however healthy: a surgical trial is not a volunteer study ---------

@pytest.mark.parametrize(
    "text",
    [
        "Methods: In a randomized, double-blind trial, 300 healthy women scheduled for cesarean delivery received "
        "intravenous ketamine or saline. Results: EPDS scores were lower with ketamine.",
        "Methods: Two hundred healthy adults undergoing elective knee surgery were randomized to esketamine or "
        "placebo. Results: Depressive symptoms were fewer with esketamine.",
        "Methods: 120 healthy elderly people scheduled for hip repair were randomly assigned to ketamine or saline "
        "at induction. Results: Postoperative depression scores fell.",
    ],
)
def test_healthy_people_having_surgery_are_a_trial_sample(text: str) -> None:
    assert extract_abstract(text)["design"] == "rct"


def test_healthy_volunteers_given_ketamine_are_pharmacology() -> None:
    text = ("Methods: In a randomized crossover study, 20 healthy volunteers received intravenous ketamine or "
            "saline. Results: Plasma levels peaked at 40 minutes.")
    assert extract_abstract(text)["design"] == "other"


# --- sample size -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of treatments or time units before the people is not the people's count
        ("Objective: To study sleep and ketamine. Results: Scores fell. Conclusion: When given 6 ketamine "
         "infusions, patients with insomnia improved more.", None),
        ("Background: Ketamine helps. Results: After 4 weekly sessions, participants reported less anhedonia. "
         "Conclusions: Promising.", None),
        ("Methods: Over 8 treatments, adults with TRD received ketamine. Results: Scores fell.", None),
        # ... but a word built on one describes them
        ("Methods: The study stopped after five treatment-resistant depressed participants were included. "
         "Results: Two responded.", 5),
    ],
)
def test_a_count_of_treatments_is_not_the_sample(text: str, expected: object) -> None:
    assert n_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BackgroundKetamine works fast. MethodsSeventy-seven patients were treated with intravenous ketamine. "
         "ResultsSymptoms fell.", 77),
        ("ObjectiveTo test esketamine. MethodsTwenty-four adults with TRD received esketamine nasal spray. "
         "ResultsTen responded.", 24),
        ("AimsTo test ketamine. MethodsThirty patients received oral ketamine. ResultsMost improved.", 30),
    ],
)
def test_a_number_word_glued_to_its_heading_is_read_whole(text: str, expected: int) -> None:
    assert n_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Methods: In this open-label study, 14 patients were treated with intranasal esketamine. Results: We "
         "included 10 women and 4 men (mean age 50 years). Six responded.", 14),
        ("Methods: We included 12 women and 8 men with bipolar depression who received ketamine infusions. "
         "Results: Scores fell.", 20),
        ("Methods: Eighteen adults with PTSD received IV ketamine. Results: Participants were 11 males and 7 "
         "females; nine responded.", 18),
    ],
)
def test_a_sample_told_by_its_sexes_is_one_sample(text: str, expected: int) -> None:
    assert n_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In this retrospective analysis we evaluated intravenous ketamine in veterans with TRD (N=80; n=40 with "
         "PTSD compared with n=40 without PTSD). Both groups improved.", 80),
        ("We analysed charts of adults given ketamine (N = 60; n = 25 with bipolar depression and n = 35 with "
         "unipolar depression). Scores fell in both.", 60),
        ("Methods: This chart review covered outpatients given intramuscular ketamine (N = 45; n = 30 women, "
         "n = 15 men). Results: Scores fell.", 45),
    ],
)
def test_a_bracketed_whole_with_its_groups_is_the_sample(text: str, expected: object) -> None:
    assert n_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ketamine is safe. We report low-dose ketamine infusion treatment in Parkinson's disease patients by 5 "
         "case studies and show a lasting benefit on depression. The case reports indicate tolerability.", 5),
        ("Esketamine is licensed for TRD. Here, three case reports of adolescents treated with esketamine nasal "
         "spray are presented. All improved.", 3),
        ("Three case reports are described of patients with catatonia who received ketamine. All improved within "
         "days. Ketamine may help catatonia.", 3),
    ],
)
def test_a_report_of_cases_counts_its_case_reports(text: str, expected: int) -> None:
    out = extract_abstract(text)
    assert (out["design"], out["n"]) == ("case_series", expected)


def test_a_reviews_case_reports_are_its_studies() -> None:
    text = ("We searched PubMed for ketamine in catatonia. We included 20 studies: 14 case reports, two case series "
            "and four trials. Most patients improved.")
    assert n_of(text) != 14


# --- a systematic review that says its studies could not be pooled, in any tense or wording ---------------------

@pytest.mark.parametrize(
    "text",
    [
        "Following PRISMA guidelines, a systematic review was performed of ketamine in older adults. Nine studies "
        "were included. The high heterogeneity of the studies precludes statistical syntheses.",
        "We conducted a systematic review of esketamine in adolescents. Seven studies were included. Substantial "
        "heterogeneity prevented formal meta-analysis; results are described.",
        "A systematic review of oral ketamine for depression was undertaken. Twelve studies met the criteria. "
        "Heterogeneity in outcomes did not allow statistical pooling.",
    ],
)
def test_a_review_that_could_not_pool_is_a_systematic_review(text: str) -> None:
    assert extract_abstract(text)["design"] == "systematic_review"


def test_a_review_that_pooled_despite_heterogeneity_is_a_meta_analysis() -> None:
    text = ("We performed a systematic review and meta-analysis of ketamine RCTs. Twelve trials were pooled. "
            "Ketamine reduced depression scores (SMD -0.8, 95% CI -1.1 to -0.5); heterogeneity was moderate.")
    assert extract_abstract(text)["design"] == "meta_analysis"


# --- people sorted into groups by a measure they had at baseline are not allocated by the study ------------------

@pytest.mark.parametrize(
    "text",
    [
        "Methods: We divided 120 patients with depression into lower and higher BMI groups based on their baseline "
        "BMI. Patients with BMI of 24 or more were assigned to the higher BMI group. Each received six ketamine "
        "infusions. Results: Response was similar.",
        "Methods: Ninety outpatients were categorised into two groups according to baseline anhedonia; those "
        "scoring above 30 were allocated to the high anhedonia group. All received intranasal esketamine. Results: "
        "Scores fell in both.",
        "Methods: Eighty inpatients were dichotomised by the median baseline suicidal ideation score and were "
        "assigned to the high or low ideation groups. All had ketamine infusions. Results: Ideation fell.",
    ],
)
def test_groups_formed_from_a_baseline_measure_are_no_allocation(text: str) -> None:
    assert extract_abstract(text)["design"] != "rct"


@pytest.mark.parametrize(
    "text",
    [
        "Methods: Patients were stratified by baseline MADRS score and 60 were assigned to the ketamine or "
        "midazolam groups. Results: Response was higher with ketamine.",
        "Methods: Forty patients were divided into groups according to baseline severity and then received "
        "ketamine or placebo. Results: Scores fell with ketamine.",
    ],
)
def test_an_allocation_to_drug_arms_stays_an_allocation(text: str) -> None:
    assert extract_abstract(text)["design"] == "rct"


# --- a care protocol the patients were treated by is not a study protocol ----------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "We developed a clinical treatment protocol for the use of oral ketamine in hospice care. Results from the "
        "first 8 patients showed response in 5 of 8. Ketamine was well tolerated.",
        "Our unit wrote a dosing protocol for the titration of intramuscular ketamine. The first 12 patients treated "
        "under it improved; 6 of 12 remitted.",
        "A care protocol for the delivery of intranasal esketamine was introduced in 2021. Nine patients treated "
        "under it were reviewed; four responded.",
    ],
)
def test_a_care_protocol_is_not_a_study_protocol(text: str) -> None:
    assert extract_abstract(text)["design"] != "protocol"


@pytest.mark.parametrize(
    "text",
    [
        "Here we propose a protocol of a clinical trial to test intranasal ketamine. Sixty patients will be "
        "randomised to ketamine or placebo.",
        "This paper describes the protocol for a randomised trial of esketamine after surgery. Participants will be "
        "followed for 30 days.",
    ],
)
def test_a_trial_protocol_is_still_a_protocol(text: str) -> None:
    assert extract_abstract(text)["design"] == "protocol"


# --- healthy controls scanned beside treated patients: a clinical single-group study, not a volunteer study -------

@pytest.mark.parametrize(
    "text",
    [
        "Ketamine acts fast in depression. Here, we examined brain changes after repeated ketamine therapy. Forty "
        "TRD patients (mean age 40) and 30 healthy controls (mean age 38) had MRI at baseline, and 35 patients "
        "completed scans after four intravenous ketamine infusions. Remitters differed from non-remitters in "
        "frontal activity.",
        "We studied connectivity after esketamine. Fifty depressed patients and 25 healthy controls completed EEG "
        "recordings; patients received esketamine nasal spray twice weekly. Responders showed higher gamma power.",
        "Thirty-six patients with bipolar depression and 20 healthy controls performed a memory task; the patients "
        "then received three ketamine infusions. Symptom ratings fell, and responders showed larger changes.",
    ],
)
def test_treated_patients_with_healthy_controls_are_a_single_group_study(text: str) -> None:
    assert extract_abstract(text)["design"] == "open_label"


def test_healthy_volunteers_alone_stay_pharmacology() -> None:
    text = ("Thirty healthy volunteers underwent MRI before and after a ketamine infusion. Connectivity rose in "
            "frontal regions. Responders were not defined.")
    assert extract_abstract(text)["design"] == "other"


# --- route words in Chinese abstracts (the drug names are read already) -------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("目的 探讨艾司氯胺酮对术后抑郁的影响.方法 将80例患者随机分为两组,"
         "观察组术后采用艾司氯胺酮自控静脉镇痛,对照组采用舒芬太尼.结果 观察组抑郁评分更低.", ["intravenous"]),
        ("目的 观察氯胺酮治疗难治性抑郁症的疗效.方法 40例患者接受氯胺酮0.5 mg/kg静脉注射,"
         "每周两次.结果 20例有效.", ["intravenous"]),
        ("目的 评价艾司氯胺酮鼻喷雾剂的疗效.方法 30例难治性抑郁症患者接受艾司氯胺酮鼻腔给药.结果 抑郁评分下降.",
         ["intranasal"]),
    ],
)
def test_chinese_route_words_are_routes(text: str, expected: list[str]) -> None:
    assert routes_of(text) == expected


def test_chinese_venous_blood_is_no_route() -> None:
    text = ("目的 研究氯胺酮对抑郁症的作用.方法 60例患者口服氯胺酮,治疗前后采集静脉血检测炎症因子.结果 抑郁评分下降.")
    assert "intravenous" not in routes_of(text)


# --- what others have published is their route, not this study's ------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ketamine raises blood pressure. There are published instances of stopping ketamine infusions early for "
         "hypertension. Here, data from 12 articles were pooled in a meta-analysis of heart rate changes. Heart "
         "rate rose modestly.", []),
        ("There have been several published reports of intramuscular ketamine in catatonia. We describe a "
         "63-year-old man treated with ketamine for catatonia. He improved within a week.", []),
        ("In the majority of published studies intravenous ketamine was used. We treated 20 outpatients with "
         "ketamine weekly. Ten responded.", []),
    ],
)
def test_routes_of_published_reports_are_not_the_studys(text: str, expected: list[str]) -> None:
    assert routes_of(text) == expected


def test_a_study_that_reports_its_own_route_keeps_it() -> None:
    text = ("We report 15 patients given intravenous ketamine infusions for TRD. Seven responded. These results "
            "add to published evidence.")
    assert routes_of(text) == ["intravenous"]


# --- groups named by a trait that an event word names, when they are the ones treated -------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Method: Patients with high insomnia (n = 40) or low insomnia (n = 50) received six ketamine infusions. "
         "Result: Response did not differ.", 90),
        ("Methods: Patients with baseline anxiety (n = 22) and without anxiety (n = 18) were treated with "
         "intranasal esketamine. Results: Both groups improved.", 40),
        ("Methods: Adults with severe fatigue (n = 15) or mild fatigue (n = 25) underwent four IV ketamine "
         "sessions. Results: Scores fell.", 40),
    ],
)
def test_treated_groups_named_by_a_trait_add_up(text: str, expected: int) -> None:
    assert n_of(text) == expected


def test_event_counts_in_results_are_not_the_sample() -> None:
    text = ("Methods: Thirty patients received intravenous ketamine. Results: Nausea (n = 6) and headache (n = 4) "
            "were the commonest adverse events.")
    assert n_of(text) == 30


# --- compared groups one of which the study gave saline or placebo: an experiment, not a records study ------------

@pytest.mark.parametrize(
    "text",
    [
        "Methods: A total of 90 patients were included, 30 per group. Group A and group B received esketamine 0.2 or "
        "0.4 mg/kg at induction, while group C received an equivalent volume of normal saline. Results: SDS scores "
        "were lower in group B.",
        "Methods: Patients were divided into three groups: group K1 and group K2 were given ketamine 0.25 or 0.5 "
        "mg/kg, and group P was given placebo. Results: Depression scores fell in group K2.",
        "Methods: Sixty mothers were divided into two groups. Group E received esketamine after delivery and group S "
        "received the same volume of saline. Results: EPDS scores were lower in group E.",
    ],
)
def test_groups_with_a_saline_arm_are_non_randomized(text: str) -> None:
    assert extract_abstract(text)["design"] == "non_randomized"


def test_saline_as_a_diluent_leaves_a_records_study() -> None:
    text = ("Methods: Records of 180 women were divided into two groups according to analgesia: group E had "
            "esketamine in 240 ml of normal saline and group S had sufentanil. Results: EPDS was lower in group E.")
    assert extract_abstract(text)["design"] == "observational"
