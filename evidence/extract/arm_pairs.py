"""Compared pairs of values and their arms: 'X% vs Y%' with only the study drug named after it, and lists of compared
pairs ('45% vs 10% and 20% vs 5%'), each pair the two arms the sentence names, or the study drug and its control."""

from __future__ import annotations

import re

from evidence.extract import lexicon
from evidence.extract.arm_words import arm_label, distinct_arms
from evidence.extract.mentions import Mention

# "45% vs 10% and 20% vs 5%": inside a pair only a comparison, between pairs only a list connector.
_VERSUS_GAP = re.compile(r"[\s\[\]();,]*(?:vs\.?|v\.|versus|compared\s+(?:with|to))[\s\[\]();,]*", re.IGNORECASE)
_AND_GAP = re.compile(r"[\s\[\]();,]*(?:and\b)?[\s\[\]();,]*", re.IGNORECASE)


def versus_pairs(s: str, mentions: list[Mention], group: list[int]) -> list[tuple[int, int]]:
    """'(65% versus 55% and 54% versus 40%, respectively)': a list of two or more compared pairs, each one measure of
    two arms; [] when the values are not written so."""
    if len(group) < 4 or len(group) % 2:
        return []
    pairs = [(group[k], group[k + 1]) for k in range(0, len(group), 2)]
    for a, b in pairs:
        if not _VERSUS_GAP.fullmatch(s[mentions[a].end : mentions[b].start]):
            return []
    for (_, b), (c, _) in zip(pairs, pairs[1:], strict=False):
        if not _AND_GAP.fullmatch(s[mentions[b].end : mentions[c].start]):
            return []
    return pairs


_VERSUS_ONLY = re.compile(r"^[\s\[\]();,]*(?:vs\.?|v\.?|versus|compared\s+(?:with|to))[\s\[\]();,]*$", re.IGNORECASE)


def study_versus_control(
    s: str, mentions: list[Mention], group: list[int], arm: tuple[int, int, str, str], other_arm: str | None
) -> bool:
    """A pair written 'X% vs Y%' and one arm named after it, which is the study's drug (not its control)."""
    if len(group) != 2 or not other_arm or arm[3] not in lexicon.KETAMINE_FAMILY or arm[2] == other_arm:
        return False
    return bool(_VERSUS_ONLY.match(s[mentions[group[0]].end : mentions[group[1]].start]))


def pairs_arms(
    s: str,
    terms: list[tuple[int, int, str, str]],
    mentions: list[Mention],
    group: list[int],
    pairs: list[tuple[int, int]],
    other_arm: str | None,
) -> bool:
    """'Response and remission rates were higher with ketamine than placebo (45% vs 10% and 20% vs 5%)': each compared
    pair is the two arms the sentence named before it, in order - or, with only the study drug (or no arm) named, the
    study drug and the study's control. False (nothing given) when the arms are not two or a list follows."""
    before = distinct_arms(s, [t for t in terms if t[0] < mentions[group[0]].start])
    after = distinct_arms(s, [t for t in terms if t[0] >= mentions[group[-1]].end])
    if after and lexicon.FOR_ARM_BEFORE_RE.match(s[mentions[group[-1]].end : after[0][0]]):
        # "... 45% vs 10% and 20% vs 5% for ketamine and placebo": the two arms named right after the pairs
        if len(after) < 2 or not re.match(r"\s*(?:,\s*)?(?:and|or|vs\.?|versus)\s*$", s[after[0][1] : after[1][0]]):
            return False
        before = after[:2]
    if len(before) == 2:
        first: tuple[str | None, str | None, int | None] = (arm_label(s, before[0]), before[0][3], before[0][0])
        second: tuple[str | None, str | None, int | None] = (arm_label(s, before[1]), before[1][3], before[1][0])
        inferred = False
    elif len(before) <= 1 and other_arm and all(t[3] in lexicon.KETAMINE_FAMILY for t in before):
        first = (arm_label(s, before[0]), before[0][3], before[0][0]) if before else (None, None, None)
        second, inferred = (other_arm, "other", None), True
    else:
        return False
    for a, b in pairs:
        mentions[a].arm, mentions[a].arm_drug, mentions[a].arm_pos = first
        mentions[b].arm, mentions[b].arm_drug, mentions[b].arm_pos = second
        if inferred:
            mentions[b].notes.append("comparator arm inferred")
    return True
