"""Design sentences: which sentences state this study's own design, with the designs of studies they cite removed."""

from __future__ import annotations

import re

from evidence.extract import lexicon
from evidence.extract.rules.design_names import without_design_names
from evidence.extract.rules.design_secondary import without_listed_meta_analyses
from evidence.extract.rules.design_self import EXCLUDED_KINDS_RE
from evidence.extract.rules.study import (
    CONTROLLED_DESIGN_RE,
    EARLIER_FINDING_RE,
    OWN_SENTENCE_RE,
    PLURAL_DESIGN_PHRASE_RE,
)
from evidence.extract.text import Sentence

# a design a phrase naming other studies in the plural lends this one by mistake
_CITED_DESIGN = re.compile(CONTROLLED_DESIGN_RE.pattern + r"|\bopen[- ]label\b", re.IGNORECASE)


def design_words_of_this_study(s: Sentence) -> str:
    """The sentence without the studies it names in the plural ("effective in randomized, placebo-controlled trials"),
    unless it speaks of this study; "meta-analyses" named as a kind of source ("trials, meta-analyses and reviews were
    included") goes in any sentence."""
    # (a reporting guideline's name, "... Systematic Reviews and Meta-Analyses", names no design of this study)
    text = without_design_names(without_listed_meta_analyses(s.text))
    if OWN_SENTENCE_RE.search(text):
        return text
    return PLURAL_DESIGN_PHRASE_RE.sub(
        # only a described design goes ("randomized, placebo-controlled trials"), not a bare count ("9 RCTs")
        # (or an open design: "repeated ketamine in open-label and saline-control studies suggested")
        lambda m: " " * len(m.group(0)) if _CITED_DESIGN.search(m.group(0).rsplit(None, 1)[0]) else m.group(0),
        text,
    )


def about_this_design(s: Sentence) -> bool:
    """Sentences that can state this study's design: not forward-looking ('RCTs are needed'), not about earlier
    reviews ('A recent meta-analysis showed'), not background unless they say 'we/this/here'."""
    if (
        lexicon.FORWARD_LOOKING_RE.search(s.text) or lexicon.EARLIER_REVIEW_RE.search(s.text)
        or EXCLUDED_KINDS_RE.search(s.text)
    ):
        return False
    own = bool(re.search(r"\b(?:we|our|this|here|present|current)\b", s.text, re.I))
    if (
        not own and s.section not in ("methods", "results")
        and EARLIER_FINDING_RE.search(s.text) and CONTROLLED_DESIGN_RE.search(s.text)
    ):
        # "A landmark randomized trial showed that ...": another study's controlled design (erring towards the
        # weaker design: a field "confirmed by real-world studies" still hints at this study's own kind); under a
        # Methods or Results heading the sentence tells this study's own work ("Meta-analysis results showed that")
        return False
    return s.section != "background" or own
