"""Names that hold design words but state no design of this study: a reporting guideline's title and a trial
registry's name, blanked (same length) before the design rules read a text."""

from __future__ import annotations

import re

from evidence.extract.rules.design_reviews import REPORTING_GUIDELINE_RE

# A trial registry named where the study says it was registered ("Chinese Clinical Trial Registry", "UMIN Clinical
# Trials Registry", "Australian New Zealand Clinical Trials Register"): a register of planned trials, not a patient
# registry whose routine-care data an observational study reads.
TRIAL_REGISTRY_RE = re.compile(r"\b(?:clinical\s+)?trials?\s+regist(?:ry|ries|ers?)\b", re.IGNORECASE)


def without_design_names(text: str) -> str:
    """The text with reporting-guideline titles and trial-registry names blanked, offsets unchanged."""
    for rx in (REPORTING_GUIDELINE_RE, TRIAL_REGISTRY_RE):
        text = rx.sub(lambda m: " " * len(m.group(0)), text)
    return text
