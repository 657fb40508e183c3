"""Groups a sample is told in: two set side by side, each with what it was given ("Ten participants were randomised to
receive a 96-h infusion, while 10 received a 40-min infusion": their sizes add up), a review's two pooled groups, and
a subgroup picked out by its outcome (a part, never the whole)."""

from __future__ import annotations

import re

from evidence.extract.rules.sample import INT, MORE_OF_IT_AHEAD, PEOPLE_NOUNS

# One step of a clause that may hold doses and rates ("titrated to 0.6 mg/kg/h"), never a sentence's end.
_STEP = r"(?:[^.;]|(?<=\d)\.(?=\d))"
# What a group was given: the verb that tells a treatment (or, randomized, the arm it was assigned to).
_GIVEN = r"(?:received|receiving|were\s+(?:given|treated\s+with)|underwent)"
_RANDOMIZED = r"(?:were|was)\s+(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\s+to\b"
# The second group, set against the first by "while" or "whereas" after a comma ("..., while 66 received ...").
_SECOND = (
    r",\s+(?:while|whereas)\s+(?P<m>" + INT + r")\s+(?:(?:[\w-]+\s+){0,2}?" + PEOPLE_NOUNS + r"\s+)?"
    r"(?:received|were\s+(?:given|treated\s+with|randomi[sz]ed\s+to|assigned\s+to|allocated\s+to)|underwent)\b"
    + MORE_OF_IT_AHEAD
)
# (the first group: a count of people, up to three describing words, then its treatment within one sentence)
_FIRST = r"\b(?P<n>" + INT + r")\s+(?:[\w-]+\s+){0,3}?" + PEOPLE_NOUNS + r"\b"
GROUP_SUM_PATTERNS: list[tuple[str, str]] = [
    ("randomized_sum", _FIRST + r"\s+" + _RANDOMIZED + _STEP + r"{1,200}?" + _SECOND),
    ("enrolled_sum", _FIRST + _STEP + r"{0,60}?\b" + _GIVEN + r"\b" + _STEP + r"{1,200}?" + _SECOND),
]
# A review's pooled count told for one group, then the other's ("studies with 1697 patients receiving ketamine and
# 1462 controls", "including 701 patients in the esketamine group and 551 in the placebo group"): the pooled sample is
# both groups.
REVIEW_SECOND_GROUP_AFTER = re.compile(
    r"\s+(?:receiving|treated\s+with|given|in\s+the)\b[^.;]{1,60}?\s+and\s+(?P<m>" + INT + r")\s+"
    r"(?:(?:[\w-]+\s+){0,2}?(?:" + PEOPLE_NOUNS + r"|controls)\b|in\s+the\s+[^.;]{1,40}?\b(?:group|arm)s?\b)",
    re.IGNORECASE,
)
# People picked out by their outcome ("Among 56 patients who achieved response"): a subgroup of the sample, unless
# the same clause says they went on to be randomized (a randomized withdrawal trial randomizes its responders).
OUTCOME_SUBGROUP_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?who\s+(?:had\s+)?(?:achieved|attained|reached|met|responded|remitted|relapsed"
    r"|did\s+not\s+(?:respond|remit|achieve)|failed\s+to\s+(?:respond|remit)|were\s+(?:non-?)?(?:responders"
    r"|remitters))\b",
    re.IGNORECASE,
)
