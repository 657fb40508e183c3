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
# A rating time counted from the end of a course ("1 day after the end of the ECT course", "5 weeks following end of
# treatment", "1 month after completion of the infusions") or from several doses at once ("1 day after the 1st, 2nd,
# 4th, and 6th ECT sessions"): not a time since the start, so not the time a rate without one was read at. (The end of
# one infusion, "240 min after the end of the infusion", is the dose's own time and stays.)
PLAN_LATER_ANCHOR = re.compile(
    r"^\s*(?:post|after|following)\s+(?:the\s+)?(?:end|completion|termination)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:course|series|treatment|therapy|intervention|induction|phase|period|infusions|sessions|doses|injections)\b"
    r"|^\s*(?:post|after|following)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)"
    r"(?:\s*,\s*(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth))+",
    re.IGNORECASE,
)
