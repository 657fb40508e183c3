"""One sentence being read for adverse events (evidence/extract/adverse.py): what was found, which spans are used,
and the row a finding becomes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from evidence.extract import drugs as drug_vocab
from evidence.extract import lexicon
from evidence.extract.mentions import Mention
from evidence.extract.text import Sentence


@dataclass
class Found:
    """An adverse-event finding being read: its row, and the proportion it was read from, if any (the row takes that
    proportion's arm once the whole sentence is read)."""

    row: dict[str, object]
    mention: Mention | None = None


@dataclass
class Reading:
    """One sentence being read: the study's control arm, what was found, and which spans of it are used up."""

    sent: Sentence
    control: str | None
    mentions: list[Mention]
    found: list[Found] = field(default_factory=list)
    used: list[tuple[int, int]] = field(default_factory=list)
    threshold: Found | None = None
    bracketed: list[tuple[str, int]] = field(default_factory=list)  # (term, end of its bracket) of "term (20%)"

    @property
    def s(self) -> str:
        return self.sent.text

    def free(self) -> list[Mention]:
        """The proportions of the sentence that no finding has used yet."""
        return [x for x in self.mentions if all(x.end <= a or x.start >= b for a, b in self.used)]

    def taken(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.used)

    def add(self, row: dict[str, object], span: tuple[int, int], mention: Mention | None = None) -> None:
        self.found.append(Found(row, mention))
        self.used.append(span)


def row(sent: Sentence, arm: str | None, value: float, n: int | None, term: str, confidence: str,
         span: tuple[int, int], unit: str = "percent", terms: list[str] | None = None,
         detail: str | None = None) -> dict[str, object]:
    """One adverse-event finding row; span is the number's offsets in the sentence."""
    drug = arm if arm in drug_vocab.active().words else ("other" if arm else None)
    return {
        "kind": "adverse_event",
        "arm": arm,
        "arm_drug": drug,
        "arm_pos": None,
        "value": value,
        "unit": unit,
        "timepoint_hours": None,
        "n": n,
        "detail": detail or term,
        "term": term,
        "terms": terms or [term],
        "category": lexicon.ae_category(term) if not terms else "other",
        "categories": sorted({lexicon.ae_category(t) for t in (terms or [term])}),
        "serious": bool(re.search(r"serious", term, re.I)),
        "span": [sent.start, sent.end],
        "value_span": [sent.start + span[0], sent.start + span[1]],
        "confidence": confidence,
    }
