"""Onset cues about which times of an abstract are visits after the drug (ninth session)."""

from __future__ import annotations

import re

# A time written just before 'before' / 'prior to' / 'pre-' is counted back from the dose or the operation ("rated 2
# hours before and 24 hours after the infusion", "2 days before surgery", "60 minutes pre-dose"): a baseline rating,
# never a visit after the drug where an effect could be seen.
ONSET_BEFORE_THE_DOSE_AFTER = re.compile(
    r"^\s*(?:\)\s*)?(?:before|prior\s+to|pre-?(?:infusion|dose|dosing|treatment|operative(?:ly)?|surgery|op)\b)",
    re.IGNORECASE,
)
