"""Words that make a clause about what was expected, assumed or planned, never what was found ("response rates will
be 60%", "assuming a response rate of 50%", "powered to detect a 25% difference", "the expected rate of 50%")."""

from __future__ import annotations

import re

HYPOTHETICAL_RE = re.compile(
    r"\b(?:will|shall|hypothes[ie][sz]\w*|assum(?:e|es|ed|ing|ption)|anticipat\w*|expect(?:ed|s|ing|ation)?"
    r"|powered|power\s+(?:to|of)|sample\s+size|to\s+detect|would\s+(?:be|yield|show|reach|achieve|respond|remit))\b",
    re.IGNORECASE,
)
