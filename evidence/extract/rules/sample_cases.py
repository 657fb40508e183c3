"""How a case report counts its people: one case told (N = 1) or the case reports it counts."""

from __future__ import annotations

import re

from evidence.extract.rules.design_languages import OTHER_LANGUAGE_SINGLE_CASE

_AGE_NUMBER = (
    r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven"
    r"|eight|nine))?|(?:thir|four|fif|six|seven|eigh|nine)teen|eleven|twelve|ten|nine|eight|seven|six|five|four|three"
    r"|two)"
)
_ONE_PERSON = r"(?:man|woman|male|female|patient|boy|girl|mother|veteran|lady|gentleman|inpatient|outpatient|child)"
# One person's age, however it is spelled ("a 45-year-old", "A 34 year old man", "a 61-year old", "a 29-yr-old",
# "A forty-two-year-old", "a 52 years old female", "a woman aged 45", "a man, aged 38 years,"): only a case is
# told by one person's age (a study gives its sample's ages as a mean or a range).
ONE_PERSON_AGE = (
    r"\ban?\s+" + _AGE_NUMBER + r"[-\s]+(?:years?|yrs?|y|months?)[-\s]+old\b"
    r"|\ban?\s+(?:[\w-]+\s+){0,2}?" + _ONE_PERSON + r"\s*,?\s+aged\s+\d{1,3}\b(?!\s*(?:-|–|to)\s*\d)"
)
# The decade of one person's age, in figures or words ("in her 40s", "in his mid-forties", "in her late twenties").
AGE_DECADE = (
    r"(?:early\s+|mid-?\s?|late\s+)?(?:\d0s|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)\b"
)
# One person the authors cared for ("We treated a woman with ...", "We recently cared for a man who ..."): the
# article's "a" is one case (a study treats "20 patients", "a total of 20 patients", "a group of").
CARE_OF_ONE = (
    r"\bwe\s+(?:recently\s+|successfully\s+)?(?:treated|saw|encountered|managed|cared\s+for|admitted|evaluated)\s+an?\s+"
    r"(?:[\w-]+\s+){0,3}?" + _ONE_PERSON + r"\b(?!-)"
)
# One case told ("We present the case of a 70-year-old man", "We describe ... in a severely ill inpatient"): N = 1.
SINGLE_CASE_RE = re.compile(
    r"\bcase\s+of\s+an?\b|" + ONE_PERSON_AGE + r"|" + CARE_OF_ONE + r"|\bcase\s+report\b|\bcase\s+presentation\b"
    r"|\ban?\s+(?:[\w-]+\s+){0,2}?(?:man|woman|male|female|patient|boy|girl|mother|veteran)\s+in\s+(?:her|his|their)\s+"
    r"" + AGE_DECADE + r"|\bthe\s+(?:patient's\s+)?case\s+is\s+(?:reported|presented|described)\b"
    r"|\b(?:we|this\s+(?:report|article|letter))\s+"
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
