"""General adverse-event rules and the off-topic gate (issue 21): each test words a kind of sentence or abstract in
several paraphrases written here (none copied from the blind set), with cases that must not match."""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract
from evidence.extract.context import psychiatric_words


def _ae(text: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    out = extract_abstract(text)
    return [f for f in out["findings"] if f["kind"] == "adverse_event"], list(out["ae_mentions"])


# --- the off-topic gate: "depression" in a physiological sense is no psychiatric indication ----------------------

@pytest.mark.parametrize("phrase", [
    "No respiratory depression requiring intervention was observed.",
    "Two infants had transient ventilatory depression.",
    "CNS and cardiovascular depression did not occur.",
    "One child showed ST-segment depression on the monitor.",
    "Depression of consciousness was brief in all cases.",
    "A depressed level of consciousness lasted under ten minutes.",
    "Benzodiazepines and other CNS depressants were withheld.",
    "Propofol has a marked depressant effect on respiration.",
    "Its depressive action on the airway reflexes was small.",
])
def test_physiological_depression_is_no_psychiatric_word(phrase: str) -> None:
    assert psychiatric_words(phrase) == 0


@pytest.mark.parametrize("phrase", [
    "Patients with major depression received ketamine.",
    "Depressive symptoms improved within a day.",
    "Respiratory therapists rated the depression of their patients with the MADRS.",
    "Antidepressant use was recorded.",
])
def test_mood_depression_still_counts(phrase: str) -> None:
    assert psychiatric_words(phrase) >= 1


_SEDATION = [
    # paediatric procedural sedation, observational
    "Background: Children needing fracture reduction are often sedated with ketamine. Methods: We followed 120 children"
    " aged 2-12 years who received intravenous ketamine 1 mg/kg for sedation in the emergency department. Results:"
    " Vomiting occurred in 12 children (10%), emergence agitation in 8 (6.7%) and hypoxia in 3 (2.5%). No respiratory"
    " depression needing intervention was seen. Hallucinations were reported by 4 children. Conclusions: Ketamine"
    " sedation was safe.",
    # adult anaesthesia induction, randomised
    "We randomised 80 adults scheduled for elective surgery to ketamine or propofol for induction of anaesthesia."
    " Hypotension after induction occurred in 5% of the ketamine group and 30% of the propofol group. Nausea was"
    " reported by 10% and 12%, respectively. Postoperative depression of consciousness was similar. Ketamine kept blood"
    " pressure stable.",
    # analgesia, the only psychiatric word in the opening sentence about the drug
    "Ketamine, an NMDA antagonist that also has rapid antidepressant effects, is used for acute pain. In this trial,"
    " 60 patients with renal colic were randomised to intranasal ketamine or intravenous morphine. Pain scores fell"
    " similarly. Dizziness occurred in 20% of ketamine and 7% of morphine patients, and dysgeusia in 10%."
    " Intranasal ketamine is an alternative to opioids for renal colic.",
]


@pytest.mark.parametrize("text", _SEDATION)
def test_procedural_abstracts_give_no_adverse_event(text: str) -> None:
    found, mentions = _ae(text)
    assert found == [] and mentions == []


def test_a_surgical_trial_with_depression_as_its_outcome_stays_on_topic() -> None:
    text = ("Methods: Ninety patients undergoing cardiac surgery were randomised to esketamine or saline at induction"
            " of anaesthesia. The primary outcome was postoperative depression on the HADS at day 7. Results:"
            " Dizziness occurred in 15% of the esketamine group and 4% of the saline group. Conclusions: Esketamine"
            " may prevent postoperative depression.")
    found, _ = _ae(text)
    assert sorted(f["value"] for f in found) == [4.0, 15.0]


# --- a rate carries the previous rate's term only across connectives, arms and statistics -------------------------

_RCT = ("Methods: Sixty adults with treatment-resistant depression were randomised to intravenous ketamine or"
        " placebo. Results: ")


@pytest.mark.parametrize("sentence", [
    "Nausea occurred in 14% of the ketamine group and 4% of those given placebo.",
    "Dizziness was reported by 22% of ketamine patients and 6% of placebo patients.",
    "Headache occurred in 18% after the first infusion and 9% after the second infusion.",
])
def test_a_second_rate_of_the_same_term_is_kept(sentence: str) -> None:
    found, _ = _ae(_RCT + sentence + " Depressive symptoms improved.")
    assert len(found) == 2


@pytest.mark.parametrize("sentence", [
    "Agitation (10% vs 25%; P=0.02) was less common, as was the need for rescue opioids (30% vs 55%).",
    "Nausea was less common with ketamine (8% vs 20%), along with lower readmission (5% vs 12%).",
    "Vomiting occurred in 6% vs 15%, and fewer patients needed physiotherapy (40% vs 60%).",
])
def test_a_rate_of_something_else_named_between_does_not_take_the_term(sentence: str) -> None:
    found, _ = _ae(_RCT + sentence + " Depressive symptoms improved.")
    assert len(found) == 2 and {f["term"].lower() for f in found} <= {"agitation", "nausea", "vomiting"}
    assert not {30.0, 55.0, 5.0, 12.0, 40.0, 60.0} & {f["value"] for f in found}


# --- a rate of a state the abstract measures as its outcome is no adverse event ----------------------------------

_OUTCOME_ANXIETY = ("Methods: 120 patients having hip surgery were randomised to esketamine or saline. The primary"
                    " outcomes were depression and anxiety on the Hospital Anxiety and Depression Scale at day 3."
                    " Results: ")


@pytest.mark.parametrize("sentence", [
    "Rates of anxiety were lower with esketamine (12% vs 30%).",
    "Anxiety was present in 12% of the esketamine group and 30% of the saline group.",
    "Fewer patients had depression (6% vs 20%) and anxiety (12% vs 30%) at day 3.",
])
def test_the_prevalence_of_an_outcome_state_is_no_adverse_event(sentence: str) -> None:
    found, _ = _ae(_OUTCOME_ANXIETY + sentence + " Esketamine prevented postoperative depression.")
    assert found == []


def test_an_adverse_event_of_the_same_word_is_kept_when_named_as_one() -> None:
    found, _ = _ae(_OUTCOME_ANXIETY + "Adverse events included anxiety (12% vs 3%). Esketamine prevented"
                   " postoperative depression.")
    assert sorted(f["value"] for f in found) == [3.0, 12.0]


def test_anxiety_is_an_adverse_event_where_no_outcome_measures_it() -> None:
    found, _ = _ae(_RCT + "Anxiety occurred in 12% of the ketamine group and 3% of the placebo group."
                   " Depressive symptoms improved.")
    assert sorted(f["value"] for f in found) == [3.0, 12.0]


# --- a number that is the subject of its own clause counts that clause, not the adverse event before it -----------

_OPEN = ("Methods: Forty adults with treatment-resistant depression received open-label intravenous ketamine."
         " Results: ")


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Mild side effects were reported by 60% of patients, and 9% dropped out.", [60.0]),
    ("Transient dizziness affected 25% of participants, while 48% of participants responded by week 2.", [25.0]),
    ("Nausea occurred in 15%, and 30% of the sample completed all six infusions.", [15.0]),
    ("Headache occurred in 20%; 55% remitted.", [20.0]),
    ("Half responded, 41% experienced brief side effects, and 12% discontinued treatment.", [41.0]),
    ("58% of patients improved, 70% reported mild side effects, and 15% of them left the program.", [70.0]),
])
def test_a_number_with_its_own_predicate_is_not_an_adverse_event(sentence: str, kept: list[float]) -> None:
    found, _ = _ae(_OPEN + sentence + " Depressive symptoms improved.")
    assert sorted(f["value"] for f in found) == kept


@pytest.mark.parametrize("sentence", [
    "Dissociation occurred in 30% of patients who were given the higher dose.",
    "Dissociation was reported by 30% of those who completed the first week.",
    "Side effects, mostly dissociation, occurred in 30% of participants.",
])
def test_a_rate_followed_by_a_relative_clause_keeps_its_term(sentence: str) -> None:
    found, _ = _ae(_OPEN + sentence + " Depressive symptoms improved.")
    assert [f["value"] for f in found] == [30.0]


# --- the one point in time an adverse-event sentence names before its rates is when they were counted -------------

@pytest.mark.parametrize(("sentence", "hours"), [
    ("Rates of nausea and headache were highest in week 1 of treatment (18.2% and 9.5%, respectively).", 168.0),
    ("At day 1, dizziness was reported by 21% of patients and nausea by 11%.", 24.0),
    ("At 40 minutes, dissociation occurred in 31% of the ketamine group and 3% of the placebo group.", 40 / 60),
    ("On day 2, headache occurred in 14%.", 48.0),
])
def test_a_point_in_time_before_the_rates_is_their_time(sentence: str, hours: float) -> None:
    found, _ = _ae(_RCT + sentence + " Depressive symptoms improved.")
    assert found and all(f["timepoint_hours"] == pytest.approx(hours, abs=0.01) for f in found)


@pytest.mark.parametrize("sentence", [
    "Dissociation was experienced by 45% of participants and resolved within 2 hours.",
    "In the first 2 weeks, nausea occurred in 12%.",
    "Dissociation peaked at 40 minutes and occurred in 30% of patients overall.",
    "Nausea occurred in 12% at day 1 and 5% at day 7.",
    "Over 4 weeks, dizziness was reported by 20%.",
    "By week 4, headache had occurred in 16%.",
])
def test_a_duration_a_span_or_two_times_give_no_time(sentence: str) -> None:
    found, _ = _ae(_OPEN + sentence + " Depressive symptoms improved.")
    assert found and all(f["timepoint_hours"] is None for f in found)


# --- healthy-volunteer studies whose patients are only background or comparison -------------------------------------

_HEALTHY = [
    "Ketamine relieves depression quickly in patients with treatment-resistant illness. We gave 24 healthy volunteers"
    " intravenous ketamine 0.5 mg/kg and placebo in a crossover design. Dissociation occurred in 60% of participants"
    " during ketamine and 5% during placebo. Its subjective effects in healthy people resemble those in depressed"
    " patients.",
    "Background: Esketamine is approved for patients with major depression. Methods: Eighteen healthy adult volunteers"
    " took part in a driving-simulator study after intranasal esketamine. Results: Dizziness was reported by 44% and"
    " nausea by 17%. Conclusions: Patients should not drive on dosing days.",
    "Twenty healthy male subjects underwent MRI before and after a ketamine infusion to model the antidepressant"
    " response. Perceptual changes occurred in 35% of scans. These findings may inform work in depression.",
]


@pytest.mark.parametrize("text", _HEALTHY)
def test_healthy_volunteer_studies_give_no_adverse_event(text: str) -> None:
    assert _ae(text) == ([], [])


def test_a_study_enrolling_patients_and_healthy_controls_stays_on_topic() -> None:
    text = ("Methods: Thirty patients with major depressive disorder and 30 healthy subjects received intravenous"
            " ketamine. Results: Dissociation occurred in 40% of patients and 35% of healthy subjects. Depressive"
            " symptoms improved in patients.")
    found, _ = _ae(text)
    assert found


@pytest.mark.parametrize("text", [
    "Background: Ketamine is common for procedural sedation in children. Methods: 90 children having laceration repair"
    " received intramuscular ketamine. Results: Vomiting occurred in 11%, and mood changes after discharge were"
    " reported by 4%. Conclusions: Intramuscular ketamine works well.",
    "We studied 150 adults given ketamine for analgesia after abdominal surgery; patients taking antidepressants were"
    " excluded. Hallucinations occurred in 6% and nausea in 18%. Pain scores fell by half.",
])
def test_mood_or_antidepressants_alone_make_no_procedure_abstract_psychiatric(text: str) -> None:
    assert _ae(text) == ([], [])


# --- a rate of the sample before treatment, or one end of a change in a share, is no incidence ---------------------

@pytest.mark.parametrize("sentence", [
    "At baseline, 35% of participants reported fatigue and 20% reported headache.",
    "Twenty percent of patients had a family history of mania.",
    "Before the first infusion, insomnia was reported by 40% of patients.",
    "Pre-existing hypertension was present in 18% of the sample.",
    "The proportion with clinically significant anxiety fell from 60% to 25%.",
    "The share of patients reporting insomnia dropped from 48% at baseline to 21%.",
    "Among patients with high baseline anxiety (45%), response was 60%.",
    "Baseline hypertension was present in 22% of the sample.",
])
def test_a_share_before_treatment_or_a_change_in_a_share_is_no_adverse_event(sentence: str) -> None:
    assert _ae(_OPEN + sentence + " Depressive symptoms improved.")[0] == []


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Hypertension was present in 10% at baseline, whereas 15% had hypertension after an infusion.", [15.0]),
    ("Fatigue occurred in 22% of patients after dosing.", [22.0]),
    ("Dissociation occurred in 30% of infusions, and 12% had nausea.", [12.0, 30.0]),
    ("Dissociation occurred in 30% and returned to baseline symptoms within 2 hours.", [30.0]),
])
def test_an_event_after_treatment_is_kept_next_to_a_baseline_clause(sentence: str, kept: list[float]) -> None:
    found, _ = _ae(_OPEN + sentence + " Depressive symptoms improved.")
    assert sorted(f["value"] for f in found) == kept


# --- adverse-event words named as what was measured or who was excluded are no mentions of events -----------------

@pytest.mark.parametrize("sentence", [
    "Dizziness and nausea were monitored at each session using a checklist.",
    "Dissociation was measured with the CADSS before and after every infusion.",
    "Patients with uncontrolled hypertension were excluded.",
    "Safety outcomes, including headache and blood pressure changes, were systematically recorded.",
    "Current mania or psychotic symptoms made patients ineligible.",
])
def test_a_measured_or_excluding_word_is_no_event_mention(sentence: str) -> None:
    _, mentions = _ae(_OPEN + sentence + " Depressive symptoms improved.")
    assert mentions == []


@pytest.mark.parametrize(("sentence", "term"), [
    ("Transient dizziness followed most infusions.", "dizziness"),
    ("Several patients reported nausea after dosing.", "nausea"),
    ("Mild dissociation resolved within an hour.", "dissociation"),
])
def test_an_event_that_happened_is_still_a_mention(sentence: str, term: str) -> None:
    _, mentions = _ae(_OPEN + sentence + " Depressive symptoms improved.")
    assert [m["term"] for m in mentions] == [term]


@pytest.mark.parametrize("text", [
    "Esketamine, long used as an anaesthetic, has antidepressant effects. We randomised 60 adults with"
    " treatment-resistant depression to esketamine or racemic ketamine infusions. Dizziness occurred in 20% of the"
    " esketamine group and 25% of the ketamine group. Depressive symptoms fell in both groups.",
    "Ketamine acts on NMDA receptors, which explains its analgesia and anaesthesia. In this open-label study, 30"
    " patients with bipolar depression received intravenous ketamine. Nausea occurred in 10% of patients. MADRS"
    " scores fell by half.",
])
def test_an_anaesthetic_named_only_in_the_opening_leaves_a_depression_study_on_topic(text: str) -> None:
    found, _ = _ae(text)
    assert found


# --- people who use ketamine outside treatment -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We surveyed 210 recreational ketamine users recruited online. Depressive symptoms were common, and 38% reported"
    " hallucinations during use. Frequent use was linked to worse mood.",
    "Ketamine uropathy is rising among young adults. In 64 ketamine abusers attending a urology clinic, 45% had"
    " depression and 30% reported dizziness. Abstinence improved bladder symptoms.",
    "Background: Ketamine misuse is spreading. Methods: Chronic ketamine users (n = 90) completed the BDI. Results:"
    " Nausea was reported by 22% and anxiety by 40%. Conclusions: Misuse harms mental health.",
])
def test_recreational_use_gives_no_adverse_event(text: str) -> None:
    assert _ae(text) == ([], [])


def test_a_trial_that_treats_former_ketamine_users_stays_on_topic() -> None:
    text = ("Methods: Forty patients with depression and a history of ketamine misuse were randomised to intranasal"
            " esketamine or placebo. Results: Dizziness occurred in 25% of the esketamine group and 5% of the"
            " placebo group. Depressive symptoms improved.")
    assert _ae(text)[0]


# --- 'respectively' with one list of rates per arm: terms x arms --------------------------------------------------

def _rows(found: list[dict[str, object]]) -> list[tuple[object, object, str]]:
    return sorted((f["arm"], f["value"], str(f["term"]).lower()) for f in found)


@pytest.mark.parametrize("sentence", [
    "Dissociation and nausea occurred in 35% and 12% of ketamine-treated patients versus 4% and 6% of"
    " placebo-treated patients, respectively.",
    "Dissociation and nausea were seen in 35% and 12% of the ketamine group and in 4% and 6% of the placebo"
    " group, respectively.",
    "Rates of dissociation and nausea were 35% and 12% with ketamine compared with 4% and 6% with placebo,"
    " respectively.",
])
def test_each_arm_list_gives_its_rates_to_the_terms_in_order(sentence: str) -> None:
    found, _ = _ae(_RCT + sentence + " Depressive symptoms improved.")
    assert _rows(found) == [("ketamine", 12.0, "nausea"), ("ketamine", 35.0, "dissociation"),
                            ("placebo", 4.0, "dissociation"), ("placebo", 6.0, "nausea")]


def test_three_terms_two_arms() -> None:
    found, _ = _ae(_RCT + "Dizziness, nausea, and headache were reported in 24%, 16%, and 12% of the ketamine group"
                   " and in 8%, 10%, and 14% of the placebo group, respectively. Depressive symptoms improved.")
    assert _rows(found) == [("ketamine", 12.0, "headache"), ("ketamine", 16.0, "nausea"),
                            ("ketamine", 24.0, "dizziness"), ("placebo", 8.0, "dizziness"),
                            ("placebo", 10.0, "nausea"), ("placebo", 14.0, "headache")]


@pytest.mark.parametrize("sentence", [
    # the second list's arm is not named
    "Dizziness and headache occurred in 30% and 10% of ketamine patients and in 10% and 12% of patients,"
    " respectively.",
    # three terms, two rates per list
    "Dizziness, nausea and headache occurred in 30% and 10% of ketamine patients and in 10% and 12% of placebo"
    " patients, respectively.",
])
def test_lists_that_cannot_be_matched_one_to_one_give_nothing(sentence: str) -> None:
    found, _ = _ae(_RCT + sentence + " Depressive symptoms improved.")
    assert found == []


def test_a_single_list_respectively_still_reads() -> None:
    found, _ = _ae(_OPEN + "Nausea and dizziness were reported by 20% and 15% of patients, respectively."
                   " Depressive symptoms improved.")
    assert sorted((f["value"], f["term"].lower()) for f in found) == [(15.0, "dizziness"), (20.0, "nausea")]


# --- two subjects, each with its arm before its number, share one predicate ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "Seven ketamine patients (23%) and two placebo patients (7%) reported dizziness.",
    "Seven ketamine-treated participants (23%) and two placebo-treated participants (7%) developed dizziness.",
    "Seven subjects in the ketamine arm (23%) and two in the placebo arm (7%) experienced dizziness.",
])
def test_two_arm_subjects_share_the_predicate(sentence: str) -> None:
    found, _ = _ae(_RCT + sentence + " Depressive symptoms improved.")
    assert _rows(found) == [("ketamine", 23.0, "dizziness"), ("placebo", 7.0, "dizziness")]


@pytest.mark.parametrize("sentence", [
    "Response occurred in 50% of ketamine patients, and 20% of placebo patients reported nausea.",
    "Remission was reached by 35% in the ketamine group, and 20% in the placebo group reported nausea.",
    "Most patients (80%) completed the trial, and eight placebo patients (20%) reported nausea.",
])
def test_a_number_with_its_own_predicate_shares_no_term(sentence: str) -> None:
    found, _ = _ae(_RCT + sentence + " Depressive symptoms improved.")
    assert [f["value"] for f in found] == [20.0]


@pytest.mark.parametrize("sentence", [
    "Nausea was reported by 20% and 8% of ketamine and placebo patients, and dizziness by 15% and 4%, respectively.",
    "Nausea occurred in 20% and 8% of the ketamine and placebo groups, and dizziness in 15% and 4%, respectively.",
    "Nausea affected 20% and 8% of those on ketamine and placebo, with dizziness in 15% and 4%, respectively.",
])
def test_one_list_per_term_with_the_arms_named_once(sentence: str) -> None:
    found, _ = _ae(_RCT + sentence + " Depressive symptoms improved.")
    assert _rows(found) == [("ketamine", 15.0, "dizziness"), ("ketamine", 20.0, "nausea"),
                            ("placebo", 4.0, "dizziness"), ("placebo", 8.0, "nausea")]


# --- a term, how often it was, then its bracket of rates --------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "term"), [
    ("Vomiting was rare (ketamine 3%, placebo 0%).", "vomiting"),
    ("Nausea was less common with ketamine (3% vs 0%).", "nausea"),
    ("Headache was infrequent in both groups (ketamine 3%; placebo 0%).", "headache"),
])
def test_a_term_with_how_often_before_its_bracket(sentence: str, term: str) -> None:
    found, _ = _ae(_RCT + sentence + " Depressive symptoms improved.")
    assert _rows(found) == [("ketamine", 3.0, term), ("placebo", 0.0, term)]


@pytest.mark.parametrize("sentence", [
    "Anxiety was rare in the ketamine group (response 60%).",
    "Nausea was rare after dosing, and remission was common (remission 45%).",
    "Dizziness was transient (mean duration 30 minutes, 95% of episodes).",
])
def test_a_bracket_that_names_another_quantity_is_not_the_terms(sentence: str) -> None:
    found, _ = _ae(_RCT + sentence + " Depressive symptoms improved.")
    assert found == []


# --- a bound is no rate -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Dissociation occurred in fewer than 10% of patients.",
    "Dizziness was reported by more than 40% of participants.",
    "Nausea occurred in over 15% of infusions.",
    "Headache affected at most 5% of patients.",
])
def test_a_bound_is_no_adverse_event_rate(sentence: str) -> None:
    assert _ae(_OPEN + sentence + " Depressive symptoms improved.")[0] == []


@pytest.mark.parametrize("sentence", [
    "Dissociation occurred in about 10% of patients.",
    "Dizziness was reported by approximately 10% of participants.",
    "Nausea occurred in 10% of infusions overall.",
])
def test_an_approximate_rate_is_still_a_rate(sentence: str) -> None:
    assert [f["value"] for f in _ae(_OPEN + sentence + " Depressive symptoms improved.")[0]] == [10.0]


# --- animal studies whose people are only background or what the finding may mean ------------------------------------

@pytest.mark.parametrize("text", [
    "Ketamine helps patients with treatment-resistant depression. We gave mice exposed to chronic stress a single"
    " ketamine injection. Ketamine reversed anhedonia in 70% of stressed mice, and 20% showed sedation. These results"
    " may guide treatment of depressed patients.",
    "Depression affects millions of people. Rats received intraperitoneal ketamine after social defeat; 45% of"
    " treated rats showed hyperlocomotion and dissociation-like behaviour. Ketamine may help patients.",
    "In a chronic mild stress model, 40 rats were given ketamine or saline. Sucrose preference recovered in 60% of"
    " ketamine rats; 10% had seizures and sedation. Our data support trials in people with depression.",
])
def test_animal_studies_give_no_adverse_event(text: str) -> None:
    assert _ae(text) == ([], [])


def test_a_human_trial_that_cites_animal_work_stays_on_topic() -> None:
    text = ("Arketamine was antidepressant in rodents. Seven subjects with treatment-resistant depression received a"
            " single intravenous arketamine infusion. Dizziness occurred in 2 of 7 subjects (28.6%). MADRS scores"
            " fell by 20 points.")
    assert _ae(text)[0]
