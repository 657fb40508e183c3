"""Measures named after a list of values ('10 (13%) and 6 (8%) patients responded and remitted, respectively'): the
values take the measures in the order the sentence names them after the list, as 'respectively' says."""

from __future__ import annotations

import re

from evidence.extract import lexicon
from evidence.extract.lists import measure_kind
from evidence.extract.mentions import Mention

# Two values of one list: only connectors between them, and the second value's count may lead it ("13%) and 6 (8%").
_JOINED = re.compile(r"[\s\[\]();,]*(?:and|or)?[\s\[\]();,]*(?:\d+\s*[(\[]\s*)?", re.IGNORECASE)
_RATES = ("response_rate", "remission_rate")


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
