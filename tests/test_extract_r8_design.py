"""Eighth-session design / N / population mechanisms, each with paraphrases written here (not blind sentences) and
negatives that must not fire."""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract
from evidence.extract.self_design import declared_design
from evidence.extract.text import split_sentences
from tests.extract_support import design_of, n_of, population_of

# --- a study said to BE a kind ("This study is a ...", "It was an ... study") outranks a design it cites ----------

@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("Background: Esketamine may help psychotic depression. Methods: This study is a retrospective chart review of "
         "adults given esketamine at one hospital. Their scores were compared with patients from a randomized, "
         "double-blind trial of esketamine. Results: Scores fell by 12 points.", "observational"),
        ("Methods: The present study was a naturalistic cohort of 34 outpatients treated with ketamine infusions, "
         "compared with the placebo arm of a randomized trial. Results: Depression scores fell.", "observational"),
        ("Background: Ketamine helps TRD. Methods: It was an observational/descriptive study of 12 patients done in "
         "the ketamine clinic of a university hospital. Patients were rated before and after infusion. Results: The "
         "response rate in our study was 60%.", "observational"),
        ("Methods: The current study was a review of the medical records of 16 veterans given intranasal esketamine. "
         "Results: Eight responded.", "observational"),
    ],
)
def test_a_study_said_to_be_a_kind_has_that_design(text: str, design: str) -> None:
    assert design_of(text) == design


@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("Methods: Our trial was a randomised, double-blind, crossover trial of ketamine and midazolam.",
         "crossover_rct"),
        ("Methods: It is a prospective, open-label study in patients with bipolar depression.", "open_label"),
        ("Methods: This investigation was a retrospective cohort analysis of claims data.", "observational"),
        ("Methods: The present work represents a systematic review of trials of esketamine.", "systematic_review"),
    ],
)
def test_the_copular_self_statement_is_read_as_declared(text: str, design: str) -> None:
    assert declared_design(split_sentences(text)) == design


@pytest.mark.parametrize(
    "text",
    [
        # "it" in an opening about the drug or a cited trial is not this study
        "Background: Ketamine was first tested by Berman. It was a randomized, placebo-controlled trial.",
        # a study that is "a part" of something names no design
        "Methods: This study is a part of a larger programme of work on depression care.",
        # a verb after "was", not a kind
        "Results: This study was a success in that most patients responded.",
    ],
)
def test_no_self_statement_without_a_design_of_this_study(text: str) -> None:
    assert declared_design(split_sentences(text)) is None


def test_it_in_the_background_is_not_the_study() -> None:
    text = ("Background: Ketamine was studied by Zarate. It was a randomized, placebo-controlled trial of 18 patients. "
            "Methods: We reviewed the charts of 40 patients treated at our clinic. Results: Scores fell.")
    assert design_of(text) == "observational"


# --- an abbreviation names a design only in its own capitals ("RCT"), not a unit's symbol ("Rct" of an electrode) ---

@pytest.mark.parametrize(
    "text",
    [
        "A carbon paste sensor for ketamine was built. Impedance gave a charge transfer resistance (Rct) of 1.2 kOhm, "
        "and the limit of detection was 0.4 umol/L in spiked drinks.",
        "Graphene electrodes detected ketamine in urine. Rct values were 3.4 and 7.9 kOhm for the bare and modified "
        "electrodes, and recoveries were 95 to 104%.",
        "Ketamine was measured with a printed electrode (Rct = 2.0 kOhm) by square-wave voltammetry in seized powders.",
    ],
)
def test_a_units_symbol_is_not_a_randomized_trial(text: str) -> None:
    assert design_of(text) != "rct"


def test_the_capitalised_abbreviation_still_names_a_trial() -> None:
    text = "Methods: In this RCT, 40 patients with TRD received ketamine or midazolam. Results: Scores fell."
    assert design_of(text) == "rct"


# --- with no design word, a study of its own sample whose arm is compared with placebo is a controlled trial (or a
# post hoc analysis of one, which takes its design) ---

@pytest.mark.parametrize(
    "text",
    [
        "Methods: Post hoc analysis of pooled data from two phase 3 studies (N = 300). Results: MADRS scores fell more "
        "with esketamine versus placebo at day 28 (p = 0.01).",
        "Methods: We analysed data of 220 adults from the esketamine development programme. Results: Response at week "
        "4 was higher with esketamine plus an antidepressant compared with PBO plus an antidepressant.",
        "Methods: Secondary analysis of 120 inpatients with suicidal ideation. Results: Ideation scores at 24 hours "
        "were lower after ketamine compared to placebo (p < 0.001).",
        "Methods: Data on 75 adolescents were analysed by visit. Results: Improvement was larger for esketamine vs. "
        "placebo at every visit up to day 28.",
    ],
)
def test_an_arm_compared_with_placebo_makes_a_controlled_trial(text: str) -> None:
    assert design_of(text) == "rct"


@pytest.mark.parametrize(
    ("text", "design"),
    [
        # a review: no sample of its own, its sentences compare the drug with placebo
        ("Esketamine has been compared with placebo in several trials. This article discusses the evidence on its "
         "efficacy and safety, and the questions that remain.", "review"),
        # an open-label study citing placebo-controlled work, with or without headings
        ("Ketamine versus placebo trials have shown rapid effects in 2 weeks. We treated 12 patients with oral "
         "ketamine daily for 4 weeks.", "open_label"),
        ("Earlier work compared esketamine vs placebo over 28 days. Here 14 adults received oral ketamine twice weekly "
         "for 6 weeks.", "open_label"),
        ("Background: Ketamine works compared with placebo in trials. Methods: Twenty patients received open-label "
         "ketamine infusions. Results: Scores fell.", "open_label"),
    ],
)
def test_placebo_named_outside_the_studys_own_arms_makes_no_trial(text: str, design: str) -> None:
    assert design_of(text) == design


# --- a count of doses given over a span of time, with its dose in brackets or a participle between, is a planned
# treatment schedule (a single-group study), not routine care looked back at ---

@pytest.mark.parametrize(
    "text",
    [
        "Seventy patients with bipolar depression were offered eight ketamine infusions (0.5 mg/kg over 40 min) "
        "administered over the course of 4 weeks. Response rates were 50% at the end.",
        "A total of 90 adults with TRD were eligible for six esketamine doses (56 or 84 mg) given over a period of "
        "three weeks. Scores fell by 14 points.",
        "Eighty inpatients with suicidal ideation had four ketamine infusions delivered during a 10-day admission. "
        "Ideation fell in most.",
        "We followed 64 veterans who were offered six infusions (0.5 mg/kg) in two weeks. MADRS scores fell.",
    ],
)
def test_doses_over_a_span_are_a_planned_schedule(text: str) -> None:
    assert design_of(text) == "open_label"


def test_a_span_of_doses_in_the_past_of_routine_care_stays_observational() -> None:
    text = ("Charts of 150 patients who had received ketamine infusions (1 mg/kg) over 3 weeks at our clinic were "
            "reviewed. Response was 45%.")
    assert design_of(text) == "observational"


# --- the randomized sample named with a long clause about who they are ("Sixty-six women with ... who were
# scheduled for ... were randomized") is N, before a later analysed count ---

@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Methods: Fifty-two women with antenatal depressive symptoms who were scheduled for elective caesarean "
         "section were randomized to ketamine or saline. Results: A total of 50 women were included in the analysis.",
         52),
        ("Methods: Eighty adults with treatment-resistant depression who had failed at least two antidepressant trials "
         "in the current episode were randomized to esketamine or placebo. Results: A total of 74 "
         "patients were included in the analysis.", 80),
        ("Methods: 120 older patients undergoing elective orthopaedic surgery under general anaesthesia at two "
         "hospitals were randomized to ketamine or placebo. Results: A total of "
         "115 patients were included in the analysis.", 120),
        ("Methods: Forty-four veterans with chronic PTSD and comorbid depression referred from outpatient clinics of "
         "the regional health system were randomized to ketamine or midazolam. Results: A total of 40 "
         "veterans were included in the analysis.", 44),
    ],
)
def test_a_long_clause_about_who_were_randomized_keeps_their_count(text: str, n: int) -> None:
    assert n_of(text) == n


def test_the_screened_whole_is_not_the_randomized_sample() -> None:
    text = ("Methods: Of 120 patients with TRD who were screened at the clinic during the study period, 60 were "
            "randomized to ketamine or midazolam. Results: Scores fell.")
    assert n_of(text) == 60


# --- the sample named by the verb that took it in ("In the 192 enrolled, ...", "Among all 60 randomized") ---

@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Methods: Injured adults were randomized to intranasal ketamine or placebo. Results: In the 150 enrolled, 70 "
         "(47%) were women, with 76 receiving ketamine.", 150),
        ("Methods: Patients with TRD were randomized to ketamine or midazolam. ResultsAmong the 58 randomized, the "
         "mean age was 45 years.", 58),
        ("Methods: Adolescents were recruited from two clinics. Results: Of all 36 included, 20 (56%) were girls and "
         "most received six infusions.", 36),
        ("Methods: Women given esketamine after delivery were followed. Results: Across the 210 enrolled, 12% had "
         "dizziness.", 210),
    ],
)
def test_the_sample_named_by_its_verb_is_n(text: str, n: int) -> None:
    assert n_of(text) == n


def test_a_count_of_included_studies_is_not_the_sample() -> None:
    text = ("Methods: PubMed and Embase were searched for trials of esketamine. Results: Of the 12 included studies, "
            "seven were randomized.")
    assert n_of(text) != 12


# --- a count with two kinds of people joined ("86 unipolar and bipolar depressive patients") counts them all ---

@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Thirty-two unipolar and bipolar depressed outpatients had ketamine twice weekly; ratings fell.", 32),
        ("Methods: 48 male and female adolescents took part in a ketamine programme. Results: Scores fell.", 48),
        ("Twenty-five inpatient or outpatient veterans had esketamine nasal spray; scores fell by week 4.", 25),
        ("Fifty-four medication-free and medicated depressed adults had a single infusion; mood improved.", 54),
    ],
)
def test_two_kinds_of_people_joined_are_one_count(text: str, n: int) -> None:
    assert n_of(text) == n


def test_a_dose_joined_to_a_dose_is_no_count_of_people() -> None:
    assert n_of("Doses of 10 mg and 20 mg ketamine were compared in depressed patients; both helped.") is None


# --- headings in other layouts: slashed pairs ("Purposes/background:") and headings printed bare ("Methods Forty") ---

def _sections(text: str) -> list[tuple[str, str]]:
    return [(s.text.split()[0], s.section) for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aims/hypotheses: To test ketamine in TRD. Materials/methods: Forty adults had infusions. Findings/results: "
         "Scores fell. Implications/conclusions: Ketamine helped.",
         [("To", "objective"), ("Forty", "methods"), ("Scores", "results"), ("Ketamine", "conclusions")]),
        ("Purposes/background: Few options exist. Methods/procedures: We treated 20 patients. Results: Most improved.",
         [("Few", "background"), ("We", "methods"), ("Most", "results")]),
        ("Introduction/objectives: We asked whether ketamine helps. Patients/methods: Thirty veterans were treated. "
         "Outcomes/results: Scores fell.",
         [("We", "background"), ("Thirty", "methods"), ("Scores", "results")]),
    ],
)
def test_slashed_headings_open_their_sections(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sections(text) == expected


def test_a_slash_between_drug_names_is_no_heading() -> None:
    text = "Ketamine/esketamine: both forms were given. Midazolam/saline: the controls."
    assert [s.section for s in split_sentences(text)] == ["unknown", "unknown"]
    assert split_sentences(text)[0].text.startswith("Ketamine/esketamine")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Background Few treatments help bipolar depression. Methods Thirty-five adults received esketamine. Results "
         "A significant fall in MADRS was found. Conclusions Esketamine may help.",
         [("Few", "background"), ("Thirty-five", "methods"), ("A", "results"), ("Esketamine", "conclusions")]),
        ("Objective To test oral ketamine. Method Twenty patients took it daily. Results Scores fell by week 2.",
         [("To", "objective"), ("Twenty", "methods"), ("Scores", "results")]),
        ("Introduction Ketamine clinics are spreading. Methods We reviewed charts of 300 patients. Results Of these, "
         "40% responded.", [("Ketamine", "background"), ("We", "methods"), ("Of", "results")]),
        ("Aims To compare routes. Methods Adults were randomized. Limitations The sample was small.",
         [("To", "objective"), ("Adults", "methods"), ("The", "conclusions")]),
    ],
)
def test_bare_headings_count_when_the_abstract_is_laid_out_so(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sections(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BACKGROUND Ketamine helps TRD. METHODS We gave 30 patients six infusions. RESULTS Response was 50%.",
         [("Ketamine", "background"), ("We", "methods"), ("Response", "results")]),
        ("Objective - To test oral ketamine. Methods - Twenty adults took it daily. Results - Scores fell.",
         [("To", "objective"), ("Twenty", "methods"), ("Scores", "results")]),
        ("AIMS To compare routes. METHOD Adults were randomized. CONCLUSION Both routes helped.",
         [("To", "objective"), ("Adults", "methods"), ("Both", "conclusions")]),
        ("Introduction – Clinics are spreading. Findings – Most patients improved. Discussion – Care is uneven.",
         [("Clinics", "background"), ("Most", "results"), ("Care", "conclusions")]),
    ],
)
def test_bare_headings_in_capitals_or_with_a_dash(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sections(text) == expected


def test_one_sentence_opening_with_a_heading_word_is_no_layout() -> None:
    text = "Ketamine was given to 20 adults. Results Suggest that it helps, say the authors. Scores fell."
    assert {s.section for s in split_sentences(text)} == {"unknown"}
    text2 = "Ketamine was given to 20 adults. Methods Used in earlier trials were kept. Scores fell."
    assert {s.section for s in split_sentences(text2)} == {"unknown"}


# --- what the authors do "here" is the study's own sentence, even under a background heading ---

def test_a_here_we_sentence_under_the_background_heading_names_the_studys_drugs() -> None:
    text = ("Background: Esketamine is the S-enantiomer. Here we propose a trial comparing esketamine with racemic "
            "ketamine. Methods: Participants will receive esketamine 0.25 mg/kg.")
    assert extract_abstract(text)["drugs"] == ["ketamine", "esketamine"]


def test_the_background_indication_is_the_population_when_the_study_names_none() -> None:
    text = ("Introduction: Ketamine infusions appear effective for treating depression. Methods: We analysed outcomes "
            "of 500 patients treated at ten clinics. Results: QIDS scores fell by half.")
    assert extract_abstract(text)["population"] == ["MDD"]


# --- depression named by the time of childbirth is the postpartum population, not an MDD diagnosis; a depressive
# episode counted as an outcome and a depression score are not who the people are ---

@pytest.mark.parametrize(
    "text",
    [
        "Methods: Eighty women with antenatal depressive symptoms scheduled for caesarean delivery were randomized to "
        "esketamine or saline. Results: EPDS scores 3 days postpartum were lower with esketamine.",
        "Methods: Mothers with postnatal depression (PND) received intravenous ketamine. Results: EPDS fell by day 7.",
        "Methods: Twelve trials of ketamine for postpartum depression were pooled. Results: Women given ketamine had "
        "lower depression scores at 1 week (SMD -0.9, 95% CI -1.2 to -0.6).",
        "Methods: Women undergoing caesarean section were randomized to esketamine or placebo. Results: At 42 days "
        "post partum, a major depressive episode was observed in 7% of the esketamine group and 24% of the placebo "
        "group.",
    ],
)
def test_perinatal_depression_is_postpartum_only(text: str) -> None:
    assert population_of(text) == ["postpartum"]


@pytest.mark.parametrize(
    "text",
    [
        # a diagnosis of its own besides the time of birth
        "Methods: Postpartum women with major depressive disorder were randomized to ketamine or midazolam. "
        "Results: MADRS scores fell.",
        # no childbirth: depressed people stay MDD
        "Methods: Forty patients with depression received ketamine and had lower depression scores at day 7.",
    ],
)
def test_a_diagnosis_beyond_childbirth_keeps_mdd(text: str) -> None:
    assert "MDD" in population_of(text)


# --- a decimal point in a dose does not end the sentence a design cue is read in ---

@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("Charts of 141 adults given ketamine 0.5 mg/kg at our clinic were reviewed. Response was 40% at week 4.",
         "observational"),
        ("Twenty patients were randomized to ketamine 0.5 mg/kg or saline with crossover one week later. MADRS scores "
         "fell after ketamine.", "crossover_rct"),
        ("In a double-blind study, ketamine 0.5 mg/kg and placebo were given to 30 patients with TRD. Scores fell "
         "after ketamine.", "rct"),
        ("We report rapid relief after ketamine 0.5 mg/kg in a severely ill inpatient with catatonia. Symptoms "
         "resolved in two days.", "case_series"),
    ],
)
def test_a_dose_with_a_decimal_point_keeps_the_design_cue_whole(text: str, design: str) -> None:
    assert design_of(text) == design


@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("Methods: Thirty patients received esketamine 0.2 mg/kg or placebo before surgery. Results: Scores fell more "
         "with esketamine.", "rct"),
        ("Methods: Forty adults were given esketamine 0.25 mg/kg or placebo at induction. Results: Pain was lower.",
         "rct"),
        ("Methods: We compared 40 patients who received ketamine 0.5 mg/kg with 40 who received ECT. Results: "
         "Response was similar.", "observational"),
        ("Methods: 12 patients with TRD who received esketamine 0.2 mg/kg at our hospital were reviewed. Results: "
         "Scores fell.", "observational"),
    ],
)
def test_a_decimal_dose_keeps_the_cues_read_without_a_design_word(text: str, design: str) -> None:
    assert design_of(text) == design


# --- the short "Ket" of pharmacology papers with its stereo descriptor names the form ---

def _drugs(text: str) -> list[str]:
    return list(extract_abstract(text)["drugs"])  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        ("Plasma (R,S)-Ket and its metabolites were measured after a 40-min infusion in 12 patients with pain.",
         ["ketamine"]),
        ("(S)-Ket 0.25 mg/kg was infused over 10 min in 20 volunteers and their sedation was scored.", ["esketamine"]),
        ("Volunteers received (R)-Ket 0.5 mg/kg intravenously and cognitive tests were repeated at 2 hours.",
         ["arketamine"]),
        ("Thirty patients were given the S-enantiomer, (S)-Ket, as a 0.2 mg/kg bolus before surgery.", ["esketamine"]),
    ],
)
def test_a_stereo_descriptor_on_ket_names_the_form(text: str, drugs: list[str]) -> None:
    assert _drugs(text) == drugs


def test_other_ket_drugs_are_not_ketamine() -> None:
    assert _drugs("Patients received (S)-Ketoprofen or (R)-Ketorolac after surgery; pain fell.") == []


# --- suicidality told as a result (reduced, rapidly decreased) is an outcome, not the population; a purpose or an
# inclusion criterion stays ---

@pytest.mark.parametrize(
    "text",
    [
        "Methods: Forty patients with MDD received six ketamine infusions. Results: Response was 60%. Suicidal "
        "ideation rapidly decreased in the whole sample.",
        "Methods: Sixty adults with MDD had intravenous ketamine at a clinic. Results: Ketamine reduced suicidal "
        "ideation (p < 0.001) and improved function.",
        "Methods: We pooled five trials of ketamine in bipolar depression. Conclusions: Ketamine may rapidly reduce "
        "suicidality in bipolar depression.",
        "Methods: Thirty patients with MDD received esketamine. Results: Suicidal thoughts diminished by day 2 and "
        "scores fell.",
    ],
)
def test_suicidality_told_as_a_result_is_no_population(text: str) -> None:
    assert "suicidal" not in population_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Methods: Forty adults with MDD and active suicidal ideation received ketamine. Results: Scores fell.",
        "We conducted a systematic review of trials of ketamine's potential to reduce suicidal ideation or behaviour.",
        "Objective: To test the efficacy of ketamine in reducing suicidal ideation. Methods: 50 adults received it.",
    ],
)
def test_suicidality_as_who_or_what_the_study_is_about_stays(text: str) -> None:
    assert "suicidal" in population_of(text)


# --- a sentence about the drug's licence names whom it is approved for, not this study's people ---

@pytest.mark.parametrize(
    ("text", "population"),
    [
        ("Esketamine is also indicated for adults with MDD with acute suicidal ideation. Methods: Forty patients with "
         "TRD received esketamine nasal spray in clinical practice. Results: Response was 40%.", ["TRD"]),
        ("Esketamine has been FDA-approved for treatment-resistant depression and MDD with suicidal ideation. This "
         "review covers its use in bipolar depression, where trials are few.", ["bipolar"]),
        ("Esketamine was approved in 2019 to treat major depressive disorder with suicidality. Methods: We treated 25 "
         "patients with TRD. Results: Scores fell.", ["TRD"]),
        ("Spravato is currently licensed for TRD in adults with MDD. Methods: Adolescents with bipolar depression "
         "received ketamine. Results: Scores fell.", ["bipolar", "adolescent"]),
    ],
)
def test_the_drugs_licence_is_not_the_population(text: str, population: list[str]) -> None:
    assert population_of(text) == population


# --- two groups taken in and compared ("N X were enrolled and compared with M Y") are one sample ---

@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Methods: Twenty-eight bipolar patients treated with esketamine were enrolled and compared with 30 unipolar "
         "patients. Results: Response did not differ.", 58),
        ("Methods: 40 adolescents given ketamine 0.5 mg/kg were included and compared with 40 adults. Results: "
         "Dissociation was similar.", 80),
        ("Methods: Fifteen veterans with PTSD were recruited and compared to 15 healthy controls after one infusion. "
         "Results: Scores fell.", 30),
        ("Methods: 22 women receiving intranasal esketamine were studied and compared with 25 men. Results: Remission "
         "was 30% in both.", 47),
    ],
)
def test_two_groups_taken_in_and_compared_are_one_sample(text: str, n: int) -> None:
    assert n_of(text) == n


def test_a_group_compared_with_published_data_keeps_its_own_count() -> None:
    text = ("Methods: Thirty patients treated with ketamine were enrolled and compared with published trial data. "
            "Results: Response was 50%.")
    assert n_of(text) == 30


# --- a count of millions or thousands is a statistic of the world, never the sample ---

@pytest.mark.parametrize(
    "text",
    [
        "Nearly 1 million people die by suicide every year. Methods: Patients visiting our ketamine clinic were "
        "treated. Results: The response rate was 70%.",
        "Depression affects 280 million people worldwide. It was an observational study of ketamine clinic patients. "
        "The response rate was 60%.",
        "About 2 billion doses of antidepressants are dispensed yearly. We describe ketamine use in our service.",
        "Some 40 thousand veterans die by suicide each decade. Veterans given ketamine at our centre were reviewed.",
    ],
)
def test_millions_of_people_are_no_sample(text: str) -> None:
    assert n_of(text) is None


def test_the_studys_own_count_beside_a_world_statistic_is_n() -> None:
    text = ("Nearly 1 million people die by suicide every year. Methods: Forty-two patients visiting our ketamine "
            "clinic were treated. Results: The response rate was 70%.")
    assert n_of(text) == 42


# --- in the Methods, the study named by its acronym and said to be a kind declares its design ---

@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("Methods: The REAL-ESK study is an observational, retrospective, multicentre study of esketamine.",
         "observational"),
        ("Methods: KetECT was a randomised, open-label, non-inferiority trial of ketamine and ECT.", "rct"),
        ("Methods: The ELEKT-D trial was a pragmatic randomized study in 403 patients.", "rct"),
        ("Methods: SUSTAIN-3 is an open-label, long-term extension study of esketamine.", "open_label"),
    ],
)
def test_a_study_named_by_its_acronym_declares_its_design(text: str, design: str) -> None:
    assert declared_design(split_sentences(text)) == design


@pytest.mark.parametrize(
    "text",
    [
        "Methods: Ketamine was a safe drug in our hands and was given weekly.",  # a drug, not a study
        "Background: The STAR*D trial was a large pragmatic study of antidepressants.",  # the background's trial
    ],
)
def test_a_name_that_is_no_study_of_this_abstract_declares_nothing(text: str) -> None:
    assert declared_design(split_sentences(text)) is None


# --- an analysis of other trials' data ("pooled analysis of three double-blind RCTs") takes their design ---

@pytest.mark.parametrize(
    "text",
    [
        "Methods: Pooled analysis of three double-blind RCTs including 600 patients. Results: Response was 40%.",
        "Methods: A post hoc analysis of two RCTs of esketamine (N = 400) was performed. Results: Response was 40%.",
        "Methods: This exploratory analysis of pooled randomized trials data included 500 patients. Results: Response "
        "was 40%.",
        "Methods: Secondary analysis of four placebo-controlled studies in 900 adults with TRD. Results: Remission was "
        "higher with esketamine.",
    ],
)
def test_an_analysis_of_controlled_trials_takes_their_design(text: str) -> None:
    assert design_of(text) == "rct"


@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("Methods: Secondary analysis of two open-label studies of esketamine in 300 patients. Results: Response was "
         "40%.", "open_label"),
        ("Methods: A post hoc analysis of patients treated in routine care (n = 200). Results: Response was 40%.",
         "observational"),
    ],
)
def test_an_analysis_of_uncontrolled_data_keeps_its_kind(text: str, design: str) -> None:
    assert design_of(text) == design


# --- without headings, "It was a ... study" right after a sentence about this study is this study ---

@pytest.mark.parametrize(
    "text",
    [
        "We aimed to assess ketamine in 12 patients with TRD, as randomized trials suggested. It was a retrospective "
        "study of clinic records. Response was 40%.",
        "Our aim was to describe outcomes in 14 veterans previously randomized in a trial. It was an observational "
        "study of their later care. Scores were stable.",
        "We report outcomes of 18 patients. It is a naturalistic cohort study, though some had been in a "
        "placebo-controlled trial. Scores fell.",
        "The present study followed 16 adults after ketamine, which double-blind placebo-controlled trials support. It "
        "was a chart review. Relapse was common.",
    ],
)
def test_it_after_a_sentence_about_this_study_declares_its_design(text: str) -> None:
    assert design_of(text) == "observational"


def test_it_after_a_sentence_about_something_else_declares_nothing() -> None:
    text = "Ketamine was developed in 1962. It was a randomized trial by Domino that first tested it in people."
    assert declared_design(split_sentences(text)) is None


# --- with no design word: people who came to the authors' place for its care are routine care (observational); a
# count of doses given, ratings from baseline on a schedule, or 31-60 treated patients with outcomes are a planned
# single-group study (never "other") ---

@pytest.mark.parametrize(
    "text",
    [
        "Patients with TRD referred to our ketamine clinic received six infusions. We examined PHQ-9 changes in 235 "
        "patients. Response was 40%.",
        "Fifty-two patients attending our mood disorders service were treated with esketamine. Response was 40%.",
        "We evaluated 25 patients with TRD who were started on esketamine in our department. Response was 40%.",
        "Forty-four adults seen at our outpatient clinic had intranasal esketamine twice weekly. Remission was 30%.",
    ],
)
def test_people_who_came_to_the_authors_place_for_care_are_routine_care(text: str) -> None:
    assert design_of(text) == "observational"


@pytest.mark.parametrize(
    "text",
    [
        "Thirty-two inpatients with bipolar depression were given three ketamine infusions. MADRS was assessed at "
        "baseline, 24 h and day 7. Response was 40%.",
        "Forty-five adults with TRD received intravenous ketamine. Their MADRS scores fell and the response rate was "
        "45%.",
        "Fifty-five veterans with PTSD were given two ketamine infusions a week apart. Symptoms were rated at baseline "
        "and after each. Scores fell.",
        "Thirty-six adolescents were given six infusions. Depressive symptoms improved and the response rate was 50%.",
    ],
)
def test_treated_patients_with_outcomes_and_no_design_word_are_a_single_group_study(text: str) -> None:
    assert design_of(text) == "open_label"
