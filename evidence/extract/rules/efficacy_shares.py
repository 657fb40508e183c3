"""Patterns telling a share of the sample ("18 (45%) had severe depression", "women made up 40%") from an arm's rate."""

from __future__ import annotations

import re

# "(n = 12, 30%)", "(12; 30%)", "(30%, n = 12)": a bracket giving the size of the group named just before it.
GROUP_SIZE_BRACKET_BEFORE = re.compile(r"[(\[]\s*(?:n\s*=\s*)?\d+\s*[,;]\s*$", re.IGNORECASE)
GROUP_SIZE_BRACKET_AFTER = re.compile(r"^\s*[,;]\s*n\s*=\s*\d+\s*[)\]]", re.IGNORECASE)
# ... which is a rate only when that group is an outcome's ("responders (n = 12, 30%)") or an arm's.
OUTCOME_GROUP_BEFORE = re.compile(
    r"\b(?:respon\w*|remi(?:ssion|tted|tters?)\w*|relaps\w*|improv\w*|recover\w*)\W*(?:\w+\W+){0,3}$", re.IGNORECASE
)
# ... or the people of the whole study, not a subgroup ("Remission was achieved in patients (n = 12, 30%)").
GENERIC_PEOPLE_END = re.compile(
    r"\b(?:(?:the|all|our)\s+)?(?:patients|participants|subjects|individuals|people|cases)\s*$", re.IGNORECASE
)
# Verbs that make a percentage a share of the sample ("women made up 40%", "severe cases accounted for 30%").
SHARE_VERB_BEFORE = re.compile(
    r"\b(?:made\s+up|comprised|accounted\s+for|represented|constituted|formed)\s+(?:about\s+|approximately\s+|nearly\s+)?$",
    re.IGNORECASE,
)
