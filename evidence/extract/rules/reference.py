"""Values a rate is compared with that are not this study's: the usual or reported rates of other treatments."""

from __future__ import annotations

import re

# A reference value a result is compared with, told as others' or as usual ("... lower than the 50% reported for ECT",
# "compares favourably with the 30% typically seen with a third antidepressant"): not this study's rate.
REFERENCE_VALUE_AFTER = re.compile(
    r"^\s*[)\]]?\s*(?:(?:typically|usually|commonly|generally|historically|often|traditionally)"
    r"\s+(?:reported|seen|observed|achieved|found|described|expected)|(?:reported|expected|described|published|cited"
    r"|predicted)\s+(?:for|with|in|by|among|after)|(?:seen|observed|achieved|found)\s+(?:in|with)\s+(?:previous|prior"
    r"|earlier|other|published|historical|large|naturalistic)\b)",
    re.IGNORECASE,
)
# ... or in the bracket after such words ("higher than rates usually observed with augmentation (15%)")
REFERENCE_VALUE_BEFORE = re.compile(
    r"\b(?:typically|usually|commonly|generally|historically|traditionally)\s+(?:reported|seen|observed|achieved"
    r"|found|described|expected)\s+(?:[\w*-]+\s+){0,5}?[(\[]\s*(?:about|approximately|around|roughly|~)?\s*$",
    re.IGNORECASE,
)
# ... the first only as a noun phrase compared with ("than the 50% reported", "with the 30% typically seen"), not a
# passive report of this study's result ("A response rate of 60% was reported for the ketamine group")
REFERENCE_NOUN_BEFORE = re.compile(
    r"\b(?:the|than|with|to|versus|vs\.?)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+)?$", re.IGNORECASE
)
