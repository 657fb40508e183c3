"""A control arm the study counts its own people into ("24 receiving normal saline", "placebo (n = 54)"): the study
(or the trial it analyses again) gave a placebo to a group of its own, which only a controlled trial does."""

from __future__ import annotations

import re

# a count of people, not of time or dose ("30 min for placebo", "0.5 mg/kg or saline")
_PEOPLE_COUNT = r"(?<![\d.,])\d+\s+(?!(?:min|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|mg|ml|mL|%|percent)\b)"
_INERT = r"(?:normal\s+saline|saline|placebo|sham)"
COUNTED_PLACEBO_ARM_RE = re.compile(
    # "16 receiving a normal saline placebo", "24 for normal saline", "89 in the placebo group", "27 given placebo"
    _PEOPLE_COUNT + r"(?:[\w-]+\s+){0,2}?(?:receiving|received|given|for|in\s+the|on|to)\s+(?:an?\s+|the\s+)?"
    + _INERT + r"\b(?!-)"
    # "or placebo (n = 54)", "normal saline placebo infusion (n = 24; only day 1)"
    + r"|\b" + _INERT + r"\b(?:\s+[\w-]+){0,3}\s*[(\[]\s*[nN]\s*=\s*\d+",
    re.IGNORECASE,
)

# What a drug study in healthy people measures when it is pharmacology (first doses, kinetics, tolerability), not an
# experiment with a trial's design: "Phase 1", "pharmacokinetics (PK)", "bioavailability", "safety and tolerability"
# (the adjective in "integrating pharmacokinetic information" names a method, not the aim).
PHASE_ONE_AIM_RE = re.compile(
    r"\bphase\s*(?:1|I)[ab]?\b(?![-/]?\s*(?:2|II)\b)|\bfirst[- ]in[- ](?:human|man)\b|\bpharmacokinetics\b"
    r"|\bbioavailability\b|\btolerability\b",
    re.IGNORECASE,
)

# A treatment of the study's own named as the drug or a placebo ("after a single treatment with ketamine or placebo",
# "a single 0.5 mg/kg dose of ketamine or active placebo"): the study gave a placebo arm, so a controlled trial.
TREATMENT_DRUG_OR_PLACEBO_RE = re.compile(
    r"\b(?:treatments?|doses?|infusions?|injections?|administrations?|sessions?|courses?)\s+(?:with|of)\s+"
    r"(?:[\w./-]+\s+){0,5}?(?:es|ar)?ketamine\s+or\s+(?:an?\s+)?(?:active[- ]|matching\s+|saline\s+)?placebo\b",
    re.IGNORECASE,
)

# The controlled-trial design named in words ("double-blind", "placebo-controlled"): a healthy-volunteer experiment
# that names it is labelled by its trial design; one only "randomly assigned ... in a crossover design" stays a
# pharmacology challenge ("other"), as the earlier labels have it.
BLINDED_OR_CONTROLLED_RE = re.compile(r"\bdouble[- ]?blind|\bplacebo[- ]controlled\b", re.IGNORECASE)
