"""Abstract text -> sentences with exact character spans and the structured-abstract section each belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.extract import lexicon
from evidence.extract.headings import BARE_HEADING_RE, SLASHED_HEADING_RE, bare_heading_layout, heading_class


@dataclass(frozen=True)
class Sentence:
    """One sentence: text[start:end] of the original input, and its section class (background/methods/...)."""

    start: int
    end: int
    text: str
    section: str


# Abbreviations whose period does not end a sentence (a capital's only as an initial: the last letter of a hyphenated
# abbreviation, 'HAM-D.', 'CGI-SS-R.', ends one).
_ABBREV = re.compile(r"(?:\b(?:vs|v|e\.g|i\.e|al|approx|no|Dr|Fig|ca|cf|resp|yrs?|incl|min|max)|(?<![-‐])\b[A-Z])\.$")
# ... but a unit after a number ends one when a capital follows ("rated at 40 min. Both doses ...").
_UNIT_END = re.compile(r"\d\s?min\.$")
# ... and so does an arm's or phase's letter ("... were given saline in group B. Group A received ketamine"): a capital
# after a group word is a label, not an initial.
_LABEL_END = re.compile(r"\b(?i:groups?|arms?|cohorts?|conditions?|phases?|periods?|stages?|parts?)\s+[A-Z]\.$")
_HEADING_WORDS = sorted(lexicon.SECTION_CLASSES, key=len, reverse=True)
_INLINE_HEADING = re.compile(
    # (a heading that is the whole segment may end in a period: "Methods." on its own before "The study comprised")
    r"^\s*(?P<h>" + "|".join(re.escape(h) for h in _HEADING_WORDS)
    + r")(?:\s*:|[ \t]*\n\s*(?=(?-i:[A-Z0-9(]))|\.?\s*$)",
    re.IGNORECASE,
)
# (the glued word may be the article "A": "MethodsA total of 60 patients")
_GLUED_HEADING = re.compile(
    r"^\s*(?P<h>" + "|".join(re.escape(h) for h in lexicon.GLUED_HEADINGS) + r")(?=[A-Z][a-z]|A\s)")
# Upper-case headings written mid-line: "... after the start of the trial RESULTS: General linear model".
_CAPS_HEADING = re.compile(
    r"(?<=\S)\s+(?=(?:BACKGROUND|OBJECTIVES?|METHODS?|RESULTS|CONCLUSIONS?|LIMITATIONS|AIMS?|DESIGN|FINDINGS"
    r"|CASE\s+(?:REPORTS?|PRESENTATION|DESCRIPTION|SUMMARY))\b:?\s)"
)
# A main heading with its colon run into the text after a sentence that lost its full stop ("... after cesarean
# delivery Methods:In a randomized ..."; "... for catatonia., Methods: We searched"; "... NCT01234567.Results:Forty"),
# not the end of a joined heading ("Patients and Methods:").
_RUN_IN_HEADING = re.compile(
    r"(?:(?<![.:\s])(?<!\band)(?<!&)[ \t,;]*[ \t]|(?<=\d\.))(?=(?:Background|Introduction|Objectives?|Aims?|Purpose"
    r"|Methods?|Results|Findings|Conclusions?|Discussion):)"
)


def _boundaries(text: str) -> list[int]:
    """Offsets where a new sentence starts."""
    cuts = {0}
    for m in re.finditer(r"[.!?](?:[\"')\]]*)(\s+)(?=[\"'(\[]?[A-Z0-9∼~≥<>])", text):
        head = text[max(0, m.start() - 8) : m.start() + 1]
        if _ABBREV.search(head) and not _UNIT_END.search(head) and not _LABEL_END.search(
            text[max(0, m.start() - 16) : m.start() + 1]
        ):
            continue
        cuts.add(m.end())
    for m in re.finditer(r"\n\s*\n\s*", text):
        cuts.add(m.end())
    # A line that is only a heading ("Results", "Methods/Procedures") stands alone.
    for m in re.finditer(r"(?m)^[ \t]*([A-Z][A-Za-z ,'/]{2,40}?):?[ \t]*\n", text):
        if m.group(1).strip().lower() in lexicon.SECTION_CLASSES:
            cuts.add(m.start(1))
            cuts.add(m.end())
    # Glued sentence ends: "symptoms.AimsEvaluation", "established.To assess".
    for m in re.finditer(r"(?<=[a-z)\]])\.(?=[A-Z][a-z])", text):
        cuts.add(m.end())
    for m in re.finditer(r"(?<=[a-z])(?=(?:Aims|Objective|Results|Conclusions|Methods)[A-Z][a-z])", text):
        cuts.add(m.start())
    for m in _CAPS_HEADING.finditer(text):
        cuts.add(m.end())
    for m in _RUN_IN_HEADING.finditer(text):
        cuts.add(m.end())
    for m in re.finditer(r"(?<=[.:])\s+(?=[A-Z][a-z]+(?:/[A-Z][a-z]+)?\s*:\s)", text):
        cuts.add(m.end())
    return sorted(c for c in cuts if 0 <= c <= len(text))


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of an abstract with exact spans (text[start:end] == sentence text, whitespace trimmed)."""
    if not text:
        return []
    cuts = _boundaries(text) + [len(text)]
    out: list[Sentence] = []
    section = "unknown"
    spans = [_trimmed(text, a, b) for a, b in zip(cuts, cuts[1:], strict=False)]
    # headings printed bare ("Methods Thirty-five ...") count only in an abstract laid out so
    bare = bare_heading_layout([text[a:b] for a, b in spans])
    for start, end in spans:
        if end <= start:
            continue
        body = text[start:end]
        h = (
            _INLINE_HEADING.match(body) or _GLUED_HEADING.match(body) or SLASHED_HEADING_RE.match(body)
            or (BARE_HEADING_RE.match(body) if bare else None)
        )
        if h and (cls := heading_class(h.group("h"))) is not None:
            section = cls
            rest = body[h.end() :]
            skip = len(rest) - len(rest.lstrip())
            start = start + h.end() + skip
            if start >= end:
                continue
            body = text[start:end]
        for a2, b2 in _chunks(text, start, end):
            out.append(Sentence(a2, b2, text[a2:b2], section))
    return _without_record_label(out)


def _without_record_label(sentences: list[Sentence]) -> list[Sentence]:
    """A background heading that no other heading follows, over a whole abstract of four sentences or more (a thesis or
    repository record that prints its abstract under one 'Background' field label), is a label, not a section: the
    aims, methods and results under it are no background, so the sentences are left unsectioned."""
    sections = {s.section for s in sentences}
    if "background" not in sections or not sections <= {"background", "unknown"}:
        return sentences
    if sum(s.section == "background" for s in sentences) < 4:
        return sentences
    return [Sentence(s.start, s.end, s.text, "unknown") for s in sentences]


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """text[a:b] without its leading and trailing whitespace, as offsets (end <= start when nothing is left)."""
    seg = text[a:b]
    return a + len(seg) - len(seg.lstrip()), a + len(seg.rstrip())


MAX_SENTENCE = 800


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a run-on 'sentence' (no full stops, e.g. a table pasted as text) at '; ', ', ' or a space so each piece
    stays under MAX_SENTENCE characters; per-sentence rules are then linear in the length of the input."""
    out: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        window = text[start : start + MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "))
        if cut < MAX_SENTENCE // 2:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = MAX_SENTENCE - 1
        out.append((start, start + cut + 1))
        start += cut + 1
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def is_background(sentence: Sentence) -> bool:
    """True for sentences about earlier work or the field, not this study."""
    if lexicon.AIM_SENTENCE_RE.search(sentence.text):
        return False
    return sentence.section == "background" or bool(lexicon.BACKGROUND_SENTENCE_RE.search(sentence.text))


# A sentence about this study: its aim, "we"/"our", "this study", or what was done to its participants (past tense).
_THIS_STUDY_RE = re.compile(
    r"\b(?:we|our)\b|\b(?:this|the\s+present|the\s+current)\s+(?:[\w-]+\s+){0,3}?(?:study|trial|report|analysis"
    r"|review|paper|article|series|work|investigation)\b|\bhere\b|\b(?:aim|objective|purpose|goal)s?\b"
    r"|\b(?:were|was)\s+(?:randomi[sz]ed|randomly|enrolled|recruited|included|treated|given|administered|assessed"
    r"|evaluated|followed|reviewed|analy[sz]ed|identified|assigned|allocated)\b|\b(?:received|underwent|completed)\b",
    re.IGNORECASE,
)


# a first word in lower case (not a symbol such as "pKa" or "mGluR5"): the text starts in the middle of a sentence
_CUT_START_RE = re.compile(r"[a-z]{2,}\b")
# ... and it reports counts or a test ("11/15 (73.3%)", "8 of 20", "p = 0.008"), not a field's lower-case opening
_COUNTED_RESULT_RE = re.compile(r"\b\d+\s*/\s*\d+\b|\b\d+\s+of\s+\d+\b|\b[pP]\s*[=<>≤]\s*0?\.\d")


def leading_background(sentences: list[Sentence]) -> set[int]:
    """Indices of an unstructured abstract's opening sentences about the field (rates of other studies, the burden
    of depression) before the first sentence about this study; empty when no sentence is about this study."""
    out: set[int] = set()
    if sentences and _CUT_START_RE.match(sentences[0].text) and _COUNTED_RESULT_RE.search(sentences[0].text):
        return out  # a text cut mid-sentence in its results ("groups versus placebo with 11/15 ..."): no opening
    for i, s in enumerate(sentences):
        if s.section not in ("unknown", "background") or _THIS_STUDY_RE.search(s.text):
            return out
        out.add(i)
    return set()
