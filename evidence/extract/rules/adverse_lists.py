"""A labelled list under an adverse-event heading: the patterns read by evidence/extract/adverse_lists.py."""

from __future__ import annotations

import re

# "in younger versus older patients": two subgroups a heading names, in order
AE_LIST_GROUPS = re.compile(
    r"\b(?:in|among|for|between)\s+(?:the\s+)?(?P<a>[a-z-]+)\s+(?:(?:patients|participants|subjects|group|arm"
    r"|cohort)\s+)?(?:versus|vs\.?|and|compared\s+(?:with|to))\s+(?:the\s+)?(?P<b>[a-z-]+)(?:\s+(?:patients"
    r"|participants|subjects|groups?|arms?|cohorts?|adults|individuals))?\b",
    re.IGNORECASE,
)
# "induction, 86.1% versus 74.8%", "nausea 12%": one item of the list, a label without digits and its rate or pair
AE_LIST_ITEM = re.compile(
    # (a count may lead its bracketed percent, "nausea, 12 (30%)"; a group may be named by its dosing schedule,
    # "2x/week, 15 (83%)")
    r"\s*(?:and\s+)?(?P<label>[A-Za-z][^,:;%\d()]{0,40}?|\d\s*[x×]\s*/\s*(?:wk|week|day)),?\s+"
    r"(?:(?P<count>\d+)\s*\(\s*)?(?P<a>\d+(?:\.\d+)?)\s*%(?(count)\s*\))"
    r"(?:\s*(?:versus|vs\.?|and|/)\s*(?P<b>\d+(?:\.\d+)?)\s*%)?(?:\s*\([^()%]*\))?(?:,?\s+respectively)?\s*\.?\s*",
    re.IGNORECASE,
)
# A list label that grades or answers rather than names a phase, group or event ("mild, 60%; moderate, 30%", "yes, 30%")
AE_LIST_GRADE = re.compile(
    r"(?:very\s+)?(?:mild|moderate|severe|minimal|marked|none|no|yes|absent|present|low|high|grade\s+[\w-]+"
    r"|serious|non-?serious|transient|persistent)",
    re.IGNORECASE,
)
