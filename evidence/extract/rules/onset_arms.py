"""Onset cues about the arms a result sentence names: which lettered group the abstract defines as its control, and a
subject that joins two groups."""

from __future__ import annotations

import re

_LABEL = r"(?-i:[A-Z][A-Za-z0-9]?)"
_CONTROL = r"(?:control|routine|conventional|usual[-\s]+care|standard[-\s]+care|saline|placebo|sham|blank)"
# The abstract defines a lettered group as its control arm: "a routine group (group C, n=119)", "control group (group
# C)", "group N (control group)", "group C received the same volume of normal saline".
ONSET_CONTROL_LABEL = re.compile(
    r"\b" + _CONTROL + r"\s+group\s*\(\s*(?:group\s+)?(?P<a>" + _LABEL + r")\s*(?:[,;)]|$)"
    r"|\bgroup\s+(?P<b>" + _LABEL + r")\s*\(\s*(?:the\s+|a\s+)?" + _CONTROL + r"\b"
    r"|\bgroup\s+(?P<c>" + _LABEL + r")\s+(?:patients\s+)?(?:received|was\s+given|were\s+given)\s+(?:an?\s+|the\s+)?"
    r"(?:equal|equivalent|same)?\s*(?:volume|amount|dose)?\s*(?:of\s+)?(?:normal\s+|physiological\s+)?"
    r"(?:saline|placebo|sodium\s+chloride)",
    re.IGNORECASE,
)
# Two lettered groups joined as one subject ("group C and group K showed ...", "groups B and C had ..."): what they
# share is set against a third group.
ONSET_JOINED_GROUPS = re.compile(
    # ("Compared with group C, group S had ...": a comma alone parts the comparison from the subject, joins nothing)
    r"\bgroups?\s+" + _LABEL + r"(?:\s*,\s*" + _LABEL + r")*\s*,?\s+(?:and|&)\s+(?:group\s+)?" + _LABEL
    + r"\b(?!\s*group)",
    re.IGNORECASE,
)
# ... named after a comparison word, they are what is compared against ("compared with group C and group Z, group K
# had ..."), not a subject
ONSET_COMPARED_WITH_BEFORE = re.compile(
    r"\b(?:with|to|than|versus|vs\.?|from|over)\s+(?:the\s+|th(?:ose|at)\s+(?:in|of)\s+)?$", re.IGNORECASE
)
# A group's letter inside a joined subject.
ONSET_GROUP_LETTER = re.compile(r"(?<![\w-])(?!(?i:and|group|groups)\b)" + _LABEL + r"\b")
# One arm's scores set against another's in so many words, with no p value or significance word in the sentence
# ("Group B had lower SDS scores than group N at 1 d and 3 d", "The EPDS scores of the observation group at 3 d were
# lower than those in the control group"): a result that states the separation itself, as results written this way do.
ONSET_BARE_COMPARISON = re.compile(
    # (a rating scale's lower scores are the better ones; 'higher' only of a response, an improvement or a reduction)
    r"(?:\b(?:lower|fewer|less|smaller)\b|\b(?:higher|greater|better|larger)\s+(?:[\w-]+\s+){0,3}?(?:respon\w*|remission"
    r"|improvement|reduction|decrease)\b)[^;]{0,80}?\bthan\s+(?:those\s+|that\s+)?"
    r"(?:(?:in|of|with)\s+)?(?:the\s+)?(?:group\s+" + _LABEL + r"\b|(?:[\w-]+\s+){0,2}(?:group|arm)\b"
    r"|" + _CONTROL + r"\b)",
    re.IGNORECASE,
)
# ... unless the sentence hedges or tests it ("numerically lower", "a trend", "slightly", any p value: a sentence that
# gives one says by it whether the difference was significant).
ONSET_HEDGED_COMPARISON = re.compile(
    r"\bnumerical|\btrend|\btend(?:ed|ing)?\b|\bslight|\bmarginal|\bnon-?\s?significant|\bnot\b|\bno\b"
    r"|\bp\s*[<>=≤≥＜＞]|\bsignifican|\bsimilar|\bcomparable|\b(?:control|placebo|saline|sham)\s+(?:group|arm)\s+"
    r"(?:had|showed|was|were)\b",
    re.IGNORECASE,
)
# A comparator named only as missing ("lack of a placebo group", "the absence of a placebo or active comparator group",
# "without a control group", "no control arm"): a limitation of a single-group study, not an arm it has.
ONSET_ABSENT_COMPARATOR_BEFORE = re.compile(
    r"\b(?:lack|lacked|lacking|absence)\s+(?:of\s+)?(?:an?\s+|any\s+)?(?:(?:[\w-]+|or|and)\s+){0,4}$"
    # ('no difference from placebo' is a result against a comparator the study has)
    r"|\b(?:without|no)\s+(?:an?\s+|any\s+)?(?:(?:active|inactive|matched|concurrent|parallel|separate|untreated"
    r"|comparison|sham|placebo|control|or|and)\s+){0,2}$",
    re.IGNORECASE,
)
# Healthy or non-depressed controls are a reference group for a measure (imaging, cognition), not a comparator of the
# treatment: "relative to healthy controls (HC)", "in matched non-depressed controls" leave a single-group trial.
ONSET_HEALTHY_BEFORE = re.compile(
    r"\b(?:healthy|normal|non-?depressed|non-?psychiatric)\s+(?:(?:age-|sex-|and\s+|[\w-]+-matched\s+|matched\s+)"
    r"{0,3})?$",
    re.IGNORECASE,
)
