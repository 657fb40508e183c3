"""Population and setting cues, section headings and sentence classes of abstracts (design cues: rules/design.py)."""

from __future__ import annotations

import re

POPULATION_PATTERNS: dict[str, str] = {
    "TRD": r"treatment[- ](?:resistant|refractory)|\bTRD\b"
    r"|refractory\s+(?:(?:unipolar|bipolar|major)\s+(?:or\s+(?:unipolar|bipolar)\s+)?)?depress"
    r"|resistant\s+(?:major\s+)?depress"
    # the usual definition written out: no response to two or more adequate antidepressant trials
    r"|(?:non-?response|inadequate\s+response|insufficient\s+response|failure\s+to\s+respond|(?:not|never)\s+responded"
    r"|failed\s+to\s+respond|failed)\s+(?:to\s+)?(?:≥|>=|at\s+least|two\s+or\s+more|2\s+or\s+more)?\s*(?:2|two)\b"
    r"|inadequate\s+response\s+to\s+(?:2|two)\s+or\s+more",
    "MDD": r"major\s+depressi(?:ve|on)|\bMDD\b|\bunipolar\b",
    "bipolar": r"\bbipolar\b",
    "suicidal": r"suicid(?:al|e)\s+(?:ideation|thoughts|behaviou?r)|suicidality|suicide\s+risk|\bsuicidal\b"
    r"|risk\s+(?:for|of)\s+suicide|suicide\s+attempt",
    "postpartum": r"post[-\s]?partum|post-?natal|perinatal|peripartum",
    "adolescent": r"\badolescen\w*|\bpediatric|\bpaediatric|\byouths?\b|\bteenagers?"
    r"|\baged?\s+1[0-7]\s*(?:-|–|to)\s*1[5-9]\b",  # "aged 12-17"
    "geriatric": r"\belderly\b|\bolder\s+(?:adults|patients|inpatients|people|persons)|\bgeriatric|\blate-life"
    r"|(?:≥|>=|aged\s+)\s*6[05]\s*(?:years|y\b)"
    r"|\b6[05]\s*(?:years?|y)\s+(?:of\s+age\s+)?(?:and|or)\s+(?:older|above|over)\b"
    r"|\b(?:older\s+than|over|above)\s+(?:the\s+age\s+of\s+)?6[05]\s*(?:years|y\b)"
    r"|\baged?\s+(?:6\d|[7-9]\d)\s*(?:-|–|to)\s*\d{2,3}\s*(?:years|y\b)",  # an age range that starts at 60 or above
    "PTSD": r"\bPTSD\b|post-?traumatic\s+stress",
    "anxious": r"anxious\s+depression|anxious\s+distress",  # DSM-5 "with anxious distress" specifier
    "healthy": r"healthy\s+(?:volunteers|participants|adults)",
}
# Suicidality named as something other than who was enrolled: an effect on it ("reduction in suicidal ideation",
# "anti-suicidal effects"), its measurement ("Suicidal ideation was evaluated with"), a subgroup ("Among patients with
# baseline SI"), or a fact about the disorder ("associated with suicidality", "suicide risk is higher in TRD").
SUICIDAL_NOT_POPULATION_BEFORE = re.compile(
    # (an effect on it, also as one item of a list: "improvements in depression, anxiety, and suicidality")
    r"(?:\banti-?\s?|\b(?:reduc\w+|decreas\w+|improv\w+|chang\w+|effects?|declines?|resolution|drops?)\s+(?:[\w-]+\s+)?"
    r"(?:in|of|on)\s+(?:[\w/-]+,?\s+(?:and\s+|or\s+)?){0,4}"
    # ... or the object of a verb of change told as a result ("reduced suicidal ideation", "may reduce suicidality"; not
    # a purpose, "the potential to reduce suicidal ideation", "efficacy in reducing": a study about suicidality)
    r"|\b(?:(?:reduc|decreas|improv|alleviat|ameliorat|reliev|attenuat)(?:ed|es)|lower(?:s|ed))\s+(?:the\s+|their\s+)?"
    r"|\b(?:may|might|can|could|will|did|does)\s+(?:(?:also|further|rapidly|significantly)\s+)?(?:reduce|decrease|improve"
    r"|lower|alleviate|relieve|attenuate)\s+(?:the\s+|their\s+)?"
    # ... or a result told in the present ("Ketamine infusions in TRD reduce suicidal ideation"; not "to reduce")
    r"|(?<!\bto\s)\b(?:reduce|decrease|alleviate|relieve|attenuate)\s+(?:the\s+|their\s+)?"
    r"|\bamong\s+(?:the\s+)?(?:[\w-]+\s+)?(?:patients|participants|those|subjects)\s+"
    r"(?:with|who\s+had)\s+(?:[\w-]+\s+)?|\bassociated\s+with\s+(?:[\w-]+\s+){0,4}(?:and\s+)?)$",
    re.IGNORECASE,
)
SUICIDAL_NOT_POPULATION_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,10}\)\s*)?(?:(?:symptom\s+)?scores?\b|items?\b|scales?\b|(?:was|were)\s+(?:evaluated|assessed"
    r"|measured|rated|reduced|improved|decreased)"
    # a change told of it ("Suicidal ideation rapidly decreased", "suicidality improved")
    r"|(?:\w+ly\s+)?(?:decreased|declined|improved|diminished|resolved|fell|dropped|lessened|disappeared|remitted)\b|(?:is|are)\s+(?:higher|more\s+common|common|elevated)"
    # its level compared between groups ("suicidality at entry was higher in the high depression groups")
    r"|(?:at\s+(?:entry|baseline|admission|intake)\s+)?(?:was|were)\s+(?:significantly\s+)?(?:higher|lower|greater"
    r"|more\s+severe|less\s+severe)\s+(?:in|among|for)\b)",
    re.IGNORECASE,
)
# "treatment-resistant major depression" is TRD, not a separate MDD tag.
TRD_QUALIFIED_MDD = re.compile(
    r"(?:treatment[- ](?:resistant|refractory)|refractory|resistant)\s+(?:unipolar\s+|major\s+)?(?:major\s+)?depress",
    re.IGNORECASE,
)
DEPRESSION_RE = re.compile(r"depress", re.IGNORECASE)
# A share of the sample ("12% were aged 65 or older", "28% had PTSD"): a characteristic, not the population studied.
SAMPLE_SHARE_RE = re.compile(
    r"\d\s*(?:%|percent)\s*\)?\s*(?:of\s+(?:the\s+)?(?:patients|participants|sample|subjects)\s+)?(?:were|had|was|met)\b"
    r"|\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*(?:were|had|was|met)\b|\bdiagnos",
    re.IGNORECASE,
)
# A condition named as an exclusion criterion ("exclusion criteria included bipolar disorder", "without psychosis").
EXCLUDED_CONDITION_BEFORE = re.compile(
    r"\bexclu\w*\b[^.;]{0,60}$|\b(?:without|except|other\s+than|no\s+history\s+of)\s+(?:[\w-]+\s+){0,2}$"
    # "without a (lifetime) history of psychosis or bipolar disorder": the whole list is excluded
    r"|\b(?:without|no)\s+(?:a\s+)?(?:(?:personal|family|lifetime|prior|past)\s+)?history\s+of\s+"
    r"(?:(?!\bwith\b|\band\s+(?:had|have|were|with)\b)[^.;()]){0,40}$",
    re.IGNORECASE,
)
EXCLUDED_CONDITION_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:were|was)\s+excluded\b", re.IGNORECASE)
SETTING_PATTERNS: dict[str, str] = {
    "inpatient": r"\binpatients?\b|\bhospitali[sz]ed\b|\bpsychiatric\s+hospitali[sz]ation",
    "ECT": r"referred\s+for\s+ECT|ECT\s+clinics",
    "veterans": r"\bveterans?\b",
    "perioperative": r"\bperi-?operative|\bsurgery\b|\bpostoperative",
    "pain": r"chronic\s+pain",
}

# Section headings of structured abstracts, as printed (inline, on their own line or glued: "ResultsBoth").
SECTION_CLASSES: dict[str, str] = {
    "background": "background",
    "introduction": "background",
    "context": "background",
    "importance": "background",
    "rationale": "background",
    "purpose/background": "background",
    "objective": "objective",
    "objectives": "objective",
    "aim": "objective",
    "aims": "objective",
    "purpose": "objective",
    "method": "methods",
    "methods": "methods",
    "materials and methods": "methods",
    "materials": "methods",
    "methods and materials": "methods",
    "patients and methods": "methods",
    "subjects and methods": "methods",
    "participants and methods": "methods",
    "study design": "methods",
    "design and methods": "methods",
    "methodology": "methods",
    "procedures": "methods",
    "intervention": "methods",
    "statistical analysis": "methods",
    "results and discussion": "results",
    "key findings": "results",
    "conclusions and relevance": "conclusions",
    "clinical implications": "conclusions",
    "implications": "conclusions",
    "significance": "conclusions",
    "objective and methods": "objective",
    "aims and methods": "objective",
    "purpose of the study": "objective",
    "hypothesis": "objective",
    "methods/procedures": "methods",
    "design": "methods",
    "design, setting, and participants": "methods",
    "setting": "methods",
    "participants": "methods",
    "patients": "methods",
    "interventions": "methods",
    "main outcome measures": "methods",
    "research design and methods": "methods",
    "search methods": "methods",
    "selection criteria": "methods",
    "data sources": "methods",
    "study selection": "methods",
    "data extraction": "methods",
    "data collection and analysis": "methods",
    "study eligibility criteria": "methods",
    "outcomes": "methods",
    "analysis": "methods",
    "measurements": "methods",
    "trial registration": "methods",
    "results": "results",
    "methods and results": "results",
    "case presentation": "results",
    # (a case report's own headings: "Clinical case: A 63-year-old woman ...", "Case: ...", "Case history: ...")
    "clinical case": "results",
    "clinical cases": "results",
    "case": "results",
    "case history": "results",
    "case description": "results",
    "case summary": "results",
    "case report": "results",
    "case reports": "results",
    "cases": "results",
    "results and conclusions": "results",
    "measurements and main results": "results",
    "main outcomes and results": "results",
    "data synthesis": "results",
    "evidence synthesis": "results",
    "evidence acquisition": "methods",
    "outcome measures": "methods",
    "interpretation": "conclusions",
    "findings": "results",
    "findings/results": "results",
    "main results": "results",
    "limitations": "conclusions",
    "conclusion": "conclusions",
    "conclusions": "conclusions",
    "authors' conclusions": "conclusions",
    "discussion": "conclusions",
}
GLUED_HEADINGS = ("Background", "Objective", "Objectives", "Methods", "Method", "Results", "Conclusions",
                  "Conclusion", "Data Sources", "Study Selection", "Data Extraction", "Aims", "Limitations")
# A sentence about earlier work, not this study ("Previous studies have shown ...", "Prior trials suggest").
BACKGROUND_SENTENCE_RE = re.compile(
    r"\b(?:previous|prior|recent|numerous|several|many|most|other|earlier|existing)\s+(?:[\w-]+\s+){0,2}"
    r"(?:studies|trials|reports|research)\b|\b(?:has|have)\s+(?:been\s+)?(?:shown|demonstrated|reported|emerged)\b"
    r"|\bfuture\s+studies\b|\bare\s+(?:warranted|needed|required)\b|\bis\s+(?:approved|unpractical|impractical)\b"
    # epidemiology and burden: about the disease in general
    r"|\baffects?\s+(?:about|approximately|an\s+estimated|up\s+to|\d)|\bprevalen(?:t|ce)\b|\bleading\s+cause"
    r"|\b(?:health|financial|societal|economic)\s+(?:and\s+\w+\s+)?(?:burden|costs?)\b|\bpublic\s+health\b",
    re.IGNORECASE,
)
# ... unless it states this study's aim ("The aim of this study is to assess ...").
AIM_SENTENCE_RE = re.compile(
    r"\b(?:aim|objective|purpose|goal)\s+of\s+(?:this|the\s+present|the\s+current|our)\b|\bwe\s+aim(?:ed)?\b"
    r"|\bthis\s+(?:study|trial)\s+(?:aim|evaluat|assess|compar|investigat|examin)"
    # what the authors do here ("Here we propose a protocol of a trial to evaluate ...", "Herein, we compare")
    r"|\bhere(?:in)?,?\s+we\s+(?:propose|present|describe|report|evaluate|assess|compare|investigate|examine|test"
    r"|studied|evaluated|assessed|compared|investigated|examined|tested)\b",
    re.IGNORECASE,
)
# Forward-looking sentences say nothing about this study's design ("Randomized controlled trials are needed").
FORWARD_LOOKING_RE = re.compile(
    r"\b(?:are|is)\s+(?:warranted|needed|required)\b|\bfuture\s+(?:studies|trials|research)\b|\bfurther\s+[\w-]*\s*trials"
    r"|\bshould\s+be\s+(?:tested|conducted|investigated|evaluated|confirmed|replicated)\b",
    re.IGNORECASE,
)
# A sentence citing earlier reviews ("A recent meta-analysis of 9 trials showed ...").
EARLIER_REVIEW_RE = re.compile(
    r"\b(?:previous|prior|recent|earlier|published|existing|several|many|other)\s+(?:[\w-]+\s+){0,2}"
    r"(?:meta-?analy\w*|systematic\s+reviews?|reviews?)\b",
    re.IGNORECASE,
)
# A sentence reporting what earlier work found ("A randomized trial showed that", "as shown in an RCT", "Meta-analyses
# have confirmed"): the design it names is that work's, not this study's (unless it says we/this/here).
EARLIER_FINDING_RE = re.compile(
    r"\b(?:has|have)\s+(?:been\s+)?(?:shown|demonstrated|confirmed|established|reported|found|suggested|proven)\b"
    r"|\b(?:showed|shown|demonstrated|found|confirmed|established|suggested|reported|revealed|indicated)\s+that\b"
    r"|\bas\s+(?:shown|demonstrated|reported)\s+(?:in|by)\b|\blandmark\b|\bpreviously\b|\bprior\s+(?:[\w-]+\s+){0,2}"
    r"(?:trials?|studies|RCTs?|meta-?analys[ie]s)\b|\b(?:previous|earlier|pivotal)\s+(?:[\w-]+\s+){0,2}(?:trials?|studies"
    r"|RCTs?|meta-?analys[ie]s|work|research|reports)\b"
    # a finding credited to other authors ("a randomized trial by Zarate", "Berman et al.", "was established in")
    r"|\bet\s+al\b|\bby\s+[A-Z][a-z]+(?:\s+(?:and\s+colleagues|et\s+al))?(?=\s*[,.;(\[]|\s*$)"
    r"|\b(?:was|were)\s+(?:first\s+)?(?:shown|demonstrated|established|reported|found)\s+(?:in|by)\b",
    re.IGNORECASE,
)
# Studies named in the plural with their design ("randomized, placebo-controlled trials"): other work, unless the
# sentence speaks of this study (we/our/this/here). Only controlled designs are dropped (CONTROLLED_DESIGN_RE): a field
# "confirmed by real-world studies" still hints at this study's own kind.
PLURAL_DESIGN_PHRASE_RE = re.compile(
    r"\b(?:(?!(?:of|in|on|by|with|for|from|to|an?|the|review|analysis|study)\b)[\w-]+,?\s+(?:and\s+|or\s+)?){1,5}?"
    r"(?:trials|studies|RCTs)\b",
    re.IGNORECASE,
)
OWN_SENTENCE_RE = re.compile(r"\b(?:we|our|this|here|present|current)\b", re.IGNORECASE)
# The designs a cited study lends an abstract by mistake: randomized, controlled, pooled.
CONTROLLED_DESIGN_RE = re.compile(
    r"randomi[sz]|\bRCTs?\b|controlled|double-?blind|cross-?over|meta-?analy|systematic\s+review", re.IGNORECASE
)
# The MDD diagnosis inside a definition of TRD ("diagnosis of MDD and nonresponse to >=2 antidepressants").
MDD_IN_TRD_DEFINITION = re.compile(
    r"^[^.;]{0,60}?(?:non-?response|inadequate\s+response|failure\s+to\s+respond|not\s+respond|failed\s+to\s+respond)",
    re.IGNORECASE,
)
OUTCOME_SENTENCE_RE = re.compile(r"\boutcomes?\b|\bendpoints?\b|\bend\s+points?\b", re.IGNORECASE)
# A sentence that is about this study's own patients or procedures.
STUDY_SENTENCE_RE = re.compile(
    r"\b(?:we|our|this\s+(?:study|trial|article|review|analysis)|the\s+(?:study|trial)|patients?|participants?"
    r"|subjects?|adults?|adolescents?|received|randomi[sz]ed|assigned|administered|given|enrolled|included"
    r"|group|arm|infusions?|tried|treated)\b",
    re.IGNORECASE,
)

# Comparators, comparison cues, and doses.
COMPARATOR_RE = re.compile(
    r"\b(?:active\s+placebo|placebo(?:\s+nasal\s+spray)?|saline|midazolam|electroconvulsive\s+therapy|\bECT\b"
    r"|(?:extended-release\s+)?quetiapine|diclofenac|aripiprazole|lithium|propofol|methohexital|sham)\b",
    re.IGNORECASE,
)
COMPARISON_CUE = re.compile(
    r"\bvs\.?|\bversus\b|compared\s+(?:with|to)|\bor\b|-controlled|\bcontrol\b|comparator|\bto\s+receive\b",
    re.IGNORECASE,
)
DOSE_RE = re.compile(
    r"(?P<text>(?P<lo>\d*\.?\d+)(?:\s*(?:-|–|to)\s*(?P<hi>\d*\.?\d+))?\s*(?P<unit>mg\s*/\s*kg|mg/Kg|mg)\b"
    r"(?:\s*(?:/|per)\s*day)?)",
    re.IGNORECASE,
)
