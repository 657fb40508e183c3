"""Onset cues for effects reported group by group: group names, the drug's own arm, the control's."""

from __future__ import annotations

import re

# A group a clause names: a lettered one ("group B", "Group C2") or a named one ("the ECT-resistant group", "the 0.5
# mg/kg arm").
ONSET_GROUP_NAME = re.compile(
    r"\b[Gg]roups?\s+(?P<letter>[A-Z]{1,2}\d?)(?![\w-])"
    r"|\bthe\s+(?P<named>(?!(?:two|both|three|four|all|each|other|same|whole|entire|total)\b)(?:[\w./-]+\s+){0,2}?"
    r"[\w./-]+)\s+(?:group|arm|cohort|subgroup)\b(?!\s*[A-Z]\b)"
)
# Two subgroups an effect is reported for, each with its own result ("in both younger (3.3, p < 0.05) and older (2.8,
# p < 0.05) patients"); "significant in both unipolar and bipolar groups" (one result for both) is one onset.
ONSET_BOTH_SUBGROUPS = re.compile(
    r"\bboth\s+(?:the\s+)?(?P<a>[\w-]+)\s*\([^()]*\)\s*and\s+(?:the\s+)?(?P<b>[\w-]+)\s*\([^()]*\)\s*"
    r"(?:[\w-]+\s+){0,2}?(?:patients|groups|subgroups|participants|subjects|adults|cohorts)\b",
    re.IGNORECASE,
)
# Names of the drug's own arm, all one group ("the ketamine group", "the intervention group", "the observation group").
ONSET_DRUG_ARM_WORD = re.compile(
    r"\b(?:(?:[rs]-|es|ar)?ketamine|intervention|treatment|experimental|observation|study|active|drug|trial)\b",
    re.IGNORECASE,
)
# Names of a control arm.
ONSET_CONTROL_WORD = re.compile(
    r"\b(?:placebo|saline|controls?|midazolam|sham|usual|comparator|routine|conventional|standard|propofol"
    r"|healthy|untreated|waitlist|wait-list)\b",
    re.IGNORECASE,
)
# A leading phrase that names the reference group ("Compared with group N, ...", "Relative to the control group, ...").
ONSET_REFERENCE_LEAD = re.compile(
    r"^\s*(?:(?:compared|relative)\s+(?:with|to)|versus|vs\.?|than)\s+[^,]{0,60},", re.IGNORECASE
)
