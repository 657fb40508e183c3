"""Ninth session, round 2: route / design / N / drug / off-topic mechanisms, each with paraphrases written here (not
blind sentences) and negatives that must not fire."""

from __future__ import annotations

import pytest

from evidence.extract import extract_abstract


def _routes(text: str) -> list[str]:
    return list(extract_abstract(text)["routes"])  # type: ignore[call-overload]


# --- an infusion word takes the route a route word just before it gives ("subcutaneous ketamine infusions") --------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Methods: Twelve hospice patients with depression received weekly subcutaneous ketamine infusions over "
         "one hour. Results: Six responded.", ["subcutaneous"]),
        ("Methods: In this pilot, 20 adults received SC racemic ketamine infusion twice weekly for three weeks. "
         "Results: MADRS scores fell.", ["subcutaneous"]),
        ("Methods: Fifteen inpatients were treated with repeated intramuscular esketamine infusion sessions. "
         "Results: Eight remitted.", ["intramuscular"]),
        # the route word is named as what the treatment replaces: its infusion goes with it
        ("Methods: Thirty outpatients received oral ketamine daily for six weeks. Conclusions: Oral ketamine may be "
         "a practical alternative to IV ketamine infusions in clinics.", ["oral"]),
    ],
)
def test_an_infusion_named_by_another_route_is_that_route(text: str, expected: list[str]) -> None:
    assert _routes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list word between: the infusion is its own (intravenous) treatment
        ("Methods: Forty patients were randomised to oral ketamine or ketamine infusions over six weeks. "
         "Results: Both groups improved.", ["intravenous", "oral"]),
        ("Methods: Twenty patients received intranasal esketamine and then ketamine infusions. Results: Ten "
         "responded.", ["intravenous", "intranasal"]),
        # a bare infusion stays intravenous
        ("Methods: Twenty-four patients received six ketamine infusions (0.5 mg/kg over 40 min). Results: Twelve "
         "responded.", ["intravenous"]),
    ],
)
def test_an_infusion_after_a_list_word_stays_intravenous(text: str, expected: list[str]) -> None:
    assert _routes(text) == expected
