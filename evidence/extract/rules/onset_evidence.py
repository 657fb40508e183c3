"""Onset cues about what a statement is evidence of: p values and changes, associations, subgroup contrasts, times
that define a group or measure a time to an event, and sentences about other work or another trial."""

from __future__ import annotations

import re

# A p value and its figure ("p < .001", "P = 0.056", "p≤0.05"): below .05 it states significance.
# ... also "p-value < 0.05", "p(holm) < .001", "p adj = .01" and the Lancet's middle dot ("p<0·0001")
ONSET_P_VALUE = re.compile(
    # ("p's < .001": the p values of several tests at once)
    r"\bp(?:['’]s)?(?:[\s-]*values?)?(?:\s*[(_]?\s*(?:holm|adj(?:usted)?|corr(?:ected)?|FDR|bonf\w*)\s*\)?)?\s*"
    # ... and the full-width signs of Chinese journals' English abstracts ("P＜0.05")
    r"(?P<op><=|>=|<|≤|=|>|≥|＜|＞|≦|≧|＝)\s*(?P<v>0?[.·]\d+|[01](?:[.·]\d+)?)(?![\d.·])",
    re.IGNORECASE,
)
# A change of a score ("MADRS decreased from T0 to T1 (p < .001)", "a large mean decrease at 2 hours (p < .001)"):
# with a p value below .05 in a study with no comparator, a stated significant improvement.
ONSET_CHANGE = re.compile(
    r"\b(?:decreas\w*|reduc\w*|improv\w*|change[sd]?|fell|f[ae]ll(?:en|ing)|dropp?\w*|declin\w*|lower(?:ed)?)\b",
    re.IGNORECASE,
)
# Under a Results heading, a sentence is about other work only when it names it ("as previous studies have shown",
# "consistent with earlier trials", "Smith et al."); words about the disease ("prevalence") describe this study's data.
ONSET_OTHER_WORK = re.compile(
    r"\b(?:previous|prior|earlier|other|published|existing)\s+(?:[\w-]+\s+){0,2}(?:studies|trials|reports|research"
    r"|literature|meta-?analys[ie]s)\b|\b(?:has|have)\s+been\s+(?:shown|demonstrated|reported)\b|\bet\s+al\b"
    r"|\bpreviously\s+(?:reported|shown|described|published)\b",
    re.IGNORECASE,
)
# A group named by a status reached at a time ("non-responders at 6 months", "remitters by day 7"): the time defines
# the group.
ONSET_GROUP_AT_BEFORE = re.compile(
    r"\b(?:non-?)?(?:responders?|remitters?|completers?|relapsers?)\s+(?:at|by|on|after)\s+(?:the\s+)?$", re.IGNORECASE
)
# A comparison of times to an event ("median times to remission were significantly shorter (15 versus 23 days)"): its
# times are durations until the event, not times at which the arms separated.
# ('time-to-response' hyphenated too; and a median time set against another's, "median response at 36 vs. 49 days",
# "improved more rapidly (median 9 vs. 26 days)": how long patients took, not a visit)
ONSET_TIME_TO_EVENT = re.compile(
    r"\btimes?[\s-]+(?:to|until)[\s-]+(?:first[\s-]+|sustained[\s-]+|stable[\s-]+)?(?:response|remission|relapse"
    r"|improvement|recovery)"
    r"|\bmedian\s+(?:[\w-]+\s+){0,3}?(?:(?:at|of|was|were|=|:)\s*)?\d+(?:\.\d+)?\s*(?:vs\.?|versus|and|compared\s+"
    r"(?:with|to))\s*\d+(?:\.\d+)?\s*(?:minutes?|min|hours?|h|days?|weeks?|months?)\b",
    re.IGNORECASE,
)
# Randomization of another study the data were drawn from ("matched to patients from a randomized, noninferiority
# trial", "data of an earlier randomized trial"): not this study's comparator.
ONSET_OTHER_TRIAL_BEFORE = re.compile(
    r"\b(?:from|of)\s+(?:an?\s+|the\s+)?(?:(?:earlier|previous|prior|separate|another|other|published)\s+)?(?:[\w-]+,?\s+){0,1}$",
    re.IGNORECASE,
)
# A p value of an association, not of a change over time ("anhedonia predicted a greater decrease (p = .01)", "the
# decrease correlated with plasma levels", "was associated with BDNF change"): no stated improvement.
ONSET_ASSOCIATION = re.compile(
    r"\bpredict\w*|\bcorrelat\w*|\bassociat\w*\s+with\b|\brelated\s+to\b|\bmoderat(?:ed|or)\b|\bmediat\w*"
    r"|\bodds\s+ratio|\bhazard\s+ratio|\bregression\b|\br\s*=\s*-?0?\.\d",
    re.IGNORECASE,
)
# Patients set against other patients of the same treatment ("larger in women than in men", "than non-responders",
# "between responders and non-responders"): a subgroup contrast, not the drug against its comparator.
ONSET_SUBGROUP_CONTRAST = re.compile(
    r"\bthan\s+(?:in\s+|among\s+)?(?:the\s+|those\s+)?(?:men|women|males|females|boys|girls|non-?responders|responders"
    r"|non-?remitters|remitters|younger|older|adolescents|adults|(?:those|patients|subjects|participants)\s+"
    r"(?:with|without|who))\b"
    r"|\b(?:between|in)\s+(?:men\s+and\s+women|women\s+and\s+men|males\s+and\s+females|females\s+and\s+males"
    r"|responders\s+and\s+non-?responders|remitters\s+and\s+non-?remitters)\b"
    # ... and a group set against its own negation ("the melancholic group ... than the non-melancholic group",
    # "anxious depression compared to those with nonanxious depression"); untreated or non-drug controls are a
    # comparator and stay out
    r"|\b(?:than|compared\s+(?:to|with)|versus|vs\.?)\s+(?:in\s+|among\s+)?(?:the\s+)?(?:(?:those|patients|subjects"
    r"|participants)\s+(?:with|without|who\s+had)\s+)?non-?(?!treat|ketamine|esketamine|arketamine|drug|medicat|pharmac"
    r"|interven|active|placebo|ect\b)[a-z]{3,}"
    # ... the negated group named first ("more patients in the non-anxious group than the anxious group", "the
    # non-melancholic group had higher rates compared with the melancholic group")
    r"|\bnon-?(?P<g>(?!treat|ketamine|esketamine|arketamine|drug|medicat|pharmac|interven|active|placebo|ect\b)"
    r"[a-z]{3,})\s+(?:group|patients|subjects|participants|cases|adolescents|adults)\b[^;]{0,80}?\b(?:than|compared"
    r"\s+(?:to|with)|versus|vs\.?)\s+(?:in\s+|among\s+)?(?:the\s+|those\s+(?:with\s+)?)?(?P=g)\b",
    re.IGNORECASE,
)
# A time at which the effect peaked ("with maximal effects measured at 7 days", "the peak reduction was at week 2"):
# the effect began before it, so it is no onset.
ONSET_PEAK_BEFORE = re.compile(
    r"\b(?:maxim(?:al|um)|peak|greatest|largest|strongest)\s+(?:[\w-]+\s+){0,2}?(?:effects?|reductions?|improvements?"
    r"|decreases?|responses?|benefits?)(?:\s+(?:in|of|on|with)(?:\s+[\w-]+){1,5}?)?\s+(?:(?:was|were|is|are)\s+)?"
    r"(?:(?:measured|observed|seen|reached|found|noted|occurred)\s+)?(?:at|on|by|after)\s+(?:the\s+)?$"
    # ... or the verb says it ("improvement peaked at day 14", "the effect was maximal at 24 h", "reached its peak on
    # day 3")
    r"|\b(?:peak(?:ed|ing|s)|(?:was|were)\s+(?:maxim(?:al|um)|greatest|largest|strongest)"
    r"|reach(?:ed|ing)\s+(?:its|their|a)\s+(?:peak|maximum))\s+(?:[\w-]+\s+){0,2}?(?:at|on|by|after|around)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Biomarkers and physiology ("serum BDNF", "IL-6", "plasma glutamate", "cortisol"): a sentence about them alone reports
# no antidepressant effect.
ONSET_BIOMARKER = re.compile(
    r"\bserum\b|\bplasma\b|\bBDNF\b|\bIL-?\d+\b|interleukin|cytokine|\bCRP\b|\bTNF|cortisol|glutamate|\bGABA\b"
    r"|biomarker|neurotrophic|\bEEG\b|gamma\s+power|connectivity|\bfMRI\b|\bPET\b"
    # "increased levels of leptin", "bone markers", "concentrations of osteocalcin": a measured substance
    r"|\blevels?\s+of\b|\bconcentrations?\b|\bmarkers?\b",
    re.IGNORECASE,
)
# Quality of life and functioning ("SF-36 mental health and social functioning domains", "EQ-5D", "QoL scores"): a
# sentence about them alone reports no antidepressant effect.
ONSET_QUALITY_OF_LIFE = re.compile(
    r"quality\s+of\s+life|\b(?:HR)?QoL\b|\bSF-?(?:36|12)\b|\bEQ-?5D|\bfunctioning\b|\bdisability\b", re.IGNORECASE
)
# Animals as the subjects ("in mice exposed to chronic stress", "rats given ketamine"): a preclinical result, never a
# patient's onset.
ONSET_ANIMAL = re.compile(
    r"\b(?:mice|mouse|rats?|rodents?|animals|murine|zebrafish|primates|monkeys|macaques|piglets|rabbits)\b",
    re.IGNORECASE,
)
