"""Onset cues about the role of a time: a visit after the drug, a baseline, a dosing span, a window, an end."""

from __future__ import annotations

import re

# A time written just before 'before' / 'prior to' / 'pre-' is counted back from the dose or the operation ("rated 2
# hours before and 24 hours after the infusion", "2 days before surgery", "60 minutes pre-dose"): a baseline rating,
# never a visit after the drug where an effect could be seen.
ONSET_BEFORE_THE_DOSE_AFTER = re.compile(
    r"^\s*(?:\)\s*)?(?:before|prior\s+to|pre-?(?:infusion|dose|dosing|treatment|operative(?:ly)?|surgery|op)\b)",
    re.IGNORECASE,
)
# A window from the start ("in the first 3 days after the infusion", "during the first week", "over the first 24
# hours"): an effect stated in it was there by its end, where the abstract places the onset (the window-end convention).
ONSET_WINDOW_FROM_START = re.compile(
    r"\b(?:in|during|over|throughout)\s+the\s+first\s+(?:(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|ten"
    r"|twelve|twenty-four|forty-eight)\s*-?\s*)?(?:h|hrs?|hours?|days?|weeks?)\b",
    re.IGNORECASE,
)
# Several doses given in a span ("six infusions over 2 weeks", "after her first two sessions within a week", "four
# infusions within 28 days"): the span is the dosing schedule, not when an effect was seen.
ONSET_DOSES_IN_SPAN_BEFORE = re.compile(
    r"\b(?:infusions|doses|sessions|injections|treatments|sprays|administrations)\s+(?:(?:administered|given|delivered"
    r"|received)\s+)?(?:within|over|in|during|across)\s+(?:the\s+|a\s+)?(?:first\s+)?$",
    re.IGNORECASE,
)
# A sentence that ends as a sentence does; one cut off by the page ("... compared to pla") may have lost its time.
ONSET_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
# The end of how long an effect lasted ("and through day 3", "lasted to day 7", "until week 2"), not where it began; a
# change "from baseline to day 6" is measured at day 6.
ONSET_PERSISTENCE_END_BEFORE = re.compile(
    # ("remained significant through the first 4 hours": the end of the span it lasted)
    r"(?:\bthrough|\bthroughout|\buntil|\btill|\bup\s+to|(?<!from\s)\bto)\s+(?:the\s+)?(?:first\s+)?$", re.IGNORECASE
)
# "from baseline to day 6", "from day 0 to day 14", "from the pre-ketamine visit to week 6": the span of a change,
# whose end is when it was measured
# (a bracketed aside inside the span, 'from baseline (mean 31, SD 7.6) to Day 8', is one step of it)
ONSET_CHANGE_SPAN_BEFORE = re.compile(r"\bfrom\s+(?:[^;:.()]|\([^()]*\)){1,40}?\bto\s+(?:the\s+)?$", re.IGNORECASE)
# A list of times typeset without spaces after its commas ("at 1,3 and 5 days", "at 2,4,and 12 hours", "5,10,30 min"):
# each comma parts two times, never a thousands separator or a decimal comma (it lists three items or closes with
# 'and'/'or', and ends in a time unit).
_LIST_UNIT = r"(?=\s*-?\s*(?:min(?:ute)?s?|h|hrs?|hours?|d|days?|wks?|weeks?|months?)\b)"
ONSET_TIGHT_TIME_LIST = re.compile(
    r"\b\d{1,3}(?:,\s*(?!\d{3}\b)\d{1,3})+,?\s*(?:and|or)\s+\d{1,3}" + _LIST_UNIT
    + r"|\b\d{1,3}(?:,(?!\d{3}\b)\d{1,3}){2,6}" + _LIST_UNIT,
    re.IGNORECASE,
)
# Two numbers joined by a comma with no space before a unit ("at 1,3 d after surgery", "after 2,5 hours"): never a
# thousands separator (that takes three digits); the groups' own units tell a list from a decimal comma.
ONSET_TIGHT_PAIR = re.compile(
    r"(?<![\d.,])(?P<a>\d{1,3}),(?P<b>\d{1,2})(?![\d,])(?=\s*-?\s*(?P<u>min(?:ute)?s?|h|hrs?|hours?|d|days?|wks?"
    r"|weeks?|months?)\b)",
    re.IGNORECASE,
)
# A time the sentence itself opens its span with ("significant from minute 80 to day 3 at each time point", "at every
# visit, beginning on day 2"): 'each time point' then counts from it, not from the first rating the methods schedule.
ONSET_SPAN_START_BEFORE = re.compile(
    r"(?:\bfrom|\b(?:beginning|starting)\s+(?:at|on|from|with|in))\s+(?:the\s+)?$", re.IGNORECASE
)
# The start of a change's span ("drops in BDI-II scores from day 1 to day 14", "a decrease of HAM-D scores from day 3
# to day 14", and a list's next item, "..., PHQ-9 scores from day 1 to day 14"): what the change is measured against,
# as a baseline is, not where an effect was seen. Only a change noun opens one: a verb ("scores fell significantly from
# 40 minutes to day 3") and a significance word between ("remained significant from minute 80 to day 3") tell the span
# the effect was seen over, whose start is where it was first seen.
ONSET_CHANGE_START_BEFORE = re.compile(
    r"\b(?:drops?|reductions?|decreases?|declines?|changes?|improvements?)\s+(?:in|of|on)\b"
    r"(?:(?!significan|\bwas\b|\bwere\b)[^;]){0,80}?\bfrom\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ... when the span goes on to a later time ("... to day 14").
ONSET_SPAN_GOES_ON = re.compile(r"^\s*(?:-|–|to|until|through)\s+", re.IGNORECASE)
