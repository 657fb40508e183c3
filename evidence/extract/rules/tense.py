"""Tense of a sentence: a generic statement in the present, this study's results in the past (or, after an interim
report of its own sample, in the present)."""

from __future__ import annotations

import re

# A statement about patients in general, in the present tense ("only 30% of patients remit", "response rates are
# 50-70%"): a finding of this study is reported in the past tense ("were", "responded", "achieved").
GENERIC_PRESENT_RE = re.compile(
    r"\b(?:is|are|remain|remains|respond|responds|remit|remits|achieve|achieves|fail|fails|occur|occurs|reach|reaches"
    r"|experience|experiences|do\s+not|does\s+not|show|shows|relapse|relapses|range|ranges|vary|varies|exceed|exceeds)\b",
    re.IGNORECASE,
)
# An interim report of this study's own sample ("Currently, ten participants have completed the infusions", "To date,
# 15 patients have been enrolled"): the abstract tells its results in the present tense from there on.
INTERIM_REPORT_RE = re.compile(
    r"\b(?:to\s+date|so\s+far|currently|thus\s+far|at\s+present|as\s+of\s+now),?\s+(?:\w+\s+){0,2}?"
    r"(?:participants|patients|subjects|adolescents|adults|individuals)\s+(?:have|has)\s+(?:been\s+)?"
    r"(?:completed|enrolled|treated|recruited|received|finished|included|randomi[sz]ed)\b",
    re.IGNORECASE,
)
PAST_FINITE_RE = re.compile(
    r"\b(?:was|were|had|did|met|found|showed|saw|led|took|gave|began|fell|rose|grew|held|kept)\b"
    # any other verb in -ed ("yielded", "responded"), but not the participles that describe patients in general
    # ("patients treated with SSRIs", "based on", "approved", "associated with")
    r"|\b(?!(?:treated|based|related|associated|approved|used|needed|required|limited|called|considered|established"
    r"|estimated|defined|published|proposed|suggested|untreated|unmet|marked|increased|reduced|impaired|elevated"
    r"|prolonged|detailed|advanced|added|combined|selected|recommended|indicated|licensed|labeled|labelled)\b)"
    r"[a-z]{2,}ed\b",
    re.IGNORECASE,
)
