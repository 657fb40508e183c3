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
    r"\bgroups?\s+(?P<a>" + _LABEL + r")\s*(?:,\s*|\s+and\s+|\s*&\s*)(?:group\s+)?(?P<b>" + _LABEL + r")\b"
    r"(?!\s*(?:group|,\s*(?:group\s+)?" + _LABEL + r"\b))",
    re.IGNORECASE,
)
