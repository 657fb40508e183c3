"""Onset: the earliest time at which an abstract reports a significant antidepressant effect or response."""

from __future__ import annotations

from evidence.extract import drugs as study_drugs
from evidence.extract import lexicon
from evidence.extract.arms import arm_terms
from evidence.extract.efficacy import timepoints_of
from evidence.extract.text import Sentence, is_background, leading_background


def _schedule_start(sentences: list[Sentence]) -> float | None:
    """Earliest assessment time the methods name ('rated at 40, 80, 110 and 230 minutes')."""
    hours = [
        t.hours
        for s in sentences
        if s.section in ("methods", "unknown") and lexicon.ONSET_SCHEDULE.search(s.text)
        for t in timepoints_of(s.text)
    ]
    return min(hours) if hours else None


def _clauses(s: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a sentence, cut at ';' and contrast words."""
    cuts = [0] + [m.start() for m in lexicon.ONSET_CLAUSE_CUT.finditer(s) if _depth(s, m.start()) == 0] + [len(s)]
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
        if lexicon.ONSET_NEGATED.search(c):
            continue
        strong = bool(lexicon.ONSET_SIGNIFICANT.search(c))
        weak = bool(lexicon.ONSET_WEAK_EFFECT.search(c) and lexicon.ONSET_EXPLICIT_SPEED.search(c))
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
    intro = leading_background(sentences)
    for k, sent in enumerate(sentences):
        s = sent.text
        if sent.section in skip or k in intro or is_background(sent):
            prev_hours = []
            continue
        ttr = lexicon.ONSET_TIME_TO_REMISSION.search(s) or lexicon.ONSET_MEDIAN_TIME_TO.search(s)
        if ttr:
            h = float(ttr.group("a")) * lexicon.unit_hours(ttr.group("unit"))
            if best is None or h < best[0]:
                best = (h, sent, "time to response/remission (lower bound of a range)")
            continue
        str_ = lexicon.ONSET_SESSIONS_TO_REMISSION.search(s)
        if str_:
            if count is None:
                count = (float(str_.group("n")), sent)
            continue
        carried = (
            bool(prev_hours) and bool(lexicon.ONSET_CONTINUATION.search(s)) and not lexicon.ONSET_NEGATED.search(s)
        )
        before, prev_hours = prev_hours, []
        if any(k == "relapse" and rx.search(s) for k, rx in lexicon.KIND_CUES):
            continue
        if lexicon.ONSET_AE_COURSE.search(s) and not lexicon.ONSET_DEPRESSION_OUTCOME.search(s):
            continue
        if carried:
            # the earlier sentence's times and this one's: the effect was seen at all of them
            hours, weak = sorted({*before, *(t.hours for t in timepoints_of(s))}), True
        else:
            if not lexicon.ONSET_EFFECT.search(s):
                continue
            hours, weak = _positive_hours(s)
            if hours is None:
                continue
            prev_hours = hours
        if lexicon.ONSET_ALL_TIMEPOINTS.search(s):
            first = _schedule_start(sentences)
            if first is not None:
                hours = sorted({*hours, first})
        n_times = len({t.hours for t in timepoints_of(s)})
        if not hours or not (weak or lexicon.ONSET_SPEED.search(s) or n_times >= 2):
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
    terms = [t for t in arm_terms(sent.text) if t[2] in study_drugs.active().words]
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
