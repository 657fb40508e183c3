"""Routes and drugs of a study's own interventions on text nobody tuned the rules on (issue 21): dotted lower-case
route abbreviations, cited evidence, reference routes, enantiomers. Paraphrases written by the team."""

from __future__ import annotations

import pytest

from evidence.extract import lexicon
from evidence.extract.abstract import extract_abstract
from evidence.extract.route_context import route_not_given
from evidence.extract.study import find_study_drugs
from evidence.extract.study_routes import route_mentions

DOTTED = [
    ("Sedation was induced with ketamine 4 mg/kg i.m. in the emergency room.", ["intramuscular"]),
    ("The drug was given either i.m. or i.v. at the physician's discretion.", ["intramuscular", "intravenous"]),
    ("Mice received ketamine s.c. once daily for a week.", ["subcutaneous"]),
    ("Rats were dosed with 30 mg/kg p.o. twice daily.", ["oral"]),
    ("Esketamine was applied i.n. in two puffs.", ["intranasal"]),
    # the prefix written apart, as registry entries do
    ("Ketamine will be given through the Intra venous route.", ["intravenous"]),
    ("Ketamine 0.5 mg/kg intra muscular, once weekly.", ["intramuscular"]),
    ("Ketamine given sub lingually twice weekly.", ["sublingual"]),
]
NOT_DOTTED = [
    "Patients with comorbid anxiety, i.e. generalised anxiety disorder, were excluded.",
    "The dose was titrated by him. Then it was stopped.",
    "Scores improved in the s.c.a. subscale.",
    "Most were seen in the p.m. clinic.",
]


@pytest.mark.parametrize(("text", "routes"), DOTTED)
def test_dotted_lower_case_route_abbreviations(text: str, routes: list[str]) -> None:
    assert sorted(lexicon.find_routes(text)) == sorted(routes)


@pytest.mark.parametrize("text", NOT_DOTTED)
def test_dotted_words_that_are_no_route(text: str) -> None:
    assert lexicon.find_routes(text) == []


ENANTIOMER_ONLY = [
    # an enantiomer given, then "ketamine" as its shorthand
    ("Twelve healthy volunteers received S-ketamine 0.2 mg/kg intravenously. Cerebral blood flow fell after "
     "ketamine administration.", ["esketamine"]),
    # the parent drug named in a general claim of an enantiomer's study
    ("Ketamine is widely used in anaesthesia. In this trial, 40 patients were randomized to esketamine 0.25 mg/kg or "
     "saline.", ["esketamine"]),
    ("The potency of norketamine is a third that of ketamine. Volunteers were given (R)-ketamine by mouth.",
     ["arketamine"]),
]
BOTH_FORMS = [
    ("Patients were randomized to esketamine 0.2 mg/kg or racemic ketamine 0.5 mg/kg.", ["ketamine", "esketamine"]),
    ("We compared intranasal esketamine and intravenous ketamine in resistant depression.", ["ketamine", "esketamine"]),
    # enantiomers compared, not given by dose or route: the parent drug stays
    ("(S)-ketamine was three times as potent as (R)-ketamine at the receptor. Ketamine altered sensory perception.",
     ["ketamine", "esketamine", "arketamine"]),
    # an enantiomer in a licensing sentence does not make ketamine its shorthand
    ("Esketamine was approved in 2019 as a spray. Twenty patients received ketamine infusions.",
     ["ketamine", "esketamine"]),
    # the racemate given its own dose in a sentence of its own
    ("The esketamine group received 0.2 mg/kg intravenously. The control group received ketamine 0.5 mg/kg.",
     ["ketamine", "esketamine"]),
    # ... or its own route
    ("Esketamine nasal spray was given to 30 patients. Ketamine infusions were given to 40 others.",
     ["ketamine", "esketamine"]),
]
RACEMIC_ANALYTES = [
    ("Ten volunteers took ketamine 20 mg tablets; the half-lives of S- and R-ketamine were 5 and 6 h.", ["ketamine"]),
    ("After an intravenous ketamine infusion, plasma concentrations of (R)-ketamine exceeded those of (S)-ketamine.",
     ["ketamine"]),
    ("Ketamine 0.5 mg/kg was infused; the clearance of the R-ketamine was lower.", ["ketamine"]),
]
ENANTIOMER_MEASURED_AND_GIVEN = [
    ("Patients received arketamine 0.5 mg/kg; plasma levels of arketamine were measured.", ["arketamine"]),
    ("Rats received ketamine or (R)-ketamine 10 mg/kg; brain levels of (R)-ketamine were higher.",
     ["ketamine", "arketamine"]),
]


@pytest.mark.parametrize(("text", "drugs"), ENANTIOMER_ONLY + BOTH_FORMS + RACEMIC_ANALYTES
                         + ENANTIOMER_MEASURED_AND_GIVEN)
def test_study_drugs_tell_enantiomers_from_the_racemate(text: str, drugs: list[str]) -> None:
    assert find_study_drugs(text) == drugs


CITED = [
    ("In a previous trial it was found that intravenous ketamine given to patients relieved depression within hours. "
     "We will randomize 40 patients to intramuscular ketamine or saline.", ["intramuscular"]),
    ("A recent meta-analysis of oral ketamine in adults described a delayed effect. Our 15 patients "
     "received subcutaneous ketamine weekly for six weeks.", ["subcutaneous"]),
    ("It was reported that intranasal esketamine reduces suicidal ideation in patients. Thirty adults "
     "were given ketamine lozenges daily in this open-label study.", ["sublingual"]),
    ("An earlier randomized study2 compared IV and IM ketamine. Twelve patients received oral ketamine 1 mg/kg.",
     ["oral"]),
    ("Lots of studies were conducted where ketamine was given to patients by intravenous route. We will give "
     "intramuscular ketamine to 60 patients.", ["intramuscular"]),
]
OWN_NOT_CITED = [
    # the study speaks of itself in the same sentence: its route stays
    ("As in a previous study, we gave ketamine intravenously (0.5 mg/kg) to 20 patients with depression.",
     ["intravenous"]),
    # a pilot study is this study, not another's
    ("A pilot study: 12 patients with depression received intranasal ketamine twice weekly.", ["intranasal"]),
]


@pytest.mark.parametrize(("text", "routes"), CITED + OWN_NOT_CITED)
def test_routes_named_in_cited_evidence_are_not_the_study_routes(text: str, routes: list[str]) -> None:
    assert extract_abstract(text)["routes"] == routes


REVIEW_FORMS = [
    # the review names esketamine without a route in its own sentences: esketamine's route from the background
    ("Previous studies have shown that intranasal esketamine and intravenous ketamine reduce suicidal thoughts. We "
     "conducted a systematic review of 12 trials. Trials of esketamine found no antisuicidal effect, whereas "
     "intravenous ketamine reduced suicidal ideation.", ["intranasal", "intravenous"]),
    ("Earlier trials have shown benefits of oral ketamine and of subcutaneous esketamine. This systematic review "
     "synthesised 9 studies. Esketamine improved depression scores and intravenous ketamine reduced relapse.",
     ["intravenous", "subcutaneous"]),
]
REVIEW_FORMS_ROUTED = [
    # every form the review names has its own route: background routes add nothing
    ("Previous studies have shown benefits of oral ketamine and intranasal esketamine. This meta-analysis pooled 10 "
     "trials of intravenous esketamine and intravenous ketamine.", ["intravenous"]),
    # a primary study keeps its own route: the background form is not carried over
    ("Intranasal esketamine has been shown to reduce depression. In this open-label study, 20 patients received "
     "esketamine 0.25 mg/kg intravenously.", ["intravenous"]),
]


@pytest.mark.parametrize(("text", "routes"), REVIEW_FORMS + REVIEW_FORMS_ROUTED)
def test_review_forms_without_own_route_take_the_background_route(text: str, routes: list[str]) -> None:
    result = extract_abstract(text)
    assert sorted(result["routes"]) == sorted(routes), result["design"]


REFERENCE = [
    ("Oral doses near 2 mg/kg are needed to reach equivalence to intravenous ketamine.", "intravenous"),
    ("That translates to 3.0 mg/kg if dosed orally.", "orally"),
    ("Most of the trials used less than the equivalent subcutaneous dose.", "subcutaneous"),
    ("The response came late, compared with the fast action of IV ketamine.", "IV"),
    ("Unlike intravenous ketamine, the lozenges can be taken at home.", "intravenous"),
    ("Ketamine was given orally rather than intravenously.", "intravenously"),
    ("In contrast to IV infusions, the spray needs no cannula.", "IV"),
]
HISTORY_OR_EXCLUSION = [
    ("Patients who had previously received intravenous ketamine were not eligible.", "intravenous"),
    ("Exclusion criteria: prior treatment with IV ketamine or esketamine.", "IV"),
    ("Patients on intranasal esketamine were excluded.", "intranasal"),
    ("Nine had responded to IV ketamine in the past.", "IV"),
    ("A history of intramuscular ketamine use was recorded.", "intramuscular"),
    ("Its S-enantiomer was approved as a nasal spray in 2019.", "nasal"),
    ("Esketamine was licensed in 2020 as an intranasal treatment.", "intranasal"),
]
GIVEN_AFTER_HISTORY = [
    ("Patients previously treated with ECT received intravenous ketamine.", "intravenous"),
    ("Prior to ECT, intravenous ketamine was given as the anaesthetic.", "intravenous"),
    ("Patients who had failed two antidepressants were excluded unless they consented; all received oral ketamine.",
     "oral"),
]
NOT_REFERENCE = [
    ("Oral doses near 2 mg/kg are needed to reach equivalence to intravenous ketamine.", "Oral"),
    ("Patients received intravenous ketamine compared with saline.", "intravenous"),
    ("Intranasal esketamine was compared with oral quetiapine.", "Intranasal"),
    ("An equivalent volume of saline was prepared; patients then received oral ketamine.", "oral"),
    ("Ketamine was given orally rather than intravenously.", "orally"),
    ("Unlike previous trials in outpatients, we gave intravenous ketamine to inpatients.", "intravenous"),
]


def _span(sentence: str, word: str) -> tuple[int, int]:
    a = sentence.index(word)
    return a, a + len(word)


@pytest.mark.parametrize(("sentence", "word"), REFERENCE)
def test_a_reference_route_is_not_given(sentence: str, word: str) -> None:
    assert route_not_given(sentence, *_span(sentence, word))


@pytest.mark.parametrize(("sentence", "word"), HISTORY_OR_EXCLUSION)
def test_a_route_of_the_participants_history_or_an_exclusion_is_not_given(sentence: str, word: str) -> None:
    assert route_not_given(sentence, *_span(sentence, word))


@pytest.mark.parametrize(("sentence", "word"), GIVEN_AFTER_HISTORY)
def test_a_route_given_after_a_history_is_given(sentence: str, word: str) -> None:
    assert not route_not_given(sentence, *_span(sentence, word))


@pytest.mark.parametrize(("sentence", "word"), NOT_REFERENCE)
def test_the_converted_route_is_given(sentence: str, word: str) -> None:
    assert not route_not_given(sentence, *_span(sentence, word))


OPENING_ABOUT_THE_FIELD = [
    ("Intravenous ketamine infusions are effective for patients with resistant depression. We treated 10 patients "
     "with oral ketamine 1 mg/kg three times weekly.", ["oral"]),
    ("Intranasal esketamine helps patients with suicidal ideation. Its cost limits access. Twelve adults received "
     "sublingual ketamine lozenges daily for four weeks.", ["sublingual"]),
    ("Infusions of ketamine relieve depression in most patients within a day. Our 8 patients were given ketamine "
     "by intramuscular injection.", ["intramuscular"]),
]
OPENING_ABOUT_THIS_STUDY = [
    # the first sentence already speaks of this study: its route stays
    ("We gave intravenous ketamine infusions to 20 patients with resistant depression. Oral ketamine was given "
     "afterwards for maintenance.", ["intravenous", "oral"]),
]


@pytest.mark.parametrize(("text", "routes"), OPENING_ABOUT_THE_FIELD + OPENING_ABOUT_THIS_STUDY)
def test_an_unstructured_opening_about_the_field_names_no_study_route(text: str, routes: list[str]) -> None:
    assert sorted(extract_abstract(text)["routes"]) == sorted(routes)


DEPRESSED_PEOPLE = [
    "Twenty adults suffering from depression received ketamine infusions.",
    "We reviewed the charts of patients treated with intravenous ketamine for depression at our clinic.",
    "Depressed outpatients were given oral ketamine for six weeks.",
    "This trial tests ketamine in the treatment of depression in 40 adults.",
]
DEPRESSION_NOT_THE_POPULATION = [
    # physiology, a drug class, an outcome
    "Twelve children were sedated with ketamine. No patient with respiratory depression needed intubation.",
    "Ketamine is an antidepressant at low doses. It was studied as a receptor probe in 15 healthy subjects.",
    "Forty surgical patients received esketamine. Postoperative depressive symptoms were measured at one month.",
]


@pytest.mark.parametrize("text", DEPRESSED_PEOPLE)
def test_people_with_depression_are_an_mdd_population(text: str) -> None:
    assert "MDD" in extract_abstract(text)["population"]


@pytest.mark.parametrize("text", DEPRESSION_NOT_THE_POPULATION)
def test_depression_named_otherwise_is_no_population(text: str) -> None:
    assert "MDD" not in extract_abstract(text)["population"]


def test_a_title_alone_stands_for_its_population() -> None:
    title = "Antidepressant effects of intramuscular versus intravenous ketamine"
    assert "MDD" in extract_abstract(title)["population"]


def test_a_majority_share_with_a_diagnosis_is_the_population() -> None:
    text = ("We reviewed 300 outpatients given intramuscular ketamine. 270 (90%) patients had a diagnosis of bipolar "
            "disorder and 60 (20%) patients had a diagnosis of PTSD.")
    assert extract_abstract(text)["population"] == ["bipolar"]


OFF_TOPIC_POPULATIONS = [
    # a pharmacokinetic study whose background names resistant depression: who was studied stays
    ("Ketamine is used for treatment-resistant depression. We measured plasma levels in 12 healthy volunteers after "
     "an oral dose. Clearance was 80 L/h. The half-life was 5 h.", ["healthy"]),
    # a rodent depression model
    ("Rats exposed to chronic unpredictable stress develop depression-like behaviour. Rats with depression were "
     "given ketamine 10 mg/kg. Immobility fell by half. Sucrose preference recovered.", []),
    # a review of the drug's mechanisms that names the patients it may one day treat
    ("Arketamine may help patients with treatment-resistant depression. This review covers its receptor "
     "pharmacology in rodents. We discuss synaptic plasticity. Microglia also play a role.", []),
]


@pytest.mark.parametrize(("text", "population"), OFF_TOPIC_POPULATIONS)
def test_off_topic_abstracts_have_no_clinical_population(text: str, population: list[str]) -> None:
    assert extract_abstract(text)["population"] == population


ANXIOUS = [
    "Eighteen adults with social anxiety disorder received ketamine or saline infusions in random order.",
    "We gave ketamine to 10 patients with refractory generalised anxiety who were not depressed.",
    "This open-label study tested oral ketamine for treating depression and anxiety in hospice patients.",
]
NOT_ANXIOUS = [
    # a scale named after the disorder
    "Forty patients with TRD received ketamine; the Generalized Anxiety Disorder-7 was scored weekly.",
    # one comorbidity among the depressed patient's diagnoses
    "We describe a man with major depressive disorder, PTSD and social anxiety disorder treated with ketamine.",
    # anxiety as an outcome
    "Sixty patients with MDD received ketamine; anxiety scores fell by half.",
]


@pytest.mark.parametrize("text", ANXIOUS)
def test_people_with_an_anxiety_disorder_are_anxious(text: str) -> None:
    assert "anxious" in extract_abstract(text)["population"]


@pytest.mark.parametrize("text", NOT_ANXIOUS)
def test_anxiety_as_a_scale_comorbidity_or_outcome_is_not_the_population(text: str) -> None:
    assert "anxious" not in extract_abstract(text)["population"]


YOUTH = [
    "Young people with moderate depression were randomised to ketamine or midazolam.",
    "Participants aged between 15 and 24 years with MDD received subcutaneous ketamine.",
    "Patients aged 13-19 with TRD received intravenous ketamine twice weekly.",
]
ADULTS = [
    "Participants aged 16 to 65 years with MDD received subcutaneous ketamine.",
    "Adults aged 18-25 years received intranasal esketamine.",
]


@pytest.mark.parametrize("text", YOUTH)
def test_young_people_and_teenage_age_ranges_are_adolescent(text: str) -> None:
    assert "adolescent" in extract_abstract(text)["population"]


@pytest.mark.parametrize("text", ADULTS)
def test_adult_age_ranges_are_not_adolescent(text: str) -> None:
    assert "adolescent" not in extract_abstract(text)["population"]


BRANDS_AND_LISTS = [
    ("Patients received Ketanest S 0.25 mg/kg by infusion over 40 minutes.", ["esketamine"]),
    ("Patients received Ketanest 0.5 mg/kg by infusion over 40 minutes.", ["ketamine"]),
    ("Patients received racemic ketamine 0.5 mg/kg; plasma levels of S-ketamine, R-ketamine and norketamine were "
     "measured.", ["ketamine"]),
]


@pytest.mark.parametrize(("text", "drugs"), BRANDS_AND_LISTS)
def test_brand_names_and_measured_lists(text: str, drugs: list[str]) -> None:
    assert find_study_drugs(text) == drugs


TABLETS = [
    # the tablet named apart from the sublingual one is swallowed
    ("We compared 20 mg ketamine by injection, two ketamine tablets of 25 mg, a sublingual ketamine tablet and a "
     "nasal spray in healthy volunteers.", ["intranasal", "sublingual", "oral"]),
    # the tablet next to the sublingual word is the sublingual form
    ("Twenty patients took sublingual rapid-dissolve ketamine tablets at home.", ["sublingual"]),
    ("Ketamine tablets were taken sublingually by 12 patients.", ["sublingual"]),
]


@pytest.mark.parametrize(("text", "routes"), TABLETS)
def test_a_tablet_is_sublingual_only_beside_a_sublingual_word(text: str, routes: list[str]) -> None:
    found = {r for r, _, _ in route_mentions(text)}
    assert found == set(routes)


EQUIPMENT = [
    ("IV access was not required for the nasal spray.", ["intranasal"]),
    ("Patients took oral ketamine; IV fluids were given when needed.", ["oral"]),
    ("An intravenous catheter was kept in place while the spray was given intranasally.", ["intranasal"]),
]
THROUGH_EQUIPMENT = [
    ("Ketamine was given through an intravenous line over 40 minutes.", ["intravenous"]),
    ("Ketamine was infused via a peripheral IV cannula.", ["intravenous"]),
]


@pytest.mark.parametrize(("text", "routes"), EQUIPMENT + THROUGH_EQUIPMENT)
def test_the_equipment_of_a_vein_is_no_route_unless_the_drug_goes_through_it(text: str, routes: list[str]) -> None:
    assert {r for r, _, _ in route_mentions(text)} == set(routes)
