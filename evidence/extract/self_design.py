"""The design an abstract names for itself ("In this randomized trial", "We conducted a systematic review")."""

from __future__ import annotations

import re

from evidence.extract import lexicon
from evidence.extract.rules.design import DESIGN_RULES
from evidence.extract.rules.design_secondary import CONTROLLED_SOURCE_RE, SECONDARY_ANALYSIS_HEAD_RE
from evidence.extract.rules.design_self import (
    EXCLUDED_KINDS_RE,
    SELF_DESIGN_IT_RE,
    SELF_DESIGN_RE,
    SELF_DESIGN_START_RE,
)
from evidence.extract.text import Sentence

_RULES = [(d, re.compile(rx, re.IGNORECASE)) for d, rx in DESIGN_RULES]
# A sentence about this study (its aim, "we", "this study"): the "it" of the next sentence is the study.
_ABOUT_THIS_STUDY = re.compile(
    r"\b(?:we|our)\b|\b(?:this|the\s+present|the\s+current)\s+(?:study|trial|analysis|investigation)\b"
    r"|\b(?:aim|objective|purpose|goal)s?\s+(?:of|was|were|is)\b",
    re.IGNORECASE,
)
# Looking back at care already given: a study named so is a records study, whatever else its name says.
_LOOKED_BACK = re.compile(r"\bretrospective(?:ly)?\b", re.IGNORECASE)
# Designs of a study run on a plan, which a study that looks back cannot be.
_PROSPECTIVE_KINDS = ("open_label", "non_randomized")
_CASE_HEAD = re.compile(r"\bcase\s+(?:series|reports?)(?:\s+of\s.*)?$", re.IGNORECASE)
# the verb a design's name is told with ("A retrospective case series was performed", "a cohort study (N = 80) was
# conducted")
_DONE_TAIL = re.compile(
    r"(?:\s*\([^()]{0,80}\))?\s+(?:was|is|were|will\s+be|has\s+been)\s+(?:conducted|performed|carried\s+out|undertaken"
    r"|done|designed)$",
    re.IGNORECASE,
)
# a design named by how something was done ("with a crossover design", "using an open-label approach"), which a
# sentence about a cited trial may say too; and the study named as itself ("The current systematic review", "We ...")
_WEAK_NAME = re.compile(r"(?:using|with|in|through)\s", re.IGNORECASE)
_SELF_NAME = re.compile(r"(?:this|the\s+present|the\s+current|our|we)\s", re.IGNORECASE)
_OF_OBJECT = re.compile(r"\s+of\s+(?:[\w'-]+,?\s+){0,5}[\w'-]+")
# A design named for itself that another cue may make more precise: the randomized trial shown to be a crossover,
# the systematic review shown to pool, the open-label study shown to be randomized ("randomised open-label trial") or
# allocated by preference (non-randomized).
_REFINED_BY = {
    "rct": {"crossover_rct"},
    "systematic_review": {"meta_analysis"},
    "review": {"systematic_review", "meta_analysis", "case_series"},  # a case told "with a review of the literature"
    "open_label": {"rct", "crossover_rct", "non_randomized"},
}


def self_phrases(sentences: list[Sentence]) -> list[str]:
    """The phrases by which the abstract names its own design, in order."""
    out: list[str] = []
    for i, s in enumerate(sentences):
        if (
            lexicon.FORWARD_LOOKING_RE.search(s.text) or lexicon.EARLIER_REVIEW_RE.search(s.text)
            or EXCLUDED_KINDS_RE.search(s.text)
        ):
            continue
        # each name with what it is "of" ("this review of the medical records of ...": a records study, not a review)
        out.extend(s.text[m.start() : _with_object(s.text, m.end())] for m in SELF_DESIGN_RE.finditer(s.text))
        text = s.text.strip()
        if s.section == "methods" and (m := SELF_DESIGN_START_RE.match(text)):
            out.append(text[: _with_object(text, m.end())])
        # "It was a ... study" in the Methods, or in an abstract without headings right after a sentence about this
        # study ("We aimed to assess ... . It was a prospective study of ..."): the study being described
        about_it = s.section in ("methods", "results") or (
            s.section == "unknown" and i > 0 and bool(_ABOUT_THIS_STUDY.search(sentences[i - 1].text))
        )
        if about_it and (m := SELF_DESIGN_IT_RE.match(text)):
            out.append(text[m.start() : _with_object(text, m.end())])
    return out


def _with_object(text: str, end: int) -> int:
    """Where a design's name ends once its "of ..." complement (up to six words) is added."""
    m = _OF_OBJECT.match(text, end)
    return m.end() if m else end


def declared_design(sentences: list[Sentence]) -> str | None:
    """The design the abstract names for itself (its first own phrase that fires a design rule, refined by later
    ones), None when it names none."""
    design: str | None = None
    weak = False
    for phrase in self_phrases(sentences):
        # the head noun names the kind ("a retrospective case series" is a case series, not a records study)
        # (the head comes before its "of" complement: "a retrospective analysis of a case series of 70 patients" is
        # an analysis of records, "a case series of 12 patients" a case series)
        head, _, source = phrase.partition(" of ")
        head = _DONE_TAIL.sub("", head)  # "A retrospective case series was performed": the name before its verb
        head_case = _CASE_HEAD.search(head)
        d = "case_series" if head_case else next((d for d, rx in _RULES if rx.search(phrase)), None)
        if d in _PROSPECTIVE_KINDS and _LOOKED_BACK.search(head) and not CONTROLLED_SOURCE_RE.search(phrase):
            # "This retrospective single-arm trial": care already given, looked at afterwards (the single arm or the
            # open label describes that care), not a trial run on a plan - unless it analyses a randomized trial
            d = "observational"
        if d is None and SECONDARY_ANALYSIS_HEAD_RE.search(head) and CONTROLLED_SOURCE_RE.search(source):
            d = "rct"  # "Pooled analysis of three double-blind RCTs": an analysis of trials takes their design
        if d is not None and (design is None or d in _REFINED_BY.get(design, set())):
            design = d  # the first name the study gives itself, made more precise by a later one
            weak = bool(_WEAK_NAME.match(phrase))
        elif d is not None and weak and _SELF_NAME.match(phrase):
            # "... tested a single dose with a crossover design" (a design any sentence may describe) then "The current
            # systematic review": the study named as itself outranks a design named by "with a ... design"
            design, weak = d, False
    return design


def reconcile(declared: str | None, found: str) -> str:
    """What a study says about itself outranks a design word found elsewhere, unless that word refines it, or the
    study is still to be run (a protocol) - which a case report, told once the care was given, never is ("This case
    report ...; the team developed a protocol for the trial of ketamine")."""
    if declared == "case_series" and found == "protocol":
        return declared
    if declared is None or found == "protocol" or found in _REFINED_BY.get(declared, set()):
        return found
    return declared
