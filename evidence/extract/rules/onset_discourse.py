"""Onset cues of how a sentence's clauses relate to each other and to the sentence before it."""

from __future__ import annotations

import re

# A contrast clause put first ("Whereas/While/Although scores were similar at day 1, ..."), cut at its comma: its time
# is set against the main clause's, not where the effect the main clause reports was seen.
ONSET_LEADING_CONTRAST = re.compile(r"[\s;,]*(?:whereas|while|although|though|even\s+though)\b", re.IGNORECASE)
# A sentence that opens by agreeing with the one before ("Consistently,", "Similarly,", "In line with this,"): what
# the sentence before set against the comparator, this one reports on another outcome in the same comparison.
ONSET_AGREEING_OPENER = re.compile(
    r"\s*(?:consistently|similarly|likewise|correspondingly|accordingly|in\s+(?:line|keeping|agreement|accordance)"
    r"\s+with\s+(?:this|these|that)(?:\s+\w+)?|consistent\s+with\s+(?:this|these|that)(?:\s+\w+)?"
    r"|in\s+parallel|in\s+the\s+same\s+(?:way|vein))\s*,",
    re.IGNORECASE,
)
# The studied drug as what another treatment is set against ("ECT produced significantly greater improvement than
# ketamine", "superior to esketamine"): a better effect of the comparator, not an onset of the drug.
ONSET_BETTER_THAN = re.compile(
    r"\b(?:superior|better|faster|outperform\w*|more\s+(?:effective|rapid|efficacious)"
    r"|(?:greater|larger|more)\s+(?:\w+\s+)?(?:improvement|reduction|decrease|response|effect|efficacy|benefit|relief))\b",
    re.IGNORECASE,
)
ONSET_SET_AGAINST = re.compile(
    r"\b(?:than|versus|vs\.?|over|(?:superior|inferior|compared|relative)\s+(?:with|to))"
    r"\s+(?:(?:the|with|in|those|receiving|on)\s+)*$",
    re.IGNORECASE,
)
# A sentence that interprets the results rather than reporting them ("These findings suggest ...", "In conclusion").
# ("The data showed that scores fell significantly by week 1", "the results demonstrated": a past-tense 'showed' or
# 'demonstrated' reports what was observed, as "scores fell" does; the present 'show' interprets.)
ONSET_INTERPRETATION = re.compile(
    r"\b(?:suggests?|suggesting|indicates?|indicating|supports?|confirms?|demonstrates?)\s+(?:that\b|the\b|a\b)"
    r"|\bin\s+conclusion\b|\bwe\s+conclude\b|\b(?:these|our|the)\s+(?:findings|results|data)\s+(?:suggest|indicate"
    r"|support|show(?!ed\b)|demonstrate(?!d\b)|confirm)",
    re.IGNORECASE,
)
# "at the first post-infusion assessment", "at the earliest time point", "from the first rating": the first time the
# methods name, when no time follows the phrase.
ONSET_FIRST_ASSESSMENT = re.compile(
    r"\b(?:first|earliest)\s+(?:post-?[\w-]+\s+)?(?:assessment|time\s*-?point|rating|visit|evaluation|measurement)s?"
    r"(?!\s*(?:\(|,|at|on|of)?\s*(?:\d|day\b|week\b|hour\b))",
    re.IGNORECASE,
)
# A sentence whose subject points back at the effect the sentence before reported ("The effect was significant 24 h
# after the first dose", "This reduction became significant on day 2"): it is about that sentence's outcome.
ONSET_ANAPHORIC_EFFECT = re.compile(
    r"\s*(?:the|this|these|such)\s+(?:[\w-]+\s+)?(?:effects?|improvements?|reductions?|decreases?|changes?)\s+"
    r"(?:was|were|is|are|became|remained|reached|appeared|emerged)\b",
    re.IGNORECASE,
)
