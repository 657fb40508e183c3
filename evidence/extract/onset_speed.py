"""How early a sentence says its effect came: a speed word, a window from the start, a span it opens at a time."""

from __future__ import annotations

from evidence.extract import lexicon
from evidence.extract.onset_times import visit_times
from evidence.extract.ratetimes import timepoints_of
from evidence.extract.rules import onset as rules
from evidence.extract.rules import onset_visits
from evidence.extract.text import Sentence, is_background


def says_how_early(s: str, sentences: list[Sentence]) -> bool:
    """The sentence says how early the effect came; 'by Week 32' on a share of patients at the study's last visit
    weeks on ('more had remission by Week 32 (34.5% vs. 18.2%)') says how many got there by the end, not how early."""
    for m in lexicon.ONSET_SPEED.finditer(s):
        t = next((t for t in timepoints_of(s) if t.start <= m.end() + 1 and t.end > m.start()), None)
        clause = lexicon.ONSET_CLAUSE_CUT.split(s[m.end() :])[0]
        last = max((h for x in sentences if not is_background(x) for h in visit_times(x.text)), default=0.0)
        late_share = t is not None and t.hours > rules.ONSET_FIRST_VISIT_MAX_HOURS and t.hours >= last and (
            "%" in clause or bool(rules.ONSET_RATE_WORD.search(s[: m.start()].rsplit(",", 1)[-1])))
        if not (m.group(0).lower().startswith("by") and late_share and not rules.ONSET_EARLY.search(s)):
            return True
    return False


def window_from_start(s: str, hours: float) -> bool:
    """The significant time is the end of a window from the start ('a significant improvement in the first 3 days
    after infusion'), in a clause about scores, not a share of responders (a share 'in the first 3 days' is how many
    got there by then)."""
    for m in onset_visits.ONSET_WINDOW_FROM_START.finditer(s):
        t = next((t for t in timepoints_of(s) if t.start <= m.end() and t.end >= m.start()), None)
        clause = lexicon.ONSET_CLAUSE_CUT.split(s[: m.start()])[-1] + lexicon.ONSET_CLAUSE_CUT.split(s[m.start() :])[0]
        if t is None or abs(t.hours - hours) > 0.01 * max(hours, 1.0):
            continue
        if not (rules.ONSET_RATE_WORD.search(clause) or "%" in clause):
            return True
    return False


def opens_its_span(s: str) -> bool:
    """The sentence opens the span of its effect at a time after the dose ('significant from minute 80 to day 3 at each
    time point'): its 'each time point' counts from there."""
    return any(t.hours > 0 and onset_visits.ONSET_SPAN_START_BEFORE.search(s[: t.start]) for t in timepoints_of(s))
