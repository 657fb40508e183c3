"""A 'respectively' sentence that gives each arm its own list of rates: terms x arms ("Dizziness, nausea and headache
were reported in 24%, 16% and 12% of the ketamine group and in 8%, 10% and 14% of the placebo group,
respectively"; "Dissociation and nausea occurred in 35% and 12% of ketamine-treated versus 4% and 6% of
placebo-treated patients, respectively").

The i-th rate of each list is the i-th term's, in the arm named after that list; or, when each list follows its own
term and the arms are named once after the first list ("Nausea was reported by 20% and 8% of ketamine and placebo
patients, and dizziness by 15% and 4%, respectively"), the i-th rate of a list is the i-th arm's. When the lists are
there but the terms or the arms cannot be matched one to one, the rates are used up and give nothing: a rate given
to the wrong term or arm is worse than none.
"""

from __future__ import annotations

import re

from evidence.extract.adverse_reading import Reading
from evidence.extract.adverse_reading import row as _row
from evidence.extract.adverse_terms import clean, negated, specific_terms
from evidence.extract.arms import arm_terms
from evidence.extract.mentions import Mention

_JOIN = re.compile(r"[\s,;]*(?:and|or)?[\s,;]*", re.IGNORECASE)


def _runs(s: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Lists of rates written one after another ('24%, 16%, and 12%')."""
    runs: list[list[Mention]] = []
    for m in mentions:
        if runs and _JOIN.fullmatch(s[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def respectively_matrix(r: Reading) -> None:
    """Terms x arms of a 'respectively' sentence with one list of rates per arm (see the module's docstring)."""
    s = r.s
    if "respectively" not in s.lower():
        return
    # only the lists of the ';'-clause that 'respectively' closes ("Response rates were 45% and 10%; dissociation
    # occurred in 30% and 5%, respectively": the first list is another clause's)
    at = s.lower().rfind("respectively")
    a, b = s.rfind(";", 0, at) + 1, s.find(";", at)
    b = len(s) if b < 0 else b
    runs = [run for run in _runs(s, [m for m in r.free() if m.valid and a <= m.start < b]) if len(run) >= 2]
    if len(runs) < 2 or len({len(run) for run in runs}) != 1:
        return
    for run in runs:  # the lists are used up whatever follows: no other reader may pair them differently
        r.used.append((run[0].start, run[-1].end))
    if _term_per_list(r, runs):
        return
    terms = [t for t in specific_terms(s[: runs[0][0].start]) if not negated(s, t.start(), t.end())]
    arms = []
    for k, run in enumerate(runs):
        stop = runs[k + 1][0].start if k + 1 < len(runs) else len(s)
        named = arm_terms(s[run[-1].end : stop])
        if len({a[2] for a in named}) != 1:
            return
        arms.append((named[0][2], run[-1].end + named[0][0]))
    if len(terms) != len(runs[0]) or len({a for a, _ in arms}) != len(arms):
        return
    for run, (arm, pos) in zip(runs, arms, strict=True):
        for t, m in zip(terms, run, strict=True):
            row = _row(r.sent, arm, m.value, m.n, clean(t.group(0)), "auto", (m.start, m.end))
            row["arm_pos"] = r.sent.start + pos
            r.add(row, (m.start, m.end))
    r.used.extend((t.start(), t.start() + 1) for t in terms)


def _term_per_list(r: Reading, runs: list[list[Mention]]) -> bool:
    """'Nausea was reported by 20% and 8% of ketamine and placebo patients, and dizziness by 15% and 4%,
    respectively': each list is one term's, named just before it, and the arms are named once, in order, after the
    first list. True when the sentence is read so."""
    s = r.s
    terms = []
    for k, run in enumerate(runs):
        a = runs[k - 1][-1].end if k else 0
        named = [t for t in specific_terms(s[a : run[0].start]) if not negated(s, a + t.start(), a + t.end())]
        if len(named) != 1:
            return False
        terms.append((clean(named[0].group(0)), a + named[0].start()))
    gap = s[runs[0][-1].end : runs[1][0].start]
    arms: list[tuple[str, int]] = []
    for a0, _, label, _ in arm_terms(gap):
        if label not in (x for x, _ in arms):
            arms.append((label, runs[0][-1].end + a0))
    if len(arms) != len(runs[0]):
        return False
    for run, (term, _) in zip(runs, terms, strict=True):
        for m, (arm, pos) in zip(run, arms, strict=True):
            row = _row(r.sent, arm, m.value, m.n, term, "auto", (m.start, m.end))
            row["arm_pos"] = r.sent.start + pos
            r.add(row, (m.start, m.end))
    r.used.extend((at, at + 1) for _, at in terms)
    return True
