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
