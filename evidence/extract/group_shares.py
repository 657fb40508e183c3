"""Percentages that are the size of a group of the sample ('patients with severe depression (n = 28, 70%)', 'women
made up 40%'), not a rate of an outcome."""

from __future__ import annotations

import re

from evidence.extract import lexicon
from evidence.extract.arms import arm_terms
from evidence.extract.kinds import cue_hits
from evidence.extract.mentions import Mention
from evidence.extract.rules.shares import (
    COMPARED_GROUP_AFTER,
    COUNT_DENOMINATOR,
    MODEL_CLASSES,
    OUTCOME_DENOMINATOR_AFTER,
    OUTCOME_SUBGROUP_BEFORE,
)


def _lone_share_compared(s: str, m: Mention) -> bool:
    """'patients with anxious depression (40%) responded less': a percent alone in brackets after a subgroup that is
    then compared on an outcome is the subgroup's share of the sample (not an arm's or the responders')."""
    before = s[: m.start]
    close = re.match(r"\s*[)\]]", s[m.end :])
    if not close or not re.search(r"[(\[]\s*$", before):
        return False
    head = before.rstrip()[:-1][-40:]
    if lexicon.OUTCOME_GROUP_BEFORE.search(head) or arm_terms(head[-25:]) or not lexicon.PEOPLE_RE.search(head):
        return False
    return bool(COMPARED_GROUP_AFTER.match(s[m.end + close.end() :]))


def share_of_sample(s: str, m: Mention) -> bool:
    """'patients with severe depression (n = 28, 70%)', 'women made up 40%': the size of a group of the sample, not
    a rate - unless the group is an outcome's ('responders (n = 12, 30%)') or an arm's ('ketamine (n = 9, 45%)')."""
    before = s[: m.start]
    if MODEL_CLASSES.search(s):
        return True  # "the growth mixture model comprised three classes: Responders (44%), ...": modelled classes
    if _outcome_denominator(s, m):
        return True  # "Two of the 7 patients who achieved remission (29%) maintained it": a share of the remitters
    if OUTCOME_SUBGROUP_BEFORE.search(before[-120:]):
        return True  # "45% were responders, of whom 60% remained well": a share of the responders
    near = before[-40:]
    verb = lexicon.SHARE_VERB_BEFORE.search(near)
    if verb:
        # "women made up 40%" is a share; "responders comprised 41.7% of the ketamine arm" is a rate
        subject = before[: len(before) - len(near) + verb.start()]
        return not cue_hits(re.split(r"[,;]", subject)[-1])
    if _lone_share_compared(s, m):
        return True
    if lexicon.GROUP_SIZE_BRACKET_BEFORE.search(before[-20:]):
        opened = max(before.rfind("("), before.rfind("["))
    elif lexicon.GROUP_SIZE_BRACKET_AFTER.match(s[m.end : m.end + 20]) and re.search(r"[(\[]\s*$", before):
        opened = len(before.rstrip()) - 1
    else:
        return False
    head = s[max(0, opened - 40) : opened]
    if lexicon.OUTCOME_GROUP_BEFORE.search(head) or arm_terms(head[-25:]) or lexicon.GENERIC_PEOPLE_END.search(head):
        return False  # "responders (n = 12, 30%)", "ketamine (n = 9, 45%)", "achieved in patients (n = 12, 30%)"
    times = lexicon.find_timepoints(head)
    if times and not head[times[-1].end :].strip():
        return False  # "response at 24 hours (n = 12, 30%)": the count at a time, not the size of a subgroup
    tail = s[m.end : m.end + 40]
    close = tail.find(")") if ")" in tail else tail.find("]")
    after = tail[close + 1 :] if close >= 0 else ""
    if COMPARED_GROUP_AFTER.match(s[m.end + close + 1 :] if close >= 0 else ""):
        return True  # "severe cases (n = 45; 37.5%) had lower response rates than ...": the subgroup's share
    return not cue_hits(re.split(r"[,;]", after, maxsplit=1)[0])


def _outcome_denominator(s: str, m: Mention) -> bool:
    """The count the value is, or is the bracket of, has a denominator an outcome defines and a later verb follows
    ('Two of the 7 patients who achieved remission (29%) maintained it')."""
    for d in COUNT_DENOMINATOR.finditer(s, max(0, m.start - 120), m.end):
        if d.start() <= m.end and OUTCOME_DENOMINATOR_AFTER.match(s[d.end() :]) and m.start - d.end() <= 80:
            return True
    return False
