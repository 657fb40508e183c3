"""The arm words of a sentence: the studied drug's forms, comparators and doses, with their labels."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from evidence.extract import drugs as study_drugs
from evidence.extract.abbrev import uses


@lru_cache(maxsize=16)
def _arm_res(drugs: study_drugs.StudyDrugs) -> list[tuple[re.Pattern[str], str, str]]:
    """The arm words of the studied drug in force, compiled once per vocabulary."""
    return [(re.compile(rx, re.IGNORECASE if label not in ("ECT",) else 0), label, drug)
            for rx, label, drug in study_drugs.arm_rules(drugs)]


# The dose written right after a drug word ('esketamine 84 mg').
DOSE_AFTER = re.compile(r"^\s*\(?\s*(\d+(?:\.\d+)?\s*(?:mg/kg|mg))\b", re.IGNORECASE)


# "group K", "Group KR", "the S group": an arm told by a code, upper case, one to three characters
GROUP_LABEL = re.compile(r"\b[Gg]roup\s+(?P<a>[A-Z][A-Z0-9]{0,2})\b|\b(?P<b>[A-Z][A-Z0-9]{0,2})\s+group\b")
# {code: (arm label, drug)} of the abstract being read (evidence/extract/arm_labels.py), while its rates are read
_GROUPS: ContextVar[dict[str, tuple[str, str]]] = ContextVar("group_labels", default={})  # noqa: B039 - never mutated


# {abbreviation: (arm label, drug)} of the comparators the abstract names by an abbreviation it defines ('MID', 'RWT')
_ABBREVS: ContextVar[dict[str, tuple[str, str]]] = ContextVar("arm_abbrevs", default={})  # noqa: B039 - never mutated


@contextmanager
def labelled_groups(
    labels: dict[str, tuple[str, str]], abbrevs: dict[str, tuple[str, str]] | None = None
) -> Iterator[None]:
    """While open, a group label the abstract defined ('group C' = saline), or a comparator's abbreviation it defined
    ('midazolam (MID)'), is an arm word like the arm's own."""
    token = _GROUPS.set(labels)
    token2 = _ABBREVS.set(abbrevs or {})
    try:
        yield
    finally:
        _ABBREVS.reset(token2)
        _GROUPS.reset(token)


def label_code(m: re.Match[str]) -> str:
    """The code of a GROUP_LABEL match ('K' of 'group K' and of 'K group')."""
    return m.group("a") or m.group("b")


def as_group_words(s: str) -> str:
    """s with each group label the abstract defined written as the word 'group' ('and 16.7% in group C' -> 'and 16.7%
    in group group'): a connective text still, while an undefined label's letter is not."""
    groups = _GROUPS.get()
    return GROUP_LABEL.sub(lambda m: " group " if label_code(m) in groups else m.group(0), s)


def arm_terms(s: str) -> list[tuple[int, int, str, str]]:
    """(start, end, arm label, drug) of every arm word in s; esketamine is not also read as ketamine; a defined group
    label ('group C') counts as its arm's word."""
    found: list[tuple[int, int, str, str]] = []
    for rx, label, drug in _arm_res(study_drugs.active()):
        for m in rx.finditer(s):
            if any(a <= m.start() < b for a, b, _, _ in found):
                continue
            if label == "ketamine" and re.search(r"(?:es|ar|[SR]-)$", s[max(0, m.start() - 3) : m.start()], re.I):
                continue
            found.append((m.start(), m.end(), label, drug))
    groups = _GROUPS.get()
    for m in GROUP_LABEL.finditer(s) if groups else ():
        arm = groups.get(label_code(m))
        if arm is not None and not any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _, _ in found):
            found.append((m.start(), m.end(), arm[0], arm[1]))
    for short, (label, drug) in _ABBREVS.get().items():
        for a, b in uses(s, short):
            if not any(x <= a < y or a <= x < b for x, y, _, _ in found):
                found.append((a, b, label, drug))
    return sorted(found)


def arm_label(s: str, term: tuple[int, int, str, str]) -> str:
    """Arm label with its dose when the dose follows the drug word ('esketamine 84 mg')."""
    start, end, label, _ = term
    d = DOSE_AFTER.match(s[end : end + 30])
    # whitespace collapsed: a repaired web decimal ('0. 5 mg' -> '0.5  mg') keeps its text's length, not its spacing
    return f"{label} {' '.join(d.group(1).split())}" if d and label in study_drugs.active().words else label


def distinct_arms(s: str, terms: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """One term per arm; two doses of one drug ('ketamine 0.5 mg/kg, ketamine 0.2 mg/kg') are two arms."""
    out: list[tuple[int, int, str, str]] = []
    for t in terms:
        if arm_label(s, t) not in [arm_label(s, o) for o in out]:
            out.append(t)
    return out


# A dose standing alone for an arm ("52% and 38% for 0.5 mg/kg and 0.2 mg/kg"); its drug is the study's.
DOSE_ARM = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s*(?:mg/kg|mg)\b", re.IGNORECASE)
DOSE_ARM_DRUG = "dose"
