"""Sentence roles for rates: which sentences can report this study's own results (not background, aims or methods)."""

from __future__ import annotations

from evidence.extract import lexicon
from evidence.extract.mentions import clause_of
from evidence.extract.rules.modality import HYPOTHETICAL_RE
from evidence.extract.rules.tense import INTERIM_REPORT_RE
from evidence.extract.text import Sentence, is_background, leading_background

_NOT_RESULTS = ("background", "objective", "methods")


def result_sentences(sentences: list[Sentence], review: bool = False) -> set[int]:
    """Indices of sentences that may state this study's results (a review's: its pooled results, which are the other
    studies' rates, so only its background is left out).

    A structured abstract states them under its results (or conclusions) heading, never under its background,
    objective or methods headings. In any abstract, a sentence about the field is no result: an opening before the
    first sentence about this study, a sentence citing other work or set in other studies ("in randomized trials"),
    and a statement in the present tense outside the results ("only a third of patients remit") - this study's
    results are told in the past tense, except after an interim report of its own sample ("Currently, ten
    participants have completed the infusions. The overall response rate is 40%").
    """
    structured = any(s.section == "results" for s in sentences)
    intro = leading_background(sentences)
    interim = next((k for k, s in enumerate(sentences) if INTERIM_REPORT_RE.search(s.text)), len(sentences))
    out: set[int] = set()
    for k, s in enumerate(sentences):
        if k in intro or is_background(s):
            continue
        if review:
            out.add(k)
            continue
        if structured and s.section in _NOT_RESULTS:
            continue
        if lexicon.CITATION_RE.search(s.text) or lexicon.OTHER_STUDIES_RE.search(s.text):
            continue
        if s.section != "results" and k < interim and _generic_present(s.text):
            continue
        out.add(k)
    return out


def _generic_present(text: str) -> bool:
    """A present-tense statement with no past-tense finite verb: about patients in general, not this study's."""
    return bool(lexicon.GENERIC_PRESENT_RE.search(text)) and not lexicon.PAST_FINITE_RE.search(text)


def hypothetical_clause(s: str, pos: int) -> bool:
    """The ';'-clause holding pos says what was expected, assumed or planned ('we hypothesize that response rates will
    be 60%', 'assuming a response rate of 50%'), not what this study found."""
    return bool(HYPOTHETICAL_RE.search(clause_of(s, pos)))
