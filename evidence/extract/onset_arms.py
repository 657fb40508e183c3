"""Onset arms: a result that the drug's arm shares with the control arm is not the drug's separation from it."""

from __future__ import annotations

from evidence.extract.rules import onset_arms as rules
from evidence.extract.text import Sentence


def control_labels(sentences: list[Sentence]) -> set[str]:
    """The letters of the groups the abstract defines as its control ('a routine group (group C)', 'group N (control
    group)', 'group C received normal saline')."""
    out: set[str] = set()
    for s in sentences:
        for m in rules.ONSET_CONTROL_LABEL.finditer(s.text):
            out.add(next(g for g in m.group("a", "b", "c") if g))
    return out


def shared_with_the_control(s: str, controls: set[str]) -> bool:
    """The sentence joins the control group with another as one subject ('Compared with group Z, group C and group K
    showed lower EPDS scores'): an effect both arms share against a third group, not the drug against its control."""
    return any(set(rules.ONSET_GROUP_LETTER.findall(m.group(0))) & controls
               for m in rules.ONSET_JOINED_GROUPS.finditer(s)
               if not rules.ONSET_COMPARED_WITH_BEFORE.search(s[: m.start()]))
