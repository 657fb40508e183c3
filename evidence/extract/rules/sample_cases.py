"""How a case report counts its people: one case told (N = 1) or the case reports it counts."""

from __future__ import annotations

import re

from evidence.extract.rules.design_languages import OTHER_LANGUAGE_SINGLE_CASE

# One case told ("We present the case of a 70-year-old man", "We describe ... in a severely ill inpatient"): N = 1.
SINGLE_CASE_RE = re.compile(
    r"\bcase\s+of\s+an?\b|\ban?\s+\d{1,3}-year-old\b|\bcase\s+report\b|\bcase\s+presentation\b"
    r"|\ban?\s+(?:[\w-]+\s+){0,2}?(?:man|woman|male|female|patient|boy|girl|mother|veteran)\s+in\s+(?:her|his|their)\s+"
    r"(?:early\s+|mid-?|late\s+)?\d0s\b|\bthe\s+(?:patient's\s+)?case\s+is\s+(?:reported|presented|described)\b|\b(?:we|this\s+(?:report|article|letter))\s+"
    r"(?:describes?|presents?|reports?)\b[^.]{0,120}?\b(?:in|of)\s+an?\s+(?:[\w-]+\s+){0,4}?"
    r"(?:patient|man|woman|inpatient|outpatient|adolescent|veteran|boy|girl|mother|child)\b"
    r"|\b(?:we|this\s+(?:report|article|letter))\s+(?:describes?|presents?|reports?)\s+an?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:patient|man|woman|inpatient|outpatient|adolescent|veteran|boy|girl|mother|child)\b(?!-)"
    # ... or in another language ("Presentamos un caso de ...")
    r"|" + OTHER_LANGUAGE_SINGLE_CASE,
    re.IGNORECASE,
)
# A case report's cases counted by the reports it tells ("We report ... by 5 case studies", "Three case reports are
# presented"): in a sentence about itself, the number of patients.
CASE_COUNT_RE = re.compile(
    r"\b(?P<n>\d{1,2})\s+(?:[\w-]+\s+)?case\s+(?:reports|studies|vignettes|histories)\b", re.IGNORECASE
)
CASES_TOLD_RE = re.compile(
    r"\b(?:we|our|this|here(?:in)?|present(?:ed)?)\b|\b(?:are|were)\s+(?:described|presented|reported)\b", re.IGNORECASE
)
