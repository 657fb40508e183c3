"""Lists of values followed by their arms: one arm for a whole list ('61% and 52% after esketamine, and ...'), or as
many arms (doses included) as values ('60% and 40% with ketamine 0.5 mg/kg and 0.2 mg/kg, and 20% with placebo')."""

from __future__ import annotations

from evidence.extract import lexicon
from evidence.extract.arm_words import DOSE_AFTER, DOSE_ARM, DOSE_ARM_DRUG, distinct_arms
from evidence.extract.mentions import Mention


def group_arm(
    s: str, terms: list[tuple[int, int, str, str]], mentions: list[Mention], valid: list[int], group: list[int]
) -> tuple[int, int, str, str] | None:
    """The one arm named right after a list of numbers ('61% and 52% after esketamine') when another list precedes or
    follows it: each list is an arm's (a 'respectively' then pairs the measures or times, not the arms)."""
    last_end = mentions[group[-1]].end
    nxt = next((mentions[j].start for j in valid if j > group[-1]), None)
    prv = max((mentions[j].end for j in valid if j < group[0]), default=None)
    if nxt is None and prv is None:
        return None  # a lone list: its arms are the 'respectively' pairing
    end = len(s) if nxt is None else nxt
    between = distinct_arms(s, [t for t in terms if last_end <= t[0] < end])
    if len(between) != 1 or not lexicon.FOR_ARM_BEFORE_RE.match(s[last_end : between[0][0]]):
        return None
    if len(DOSE_ARM.findall(s[last_end:end])) > 1:
        return None  # "60% and 40% with ketamine 0.5 mg/kg and 0.2 mg/kg": a list of dose arms, one for each value
    return between[0]


def arms_before_next(
    s: str, terms: list[tuple[int, int, str, str]], mentions: list[Mention], valid: list[int], group: list[int]
) -> list[tuple[int, int, str, str]]:
    """The arms named right after a list of values and before the next value ('... with ketamine 0.5 mg/kg and 0.2
    mg/kg, and 20% with placebo'), doses standing for arms included, when they are as many as the values and a later
    value follows (a lone list ending the sentence is left to the 'respectively' rules)."""
    last_end = mentions[group[-1]].end
    nxt = next((mentions[j].start for j in valid if j > group[-1]), None)
    if nxt is None:
        return []
    semi = s.find(";", last_end, nxt)
    nxt = nxt if semi < 0 else semi  # "...; placebo, 20%": the next clause's arm
    own = [t for t in terms if last_end <= t[0] < nxt]
    doses = [(m.start(), m.end(), m.group(0), DOSE_ARM_DRUG) for m in DOSE_ARM.finditer(s, last_end, nxt)
             if not any(DOSE_AFTER.fullmatch(s[t[1] : m.end()]) for t in own)]  # not the dose right after a drug word
    found = distinct_arms(s, sorted(own + doses))
    if len(found) != len(group) or len(group) < 2 or not lexicon.FOR_ARM_BEFORE_RE.match(s[last_end : found[0][0]]):
        return []
    return found

