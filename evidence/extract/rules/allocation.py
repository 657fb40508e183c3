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
# A group the study gave its treatment, named by a letter, numeral or initial as the subject of the giving ("Group K
# received ketamine", "group II (n = 45) was given dexamethasone", "the A group received"), or the same in Chinese
# ("A组静脉注射", "B組給予"): two such groups and no word of chance are arms the study allocated, not randomly.
GROUP_GIVEN_RE = re.compile(
    r"\b(?i:group|arm)\s+(?P<label>[A-Z]{1,2}\d?|I{1,3}|IV|VI{0,3}|\d)\b\s*(?:\([^)]{0,30}\)\s*)?,?\s*"
    r"(?:(?:also|then|only|instead)\s+)?(?:received|was\s+given|were\s+given|was\s+administered|were\s+administered"
    r"|was\s+treated\s+with|were\s+treated\s+with|got|underwent|was\s+infused\s+with)\b"
    r"|\b(?i:the)\s+(?P<label2>[A-Z]{1,2})\s+group\s+(?:received|was\s+given|was\s+administered|was\s+treated\s+with)\b"
    r"|(?P<label3>[A-Z甲乙丙丁])\s*[组組]\s*(?:患者\s*)?(?:[静靜]脈|静脉|给予|給予|予以|采用|採用|使用|注射|鼻|口服|肌)",
)
# Chance named in Chinese ("随机分为两组", "隨機"): with the English words of chance (rules/design_defaults.py).
CHANCE_OTHER_LANGUAGE_RE = re.compile(r"随机|隨機|\baleatori|\brandomi[sz]ad|\brandomis[ée]", re.IGNORECASE)
# The study's people given the drug or a placebo in one clause ("Fifty-four adolescents received three infusions of
# esketamine 0.25 mg/kg or active-placebo (midazolam)", "41 participants received either oral ketamine or placebo"):
# a placebo arm the study gave, so a controlled trial.
GIVEN_DRUG_OR_PLACEBO_RE = re.compile(
    r"\b(?:received|were\s+given|were\s+administered)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\bor\s+(?:an?\s+)?"
    r"(?:active[- ])?placebo\b",
    re.IGNORECASE,
)
