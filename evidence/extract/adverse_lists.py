"""A labelled list of adverse-event rates under a heading (a reader of evidence/extract/adverse.py): "Treatment-emergent
adverse events in the ketamine versus placebo groups, respectively, were: induction, 40% versus 20%; maintenance, 30%
versus 10%; serious AEs: induction, 2% versus 1%".

The heading before the colon names the measure (an adverse-event term) and, for pairs of rates, the two groups in
order; each ';'-item after it is a label (a phase, a subgroup or a named event) and its rate or pair of rates; an item
may open a new heading of its own ("serious AEs: ..."). An item whose label names an event counts that event; any
other label is the heading's term in that phase. Pairs are read only when the heading names two groups: an unnamed
pair is left to the other readers. Labels with digits (times, doses) are not read here: their rates belong to a time.
"""

from __future__ import annotations

import re

from evidence.extract import lexicon
from evidence.extract.adverse_reading import Reading
from evidence.extract.adverse_reading import row as _row
from evidence.extract.adverse_terms import clean, negated, term_phrase
from evidence.extract.arm_words import arm_terms, distinct_arms
from evidence.extract.rules import adverse as rules
from evidence.extract.rules import adverse_lists as list_rules


def _groups(heading: str) -> list[tuple[str, str | None]]:
    """The two groups the heading names in order, as (label, arm) with arm the study arm or None for a subgroup
    ('in younger versus older patients'); [] when it names no two."""
    arms = distinct_arms(heading, arm_terms(heading))
    if len(arms) == 2:
        return [(a[2], a[2]) for a in arms]
    m = list_rules.AE_LIST_GROUPS.search(heading)
    if m is None or arms:
        return []
    return [(m.group("a").lower(), None), (m.group("b").lower(), None)]


def _heading_term(heading: str) -> str | None:
    """The adverse-event term a heading names last, unless negated ('no serious AEs:') or the heading is about the
    sample before treatment ('Baseline anxiety:', 'Patients with a history of hypertension:')."""
    hit = term_phrase(heading, before=True)
    if hit is None or rules.AE_BASELINE.search(heading):
        return None
    if rules.AE_GROUP_TRAIT_BEFORE.search(heading[max(0, hit[1] - 60) : hit[1]]):
        return None
    term, at = hit
    return None if negated(heading, at, at + len(term)) else term


def headed_list(r: Reading) -> None:
    """Rates of a labelled list after an adverse-event heading and a colon (see the module's docstring)."""
    s = r.s
    colon, term = -1, None
    while term is None:  # the first colon whose heading names an event ("Safety: TEAEs ... were: ...")
        colon = s.find(":", colon + 1)
        if colon < 0:
            return
        heading = s[max(s.rfind(";", 0, colon), s.rfind(":", 0, colon)) + 1 : colon]
        term = _heading_term(heading)
    groups = _groups(heading)
    pos = colon + 1
    for raw in s[pos:].split(";"):
        item, base = raw, pos
        pos += len(raw) + 1
        inner = item.rfind(":")
        if inner >= 0:  # "serious TEAEs: induction, 2.2% versus 1.9%": a heading of its own
            term = _heading_term(item[:inner]) or ""
            item, base = item[inner + 1 :], base + inner + 1
        m = list_rules.AE_LIST_ITEM.fullmatch(item)
        if not term or m is None:
            continue
        _add_item(r, m, base, term, groups)


def _add_item(r: Reading, m: re.Match[str], base: int, term: str, groups: list[tuple[str, str | None]]) -> None:
    """The rows of one item ('induction, 86.1% versus 74.8%'): its rate, or its pair when the groups are named."""
    label = clean(m.group("label")).strip()
    named = [t for t in lexicon.AE_TERM_RE.finditer(label) if not lexicon.AE_GENERIC.search(t.group(0))]
    if named and negated(label, named[0].start(), named[0].end()):
        return
    if list_rules.AE_LIST_GRADE.fullmatch(label):
        return  # "mild, 60%; moderate, 30%": how severe the events were, or an answer, not an incidence
    what = clean(named[0].group(0)) if named else term
    values = [g for g in ("a", "b") if m.group(g)]
    if len(values) == 2 and not groups:
        return  # an unnamed pair: whose is which is not said here
    for k, g in enumerate(values):
        arm, who = (groups[k][1], groups[k][0]) if len(values) == 2 else (None, None)
        span = (base + m.start(g), base + m.end(g))
        detail = ", ".join(x for x in (what, None if named else label, who) if x)
        row = _row(r.sent, arm, float(m.group(g)), None, what, "auto", span, detail=detail)
        r.add(row, span)
