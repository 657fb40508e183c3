"""When adverse events were counted: the point-in-time patterns read by evidence/extract/adverse_time.py."""

from __future__ import annotations

import re

# A point in time at which adverse events were counted: "in week 1", "at day 1", "on the second day", "during week 2",
# "at 40 minutes" (not "in the first 2 weeks", "within 2 hours", "after 3 doses", "by week 4").
AE_TIME_POINT_BEFORE = re.compile(r"\b(?:in|at|on|during)\s+(?:the\s+)?$", re.IGNORECASE)
# ... followed by the rates in brackets ("in week 1 of treatment (20.6%, ..."), or opening the sentence ("At day 1,")
AE_TIME_THEN_RATES = re.compile(
    r"^(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+phase)?)?\s*\(\s*[\w\s=,:-]{0,30}?\d", re.IGNORECASE
)
# "... 42% of patients reported side effects at 12 months": a point in time after the rate, with 'at' or 'on', that no
# course of the event stands before ("resolved within 2 hours", "peaked at 40 minutes", "lasting until day 2")
AE_TIME_POINT_AFTER = re.compile(r"\b(?:at|on)\s+(?:the\s+)?$", re.IGNORECASE)
AE_COURSE_BETWEEN = re.compile(
    r"\b(?:resolv|subsid|persist|last|peak|disappear|abat|normali[sz]|return|dissipat|wan|until|within|for)\w*\b",
    re.IGNORECASE,
)
AE_TIME_OPENS = re.compile(r"^\W*(?:in|at|on|during)\s+(?:the\s+)?$", re.IGNORECASE)
