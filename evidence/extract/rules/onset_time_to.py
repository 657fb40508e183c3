"""Onset told as a time (or a number of sessions) to response or remission, not as a visit where the effect was seen."""

from __future__ import annotations

import re

ONSET_TIME_TO_REMISSION = re.compile(
    r"(?P<unit>minutes|hours|days|weeks)\s+(?:until|to)\s+(?:remission|response)\s+(?:ranged\s+)?(?:from\s+)?"
    r"(?P<a>\d+(?:\.\d+)?)(?:\s*(?:to|-|–)\s*\d+(?:\.\d+)?)?",
    re.IGNORECASE,
)
ONSET_MEDIAN_TIME_TO = re.compile(
    r"(?:median|mean)\s+time\s+to\s+(?:first\s+)?(?:response|remission|onset|improvement)\s+(?:was|of|:)\s*"
    r"(?P<a>\d+(?:\.\d+)?)\s*(?P<unit>minutes|hours|h|days|weeks)\b"
    # "time to first response ranged from 1 to 10 days": the lower bound of the range
    r"|\btime\s+to\s+(?:first\s+)?(?:response|remission)\s+ranged\s+from\s+(?P<a2>\d+(?:\.\d+)?)\s*(?:to|-|–)\s*"
    r"\d+(?:\.\d+)?\s*(?P<unit2>minutes|hours|days|weeks)\b",
    re.IGNORECASE,
)
ONSET_SESSIONS_TO_REMISSION = re.compile(
    r"median\s+of\s+(?P<n>\d+)\s+(?:\w+\s+)?(?:sessions|infusions|treatments|doses|injections)\s+to\s+"
    r"(?:induce|achieve|reach)\s+(?:remission|response)",
    re.IGNORECASE,
)
