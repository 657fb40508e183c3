"""Which drug names count as the studied drug: the profile's vocabulary, handed to parsing and extraction.

The ketamine rules (evidence/extract/rules/) stay the default. A profile about another drug passes its own
`StudyDrugs` to `extract_abstract(..., drugs=)` / `findings_tables_many(..., drugs=)` or wraps parsing in
`studying(drugs)`; the rule readers below (`active()`) then see its names instead of the ketamine forms, and the
ketamine forms become comparators like any other drug.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from evidence.extract.rules.efficacy import ARM_TERMS, KETAMINE_FAMILY
from evidence.extract.rules.routes import DRUG_PATTERNS


@dataclass(frozen=True)
class StudyDrugs:
    """The studied drug's vocabulary words (report order) and their name patterns (most specific first)."""

    words: tuple[str, ...]
    patterns: tuple[tuple[str, str], ...]  # (vocabulary word, regex), tried in this order
    arm_terms: tuple[tuple[str, str, str], ...]  # (regex, arm label, drug word) of the studied drug's arms

    @property
    def is_ketamine(self) -> bool:
        """True for the default ketamine rules (which carry enantiomer-specific logic)."""
        return self == KETAMINE


KETAMINE = StudyDrugs(
    words=tuple(KETAMINE_FAMILY),
    patterns=tuple(DRUG_PATTERNS.items()),
    arm_terms=tuple(t for t in ARM_TERMS if t[2] in KETAMINE_FAMILY),
)


def name_pattern(name: str) -> str:
    """A regex for one drug name: whole word, any case, '-' or a space between letters and digits optional
    ('COMP360' also reads 'COMP 360' and 'COMP-360')."""
    parts = re.split(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])", name.strip())
    return r"(?<!\w)" + r"[-\s]?".join(re.escape(p) for p in parts) + r"(?!\w)"


def study_drugs(names: Mapping[str, Sequence[str]]) -> StudyDrugs:
    """The vocabulary of a profile's drugs: each vocabulary word with the names that mean it (the word itself
    always counts); the ketamine forms' own rules when the profile studies exactly those."""
    words = tuple(names)
    if set(words) <= set(KETAMINE_FAMILY) and all(not [n for n in v if n != k] for k, v in names.items()):
        return KETAMINE
    patterns = tuple((w, "|".join(name_pattern(n) for n in dict.fromkeys([w, *names[w]]))) for w in words)
    return StudyDrugs(words=words, patterns=patterns, arm_terms=tuple((rx, w, w) for w, rx in patterns))


_ACTIVE: ContextVar[StudyDrugs] = ContextVar("study_drugs", default=KETAMINE)


def active() -> StudyDrugs:
    """The studied drug's vocabulary in force (the ketamine forms unless a caller passed another)."""
    return _ACTIVE.get()


@contextmanager
def studying(drugs: StudyDrugs | None) -> Iterator[StudyDrugs]:
    """Run the enclosed parsing/extraction with `drugs` as the studied drug (None: keep the one in force)."""
    if drugs is None:
        yield active()
        return
    token = _ACTIVE.set(drugs)
    try:
        yield drugs
    finally:
        _ACTIVE.reset(token)


@lru_cache(maxsize=16)
def compiled(drugs: StudyDrugs) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The name patterns compiled (case-insensitive), once per vocabulary."""
    return tuple((w, re.compile(p, re.IGNORECASE)) for w, p in drugs.patterns)


@lru_cache(maxsize=16)
def arm_rules(drugs: StudyDrugs) -> tuple[tuple[str, str, str], ...]:
    """The arm words in force: the studied drug's arms first, then every other arm word of the rules as a
    comparator (under another profile the ketamine forms are comparators too)."""
    if drugs.is_ketamine:
        return tuple(ARM_TERMS)
    others = [(rx, label, "other") for rx, label, d in ARM_TERMS if d in KETAMINE_FAMILY]
    return (*drugs.arm_terms, *others, *[t for t in ARM_TERMS if t[2] not in KETAMINE_FAMILY])
