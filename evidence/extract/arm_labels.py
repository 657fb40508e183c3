"""Arms told by a code letter ('group K', 'Group C', 'the S group'): which treatment each label stands for, read from
the sentence that defines it, so a result told by label ('in group C (4.62%)') takes that arm."""

from __future__ import annotations

import re

from evidence.extract.arm_words import arm_terms
from evidence.extract.text import Sentence

# "group K", "Group KR", "the S group"; the code is upper case, one to three characters
GROUP_LABEL = re.compile(r"\b[Gg]roups?\s+(?P<a>[A-Z][A-Z0-9]{0,2})\b|\b(?P<b>[A-Z][A-Z0-9]{0,2})\s+group\b")
# what follows a label that tells its treatment: "group A received ketamine", "Group K, administered ketamine"
_GIVEN_AFTER = re.compile(
    r"\s*,?\s*(?:\(\s*n\s*=\s*\d+\s*\)\s*)?(?:patients\s+)?(?:received|receiving|was\s+given|were\s+given|given"
    r"|was\s+administered|were\s+administered|administered)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:.]|\b(?:and|or|while|whereas)\b", re.IGNORECASE)

Arm = tuple[str, str]


def _code(m: re.Match[str]) -> str:
    return m.group("a") or m.group("b")


def _defined_arm(s: str, m: re.Match[str]) -> Arm | None:
    """The arm the label at m is defined as: named just before its bracket ('ketamine group (group K)'), first in the
    bracket after it ('group S (esketamine group)', 'group C (3 mL of saline ...)'), or given after it ('Group A
    received ketamine')."""
    before = s[max(0, m.start() - 40) : m.start()]
    if before.rstrip().endswith("("):
        clause = _CLAUSE_BREAK.split(before.rstrip()[:-1])[-1]
        named = arm_terms(clause)
        return (named[-1][2], named[-1][3]) if named else None
    after = s[m.end() :]
    if after.lstrip().startswith("("):
        depth, inside = 0, ""
        for ch in after.lstrip():
            depth += {"(": 1, ")": -1}.get(ch, 0)
            if depth == 0:
                break
            inside += ch
        named = arm_terms(inside)
        return (named[0][2], named[0][3]) if named else None
    given = _GIVEN_AFTER.match(after)
    if given:
        named = arm_terms(_CLAUSE_BREAK.split(after[given.end() : given.end() + 60])[0])
        return (named[0][2], named[0][3]) if named else None
    return None


def group_arms(sentences: list[Sentence]) -> dict[str, Arm]:
    """{code: (arm label, drug)} of each group label the abstract defines once, one way; a label defined as two
    different arms is left out."""
    found: dict[str, set[Arm]] = {}
    for sent in sentences:
        for m in GROUP_LABEL.finditer(sent.text):
            arm = _defined_arm(sent.text, m)
            if arm is not None:
                found.setdefault(_code(m), set()).add(arm)
    return {code: arms.pop() for code, arms in found.items() if len(arms) == 1}


def named_label(text: str) -> str | None:
    """The code of the one group label `text` (the words just before a value) names, or None when it names none or
    several ('higher in group K than in group C (20%)' is left alone)."""
    codes = {_code(m) for m in GROUP_LABEL.finditer(text)}
    return codes.pop() if len(codes) == 1 else None
