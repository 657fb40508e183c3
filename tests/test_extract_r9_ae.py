"""Adverse events, ninth session (issue 21): kinds of sentence the readers missed or misread, each a paraphrase
written by the team (not a blind abstract's sentence), with the cases that must not match."""

from __future__ import annotations

import pytest

from tests.extract_support import OPEN, RCT, ae_values, finding_rows

CHART = "Methods: We reviewed the charts of 52 inpatients with depression treated with ketamine infusions. Results: "



# --- the generic term with its kind in between ("adverse cardiovascular events") -----------------------------------

KINDED = [
    (CHART + "Six patients (11.5%) had adverse psychiatric or behavioural outcomes.", [11.5]),
    (OPEN + "Adverse cardiovascular events occurred in 7.5% of participants.", [7.5]),
    (RCT + "Serious adverse drug reactions were reported in 3% of the ketamine group and 1% of the placebo group.",
     [1.0, 3.0]),
    (OPEN + "Three participants (7.5%) experienced adverse neurological effects.", [7.5]),
]


@pytest.mark.parametrize(("text", "expected"), KINDED)
def test_the_generic_term_with_its_kind_between_counts(text: str, expected: list[float]) -> None:
    assert ae_values(text) == expected


NOT_KINDED = [
    # exposures of the sample, not events of treatment
    CHART + "Eighteen patients (34.6%) reported adverse childhood experiences.",
    CHART + "Twelve patients (23%) had adverse life events in the preceding year.",
    OPEN + "Adverse family outcomes were reported by 20% of caregivers before enrolment.",
]


@pytest.mark.parametrize("text", NOT_KINDED)
def test_exposures_named_adverse_are_no_events(text: str) -> None:
    assert ae_values(text) == []


# --- the generic term nearest the number is the one it counts ("the dropout rate due to side effects was 5%") -------

STOPPING = [
    OPEN + "Adverse events needing treatment occurred in three patients, and the dropout rate due to side effects "
    "was 7.5%.",
    CHART + "Side effects were common; the drop-out rate because of adverse events was 9.6%.",
    OPEN + "Serious adverse events were seen in two participants, and the drop out rate owing to adverse effects "
    "was 5%.",
]


def ae_terms(text: str) -> list[tuple[float, str]]:
    """(value, term) of each adverse-event finding of `text`."""
    from evidence.extract import extract_abstract

    return [(float(f["value"]), str(f["term"])) for f in extract_abstract(text)["findings"]
            if f["kind"] == "adverse_event"]


@pytest.mark.parametrize("text", STOPPING)
def test_a_dropout_rate_due_to_events_is_the_rate_of_stopping(text: str) -> None:
    got = ae_terms(text)
    assert got and all(term.startswith("discontinuation due to") for _, term in got)


def test_an_incidence_after_an_earlier_stopping_clause_stays_an_incidence() -> None:
    text = OPEN + "Two patients discontinued for personal reasons, and adverse events were reported in 35% of patients."
    assert ae_terms(text) == [(35.0, "adverse events")]


# --- a labelled list of rates under an adverse-event heading --------------------------------------------------------

ESK = ("Methods: In this open-label extension, 300 patients with TRD received esketamine nasal spray in a 4-week "
       "induction phase and a 40-week maintenance phase. Results: ")
HEADED = [
    # subgroups of a single-arm study, a pair per phase, a second heading inside the list
    (ESK + "Adverse events in men versus women, respectively, were: induction, 70.2% versus 78.5%; maintenance, "
     "65.0% versus 69.4%; serious adverse events: maintenance, 3.1% versus 2.8%.",
     [("esketamine", 2.8), ("esketamine", 3.1), ("esketamine", 65.0), ("esketamine", 69.4), ("esketamine", 70.2),
      ("esketamine", 78.5)]),
    # two arms named in the heading
    (RCT + "Side effects in the ketamine vs placebo groups were as follows: nausea, 15% vs 5%; dizziness, 22% vs 8%.",
     [("ketamine", 15.0), ("ketamine", 22.0), ("placebo", 5.0), ("placebo", 8.0)]),
    # one rate per label, labels naming the events
    (OPEN + "The most frequent adverse effects were: dissociation, 35%; headache, 12.5%; nausea, 10%.",
     [("ketamine", 10.0), ("ketamine", 12.5), ("ketamine", 35.0)]),
    # a phase label with one rate each
    (ESK + "Treatment-emergent adverse events by phase: induction 81%; maintenance 74%.",
     [("esketamine", 74.0), ("esketamine", 81.0)]),
    # a run-in label before the heading
    (ESK + "Safety: side effects in younger versus older patients were: induction, 60.5% versus 55.0%.",
     [("esketamine", 55.0), ("esketamine", 60.5)]),
]


@pytest.mark.parametrize(("text", "expected"), HEADED)
def test_a_labelled_list_under_an_adverse_event_heading(text: str, expected: list[tuple[str, float]]) -> None:
    assert sorted((str(a), float(v)) for a, v, _ in finding_rows(text, "adverse_event")) == expected


NOT_HEADED = [
    # a list of the sample's characteristics: no adverse-event heading
    CHART + "Characteristics of the sample: female, 61.5%; married, 40.4%; employed, 30.8%.",
    # a list under another measure's heading
    ESK + "Response rates by phase: induction, 45.3%; maintenance, 60.1%.",
    # a negated heading
    OPEN + "No serious adverse events: all were mild, 100%.",
]


@pytest.mark.parametrize("text", NOT_HEADED)
def test_lists_that_are_no_adverse_event_rates_by_label(text: str) -> None:
    assert ae_values(text) == []


def test_the_subgroup_of_each_rate_is_kept_in_its_detail() -> None:
    from evidence.extract import extract_abstract

    out = extract_abstract(HEADED[0][0])
    details = {float(f["value"]): f["detail"] for f in out["findings"] if f["kind"] == "adverse_event"}
    assert details[70.2] == "Adverse events, induction, men"
    assert details[2.8] == "serious adverse events, maintenance, women"


# --- the term a number counts: participles and verbs of arising, the first term after the verb, an event named right
# --- after the number -------------------------------------------------------------------------------------------------

TERMED = [
    (OPEN + "Side effects, reported in 8 patients (20%), included transient dizziness.", [(20.0, "Side effects")]),
    (OPEN + "Dissociation, observed in 35% of participants, resolved within two hours.", [(35.0, "Dissociation")]),
    (OPEN + "Hypertension requiring intervention developed in 5% of patients.", [(5.0, "Hypertension")]),
    (CHART + "Transient confusion emerged in 7.5% of the sample.", [(7.5, "confusion")]),
    (OPEN + "Overall, 23 (57.5%) patients had at least one adverse event, most commonly drowsiness (30%).",
     [(57.5, "adverse event"), (30.0, "drowsiness")]),
    (OPEN + "Nine participants (22.5%) experienced side effects, mainly nausea.", [(22.5, "side effects")]),
    (OPEN + "Six patients (15%) experienced nausea and vomiting.", [(15.0, "nausea")]),
    (OPEN + "Treatment was well tolerated: 10% reported mild headache and 5% nausea.",
     [(10.0, "headache"), (5.0, "nausea")]),
    (CHART + "Overall, 30% had dissociation, 12% dizziness and 6% vomiting.",
     [(30.0, "dissociation"), (12.0, "dizziness"), (6.0, "vomiting")]),
    (OPEN + "Five participants (12.5%) reported headache and three (7.5%) insomnia.",
     [(12.5, "headache"), (7.5, "insomnia")]),
    (OPEN + "Elevated blood pressure (>180/100 mmHg) was recorded in 4 patients (10%).",
     [(10.0, "Elevated blood pressure")]),
    # a named event given as an example of the generic term is not what the number counts
    (OPEN + "Adverse effects, mostly transient dissociation, were observed in 22 of 40 patients (55%).",
     [(55.0, "Adverse effects")]),
    (OPEN + "Side effects, including nausea and dizziness, were reported by 30% of participants.",
     [(30.0, "Side effects")]),
    (OPEN + "Dissociation, the most common adverse event, was observed in 40% of patients.", [(40.0, "Dissociation")]),
]


@pytest.mark.parametrize(("text", "expected"), TERMED)
def test_the_term_each_number_counts(text: str, expected: list[tuple[float, str]]) -> None:
    assert sorted(ae_terms(text)) == sorted(expected)


NOT_TERMED = [
    OPEN + "Tolerance developed in 10% of patients.",
    OPEN + "Response was observed in 40% of patients, and dizziness was mild.",
    OPEN + "As reported in earlier work, 30% of patients remit, and headache is common.",
]


@pytest.mark.parametrize("text", NOT_TERMED)
def test_numbers_that_count_no_event(text: str) -> None:
    assert ae_terms(text) == []


def test_a_share_that_stopped_is_not_the_event_named_before_it() -> None:
    text = OPEN + "Twenty percent reported nausea, and 15% of patients discontinued treatment."
    assert ae_terms(text) == [(20.0, "nausea")]


# --- a group named by what it has ('patients with anxiety') is no event of a share of it ----------------------------

GROUP_TRAITS = [
    OPEN + "The response rate was 50% in patients with anxiety and 30% in those without.",
    OPEN + "Of the patients with side effects, 80% had mild symptoms.",
    CHART + "Remission was reached by 40% of those with comorbid insomnia and 25% of the others.",
    RCT + "Among participants who reported dissociation, 60% rated the infusion as acceptable.",
]


@pytest.mark.parametrize("text", GROUP_TRAITS)
def test_a_group_named_by_a_trait_is_no_event(text: str) -> None:
    assert ae_values(text) == []


def test_an_event_in_a_group_named_by_its_drug_is_still_counted() -> None:
    assert ae_values(RCT + "Nausea occurred in 12% of patients with ketamine and 3% of those with placebo.") == [
        3.0, 12.0]


# --- lists that describe the sample or grade the events are no incidences ------------------------------------------

NOT_INCIDENCE_LISTS = [
    OPEN + "Patients with a history of hypertension: yes, 30%; no, 70%.",
    OPEN + "Baseline anxiety: mild, 20%; moderate, 45%; severe, 35%.",
    OPEN + "Dissociation severity: mild, 60%; moderate, 30%; severe, 10%.",
    CHART + "History of anxiety: 40%; of hypertension: 20%.",
]


@pytest.mark.parametrize("text", NOT_INCIDENCE_LISTS)
def test_lists_of_the_sample_or_of_grades_are_no_incidences(text: str) -> None:
    assert ae_values(text) == []


def test_an_incidence_list_after_a_baseline_clause_is_still_read() -> None:
    assert ae_values(OPEN + "At baseline, 35% reported fatigue; after the infusion: nausea 20%.") == [20.0]


def test_a_gapped_number_with_its_own_condition_counts_no_event_before_it() -> None:
    values = ae_values(OPEN + "Twelve patients (30%) had hypertension and 8 (20%) diabetes.")
    assert 20.0 not in values
    assert ae_values(CHART + "Nine patients (17.3%) reported nausea and four (7.7%) constipation.") == [17.3]
