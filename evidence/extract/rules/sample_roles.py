"""Whose sample a sentence counts: this study's own (it says we/this/here) or another study's (it names earlier
work)."""

from __future__ import annotations

import re

# Words by which a sentence speaks of this study ("we", "our", "this trial", "here"): its counts are its own, even in
# a background sentence.
OWN_WORDS_RE = re.compile(r"\b(?:we|our|this|present|current|here(?:in)?)\b", re.IGNORECASE)
# A sentence about another study ("In a previous trial of 67 patients", "a landmark RCT in 204 adults"): its counts are
# that study's sample.
EARLIER_STUDY_RE = re.compile(
    r"\b(?:previous|prior|earlier|pivotal|landmark|published|recent|preceding|parent|original)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:trials?|stud(?:y|ies)|RCTs?|reports?|meta-?analys[ie]s|reviews?)\b"
    # a result credited to other authors ("Zarate et al. found ... in 18 patients", "were shown by Berman in 7")
    r"|\bet\s+al\b|\b(?:was|were)\s+(?:previously\s+|first\s+)?(?:shown|demonstrated|reported)\s+(?:in|by)\b",
    re.IGNORECASE,
)
