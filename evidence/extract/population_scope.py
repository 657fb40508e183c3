"""Where a population word names something other than who was enrolled: a measured symptom, or an age word in an
abstract about sedation, anaesthesia or animals."""

from __future__ import annotations

import re
from collections.abc import Iterable

from evidence.extract.abbrev import abbreviations, uses
from evidence.extract.rules.population import (
    ADOLESCENT_PEOPLE_RE,
    SUICIDAL_OUTCOME_HEAD_RE,
    SUICIDAL_POPULATION_HEAD_RE,
    SUICIDAL_SUBGROUP_BEFORE,
    SUICIDAL_SYMPTOM_COMPANION_RE,
)
from evidence.extract.text import Sentence

_PEOPLE_AFTER = re.compile(
    r"^(?:\s*\([^)]{1,12}\))?\s+(?:[\w-]+\s+)?(?:patients|inpatients|outpatients|adolescents|youths?|individuals"
    r"|participants|adults|veterans|people|persons|subjects|cases)\b",
    re.IGNORECASE,
)
# "in" before a condition names who was treated ("effects of ketamine in TRD and suicidal ideation"), unless it follows
# a change ("improvement in", "reduction in") or gives a time ("in 2 weeks", "in the first week")
_IN_CONDITION = re.compile(
    r"\bin\b(?!\s+(?:\d|the\s+(?:first|next|last|same)|each|every|one|two|three|four|five|six)\b)"
    # ... nor how often ("and in severe cases, suicidal ideation": a symptom some sufferers have)
    r"(?!\s+(?:(?:severe|some|rare|extreme|many|most|other)\s+)?cases\b)", re.IGNORECASE
)
_BRACKET_RE = re.compile(r"\([^()]*\)")
_OUTCOME_WORD_END = re.compile(SUICIDAL_OUTCOME_HEAD_RE.pattern + r"\s*$", re.IGNORECASE)
# (a word saying how the symptom shows may stand between: "anhedonia, and passive suicidal ideation")
_LIST_BEFORE = re.compile(
    r"(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|as\s+well\s+as)\s+)(?:(?:passive|active|current|severe|recurrent"
    r"|chronic|persistent|transient)\s+)?$",
    re.IGNORECASE,
)
_LIST_AFTER = re.compile(r"^(?:\s*\([^)]{1,12}\))?\s*(?:,|\band\b|\bor\b)\s*([^,;.]{0,40})", re.IGNORECASE)


def suicidal_measured(clause: str, start: int, end: int) -> bool:
    """The suicidality at clause[start:end] is one of the things measured or changed ('effects of esketamine on
    depression severity and suicidal ideation', 'benefits to depressed mood, suicidal thoughts, and functioning'),
    not who was enrolled ('patients with suicidal ideation', 'suicidal inpatients')."""
    if _PEOPLE_AFTER.match(clause[end:]):
        return False  # "suicidal patients": people
    if clause[start].isupper() and clause[:start].strip():
        return False  # a word of a capitalised name ("Severity of Suicidality-Revised"), not a list item of prose
    before = clause[max(0, start - 160) : start]
    if SUICIDAL_SUBGROUP_BEFORE.search(before):
        return True  # "half of patients with SI at baseline": a subgroup counted
    # (a bracket's words are no head of the clause: "Changes in symptoms of depression (Inventory for Depressive
    # Symptomatology), suicidal ideation")
    before = _BRACKET_RE.sub(lambda b: " " * len(b.group(0)), before)
    outcome = [m.end() for m in SUICIDAL_OUTCOME_HEAD_RE.finditer(before)]
    people = [m.end() for m in SUICIDAL_POPULATION_HEAD_RE.finditer(before)] + [
        m.end() for m in _IN_CONDITION.finditer(before) if not _OUTCOME_WORD_END.search(before[: m.start()])
    ]
    people.sort()
    if outcome and (not people or outcome[-1] > people[-1]):
        return True  # the nearest head is a measure or an effect
    if people:
        return False
    # no head at all: a list of symptoms it belongs to ("Depressed mood, suicidal tendencies and somatic anxiety
    # decreased") makes it a symptom scored
    sep = _LIST_BEFORE.search(before)
    prev = re.split(r"[,;(]|\band\b|\bor\b", before[: sep.start()])[-1] if sep else ""
    nxt = _LIST_AFTER.match(clause[end:])
    after = nxt.group(1) if nxt else ""
    return bool(SUICIDAL_SYMPTOM_COMPANION_RE.search(prev) or SUICIDAL_SYMPTOM_COMPANION_RE.search(after))


def off_topic_ages(tags: set[str], text: str) -> set[str]:
    """The age tags of an abstract that treats nobody for a psychiatric condition: adolescents only where adolescent
    people are named ('paediatric' there means children of any age, a department or a scale; 'adolescence' is a
    life stage; 'adolescent mice' are no population)."""
    if "adolescent" in tags and not ADOLESCENT_PEOPLE_RE.search(text):
        return tags - {"adolescent"}
    return tags


def spell_out_conditions(sentences: list[Sentence], patterns: Iterable[re.Pattern[str]]) -> list[Sentence]:
    """The sentences with every later use of an abbreviation the abstract defines for a population condition written
    out ('suicidal ideation (SI)' ... 'patients with TRD and baseline SI'; 'bipolar disorder (BD)' ... 'youth with
    BD'), so the abbreviation counts as its long form; the definition itself is left as written."""
    rxs = list(patterns)
    text = " ".join(s.text for s in sentences)
    found = {short: long for short, long in abbreviations(text).items()
             if any(rx.search(long) for rx in rxs) and not any(rx.search(short) for rx in rxs)}
    if not found:
        return sentences
    out = []
    for s in sentences:
        t = s.text
        for short, long in found.items():
            spans = [(a, b) for a, b in uses(t, short) if not (t[a - 1 : a] == "(" and t[b : b + 1] == ")")]
            for a, b in reversed(spans):
                t = t[:a] + long + t[b:]
        out.append(Sentence(s.start, s.end, t, s.section) if t != s.text else s)
    return out
