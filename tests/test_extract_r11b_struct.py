"""Round-B structure rules (eleventh session): design, N, route, drug and population mechanisms, each with
paraphrases written here (not copied from the blind abstracts) and negatives that must not fire."""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract
from evidence.extract.sample import find_sample_sizes

# --- An analysis of controlled trials already run takes their design -------------------------------------------------

REANALYSIS_OF_TRIALS = [
    (
        "OBJECTIVE: To relate early symptom change to later outcome in treatment-resistant depression. METHODS: In "
        "this exploratory analysis, data from three pivotal phase 3 trials of esketamine nasal spray were examined. "
        "RESULTS: Early change predicted the day 28 score more strongly with esketamine than with placebo (r = 0.41 "
        "vs 0.22). CONCLUSIONS: Early change matters.",
        "rct",
    ),
    (
        "Aim: To describe sleep outcomes with esketamine. Methods: Individual participant data from two double-blind, "
        "placebo-controlled studies of esketamine plus an oral antidepressant were pooled. Results: Insomnia scores "
        "fell more with esketamine (p = 0.01). Conclusion: Sleep improved.",
        "rct",
    ),
    (
        "BACKGROUND: Anxiety may modify response. METHODS: Data from two randomized, active-controlled 4-week studies "
        "of intranasal esketamine in adults with TRD were analyzed by baseline anxiety. RESULTS: Benefit was similar "
        "in anxious and non-anxious patients. CONCLUSIONS: Anxiety did not modify the effect.",
        "rct",
    ),
    (
        "Background: Suicidal thoughts fall after ketamine. Methods: This secondary analysis used data from a "
        "randomized crossover trial of intravenous ketamine and midazolam in 40 adults. Results: Ideation fell within "
        "a day (p < 0.01). Conclusions: The effect is rapid.",
        "crossover_rct",
    ),
]

NOT_REANALYSIS_OF_TRIALS = [
    # a post hoc analysis of an open-label study keeps the open design
    (
        "Methods: This post hoc analysis used data from an open-label study in which 30 patients received six "
        "intravenous ketamine infusions. Results: Response was 50%. Conclusions: Anhedonia improved.",
        "rct",
    ),
    # a phase 3 programme with no control arm shown: its long-term studies may be single-arm
    (
        "Methods: In this pooled analysis of two phase 3 long-term studies, 640 patients received esketamine nasal "
        "spray every week or two. Results: 52% remained in remission at week 40. Conclusions: Benefit persisted.",
        "rct",
    ),
    # data pooled from searched randomized trials: a review, not a re-analysis of the study's own trials
    (
        "Methods: PubMed and Embase were searched; data from 12 randomized controlled trials of ketamine were pooled. "
        "Results: Ketamine outperformed placebo (SMD 0.8, 95% CI 0.5-1.1). Conclusions: Ketamine works.",
        "rct",
    ),
]


@pytest.mark.parametrize("text,design", REANALYSIS_OF_TRIALS)
def test_an_analysis_of_controlled_trials_takes_their_design(text: str, design: str) -> None:
    assert extract_abstract(text)["design"] == design


@pytest.mark.parametrize("text,design", NOT_REANALYSIS_OF_TRIALS)
def test_an_analysis_of_open_or_searched_studies_is_not_a_trial(text: str, design: str) -> None:
    assert extract_abstract(text)["design"] != design


# --- "meta-analyses" / "systematic reviews" named as kinds of source; a review that calls itself narrative ----------

LISTED_SOURCE_KINDS = [
    (
        "This article reviews ketamine for self-harm. Methods: The MEDLINE database was reviewed for articles on "
        "ketamine and self-harm. Results: Thirty articles, including randomized trials, meta-analyses and case "
        "reports, were read. Most used intravenous ketamine. Conclusion: Evidence is limited.",
        "meta_analysis",
    ),
    (
        "Aim: To weigh the cost of esketamine. Methods: Clinical inputs came from published trials and meta-analyses; "
        "costs came from national fee schedules. Results: Esketamine cost more per year gained. Conclusion: Not "
        "cost-effective at current prices.",
        "meta_analysis",
    ),
    (
        "AIM: This review describes the tolerability of esketamine. METHODS: A narrative review was carried out with "
        "PubMed and Scopus; clinical trials, systematic reviews, and meta-analyses from 2010 to 2024 were considered. "
        "RESULTS: Dissociation was common and brief. CONCLUSION: Esketamine is well tolerated.",
        "meta_analysis",
    ),
]


@pytest.mark.parametrize("text,not_design", LISTED_SOURCE_KINDS)
def test_meta_analyses_listed_as_sources_do_not_make_a_meta_analysis(text: str, not_design: str) -> None:
    assert extract_abstract(text)["design"] != not_design


OWN_POOLING_OR_SYSTEMATIC = [
    (
        "Methods: We searched PubMed and Embase for randomized trials of ketamine. Random-effects meta-analyses "
        "pooled response across 14 trials. Results: Response was higher with ketamine (RR 2.1, 95% CI 1.5-2.9).",
        "meta_analysis",
    ),
    (
        "Methods: We searched six databases and screened 1,900 records; we included 21 studies. We also wrote a "
        "narrative review of the evidence. Results: Most studies were small case series.",
        "systematic_review",
    ),
]


@pytest.mark.parametrize("text,design", OWN_POOLING_OR_SYSTEMATIC)
def test_own_pooling_or_screening_keeps_the_review_kind(text: str, design: str) -> None:
    assert extract_abstract(text)["design"] == design


def test_a_narrative_review_that_searched_databases_stays_a_narrative_review() -> None:
    text = (
        "AIM: This review describes the tolerability of esketamine. METHODS: A narrative review was carried out with "
        "PubMed and Scopus searched for clinical trials, systematic reviews, and meta-analyses. RESULTS: Dissociation "
        "was common and brief. CONCLUSION: Esketamine is well tolerated."
    )
    assert extract_abstract(text)["design"] == "review"


# --- The study's own comparison with placebo or an active placebo, and open designs cited in the plural ------------

OWN_CONTROLLED_COMPARISON = [
    # "over placebo" with the study's own statistic
    "BACKGROUND: Pain and depression overlap. METHODS: Thirty-two adults with depression and chronic pain were "
    "enrolled and rated at baseline, 4 and 24 h. RESULTS: The group by time effect was significant (F = 4.1, "
    "p = 0.01), favouring intranasal ketamine over placebo. CONCLUSIONS: Pain eased quickly.",
    # people given the drug or the active placebo
    "Ketamine may lower suicidal thoughts. Participants received either three ketamine or three midazolam infusions "
    "over one week. Forty-two participants finished. Ideation fell more after ketamine (p = 0.03). Ketamine helps.",
    # an earlier open design cited in the plural does not name this study's design
    "Repeated infusions in open-label and saline-controlled studies suggested larger effects. Patients received "
    "either four ketamine or four midazolam infusions. Thirty-six patients were treated. Response was higher with "
    "ketamine (p = 0.02).",
]


@pytest.mark.parametrize("text", OWN_CONTROLLED_COMPARISON)
def test_the_studys_own_comparison_with_placebo_is_a_randomized_trial(text: str) -> None:
    assert extract_abstract(text)["design"] == "rct"


NOT_OWN_CONTROLLED_COMPARISON = [
    # benefit over placebo credited to earlier trials, in a case report
    "Phase III trials have not always shown benefit over placebo. We describe a 52-year-old woman treated with "
    "intranasal ketamine at home for two years; her depression remitted.",
    # the study itself open-label, said with "our"
    "Our open-label studies enrolled 24 patients who received six ketamine infusions. Response was 54% after the "
    "sixth infusion.",
]


@pytest.mark.parametrize("text", NOT_OWN_CONTROLLED_COMPARISON)
def test_a_cited_comparison_or_an_own_open_design_is_not_a_randomized_trial(text: str) -> None:
    assert extract_abstract(text)["design"] != "rct"


# --- N: a share's or a subgroup's bracketed count is a part; people who took part, described in brackets ------------

SAMPLE_CASES = [
    # the bracketed count after a percentage is a share of the sample
    ("Forty-two adults took part in the study. At day 1, 64% (N = 27) of patients reported no suicidal thoughts.", 42),
    # the bracketed count after a subgroup's name is a part of the sample
    ("We retrospectively analyzed outcomes in 52 veterans treated with esketamine. In a smaller subgroup (n = 21) we "
     "examined maintenance treatment.", 52),
    # the people who took part, with their description in brackets between the count and the verb
    ("Methods: Open-label intramuscular ketamine was given. Results: Twenty-six patients (mean age 41 years) "
     "participated; 70% (N = 18) had no suicidal ideation at two hours.", 26),
    ("Results: Thirty-one participants (19 women) took part. Among 24 who completed follow-up, 10 relapsed.", 31),
]


@pytest.mark.parametrize("text,n", SAMPLE_CASES)
def test_the_whole_sample_not_a_share_or_a_subgroup(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


def test_a_bracketed_count_after_a_percentage_is_not_the_sample_on_its_own() -> None:
    # with no whole sample written, the share's count is not taken for it
    assert find_sample_sizes("At day 1, 64% (N = 27) of patients reported no suicidal thoughts.")["n"] != 27


SAMPLE_CASES_2 = [
    # the cases a records review kept, not those it looked at
    ("RESULTS: Review of 210 charts found 84 patients who met inclusion criteria. All 84 patients were discharged.",
     84),
    ("Screening of 95 cases yielded 41 cases that met the study criteria; 12 patients needed a second dose.", 41),
    # the analysed part is not the sample when the whole is told
    ("Among 38 analysed patients, 20 responded. The records of 55 adult patients with TRD treated in this programme "
     "were described.", 55),
    # ... and stays the sample when nothing else is told
    ("Before treatment, the 120 analyzed patients had failed four antidepressants on average.", 120),
]


@pytest.mark.parametrize("text,n", SAMPLE_CASES_2)
def test_the_kept_cases_and_the_whole_over_the_analysed_part(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


@pytest.mark.parametrize(
    "text",
    [
        "We identified trials that included one or more control arms and pooled their data.",
        "Patients with 2 or more prior episodes were eligible.",
        "Studies enrolling 1 or more adolescents were kept.",
    ],
)
def test_one_or_more_is_a_criterion_not_a_count(text: str) -> None:
    assert find_sample_sizes(text)["n"] is None


# --- Population: suicidality told as a result is not who was enrolled -----------------------------------------------

@pytest.mark.parametrize(
    "text,present",
    [
        ("Methods: Thirty adults with treatment-resistant depression received six infusions. Results: Dissociation "
         "was common, and suicidal ideation was minimal throughout.", False),
        ("Methods: Forty patients with TRD were treated. Results: Suicidal thoughts were rare (n = 2) and brief.",
         False),
        ("Methods: Twenty inpatients with TRD were followed. Results: Suicidal ideation was not observed after the "
         "second infusion.", False),
        # enrolled for their suicidality: stays
        ("Methods: Thirty inpatients with suicidal ideation received intravenous ketamine. Results: Ideation fell "
         "by half.", True),
    ],
)
def test_suicidality_told_as_a_result_is_not_the_population(text: str, present: bool) -> None:
    assert ("suicidal" in extract_abstract(text)["population"]) is present


# --- Protocol: a trial told in the future by what it will find out ---------------------------------------------------

@pytest.mark.parametrize(
    "text,is_protocol",
    [
        ("OBJECTIVE: To test oral ketamine for suicidal ideation. METHODS: A randomized, double-blind trial (N = 80) "
         "will evaluate oral ketamine against midazolam in emergency patients. The primary outcome is the change in "
         "ideation at 24 h.", True),
        ("Background: Few treatments act fast. Methods: This multicentre study will compare two ketamine schedules in "
         "120 adults with TRD over six weeks. The main outcome is remission at week 6.", True),
        ("Aim: A pragmatic trial will investigate whether esketamine shortens admission. Design: 200 inpatients are "
         "eligible; the main outcome is length of stay.", True),
        # a finished pilot whose conclusion names the larger trial to come
        ("Methods: Twenty patients received intravenous ketamine in an open-label pilot. Results: Response was 45%. "
         "Conclusions: A larger trial will evaluate efficacy against placebo.", False),
        ("Methods: Thirty patients received six infusions. Results: Remission was 30%. A future study will examine "
         "maintenance dosing.", False),
    ],
)
def test_a_trial_told_by_what_it_will_find_out_is_a_protocol(text: str, is_protocol: bool) -> None:
    assert (extract_abstract(text)["design"] == "protocol") is is_protocol


@pytest.mark.parametrize(
    "text,n",
    [
        ("Forty-one outpatients (mean age 58; 22 women) with late-life depression were randomized double-blind. "
         "Interim rules stopped the low-dose arm (N = 6).", 41),
        ("Twenty-eight adults (aged 18-65 years) were randomly assigned to ketamine or midazolam; 12 (n = 12) "
         "responded.", 28),
        ("Fifty veterans (median age 44; range 25-61) with PTSD were randomised. Of these, 9 (N = 9) withdrew.", 50),
    ],
)
def test_people_described_in_brackets_then_randomized_are_the_randomized_sample(text: str, n: int) -> None:
    assert find_sample_sizes(text)["n"] == n


def test_a_bracket_then_a_verb_other_than_randomization_is_not_the_randomized_count() -> None:
    sizes = find_sample_sizes("Twelve patients (mean age 40) were excluded after screening; 30 were enrolled.")
    assert sizes["n_randomized"] is None


@pytest.mark.parametrize(
    "text,wrong_sum",
    [
        ("Patients were rated at the 240-minute time point (n = 90), at day 3 (n = 70), and at day 14 (n = 52).", 212),
        ("Scores were available at week 2 (n = 40) and week 6 (n = 33).", 73),
        ("Retention was high at baseline (n = 25) and at follow-up (n = 21).", 46),
    ],
)
def test_counts_at_successive_timepoints_are_not_added(text: str, wrong_sum: int) -> None:
    assert find_sample_sizes(text)["n"] != wrong_sum


def test_bracketed_groups_still_add_up() -> None:
    text = "Patients with high insomnia (n = 64) or low insomnia (n = 68) received six ketamine infusions."
    assert find_sample_sizes(text)["n"] == 132


@pytest.mark.parametrize(
    "text,is_case_series",
    [
        ("Few data exist on repeated ketamine. Hence, we report 4 TRD cases that received six open-label intravenous "
         "infusions of ketamine. All four improved on the MADRS.", True),
        ("We describe three patients given open-label oral ketamine for six weeks at our clinic. Two responded.", True),
        ("This report presents 2 bipolar patients who received open-label intranasal esketamine twice weekly. Both "
         "remitted.", True),
        # a planned open-label trial that counts its sample is not a report of cases
        ("Methods: In this open-label trial, 24 patients with TRD received six ketamine infusions. Results: Response "
         "was 50%.", False),
    ],
)
def test_counted_cases_told_by_the_authors_are_a_case_series(text: str, is_case_series: bool) -> None:
    assert (extract_abstract(text)["design"] == "case_series") is is_case_series
