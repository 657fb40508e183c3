"""Ninth-session design / N / drug mechanisms, each with paraphrases written here (not blind sentences) and
negatives that must not fire."""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract
from tests.extract_support import design_of, n_of

# --- the naturalistic follow-up a treatment study ends with does not make it a records study -----------------------

@pytest.mark.parametrize(
    "text",
    [
        "Methods: Twelve adults with bipolar depression received four ketamine infusions over two weeks. They were "
        "followed naturalistically for one month after the last infusion. Results: Six of 12 remitted.",
        "Methods: Forty outpatients with TRD were given eight intranasal ketamine sessions in our unit, with a "
        "three-week naturalistic follow-up afterwards. Results: MADRS scores fell by half.",
        "Methods: Eighty inpatients with suicidal ideation had six esketamine doses, then a naturalistically "
        "followed-up period of 14 days. Results: Suicidal ideation resolved in 40 patients.",
        "Methods: Fifteen veterans with PTSD received ketamine infusions twice weekly; a naturalistic follow-up of "
        "two weeks came next. Results: PCL-5 scores fell.",
    ],
)
def test_a_treatment_study_with_a_naturalistic_follow_up_is_open_label(text: str) -> None:
    assert design_of(text) == "open_label"


@pytest.mark.parametrize(
    "text",
    [
        "Methods: This naturalistic study describes 80 outpatients treated with ketamine in a private clinic. "
        "Results: MADRS scores fell.",
        "Methods: Ninety patients who completed six infusions entered a 12-month naturalistic follow-up phase. "
        "Results: Half relapsed.",
        "Methods: Outcomes of 70 adults given esketamine in a naturalistic setting were collected. Results: Scores "
        "fell by 10 points.",
    ],
)
def test_a_naturalistic_study_or_a_months_long_naturalistic_follow_up_stays_observational(text: str) -> None:
    assert design_of(text) == "observational"


# --- a study that names itself retrospective looks back at care given: observational, whatever arm it names -------

@pytest.mark.parametrize(
    "text",
    [
        "Methods: This retrospective single-arm effectiveness study included 420 adults treated with sublingual "
        "ketamine at five clinics. Results: PHQ-9 scores fell by 8 points.",
        "Methods: We conducted a retrospective, open-label evaluation of 150 outpatients who had intranasal "
        "esketamine. Results: Response was seen in 60 patients.",
        "Design: A retrospective uncontrolled study of 95 inpatients given intravenous ketamine. Results: MADRS "
        "scores fell.",
        "Methods: This was a retrospective single-group analysis of 210 veterans treated with ketamine infusions. "
        "Results: Scores fell.",
    ],
)
def test_a_self_named_retrospective_single_group_study_is_observational(text: str) -> None:
    assert design_of(text) == "observational"


@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("Methods: This prospective single-arm trial enrolled 40 adults given intravenous ketamine. Results: MADRS "
         "scores fell.", "open_label"),
        ("Methods: This retrospective case series describes 6 patients given oral ketamine. Results: Four "
         "improved.", "case_series"),
        ("Methods: We conducted a retrospective analysis of a randomized, placebo-controlled trial in which 120 "
         "patients received esketamine or placebo. Results: Scores fell.", "rct"),
    ],
)
def test_prospective_trials_case_series_and_analyses_of_rcts_keep_their_design(text: str, design: str) -> None:
    assert design_of(text) == design


# --- an arm the study says it lacked is a limitation of one group, not an allocation ---------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Methods: Twenty adults with TRD received six ketamine infusions. Results: Twelve responded. Limitations: The "
        "lack of a placebo group limits what can be concluded.",
        "Methods: Eighteen veterans with PTSD were given intranasal esketamine twice weekly. Results: PCL-5 scores "
        "fell. Limitations: Small sample and absence of a sham arm.",
        "Methods: Sixteen inpatients received oral ketamine daily for two weeks. Results: Depression scores fell. "
        "The study had no saline group, so expectancy cannot be excluded.",
        "Methods: Twenty-five patients with bipolar depression received ketamine infusions. Results: Nine remitted. "
        "Conclusions: Without a placebo control arm, these results are preliminary.",
    ],
)
def test_a_lacked_placebo_arm_leaves_a_single_group_study_open_label(text: str) -> None:
    assert design_of(text) == "open_label"


@pytest.mark.parametrize(
    "text",
    [
        "Methods: Forty adults with TRD were assigned to ketamine or to the placebo group. Results: Response was "
        "higher with ketamine.",
        "Methods: Thirty patients received esketamine; the saline group had 30 patients. Results: Scores fell more "
        "with esketamine.",
    ],
)
def test_a_placebo_arm_the_study_had_still_makes_it_a_controlled_trial(text: str) -> None:
    assert design_of(text) == "rct"


# --- one person's age told ("A 58-year-old retired teacher ...") is a case, whatever noun names the person ---------

@pytest.mark.parametrize(
    "text",
    [
        "Sir, ketamine is used for resistant depression. A 58-year-old retired teacher, living alone, had a third "
        "episode of depression and was given ketamine infusions. She improved within a week.",
        "A 23-year-old university student with bipolar depression received intranasal esketamine after three failed "
        "antidepressants. His MADRS score fell from 34 to 10.",
        "A 71-year-old farmer from a rural district had suicidal ideation despite ECT. Oral ketamine was started and "
        "the ideation resolved.",
        "Ketamine may help depression in pregnancy. A 30-year-old primigravida at 20 weeks was treated with two "
        "ketamine infusions. Her mood improved.",
    ],
)
def test_one_persons_age_told_makes_a_case_report_of_one(text: str) -> None:
    result = extract_abstract(text)
    assert (result["design"], result["n"]) == ("case_series", 1)


@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("Methods: Patients of a 10-year-old ketamine clinic were identified from medical records (n = 240). "
         "Results: Scores fell.", "observational"),
        ("Methods: Sixty adults aged 18-65 years were randomly assigned to ketamine or midazolam. Results: Response "
         "was higher with ketamine.", "rct"),
    ],
)
def test_ages_of_a_sample_or_a_clinic_do_not_make_a_case(text: str, design: str) -> None:
    assert design_of(text) == design


# --- abstracts in other languages: the drug's name, the study's kind and the route in the words they use -----------

@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        ("Presentamos un caso de depresión resistente tratado con ketamina intravenosa.", ["ketamine"]),
        ("Nous avons réalisé une étude rétrospective de 40 patients traités par eskétamine.", ["esketamine"]),
        ("Retrospektive Analyse von 25 Patienten, die S-Ketamin als Anästhetikum erhielten.", ["esketamine"]),
        ("Estudo de coorte com 60 pacientes tratados com escetamina por via intranasal.", ["esketamine"]),
        ("The patients were administered ketamin before each session.", ["ketamine"]),
    ],
)
def test_the_drug_is_named_in_other_languages(text: str, drugs: list[str]) -> None:
    assert extract_abstract(text)["drugs"] == drugs


@pytest.mark.parametrize(
    ("text", "design", "n"),
    [
        ("Introducción: la ketamina reduce la ideación suicida. Presentamos un caso de depresión resistente que "
         "mejora con ketamina.", "case_series", 1),
        ("Méthode : Nous avons réalisé une étude rétrospective des dossiers de 58 patients traités par eskétamine.",
         "observational", 58),
        ("Métodos: ensayo clínico aleatorizado y doble ciego en 60 pacientes con depresión tratados con ketamina o "
         "midazolam.", "rct", 60),
        ("Objetivo: revisión sistemática y metaanálisis de los ensayos de esketamina en la depresión resistente.",
         "meta_analysis", None),
        ("Métodos: ensayo clínico abierto en 20 pacientes tratados con ketamina intranasal.", "open_label", 20),
        ("Méthode : étude ouverte chez 25 patients traités par kétamine intraveineuse.", "open_label", 25),
        ("Métodos: estudio cruzado y aleatorizado con 18 pacientes que recibieron ketamina y midazolam.",
         "crossover_rct", 18),
        ("Méthode : essai en double aveugle contre placebo chez 40 patients traités par eskétamine.", "rct", 40),
    ],
)
def test_the_design_is_named_in_other_languages(text: str, design: str, n: object) -> None:
    result = extract_abstract(text)
    assert (result["design"], result["n"]) == (design, n)


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        ("Presentamos un caso de depresión resistente que mejora con perfusiones continuas de ketamina.",
         ["intravenous"]),
        ("Nous rapportons le cas d'une patiente traitée par kétamine par voie intraveineuse.", ["intravenous"]),
        ("Estudo com 30 pacientes tratados com escetamina intranasal.", ["intranasal"]),
        # English "perfusion" is blood flow, not an infusion
        ("Cerebral perfusion was measured in 20 patients after oral ketamine.", ["oral"]),
    ],
)
def test_the_route_is_named_in_other_languages(text: str, routes: list[str]) -> None:
    assert extract_abstract(text)["routes"] == routes


# --- N: a count's grammatical role in its sentence -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "n"),
    [
        # the subject of "... and were randomized"
        ("Methods: Adults with TRD received four ketamine infusions. Results: Of 50 who consented, 31 patients "
         "met response criteria and were randomized to CBT or usual care. A subset (n = 12) had imaging.", 31),
        ("Methods: 64 participants completed the open phase and were then randomized to esketamine or placebo "
         "(n = 30 had MRI).", 64),
        ("Results: 45 veterans finished the lead-in, showed a response and were randomly assigned to continue "
         "ketamine or switch to placebo.", 45),
        # the people whose records or data were read; the sample said to include them
        ("Methods: Clinical data of 84 patients who had ECT with ketamine anaesthesia in 2015-2019 were analysed. "
         "Propofol was used in 40 patients.", 84),
        ("Methods: Charts from 112 adults given intranasal esketamine at two clinics were reviewed; sedation was "
         "needed in 9 patients.", 112),
        ("Methods: A multicentre retrospective review of records at six hospitals, including 73 subjects, was done. "
         "Ketamine was stopped in four patients.", 73),
    ],
)
def test_the_count_that_is_the_sample_by_its_role(text: str, n: int) -> None:
    assert n_of(text) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # a point in the study's course ("after five participants") is not its sample
        ("This study examined ketamine in adolescents. The dose was changed after four participants. Currently, "
         "twelve participants have completed the infusions.", 12),
        ("The protocol was amended following 6 patients. In total, 30 patients were enrolled.", 30),
        # ... but "after N participants were included" is a clause whose subject is the sample
        ("This randomised pilot trial was stopped early after seven depressed participants were included.", 7),
        ("Recruitment ended before 9 patients had been treated; they all had oral ketamine.", 9),
    ],
)
def test_a_count_after_after_is_a_point_in_time_unless_it_starts_a_clause(text: str, n: int) -> None:
    assert n_of(text) == n


def test_a_part_of_people_counted_before_including_is_not_the_sample() -> None:
    text = "Methods: Ketamine was studied in 80 patients with TRD, including 12 adolescents. Results: Scores fell."
    assert n_of(text) == 80


def test_data_of_people_said_to_be_missing_are_not_the_sample() -> None:
    text = "Methods: Ketamine was given in 80 patients with TRD. Data from 12 patients were missing. Results: x."
    assert n_of(text) == 80


# --- people recruited are taken in to be treated on a plan: with no design word, a single-group study ---------------

@pytest.mark.parametrize(
    "text",
    [
        "Methods: Patients with bipolar (n = 40) and unipolar (n = 80) depression were recruited and given six "
        "ketamine infusions. Results: MADRS scores fell; response rates were 45% and 50%.",
        "Methods: Adults with suicidal ideation (n = 95) were prospectively recruited; each had intranasal esketamine "
        "on arrival. Results: Depressive symptoms and BSS scores fell within a day.",
        "Methods: Veterans with PTSD and depression were recruited from two VA centres (n = 72) and received ketamine "
        "with psychotherapy. Results: PHQ-9 scores fell by half.",
        "Methods: Outpatients with anxious depression (n = 150) were consecutively recruited and treated with oral "
        "ketamine. Results: The response rate was 38%.",
    ],
)
def test_recruited_people_treated_with_no_design_word_make_a_single_group_study(text: str) -> None:
    assert design_of(text) == "open_label"


@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("Methods: Patients treated with ketamine infusions at our clinic (n = 140) were identified from the "
         "electronic health records. Results: PHQ-9 scores fell.", "observational"),
        ("Methods: Adults with TRD (n = 90) were recruited and randomly assigned to ketamine or midazolam. Results: "
         "Response rates were 50% and 20%.", "rct"),
    ],
)
def test_records_studies_and_randomized_trials_that_recruit_keep_their_design(text: str, design: str) -> None:
    assert design_of(text) == design


# --- the data of a counted set of people read afterwards, with no design word: care already given, observed ---------

@pytest.mark.parametrize(
    "text",
    [
        "The aim was to compare two anaesthetics for ECT. Treatment data of 48 patients who had ECT for severe "
        "depression were analysed. Propofol was used in 20 and ketamine in 28. Seizure length was compared.",
        "Objective: to describe esketamine in older adults. Clinical data from 35 patients aged over 65 years treated "
        "at two hospitals were reviewed. MADRS scores fell.",
        "The outcome data of 52 adults given oral ketamine for depression were evaluated. PHQ-9 scores fell by 6.",
        "We studied ketamine infusions in bipolar depression. Data on 41 inpatients, collected during their stay, "
        "were examined for changes in MADRS scores.",
    ],
)
def test_data_of_counted_people_read_afterwards_is_observational(text: str) -> None:
    assert design_of(text) == "observational"


@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("Methods: In this open-label trial, 30 adults received six ketamine infusions. Data of 30 patients were "
         "analysed. Results: MADRS scores fell.", "open_label"),
        ("Methods: Thirty adults were prospectively enrolled and received six ketamine infusions; data of 30 "
         "patients were analysed. Results: MADRS scores fell.", "open_label"),
    ],
)
def test_a_trial_that_analyses_its_data_keeps_its_design(text: str, design: str) -> None:
    assert design_of(text) == design


# --- a literature search with its databases counted or told in the passive is a systematic review's method ---------

@pytest.mark.parametrize(
    "text",
    [
        "Objectives: To synthesise evidence on ketamine for depression in cancer. Methods: We searched six databases "
        "and included studies of any design. We also wrote a narrative review of the evidence. Results: 21 studies "
        "were included.",
        "Methods: A literature search was conducted in PubMed, PsycINFO and LILACS up to 2022. Results: Fourteen "
        "trials of esketamine were found.",
        "Methods: A search was performed in MEDLINE and Scopus for trials of oral ketamine. Results: Nine studies "
        "met the criteria.",
        "Methods: The authors searched several electronic databases for reports of ketamine in bipolar depression. "
        "Results: Twelve reports were included.",
    ],
)
def test_a_search_of_counted_or_passively_named_databases_is_a_systematic_review(text: str) -> None:
    assert design_of(text) == "systematic_review"


def test_an_overview_that_included_meta_analyses_is_not_itself_one() -> None:
    text = (
        "Purpose: To summarise evidence on ketamine for depression. Methods: A literature search was performed in "
        "Medline and the Cochrane Library. We included systematic reviews with meta-analyses of randomized trials. "
        "Results: Eleven reviews met the criteria; most were of low quality."
    )
    assert design_of(text) == "systematic_review"


@pytest.mark.parametrize(
    ("text", "design"),
    [
        # a meta-analysis that says so keeps its design; a trial's records search is no review
        ("Methods: We searched five databases and pooled response rates with a random-effects model. Results: "
         "Twelve trials were included.", "meta_analysis"),
        ("Methods: Sixty adults were randomly assigned to ketamine or midazolam. Their charts were searched for "
         "adverse events. Results: Response was higher with ketamine.", "rct"),
    ],
)
def test_meta_analyses_and_trials_keep_their_design(text: str, design: str) -> None:
    assert design_of(text) == design


# --- a study that names its drug "S-ketamine" and then calls it "ketamine" gives one drug ----------------------------

@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        ("Patients were randomized to an intravenous infusion of S(+)-ketamine (0.5 mg/kg) or midazolam. Pain "
         "scores fell in the ketamine and midazolam groups alike. Ketamine plasma levels were measured.",
         ["esketamine"]),
        ("Twenty adults received S-ketamine 0.25 mg/kg before ECT. The ketamine group had longer seizures. Ketamine "
         "was well tolerated.", ["esketamine"]),
        ("In this trial (S)-ketamine was given by intravenous infusion for 4 days. The ketamine infusion relieved "
         "pain for 8 weeks.", ["esketamine"]),
        ("Thirty patients were given S-ketamine by mouth. Oral ketamine given this way caused little dissociation.",
         ["esketamine"]),
    ],
)
def test_an_s_named_drug_called_ketamine_for_short_is_one_drug(text: str, drugs: list[str]) -> None:
    assert extract_abstract(text)["drugs"] == drugs


@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        # the racemate marked, or given its own dose, or set beside the S form: two drugs
        ("Patients received S-ketamine 0.25 mg/kg intravenously or racemic ketamine infusions.",
         ["ketamine", "esketamine"]),
        ("One group received S-ketamine intravenously. The other group received ketamine 0.5 mg/kg intravenously.",
         ["ketamine", "esketamine"]),
        ("S-ketamine and ketamine were compared; both were given by intravenous infusion.", ["ketamine", "esketamine"]),
        # "esketamine" by name: plain ketamine given its own route is a drug of its own
        ("Esketamine nasal spray was given to 30 patients. Ketamine infusions were given to 40 others.",
         ["ketamine", "esketamine"]),
    ],
)
def test_the_racemate_set_apart_stays_a_drug_of_its_own(text: str, drugs: list[str]) -> None:
    assert extract_abstract(text)["drugs"] == drugs


# --- a route word before another drug's name (by its class's INN stem) is that drug's route ------------------------

@pytest.mark.parametrize(
    ("text", "routes"),
    [
        ("A 30-year-old woman, earlier treated with intravenous clomipramine, was given esketamine nasal spray. Her "
         "depression remitted.", ["intranasal"]),
        ("Patients on oral nortriptyline received intranasal esketamine twice weekly for four weeks.", ["intranasal"]),
        ("After intramuscular olanzapine for agitation, he received a ketamine infusion; his mood improved.",
         ["intravenous"]),
        ("Despite oral fluoxetine and oral venlafaxine, she stayed depressed; subcutaneous ketamine was started.",
         ["subcutaneous"]),
    ],
)
def test_a_route_before_another_drug_is_not_ketamines(text: str, routes: list[str]) -> None:
    assert extract_abstract(text)["routes"] == routes


def test_ketamines_own_route_before_its_name_still_counts() -> None:
    text = "Patients with TRD on stable sertraline received oral ketamine 1 mg/kg daily for four weeks."
    assert extract_abstract(text)["routes"] == ["oral"]


# --- a review's N: the whole its included studies comprise, stated first, not a later subset's "(n = k)" -----------

@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("This systematic review and meta-analysis followed PRISMA. Five studies were included, comprising 310 "
         "adolescents. Four studies (n = 240) contributed data to the meta-analysis (SMD = -0.3; 95% CI -0.6 to 0.1).",
         310),
        ("Systematic review and meta-analysis. Nine trials were included, involving 812 patients. Six trials "
         "(n = 530) reported remission (RR = 1.8; 95% CI 1.2 to 2.6).", 812),
        ("Systematic review and meta-analysis. Seven RCTs were included, with 655 participants in total; pooled "
         "response was higher with ketamine (RR = 2.1; 95% CI 1.4 to 3.0).", 655),
        # the whole given first as "(n = k)" stays the N
        ("Systematic review and meta-analysis. Twelve RCTs (n = 1,204) were included. Three trials comprising 210 "
         "patients tested oral ketamine (RR = 1.5; 95% CI 1.1 to 2.0).", 1204),
    ],
)
def test_a_reviews_n_is_the_first_stated_whole(text: str, n: int) -> None:
    assert n_of(text) == n


# --- a letter opened by its salutation alone ("Sir,") is a comment on the review it answers, not that review ---------

@pytest.mark.parametrize(
    "text",
    [
        "Sir, we read with interest the recent meta-analysis of ketamine for suicidal ideation. Its pooled odds "
        "ratio rests on three small trials, and heterogeneity was high.",
        "Sir,\n\nThe systematic review by Lee and colleagues searched PubMed and Embase but missed two trials of oral "
        "ketamine.",
        "Dear Sirs, the narrative review of esketamine in your last issue overlooks its cost.",
        "Sirs: a recent meta-analysis pooled response rates of intranasal esketamine without regard to dose.",
    ],
)
def test_a_letter_opened_by_its_salutation_is_not_the_review_it_answers(text: str) -> None:
    assert design_of(text) == "other"


def test_searching_hospital_databases_for_patients_is_no_review() -> None:
    text = ("Methods: We searched two hospital databases for patients given ketamine infusions between 2015 and 2020 "
            "(n = 140). Results: PHQ-9 scores fell.")
    assert design_of(text) == "observational"


# --- the drug this study's own question names ("We evaluated if S-ketamine ...") is the drug it gives ---------------

@pytest.mark.parametrize(
    "text",
    [
        "We evaluated if S(+)-ketamine relieves neuropathic pain. Patients received a 5-day intravenous infusion of "
        "low-dose ketamine or placebo.",
        "The aim of the present study was to explore the effects of S-ketamine on seizure quality. Ketamine was given "
        "intravenously before each ECT session.",
        "In this trial we assessed whether (S)-ketamine shortens labour pain. Ketamine infusions ran for 2 hours.",
        "Our study examined the efficacy of S-ketamine in fibromyalgia. Intravenous ketamine infusions were well "
        "tolerated.",
    ],
)
def test_the_drug_of_the_studys_own_question_is_the_one_given(text: str) -> None:
    assert extract_abstract(text)["drugs"] == ["esketamine"]


def test_an_earlier_studys_question_does_not_make_ketamine_shorthand() -> None:
    text = ("Earlier trials examined the effects of S-ketamine in pain. Thirty patients received intravenous ketamine "
            "infusions for 5 days.")
    assert extract_abstract(text)["drugs"] == ["ketamine"]  # the earlier trials' drug is background


# --- in a study of racemic ketamine, an enantiomer named only as what it is compared with is not given --------------

@pytest.mark.parametrize(
    "text",
    [
        "Methods: Forty outpatients received intranasal racemic ketamine twice weekly. Results: MADRS scores fell "
        "by 40%. Conclusions: Intranasal racemic ketamine worked and is less expensive than esketamine nasal spray.",
        "Methods: Twenty-five adults with TRD took oral racemic ketamine for 6 weeks. Results: Ten responded. "
        "Conclusions: Oral racemic ketamine may be an alternative to intranasal esketamine.",
        "Methods: Thirty inpatients were given compounded intranasal racemic ketamine. Results: Scores fell. "
        "Conclusions: Unlike intranasal esketamine, compounded intranasal racemic ketamine costs little.",
        "Methods: Fifty veterans received subcutaneous racemic ketamine weekly. Results: PHQ-9 scores fell. "
        "Conclusions: Subcutaneous racemic ketamine compared with intranasal esketamine is a cheaper route.",
    ],
)
def test_an_enantiomer_only_compared_with_in_a_racemic_study_is_not_given(text: str) -> None:
    assert extract_abstract(text)["drugs"] == ["ketamine"]


@pytest.mark.parametrize(
    "text",
    [
        "We compared racemic ketamine with esketamine in 60 adults with TRD; scores fell in both groups.",
        "Patients were randomized to intravenous racemic ketamine or intranasal esketamine 56 mg.",
        "Intravenous racemic ketamine was compared with intranasal esketamine in adults with TRD.",
    ],
)
def test_a_racemic_studys_own_comparison_with_an_enantiomer_gives_both(text: str) -> None:
    assert extract_abstract(text)["drugs"] == ["ketamine", "esketamine"]


# --- a drug named only in what further work is required for is not the study's ------------------------------------

@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        ("This narrative review summarises trials of esketamine nasal spray in TRD. Longer follow-up and comparative "
         "trials with arketamine are required.", ["esketamine"]),
        ("We review intravenous ketamine for suicidal ideation. Head-to-head trials against esketamine are required "
         "before firm advice can be given.", ["ketamine"]),
        ("Twenty patients received oral ketamine for 6 weeks; 8 responded. Studies of (R)-ketamine in this group "
         "are required.", ["ketamine"]),
        ("This review covers esketamine in older adults. Data on racemic ketamine infusions in the same age group are "
         "required.", ["esketamine"]),
    ],
)
def test_a_drug_named_only_in_what_is_required_next_is_not_studied(text: str, drugs: list[str]) -> None:
    assert extract_abstract(text)["drugs"] == drugs


def test_a_drug_given_and_named_again_in_a_required_sentence_stays() -> None:
    text = "Thirty adults received intranasal esketamine twice weekly. Longer trials of esketamine are required."
    assert extract_abstract(text)["drugs"] == ["esketamine"]


@pytest.mark.parametrize(
    "text",
    [
        "Methods: This quasi experimental study compared 30 patients given ketamine with 30 given ECT. Results: x.",
        "Methods: A non randomized comparison of 40 patients choosing ketamine or ECT. Results: Scores fell.",
        "Study design: Quasi experimental, two groups (ketamine n = 25, ECT n = 25). Results: MADRS fell.",
        "Methods: In this quasi-experimental trial 50 inpatients received ketamine or propofol. Results: x.",
    ],
)
def test_non_randomized_designs_written_with_a_space_are_read(text: str) -> None:
    assert design_of(text) == "non_randomized"
