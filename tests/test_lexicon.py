"""Lexicon matchers: routes, drugs, AE categories, time conversion and numbers written in words."""

from __future__ import annotations

import pytest

from evidence.extract import lexicon


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        ("esketamine nasal spray 84 mg", ["intranasal"]),
        ("a single intravenous infusion of ketamine (0.5 mg/kg)", ["intravenous"]),
        ("ketamine IV 0.5 mg/kg over 40 min", ["intravenous"]),
        ("DSM-IV-TR diagnosis of MDD", []),  # the roman numeral is not a route
        ("intramuscular (IM) ketamine", ["intramuscular"]),
        ("twice-weekly subcutaneous racemic ketamine", ["subcutaneous"]),
        ("very low dose sublingual (VLDS) racemic ketamine", ["sublingual"]),
        ("ketamine lozenge", ["sublingual"]),
        ("extended-release tablet (R-107)", ["oral"]),
        ("1 mg/kg oral ketamine", ["oral"]),
        ("in ketamine facilities", []),  # lower-case 'in' is not the IN abbreviation
        ("IN ketamine 50 mg", ["intranasal"]),
        ("", []),
    ],
)
def test_find_routes(text: str, routes: list[str]) -> None:
    assert lexicon.find_routes(text) == routes


@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        ("esketamine nasal spray", ["esketamine"]),
        ("S-ketamine 0.25 mg/kg", ["esketamine"]),
        ("(S)-ketamine", ["esketamine"]),
        ("Spravato", ["esketamine"]),
        ("arketamine, the R(-)-enantiomer", ["arketamine"]),
        ("racemic ketamine (0.5 mg/kg)", ["ketamine"]),
        ("(ketamine 0.5 mg/kg)", ["ketamine"]),
        ("ketamine 0.5 mg/kg or esketamine 0.25 mg/kg", ["esketamine", "ketamine"]),
        ("midazolam 0.045 mg/kg", []),
    ],
)
def test_find_drugs(text: str, drugs: list[str]) -> None:
    assert lexicon.find_drugs(text) == drugs


@pytest.mark.parametrize(
    ("term", "category"),
    [
        ("dissociation", "dissociation"),
        ("Clinician Administered Dissociative States Scale (CADSS)", "dissociation"),
        ("treatment-emergent hypertension", "blood_pressure_increase"),
        ("Blood pressure increased", "blood_pressure_increase"),
        ("nausea", "nausea_vomiting"),
        ("Vomiting", "nausea_vomiting"),
        ("dizziness", "dizziness"),
        ("vertigo", "dizziness"),
        ("light-headedness", "dizziness"),
        ("Headache", "headache"),
        ("Drowsiness", "sedation"),
        ("somnolence", "sedation"),
        ("anxiety", "anxiety"),
        ("dysgeusia", "dysgeusia"),
        ("blurred vision", "perceptual_changes"),
        ("suicidal ideation", "suicidal_ideation"),
        ("manic symptoms", "other"),
        ("", "other"),
    ],
)
def test_ae_category(term: str, category: str) -> None:
    assert lexicon.ae_category(term) == category


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("24 hours", 24.0),
        ("Day 28", 672.0),
        ("Week 4", 672.0),
        ("40 minutes post-infusion", 0.6667),
        ("baseline to day 2", 48.0),
        ("no time here", None),
        ("", None),
    ],
)
def test_timepoint_to_hours(text: str, hours: float | None) -> None:
    assert lexicon.timepoint_to_hours(text) == hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Within 40 minutes, depressive symptoms significantly improved", [0.67]),
        ("at 24 h, 24.1% of participants", [24.0]),
        ("at day 1 was 55% for the ketamine group", [24.0]),
        ("remission at week 8 (91 of 336 patients", [1344.0]),
        ("observed only after 2–6 weeks of treatment", [336.0]),  # range: lower bound, en dash
        ("at ∼24 hours (least-square mean difference", [24.0]),
        ("after one day", [24.0]),
        # every point of a list, each at its own number
        ("at 40, 80, 110, and 230 minutes", [0.67, 1.3333, 1.8333, 3.8333]),
        ("at days 1, 3 and 7.", [24.0, 72.0, 168.0]),
        ("at weeks 2 and 4", [336.0, 672.0]),
        ("on day 7, 12 patients responded", [168.0]),  # a count after a comma is not a listed day
        ("also noted at the earlier (4-hour) timepoint", [4.0]),
        ("at the end of the 4-week induction phase", [672.0]),
        ("a 4-week course of esketamine", []),
        ("a single infusion over 40 min", []),  # a duration, not a timepoint
        ("administered twice weekly for 4 weeks", []),
        ("a 40-min single intravenous infusion", []),  # an adjective
        ("repeatedly administered every 2–3 d or weekly", []),
        ("adolescents (ages 13–17)", []),
    ],
)
def test_find_timepoints(text: str, hours: list[float]) -> None:
    assert [t.hours for t in lexicon.find_timepoints(text)] == hours


def test_find_timepoints_spans_index_the_text() -> None:
    text = "Greater improvement was observed at 24 hours, as well as at earlier (4 hours) time points"
    for t in lexicon.find_timepoints(text):
        assert text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    ("token", "value"),
    [("12", 12.0), ("1,877", 1877.0), ("27.3", 27.3), ("Seventy-one", 71.0), ("Eighteen", 18.0),
     ("one hundred twenty-six", 126.0), ("Fifty-five", 55.0), ("banana", None)],
)
def test_parse_number(token: str, value: float | None) -> None:
    assert lexicon.parse_number(token) == value
