"""Curators' and registries' words map onto the vocabularies; unknown words fail loudly."""

from __future__ import annotations

import pytest

from evidence import vocab


@pytest.mark.parametrize(("word", "route"), [
    ("IV", "intravenous"), ("infusion", "intravenous"), ("nasal spray", "intranasal"), ("IM", "intramuscular"),
    ("SC", "subcutaneous"), ("sublingual", "sublingual"), ("oral", "oral"), ("", "unspecified"),
])
def test_routes(word: str, route: str) -> None:
    assert vocab.normalise_route(word) == route


@pytest.mark.parametrize(("word", "design"), [
    ("RCT", "rct"), ("crossover RCT", "crossover_rct"), ("open-label", "open_label"), ("case series", "case_series"),
    ("meta-analysis", "meta_analysis"), ("systematic review", "systematic_review"), ("observational", "observational"),
])
def test_designs(word: str, design: str) -> None:
    assert vocab.normalise_design(word) == design


@pytest.mark.parametrize(("word", "drug"), [
    ("esketamine", "esketamine"), ("S-ketamine", "esketamine"), ("arketamine", "arketamine"),
    ("ketamine", "ketamine"), ("midazolam", "other"), ("placebo", "other"),
])
def test_drugs(word: str, drug: str) -> None:
    assert vocab.normalise_drug(word) == drug


@pytest.mark.parametrize(("text", "cls"), [
    ("saline", "placebo"), ("placebo (plus oral antidepressant)", "placebo"),
    ("midazolam (active placebo)", "midazolam"),
    ("ECT (modified ECT)", "ect"), ("propofol (ECT anaesthetic)", "active_drug"), ("none (single-arm)", "none"),
    ("active drug (quetiapine extended release)", "active_drug"), ("single vs multiple infusions", "ketamine_regimen"),
    ("", "unknown"),
])
def test_comparator_classes(text: str, cls: str) -> None:
    assert vocab.classify_comparator(text) == cls


def test_unknown_words_fail_loudly() -> None:
    with pytest.raises(vocab.VocabularyError, match="unknown route 'transdermal'"):
        vocab.normalise_route("transdermal")
    with pytest.raises(vocab.VocabularyError, match="unknown population"):
        vocab.normalise_population("cats")


def test_split_multi() -> None:
    assert vocab.split_multi("TRD;MDD") == ["TRD", "MDD"]
    assert vocab.split_multi("a | b") == ["a", "b"]
    assert vocab.split_multi(None) == []
