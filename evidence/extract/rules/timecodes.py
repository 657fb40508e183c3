"""Assessment codes (T0, T1, V2): how an abstract defines them with a time or as the baseline."""

from __future__ import annotations

import re

# Named assessment points an abstract defines and then uses ("baseline (T0), one month (T1)", "T1/after one month",
# "T2 = week 8", "V3 (day 7)"): like an abbreviation, the code stands for its time wherever it is used later.
TIME_CODE_RE = re.compile(r"(?<![\w-])(?-i:[TV]\d{1,2})(?![\w-])")
# What may stand between a code and the time it is given right after it ("T1 (week 4)", "T1 = 4 weeks", "T1/after one
# month", "T1: day 7", "T1, at 24 hours").
TIME_CODE_AFTER = re.compile(
    r"^\s*(?:\(|=|:|/|,|-|–)?\s*"
    # ... or in words: "T0 was the baseline and T1 the visit after 4 weeks", "T2 denotes the 3-month follow-up"
    r"(?:(?:was|is|were|denotes|represents|indicates|corresponds\s+to)\s+)?(?:the\s+)?"
    r"(?:(?:visit|assessment|evaluation|follow-?up|time\s*-?point)\s+)?"
    r"(?:(?:at|after|of|on|in|by|approximately|about)\s+)?(?:the\s+)?", re.IGNORECASE
)
# ... and between a time and the bracketed code after it ("one month after the start of treatment (T1)", "at
# baseline (T0)"): a few words with no clause break and no other time.
TIME_CODE_BEFORE_BRACKET = re.compile(r"^[^;:,.()]{0,40}\(\s*$")
# A code defined as the baseline ("baseline (T0)", "T0/baseline", "T0 (pre-treatment)"): no time after the start.
TIME_CODE_BASELINE = re.compile(
    r"\b(?:baseline|pre-?(?:treatment|infusion|dose|dosing|operative|surgery|intervention)|before\s+(?:the\s+)?"
    r"(?:first\s+)?(?:treatment|infusion|dose|surgery|intervention))\b",
    re.IGNORECASE,
)
# Codes listed together ("T0, T1 and T2", "T0/T1/T2") whose times follow in the same order soon after the last one.
TIME_CODE_LIST_GAP = re.compile(r"\s*(?:,|/|;)?\s*(?:and\s+|or\s+)?", re.IGNORECASE)
TIME_CODE_LIST_REACH = 20
# A range of defined codes ("decreased at T1-T3", "T1~T3", "T1–T3"): from the first code's time to the last one's.
TIME_CODE_RANGE = re.compile(r"(?<![\w-])(?-i:(?P<a>[TV]\d{1,2}))\s*[-–~]\s*(?-i:(?P<b>[TV]\d{1,2}))(?![\w-])")
