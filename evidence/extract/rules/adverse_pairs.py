"""Adverse-event words for proportions told out of a group ('x (y%) of N <arm> patients'): where the group's people
end, and that the group's size N is never a count of events (the readers: evidence/extract/adverse.py,
adverse_rates.py)."""

from __future__ import annotations

import re

# An arm's count (rules/adverse.py AE_COUNT_RE) is not the group a proportion is out of ("5 (17%) of 30 patients
# receiving saline experienced ...": 30 is the denominator of 17%, not a count of events)
AE_DENOMINATOR_BEFORE = re.compile(r"(?:\bof|/)\s*(?:the\s+|all\s+|these\s+)?$", re.IGNORECASE)
# Where the people a proportion is out of end ("of 33 ketamine-treated patients | compared with ...", "of 37 patients
# receiving saline | experienced ..."): a comparison, a connective, a verb or a bracket; the group is the text after
# "of N" (AE_OUT_OF_AFTER)
AE_OUT_OF_AFTER = re.compile(r"\s*[\])]?\s*(?:out\s+)?of\s+(?:the\s+)?\d", re.IGNORECASE)
AE_OUT_OF_PEOPLE_END = re.compile(
    r"\b(?:compared|versus|vs\.?|and|while|whereas|but|than|experienced|reported|developed|had|showed|suffered|were"
    r"|was)\b|[,;()\[\]]",
    re.IGNORECASE,
)
