"""Round C (AE/onset helper): web text's decimals broken by a space ('0. 5 mg/kg', 'p = 0. 036')."""

from __future__ import annotations

import pytest

from evidence.extract import lexicon
from evidence.extract.abstract import extract_abstract
from evidence.extract.text import split_sentences


@pytest.mark.parametrize(
    ("text", "n_sentences"),
    [
        ("Patients got esketamine 0. 25 mg/kg over 40 min. Scores fell (p = 0. 012).", 2),
        ("The mean score dropped from 31. 50 to 18. 25 after 0. 5 mg/kg of ketamine. Nobody withdrew.", 2),
        ("Ten adults were enrolled (age 41. 2 years); the dose was 0. 75 mg/kg. Two had nausea.", 2),
    ],
)
def test_a_decimal_broken_by_a_space_does_not_end_a_sentence(text: str, n_sentences: int) -> None:
    assert len(split_sentences(lexicon.normalise_text(text))) == n_sentences


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("ketamine 0. 5 mg/kg", "ketamine 0.5  mg/kg"),
        ("score 36. 66 with p = 0. 036.", "score 36.66  with p = 0.036 ."),
        ("(0. 2 mg/kg) and 12. 5%", "(0.2  mg/kg) and 12.5 %"),
    ],
)
def test_broken_decimals_are_mended_in_place(text: str, mended: str) -> None:
    out = lexicon.normalise_text(text)
    assert out == mended
    assert len(out) == len(text)  # spans still index the caller's text


@pytest.mark.parametrize(
    "text",
    [
        # no '0. d' anywhere: an ordinary sentence end before a number stays one
        "The trial ended in 2019. 45 patients were followed up.",
        "Scores improved by week 12. 30 patients responded.",
        "We enrolled 60 adults. 12 dropped out.",
    ],
)
def test_ordinary_sentence_ends_before_a_number_are_kept(text: str) -> None:
    assert lexicon.normalise_text(text) == text
    assert len(split_sentences(text)) == 2


def test_the_dose_of_a_broken_decimal_is_read_whole() -> None:
    text = ("Twelve adults with depression received ketamine (0. 5 mg/kg over 40 min). "
            "Depression scores fell after the infusion (p = 0. 02).")
    doses = extract_abstract(text)["doses"]
    assert [d["mg_per_kg"] for d in doses] == [0.5]


def test_an_arm_label_from_a_mended_decimal_has_single_spaces() -> None:
    """The mend keeps the text's length ('0.5  mg'); the arm label a reader sees must not carry the doubled space."""
    text = ("Forty patients with treatment-resistant depression were randomized to ketamine 0. 5 mg/kg or midazolam. "
            "Response rates at 24 hours were 64% with ketamine 0. 5 mg/kg and 28% with midazolam (p = 0. 006).")
    arms = {f["arm"] for f in extract_abstract(text)["findings"]}
    assert "ketamine 0.5 mg/kg" in arms and not any("  " in str(a) for a in arms)
