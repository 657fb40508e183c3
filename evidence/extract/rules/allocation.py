"""How a study's groups were formed: by a choice that is not chance (a non-randomized comparison)."""

from __future__ import annotations

import re

# Groups formed by a choice that is not chance: the patients' own preference, the treating clinician's judgement, a
# rule such as alternation. An open-label study that allocates so compares non-randomized groups.
NONRANDOM_ALLOCATION = (
    r"\b(?:according\s+to|based\s+on|by)\s+(?:the\s+)?(?:their\s+|patients?'?s?\s+|participants?'?s?\s+)?(?:own\s+)?"
    r"(?:preferences?|choices?)\b"
    # ... or by the treating clinician
    r"|\b(?:according\s+to|based\s+on|by|at)\s+(?:the\s+)?(?:clinical\s+judge?ment|(?:treating\s+)?(?:clinician|physician"
    r"|psychiatrist|doctor|an(?:a)?esthetist|an(?:a)?esthesiologist)s?'?s?\s+(?:choice|decision|discretion|judge?ment"
    r"|preference))\b"
    # ... said the other way round ("the anaesthetic, chosen by the anaesthetist", "selected by the patients")
    r"|\b(?:chosen|selected|decided|determined)\s+by\s+(?:the\s+|each\s+)?(?:treating\s+|attending\s+)?(?:patients?"
    r"|participants?|clinicians?|physicians?|psychiatrists?|doctors?|an(?:a)?esthetists?|an(?:a)?esthesiologists?)\b"
    r"|\bself-selected\b"
    # allocation by a rule that is not chance
    r"|\b(?:allocated|assigned)\s+(?:[\w-]+\s+){0,2}?alternately\b|\balternate(?:ly)?\s+(?:allocat|assign)\w*"
    # ... by alternation, in sequence, by the order or day people came, or by odd and even numbers
    r"|\bby\s+alternation\b|\b(?:allocated|assigned|divided|distributed)\s+(?:[\w-]+\s+){0,2}?(?:sequentially"
    r"|consecutively|in\s+turn|in\s+sequence)\b"
    r"|\b(?:according\s+to|based\s+on|by|depending\s+on)\s+(?:the\s+|their\s+)?(?:order|sequence|date|day|week|month)\s+"
    r"of\s+(?:admission|enrol\w*|arrival|presentation|recruitment|surgery|referral|hospitali[sz]ation)\b"
    r"|\b(?:odd|even)\s+(?:or|and|/)\s+(?:odd|even)\s+(?:[\w-]+\s+)?(?:numbers?|days?|dates?)\b"
)
NONRANDOM_ALLOCATION_RE = re.compile(NONRANDOM_ALLOCATION, re.IGNORECASE)
# One group only ("a non-randomized, single-arm study", "without a control group"): a study that says it is not
# randomized but has one group is a single-group (open-label) study, not a comparison of groups. ("a nonrandomized,
# uncontrolled trial" stays non-randomized, as tests/test_extract_general.py has it.)
SINGLE_GROUP_RE = re.compile(
    r"\bsingle[- ]?(?:group|arm|cohort)\b(?!\s+(?:of|per)\b)|\bone[- ]?(?:group|arm)\s+(?:design|study|trial|pre|open"
    r"|prospective|pilot)|\bwithout\s+(?:an?\s+|any\s+)?(?:control|comparison|comparator)\s+(?:group|arm)"
    r"|\bno\s+(?:control|comparison|comparator)\s+(?:group|arm)\b",
    re.IGNORECASE,
)
