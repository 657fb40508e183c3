"""Cues read beside the design decision table: a paper that discusses a topic or tells a case, an abstract with no
study of its own, and the statistics that only pooling across studies gives (or a pooling declined)."""

from __future__ import annotations

import re

from evidence.extract.rules.sample_cases import ONE_PERSON_AGE

# The paper's own statement that it discusses a topic ("Here we discuss the mechanisms of", "This article outlines the
# role of"): with no design word and no sample, a narrative review.
DISCUSSES_TOPIC_RE = re.compile(
    r"\b(?:we|this\s+(?:paper|article|chapter|work|manuscript))\s+(?:here\s+|briefly\s+|critically\s+|further\s+)?"
    r"(?:discuss(?:es)?|summari[sz]es?|outlines?|highlights?)\s+(?:the\s+|how\s+|recent\s+|current\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:mechanisms?|roles?|evidence|literature|advances|developments|progress|pharmacology"
    r"|neurobiology|potential|history|state|knowledge|hypothes[ie]s|controvers(?:y|ies)|challenges|implications\s+of"
    r"\s+(?!(?:these|our|the)\s+(?:findings|results)))\b",
    re.IGNORECASE,
)
# One patient's case told by the authors ("We present the case of", "a 45-year-old man"): a case report, even when
# it adds "a review of the literature".
CASE_TOLD_RE = re.compile(
    r"\b(?:we|this\s+(?:report|article|letter|paper))\s+(?:present|describe|report)s?\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:rare|unique|novel|first|unusual|challenging|complex)\s+)?cases?\b|(?:" + ONE_PERSON_AGE + r")"
    # the same in the passive ("Four case reports from our clinic are described", "The case of a veteran is presented"),
    # not cases of the literature ("published case reports are described")
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|the|our)\s+(?:(?!published|previous|prior|reported"
    r"|identified|included)[\w-]+\s+){0,2}?(?:cases?|case\s+reports?|case\s+series)\b(?:(?!\b(?:studies|trials"
    r"|articles|literature|published)\b)[^.]){0,100}?\b(?:are|were|is|was)\s+(?:here\s+|briefly\s+)?(?:described"
    r"|presented|reported|detailed)\b(?!\s+as\b)",
    re.IGNORECASE,
)
# Abstracts that say nothing about a study of their own: no "we/our/this study", no people counted or treated, no
# result of their own.
OWN_STUDY_RE = re.compile(
    r"\b(?:we|our|us)\b|\b(?:this|the\s+present|the\s+current)\s+(?:[\w-]+\s+){0,2}?(?:study|trial|report|analysis"
    r"|paper|article|work|case|series|survey)\b|\b(?:were|was)\s+(?:randomi[sz]ed|enrolled|recruited|included|treated"
    r"|given|administered|assessed|measured|followed|evaluated|analy[sz]ed|determined|studied)\b"
    r"|\b(?:received|underwent|completed|participated)\b|\b\d+\s+(?:[\w-]+\s+){0,3}?(?:patients|participants"
    r"|subjects|volunteers|adults|rats|mice|animals)\b|\bhere(?:in)?\b|\bis\s+presented\b"
    # a letter comments on something of its own (a case, a trial); laboratory work is an experiment, not a review
    r"|\bto\s+the\s+editor\b|\bletter\b|\b(?:mouse|murine|in\s+vitro|ex\s+vivo|autoradiograph\w*|cell\s+cultures?)\b"
    r"|\bsynthesi[sz](?:is|ed)\s+(?:of|and)\b"
    # computation, and opinion pieces: not a review of evidence
    r"|\b(?:were|was)\s+used\b|\bsimulations?\b|\bdocking\b|\bcomputational\b|\bin\s+silico\b"
    r"|\b(?:commentary|editorial|viewpoint|opinion)\b|\bargues?\b"
    # a result of the study's own (a rate, a p-value, an arm, a responder): a fragment of a primary study's abstract
    r"|\d\s*%|\d\s*percent\b|\bp\s*[<=>≤]|\b(?:results?|findings)\s*:|\bsignificantly\b|\b(?:group|arm)s?\b"
    r"|\bstatistically\s+significant\b|\bthe\s+(?:results|findings|data)\s+(?:are|were|show|suggest|indicate)\b"
    # an experiment: things applied, tested or measured, in volunteers or in binding assays
    r"|\b(?:were|was)\s+(?:applied|tested|compared|examined|investigated|recorded|observed)\b"
    r"|\bhealthy\s+(?:volunteers|subjects|participants|controls)\b|\bbinding\s+sites?\b|\bhomogenates?\b"
    r"|\[\s*3\s*H\s*\]|\bradioligand"
    r"|\b(?:responded|remitted|responders|remitters)\b|\b(?:response|remission)\s+(?:rates?|was|at)\b"
    r"|\bcompared\s+with\s+(?:placebo|midazolam|saline)\b",
    re.IGNORECASE,
)
# What only pooling across studies produces: between-study heterogeneity, or an effect measure with its interval; a
# systematic review that reports one is a meta-analysis.
POOLING_EVIDENCE_RE = re.compile(
    r"\bheterogeneity\b|\bI\s?[2²]\s*[=<>:]|\b(?:(?:odds|risk|rate|hazard)\s+ratios?|relative\s+risks?)\b"
    r"(?:[^.]|\.(?=\d)){0,40}?\b(?:95\s*%|CI\b)"
    # (the interval after a comma and a bracket too: "OR: 1.78, [95% CI: ...]")
    r"|\b(?:OR|RR|SMD|MD|Hedges'?\s*g)\s*[=:,]?\s*-?\d+(?:\.\d+)?\s*(?:[,;]\s*[(\[]|[,;(\[])\s*(?:95\s*%|CI\b)"
    r"|\bforest\s+plots?\b"
    # a method that weights each study's estimate ("compared using inverse variance methods", "DerSimonian-Laird")
    r"|\binverse[- ]variance\b|\bDerSimonian\b"
    r"|\bnumbers?\s+needed\s+to\s+treat\b(?:[^.]|\.(?=\d)){0,40}?(?:95\s*%|CI\b)"
    # any effect measure with its interval ("g = 0.82 (95% CI", "WMD -5.2, 95% CI", "mean difference -5.2 points, 95%
    # CI"), a summary over studies, or data said to be combined: in a review, only pooling gives these
    r"|\b(?:g|d|WMD|HR|effect\s+size)\s*[=:,]?\s*-?\d+(?:\.\d+)?\s*[,;(\[]\s*(?:95\s*%|CI\b)"
    r"|\bmean\s+differences?\b(?:[^.]|\.(?=\d)){0,40}?(?:95\s*%|CI\b)|\b(?:summary|overall|combined)\s+(?:effect|estimate"
    r"|odds|risk)s?\b|\b(?:data|results|estimates|effects?)\s+(?:[\w-]+\s+){0,4}?(?:were|was)\s+(?:combined|pooled)\b"
    # treatments ranked across trials (a review's "network analysis"; a symptom network of a cohort names no review)
    r"|\bnetwork\s+analys[ie]s\b",
    re.IGNORECASE,
)
# A meta-analysis that was considered and not done ("a meta-analysis was not considered appropriate").
NEGATED_META = re.compile(
    # (in any tense, and "statistical" synthesis too: "heterogeneity precludes statistical syntheses")
    r"meta-?analysis\s+was\s+not|no\s+meta-?analysis|not\s+(?:pooled|meta-?analy[sz]ed)|(?:preclud(?:ed|es?|ing)"
    r"|prevent(?:ed|s)|(?:did|does|do)\s+not\s+(?:allow|permit))\s+(?:a\s+|any\s+)?(?:formal\s+)?"
    r"(?:meta-?analy|pooling|quantitative|statistical\s+(?:synthes|pooling|analys))|no\s+quantitative\s+synthesis|(?:not|never)\s+(?:possible|feasible)\s+to\s+pool"
    # a narrative synthesis chosen because the studies differ: heterogeneity named as the reason not to pool
    r"|narrative(?:ly)?\s+synthes|synthesi[sz]ed\s+narratively|(?:because\s+of|due\s+to|given)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"heterogeneity",
    re.IGNORECASE
)

# A review whose objects are reviews ("an umbrella review", "an overview of systematic reviews", "this overview of
# meta-analyses", "a review of meta-analyses"): a systematic review of the reviews it appraises, whatever it says about
# the meta-analyses it read.
REVIEW_OF_REVIEWS_RE = re.compile(
    r"\bumbrella\s+review\b|\bmeta-?review\b|\b(?:overview|review|synthesis|appraisal)\s+of\s+(?:the\s+|published\s+)?"
    r"(?:(?:systematic|existing|published|recent)\s+)?(?:reviews|meta-?analyses)\b",
    re.IGNORECASE,
)
# The authors telling a counted few cases or patients of their own ("we report 5 TRD cases that received six
# open-label infusions", "We present three patients treated with ..."): a case series, whatever the care is called.
CASES_COUNTED_TOLD_RE = re.compile(
    r"\b(?:we|this\s+(?:report|article|letter|paper))\s+(?:present|describe|report)s?\s+(?:\d|two|three|four|five|six"
    r"|seven|eight|nine|ten)\b\s*(?:[\w-]+\s+){0,2}?(?:cases|patients)\b",
    re.IGNORECASE,
)
# A few patients' charts read afterwards ("a systematic retrospective chart review", "We reviewed the clinical charts of
# 14 adult inpatients"): a chart study, whose few patients do not make it a case series. (Charts only: the curated set
# labels "We reviewed the medical records of all consecutive older inpatients ... Twelve patients" a case series, the
# blind labels call a records study of so few either way.)
RECORDS_REVIEWED_RE = re.compile(
    r"\bchart\s+review|\breview(?:ed|ing)?\s+(?:of\s+)?(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?charts\b"
    r"|\bcharts\s+of\b[^.;]{0,100}?\b(?:were|was)\s+(?:retrospectively\s+)?reviewed\b",
    re.IGNORECASE,
)
# One person's age told ("a 55-year-old male patient"): the care of one person, a case, whatever trial word it wears.
ONE_PERSON_AGE_RE = re.compile(ONE_PERSON_AGE, re.IGNORECASE)
