"""Adverse events, ninth session (issue 21): kinds of sentence the readers missed or misread, each a paraphrase
written by the team (not a blind abstract's sentence), with the cases that must not match."""

from __future__ import annotations

import pytest

from tests.extract_support import OPEN, RCT, finding_rows

CHART = "Methods: We reviewed the charts of 52 inpatients with depression treated with ketamine infusions. Results: "


def ae_values(text: str) -> list[float]:
    """The adverse-event rates of `text`, sorted."""
    return sorted(float(v) for _, v, _ in finding_rows(text, "adverse_event"))


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
