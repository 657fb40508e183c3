"""Which arm each number of a sentence belongs to: arm words, doses standing for arms, lists and 'respectively'."""

from __future__ import annotations

import re

from evidence.extract import lexicon
from evidence.extract.arm_lists import arms_before_next, group_arm
from evidence.extract.arm_pairs import pairs_arms, study_versus_control, versus_pairs
from evidence.extract.arm_single import compared_arm, single_arm
from evidence.extract.arm_words import DOSE_AFTER, DOSE_ARM, DOSE_ARM_DRUG, arm_label, arm_terms, distinct_arms
from evidence.extract.mentions import Mention

# Only connectors between two rates ("64% and 18%", "12 (60.0%) vs 4 (20.0%)": the second rate's count may lead it).
# (a count bracket after the first rate is no arm word: "50.0% (n = 10) and 20.0% (n = 4) in the ketamine and placebo
# groups, respectively")
_CONNECTOR_ONLY = re.compile(
    r"^[\s\[\]();,]*(?:n\s*=\s*\d+\s*[\])][\s,;]*)?(?:and|vs\.?|v\.?|versus|or|compared\s+(?:with|to))?[\s\[\]();,]*"
    r"(?:\d+\s*[\[(]\s*)?$",
    re.I,
)


def _dose_arms(s: str, terms: list[tuple[int, int, str, str]], start: int) -> list[tuple[int, int, str, str]]:
    """Doses after `start` that stand alone as arm names (not the dose written right after a drug word)."""
    out: list[tuple[int, int, str, str]] = []
    for m in DOSE_ARM.finditer(s, start):
        if any(DOSE_AFTER.match(s[t[1] : m.end()]) for t in terms if t[1] <= m.start()):
            continue
        out.append((m.start(), m.end(), m.group(0), DOSE_ARM_DRUG))
    return out


def comparator_arm(texts: list[str]) -> str | None:
    """The study's control arm label (first non-ketamine arm word in the given texts), for unnamed second numbers."""
    for t in texts:
        for _, _, label, drug in arm_terms(t):
            if drug == "other":
                return label
    return None


def study_arms(texts: list[str]) -> list[tuple[str, str]]:
    """(label, drug) of the study's arms in the order the allocation sentence lists them ("randomized to ketamine
    0.5 mg/kg, ketamine 0.2 mg/kg or midazolam"), for a later "..., respectively" that names no arm; [] when no
    sentence allocates to two or more arms."""
    for t in texts:
        cue = lexicon.ALLOCATION_CUE_RE.search(t)
        if not cue:
            continue
        terms = distinct_arms(t, [x for x in arm_terms(t) if x[0] >= cue.start()])
        if len(terms) >= 2:
            return [(arm_label(t, x), x[3]) for x in terms]
    return []


def _named_versus_control(
    s: str, mentions: list[Mention], group: list[int], named: tuple[int, int, str, str], other_arm: str
) -> None:
    """A compared pair with one arm named: the first number is that arm's, the second the study's control's."""
    x, y = mentions[group[0]], mentions[group[1]]
    x.arm, x.arm_drug, x.arm_pos = arm_label(s, named), named[3], named[0]
    y.arm, y.arm_drug = other_arm, "other"
    y.notes.append("comparator arm inferred")


def assign_arms(
    s: str, mentions: list[Mention], other_arm: str | None = None, arms: list[tuple[str, str]] | None = None
) -> None:
    """Give each valid mention the arm it belongs to: lists ('(76% and 35%, respectively)') take arms in order.

    A pair after a single named arm ('the ketamine group (60% vs. 20%)') gives the second number to the study's
    control arm `other_arm`, flagged in the mention's notes; a list '..., respectively' in a sentence that names no
    arm takes the study's arms `arms` (from the allocation sentence) in order when there are as many.
    """
    terms = arm_terms(s)
    valid = [i for i, m in enumerate(mentions) if m.valid and m.kind]
    done: set[int] = set()
    # Groups of mentions joined only by connectors, with no arm word among them.
    k = 0
    while k < len(valid):
        group = [valid[k]]
        while k + 1 < len(valid):
            a, b = mentions[group[-1]], mentions[valid[k + 1]]
            between = s[a.end : b.start]
            if _CONNECTOR_ONLY.match(re.sub(r"\b(?:patients|participants|subjects)\b", "", between)) and not any(
                a.end <= t[0] < b.start for t in terms
            ):
                group.append(valid[k + 1])
                k += 1
            else:
                break
        k += 1
        if len(group) < 2:
            continue
        pairs = versus_pairs(s, mentions, group)
        if pairs and pairs_arms(s, terms, mentions, group, pairs, other_arm):
            done.update(group)
            continue
        if len({mentions[j].kind for j in group}) > 1:
            # a list of measures ("response and remission ... 53% and 27% with ketamine"), not of arms: one arm for
            # all, the one named right after the list, else each number finds its own
            nxt = next((mentions[j].start for j in valid if j > group[-1]), len(s))
            tail_end = s.find(";", mentions[group[-1]].end, nxt)
            tail_end = nxt if tail_end < 0 else tail_end
            tail = distinct_arms(s, [t for t in terms if mentions[group[-1]].end <= t[0] < tail_end])
            if len(tail) == 1:
                label = arm_label(s, tail[0])
                for j in group:
                    mentions[j].arm, mentions[j].arm_drug, mentions[j].arm_pos = label, tail[0][3], tail[0][0]
                    done.add(j)
            continue
        first = mentions[group[0]]
        inside = [t for t in terms if first.start <= t[0] < mentions[group[-1]].end]
        if inside:
            continue
        last_end = mentions[group[-1]].end
        before = distinct_arms(s, [t for t in terms if t[0] < first.start])
        # "Compared with placebo, ketamine was associated with more dissociation (35% vs 3%)": the arm named as what
        # is compared with comes second, whatever its place in the sentence
        before = [t for t in before if not compared_arm(s, t)] + [t for t in before if compared_arm(s, t)]
        after = distinct_arms(s, [t for t in terms if t[0] >= last_end])
        respectively = "respectively" in s[last_end : last_end + 80].lower()
        listed = group_arm(s, terms, mentions, valid, group)
        if listed:
            # "69% and 61% after esketamine, and 52% and 50% after midazolam, respectively", "50% and 40% of the
            # ketamine group ..., compared with 10% and 15% of the midazolam group": each list is the arm's after it
            for j in group:
                mentions[j].arm, mentions[j].arm_drug, mentions[j].arm_pos = arm_label(s, listed), listed[3], listed[0]
                done.add(j)
            continue
        paired = arms_before_next(s, terms, mentions, valid, group)
        if paired:
            # "60% and 40% with ketamine 0.5 mg/kg and 0.2 mg/kg, and 20% with placebo": as many arms (doses
            # included) right after the list, before the next value, one for each value in order
            for idx, t in zip(group, paired, strict=True):
                mentions[idx].arm, mentions[idx].arm_drug, mentions[idx].arm_pos = arm_label(s, t), t[3], t[0]
                done.add(idx)
            continue
        if respectively and len(after) < len(group):
            after = distinct_arms(s, sorted([t for t in terms if t[0] >= last_end] + _dose_arms(s, terms, last_end)))
        if respectively and not terms and arms and len(arms) == len(group):
            # "Response rates were 50%, 35% and 15%, respectively": the arms as the methods listed them
            for idx, (label, drug) in zip(group, arms, strict=True):
                mentions[idx].arm, mentions[idx].arm_drug, mentions[idx].arm_pos = label, drug, None
                done.add(idx)
            continue
        if respectively and len(after) >= len(group):
            order = after  # "64% vs 18% for ketamine and placebo, respectively"
        elif len(before) >= len(group):
            order = before
        elif len(before) == 1 and len(group) == 2 and other_arm and other_arm != before[0][2]:
            _named_versus_control(s, mentions, group, before[0], other_arm)
            done.update(group)
            continue
        elif (len(after) == 1 and not before and other_arm
              and study_versus_control(s, mentions, group, after[0], other_arm)):
            # "Rates of response (45% vs 10%) ... were higher with ketamine": the one arm named after a compared pair is
            # the study drug the comparison favours; the pair is it versus the study's control
            _named_versus_control(s, mentions, group, after[0], other_arm)
            done.update(group)
            continue
        elif not terms and len(group) == 2 and other_arm:
            # "Remission rates were 30% versus 10%": no arm named, so the pair is study drug vs the study's control
            y = mentions[group[1]]
            y.arm, y.arm_drug = other_arm, "other"
            y.notes.append("comparator arm inferred")
            done.update(group)
            continue
        else:
            order = after
        if len(order) >= len(group):
            for idx, t in zip(group, order[: len(group)], strict=False):
                mentions[idx].arm, mentions[idx].arm_drug, mentions[idx].arm_pos = arm_label(s, t), t[3], t[0]
                done.add(idx)
    for i in valid:
        if i in done:
            continue
        one = single_arm(s, terms, mentions, i)
        if one is not None:
            m = mentions[i]
            m.arm, m.arm_drug, m.arm_pos = arm_label(s, one), one[3], one[0]
