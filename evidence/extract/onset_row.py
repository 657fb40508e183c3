"""The onset finding's record: which arm an onset sentence is about, and the mapping the pipeline passes on."""

from __future__ import annotations

from evidence.extract import drugs as study_drugs
from evidence.extract.arms import arm_terms
from evidence.extract.ratetimes import timepoints_of
from evidence.extract.rules.efficacy import RESPECTIVELY_RE
from evidence.extract.text import Sentence


def _respective_arm(s: str, hours: float | None) -> tuple[int, int, str, str] | None:
    """'at 2 h and 4 h in the ketamine and esketamine groups, respectively': the arm listed in the place of the
    onset's time, when the arms after the last time are as many as the times."""
    if hours is None or not RESPECTIVELY_RE.search(s):
        return None
    times = timepoints_of(s)
    arms = [t for t in arm_terms(s) if times and t[0] > times[-1].end]
    if len(times) < 2 or len(arms) != len(times):
        return None
    paired = [a for t, a in zip(times, arms, strict=True) if abs(t.hours - hours) <= 0.01 * max(hours, 1.0)]
    return paired[0] if paired and paired[0][2] in study_drugs.active().words else None


def onset_row(
    sent: Sentence, value: float, unit: str, hours: float | None, how: str, drugs: list[str]
) -> dict[str, object]:
    """The onset finding read from `sent`: its arm (the one listed in the time's place, else the first arm word of
    the studied drug, else the study's first drug) and the sentence as its span."""
    terms = [t for t in arm_terms(sent.text) if t[2] in study_drugs.active().words]
    own = _respective_arm(sent.text, hours)
    terms = [own] if own else terms
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
