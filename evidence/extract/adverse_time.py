"""When an adverse-event rate was counted: the one point in time its sentence names before the rates ("Incidences of
dizziness and nausea were highest in week 1 (20% and 14%, respectively)", "At day 1, 30% reported dissociation").

A time after the rates says how long the event lasted ("resolved within 2 hours") unless it is a point the report
was made at ("reported side effects at 12 months"); a span is no point ("in the first 2 weeks", "over 4 weeks"), and
a sentence naming two points is not read: the rate keeps no time.
"""

from __future__ import annotations

from evidence.extract import lexicon
from evidence.extract.rules import adverse as rules
from evidence.extract.rules import adverse_time as time_rules


def ae_timepoint(sentence: str, first_value: int) -> float | None:
    """Hours of the single point in time the sentence names before its first rate (offset first_value), introduced
    by 'in', 'at', 'on' or 'during' and governing the rates; None when there is none, more than one, or a span."""
    times = lexicon.find_timepoints(sentence)
    if len({t.hours for t in times}) != 1:
        return None
    t = times[0]
    if t.upper is not None:
        return None
    if t.start > first_value:
        return _point_after(sentence, first_value, t)
    if not time_rules.AE_TIME_POINT_BEFORE.search(sentence[max(0, t.start - 30) : t.start]):
        return None
    # the time governs the rates: they follow it in brackets ("highest in week 1 of treatment (20%, 14% ...") or it
    # opens the sentence ("At day 1, 30% reported ..."); not "peaked at 40 minutes and occurred in 30%"
    if time_rules.AE_TIME_THEN_RATES.match(sentence[t.end : first_value + 1]) or time_rules.AE_TIME_OPENS.match(
        sentence[: t.start]
    ):
        return t.hours
    return None


def _point_after(sentence: str, first_value: int, t: lexicon.TimeMention) -> float | None:
    """'42% of patients reported side effects at 12 months': a point in time after the rates, named with 'at' or
    'on', with no course of the event between ('resolved within 2 hours', 'peaked at 40 minutes')."""
    if not time_rules.AE_TIME_POINT_AFTER.search(sentence[max(0, t.start - 12) : t.start]):
        return None
    between = sentence[first_value : t.start]
    if time_rules.AE_COURSE_BETWEEN.search(between) or rules.AE_CLAUSE_BREAK.search(between):
        return None
    return t.hours
