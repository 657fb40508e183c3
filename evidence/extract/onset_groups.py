"""Onset per group: two arms or subgroups that each separated (or improved) at the same earliest time are two onsets."""

from __future__ import annotations

import re

from evidence.extract.onset_clauses import clauses, domain, positive_hours
from evidence.extract.rules import onset_groups as rules
from evidence.extract.text import Sentence


def _name(m: re.Match[str]) -> str:
    """A group's identity: its letter, or its words with every name of the drug's own arm read as one."""
    if m.group("letter"):
        return m.group("letter").upper()
    words = m.group("named").lower()
    return "drug" if rules.ONSET_DRUG_ARM_WORD.search(words) else words


def clause_groups(c: str, controls: set[str]) -> list[str]:
    """The groups a clause reports an effect for: 'both younger (...) and older (...) patients' names two; otherwise
    the first group the clause names, its subject ('Group B had lower scores than group N', 'the ECT-resistant group
    improved'), unless it is the control ('compared with group N, ...' sets the reference, not the subject)."""
    both = rules.ONSET_BOTH_SUBGROUPS.search(c)
    if both:
        return [x for x in (both.group("a").lower(), both.group("b").lower())
                if not rules.ONSET_CONTROL_WORD.search(x)]
    start = 0
    lead = rules.ONSET_REFERENCE_LEAD.match(c)
    if lead:
        start = lead.end()
    m = rules.ONSET_GROUP_NAME.search(c, start)
    if m is None:
        return []
    name = _name(m)
    if (m.group("letter") and name in {x.upper() for x in controls}) or (
            m.group("named") and rules.ONSET_CONTROL_WORD.search(m.group("named"))):
        return []
    return [name]


def groups_at(sentences: list[Sentence], onsets: list[int], hours: float, single_arm: bool,
              controls: set[str]) -> list[str]:
    """The distinct groups (arms or subgroups, not the control) for which the onset sentences (indices `onsets`)
    report their effect first at `hours`, clause by clause ('Group B had lower scores than group N at 1 d, while group
    C had lower scores at 1 d and 3 d'), and the sentence after one that goes on with the next group without naming
    an outcome ('Symptoms improved significantly in the ECT-resistant group at 230 minutes. At 230 minutes, the
    non-ECT group showed significant improvement'). Two or more are two onsets at one time; one is the onset as read."""
    out: list[str] = []
    after = [k + 1 for k in onsets if k + 1 < len(sentences) and domain(sentences[k + 1].text) is None]
    for s in (sentences[k].text for k in sorted({*onsets, *after})):
        for a, b in clauses(s):
            got, _, tier = positive_hours(s[a:b], single_arm)
            if not got or tier != 0 or abs(got[0] - hours) > 0.01 * max(hours, 1.0):
                continue
            out.extend(g for g in clause_groups(s[a:b], controls) if g not in out)
    return out
