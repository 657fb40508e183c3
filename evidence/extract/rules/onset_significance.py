"""Onset cues about what a significance word qualifies: an association between measures, a severity adjective, a
lack of change, and how long an effect lasted."""

from __future__ import annotations

import re

# A clause whose significance is that of an association between measures ("a significant positive correlation between
# baseline DSR and MADRS change to day 1", "CGI-S reduction at day 8 was a significant predictor of response", "did
# not significantly mediate"): how one measure tracks another, not when the drug's effect began.
# ("treatment was associated with a significant reduction" is an effect and does not match)
ONSET_ASSOCIATION = re.compile(
    r"\bcorrelat(?:ed|es|ion|ions)\b|\bpredictors?\b|\bpredict(?:ed|s|ive)\s+(?:of\s+)?(?:\w+\s+){0,3}?"
    r"(?:response|remission|outcome|improvement|change)|\bmediat(?:ed|es|ion|or|ors)\b|\bmoderators?\b"
    r"|\bassociations?\s+(?:between|of)\b|\(\s*r\s*=|\br\s*=\s*-?\s*0?\.\d",
    re.IGNORECASE,
)
# "significant" as a severity adjective on a symptom or state ("persistent significant depressive symptoms",
# "patients with significant suicidal ideation", "fewer patients had significant dissociation"): how ill, not an
# effect; unless a change noun follows ("significant depressive symptoms reduction").
ONSET_SEVERITY_ADJECTIVE = (
    r"(?!\s+(?:depressive\s+|residual\s+|suicidal\s+|psychotic\s+|anxiety\s+)?(?:symptoms|depression|dissociation"
    r"|ideation|illness|distress|impairment)\b(?!\s+(?:reduction|improvement|decrease|relief|change)))"
)
# Significant in two words at once ("a statistically and clinically significant reduction"): statistical, though
# 'clinically significant' alone is not.
ONSET_STATISTICALLY_AND_CLINICALLY = (
    r"\bstatistically\s+and\s+clinically\s+significant(?:ly)?|\bclinically\s+and\s+statistically\s+significant(?:ly)?"
)
# "persisted beyond day 2 without significant change", "without a significant difference": no difference.
ONSET_WITHOUT_CHANGE = (
    r"\bwithout\s+(?:a\s+|any\s+)?(?:statistically\s+)?significant\s+(?:change|difference)s?\b"
    # ... and "no benefit (advantage) over placebo": no separation
    r"|\bno\s+(?:\w+\s+)?(?:benefit|advantage)s?\b"
)
# A time that opens how long an effect lasted ("an effect lasting from one week to six months", "sustained from week
# 2 through week 12"): the span of the effect's endurance, either end of it, not the first visit where it was seen.
ONSET_DURATION_FROM_BEFORE = re.compile(
    r"\b(?:lasting|last(?:ed|s)|persist(?:ed|ing|s)|enduring|sustained|maintained)\s+(?:for\s+)?from\s+(?:the\s+)?"
    r"(?:[^;:.()]{1,40}?\b(?:to|through|until)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# Two coordinate clauses, each with its own verdict (", and the scores ...", ", while"): where a negation ends.
ONSET_COORDINATE_AND = re.compile(r",\s*(?:and|while)\s+", re.IGNORECASE)
# A claim about what the drug does in general, in the present tense ("ketamine produces a rapid antidepressant effect
# within 24 hours", "esketamine acts within hours"): outside a Results section, with no past-tense verb and no word
# tying it to this study, it is no result of this study.
ONSET_PRESENT_CLAIM = re.compile(
    # (a finite verb: 'sessions to induce remission' is an infinitive)
    r"(?<!\bto\s)\b(?:has|have|is|are|produces?|exerts?|acts?|reduces?|induces?|provides?|improves?|leads?|shows?|offers?"
    r"|works?|relieves?|alleviates?|elicits?|yields?|decreases?|causes?|brings?)\b",
    re.IGNORECASE,
)
ONSET_THIS_STUDY = re.compile(
    r"\b(?:our|this|these|here|herein|present|current)\b|\bwe\b|\bpatients?\s+(?:in|of)\s+(?:the|this)\b",
    re.IGNORECASE,
)
# A benefit (advantage) of the drug set against its comparator ("treatment benefit at 24 h with esketamine versus
# placebo was observed", "an advantage over placebo emerged by day 2"): a separation of the arms, like 'superior to'.
ONSET_BENEFIT_OVER_CONTROL = (
    r"|\b(?:benefit|advantage)s?\b[^.;]{0,60}?\b(?:over|versus|vs\.?|compared\s+(?:with|to)|relative\s+to)\s+"
    r"(?:the\s+)?(?:matching\s+)?(?:placebo|midazolam|saline|control|active\s+control|comparator)"
)
# A change another treatment weakened ("naltrexone attenuated the reduction in MADRS scores on day 1", "pretreatment
# blunted the antidepressant effect"): the significance is of the weakening, not of the studied drug's effect.
ONSET_WEAKENED_CHANGE = re.compile(
    r"\b(?:attenuat|blunt|block|abolish|diminish|dampen|counteract)\w*\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:reductions?|decreases?|improvements?|effects?|responses?|changes?|benefits?)\b",
    re.IGNORECASE,
)
