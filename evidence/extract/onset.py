"""Onset: the earliest time at which an abstract reports a significant antidepressant effect or response."""

from __future__ import annotations

import re

from evidence.extract import lexicon
from evidence.extract.efficacy import timepoints_of
from evidence.extract.mentions import arm_terms
from evidence.extract.text import Sentence, is_background

_EFFECT = re.compile(
    r"improv|reduc|decreas|effects?\b|respon|symptom|MADRS|HAM-?D|HDRS|antidepressant|suicid|remission|depress"
    r"|\bbenefit|(?:superior\s+to|separated\s+from)\s+(?:active\s+)?(?:placebo|midazolam|saline|control)",
    re.IGNORECASE,
)
_SIGNIFICANT = re.compile(
    r"(?<!clinically\s)significant(?:ly)?|\bevident\b|greater\s+(?:improvement|reduction|decrease)|\bsuperior\b"
    r"|\brapid(?:ly)?\b|\bseparated\s+from\b",
    re.IGNORECASE,
)
# Weaker words for an effect that count only with an explicit speed cue ("effects emerged within 2 hours").
_WEAK_EFFECT = re.compile(r"\b(?:emerged|began|started|observed|seen|apparent|noted|occurred|onset)\b", re.IGNORECASE)
_EXPLICIT_SPEED = re.compile(
    r"\bwithin\b|as\s+early\s+as|\bearliest\b|\bby\s+(?:day|week|hour)"
    r"|\bonset\s+of\s+(?:[\w-]+\s+){0,2}?(?:action|effects?|response|improvement|benefit)\s+(?:was|occurred)\b"
    r"|\b(?:began|started|emerged|appeared)\s+(?:at|on|after|by|from)\b",
    re.IGNORECASE,
)
_SPEED = re.compile(
    r"\bwithin\b|as\s+early\s+as|\bearliest\b|\bearlier\b|\bonly\s+after\b|\bby\s+(?:day|week|hour)"
    r"|\bfirst\s+(?:time\s*point|assessment|observed|significant)|all\s+time\s*points|\bonset\b"
    r"|\bfrom\s+(?=\d|day\b|week\b|hour\b)|\bonwards?\b|\bstarting\s+(?:at|from)\b"
    # an effect seen at one time that then lasted: that time is where it began
    r"|\b(?:lasted|persisted|remained\s+significant)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\bnot\s+(?:statistically\s+)?significant|\bno\s+(?:longer\s+)?(?:statistically\s+)?significant|\bdid\s+not\b"
    r"|\bnot\s+achieved|\bfailed\s+to|\bno\s+(?:major\s+)?differences?",
    re.IGNORECASE,
)
# A sentence that carries the previous sentence's effect to another time ("This was also noted at the earlier
# (4-hour) timepoint", "The difference was also significant at 2 hours").
_CONTINUATION = re.compile(
    r"\b(?:this|these|it|the\s+(?:same|difference|effect|improvement|separation))\b[^.;]{0,30}?\b(?:also|similarly|likewise)\b"
    r"|\b(?:also|similarly)\s+(?:noted|observed|seen|evident|significant|present|found)\b",
    re.IGNORECASE,
)
# An adverse effect's time course ("dissociative symptoms peaked at 40 minutes and lasted 2 hours") is not an onset
# of antidepressant effect, unless the sentence also names a depression outcome.
_AE_COURSE = re.compile(
    r"dissociat|CADSS|psychotomimetic|blood\s+pressure|hypertensi|adverse|side[- ]effects?|sedat|dizz|nause", re.I
)
_DEPRESSION_OUTCOME = re.compile(
    r"MADRS|HAM-?D|HDRS|HRSD|QIDS|BDI|depress|antidepressant|suicid|\brespon|remission|\bmood\b", re.I
)
# Clauses of one sentence whose negation is judged apart ("no difference at 4 hours; superior at 24 hours").
_CLAUSE_CUT = re.compile(r";|,?\s+\b(?:but|whereas|while|although|however)\b|,\s+(?:and\s+)?(?:was|were)\s+no\b", re.I)
_ALL_TIMEPOINTS = re.compile(r"at\s+all\s+(?:assessment\s+|post-?\w+\s+)?time\s*points", re.IGNORECASE)
_SCHEDULE = re.compile(r"\bassess|\bevaluat|\brated?\b|\bperformed\b|\bmeasured\b|\bscored\b", re.IGNORECASE)
_TIME_TO_REMISSION = re.compile(
    r"(?P<unit>minutes|hours|days|weeks)\s+(?:until|to)\s+(?:remission|response)\s+(?:ranged\s+)?(?:from\s+)?"
    r"(?P<a>\d+(?:\.\d+)?)(?:\s*(?:to|-|–)\s*\d+(?:\.\d+)?)?",
    re.IGNORECASE,
)
_MEDIAN_TIME_TO = re.compile(
    r"(?:median|mean)\s+time\s+to\s+(?:first\s+)?(?:response|remission|onset|improvement)\s+(?:was|of|:)\s*"
    r"(?P<a>\d+(?:\.\d+)?)\s*(?P<unit>minutes|hours|h|days|weeks)\b",
    re.IGNORECASE,
)
_SESSIONS_TO_REMISSION = re.compile(
    r"median\s+of\s+(?P<n>\d+)\s+(?:\w+\s+)?(?:sessions|infusions|treatments|doses|injections)\s+to\s+"
    r"(?:induce|achieve|reach)\s+(?:remission|response)",
    re.IGNORECASE,
)


def _schedule_start(sentences: list[Sentence]) -> float | None:
    """Earliest assessment time the methods name ('rated at 40, 80, 110 and 230 minutes')."""
    hours = [
        t.hours
        for s in sentences
        if s.section in ("methods", "unknown") and _SCHEDULE.search(s.text)
        for t in timepoints_of(s.text)
    ]
    return min(hours) if hours else None


def _clauses(s: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a sentence, cut at ';' and contrast words."""
    cuts = [0] + [m.start() for m in _CLAUSE_CUT.finditer(s) if _depth(s, m.start()) == 0] + [len(s)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _depth(s: str, pos: int) -> int:
    """Bracket depth at pos: a ';' inside '(... [SE]; 95% CI ...)' does not end a clause."""
    depth = 0
    for c in s[:pos]:
        depth += c in "(["
        depth -= c in ")]" and depth > 0
    return depth


def _positive_hours(s: str) -> tuple[list[float] | None, bool]:
    """(sorted hours named in clauses that report a significant effect, weak) or (None, False) when none does.

    A negated clause ('no significant difference at 4 hours') gives no onset, but the clause beside it still can.
    """
    hours: set[float] = set()
    any_weak = found = False
    for a, b in _clauses(s):
        c = s[a:b]
        if _NEGATED.search(c):
            continue
        strong = bool(_SIGNIFICANT.search(c))
        weak = bool(_WEAK_EFFECT.search(c) and _EXPLICIT_SPEED.search(c))
        if not (strong or weak):
            continue
        found = True
        any_weak = any_weak or weak
        hours.update(t.hours for t in timepoints_of(c))
    if not found:
        return None, False
    return sorted(hours), any_weak


def onset_finding(sentences: list[Sentence], study_drugs: list[str]) -> dict[str, object] | None:
    """One onset finding (earliest significant effect) with the span of the sentence that states it."""
    best: tuple[float, Sentence, str] | None = None
    count: tuple[float, Sentence] | None = None
    skip = {"background", "methods", "objective"}
    if any(s.section == "results" for s in sentences):
        skip.add("conclusions")  # conclusions restate results in looser words ("within 24 hours")
    prev_hours: list[float] = []  # times of a significant effect in the previous results sentence
    for sent in sentences:
        s = sent.text
        if sent.section in skip or is_background(sent):
            prev_hours = []
            continue
        ttr = _TIME_TO_REMISSION.search(s) or _MEDIAN_TIME_TO.search(s)
        if ttr:
            h = float(ttr.group("a")) * lexicon.unit_hours(ttr.group("unit"))
            if best is None or h < best[0]:
                best = (h, sent, "time to response/remission (lower bound of a range)")
            continue
        str_ = _SESSIONS_TO_REMISSION.search(s)
        if str_:
            if count is None:
                count = (float(str_.group("n")), sent)
            continue
        carried = bool(prev_hours) and bool(_CONTINUATION.search(s)) and not _NEGATED.search(s)
        before, prev_hours = prev_hours, []
        if any(k == "relapse" and rx.search(s) for k, rx in lexicon.KIND_CUES):
            continue
        if _AE_COURSE.search(s) and not _DEPRESSION_OUTCOME.search(s):
            continue
        if carried:
            # the earlier sentence's times and this one's: the effect was seen at all of them
            hours, weak = sorted({*before, *(t.hours for t in timepoints_of(s))}), True
        else:
            if not _EFFECT.search(s):
                continue
            hours, weak = _positive_hours(s)
            if hours is None:
                continue
            prev_hours = hours
        if _ALL_TIMEPOINTS.search(s):
            first = _schedule_start(sentences)
            if first is not None:
                hours = sorted({*hours, first})
        n_times = len({t.hours for t in timepoints_of(s)})
        if not hours or not (weak or _SPEED.search(s) or n_times >= 2):
            continue
        if best is None or hours[0] < best[0]:
            best = (hours[0], sent, "earliest time with a significant effect")
    if best is not None:
        h, sent, how = best
        return _row(sent, round(h, 2), "hours", h, how, study_drugs)
    if count is not None:
        n, sent = count
        return _row(sent, n, "count", None, "median number of sessions to remission", study_drugs)
    return None


def _row(sent: Sentence, value: float, unit: str, hours: float | None, how: str, drugs: list[str]) -> dict[str, object]:
    terms = [t for t in arm_terms(sent.text) if t[2] in lexicon.KETAMINE_FAMILY]
    arm = terms[0][2] if terms else (drugs[0] if drugs else None)
    return {
        "kind": "onset",
        "arm": arm,
        "arm_drug": arm,
        "arm_pos": sent.start + terms[0][0] if terms else None,
        "value": value,
        "unit": unit,
        "timepoint_hours": None if hours is None else round(hours, 2),
        "n": None,
        "detail": how,
        "span": [sent.start, sent.end],
        "confidence": "auto" if unit == "hours" else "uncertain",
    }
