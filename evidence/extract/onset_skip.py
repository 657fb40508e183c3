"""Onset skip: the sentences that cannot state this study's onset (background, methods, claims about the field)."""

from __future__ import annotations

from evidence.extract.rules import onset_evidence as evidence_rules
from evidence.extract.rules import onset_significance
from evidence.extract.rules.tense import PAST_FINITE_RE
from evidence.extract.text import Sentence, is_background, leading_background


def skipped(sentences: list[Sentence]) -> set[int]:
    """Indices of sentences that cannot state this study's onset: background, methods, aims, the opening about the
    field, and the conclusions when there are results (they restate them in looser words, 'within 24 hours')."""
    skip = {"background", "methods", "objective"}
    if any(s.section == "results" for s in sentences):
        skip.add("conclusions")
    intro = leading_background(sentences)
    return {k for k, s in enumerate(sentences) if s.section in skip or k in intro or _about_the_field(s)}


def _about_the_field(s: Sentence) -> bool:
    """A sentence about earlier work or the disease; under a Results heading only one that names earlier work ('as
    previous studies have shown'): 'the prevalence of depression was significantly lower in group S' is a result."""
    if s.section == "results":
        return bool(evidence_rules.ONSET_OTHER_WORK.search(s.text))
    return is_background(s) or _present_claim(s.text)


def _present_claim(s: str) -> bool:
    """A present-tense claim about what the drug does in general ('ketamine produces a rapid effect within 24 hours'),
    with no past-tense verb, no word tying it to this study and no p value: not this study's result."""
    # (a p value reports data, whatever the tense: "ketamine is superior to placebo at 24 h (p = .01)")
    return bool(onset_significance.ONSET_PRESENT_CLAIM.search(s)) and not (
        PAST_FINITE_RE.search(s) or onset_significance.ONSET_THIS_STUDY.search(s)
        or evidence_rules.ONSET_P_VALUE.search(s))
