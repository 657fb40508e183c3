"""Arms told by a code letter ('group K', 'Group C', 'the S group'): which treatment each label stands for, read from
the sentence that defines it, so a result told by label ('in group C (4.62%)') takes that arm."""

from __future__ import annotations

import re
from typing import cast

from evidence.extract.abbrev import abbreviations
from evidence.extract.arm_words import GROUP_LABEL, arm_terms, label_code
from evidence.extract.text import Sentence

# what follows a label that tells its treatment: "group A received ketamine", "Group K, administered ketamine"
_GIVEN_AFTER = re.compile(
    r"\s*,?\s*(?:\(\s*n\s*=\s*\d+\s*\)\s*)?(?:patients\s+)?(?:received|receiving|was\s+given|were\s+given|given"
    r"|was\s+administered|were\s+administered|administered)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:.]|\b(?:and|or|while|whereas)\b", re.IGNORECASE)

Arm = tuple[str, str]


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
    """{code: (arm label, drug)} of the group labels the abstract defines, each once and one way; {} when any label it
    uses is left undefined or defined as two arms (a result told by that label would take a neighbour's arm)."""
    found: dict[str, set[Arm]] = {}
    for sent in sentences:
        for m in GROUP_LABEL.finditer(sent.text):
            arm = _defined_arm(sent.text, m)
            found.setdefault(label_code(m), set()).update([arm] if arm else [])
    if any(len(arms) != 1 for arms in found.values()):
        return {}
    return {code: arms.pop() for code, arms in found.items()}


def named_label(text: str) -> str | None:
    """The code of the one group label `text` (the words just before a value) names, or None when it names none or
    several ('higher in group K than in group C (20%)' is left alone)."""
    codes = {label_code(m) for m in GROUP_LABEL.finditer(text)}
    return codes.pop() if len(codes) == 1 else None


def label_rows(sent: Sentence, rows: list[dict[str, object]], labels: dict[str, tuple[str, str]]) -> None:
    """A row with no arm whose words since the previous number name one group label ('group C (4.62%)') takes the
    arm the abstract defined that label as; a second group's row whose label is not defined is dropped (the study
    drug's default arm would be wrong for it)."""
    spans = {id(row): cast("list[int]", row["value_span"]) for row in rows}
    seen: set[str] = set()
    for row in sorted(rows, key=lambda x: spans[id(x)][0]):
        a, b = spans[id(row)]
        since = max([spans[id(o)][1] for o in rows if spans[id(o)][1] <= a] or [sent.start])
        code = named_label(sent.text[since - sent.start : b - sent.start])
        if code is None:
            continue
        if row["arm"] is None and code in labels:
            row["arm"], row["arm_drug"] = labels[code]
        elif row["arm"] is None and seen - {code}:
            rows.remove(row)
        seen.add(code)


# A long form that names a trial or a study design, not a treatment ("randomized placebo-controlled trial (RCT)")
_NOT_AN_ARM = re.compile(r"\b(?:trials?|stud(?:y|ies)|design|RCTs?|analys[ie]s|cohort)\b", re.IGNORECASE)
# A long form that names a treatment without a drug ("real-world treatments (RWT)", "repetitive transcranial magnetic
# stimulation (rTMS)", "cognitive behavioral therapy (CBT)"); not care or usual care, which every arm may receive
_TREATMENT_END = re.compile(r"\b(?:treatments?|therap(?:y|ies)|stimulation|psychotherapy)$", re.IGNORECASE)


def abbreviation_arms(sentences: list[Sentence]) -> dict[str, Arm]:
    """{abbreviation: (arm label, drug)} of the comparators the abstract names by an abbreviation it defines: one whose
    long form names one comparator ('midazolam 0.03 mg/kg (MID)' = midazolam) or a treatment with no drug of the
    study ('real-world treatments (RWT)', labelled by the abbreviation), so a rate told for 'MID' or 'RWT' is not
    read as the study drug's. The study drug's own abbreviations are left to its arm words."""
    out: dict[str, Arm] = {}
    for short, long in abbreviations(" ".join(s.text for s in sentences)).items():
        if arm_terms(short) or _NOT_AN_ARM.search(long):
            continue
        named = {(label, drug) for *_, label, drug in arm_terms(long)}
        if len(named) == 1 and next(iter(named))[1] == "other":
            out[short] = named.pop()
        elif not named and _TREATMENT_END.search(long.strip()):
            out[short] = (short, "other")
    return out
