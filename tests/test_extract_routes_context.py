"""A route word that is not a route this study gave ketamine by (issue 21): none found, an alternative to it, a
licensing fact, future work. Paraphrases written by the team; evidence/extract/route_context.py."""

from __future__ import annotations

import pytest

from evidence.extract.route_context import route_not_given

NOT_GIVEN = [
    ("No RCTs for intramuscular (IM) ketamine were identified.", "intramuscular"),
    ("No RCTs for intramuscular (IM) ketamine were identified.", "IM"),
    ("Future studies on IM/oral/sublingual ketamine are warranted.", "oral"),
    ("We found no trials of subcutaneous ketamine in adolescents.", "subcutaneous"),
    ("Trials of oral ketamine were found; however, none of these reported remission.", "oral"),
    ("Trials were found for oral ketamine, however, none of them reported suicidal ideation.", "oral"),
    ("Intranasal ketamine may be a practical alternative to IV infusion.", "IV"),
    ("In 2019, an esketamine nasal spray was approved for depression.", "nasal"),
    ("Future studies on sublingual ketamine are needed.", "sublingual"),
]
GIVEN = [
    ("Forty patients were randomized to intranasal esketamine or placebo.", "intranasal"),
    ("Intranasal ketamine may be a practical alternative to IV infusion.", "Intranasal"),
    ("No patients receiving intravenous ketamine discontinued.", "intravenous"),
    ("We found no evidence that oral ketamine was inferior.", "oral"),
    ("Patients received intravenous ketamine; no trials of oral dosing were identified.", "intravenous"),
]


def _at(sentence: str, word: str) -> tuple[int, int]:
    a = sentence.index(word)
    return a, a + len(word)


@pytest.mark.parametrize(("sentence", "word"), NOT_GIVEN)
def test_route_not_given(sentence: str, word: str) -> None:
    assert route_not_given(sentence, *_at(sentence, word))


@pytest.mark.parametrize(("sentence", "word"), GIVEN)
def test_route_given(sentence: str, word: str) -> None:
    assert not route_not_given(sentence, *_at(sentence, word))
