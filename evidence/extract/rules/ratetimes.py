"""Which clause's time a rate takes: a later clause about a subset of the people counted, and a rate's own clause
timed in other words than a clock."""

from __future__ import annotations

import re

from evidence.extract.rules.timepoints import WORD_NUMBER_RE

# A later clause that counts a subset of the people just counted ("; of these responders, 12 kept their response at
# week 4", ", and 10 (45%) of them were still responders at week 4", "; among remitters, ..."): the times in it are
# that group's, not an earlier rate's.
_SUBSET = (
    r"(?:(?:of|among|in)\s+(?:these|them|those|whom)\b|(?:of|among)\s+(?:the\s+)?(?:responders|remitters|completers)\b"
    r"|(?:\d+|" + WORD_NUMBER_RE + r")\s*(?:\([^()]*\)\s*)?(?:of|among)\s+(?:them|whom|these|those)\b)"
)
RATE_LATER_GROUP = re.compile(r"[,;]\s+(?:and\s+)?" + _SUBSET, re.IGNORECASE)
# ... and anywhere in a later clause after a semicolon ("; at one-month follow-up, 5 of the remitters were well")
RATE_SUBSET = re.compile(_SUBSET, re.IGNORECASE)
# A rate's own clause that says when it was read in other than clock time ("after the last infusion, 67% had
# responded", "by the end of the series"): another clause's clock time is not its.
RATE_OWN_NON_CLOCK = re.compile(
    r"\b(?:after|following|at|by)\s+(?:the\s+)?(?:last|final|first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?(?:infusion|session|dose|treatment|injection|administration|spray)s?\b"
    r"|\bby\s+the\s+end\s+of\b|\bat\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:series|course|induction|acute\s+phase)\b",
    re.IGNORECASE,
)
# The methods rate outcomes over and over ("symptoms were assessed weekly", "rated daily", "the weekly impact ... was
# evaluated", "on a weekly basis", "at weekly visits"): a rate the results give without a time was read at one of many
# visits, so no single planned time is its. (A dosing frequency, "twice weekly esketamine", is not a rating schedule.)
_RECURRING = (
    r"(?<!twice[ -])(?<!thrice[ -])(?<!once[ -])\b(?:weekly|daily|fortnightly|monthly)\b"
    r"(?![ -](?:doses?|infusions?|sessions?|administrations?|injections?|esketamine|ketamine|spray))"
)
_ASSESS = r"\b(?:re-?)?(?:assess|evaluat|rat|measur|scor|monitor|examin|interview)(?:ed|ing)\b"
RATINGS_REPEATED = re.compile(
    _ASSESS + r"[^.;]{0,40}?" + _RECURRING + r"|" + _RECURRING + r"[^.;]{0,60}?" + _ASSESS
    + r"|\b(?:at|during)\s+(?:each|every)\s+(?:weekly\s+)?visit\b",
    re.IGNORECASE,
)
# A later clause, joined by a conjunction or a comma, that counts a subset of the people just counted ("... in 75% of
# the sample and 2 of these subjects showed a response", "; of these, 12 remitted"): the measure it names is that
# subset's, not the earlier number's.
LATER_SUBSET_CLAUSE = re.compile(r"(?:[,;]|\band\b|\bbut\b|\bwhile\b|\bwhereas\b)\s+(?:and\s+)?" + _SUBSET, re.I)
# A previous sentence that times another kind of measurement - a recording, scan, task or sample ("the rMMN paradigm
# was run 3-4 h after the dose", "EEG was recorded 2 h after the infusion", "blood was drawn at 240 min") - and names
# no rating or clinical finding lends no time to the next sentence's rate: that time is the recording's.
PREV_OTHER_MEASURE = re.compile(
    r"\b(?:EEG|MEG|[fM]?MRI|PET|MRS|scans?|scanned|imaging|electroencephalograph\w*|magnetoencephalograph\w*"
    r"|paradigm|recorded|recordings?|blood|plasma|serum|samples?|sampled|saliva|biomarkers?)\b",
    re.IGNORECASE,
)
PREV_RATING = re.compile(
    r"%|\brespon|\bremi(?:ss|tt)|\brelaps|\bassess|\brat(?:ed|ing|ings)\b|\bevaluat|\bscores?\b|\bscales?\b"
    r"|\b(?:MADRS|HAM-?D\w*|HDRS|BDI|QIDS\w*|CGI\w*|BSS|SSI|YMRS)\b|\bp\s*[<=>≤]|\bsignifican",
    re.IGNORECASE,
)
