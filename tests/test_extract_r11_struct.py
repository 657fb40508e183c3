"""Eleventh-session study-field rules (N, design, route), each written from a first-contact error of the dev11 split and
checked on paraphrases written here (never the blind sentences), negatives included."""

from __future__ import annotations

import pytest

from tests.extract_support import design_of, n_of, population_of, routes_of

# A count bracket padded by a web copy ("( n = 52)") is the same count as "(n = 52)".
PADDED_BRACKET = [
    ("Methods: In this chart review, young adults ( n = 47) given ketamine for TRD were compared with older ones.",
     47),
    ("Methods: Veterans with PTSD ( N = 88) who received esketamine were followed for a year.", 88),
    ("Methods: Outpatients ( n=31) with bipolar depression received six infusions over two weeks.", 31),
]


@pytest.mark.parametrize(("text", "n"), PADDED_BRACKET)
def test_a_padded_count_bracket_is_the_sample(text: str, n: int) -> None:
    assert n_of(text) == n


# A sample still being collected is told in the present tense ("are included") and is the N, not a subgroup counted
# later ("with 26 patients over 65").
PRESENT_TENSE = [
    ("Methods: Retrospective cohort. 212 patients are included in two waves. Results: Mean age was 51, with 30 "
     "patients older than 65.", 212),
    ("Methods: An ongoing registry. So far 94 participants have been enrolled at four sites. Results: Among them, "
     "12 patients with bipolar disorder.", 94),
    ("Methods: 61 adults with TRD are recruited in this observational study. Results: with 9 patients over 70.", 61),
]


@pytest.mark.parametrize(("text", "n"), PRESENT_TENSE)
def test_a_sample_told_in_the_present_tense(text: str, n: int) -> None:
    assert n_of(text) == n


# "N subjects, with K (subjects) in each group": the whole sample with its arms' size, not one arm.
WITH_EACH_GROUP = [
    ("Methods: A total of 180 participants were required, with 90 participants in each group.", 180),
    ("Methods: 64 women were included, with 32 women in each arm, and received sufentanil or esketamine.", 64),
    ("Methods: Overall, 150 patients were enrolled, with 50 in each group.", 150),
]


@pytest.mark.parametrize(("text", "n"), WITH_EACH_GROUP)
def test_a_sample_with_its_arms_size(text: str, n: int) -> None:
    assert n_of(text) == n


# "A total of N <any noun> who ...": "who" tells of people whatever their noun; units of treatment and studies do not.
TOTAL_OF_WHO = [
    ("Methods: A total of 96 primigravidae who underwent caesarean delivery were selected and divided into two groups.",
     96),
    ("Methods: A total of 72 puerperas who delivered in our hospital were selected as research subjects.", 72),
    ("Methods: A total of 58 postpartum mothers who had epidural analgesia were studied.", 58),
]
TOTAL_OF_NOT_PEOPLE = [
    "Methods: We review the records. A total of 340 infusions who were given between 2019 and 2021 were read.",
    "Methods: A total of 14 trials who reported response were pooled.",
]


@pytest.mark.parametrize(("text", "n"), TOTAL_OF_WHO)
def test_a_total_of_people_named_by_any_noun(text: str, n: int) -> None:
    assert n_of(text) == n


@pytest.mark.parametrize("text", TOTAL_OF_NOT_PEOPLE)
def test_a_total_of_treatments_or_studies_is_no_sample(text: str) -> None:
    assert n_of(text) not in (340, 14)


# A sentence under a Methods or Results heading tells this study's own work, even in the words that elsewhere report
# earlier work ("Meta-analysis results showed that ..."); a background sentence's cited design stays out.
OWN_RESULTS_DESIGN = [
    ("Objective: To assess esketamine added to antidepressants. Methods: We searched PubMed, Embase and CNKI for "
     "randomized controlled trials up to 2023. Results: Nine articles with 1,100 patients were included. "
     "Meta-analysis showed that esketamine improved MADRS scores (MD = -3.1, 95% CI -4.2 to -2.0).", "meta_analysis"),
    ("Background: Ketamine may reduce suicidal thoughts. Methods: Eleven databases were searched for randomised "
     "trials of ketamine for suicidal ideation. Results: Twelve trials were eligible. Meta-analysis results "
     "demonstrated that ketamine reduced ideation at 24 hours (RR = 1.6, 95% CI 1.2 to 2.1).", "meta_analysis"),
    ("Methods: Two reviewers searched MEDLINE and PsycINFO for randomized controlled trials of intranasal esketamine. "
     "Results: Seven trials were included; the meta-analysis found that response was more frequent with esketamine "
     "(RR = 1.4, 95% CI 1.2 to 1.7).", "meta_analysis"),
    # negatives: the cited design of a background sentence is not this study's
    ("Background: A recent randomized controlled trial showed that ketamine reduces suicidal ideation. Methods: "
     "Thirty inpatients received open-label intravenous ketamine 0.5 mg/kg. Results: Scores fell at 24 hours.",
     "open_label"),
    ("Background: Meta-analyses have shown that randomized trials of ketamine report rapid effects. Methods: We "
     "reviewed the charts of 85 outpatients given intravenous ketamine at our clinic. Results: Scores fell.",
     "observational"),
]


@pytest.mark.parametrize(("text", "design"), OWN_RESULTS_DESIGN)
def test_a_results_sentence_tells_this_studys_design(text: str, design: str) -> None:
    assert design_of(text) == design


# A registry entry's plain-language summary tells a study still to be run, even when it names its randomized design.
REGISTRY_SUMMARY = [
    ("This is a randomized, double-blind, placebo-controlled trial. The goal of this clinical trial is to learn if "
     "intranasal esketamine works to treat depression in older adults. It will also learn about its safety.",
     "protocol"),
    ("Randomized parallel-group study. The goal of this interventional study is to find out whether ketamine given "
     "during ECT anaesthesia speeds recovery in adolescents with severe depression.", "protocol"),
    ("A randomised controlled trial of intravenous ketamine for suicidal ideation. The main questions it aims to "
     "answer are: does ketamine lower suicidal ideation at 24 hours? Is it safe?", "protocol"),
    # negatives: a finished trial tells its goal in the past tense
    ("Methods: This was a randomized, double-blind trial. The goal of this study was to learn whether ketamine "
     "reduces depression. Sixty patients were randomized to ketamine or midazolam. Results: Scores fell more with "
     "ketamine.", "rct"),
    ("Methods: The aim of this randomized controlled trial was to find out if esketamine prevents postpartum "
     "depression; 120 women were randomly assigned to esketamine or saline. Results: EPDS scores were lower.", "rct"),
]


@pytest.mark.parametrize(("text", "design"), REGISTRY_SUMMARY)
def test_a_registry_summary_is_a_protocol(text: str, design: str) -> None:
    assert design_of(text) == design


# A case report's own heading ("Clinical case:", "Case:", "Case history:") opens the report of the case, not more
# background: one patient told is a case report (N = 1).
CASE_HEADINGS = [
    "Introduction: Ketamine is of growing interest for refractory depression, but its use in psychotic patients is "
    "debated. Clinical case: A 58-year-old man with a severe depressive episode and psychotic features did not improve "
    "with medication. Three ketamine infusions were given with good response. Discussion: This case suggests ketamine "
    "may help such patients.",
    "Introduction: Evidence for ketamine in catatonia is scarce. Case: A 45-year-old woman with bipolar depression and "
    "catatonic stupor refused food. She received two ketamine infusions and recovered. Discussion: Ketamine may be an "
    "option when ECT is not possible.",
    "Background: Esketamine is licensed for TRD. Case history: A 70-year-old man with treatment-resistant depression "
    "and heart failure was given intranasal esketamine twice weekly. His MADRS score fell. Conclusion: Esketamine was "
    "safe in this patient.",
]


@pytest.mark.parametrize("text", CASE_HEADINGS)
def test_a_case_heading_opens_the_case_report(text: str) -> None:
    assert (design_of(text), n_of(text)) == ("case_series", 1)


# A route word whose object is a class of other drugs ("oral administration of benzodiazepines") is that care's route;
# ketamine's own route, or a list that holds ketamine, stays.
OTHER_DRUG_CLASS_ROUTE = [
    ("Introduction: Ketamine is studied for depression. Clinical case: A 52-year-old woman had months of oral "
     "administration of antipsychotic and antidepressant medications without benefit. Two IV ketamine doses were "
     "given with good response.", ["intravenous"]),
    ("Methods: After years of oral administration of benzodiazepines, 20 inpatients received intravenous ketamine "
     "0.5 mg/kg. Results: Scores fell.", ["intravenous"]),
    ("Methods: Despite intramuscular injections of antipsychotics, 18 patients with catatonia were given intravenous "
     "ketamine. Results: Catatonia scores fell.", ["intravenous"]),
    # negatives: ketamine's own oral route
    ("Methods: Twenty outpatients received oral administration of ketamine 1 mg/kg daily for four weeks. Results: "
     "Scores fell.", ["oral"]),
    ("Methods: Thirty patients received oral doses of ketamine with their usual antidepressants. Results: Scores "
     "fell.", ["oral"]),
]


@pytest.mark.parametrize(("text", "routes"), OTHER_DRUG_CLASS_ROUTE)
def test_the_route_of_another_drug_class_is_not_ketamines(text: str, routes: list[str]) -> None:
    assert routes_of(text) == routes


# The equipment of a vein named with the route's abbreviation between ("intravenous (IV) access") is no route; a
# sentence that opens with the field's recent history ("Over the past decade, ketamine has ...") gives no route of the
# study's own, even at the last resort.
NO_OWN_ROUTE = [
    ("Over the past decade, ketamine has been used for depression, mostly given intravenously in clinics. We describe "
     "outcome data from 120 patients treated in two private practices. Our results suggest benefit.", []),
    ("In recent years, esketamine has entered psychiatric practice as an intravenous and nasal treatment. Here we "
     "report clinical data from 80 patients of a community practice. Scores improved.", []),
    ("Ketamine is given with psychotherapy in our practice without need for intravenous (IV) access. We report "
     "outcomes of 60 patients. Anxiety and depression improved.", []),
    # negatives: the study's own route, in a sentence with a time phrase or through a line
    ("Over the past two years, 40 patients at our clinic received intravenous ketamine for depression. Scores "
     "improved.", ["intravenous"]),
    ("Sixty patients received ketamine through an intravenous (IV) line over 40 minutes. Scores improved.",
     ["intravenous"]),
    ("Thirty patients received intravenous (IV) ketamine 0.5 mg/kg. Scores improved.", ["intravenous"]),
]


@pytest.mark.parametrize(("text", "routes"), NO_OWN_ROUTE)
def test_field_history_and_vein_equipment_give_no_route(text: str, routes: list[str]) -> None:
    assert routes_of(text) == routes


# Suicidality named as one symptom among others (a bracketed list of symptoms, a disorder's "symptoms such as ...",
# a measure list whose brackets hold scale names and semicolons, a present-tense result "infusions reduce suicidal
# ideation") is no population tag; people enrolled with it, or a purpose "to reduce" it, stay tagged.
SUICIDAL_AS_SYMPTOM = [
    ("Methods: Forty adults with treatment-resistant depression received six ketamine infusions. Outcomes were changes "
     "in depression (Montgomery-Asberg scale for Depression; MADRS), suicidal ideation (SI; the Beck Scale for Suicide "
     "Ideation) and anxiety. Results: Scores fell.", ["TRD"]),
    ("Methods: We report a man with bipolar depression. His symptoms (low energy, poor sleep, hopelessness, and "
     "passive suicidal ideation) improved after the second ketamine infusion.", ["bipolar"]),
    ("Bipolar depression is a disabling illness with symptoms such as low mood, loss of energy, guilt, and in severe "
     "cases, suicidal thoughts. We treated 25 outpatients with bipolar depression with intravenous ketamine. Scores "
     "improved.", ["bipolar"]),
    ("Methods: Thirty patients with TRD received ketamine infusions. Conclusions: Repeated ketamine infusions in TRD "
     "reduce suicidal ideation and depressive symptoms.", ["TRD"]),
    # negatives: the people enrolled for it
    ("Methods: Adults with suicidal ideation (SI; Beck Scale score of 4 or more) were enrolled and received "
     "intravenous ketamine. Results: Scores fell.", ["suicidal"]),
    ("Objective: To reduce suicidal ideation in suicidal inpatients with depression. Methods: Forty suicidal "
     "inpatients received ketamine. Results: Scores fell.", ["MDD", "suicidal"]),
    ("Methods: We enrolled 36 adults with current suicidal ideation and major depression, who received intravenous "
     "ketamine. Results: Scores fell.", ["MDD", "suicidal"]),
]


@pytest.mark.parametrize(("text", "tags"), SUICIDAL_AS_SYMPTOM)
def test_suicidality_as_one_symptom_is_no_population(text: str, tags: list[str]) -> None:
    assert population_of(text) == tags


# "for depression" after a scale's name (or in a list closed by "respectively") is what the scale measures, not the
# condition treated: no MDD tag from it; the condition treated ("treated for depression", "therapy for depression")
# stays.
DEPRESSION_MEASURED = [
    ("Methods: Forty veterans with chronic pain received intravenous ketamine. Symptoms were rated with the Patient "
     "Health Questionnaire (PHQ-9) for depression and the GAD-7 for anxiety. Results: Scores fell.", []),
    ("Methods: Sixty inpatients with suicidal ideation were randomized to ketamine or saline. The HAM-D and the Beck "
     "Scale were used for depression and suicidality, respectively. Results: Scores fell.", ["suicidal"]),
    ("Methods: Thirty adults with PTSD received ketamine infusions; the MADRS for depression was a secondary outcome. "
     "Results: Scores fell.", ["PTSD"]),
    ("Methods: Twenty-five adults with PTSD received six ketamine infusions. Outcomes were the QIDS-SR16 for "
     "depression and the PCL-5 for PTSD symptoms. Results: Scores fell.", ["PTSD"]),
    # negatives: the condition the study treats
    ("Methods: Twenty outpatients treated for depression received intravenous ketamine. Results: Scores fell.",
     ["MDD"]),
    ("Background: Outcomes of ketamine intravenous therapy (KIT) for depression in routine care are unclear. Methods: "
     "We reviewed 120 patient charts. Results: Scores fell.", ["MDD"]),
]


@pytest.mark.parametrize(("text", "tags"), DEPRESSION_MEASURED)
def test_depression_a_scale_measures_is_no_population(text: str, tags: list[str]) -> None:
    assert population_of(text) == tags



# A sentence that opens with the field's recent history names the field's patients, not this study's (the TRD it
# names is no tag); the study's own patients in such a sentence stay. German names treatment-resistant depression
# "therapieresistent".
FIELD_HISTORY_TRD = [
    ("Over the past several years, ketamine has come into use for treatment-resistant depression (TRD), given in "
     "hospital clinics. Here we present outcome data from 210 patients of three private practices. Anxiety fell.",
     False),
    ("In recent years, esketamine has been licensed for adults with treatment-resistant depression. We describe 95 "
     "clients of a psychotherapy practice who received ketamine lozenges. Distress fell.", False),
    ("In the last two decades, ketamine has been tried in refractory depression and in pain. This report gives the "
     "experience of 64 hospice patients given oral ketamine. Mood improved.", False),
    # negative: the study's own patients in a sentence with a time phrase
    ("Over the past two years, 40 patients with treatment-resistant depression received intravenous ketamine at our "
     "clinic. Scores fell.", True),
]
GERMAN_TRD = [
    "Etwa ein Drittel der Patienten mit Depression sind therapieresistent. Ketamin wirkt rasch und wird hier als "
    "Behandlungsoption dargestellt.",
    "Bei therapieresistenter Depression ist Ketamin eine neue Behandlungsoption. Der Artikel fasst die Evidenz "
    "zusammen.",
    "Ketamin bei behandlungsresistenter Depression: eine Übersicht über Wirkung und Sicherheit.",
]


@pytest.mark.parametrize(("text", "trd"), FIELD_HISTORY_TRD)
def test_field_history_names_no_trd_of_the_study(text: str, trd: bool) -> None:
    assert ("TRD" in population_of(text)) is trd


@pytest.mark.parametrize("text", GERMAN_TRD)
def test_german_treatment_resistant_depression(text: str) -> None:
    assert "TRD" in population_of(text)
