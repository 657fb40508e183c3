"""Numbers that look like counts of people but are not (a name's number, a score's threshold), and allocation words
read in their usual form before the sample patterns run."""

from __future__ import annotations

import re

# A number that is part of a name, not a count of people: glued to an acronym by a hyphen ("CRPS-1 patients",
# "COVID-19 patients"; not a heading's "Animals-6 dogs") or the label of a type, stage or phase ("type 2 diabetes
# patients", "phase 3 participants"); not "In this trial 36 participants": a study named by its determiner has no
# number in its name.
NUMBER_IN_NAME_BEFORE = re.compile(
    r"(?-i:\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*-)$"
    r"|\b(?:type|grade|stage|phase|class|level|step|wave|version|part|visit|session|day"
    r"|week|month|year|figure|table|item|criterion)\s*$"
    # (a determiner makes "this trial 36 participants" the study itself, not a name; "this phase 3 study" stays one)
    r"|(?<!this\s)(?<!our\s)(?<!present\s)(?<!current\s)\b(?:cohort|group|arm|study|trial)\s*$",
    re.IGNORECASE,
)

# Allocation by chance told without "randomized" ("allocated at random"): read as "randomly allocated".
AT_RANDOM_RE = re.compile(r"\b(assigned|allocated|divided|distributed)\s+at\s+random\b", re.IGNORECASE)
# A number that is a score's entry threshold ("a MADRS score of at least 20", "HAM-D of 18 or more"), not a count.
THRESHOLD_BEFORE = re.compile(
    r"\b(?:scores?|cut-?off|threshold)\s+(?:[\w-]+\s+){0,2}?(?:of\s+)?(?:at\s+least|at\s+most|more\s+than|greater\s+than"
    r"|less\s+than|above|below|over|under|≥|>=|>|≤|<=|<)\s*$|\b(?:score|cut-?off|threshold)\s+of\s*$",
    re.IGNORECASE,
)
# A count told as one arm's or as those who had an event ("7 children in the ketamine group", "There were 42 children
# in Group I", "2 children with critical adverse events", "11 patients who experienced side effects"): a part of the
# sample, not the sample ("60 patients in two groups", "the study group" and "of age group 18-60" are the whole).
PART_OF_SAMPLE_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:in|of|from)\s+(?:the\s+)?(?!study\b|two\b|three\b|four\b|both\b|all\b|each\b)"
    r"(?:(?!age\b|aged\b)[\w-]+\s+){0,2}?(?<!age\s)(?:group|arm)\b(?!s)"
    r"|^\s*(?:[\w-]+\s+){0,2}?(?:with|who\s+(?:had|experienced|developed|reported|suffered))\s+"
    r"(?:(?!childhood|life)[\w-]+\s+){0,3}?(?:adverse\s+(?:events?|effects?|reactions?)|side[- ]effects?|complications?"
    r"|(?:critical|serious|high-risk)\s+events?)\b",
    re.IGNORECASE,
)
# Someone's children counted ("delivered four children", "a mother of three children", "gave birth to 2 babies"): a
# family, never the sample.
OFFSPRING_BEFORE = re.compile(
    r"\b(?:delivered|gave\s+birth\s+to|(?:mother|father|parent)\s+of|raising|raised)\s+$", re.IGNORECASE
)
OFFSPRING_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:children|babies|infants|sons|daughters|kids|newborns)\b(?!\s+(?:aged|who))",
    re.IGNORECASE,
)

# A count's bracket padded with spaces by a web copy ("TAY patients ( n = 52)"): read as "(n = 52)".
PADDED_COUNT_BRACKET_RE = re.compile(r"\(\s+(?=[Nn]\s*=\s*\d)")

# People told by what kept them out, then said to be excluded ("Six patients who did not receive an intervention
# because of canceled operation were excluded after randomization"): those who left, never the sample.
EXCLUDED_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:who|that|whose)\s+(?:[^.;]|(?<=\d)\.(?=\d)){1,120}?\b(?:were|was)\s+"
    r"(?:subsequently\s+|later\s+|then\s+)?(?:excluded|withdrawn)\b",
    re.IGNORECASE,
)
