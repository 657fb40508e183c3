"""Lists of numbers in a sentence: measures named in order ('response and remission rates were 53% and 27%'),
times named in order ('at 2, 24 and 72 hours'), one arm per list, and what follows a list."""

from __future__ import annotations

import re

from evidence.extract import lexicon
from evidence.extract.arms import arm_label, arm_terms
from evidence.extract.kinds import cue_hits, opens_own_clause
from evidence.extract.mentions import Mention, windows
from evidence.extract.ratetimes import own_clause_words, timepoints_of
from evidence.extract.rules.efficacy_lists import MEASURE_NAME_ITEM, TIME_ITEM, VERSUS_GAP

# (the second value may follow its count: "in 12 (60%) and 6 (30%) patients"; or a slash: "60%/30%")
_PAIR_GAP = re.compile(
    # ... also with each value's P value between them ("(13%, p = 0.04, and 7%, p = 0.003, respectively)")
    r"(?:[\s,;(]*(?-i:[Pp])\s*[=<>≤]\s*0?\.\d+\)?)?"
    r"[\s\[\]();,]*(?:and|or|vs\.?|v\.?|versus|compared\s+(?:with|to)|/)?[\s\[\]();,]*(?:\d+\s*[(\[]\s*)?", re.I
)
_VERSUS = re.compile(r"\bvs\b|\bv\b|versus|compared", re.IGNORECASE)


def listed_kinds(s: str, mentions: list[Mention]) -> None:
    """'Response and remission rates were 53% and 27%(, respectively)': the kinds are taken in the order named.

    A pair with no such list measures one thing ('response 64% and 18%'), so an unclassified second number takes the
    first one's kind.

    Without 'respectively' only when at most one arm follows the pair ('53% and 27% with ketamine'); a pair followed
    by two arms ('64% and 18% for ketamine and placebo') lists arms, not measures.
    """
    valid = [m for m in mentions if m.valid]
    for k, (x, y) in enumerate(zip(valid, valid[1:], strict=False)):
        gap = s[x.end : y.start]
        if not _PAIR_GAP.fullmatch(gap):
            continue
        head = s[s.rfind(";", 0, x.start) + 1 : x.start]
        pairs = list(lexicon.KIND_LIST_RE.finditer(head))
        words = pairs[-1].group("a", "b") if pairs else ("", "")
        kinds = ["remission_rate" if w.lower().startswith("remi") else "response_rate" for w in words]
        nxt = valid[k + 2].start if k + 2 < len(valid) else len(s)
        tail = s[y.end : nxt].split(";")[0]
        listed = (
            bool(pairs)
            and not _VERSUS.search(gap)  # "53% vs 27%" compares arms, not measures
            and kinds[0] != kinds[1]
            and not cue_hits(head[pairs[-1].end() :])  # "... remission rates favoured ketamine: response 64%"
            and ("respectively" in tail[:40].lower() or len({t[2] for t in arm_terms(tail)}) <= 1)
        )
        if listed:
            x.kind, y.kind = kinds
        elif y.kind is None and x.kind in ("response_rate", "remission_rate") and not opens_own_clause(s, y):
            y.kind = x.kind  # "response 64% and 18%": the second number of a bare pair measures the same thing




def mirrored_kinds(s: str, mentions: list[Mention]) -> None:
    """'45% responded and 20% remitted with ketamine, versus 10% and 5% with placebo': a list after 'versus' that is
    as long as the list of different measures before it takes their kinds in the same order."""
    valid = [m for m in mentions if m.valid]
    for group in _lists(s, valid):
        start = valid.index(group[0])
        n = len(group)
        before = valid[start - n : start] if start >= n else []
        if n < 2 or not before or any(m.kind not in ("response_rate", "remission_rate") for m in before):
            continue
        if len({m.kind for m in before}) < 2 or ";" in s[before[0].start : group[0].start]:
            continue
        gap = s[before[-1].end : group[0].start].split(",")[-1]
        if not VERSUS_GAP.search(gap) or cue_hits(gap):
            continue
        for m, ref in zip(group, before, strict=True):
            m.kind = ref.kind


_TIME_LIST_GAP = re.compile(r"[\s,;]*(?:and|or|to)?[\s,;]*", re.IGNORECASE)


def listed_times(s: str, mentions: list[Mention], labels: dict[str, float] | None = None) -> dict[int, float]:
    """'Response rates at 2, 24 and 72 hours were 30%, 45% and 40%, respectively': a list of values that matches, one
    for one, a list of times named before it (and not a list of as many arms) takes the times in order.

    The values then belong to one arm: the one named (or inferred) for the first, so an arm inferred for the second
    ("comparator arm inferred") is dropped."""
    out: dict[int, float] = {}
    valid = [i for i, m in enumerate(mentions) if m.valid and m.kind]
    k = 0
    while k < len(valid):
        group = [valid[k]]
        while k + 1 < len(valid) and _PAIR_GAP.fullmatch(s[mentions[group[-1]].end : mentions[valid[k + 1]].start]):
            group.append(valid[k + 1])
            k += 1
        k += 1
        gaps = [s[mentions[x].end : mentions[y].start] for x, y in zip(group, group[1:], strict=False)]
        if len(group) < 2 or any(_VERSUS.search(g) for g in gaps):
            continue  # "50% vs 20%" compares arms
        first, last = mentions[group[0]], mentions[group[-1]]
        tail = s[last.end : last.end + 40].lower()
        start = max(s.rfind(";", 0, first.start) + 1, 0)
        hours = time_run(s, start, first.start, last=True, labels=labels)
        if len(hours) != len(group) or len(set(hours)) != len(hours):
            # "were 50% and 30% at day 1 and day 7, respectively": the times after the values, then 'respectively'
            after = time_run(s, last.end, min(len(s), last.end + 80), last=False, labels=labels)
            closed = _respectively_after_times(s, last.end, labels) or _TIMES_RIGHT_AFTER.match(s, last.end)
            if len(after) != len(group) or len(set(after)) != len(after) or not closed:
                continue
            for j, h in zip(group, after, strict=True):
                out[j] = h
                m = mentions[j]
                if "comparator arm inferred" in m.notes:
                    m.notes.remove("comparator arm inferred")
                named = _single_arm_before(s, start, first.start)  # else the arm is unknown, not the inferred pair
                m.arm, m.arm_drug, m.arm_pos = (first.arm, first.arm_drug, first.arm_pos) if named else (None,) * 3
            continue
        own = _own_arm(s, mentions, group[-1])
        arms = {t[2] for t in arm_terms(s[start : last.end + 60])}
        if own is None and "respectively" not in tail and len(arms) > 1:
            continue
        if len(arms) >= len(group) and "respectively" in tail and not _single_arm_before(s, start, first.start):
            continue  # "50% and 15% in the ketamine and placebo arms, respectively": a list of arms
        for j, h in zip(group, hours, strict=True):
            out[j] = h
            m = mentions[j]
            if "comparator arm inferred" in m.notes:
                m.notes.remove("comparator arm inferred")
            if own is not None:
                m.arm, m.arm_drug, m.arm_pos = arm_label(s, own), own[3], own[0]
            else:
                m.arm, m.arm_drug, m.arm_pos = first.arm, first.arm_drug, first.arm_pos
    return out


def _times(text: str, labels: dict[str, float] | None) -> list[lexicon.TimeMention]:
    """The times of text: clock times, and the named assessment points the abstract defined ('T1', 'T2')."""
    named = [lexicon.TimeMention(m.start(), m.end(), labels[m.group(0)], m.group(0))
             for m in lexicon.TIME_LABEL_RE.finditer(text) if labels and m.group(0) in labels]
    return sorted([*timepoints_of(text), *named], key=lambda t: t.start)


def time_run(s: str, a: int, b: int, last: bool, labels: dict[str, float] | None = None) -> list[float]:
    """Hours of one list of times in s[a:b] ("at 24 h and day 7", "at 2, 24 and 72 hours", "at T1 and T2"): the last
    such list before the values (`last`), or the first one after them."""
    runs: list[list[lexicon.TimeMention]] = []
    for t in _times(s[a:b], labels):
        if runs and _TIME_LIST_GAP.fullmatch(s[a + runs[-1][-1].end : a + t.start]):
            runs[-1].append(t)
        else:
            runs.append([t])
    if not runs:
        return []
    return [t.hours for t in (runs[-1] if last else runs[0])]


# "45%, 52% and 60% on days 1, 7 and 28": the list of times written right after the values, one for each
_TIMES_RIGHT_AFTER = re.compile(
    r"\s*(?:of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:patients|participants|subjects|cases)\s*)?,?\s*(?:on|at|by|after|in)\s+"
    r"(?:the\s+)?(?:days?|weeks?|months?|hours?|\d)",
    re.IGNORECASE,
)


def _respectively_after_times(s: str, pos: int, labels: dict[str, float] | None = None) -> bool:
    """'..., respectively' closes the list of times that follows the values at pos."""
    times = _times(s[pos : pos + 80], labels)
    if not times:
        return False
    end = pos + times[-1].end
    return bool(lexicon.RESPECTIVELY_RE.match(s[end : end + 20].lstrip(" ,;)")))


def _own_arm(s: str, mentions: list[Mention], last: int) -> tuple[int, int, str, str] | None:
    """The one arm a list of values is given for, right after it ('50% and 40% for ketamine and 10% and 15% for
    midazolam'): 'for/in/with <arm>' before the next value."""
    nxt = next((m.start for m in mentions[last + 1 :] if m.valid), len(s))
    after = s[mentions[last].end : nxt].split(";")[0]
    terms = arm_terms(after)
    if len(terms) != 1 or not lexicon.FOR_ARM_BEFORE_RE.match(after[: terms[0][0]]):
        return None
    a, b, label, drug = terms[0]
    return a + mentions[last].end, b + mentions[last].end, label, drug


def _single_arm_before(s: str, a: int, b: int) -> bool:
    """Exactly one arm is named between a and b ('response rates in the ketamine group were')."""
    return len({t[2] for t in arm_terms(s[a:b])}) == 1




def _lists(s: str, valid: list[Mention]) -> list[list[Mention]]:
    """The valid mentions cut into runs written as one list ('45%, 30% and 12%'), in text order."""
    groups: list[list[Mention]] = []
    for m in valid:
        if groups and _joined(s, groups[-1][-1], m):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _joined(s: str, a: Mention, b: Mention) -> bool:
    """Two values next to each other in one list ('72% and 38%', '42.3%, 23.1%')."""
    return bool(_PAIR_GAP.fullmatch(s[a.end : b.start]))


def listed_measures(s: str, mentions: list[Mention]) -> None:
    """'Partial response, response and remission rates, respectively, were 42%, 23% and 4% for the BDI; 18%, 9% and
    0% for the QIDS': a list of measures named before 'respectively' gives its kinds, in order, to every list of as
    many values after it; a measure that is not a response or remission rate ('partial response') gives none."""
    if not lexicon.RESPECTIVELY_RE.search(s):
        return
    valid = [m for m in mentions if m.valid]
    if not valid:
        return
    head = s[: valid[0].start]
    verb = list(lexicon.LIST_VERB_RE.finditer(head))
    if not verb:
        return
    listed = lexicon.RESPECTIVELY_RE.sub("", head[: verb[-1].start()].split(";")[-1])
    listed = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", listed)  # "Response (a 50% or greater improvement)": a definition
    items = [x for x in lexicon.LIST_SPLIT_RE.split(listed.strip(" ,")) if x.strip(" ,")]
    if len(items) > 2 and TIME_ITEM.match(items[0]):
        items = items[1:]  # "At week 6, improvement, response and remission rates were ...": the time is no item
    # "MCID, response and remission rates were 47%, 27% and 16%": a bare measure's name is a list item of no rate
    # (only beside two rate items: "Two hours post-dose, response rates were 45% and 10%" lists arms, not measures)
    named = len(items) >= 3
    kinds = [measure_kind(x) or ("other" if named and MEASURE_NAME_ITEM.fullmatch(x.strip(" ,")) else "")
             for x in items]
    if len(kinds) < 2 or "" in kinds or not {"response_rate", "remission_rate"} & set(kinds):
        return
    for group in _lists(s, valid):
        if len(group) == len(kinds):
            for m, kind in zip(group, kinds, strict=True):
                m.kind = kind if kind in ("response_rate", "remission_rate") else None


def measure_kind(item: str) -> str:
    """Kind a list item names: response/remission rate, 'other' for another measure (partial response, relapse), ''
    for an item that names no measure."""
    hits = {k for _, k in cue_hits(item)}
    if hits & {"excluded", "relapse"}:
        return "other"
    if hits == {"remission_rate"}:
        return "remission_rate"
    if hits == {"response_rate"}:
        return "response_rate"
    return "other" if hits else ""


def list_tail(s: str, mentions: list[Mention], i: int) -> list[tuple[int, int]]:
    """The window after the last value of the list mention i belongs to ('72% and 38%, respectively, after 10
    infusions'): what it says of the list says of each value in it, the last value too (its own words stop at the
    next measure named: '40% and 22% of the two groups, respectively, were responders at day 28')."""
    j = i
    while j + 1 < len(mentions) and mentions[j + 1].valid and _joined(s, mentions[j], mentions[j + 1]):
        j += 1
    if j == i and not (i > 0 and mentions[i - 1].valid and _joined(s, mentions[i - 1], mentions[i])):
        return []
    _, _, fwd, foff = windows(s, mentions, j)
    fwd = own_clause_words(fwd)  # ", and at week 8, ...": the next clause's, not this list's
    return [(foff, foff + len(fwd))]


def list_head(s: str, mentions: list[Mention], i: int) -> list[tuple[int, int]]:
    """The window before the first value of the list mention i belongs to ('rates at week 4 were 45% and 20%, and at
    week 8, ...'): what it says of the list (its time) says of each later value too."""
    j = i
    while j > 0 and mentions[j - 1].valid and _joined(s, mentions[j - 1], mentions[j]):
        j -= 1
    if j == i:
        return []
    back, boff, _, _ = windows(s, mentions, j)
    return [(boff, boff + len(back))]


# "... 62.8% reported a 50% improvement on the PHQ-9, and 62.9% on the GAD-7": the second value's verb is left out;
# only the scale it was measured on is written.
_ELIDED_HEAD = re.compile(r"^\s*(?:on|in|by|for)\s+(?:the\s+)?(?P<scale>(?-i:[A-Z][A-Za-z]*(?:-?[A-Z0-9]+)*))\b")
_SCALE_NAMED = re.compile(r"\b(?:on|in|by|for)\s+(?:the\s+)?(?-i:[A-Z][A-Za-z]*(?:-?[A-Z0-9]+)*)\b")


def elided_kinds(s: str, mentions: list[Mention]) -> None:
    """A value with no kind whose only words name another scale ('and 62.9% on the GAD-7'), coordinated right after a
    response or remission value measured on a named scale, is the same measure on that scale."""
    valid = [m for m in mentions if m.valid]
    for prev, m in zip(valid, valid[1:], strict=False):
        if m.kind or prev.kind not in ("response_rate", "remission_rate"):
            continue
        head = _ELIDED_HEAD.match(s[m.end :])
        gap = s[prev.end : m.start]
        if not head or ";" in gap or not re.search(r"(?:,\s*|\s)and\s*$", gap) or not _SCALE_NAMED.search(gap):
            continue
        if head.group("scale") in gap:
            continue  # the same scale again: not a second scale's value
        m.kind = prev.kind
        m.notes.append("measure carried from the value before (verb left out)")
