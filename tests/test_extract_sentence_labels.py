"""Sentence ends after an arm's or phase's letter ('... in group B. Group A received ketamine'): a capital after a
group word is a label, not an initial, so the next sentence's arm is not joined to the last one's."""

from __future__ import annotations

import pytest

from evidence.extract.text import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patients were randomized to group A or group B. Group A received ketamine.",
         ["Patients were randomized to group A or group B.", "Group A received ketamine."]),
        ("Saline was given in Group B. Depression scores fell in both groups.",
         ["Saline was given in Group B.", "Depression scores fell in both groups."]),
        ("Responders entered phase C. Relapse was rare.", ["Responders entered phase C.", "Relapse was rare."]),
        ("The drug was started in arm B. Twelve patients completed the study.",
         ["The drug was started in arm B.", "Twelve patients completed the study."]),
        ("Participants crossed over in period B. No carry-over was seen.",
         ["Participants crossed over in period B.", "No carry-over was seen."]),
    ],
)
def test_a_label_letter_after_a_group_word_ends_the_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ketamine was first studied by J. Smith and colleagues.",   # an author's initial
        "The sample was described by Zarate C. A. in 2006.",         # initials after a surname
        "Patients took vitamin B. Complex supplements were allowed.",  # no group word before the letter
    ],
)
def test_an_initial_without_a_group_word_keeps_the_sentence_whole(text: str) -> None:
    assert len(split_sentences(text)) == 1
