"""Measures (and times) named away from the values they describe: after a list ('10 (13%) and 6 (8%) patients
responded and remitted, respectively'; '52% and 31% remitted'), before a list of compared pairs ('response and remission
rates (45% vs 10% and 20% vs 5%)'; 'at day 1 and day 7 ... 45% vs 10% and 20% vs 5%'), or on the value a number is
compared with ('69% in the esketamine arm compared with 52% in the placebo arm')."""

from __future__ import annotations

import re

from evidence.extract import lexicon
from evidence.extract.arm_pairs import versus_pairs
from evidence.extract.kinds import cue_hits
from evidence.extract.lists import measure_kind, time_run
from evidence.extract.mentions import Mention

# Two values of one list: only connectors between them, and the second value's count may lead it ("13%) and 6 (8%").
_JOINED = re.compile(r"[\s\[\]();,]*(?:and|or)?[\s\[\]();,]*(?:\d+\s*[(\[]\s*)?", re.IGNORECASE)
_RATES = ("response_rate", "remission_rate")
_ANY_GAP = re.compile(r"[\s\[\]();,]*(?:and|or|vs\.?|v\.|versus|compared\s+(?:with|to))?[\s\[\]();,]*", re.I)


def trailing_kinds(s: str, mentions: list[Mention]) -> None:
    """A list of values followed, before the next value or ';', by as many measures and 'respectively' ('59% and 41%
    met criteria for response and remission, respectively') takes those measures in order; a list of arms after the
    values ('... responded to ketamine and placebo, respectively') names no measure per item and changes nothing."""
    valid = [m for m in mentions if m.valid]
    for group in _runs(s, valid):
        if len(group) < 2:
            continue
        last = group[-1]
        nxt = next((m.start for m in valid if m.start >= last.end), len(s))
        tail = s[last.end : nxt].split(";")[0]
        closes = lexicon.RESPECTIVELY_RE.search(tail)
        if not closes:
            continue
        named = tail[: closes.start()].strip(" ,)]")
        items = [x for x in lexicon.LIST_SPLIT_RE.split(named) if x.strip(" ,")]
        kinds = [measure_kind(x) for x in items]
        if len(kinds) != len(group) or any(k not in _RATES for k in kinds) or len(set(kinds)) < 2:
            continue
        for m, kind in zip(group, kinds, strict=True):
            m.kind = kind


def _runs(s: str, valid: list[Mention]) -> list[list[Mention]]:
    """The values cut into runs written as one list, in text order."""
    runs: list[list[Mention]] = []
    for m in valid:
        if runs and _JOINED.fullmatch(s[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def paired_kinds(s: str, mentions: list[Mention]) -> None:
    """'Response and remission rates were higher with ketamine (45% vs 10% and 20% vs 5%)': a list of compared pairs
    after as many measures named together ('response and remission') takes them, one measure per pair, in order."""
    for run in _compared_runs(s, mentions):
        pairs = versus_pairs(s, run, list(range(len(run))))
        if not pairs:
            continue
        head = s[s.rfind(";", 0, run[0].start) + 1 : run[0].start]
        named = list(lexicon.KIND_LIST_RE.finditer(head))
        if not named or cue_hits(head[named[-1].end() :]):
            continue
        kinds = [measure_kind(w) for w in named[-1].group("a", "b")]
        if len(kinds) != len(pairs) or len(set(kinds)) < 2 or any(k not in _RATES for k in kinds):
            continue
        for (a, b), kind in zip(pairs, kinds, strict=True):
            run[a].kind = run[b].kind = kind


def paired_times(s: str, mentions: list[Mention]) -> dict[int, float]:
    """'Response rates at day 1 and day 7 were 45% vs 10% and 20% vs 5%': compared pairs after as many times named
    together take them, one time per pair, in order ({index in mentions: hours})."""
    out: dict[int, float] = {}
    for run in _compared_runs(s, mentions):
        pairs = versus_pairs(s, run, list(range(len(run))))
        if not pairs:
            continue
        hours = time_run(s, s.rfind(";", 0, run[0].start) + 1, run[0].start, last=True)
        if len(hours) != len(pairs) or len(set(hours)) != len(hours):
            continue
        for (a, b), h in zip(pairs, hours, strict=True):
            out[mentions.index(run[a])] = out[mentions.index(run[b])] = h
    return out


def _compared_runs(s: str, mentions: list[Mention]) -> list[list[Mention]]:
    """The valid values cut into runs joined only by list or comparison connectors, in text order."""
    runs: list[list[Mention]] = []
    for m in (x for x in mentions if x.valid):
        if runs and _ANY_GAP.fullmatch(s[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


# Between two values of one list, arm words may stand after the first ("69% of esketamine-treated and 52% of placebo-
# treated patients responded").
_ARM_LIST_GAP = re.compile(
    r"[\s\[\]();,]*(?:(?:of|in|with|for)\s+(?:the\s+)?[\w-]+(?:\s+(?:group|arm|patients|participants))?\s*)?"
    r"(?:and|or|vs\.?|versus)[\s\[\]();,]*",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r",\s|;|\band\b|\bwhereas\b|\bwhile\b|\bbut\b|\bcompared\b|\bversus\b|\bvs\b", re.I)


def verb_after_list(s: str, mentions: list[Mention]) -> None:
    """'..., and 52% and 31% remitted', '69% of esketamine-treated and 52% of placebo-treated patients responded': the
    measure named right after the last value of a list is the predicate of every value in it."""
    runs: list[list[Mention]] = []
    for m in (x for x in mentions if x.valid):
        if runs and _ARM_LIST_GAP.fullmatch(s[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        last = run[-1]
        if len(run) < 2 or last.kind not in _RATES:
            continue
        nxt = next((m.start for m in mentions if m.valid and m.start >= last.end), len(s))
        head = _CLAUSE_END.split(s[last.end : nxt], maxsplit=1)[0]
        cues = cue_hits(head)
        if not cues or cues[0][1] != last.kind:
            continue  # the last value's kind is not the words after the list
        for m in run[:-1]:
            m.kind = last.kind  # the list's own predicate, not a measure named before it in another clause


# "69% in the esketamine arm compared with 52% in the placebo arm", "45% for ketamine versus placebo (10%)": the words
# between two values are only the first one's arm and a comparison.
_COMPARED_GAP = re.compile(
    r"[\s,;()\[\]]*(?:(?:in|for|with|among|of|on|after)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+[\s,;)\]]*)?"
    r"(?:compared\s+(?:with|to)|versus|vs\.?|v\.|than|as\s+opposed\s+to|against)\s+"
    r"(?:(?:with|to|for|in|among|on)\s+)?(?:the\s+|those\s+)?(?:[\w-]+\s+){0,3}?[\s(\[]*",
    re.IGNORECASE,
)


def compared_kinds(s: str, mentions: list[Mention]) -> None:
    """A value with no measure of its own, compared with the value just before it ('69% in the esketamine arm compared
    with 52% in the placebo arm'), measures the same thing."""
    valid = [m for m in mentions if m.valid]
    for x, y in zip(valid, valid[1:], strict=False):
        if y.kind is None and x.kind in _RATES and _COMPARED_GAP.fullmatch(s[x.end : y.start]):
            if not cue_hits(s[x.end : y.start]):
                y.kind = x.kind
