"""Assessment codes an abstract defines and then uses ('baseline (T0), one month (T1) ... at T1'): each use is read
as the time the code was defined with, as an abbreviation is read as its long form."""

from __future__ import annotations

from dataclasses import replace

from evidence.extract.ratetimes import timepoints_of
from evidence.extract.rules import timecodes as rules
from evidence.extract.text import Sentence

BASELINE = -1.0  # the code names the baseline, not a time after the start


def _defined_at(s: str, a: int, b: int) -> float | None:
    """Hours of the time the code at s[a:b] is defined with here (BASELINE for the baseline), or None."""
    times = timepoints_of(s)
    lead = rules.TIME_CODE_AFTER.match(s[b:])
    head = b + (lead.end() if lead else 0)
    after = [t for t in times if t.start == head]
    if after:
        return after[0].hours
    if rules.TIME_CODE_BASELINE.match(s[head:]):
        return BASELINE
    if not s[max(0, a - 2) : a].rstrip().endswith("("):
        return None
    bracket = s.rfind("(", 0, a)
    before = [t for t in times if t.end <= bracket and rules.TIME_CODE_BEFORE_BRACKET.match(s[t.end : a])]
    if before:
        return before[-1].hours
    words = list(rules.TIME_CODE_BASELINE.finditer(s[max(0, bracket - 30) : bracket]))
    return BASELINE if words and not s[max(0, bracket - 30) : bracket][words[-1].end() :].strip() else None


def _defined_in_order(s: str) -> dict[str, float]:
    """Codes listed together and then their times in the same order ('at T0, T1 and T2 (baseline, 24 hours and day 7,
    respectively)', 'T0-T2: baseline, one month, three months'): as many times as codes, paired in order."""
    codes = list(rules.TIME_CODE_RE.finditer(s))
    if len(codes) < 2 or not all(rules.TIME_CODE_LIST_GAP.fullmatch(s[a.end() : b.start()])
                                 for a, b in zip(codes, codes[1:], strict=False)):
        return {}
    tail = s[codes[-1].end() :]
    points = sorted([(t.start, t.hours) for t in timepoints_of(tail)]
                    + [(m.start(), BASELINE) for m in rules.TIME_CODE_BASELINE.finditer(tail)])
    if len(points) != len(codes) or points[0][0] > rules.TIME_CODE_LIST_REACH:
        return {}
    return {c.group(0): h for c, (_, h) in zip(codes, points, strict=True)}


def time_codes(sentences: list[Sentence]) -> dict[str, float]:
    """{code: hours (BASELINE for the baseline)} of the codes the abstract defines; a code defined with two
    different times is left out (it does not stand for one)."""
    found: dict[str, set[float]] = {}
    for sent in sentences:
        listed = _defined_in_order(sent.text)  # a list defined in order wins over reading each code alone
        for code, hours in listed.items():
            found.setdefault(code, set()).add(hours)
        for m in rules.TIME_CODE_RE.finditer(sent.text):
            alone = None if m.group(0) in listed else _defined_at(sent.text, m.start(), m.end())
            if alone is not None:
                found.setdefault(m.group(0), set()).add(alone)
    return {k: v.pop() for k, v in found.items() if len(v) == 1}


def with_time_codes(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with each use of a defined code written as its time ('at T1' -> 'at hour 730', 'from T0 to T1'
    -> 'from baseline to hour 730'), so that time readers see it; unchanged when the abstract defines none."""
    codes = time_codes(sentences)
    if not codes:
        return sentences
    out = []
    for sent in sentences:
        # "at T1-T3": a range from one defined code to another, read as "T1 to T3"
        text = rules.TIME_CODE_RANGE.sub(
            lambda m: f"{m['a']} to {m['b']}" if m["a"] in codes and m["b"] in codes else m.group(0), sent.text)
        text = rules.TIME_CODE_RE.sub(lambda m: _spelled(codes.get(m.group(0)), m.group(0)), text)
        out.append(sent if text == sent.text else replace(sent, text=text))
    return out


def _spelled(hours: float | None, code: str) -> str:
    if hours is None:
        return code
    return "baseline" if hours == BASELINE else f"hour {hours:g}"
