"""Adverse-event rates (issue 21): how abstracts word an incidence, each a paraphrase written by the team."""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract

OPEN = "Methods: Forty patients with TRD received open-label intravenous ketamine. Results: "
RCT = "Methods: Sixty patients with TRD were randomized to intravenous ketamine or placebo. Results: "

RATES = [
    # a passive "experienced by" / "present in" before the rate
    (OPEN + "Dissociative symptoms were experienced by 45% of participants and resolved within 2 hours.",
     [("ketamine", 45.0, "dissociation")]),
    (OPEN + "Headache was present in 20% of patients after the first infusion.", [("ketamine", 20.0, "headache")]),
    (RCT + "Dissociation occurred in 30% of ketamine and 5% of placebo patients.",
     [("ketamine", 30.0, "dissociation"), ("placebo", 5.0, "dissociation")]),
    (OPEN + "Nausea and vomiting affected 18% and 6% of patients, respectively.",
     [("ketamine", 18.0, "nausea_vomiting"), ("ketamine", 6.0, "nausea_vomiting")]),
]


@pytest.mark.parametrize(("text", "expected"), RATES)
def test_adverse_event_rates(text: str, expected: list[tuple[str, float, str]]) -> None:
    out = extract_abstract(text)
    got = [(f["arm"], f["value"], f["category"]) for f in out["findings"] if f["kind"] == "adverse_event"]
    assert sorted(got) == sorted(expected)


def test_a_blood_pressure_rise_is_a_blood_pressure_event() -> None:
    out = extract_abstract(OPEN + "Blood pressure rises after dosing were transient.")
    assert [m["category"] for m in out["ae_mentions"]] == ["blood_pressure_increase"]


def test_a_negation_ends_where_a_new_counted_clause_begins() -> None:
    out = extract_abstract(OPEN + "Ketamine was not associated with psychotomimetic effects, and 10% had mild nausea.")
    assert [(f["value"], f["category"]) for f in out["findings"] if f["kind"] == "adverse_event"] == [
        (10.0, "nausea_vomiting")]


def test_an_elevation_of_blood_pressure_is_a_blood_pressure_event() -> None:
    out = extract_abstract(OPEN + "Treatment-emergent elevation of blood pressure was transient.")
    assert [m["category"] for m in out["ae_mentions"]] == ["blood_pressure_increase"]


def test_the_other_arms_rates_listed_after_the_first_arms_terms() -> None:
    text = ("Methods: Sixty patients with TRD were randomized to esketamine nasal spray or placebo. Results: "
            "Esketamine was associated with dissociation (26%), dizziness (21%), and nausea (18%), compared with 4%, "
            "6% and 9% for placebo.")
    out = extract_abstract(text)
    got = [(f["arm"], f["value"], f["category"]) for f in out["findings"] if f["kind"] == "adverse_event"]
    assert sorted(got) == sorted([
        ("esketamine", 26.0, "dissociation"), ("esketamine", 21.0, "dizziness"),
        ("esketamine", 18.0, "nausea_vomiting"), ("placebo", 4.0, "dissociation"), ("placebo", 6.0, "dizziness"),
        ("placebo", 9.0, "nausea_vomiting")])


def test_a_list_of_other_rates_that_does_not_match_the_terms_is_not_read() -> None:
    text = (OPEN + "Patients had dissociation (26%) and dizziness (21%), compared with 4%, 6% and 9% for placebo.")
    got = [f["value"] for f in extract_abstract(text)["findings"] if f["kind"] == "adverse_event"]
    assert sorted(got) == [21.0, 26.0]
