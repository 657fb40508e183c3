"""Is a rate in an adverse-event sentence an incidence of events during treatment at all?

Not when its clause places it before treatment ("At baseline, 35% reported fatigue", "20% had a family history of
mania", "pre-existing hypertension in 12%"): that is a characteristic of the sample. Not when it is one end of a
change in how many had a state ("the proportion with clinically significant anxiety fell from 60% to 25%"): that is
an outcome. Not when it is a share of the events themselves ("Most AEs (90%) were mild"). The words are data in
rules/adverse.py and rules/adverse_sample.py.
"""

from __future__ import annotations

import re

from evidence.extract.rules import adverse as rules
from evidence.extract.rules import adverse_sample as sample_rules


def clause_span(sentence: str, pos: int) -> tuple[int, int]:
    """Offsets of the clause of sentence that holds pos: cut at ';' and at ', and' / ', but' / 'whereas' / 'while'."""
    start, end = 0, len(sentence)
    for m in rules.AE_CLAUSE_BREAK.finditer(sentence):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def before_treatment(sentence: str, pos: int) -> bool:
    """The clause holding the rate at pos, or a heading before a colon that governs the list it is in ('Patients with
    a history of hypertension: yes, 30%; no, 70%'), says it was counted before treatment or is the sample's history."""
    a, b = clause_span(sentence, pos)
    heads = [(sentence.rfind(";", 0, c.start()) + 1, c.start()) for c in _COLON.finditer(sentence, 0, pos)]
    return any(not rules.AE_BASELINE_FROM.search(sentence[max(0, m.start() - 20) : m.start()])
               for x, y in [(a, b), *heads] for m in rules.AE_BASELINE.finditer(sentence, x, y))


_COLON = re.compile(r":(?!\d)")


def level_change(sentence: str, start: int, end: int) -> bool:
    """The rate at sentence[start:end] is one end of a change ('fell from 60% to 25%', 'rose from 5% to 20%')."""
    for m in rules.AE_LEVEL_CHANGE.finditer(sentence):
        if m.start() <= start and end <= m.end():
            return True
    return False


def event_share(s: str, a: int, b: int) -> bool:
    """The number in s[a:b] (a span that may open with its term: 'Most AEs (90%)') is a share of events."""
    pct = [m.start() for m in re.finditer(r"\d+(?:\.\d+)?\s*%", s[a:b])]
    at = a + pct[-1] if pct else a
    before = s[max(0, at - 80) : at]
    if sample_rules.AE_ADMINISTRATION_SHARE_BEFORE.search(before):
        return True  # "Four of 205 infusions (1.95%)": a count of administrations with its share, not of people
    return bool(sample_rules.AE_EVENT_SHARE_AFTER.match(s[b:]) or sample_rules.AE_EVENT_SHARE_BEFORE.search(before))
