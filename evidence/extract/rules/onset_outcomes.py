"""Onset cues about which outcome a time belongs to (ninth session)."""

from __future__ import annotations

import re

# Words that only qualify the outcome named before them, not the outcome itself: the instrument in brackets ("SI scores
# (MADRS item 10)") or in a participle phrase ("Suicidal ideation, measured with the ... Depression Rating Scale,").
ONSET_INSTRUMENT_ASIDE = re.compile(
    r"\([^()]*\)|,\s*(?:as\s+)?(?:measured|assessed|rated|evaluated|quantified|scored)\s+(?:with|by|using|on|via)\b[^,;]*,",
    re.IGNORECASE,
)
