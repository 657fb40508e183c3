"""How an abstract names its own design, and sentences whose design words are other works'."""

from __future__ import annotations

import re

# A noun phrase by which the abstract names its OWN design ("In this randomized, double-blind trial", "We conducted a
# systematic review", "Using an open-label design", "A retrospective review of ..." opening its Methods, "This was a
# cohort study"): what a study says about itself outranks design words about the work it cites, includes or excludes.
# describing words only: no article, preposition or verb ("In this context, a randomized trial is needed" names none)
_SELF_MODS = (
    r"(?:(?!(?:an?|the|of|in|on|to|for|with|from|by|at|as|is|are|was|were|be|been|has|have|had|that|which|who|we|our"
    r"|it|its|this|these|those|not|no)\b)[\w/-]+,?\s+(?:and\s+|or\s+)?){0,8}?"
)
_SELF_HEAD = (
    r"(?:case\s+series|case\s+reports?|study|trial|RCT|review|meta-?analysis|analysis|design|report|series|audit"
    r"|evaluation|survey|investigation|cohort|experiment)\b(?!-)"
)
SELF_DESIGN_RE = re.compile(
    # (first: the study said to be a kind, "This study is a retrospective chart review", "The present trial was a ...",
    # before "This study" alone takes the place)
    r"\b(?:this|the\s+present|the\s+current|our)\s+(?:study|trial|work|research|analysis|investigation|project)"
    r"(?:\s+design)?\s+(?:is|was|represents|constitutes)\s+an?\s+" + _SELF_MODS + _SELF_HEAD
    + r"|\b(?:this|the\s+present|the\s+current|our)\s+" + _SELF_MODS + _SELF_HEAD
    + r"|\bwe\s+(?:here\s+)?(?:conducted|performed|carried\s+out|undertook|report|present|describe|designed|ran)\s+"
    r"(?:an?|the)\s+" + _SELF_MODS + _SELF_HEAD
    + r"|\b(?:using|with|in|through)\s+an?\s+" + _SELF_MODS + r"(?:design|approach|fashion)\b"
    # (its size or registration in brackets between: "A randomized trial (N = 99) was conducted")
    + r"|\ban?\s+" + _SELF_MODS + _SELF_HEAD + r"(?:\s*\([^()]{0,80}\))?\s+(?:was|is|will\s+be|has\s+been)\s+"
    r"(?:conducted|performed"
    r"|carried\s+out|undertaken|done|designed)\b"
    + r"|\bthis\s+(?:is|was)\s+an?\s+" + _SELF_MODS + _SELF_HEAD,
    re.IGNORECASE,
)
# The study named by "it" in its Methods ("It was an observational/descriptive study done in ..."): outside the
# background, "it" is the study being described (read in sentences of the methods or results only).
# ... or by its name ("The REAL-ESK study is an observational, retrospective study", "KetECT was a randomised trial"),
# which in the Methods is the study being described (or the trial a secondary analysis takes its design from)
SELF_DESIGN_IT_RE = re.compile(
    r"^\s*(?:it|(?:the\s+)?(?-i:[A-Z][\w-]*[A-Z][\w-]*)(?:\s+(?:study|trial))?)\s+(?:is|was)\s+an?\s+" + _SELF_MODS
    + _SELF_HEAD,
    re.IGNORECASE,
)
# The same name opening a Methods sentence, with no verb before it ("Retrospective review of PHQ-9 scores in ...",
# "Prospective, randomized, double-blind trial."): up to four describing words, then the design's noun.
SELF_DESIGN_START_RE = re.compile(
    r"^(?:an?\s+)?(?:(?!(?:were|was|is|are|been|be|an?|the|after|before|following|during|in|of|for|with|to|from|by|on"
    r"|at|as|our|their|its)\b)[\w/-]+,?\s+(?:and\s+)?){1,4}?"
    r"(?:study|trial|review|analysis|audit|evaluation|cohort|case\s+series)\b"
    r"(?=\s+(?:of|in|at|among|with|using|to|from|was|is)\b|\s*[.,:;]|\s*$)",
    re.IGNORECASE,
)
# A sentence naming the kinds of studies a review left out ("We excluded neuroimaging studies, meta-analyses, reviews
# and case reports"): the designs it lists are other works', never this one's.
_OTHER_KINDS = (
    r"(?:meta-?analyses|reviews|case\s+reports|case\s+series|editorials|commentaries|letters|conference\s+abstracts"
    r"|(?:animal|preclinical|observational|open-label|uncontrolled|retrospective|non-?randomi[sz]ed|neuroimaging)\s+"
    r"(?:studies|trials))"
)
EXCLUDED_KINDS_RE = re.compile(
    r"\bexclu(?:ded|sion|ding)\b[^.]{0,120}?\b" + _OTHER_KINDS + r"\b"
    # ... or the reviews an overview of reviews took in ("We included systematic reviews with meta-analyses of RCTs")
    r"|\binclu(?:ded|ding|sion\s+of)\s+(?:(?:only|all|published)\s+)?(?:systematic\s+reviews|meta-?analyses|reviews)\b"
    r"|\b" + _OTHER_KINDS + r"\b[^.]{0,120}?\b(?:were|was)\s+(?:also\s+)?excluded\b",
    re.IGNORECASE,
)
# A letter to the editor: with no design of its own named and no case told, it is a comment ("other"); the designs it
# names are those of the work it answers.
# (its salutation alone opens some: "Sir," / "Dear Sirs,", as Indian and British journals print them)
LETTER_RE = re.compile(
    r"^\W*(?:to\s+the\s+editor|dear\s+(?:sirs?|editors?|madam)|sirs?\s*[,:])", re.IGNORECASE
)
# The abstract calls itself a study or trial ("The study comprised 25 patients", "The aim of this study was",
# "participated in the trial"): a planned study, not a report of cases (read only when no design word fired).
SELF_STUDY_RE = re.compile(
    r"\b(?:the|this|our|present|current)\s+(?:study|trial|investigation|project)\s+(?:comprised|included|enrolled|involved|recruited"
    r"|consisted\s+of|population|sample|group|aimed|was\s+(?:designed|conducted|performed|carried\s+out))\b"
    r"|\b(?:aims?|objectives?|purposes?|goals?)\s+of\s+(?:the\s+|this\s+|our\s+|the\s+present\s+)?(?:study|trial"
    r"|investigation|project)\b"
    r"|\b(?:participated|took\s+part|were\s+enrolled|were\s+included)\s+in\s+(?:the|this|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:study|trial|investigation|project)\b",
    re.IGNORECASE,
)
# ... unless it tells care it gave, not a plan it ran ("our experience with 15 patients", "the cases of 12 patients")
REPORT_OF_CARE_RE = re.compile(
    r"\b(?:our|clinical|initial|early|preliminary)\s+(?:clinical\s+)?experience\b|\bcases\b", re.IGNORECASE
)
