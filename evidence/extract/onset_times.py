"""Times of an onset sentence that are not when an effect was seen: when the drug was given, or after a later dose."""

from __future__ import annotations

from dataclasses import replace

from evidence.extract.lexicon import TimeMention
from evidence.extract.ratetimes import timepoints_of
from evidence.extract.rules import onset as rules
from evidence.extract.rules import onset_evidence as evidence_rules
from evidence.extract.rules import onset_significance, onset_visits


def without_dosing_times(s: str) -> str:
    """s with each time that says when the drug was given blanked out, with the words that tie it to the dose ('received
    ketamine within 24 hours of admission'): neither its time nor its 'within' says anything about an effect."""
    for t in reversed(timepoints_of(s)):
        before = rules.ONSET_DOSING_BEFORE.search(s[: t.start]) or onset_visits.ONSET_DOSES_IN_SPAN_BEFORE.search(
            s[: t.start])
        after = rules.ONSET_OTHER_EVENT_AFTER.match(s[t.end :])
        if before or after:
            a = before.start() if before else t.start
            b = t.end + (after.end() if after else 0)
            s = s[:a] + " " * (b - a) + s[b:]
    return s


def after_a_later_dose(s: str, hours: float) -> bool:
    """The time is counted from a later dose ('24 h after the second infusion'); one counted from the first dose ('24
    hours after the first infusion and after the sixth') is not, whatever later doses the sentence names."""
    for t in timepoints_of(s):
        if abs(t.hours - hours) <= 0.01 * max(hours, 1.0):
            anchor = rules.ONSET_DOSE_ANCHOR.match(s[t.end :])
            if anchor:
                return bool(rules.ONSET_LATER_DOSE.search(anchor.group(0)))
    return bool(rules.ONSET_LATER_DOSE.search(s))


def from_a_later_dose(s: str, t: TimeMention) -> bool:
    """Time t of s is counted from a later dose ('24 hours after the final infusion (day 6)'): not a time since the
    start of treatment, so no first visit."""
    anchor = rules.ONSET_DOSE_ANCHOR.match(s[t.end :])
    return bool(anchor) and bool(rules.ONSET_LATER_DOSE.search(anchor.group(0) if anchor else ""))


def from_baseline(t: TimeMention) -> TimeMention:
    """A range from the baseline ('from day 0 to day 14') is a change measured at its end."""
    return replace(t, hours=t.upper, upper=None) if t.hours == 0 and t.upper else t


def persistence_end(c: str, t: TimeMention) -> bool:
    """Time t ends how long an effect lasted ('through day 3'), not the span of a change ('from baseline to day 6')."""
    before = c[: t.start]
    if onset_significance.ONSET_DURATION_FROM_BEFORE.search(before):
        return True  # "an effect lasting from one week to six months": the span it lasted, from its first to last
    return bool(onset_visits.ONSET_PERSISTENCE_END_BEFORE.search(before)) and not (
        onset_visits.ONSET_CHANGE_SPAN_BEFORE.search(before))


def change_start(c: str, t: TimeMention) -> bool:
    """Time t of clause c starts the span a change is measured over ('drops in scores from day 1 to day 14'): the
    change's reference, not a time the effect was seen."""
    return t.upper is None and bool(onset_visits.ONSET_CHANGE_START_BEFORE.search(c[: t.start])) and bool(
        onset_visits.ONSET_SPAN_GOES_ON.match(c[t.end :]))


def from_change_start(c: str, t: TimeMention) -> TimeMention:
    """A range that spans a change ('scores fell from day 1 to day 7') is the change measured at its end, as a range
    from the baseline is."""
    if t.upper is not None and onset_visits.ONSET_CHANGE_START_BEFORE.search(c[: t.start]):
        return replace(t, hours=t.upper, upper=None)
    return t


def reference_time(c: str, t: TimeMention) -> bool:
    """Time t of clause c is what an effect is compared against ('higher than at week 1'), not when it was seen."""
    return bool(rules.ONSET_REFERENCE_BEFORE.search(c[: t.start]))


def group_time(c: str, t: TimeMention) -> bool:
    """Time t of clause c says when a group was defined ('among the non-responders at 6 months', 'responders at day
    7') or when the effect peaked ('maximal effects measured at 7 days'), not when an effect was first seen."""
    before = c[: t.start]
    return bool(evidence_rules.ONSET_GROUP_AT_BEFORE.search(before) or evidence_rules.ONSET_PEAK_BEFORE.search(before))


def before_the_dose(s: str, t: TimeMention) -> bool:
    """Time t of s is counted back from the dose or the operation ('2 hours before and 24 hours after the infusion'):
    a baseline rating, not a visit after the drug."""
    return bool(onset_visits.ONSET_BEFORE_THE_DOSE_AFTER.match(s[t.end :]))


def visit_times(s: str) -> list[float]:
    """Hours of the times of s that can be visits after the drug: not the baseline, not counted back from the dose
    ('2 hours before'), not from a later dose."""
    return [t.hours for t in timepoints_of(s) if t.hours > 0 and not from_a_later_dose(s, t)
            and not before_the_dose(s, t)]
