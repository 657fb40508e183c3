"""Adverse-event words in context (issue 21): a word counts only in a sentence about people treated or observed,
never about molecules, theory, the literature, a drug class, an animal model or an outcome measured; an abstract
about animals only gives no clinical finding. Every case is a paraphrase written by the team."""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract
from evidence.extract.context import animal_study, clinical_sentence

TRIAL = "Methods: Twenty patients with depression received intravenous ketamine 0.5 mg/kg. Results: MADRS fell by 50%. "

NOT_AN_EVENT = [
    "Dissociation, as Janet described it, is a splitting of consciousness.",
    "Ketamine's dissociation from the NMDA receptor is slow.",
    "The dissociative anaesthetic ketamine blocks NMDA receptors.",
    "Rats given ketamine showed less anxiety-like behaviour in the maze.",
    "Ketamine has been used as an anaesthetic since the 1970s and causes hallucinations at high doses.",
    "In psychodynamic terms, dissociation protects the ego from overwhelming affect.",
    "Hallucinations and dissociation are dose-dependent effects reported in the literature.",
    "Dissociative effects may occur at high doses and limit access to treatment.",
    # an outcome measured or improved, a condition, a scale: not an event
    "Secondary outcomes were changes in anxiety and sleep quality.",
    "Ketamine appears effective in improving depression and anxiety.",
    "Anxiety was rated with the Hamilton Anxiety Rating Scale.",
    "Twelve patients also had generalised anxiety disorder.",
]


@pytest.mark.parametrize("sentence", NOT_AN_EVENT)
def test_not_an_adverse_event(sentence: str) -> None:
    out = extract_abstract(TRIAL + sentence)
    assert out["ae_mentions"] == []
    assert [f for f in out["findings"] if f["kind"] == "adverse_event"] == []


EVENTS = [
    ("Dissociation was the most common adverse event.", "dissociation"),
    ("Transient dissociative symptoms resolved within 2 hours of the infusion.", "dissociation"),
    ("Three subjects experienced nausea.", "nausea_vomiting"),
    ("Ketamine infusions were well tolerated; dizziness was mild.", "dizziness"),
    ("Blood pressure increased transiently after dosing.", "blood_pressure_increase"),
]


@pytest.mark.parametrize(("sentence", "category"), EVENTS)
def test_adverse_events_in_clinical_sentences_are_kept(sentence: str, category: str) -> None:
    assert clinical_sentence(sentence)
    out = extract_abstract(TRIAL + sentence)
    assert category in {m["category"] for m in out["ae_mentions"]}


def test_anxiety_measured_as_an_outcome_is_no_adverse_event_anywhere_in_that_abstract() -> None:
    text = ("Methods: Fourteen patients received oral ketamine daily; depression and anxiety were rated with the "
            "Hospital Anxiety and Depression Scale. Results: Patients responded for both anxiety and depression. "
            "Side effects were rare; the most common was headache.")
    out = extract_abstract(text)
    assert {m["category"] for m in out["ae_mentions"]} == {"headache"}


def test_anxiety_as_an_adverse_event_is_kept_when_anxiety_is_no_outcome() -> None:
    text = ("Methods: Thirty patients received intranasal esketamine. Results: MADRS scores fell. "
            "Patients experienced transient anxiety and nausea after dosing.")
    assert {m["category"] for m in extract_abstract(text)["ae_mentions"]} == {"anxiety", "nausea_vomiting"}


ANIMAL = [
    "Objective: We tested ketamine in rats exposed to chronic stress. Methods: Adult male rats received a single "
    "injection of ketamine (10 mg/kg) and were tested 24 hr later. Results: Ketamine increased sucrose preference "
    "and reduced immobility, indicating rapid antidepressant-like effects; 60% of animals responded. Anxiety-like "
    "behaviour in the maze fell significantly within 2 hours.",
    "Ketamine was applied to hippocampal slices from mice. Synaptic potentiation was seen within 30 minutes in 8 of "
    "10 slices. Dissociation of the drug from the channel was slow. Depression-related signalling was reduced.",
]


@pytest.mark.parametrize("text", ANIMAL)
def test_animal_studies_give_no_clinical_finding(text: str) -> None:
    assert animal_study(text)
    out = extract_abstract(text)
    assert out["findings"] == [] and out["ae_mentions"] == []


def test_a_clinical_abstract_that_cites_rodent_work_is_not_an_animal_study() -> None:
    text = ("Ketamine is rapid in rodents. Methods: Forty patients with TRD received intravenous ketamine. "
            "Results: Nausea occurred in 10% of patients.")
    assert not animal_study(text)
    assert [f["term"] for f in extract_abstract(text)["findings"] if f["kind"] == "adverse_event"] == ["Nausea"]


NO_PSYCHIATRIC_INDICATION = [
    # ketamine anaesthesia: people, rates and adverse events, but no psychiatric indication
    "Methods: In this randomized trial, 120 children undergoing tonsillectomy received intravenous ketamine or "
    "propofol. Results: Emergence agitation occurred in 20% of the ketamine group and 8% of the propofol group. "
    "Nausea was reported in 12 of 60 children (20%). Recovery was significantly faster with propofol within 30 min.",
    # pharmacokinetics in volunteers
    "Twelve healthy volunteers received ketamine 0.5 mg/kg intranasally and intravenously. Bioavailability was 45%. "
    "Peak plasma levels were reached within 20 minutes. Dizziness occurred in 6 of 12 volunteers (50%).",
    # a psychosis model in healthy volunteers, and an addiction trial: not the dashboard's indications
    "Methods: Twenty healthy volunteers received intravenous ketamine as a model of schizophrenia. Results: "
    "Psychotomimetic symptoms rose significantly within 10 minutes; 40% reported hallucinations. Negative symptoms "
    "resembled those of patients with schizophrenia.",
    # pharmacokinetics in healthy volunteers, even when the background names depression
    "Esketamine is approved for treatment-resistant depression. Methods: Twenty-four healthy Chinese adults received "
    "esketamine nasal spray 56 mg. Results: Peak levels came at 30 minutes; dizziness occurred in 25% of subjects.",
    "Methods: Ninety adults with alcohol use disorder were randomized to ketamine or placebo infusions. Results: "
    "Abstinence at 6 months was 86% vs 2.1%. Dissociation occurred in 30% of the ketamine group.",
]


@pytest.mark.parametrize("text", NO_PSYCHIATRIC_INDICATION)
def test_ketamine_without_a_psychiatric_indication_gives_no_clinical_finding(text: str) -> None:
    out = extract_abstract(text)
    assert out["findings"] == [] and out["ae_mentions"] == []


def test_a_non_depression_psychiatric_trial_is_still_on_topic() -> None:
    text = ("Methods: Forty adults with chronic PTSD were randomized to intravenous ketamine or midazolam. Results: "
            "Dissociation occurred in 30% of the ketamine group. PTSD symptoms improved more with ketamine.")
    assert [f["value"] for f in extract_abstract(text)["findings"] if f["kind"] == "adverse_event"] == [30.0]
