"""Onset cues about which outcome a time belongs to (ninth session)."""

from __future__ import annotations

import re

# Words that only qualify the outcome named before them, not the outcome itself: the instrument in brackets ("SI scores
# (MADRS item 10)") or in a participle phrase ("Suicidal ideation, measured with the ... Depression Rating Scale,").
ONSET_INSTRUMENT_ASIDE = re.compile(
    r"\([^()]*\)|,\s*(?:as\s+)?(?:measured|assessed|rated|evaluated|quantified|scored)\s+(?:with|by|using|on|via)\b[^,;]*,",
    re.IGNORECASE,
)
# A change seen "in both groups" / "in all three arms" / "in the two groups" of a controlled study is each arm's change
# from its own baseline, not the drug set against its comparator ...
ONSET_EVERY_ARM = re.compile(
    r"\b(?:in|for|within|across|among)\s+(?:both|all(?:\s+(?:three|four|the))?|the\s+two|each\s+of\s+the\s+(?:two|three))"
    r"\s+(?:[\w-]+\s+)?(?:groups|arms|cohorts)\b"
    r"|\b(?:both|all)\s+(?:[\w-]+\s+)?(?:groups|arms)\s+(?:showed|improved|had|experienced|demonstrated)\b",
    re.IGNORECASE,
)
# ... unless the clause sets them against a comparator ("in both groups, scores were lower than in the control group")
ONSET_AGAINST_A_COMPARATOR = re.compile(
    r"\b(?:than|versus|vs\.?|(?:compared|relative)\s+(?:with|to))\s+(?:the\s+|those\s+(?:in|of)\s+(?:the\s+)?)?"
    r"(?!baseline\b|pre-?\w*\s+baseline\b|pre-?(?:treatment|infusion|operative)\b)",
    re.IGNORECASE,
)
# A depression outcome named as a measure ("HAM-D and MSSI scores", "depressive symptoms and suicidal ideation"), not
# the population ("in depressed patients", "patients with major depression") nor a scale's suicide item ("MADRS-SI",
# "the MADRS suicide item").
ONSET_DEPRESSION_MEASURE = re.compile(
    r"(?:MADRS|HAM-?D(?:-?\d+)?|HDRS|HRSD|QIDS(?:-SR)?|BDI(?:-II)?|PHQ(?:-9)?|CDRS(?:-R)?|EPDS|\bGDS\b|\bHADS(?!-?A\b)"
    r"|IDS-?C)(?![\w-]*\s*(?:SI\b|item|suicid))"
    r"|\bdepress\w*\s+(?:scores?|symptoms?|severity|levels?|ratings?|mood)\b|\b(?:depressed\s+)?mood\b",
    re.IGNORECASE,
)
# The long form of a rating scale the abstract defines ("Hamilton Depression Rating (HDR)", "self-rating depressive
# scale (SDS)", "Beck Scale for Suicidal Ideation (BSI)"): a measure, not a disease ("treatment-resistant depression
# (TRD)", "postpartum depression (PPD)" name who was studied, not what was rated).
ONSET_SCALE_LONG_FORM = re.compile(
    r"\b(?:scales?|ratings?|inventory|questionnaire|checklist|index|score)\b", re.IGNORECASE
)
