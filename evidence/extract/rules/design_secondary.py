"""An analysis of trials already run ("In this post hoc analysis, data from two phase 3 trials were analyzed",
"Patient-level data from two phase 3 studies were pooled"): with no design word of its own, it takes the design of
the trials it re-analyses, not a default read from its sample or its pooled statistics."""

from __future__ import annotations

import re

# The study's data come from elsewhere: a secondary / pooled / post hoc analysis, pooled or patient-level data, data
# "from" named studies, or "this analysis" (a paper that calls itself only an analysis).
REANALYSIS_RE = re.compile(
    r"\b(?:post[- ]?hoc|secondary|pooled|exploratory|ancillary|this|the\s+present|the\s+current)\s+"
    r"(?:[\w-]+\s+)?analys[ie]s\b"
    r"|\b(?:pooled|patient-level|individual[- ](?:patient|participant)(?:-level)?)\s+data\b"
    r"|\bdata\s+(?:were\s+|was\s+)?(?:derived\s+|drawn\s+|obtained\s+)?from\s+(?!(?:the\s+)?(?:medical|electronic"
    r"|health|clinical|hospital|patient)\b)",
    re.IGNORECASE,
)
# ... whose source is a controlled trial ("two 4-week, randomized, active-controlled studies", "3 double-blind [DB]
# studies") ...
CONTROLLED_TRIAL_SOURCE_RE = re.compile(
    r"\b(?:randomi[sz]ed|double-?blind(?:ed)?|(?:placebo|active|sham)[- ]?controlled)\b(?:[^.;]{0,80}?)"
    r"\b(?:trials?|stud(?:y|ies)|RCTs?)\b|(?-i:\bRCTs?\b)",
    re.IGNORECASE,
)
# ... or a phase 2-4 trial ("two pivotal phase 3 trials") whose arms the abstract shows compared with a placebo or an
# active control (a long-term phase 3 study may be open-label, one arm) ...
PHASE_TRIAL_SOURCE_RE = re.compile(
    r"\b(?:pivotal|phase\s+(?:[234]|II|III|IV)[ab]?)\b(?:[^.;]{0,80}?)\b(?:trials?|stud(?:y|ies))\b", re.IGNORECASE
)
CONTROL_ARM_RE = re.compile(
    r"\bplacebo\b|\bPBO\b|\b(?:active[- ]control|comparator)\b|\bcontrol\s+(?:arms?|groups?)\b", re.IGNORECASE
)
# ... and nothing of a literature search, an open or naturalistic source, or care looked at afterwards (a review
# of trials, or a post hoc analysis of an open-label study, is not this).
NOT_TRIAL_REANALYSIS_RE = re.compile(
    r"\b(?:search(?:ed|es)?|databases?(?!\s+record)|PubMed|MEDLINE|Embase|Cochrane|eligible|systematic(?:ally)?|included"
    r"\s+(?:studies|trials|RCTs)|(?:studies|trials|RCTs)\s+(?:were|was)\s+included|literature|meta-?analy\w*"
    r"|open[- ]label|naturalistic|observational|retrospective|real[- ]world|registry|charts?"
    r"|(?:medical|health|electronic|patient|clinical|hospital)\s+records?)\b",
    re.IGNORECASE,
)
# A crossover source ("a post hoc analysis of a randomized crossover trial"): the re-analysis is a crossover RCT.
CROSSOVER_SOURCE_RE = re.compile(r"\bcross-?over\b", re.IGNORECASE)

# Kinds of publication a review lists as its sources or its reporting standard names ("clinical trials,
# meta-analyses, and systematic reviews were included", "randomized trials and meta-analyses", "Preferred Reporting
# Items for Systematic Reviews and Meta-Analyses"): a kind the paper read, not the analysis it ran ("We performed
# meta-analyses" stays).
_PUBLICATION_KIND = (
    r"(?:(?:randomi[sz]ed|clinical|controlled|cohort|observational|published)\s+){0,2}(?:trials|RCTs|studies"
    r"|reviews|case\s+(?:series|reports)|reports|articles|guidelines)"
)
_SOURCE_KIND_RE = re.compile(r"\b(?:meta-?analyses|systematic\s+reviews)\b", re.IGNORECASE)
_LIST_SEP = r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_KIND_BEFORE_RE = re.compile(
    r"\b(?:trials|RCTs|studies|reviews|reports|series|articles|guidelines|meta-?analyses)" + _LIST_SEP + r"$",
    re.IGNORECASE,
)
_KIND_AFTER_RE = re.compile(_LIST_SEP + r"(?:" + _PUBLICATION_KIND + r"|meta-?analyses)\b", re.IGNORECASE)


def without_listed_meta_analyses(text: str) -> str:
    """The text with each "meta-analyses" or "systematic reviews" named as a kind of source blanked (same length)."""
    out = text
    for m in _SOURCE_KIND_RE.finditer(text):
        if _KIND_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()) or _KIND_AFTER_RE.match(text, m.end()):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


# A review that calls itself narrative ("A narrative literature review was conducted using PubMed"): its search of
# databases does not make it systematic; one that also names a systematic review or pooling of its own does.
NARRATIVE_REVIEW_RE = re.compile(r"\bnarrative\s+(?:literature\s+)?(?:review|overview)\b", re.IGNORECASE)
SYSTEMATIC_NAMED_RE = re.compile(
    r"\bsystematic(?:ally)?\s+review|\bmeta-?analy(?:sis|tic)|(?-i:PRISMA)|\bscreened\b|\bflow\s+diagram"
    r"|\bincluded\s+\d+\s+(?:[\w-]+\s+)?(?:studies|articles|trials|papers|records|reports)\b|\bsearched\b"
    r"|\b(?:\d+|[a-z]+)\s+(?:studies|articles|trials|papers|records)\s+(?:were|met)\s+(?:included|eligible)\b",
    re.IGNORECASE,
)

# In the study's own design phrase (self_design.py): an analysis of other trials' data ("Post hoc analysis of",
# "a pooled analysis of") ...
SECONDARY_ANALYSIS_HEAD_RE = re.compile(
    r"\b(?:post[- ]hoc|secondary|pooled|exploratory|ancillary|subgroup)\s+(?:[\w-]+\s+)?analys[ie]s$", re.IGNORECASE
)
# ... whose trials are randomized or controlled ("of three double-blind RCTs", "of two randomized trials")
CONTROLLED_SOURCE_RE = re.compile(
    r"\brandomi[sz]ed|\bdouble-?blind|\bplacebo-?controlled|(?-i:\bRCTs?\b)", re.IGNORECASE
)
# The abstract calls itself a post hoc or secondary analysis ("This post hoc study assessed", "This post-hoc analysis
# used PHQ-9 data") ...
OWN_POST_HOC_RE = re.compile(
    r"\b(?:this|the\s+present|the\s+current|our)\s+(?:post[- ]?hoc|secondary)\s+(?:[\w-]+\s+)?(?:analys[ie]s|study)\b",
    re.IGNORECASE,
)
# ... and compares the drug's arm with a placebo arm ("esketamine+AD vs. placebo+AD", "compared with those treated with
# placebo plus AD"): the trial it re-analyses was placebo-controlled, and its design is that trial's.
PLACEBO_ARM_COMPARED_RE = re.compile(
    r"\b(?:vs\.?|versus|compared\s+(?:with|to))\s+(?:(?:those|patients|participants)\s+(?:treated\s+with|given|"
    r"receiving)\s+)?(?:the\s+)?placebo\b|\bplacebo\s*(?:\+|plus)\s*\w",
    re.IGNORECASE,
)
