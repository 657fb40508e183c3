"""The one time the methods say outcomes were rated (or response was defined at): the time of a rate the results
give without one ('Both groups were reassessed after 24 hours. ... 12 (63%) of the ketamine group responded')."""

from __future__ import annotations

import re

from evidence.extract.onset_times import from_a_later_dose
from evidence.extract.ratetimes import timepoints_of
from evidence.extract.rules.efficacy import PLAN_ASSESSED, PLAN_DEFINED, PLAN_EACH_DOSE
from evidence.extract.rules.efficacy_methods import PLAN_LATER_ANCHOR
from evidence.extract.rules.onset import ONSET_DOSE_ANCHOR
from evidence.extract.text import Sentence


def planned_time(sentences: list[Sentence]) -> float | None:
    """Hours of the single time a definition of response/remission names, else of the single time the methods' rating
    sentences name; None when there are none or several (a rate then cannot be placed). Times counted from a later
    dose ('24 h after the sixth infusion (day 13)'), from every dose ('at 24 h following each infusion') or from the
    end of a course ('1 day after the end of the ECT course') are not times since the start and are left out."""
    plans = [s for s in sentences if s.section in ("methods", "unknown") and "%" not in _no_thresholds(s.text)]
    for rx in (PLAN_DEFINED, PLAN_ASSESSED):
        hours = {
            t.hours
            for s in plans
            if rx.search(s.text)
            for t in timepoints_of(s.text)
            if t.hours > 0 and not from_a_later_dose(s.text, t) and not _after_each_dose(s.text, t.end)
            and not PLAN_LATER_ANCHOR.match(s.text[t.end :])
        }
        if hours:
            return hours.pop() if len(hours) == 1 else None
    return None


def _after_each_dose(s: str, end: int) -> bool:
    """The time ending at `end` is counted from every dose ('at 24h following each infusion'), not from the start."""
    anchor = ONSET_DOSE_ANCHOR.match(s[end:])
    return bool(anchor) and bool(PLAN_EACH_DOSE.search(anchor.group(0) if anchor else ""))


def _no_thresholds(s: str) -> str:
    """s without the thresholds a definition writes ('≥50%', 'at least 50%'): they do not make it a results sentence."""
    return re.sub(r"(?:[≥>≤<]|>=|<=|at\s+least|of)\s*\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s*%\s*(?:or\s+(?:greater|more))?"
                  r"\s*(?:reduction|improvement|decrease|fall|drop|decline)", "", s, flags=re.IGNORECASE)
