"""Design cues read when no design word fires: who the sample is, what it was given and how, what was measured."""

from __future__ import annotations

import re

# A prospective treatment protocol: outcomes defined and treatments given on a schedule (a single-group study, not a
# report of cases).
_NO_STOP = r"(?:[^.]|\.(?=\d))"  # within a sentence: a decimal point ("0.5 mg/kg") does not end it
_TIME_UNIT = r"(?:min(?:utes?)?|h(?:ours?|rs?)?|days?|weeks?|months?)"
_TIME_NUM = r"\d+(?:\.\d+)?"
# a list of two or more set times: "6, 24 and 72 hours", "4 hours and 24 hours", "days 1, 3 and 7"
_TIME_LIST = (
    r"\b" + _TIME_NUM + r"(?:\s*" + _TIME_UNIT + r")?(?:\s*(?:,|and|or)\s*" + _TIME_NUM + r"(?:\s*" + _TIME_UNIT
    + r")?)*\s*(?:,|and|or)\s*" + _TIME_NUM + r"\s*" + _TIME_UNIT + r"\b"
    r"|\b" + _TIME_UNIT + r"\s+" + _TIME_NUM + r"(?:\s*,\s*" + _TIME_NUM + r")*\s*(?:,|and|or)\s*" + _TIME_NUM + r"\b"
)
PROSPECTIVE_PROTOCOL_RE = re.compile(
    r"\bprospective(?:ly)?\b|\bwere\s+treated\s+with\b" + _NO_STOP + r"{0,60}?\b(?:twice|thrice|once|weekly|daily"
    r"|for\s+\d+)\b"
    r"|\b(?:response|remission)\s+(?:was|were)\s+defined\b|\b(?:were|was)\s+administered\s+(?:\w+\s+){0,3}?"
    r"(?:infusions?|doses?|sessions?|treatments?)|\breceived\s+(?:[\w-]+\s+){0,3}?(?:infusions?|doses?|sessions?"
    r"|injections?|(?:[\w-]+\s+)?(?:nasal\s+)?sprays?)\s+(?:of\s+)?" + _NO_STOP + r"{0,60}?\b(?:over|during|for|twice"
    r"|thrice|once|weekly|daily|every)\b"
    # followed up on a plan: rated before and after, or over a set time
    r"|\b(?:were|was|and)\s+(?:then\s+)?followed(?:\s+up)?\s+(?:for|over|until)\b|\b(?:rated|assessed|measured|evaluated"
    r"|obtained)\s+(?:(?:with|using|by)\s+(?:the\s+)?[\w-]+\s+)?at\s+baseline\s*(?:and|,)"
    # a planned dose schedule or trial phase
    r"|\b(?:ascending|escalating|increasing)\s+(?:single[- ])?doses?\b|\bdose[- ](?:escalation|finding|ranging)\b"
    r"|\bat\s+(?:weekly|daily|fortnightly|monthly|\d+-(?:day|week))\s+intervals\b"
    r"|\bphase\s+(?:[1-4]|I{1,3}|IV)(?:[ab])?\s+(?:[\w-]+\s+){0,2}?(?:trials?|stud(?:y|ies))\b"
    # every patient rated before and after a course of treatment
    r"|\b(?:before|prior\s+to)\s+and\s+(?:after|following)\s+(?:the\s+)?(?:treatment|infusions?|the\s+course|each"
    r"|ketamine|esketamine|dosing|administration)\b|\bpre-?\s*and\s+post-?(?:treatment|infusion)\b"
    r"|\b(?:received|underwent|completed|were\s+given|had)\s+(?:a\s+(?:series|course)\s+of\s+)?(?:\d+|two|three|four|five"
    r"|six|seven|eight|nine|ten|twelve|multiple|repeated|serial)\s+(?:[\w-]+\s+)?(?:infusions|doses|sessions|injections"
    r"|treatments|administrations)\b"
    # an analysis of trials' data: the trials' own single-group design (randomized ones say so and fire first)
    r"|\b(?:post[- ]hoc|secondary|pooled|exploratory|subgroup)\s+analys[ie]s\s+of\b"
    # assessments planned ahead: made at baseline, repeated on a schedule; doses given on a schedule; people taken
    # into the study (a report of cases looks back at care that was given anyway)
    r"|\b(?:assessments?|evaluations?|ratings?|measurements?)\s+(?:were|was)\s+(?:made|performed|done|conducted"
    r"|obtained|carried\s+out|completed)\s+at\s+baseline\b|\b(?:assessments?|evaluations?|ratings?|measurements?)\s+"
    r"(?:were|was)\s+repeated\b"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:[\w-]+\s+)?(?:infusions|doses|sessions"
    r"|injections|treatments|administrations)\s+(?:were|was)\s+(?:given|administered|delivered)\s+(?:over|during"
    r"|across|within|in)\b"
    # a count of doses over a span of time, whatever the verb ("gave 30 outpatients six infusions over two weeks")
    # (its dose in brackets and a participle between: "six ketamine infusions (0.5 mg/kg over 40 min) administered over
    # the course of 12 days")
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:[\w-]+\s+)?(?:infusions|doses|sessions"
    r"|injections|treatments|administrations)\s+(?:\([^()]{0,60}\)\s+)?(?:(?:given|administered|delivered)\s+)?"
    r"(?:over|during|across|within|in)\s+(?:the\s+course\s+of\s+|a\s+period\s+of\s+|an?\s+)?(?:\d+|one|two|three|four"
    r"|five|six|eight|ten|twelve)[\s-]+(?:days?|weeks?|months?)\b"
    # a dosing frequency kept for a set time ("twice weekly for four weeks", "daily for 14 days")
    r"|\b(?:(?:twice|thrice|three\s+times|once)\s+(?:a\s+|per\s+)?)?(?:weekly|daily|week|day)\s+for\s+(?:\d+|one|two"
    r"|three|four|five|six|eight|ten|twelve)\s+(?:days|weeks|months)\b"
    r"|\b(?:admitted|enrolled|recruited|included)\s+(?:for|to|into|in)\s+(?:the|this)\s+(?:present\s+)?(?:study|trial)\b"
    # people recruited: a study that takes people in to treat them (a look back at care given recruits no one)
    r"|\b(?:were|was)\s+(?:prospectively\s+|consecutively\s+)?recruited\b"
    # ratings on a schedule of several set times ("rated before the infusion and at 6, 24 and 72 hours", "measured
    # at baseline, 4 hours and 24 hours", "assessed on days 1, 3 and 7"): a plan made before anyone was treated
    r"|\b(?:rated|assessed|measured|evaluated|obtained|collected|recorded|administered|assessments?|ratings?"
    r"|evaluations?|measurements?)\b" + _NO_STOP + r"{0,80}?(?:" + _TIME_LIST + r")",
    re.IGNORECASE,
)
# What a kinetics study measures (drug levels over time, clearance): with no clinical outcome, pharmacology ("other").
KINETIC_MEASURE_RE = re.compile(
    r"\b(?:plasma|serum|blood|steady-state)\s+(?:[\w-]+\s+){0,2}?(?:levels?|concentrations?)\b|\bpharmacokinetics?\b"
    r"|\bhalf-lives?\b|\bhalf-life\b|\b(?:clearance|bioavailability|C\s?max|AUC)\b",
    re.IGNORECASE,
)
# People who are not patients (animals, healthy volunteers): outside a randomized design, a pharmacology or
# mechanism study ("other"), never a case series of patients.
NON_CLINICAL_SAMPLE_RE = re.compile(
    r"\b(?:dogs|rats|mice|rodents|monkeys|primates|pigs|rabbits|sheep|animals)\b|\b(?:healthy|normal)\s+"
    # (describing words between: "healthy nonsmoking human volunteers"; no preposition: "healthy lifestyle in adults")
    r"(?:(?!(?:in|of|for|with|among|to|from|than|and|or)\b)[\w-]+\s+){0,2}?"
    r"(?:volunteers|subjects|humans|participants|adults|men|women|controls)\b",
    re.IGNORECASE,
)
# A sample of healthy people given the drug (not healthy controls beside patients): with no patients in the study, a
# pharmacology or model study ("other"), randomized or not.
HEALTHY_SAMPLE_RE = re.compile(
    r"\bhealthy\s+(?:(?:adult|male|female|young|human|elderly|older|Chinese|Japanese|Caucasian|and|or|,)\s+"
    r"|(?!(?:in|of|for|with|among|to|from|than)\b)[\w-]+\s+(?=(?:[\w-]+\s+)?(?:volunteers|subjects|participants|adults"
    r"|men|women|humans|individuals|people)\b)){0,3}?"
    r"(?:volunteers|subjects|participants|adults|men|women|humans|individuals|people)\b"
    # ... not people having a procedure ("healthy women scheduled for cesarean delivery"): surgical patients
    r"(?!\s+(?:scheduled|undergoing|booked|planned|admitted|presenting)\b)",
    re.IGNORECASE,
)
# Patients in the study: the sample of a clinical study, whatever else it measures.
PATIENT_SAMPLE_RE = re.compile(
    r"\b(?:patients?|outpatients|inpatients|depressed|veterans|cases)\b|\bwith\s+(?:[\w-]+\s+){0,2}?"
    r"(?:depression|disorder|MDD|TRD|PTSD|pain|ideation)\b",
    re.IGNORECASE,
)
# Animals or cells studied, and no people: an animal experiment is pharmacology ("other"), randomized or not.
ANIMAL_RE = re.compile(
    r"\b(?:rats?|mice|mouse|murine|rodents?|animals|dogs|monkeys|primates|pigs|piglets|rabbits|sheep|zebrafish"
    r"|in\s+vitro|cell\s+lines?|cultured\s+(?:neurons|cells))\b",
    re.IGNORECASE,
)
HUMAN_RE = re.compile(
    r"\b(?:patients?|participants?|volunteers?|humans?|adults?|women|men|children|adolescents?|veterans|people"
    r"|individuals|outpatients|inpatients|parturients)\b",
    re.IGNORECASE,
)
# People enrolled because they are depressed ("women who had preoperative depressive symptoms", "depressed
# patients"), not people whose later depression is an outcome ("to prevent postoperative depression").
DEPRESSED_PEOPLE_RE = re.compile(
    r"\b(?:with|had|having|experiencing|presenting\s+with)\s+(?:[\w-]+\s+){0,2}?depress\w*"
    r"|\bdepressed\s+(?:[\w-]+\s+)?(?:patients|women|men|adults|participants|mothers|individuals)\b",
    re.IGNORECASE,
)
# This study's patients and what they were given ("patients who completed six doses", "patients treated with").
TREATED_PATIENTS_RE = re.compile(
    r"\b(?:patients|participants|adults|individuals|veterans|clients)\b" + _NO_STOP
    + r"{0,80}?\b(?:received|completed|treated"
    r"|self-administ\w+|were\s+given|underwent|showed|reported)\b|\b(?:this|the\s+present|our)\s+study\s+"
    r"(?:assessed|evaluated|examined|investigated|describes)\b"
    # the drug given in the passive ("A single subanesthetic dose of IV ketamine was administered")
    r"|\b(?:es|ar)?ketamine\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?\b(?:was|were)\s+(?:administered|given|infused)\b",
    re.IGNORECASE,
)
# A clinical outcome of patients: a rating scale's score, effectiveness, response (wider than CLINICAL_OUTCOME_RE).
PATIENT_OUTCOME_RE = re.compile(
    r"\b(?:efficacy|effectiveness|MADRS|HAM-?[DA]|HDRS|PHQ-?9|GAD-?7|QIDS\w*|BDI|CGI|BSS|C-?SSRS)\b"
    r"|\b(?:response|remission)\s+rates?\b|\bdepressive\s+symptoms\b|\b(?:depression|anxiety)\s+scores?\b"
    # patients told apart by their outcome, or rated on symptom scales ("remitters and non-remitters")
    r"|\b(?:non-?)?(?:remitters|responders)\b|\bsymptom\s+(?:scales|ratings|severity)\b",
    re.IGNORECASE,
)
# A study whose aim is the drug's kinetics or binding (a phase 1 or PK study, randomized or not): pharmacology, "other".
PHARMACOLOGY_AIM_RE = re.compile(
    r"\b(?:aim|objective|purpose|goal)s?\b" + _NO_STOP
    + r"{0,80}?\b(?:pharmacokinetic|bioavailability|receptor\s+occupancy"
    r"|binding\s+(?:potential|affinity))|\bto\s+(?:assess|determine|evaluate|characteri[sz]e|investigate|describe"
    r"|compare|examine)\s+the\s+(?:pharmacokinetic|bioavailability|receptor\s+occupancy)",
    re.IGNORECASE,
)
# A secondary analysis whose question is the drug's own levels ("This post hoc study explored relationships of ketamine
# and metabolites ... to clinical response"): an exposure-response pharmacology study ("other"), whatever design the
# parent trial had. Read within one sentence.
EXPOSURE_RESPONSE_AIM_RE = re.compile(
    r"\b(?:this|the\s+present|the\s+current|our)\s+(?:post[- ]hoc|secondary|exploratory|ancillary)\s+(?:[\w-]+\s+)?"
    r"(?:study|analysis|investigation)\b" + _NO_STOP
    + r"{0,160}?\b(?:metabolites?|(?:plasma|serum|blood)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:levels?|concentrations?)|pharmacokinetics?)\b",
    re.IGNORECASE,
)
# Groups formed by the treatment they had, not by randomization ("were divided into two groups", "Group K ... Group
# C"): a comparison of routine care, observational (only when no design word fired).
NONRANDOM_GROUPS_RE = re.compile(
    r"(?i:\b(?:divided|grouped|categori[sz]ed|classified|separated|split)\s+into\s+(?:two|three|four|2|3|4)\s+groups\b)"
    r"|\b[Gg]roup\s+[A-Z]\b" + _NO_STOP + r"{0,200}\b[Gg]roup\s+[A-Z]\b"
    # people who had one treatment compared with people who had another ("We compared 50 patients who received ketamine
    # with 50 who received ECT")
    r"|(?i:\bcompared\s+(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?(?:patients|participants|individuals|adults|subjects"
    r"|veterans)\s+who\s+(?:had\s+)?(?:received|underwent|were\s+(?:treated|given))\b" + _NO_STOP
    + r"{0,100}?\b(?:with|to|and)\s+"
    r"(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?(?:patients\s+|participants\s+|individuals\s+|adults\s+|subjects\s+|those\s+)?"
    r"who\s+(?:had\s+)?(?:received|underwent|were\s+(?:treated|given))\b)",
)
# Any word of randomization (a design that is randomized, whatever else it says).
RANDOMIZED_WORD_RE = re.compile(r"randomi[sz]|\brandomly\b", re.IGNORECASE)
# ... unless the study also measures the drug's clinical effect (then its design words stand).
CLINICAL_OUTCOME_RE = re.compile(
    r"\befficacy\b|\bantidepressant\s+(?:effect|response|efficacy)|\b(?:response|remission)\s+rates?\b|\bMADRS\b"
    r"|\bHAM-?D\b|\bHDRS\b|\bdepressive\s+symptoms\b|\bdepression\s+scores?\b",
    re.IGNORECASE,
)
# The drug given as the care a procedure needs ("ketamine sedation prior to a painful procedure", "patients receiving
# ketamine for laceration repair", "given i.m. or i.v. depending on physician preference"): with no design word, the
# study observes routine care (observational), it does not assign a treatment (open-label).
CARE_GIVEN_RE = re.compile(
    r"\b(?:procedural|dissociative|ketamine)\s+sedation\b|\bsedation\s+(?:and\s+analgesia\s+)?(?:for|during|prior\s+to"
    r"|before)\b|\bfor\s+(?:[\w-]+\s+){0,2}?(?:laceration|fracture|wound)\s+(?:repair|reduction|manipulation|care)\b"
    r"|\b(?:prior\s+to|before)\s+(?:undergoing\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:procedures?|manipulation|reduction"
    r"|repair|intubation)\b|\bdepending\s+on\s+(?:the\s+)?(?:physician|clinician|doctor)'?s?\s+(?:preference|choice"
    r"|discretion)\b"
    # ... or as the unit's usual practice ("per institutional practice", "as standard of care")
    r"|\b(?:per|according\s+to|as)\s+(?:the\s+)?(?:institutional|standard|routine|usual|local|departmental)\s+"
    r"(?:practice|care|of\s+care)\b"
    # ... or the people picked as those who had been treated at a place ("patients who received esketamine at our
    # centre"): care that was given anyway, looked at afterwards (a trial enrols people to receive it)
    # ... or people who came to the place for its care ("patients referred to our ketamine clinic received ...")
    r"|\b(?:referred\s+to|presenting\s+to|attending|admitted\s+to|seen\s+(?:at|in))\s+(?:our|the\s+authors'?)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:clinics?"
    r"|cent(?:er|re)s?|hospitals?|services?|practices?|units?|wards?|departments?)\b"
    r"|\bwho\s+(?:had\s+)?(?:received|were\s+treated\s+with|underwent|were\s+given|were\s+prescribed|were\s+started\s+on"
    r"|started|initiated)\b(?:[^.;]|\.(?=\d)){0,60}?"
    r"\b(?:at|in)\s+(?:our|the|a|an|one|two|three|\d+)\s+(?:[\w-]+\s+){0,3}?(?:clinics?|cent(?:er|re)s?|hospitals?"
    r"|institutions?|departments?|services?|practices?|units?|wards?)\b",
    re.IGNORECASE,
)
# This study's people given the drug ("Twenty-eight children were administered ketamine", "all patients received"):
# an abstract that says so is a primary study, whatever review of protocols or literature it also did.
OWN_PEOPLE_TREATED_RE = re.compile(
    r"\b(?:patients|participants|subjects|children|adults|adolescents|women|men|veterans|individuals)\b"
    + _NO_STOP + r"{0,60}?\b(?:were|was)\s+(?:administered|given|treated\s+with|sedated)\b",
    re.IGNORECASE,
)
# People put into the study's arms by the study ("336 were assigned to the esketamine group and 340 to the quetiapine
# group", "the placebo group"): with no design word, a controlled trial (nearly always randomized); groups formed by
# the treatment people chose or had are caught earlier (NONRANDOM_GROUPS_RE, non_randomized cues).
STUDY_ALLOCATION_RE = re.compile(
    r"\b(?:were|was)\s+(?:assigned|allocated)\s+to\s+(?:the\s+|receive\s+)?(?:[\w-]+\s+){0,3}?(?:groups?|arms?)\b"
    r"|\b(?:placebo|sham|saline|midazolam)\s+(?:group|arm)s?\b"
    # people given the drug or placebo ("Patients received esketamine 56 mg or placebo"), not trials "versus placebo"
    # (or the active placebo, midazolam, or saline: "received either six ketamine or five midazolam infusions")
    r"|\b(?:received|were\s+given|were\s+treated\s+with)\b(?:[^.;]|\.(?=\d)){0,80}?\bor\s+(?:matching\s+|a\s+)?"
    r"(?:placebo\b|(?:\w+\s+)?(?:midazolam|saline)\b)"
    r"|\b(?:ketamine|esketamine|arketamine)\s+(?:\d+(?:\.\d+)?%?\s+)?(?:vs\.?|versus)\s+placebo\s+\d",
    re.IGNORECASE,
)
# Groups formed from a measure the people already had ("divided 135 patients into lower and higher BMI groups based on
# their baseline BMI", "dichotomised by the median baseline score"): "were assigned to the higher BMI group" then
# sorts people by that measure, not an allocation by the study.
GROUPED_BY_TRAIT_RE = re.compile(
    r"\b(?:divided|grouped|categori[sz]ed|classified|stratified|split|separated|dichotomi[sz]ed)\b[^.;]{0,200}?"
    r"\b(?:based\s+on|according\s+to|by)\s+(?:their\s+|the\s+|each\s+patient's\s+)?(?:baseline|pre-?treatment|median)\b",
    re.IGNORECASE,
)
# An allocation word that names a group, not a placebo arm or a drug given ("were assigned to the higher BMI group").
ASSIGNED_TO_GROUP_RE = re.compile(r"^(?:were|was)\s+(?:assigned|allocated)\b", re.IGNORECASE)
# A group named by a treatment: an arm ("assigned to the ketamine or midazolam groups").
TREATMENT_GROUP_WORD_RE = re.compile(
    r"\b(?:(?:es|ar)?ketamine|placebo|sham|saline|midazolam|propofol|ECT|control|treatment|intervention|active)\b",
    re.IGNORECASE,
)
# A group given an inert control by the study ("group N (control group) received an equivalent volume of normal
# saline", "the control group was given placebo"): an experiment's arm, never the routine care a records study observes
# (saline as a diluent, "esketamine in 240 ml of normal saline", is no arm).
INERT_CONTROL_GIVEN_RE = re.compile(
    r"\b(?:received|receiving|were\s+given|was\s+given|given|administered)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:equivalent|equal|same|identical|matched|matching)\s+(?:volume|amount|dose)\s+of\s+)?(?:normal\s+)?"
    r"(?:saline|placebo)\b(?!-)",  # (not "placebo-free usual care")
    re.IGNORECASE,
)
# An arm the study says it did NOT have ("lack of a placebo group", "without a sham arm", "no saline group"): a
# limitation of a single-group study, never an allocation (read in the 40 characters before the arm's name).
ABSENT_ARM_BEFORE_RE = re.compile(
    r"\b(?:lack(?:ed|s|ing)?\s+(?:of\s+)?|absence\s+of\s+|absent\s+|no\s+|without\s+(?:a\s+|an\s+|any\s+)?"
    r"|did\s+not\s+(?:have|include|use)\s+|not\s+(?:have|include|use)\s+|neither\s+)"
    r"(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# The study's own arms compared with placebo ("shorter in ESK + SOC versus PBO + SOC", "compared with placebo"): a
# placebo-controlled trial, or a post hoc analysis of one (read only for a study with a sample of its own and no design
# word, in a sentence with a result of its own: a review's or a background's sentences compare drugs with placebo too).
PLACEBO_COMPARISON_RE = re.compile(
    # (not a kind of study: "ketamine versus placebo trials")
    # ("favoring ketamine over placebo": the same comparison)
    r"\b(?:versus|vs\.?|compared\s+(?:with|to)|over)\s+(?:matching\s+|a\s+|the\s+)?(?:placebo|(?-i:PBO))\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:trials?|studies|RCTs?)\b)",
    re.IGNORECASE,
)
# Studies counted (a review's unit): with pooling evidence and no design word, a meta-analysis.
STUDY_COUNT_RE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\s+"
    r"(?:[\w-]+\s+)?(?:studies|trials|RCTs)\b",
    re.IGNORECASE,
)
# The data of a counted set of people read afterwards ("Treatment data of 60 patients who underwent ECT were analyzed",
# "The outcome data of 28 patients were analysed"): with no design word, care already given looked at again (a trial
# says how it treated people, not that their data were analysed).
PEOPLE_DATA_READ_RE = re.compile(
    r"\bdata\s+(?:of|from|on)\s+(?:all\s+|the\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:patients|participants|subjects"
    r"|adults|individuals|veterans|children|adolescents|women|men|cases|inpatients|outpatients)\b" + _NO_STOP
    + r"{0,160}?\b(?:were|was)\s+(?:retrospectively\s+)?(?:analy[sz]ed|reviewed|extracted|evaluated|examined)\b",
    re.IGNORECASE,
)
# The placebo arm's own result ("2/14 (14.3%) in placebo", "placebo-treated patients", "in the placebo arm"): an arm
# this study had, read when the abstract gives no count of its sample.
PLACEBO_ARM_RESULT_RE = re.compile(
    r"\bplacebo-treated\s+(?:patients|participants|subjects|group|arm)\b"
    r"|\b\d+\s*/\s*\d+\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*(?:[\w-]+\s+){0,2}?(?:in|with|on|for)\s+(?:the\s+)?placebo\b",
    re.IGNORECASE,
)
# People who use the drug on their own (misuse, nonmedical or recreational use: "ketamine abusers completed the
# questionnaires", "trends in nonmedical ketamine use"): nobody is given it by the study, which observes their use.
OWN_DRUG_USE_RE = re.compile(
    r"\b(?:es)?ketamine[\s-]+(?:abusers?|misusers?|abuse|misuse|dependence|addiction|use\s+disorders?"
    r"|(?:recreational\s+|non-?medical\s+|illicit\s+)users?)\b"
    r"|\b(?:non-?medical|recreational|illicit|street)\s+(?:(?:es)?ketamine\s+)?(?:use|users?|misuse)\b"
    r"|\b(?:abusers|misusers|users)\s+of\s+(?:es)?ketamine\b",
    re.IGNORECASE,
)
