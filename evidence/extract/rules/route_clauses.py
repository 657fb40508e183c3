"""Clauses of a sentence, for reading routes: where the study's own clause begins after a background or concessive
one ("Although IV ketamine is best studied, we gave it orally")."""

from __future__ import annotations

import re

# Where one clause of a sentence ends and another begins: a semicolon, or a comma before the study's own voice
# ("Although most trials gave ketamine intravenously, we gave it subcutaneously"; "While IV infusion is standard, in
# this study patients took ...") - the background clause and the study's clause are read apart. (Split keeps each
# break with the clause after it, so the clauses' lengths add up to the sentence's.)
_OWN_CLAUSE_START = (
    r"(?:we|our|here|in\s+(?:this|the\s+present|the\s+current|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:study|trial|series|report|cohort|sample))\b"
)
# ... or a comma before a concessive clause that follows the study's ("We gave IV ketamine, although most studies ...")
# (not the "while" of time: "While receiving intravenous ketamine, we monitored ...")
_CONCESSIVE = (
    r"(?:although|though|even\s+though|(?:while|whilst)(?!\s+(?:\w+ing|on|under|in|at|during|being|undergoing)\b)"
    r"|whereas|despite|unlike|in\s+contrast\s+(?:to|with))\b"
)
CLAUSE_BREAK_RE = re.compile(r"(?=;)|(?<=,)(?=\s+(?:" + _OWN_CLAUSE_START + "|" + _CONCESSIVE + "))", re.IGNORECASE)
# A route word inside a leading concessive clause that the study's own clause answers ("Although intravenous
# administration is best studied, in this study patients took oral ketamine"): the route set against the study's.
CONCESSIVE_OPENING_BEFORE = re.compile(r"^\W*" + _CONCESSIVE + r"[^;]*$", re.IGNORECASE)
OWN_CLAUSE_AFTER = re.compile(r"^[^;.]*?,\s+" + _OWN_CLAUSE_START, re.IGNORECASE)
