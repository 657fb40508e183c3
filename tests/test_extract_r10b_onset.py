"""Population tags of fresh text (round 2 of the tenth session): who was enrolled, not what was measured.

Each table holds paraphrases written here (not copied from any labelled abstract) of a kind of sentence that made a
wrong tag on the dev10 batch and earlier splits, plus negatives that must keep the tag."""

from __future__ import annotations

import pytest

from evidence.extract.lexicon import normalise_text
from evidence.extract.study import find_population
from evidence.extract.text import split_sentences
from tests.extract_support import population_of

# Suicidality as one of the symptoms measured or changed: not the population.
SUICIDALITY_MEASURED = {
    "effects_on_list": (
        "Background: Esketamine is approved for treatment-resistant depression. "
        "Objective: To examine the effects of intranasal esketamine on depression severity and suicidal ideation in "
        "a routine inpatient unit. Methods: Sixty patients with treatment-resistant depression were treated. "
        "Results: Scores on the MADRS fell by 12 points."
    ),
    "benefits_to": (
        "Methods: Eighty adults with treatment-resistant depression who had received ketamine infusions completed a "
        "survey. Results: The most satisfied respondents reported benefits to low mood, suicidal thoughts and daily "
        "functioning. Conclusions: Satisfaction was high."
    ),
    "measures_of": (
        "Methods: Forty TRD patients given esketamine were followed for six months using rating scales of depressive "
        "severity, suicidality, hopelessness and social cognition. Results: Depressive symptoms improved. "
        "Conclusions: Esketamine helped."
    ),
    "factors_including": (
        "Objective: This cohort study of esketamine in TRD explored whether baseline factors, including anhedonia, "
        "psychache, suicidality and rigidity, predicted improvement. Methods: We treated 50 TRD patients. "
        "Results: Anhedonia predicted improvement."
    ),
    "symptom_list_subject": (
        "Methods: Thirty outpatients with major depressive disorder received ketamine or saline during surgery. "
        "Results: Low mood, suicidal thoughts, somatic anxiety and insomnia decreased more with ketamine than with "
        "saline. Conclusions: Ketamine may help."
    ),
    "reduction_in_symptoms_of": (
        "Methods: Patients with treatment-resistant depression and comorbid borderline personality disorder received "
        "intravenous ketamine. Results: They showed a large reduction in symptoms of depression, impulsivity, "
        "suicidality and anxiety. Conclusions: Ketamine was useful."
    ),
}
# Suicidal people enrolled: the tag stays.
SUICIDAL_PEOPLE = {
    "patients_with": (
        "Methods: We randomised 40 patients with major depressive disorder and suicidal ideation to ketamine or "
        "midazolam. Results: Scores fell. Conclusions: Ketamine helped."
    ),
    "suicidal_inpatients": (
        "Methods: Depressive symptoms and functioning were rated in 25 suicidal inpatients with major depression who "
        "received ketamine. Results: Scores fell. Conclusions: Ketamine helped."
    ),
    "to_treat_list": (
        "Objective: This review asked whether ketamine can treat depression, anxiety and suicidality in youth. "
        "Methods: We searched databases for studies of adolescents with major depressive disorder. "
        "Results: Eight studies were found."
    ),
    "title_effects_in_condition": (
        "Sustained effects of oral ketamine in major depression and suicidal ideation: an open-label trial. "
        "Methods: Thirty outpatients took oral ketamine for six weeks. Results: Scores fell."
    ),
    "efficacy_in_list": (
        "Objective: To test the efficacy of esketamine in bipolar depression and suicidal ideation. Methods: We "
        "treated 20 inpatients. Results: Scores fell. Conclusions: Esketamine helped."
    ),
    "at_risk": (
        "Methods: The effects of ketamine were measured in 30 depressed adults at high risk of suicide. "
        "Results: Scores fell. Conclusions: Ketamine helped."
    ),
}


@pytest.mark.parametrize("key", sorted(SUICIDALITY_MEASURED))
def test_suicidality_measured_is_not_the_population(key: str) -> None:
    assert "suicidal" not in population_of(SUICIDALITY_MEASURED[key])


@pytest.mark.parametrize("key", sorted(SUICIDAL_PEOPLE))
def test_suicidal_people_stay_the_population(key: str) -> None:
    assert "suicidal" in population_of(SUICIDAL_PEOPLE[key])


# Sedation, anaesthesia and animal abstracts: 'paediatric' names children, a department or a scale; 'adolescence' a
# life stage. No adolescent tag.
CHILDREN_NOT_ADOLESCENTS = {
    "paediatric_department": (
        "Background: Procedural sedation is common in children. Methods: We reviewed 400 children sedated with "
        "intramuscular ketamine in a paediatric emergency department between 2015 and 2019. Results: Vomiting "
        "occurred in 8% and hypoxia in 1%. Conclusions: Ketamine sedation was safe."
    ),
    "pediatric_registry": (
        "Methods: We analysed sedation encounters from a national pediatric sedation registry over ten years. "
        "Results: Laryngospasm was rare. Conclusions: Ketamine alone is a safe sedative for procedures."
    ),
    "pediatric_scale": (
        "Methods: Ninety children scheduled for dental surgery under general anaesthesia received ketamine or saline. "
        "Agitation on waking was scored with the Pediatric Anesthesia Emergence Delirium scale. Results: Agitation "
        "was less frequent with ketamine."
    ),
    "pediatric_patients_aged": (
        "Objective: To study intranasal ketamine for MRI sedation. Methods: Two hundred pediatric patients aged 6 "
        "months to 14 years who were sedated for imaging were included. Results: Heart rate rose slightly."
    ),
    "adolescence_stage_rats": (
        "Methods: Offspring of stressed dams were tested in juvenile life, in adolescence and in early adulthood in "
        "the forced swim test after ketamine. Results: Immobility of the rats fell in adolescence. Conclusions: "
        "Prenatal stress causes lasting behaviour."
    ),
}
CHILDREN_NOT_ADOLESCENTS["adolescent_adjective_mice"] = (
    "Background: Early weaning causes anxious behaviour in adolescent. Methods: Separated pups were given ketamine "
    "once or daily for a week on reaching adolescence. Results: Anxiety-like behaviour of the mice fell."
)
ADOLESCENTS_NAMED = {
    "adolescent_sedation": (
        "Methods: We reviewed 120 adolescents sedated with ketamine for fracture reduction in the emergency "
        "department. Results: Vomiting occurred in 10%. Conclusions: Ketamine was safe."
    ),
    "teenagers_anaesthesia": (
        "Methods: Sixty teenagers undergoing tonsillectomy received ketamine or saline at induction. Results: Pain "
        "scores were lower. Conclusions: Ketamine reduced pain."
    ),
    "adolescent_patients": (
        "Methods: We reviewed 80 adolescent surgical patients given ketamine at induction. Results: Emergence "
        "agitation occurred in 5%. Conclusions: Ketamine was safe."
    ),
    "aged_12_17": (
        "Methods: Patients aged 12-17 years scheduled for scoliosis surgery received ketamine infusions. Results: "
        "Opioid use fell. Conclusions: Ketamine spared opioids."
    ),
}


@pytest.mark.parametrize("key", sorted(CHILDREN_NOT_ADOLESCENTS))
def test_children_in_sedation_abstracts_are_not_adolescents(key: str) -> None:
    assert "adolescent" not in population_of(CHILDREN_NOT_ADOLESCENTS[key])


@pytest.mark.parametrize("key", sorted(ADOLESCENTS_NAMED))
def test_adolescents_named_in_sedation_abstracts_stay(key: str) -> None:
    assert "adolescent" in population_of(ADOLESCENTS_NAMED[key])


def test_paediatric_depression_stays_adolescent() -> None:
    """On topic, a paediatric sample with depression is (mostly) adolescents: the tag stays."""
    text = (
        "Methods: Twelve pediatric patients with treatment-resistant bipolar depression received intranasal ketamine. "
        "Results: Ten improved. Conclusions: Ketamine may help."
    )
    assert "adolescent" in population_of(text)


# "Treatment-resistant" said of another disorder: no TRD tag.
RESISTANT_OTHER_DISORDER = {
    "refractory_ocd": (
        "Methods: We gave intravenous ketamine to 12 adults with treatment-refractory obsessive-compulsive disorder. "
        "Results: Compulsions fell in four. Conclusions: Ketamine may help some patients."
    ),
    "resistant_gad_two_words": (
        "Methods: Twenty patients with treatment-resistant DSM-5 generalized anxiety disorder received weekly "
        "subcutaneous ketamine. Results: Anxiety ratings fell. Conclusions: Ketamine was tolerated."
    ),
    "refractory_ptsd": (
        "Methods: Veterans with treatment refractory PTSD received six ketamine infusions. Results: Symptoms of "
        "trauma fell. Conclusions: Ketamine may help."
    ),
    "resistant_pain": (
        "Methods: Thirty inpatients with treatment-resistant chronic pain were given oral ketamine. Results: Pain "
        "scores fell. Conclusions: Ketamine may help."
    ),
}
RESISTANT_DEPRESSION = {
    "trd_and_ptsd": (
        "Methods: We enrolled 40 veterans with treatment-resistant depression and PTSD who received ketamine. "
        "Results: Scores fell. Conclusions: Ketamine helped."
    ),
    "resistant_major_depression": (
        "Methods: Patients with treatment-resistant major depressive disorder received esketamine. Results: Scores "
        "fell. Conclusions: Esketamine helped."
    ),
    "resistant_bipolar_depression": (
        "Methods: Fifteen inpatients with treatment-refractory bipolar depression received ketamine. Results: Scores "
        "fell. Conclusions: Ketamine helped."
    ),
}


@pytest.mark.parametrize("key", sorted(RESISTANT_OTHER_DISORDER))
def test_another_resistant_disorder_is_not_trd(key: str) -> None:
    assert "TRD" not in population_of(RESISTANT_OTHER_DISORDER[key])


@pytest.mark.parametrize("key", sorted(RESISTANT_DEPRESSION))
def test_resistant_depression_stays_trd(key: str) -> None:
    assert "TRD" in population_of(RESISTANT_DEPRESSION[key])


# A condition the abstract abbreviates counts as its long form wherever the short form names who was enrolled.
ABBREVIATED_CONDITION = {
    "si_with_trd": (
        "Background: Suicidal ideation (SI) is common in depression. Methods: Twenty-four adults with "
        "treatment-resistant depression and baseline SI received ketamine infusions. Results: Scores fell."
    ),
    "si_presenting": (
        "Background: Few treatments act quickly on suicidal ideation (SI). Methods: We randomised outpatients with "
        "mood disorders who presented with clinically significant SI to ketamine or midazolam. Results: Scores fell."
    ),
    "si_endorsing": (
        "Background: Emergency visits for suicidal ideation (SI) are rising. Methods: Adolescents aged 12-17 years "
        "admitted to hospital and endorsing SI were randomised to ketamine or saline. Results: The trial was feasible."
    ),
}
ABBREVIATED_ANXIETY = (
    "Methods: Twenty outpatients with treatment-refractory DSM-IV generalised anxiety disorder (GAD) were enrolled. "
    "Patients with GAD received weekly subcutaneous ketamine for three months. Results: Anxiety ratings fell."
)
# The short form as an outcome or a subgroup share: no tag.
ABBREVIATION_AS_OUTCOME = {
    "share_with_si": (
        "Background: Ketamine acts on suicidal ideation (SI). Methods: We reviewed 300 outpatients with major "
        "depressive disorder given ketamine. Results: Half of patients with SI at baseline no longer had it."
    ),
    "increased_si": (
        "Background: Ketamine may act on suicidal ideation (SI). Methods: We reviewed 300 outpatients with major "
        "depressive disorder given ketamine. Results: Two percent of patients reported increased SI after treatment."
    ),
    "change_in_si": (
        "Methods: We reviewed 300 outpatients with major depressive disorder given ketamine. Results: Changes in "
        "suicidal ideation (SI) were assessed with the MADRS item 10; SI fell by half."
    ),
    "new_onset": (
        "Methods: We reviewed 300 outpatients with major depressive disorder given ketamine. Results: No patient "
        "showed psychosis, mania or new-onset suicidality."
    ),
}


@pytest.mark.parametrize("key", sorted(ABBREVIATED_CONDITION))
def test_an_abbreviated_condition_names_the_population(key: str) -> None:
    assert "suicidal" in population_of(ABBREVIATED_CONDITION[key])


def test_an_abbreviated_anxiety_disorder_names_the_population() -> None:
    assert "anxious" in population_of(ABBREVIATED_ANXIETY)


@pytest.mark.parametrize("key", sorted(ABBREVIATION_AS_OUTCOME))
def test_an_abbreviated_outcome_or_subgroup_is_not_the_population(key: str) -> None:
    assert "suicidal" not in population_of(ABBREVIATION_AS_OUTCOME[key])


SUICIDAL_FEW_CASES = {
    "including_one_with": (
        "We describe five outpatients with treatment-resistant depression, including one with marked suicidal "
        "ideation, who received oral ketamine. All five improved. Ketamine may help."
    ),
    "two_of_whom_had": (
        "We describe six inpatients with treatment-resistant bipolar depression, two of whom had recent suicidal "
        "behaviour, treated with intravenous ketamine. Four improved. Ketamine may help."
    ),
    "of_whom_three_with": (
        "Methods: Ten veterans with treatment-resistant depression, of whom three had suicidal thoughts, received "
        "esketamine. Results: Seven improved. Conclusions: Esketamine may help."
    ),
}


@pytest.mark.parametrize("key", sorted(SUICIDAL_FEW_CASES))
def test_suicidality_of_a_few_cases_is_not_the_population(key: str) -> None:
    assert "suicidal" not in population_of(SUICIDAL_FEW_CASES[key])


# Sentences about the field (what others studied, what later work should study) do not name this study's sample.
FIELD_SENTENCES = {
    "has_been_studied": (
        "Methods: We pooled blood pressure data from 12 trials of intravenous ketamine in treatment-resistant "
        "depression. Ketamine has been studied in patients with obsessive-compulsive disorder, PTSD and social "
        "anxiety disorder. Results: Systolic pressure rose by 15 mmHg.",
        "PTSD",
    ),
    "future_research": (
        "Methods: We reviewed 14 trials of esketamine in treatment-resistant depression. Results: Esketamine was "
        "effective. Conclusions: Future research should include older adults and bipolar depression.",
        "bipolar",
    ),
    "directions_for_research": (
        "Methods: We reviewed 20 papers on esketamine in treatment-resistant depression. Results: Most were positive. "
        "Conclusions: Directions for research include elderly patients with comorbid substance use.",
        "geriatric",
    ),
}


@pytest.mark.parametrize("key", sorted(FIELD_SENTENCES))
def test_a_sentence_about_the_field_names_no_population(key: str) -> None:
    text, tag = FIELD_SENTENCES[key]
    tags = population_of(text)
    assert tag not in tags and "TRD" in tags


def test_the_study_sample_named_beside_further_work_stays() -> None:
    text = (
        "Methods: Thirty adults with bipolar depression received intravenous ketamine. Results: Twenty improved. "
        "Conclusions: Further studies are needed."
    )
    assert "bipolar" in population_of(text)


# Spanish, Portuguese and French abstracts name the same conditions in their own words.
ROMANCE_POPULATIONS = {
    "es_trd_si": (
        "Presentamos el caso de una paciente con depresión resistente e ideación suicida persistente tratada con "
        "perfusiones de ketamina intravenosa. La paciente mejoró tras la tercera perfusión. La ketamina fue segura.",
        {"TRD", "suicidal"},
    ),
    "pt_trd_elderly": (
        "Objetivo: analisar o uso da cetamina no tratamento da depressão resistente em idosos. Metodologia: foram "
        "avaliados 30 artigos. Resultados: a cetamina foi eficaz e segura.",
        {"TRD", "geriatric"},
    ),
    "fr_trd_si": (
        "Nous rapportons trois patients souffrant d'une dépression résistante avec idées suicidaires, traités par "
        "eskétamine intranasale. Les trois patients se sont améliorés. Le traitement a été bien toléré.",
        {"TRD", "suicidal"},
    ),
}
ROMANCE_NEGATIVES = {
    "es_adults_over_18": (
        "Se incluyeron 40 personas mayores de 18 años con depresión mayor tratadas con ketamina intravenosa. "
        "Los síntomas mejoraron. La ketamina fue segura.",
        "geriatric",
    ),
    "es_plain_depression": (
        "Se incluyeron 40 pacientes con depresión mayor tratados con ketamina intravenosa. Los síntomas mejoraron. "
        "La ketamina fue segura.",
        "TRD",
    ),
}


@pytest.mark.parametrize("key", sorted(ROMANCE_POPULATIONS))
def test_romance_language_conditions_are_read(key: str) -> None:
    text, tags = ROMANCE_POPULATIONS[key]
    assert tags <= set(population_of(text))


@pytest.mark.parametrize("key", sorted(ROMANCE_NEGATIVES))
def test_romance_language_lookalikes_are_not_read(key: str) -> None:
    text, tag = ROMANCE_NEGATIVES[key]
    assert tag not in population_of(text)


# An abstract judged off-topic (an anaesthetic, another drug) that counts the people it enrolled with their condition:
# that condition is still the population (no finding is read from it; the tag says who was treated).
ENROLLED_IN_OTHER_TREATMENT = {
    "ect_anaesthesia": (
        "Objective: To compare esketamine with propofol anaesthesia for electroconvulsive therapy. Methods: A total "
        "of 90 patients with treatment-resistant depression were randomised to esketamine or propofol induction. "
        "Results: Seizure duration was longer with esketamine.",
        "TRD",
    ),
    "family_history": (
        "Methods: Thirty-two subjects with treatment-resistant major depression were grouped by a family history of "
        "alcohol dependence before one ketamine infusion. Results: Subjects with a family history improved more.",
        "TRD",
    ),
    "bipolar_sleep": (
        "Methods: We recorded sleep in 45 outpatients with bipolar disorder before and after a single nap. Results: "
        "Sleep onset was shorter after the nap.",
        "bipolar",
    ),
}


def _off_topic_population(text: str) -> list[str]:
    """Population of text read as an off-topic abstract (the gate passed in, as extract_abstract does)."""
    return find_population(split_sentences(normalise_text(text)), topical=False)[0]


@pytest.mark.parametrize("key", sorted(ENROLLED_IN_OTHER_TREATMENT))
def test_people_enrolled_with_a_condition_are_the_population(key: str) -> None:
    text, tag = ENROLLED_IN_OTHER_TREATMENT[key]
    assert tag in _off_topic_population(text)


def test_a_condition_in_the_background_of_an_off_topic_abstract_is_not_the_population() -> None:
    text = (
        "Background: Ketamine is also used for treatment-resistant depression. Methods: We studied 200 children "
        "sedated with ketamine for fracture reduction. Results: Vomiting occurred in 9%."
    )
    assert "TRD" not in _off_topic_population(text)


EARLIER_OWN_WORK = {
    "we_previously_reported": (
        "We previously reported rapid antidepressant effects of ketamine in a sample of unipolar and bipolar "
        "depressives. Methods: Twenty outpatients with major depressive disorder received ketamine or placebo. "
        "Results: Scores fell with ketamine.",
        "bipolar",
    ),
    "our_group_has_previously_shown": (
        "Our group has previously shown that ketamine reduces symptoms in veterans with PTSD. Methods: We randomised "
        "30 outpatients with major depressive disorder to ketamine or midazolam. Results: Scores fell.",
        "PTSD",
    ),
    "we_have_previously_found": (
        "We have previously found that ketamine helps patients with bipolar depression. In this trial, 40 adults with "
        "major depressive disorder received esketamine. Results: Scores fell.",
        "bipolar",
    ),
}


@pytest.mark.parametrize("key", sorted(EARLIER_OWN_WORK))
def test_the_authors_earlier_sample_is_not_this_population(key: str) -> None:
    text, tag = EARLIER_OWN_WORK[key]
    tags = population_of(text)
    assert tag not in tags and "MDD" in tags


def test_a_present_study_sentence_keeps_its_population() -> None:
    text = (
        "Methods: We reported outcomes of 25 outpatients with bipolar depression given ketamine. Results: Twelve "
        "responded. Conclusions: Ketamine may help."
    )
    assert "bipolar" in population_of(text)
