"""Cues that a paper reviews other work: the name of its reporting guideline, studies counted as included, and the
authors speaking about a field rather than a study of their own."""

from __future__ import annotations

import re

# The PRISMA guideline's full name ("Preferred Reporting Items for Systematic Reviews and Meta-Analyses (PRISMA-P)"):
# a checklist a review follows, whose title names meta-analyses whether or not the review pools anything.
REPORTING_GUIDELINE_RE = re.compile(
    r"\bPreferred\s+Reporting\s+Items\s+for\s+Systematic\s+Reviews?\s+and\s+Meta-?\s?Analys[ie]s"
    r"(?:\s+(?:Protocols?|extension\s+for\s+[\w-]+(?:\s+[\w-]+)?))?",
    re.IGNORECASE,
)
_COUNT = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
)
# Works counted as meeting a review's criteria ("Two studies met the inclusion criteria", "14 RCTs fulfilled the
# eligibility criteria"): the paper selected studies, it did not run one.
INCLUDED_STUDIES_RE = re.compile(
    r"\b" + _COUNT + r"\s+(?:[\w-]+\s+){0,2}?(?:studies|trials|RCTs|articles|papers|publications|reports)\s+"
    r"(?:(?:were\s+found\s+to\s+)?(?:met|meet|fulfill?ed|fulfil|satisf(?:ied|y)))\s+(?:the\s+|our\s+|all\s+)?"
    r"(?:pre-?(?:specified|defined)\s+)?(?:inclusion|eligibility|selection)\s+criteria\b",
    re.IGNORECASE,
)
# The authors speaking about a field, not reporting work of their own ("we believe that the time has come", "We
# suggest that further clinical experimentation ...", "here we present a novel insight arguing that", "we examine the
# evidence for", "This article expands on the existing research"): an opinion or overview's first person, which does
# not make the paper a study.
FIELD_SPEECH_RE = re.compile(
    r"\b(?:(?:here(?:in)?,?\s+)?we|the\s+authors|this\s+(?:article|paper|commentary|perspective|essay|chapter))\s+"
    r"(?:also\s+|further\s+|briefly\s+|critically\s+)?"
    r"(?:believe|suggest|propose|argue|contend|posit|think|feel|recommend|advocate|urge"
    r"|(?:examine|review|appraise|consider|summari[sz]e|discuss|outline)s?\s+(?:the\s+|current\s+|recent\s+|available\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:evidence|literature|research|data\s+on|arguments?|case\s+for|rationale|debate)"
    r"|expands?\s+on|articulates?"
    r"|presents?\s+(?:an?|our)\s+(?:[\w-]+\s+){0,2}?(?:insight|perspective|overview|view|viewpoint|opinion|framework"
    r"|argument|rationale|update|commentary))\b",
    re.IGNORECASE,
)
