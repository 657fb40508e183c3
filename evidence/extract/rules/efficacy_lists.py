"""Items of a list of measures that are no measure of their own: a bare measure name, a leading time."""

from __future__ import annotations

import re

# A list item that names a measure by itself: one to three words, no number, no preposition or article ("MCID",
# "clinical benefit"), not a time, a group or an adverb ("at week 4", "in the ketamine group", "overall").
MEASURE_NAME_ITEM = re.compile(
    r"(?!.*\b(?:at|in|on|by|after|before|with|for|of|the|a|an|to|from|during|within|among|both|all|patients?"
    r"|overall|however|together|thus|here|\w+ly|post\S*|pre\S*|hours?|days?|weeks?"
    r"|months?|years?|minutes?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b)"
    r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}",
    re.IGNORECASE,
)

# A leading time before the list ("At week 6, improvement, response and remission rates were ..."): no item
TIME_ITEM = re.compile(
    r"\s*(?:at|by|after|on|in|during|over)\s+(?:the\s+end\s+of\s+)?(?:(?:week|day|month|hour)s?\s+\d+"
    r"|\d+\s+(?:weeks?|days?|months?|hours?))\s*$",
    re.IGNORECASE,
)
# The words before a list of values compared with an earlier list ("..., versus 10% and 5%"); the group compared may be
# named between ("... vs. patients receiving RWT (26.4% and 18.2%, respectively)").
VERSUS_GAP = re.compile(
    r"\b(?:vs\.?|v\.|versus|compared\s+(?:with|to)|than|against)(?:\s+[\w+-]+){0,4}?\s*[(\[]?\s*$", re.IGNORECASE
)
