"""Sentences that say how a response was measured, not how many responded."""

from __future__ import annotations

import re

# "Responses were measured using the BDI", "Glx responses were measured ... in 8/11 patients", "Treatment response was
# recorded": the measure is the subject of a measuring verb; a number in the sentence counts whom it was measured in
# (a sentence that also says who responded or remitted is left to the rate rules).
RESPONSE_MEASURED = re.compile(
    r"\brespon(?:se|ses)\s+(?:were|was)\s+(?:\w+\s+)?(?:measured|recorded|assessed|quantified|obtained|evaluated"
    r"|examined|acquired)\b",
    re.IGNORECASE,
)
OUTCOME_REACHED = re.compile(
    r"\b(?:responded|responders?|remitted|remitters?|remission|achiev\w*|attain\w*|met\s+(?:the\s+)?(?:response\s+)?"
    r"criteri\w*|response\s+rates?)\b",
    re.IGNORECASE,
)
