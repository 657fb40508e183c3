"""The sample told in parts (bracketed counts per arm, "30 per arm", "two groups of 30") that add up to the whole."""

from __future__ import annotations

import re

from evidence.extract.rules.sample import INT

# A bracketed count of part of the sample ("ketamine (n = 11) or placebo (n = 16)"); two or more in one sentence are
# parts whose sizes add up to the sample.
PART_N_RE = re.compile(
    r"\(\s*(?:[^()=]{0,30}?[,:;]\s*)?n\s*=\s*(?P<n>" + INT + r")\s*(?:[;,][^()]{0,40})?\)", re.IGNORECASE
)
# "(30 per arm)", "20 patients in each group": one arm's size, to multiply by the number of arms randomized to.
PER_ARM_RE = re.compile(
    r"\b(?P<n>" + INT + r")\s+(?:[\w-]+\s+){0,3}?(?:per|(?:in|for|to|into)\s+each)\s+(?:(?:study|treatment)\s+)?"
    r"(?:arm|group|condition)\b", re.IGNORECASE
)
# "randomized into two groups of 30 (each)": the arms' number times one arm's size.
GROUPS_OF_RE = re.compile(
    r"\b(?P<k>two|three|four|2|3|4)\s+(?:equal\s+|treatment\s+|parallel\s+)?(?:groups|arms)\s+of\s+(?P<n>" + INT
    + r")\b(?!\s*(?:%|percent|mg|years?|weeks?|days?|sessions|infusions|doses))",
    re.IGNORECASE,
)
# A bracketed count after a timepoint ("at day 1 (n = 82), and at day 7 (n = 71)"): the same people counted at each
# visit, never parts to add.
TIMEPOINT_BEFORE_PART = re.compile(
    r"(?:\b\d+[- ]?(?:minutes?|min|hours?|h|days?|weeks?|months?)\b(?:[- ](?:post[- ]?\w+|time[- ]?points?|follow[- ]up"
    r"|visits?|assessments?))?|\b(?:day|week|month|hour|visit)\s+\d+|\btime[- ]?points?|\bfollow[- ]up|\bbaseline)\s*$",
    re.IGNORECASE,
)
# Groups that are the subject of a treatment ("Patients with high insomnia (n = 64) ... received six infusions").
PARTS_TREATED_RE = re.compile(
    r"\(\s*n\s*=\s*\d+\s*\)\s+(?:received|underwent|were\s+(?:treated|given|randomi[sz]ed|assigned|enrolled))\b",
    re.IGNORECASE,
)
