"""Population words of the people studied (the tags themselves are in rules/study.py POPULATION_PATTERNS)."""

from __future__ import annotations

import re

# People who have depression ("patients with depression", "adults suffering from depression", "depressed women"):
# only then does a bare "depression" make the population MDD. Depression as an outcome ("depressive symptoms after
# surgery"), a drug class ("antidepressant"), an animal model or physiology ("respiratory depression") does not.
DEPRESSED_PEOPLE_RE = re.compile(
    r"\b(?:with|had|having|experiencing|presenting\s+with|suffering\s+from|diagnosed\s+with|treated\s+for)\s+"
    r"(?:[\w-]+\s+){0,2}?(?<!respiratory\s)(?<!cardiac\s)(?<!myocardial\s)(?<!circulatory\s)(?<!CNS\s)(?<!ST\s)"
    r"(?<!ST-segment\s)(?<!spreading\s)depress+(?:ion|ive|ed)\b"
    # (not a score: "had lower depression-related scores" is an outcome)
    r"(?![-\s]+(?:related\s+|rating\s+|symptom\s+)?(?:scores?|scales?|ratings?|severity)\b)"
    r"|\bdepressed\s+(?:[\w-]+\s+)?(?:patients|women|men|adults|participants|mothers|individuals|people|persons"
    r"|subjects|inpatients|outpatients|veterans|adolescents|youths?)\b"
    # the treatment's indication: "ketamine for depression", "in the treatment of depression", "treating depression"
    r"|\b(?:for|treatment\s+of|treating|treat)\s+(?:a\s+|the\s+)?(?:(?:major|unipolar|severe|acute)\s+)?"
    r"depress+(?:ion|ive\s+(?:disorders?|episodes?|illness))\b",
    re.IGNORECASE,
)

# A scale named just before "for depression" ("the Patient Health Questionnaire (PHQ-9) for depression", "the MADRS for
# depression"), or "respectively" after a list of constructs: what is measured, not who is treated.
MEASURE_BEFORE_RE = re.compile(
    r"(?:\b(?:scales?|questionnaires?|inventor(?:y|ies)|index|instruments?|checklists?|PHQ-?\d*|HAM-?D\d*|HDRS\d*"
    r"|MADRS|BDI(?:-II)?|QIDS(?:-SR)?\d*|CES-D|EPDS)\b(?:\s*\([^()]{1,15}\))?)\s*,?\s*$",
    re.IGNORECASE,
)
RESPECTIVELY_AFTER_RE = re.compile(r"^[^.;\d]{0,50}?,?\s+respectively\b", re.IGNORECASE)

# More ways to name a population tag, read together with rules/study.py POPULATION_PATTERNS. Anxious: people whose
# anxiety disorder is studied or treated ("patients with social anxiety disorder", "refractory generalized anxiety",
# "treating depression and anxiety"), not anxiety as a scale ("Generalized Anxiety Disorder-7") or an outcome.
POPULATION_EXTRA: dict[str, str] = {
    "anxious": r"(?:\b(?:with|having|suffering\s+from|diagnosed\s+with)\s+(?:[\w-]+\s+){0,2}?anxiety\s+disorders?\b"
    r"|\b(?:social|generali[sz]ed|refractory|treatment-(?:resistant|refractory)|resistant)\s+anxiety\b"
    r"|\btreating\s+(?:depression\s+(?:and|or)\s+)?anxiety\b)"
    r"(?![\s-]*(?:disorders?)?[\s-]*(?:\d|scale|screen|questionnaire|inventory|\(GAD))",
    # youth services' "young people", and an age range that starts below 18 and ends by 25 ("aged 16 to 25")
    "adolescent": r"\byoung\s+people\b|\baged\s+(?:between\s+)?1[0-7]\s*(?:-|–|to|and)\s*(?:1\d|2[0-5])\b",
    # Spanish, Portuguese and French abstracts: the same conditions in their words ("depresión resistente", "depressão
    # resistente ao tratamento", "dépression résistante", "ideación suicida", "idées suicidaires", "idosos")
    # (and German: "therapieresistente Depression", "Patienten mit Depression sind therapieresistent")
    "TRD": r"\bd[eé]pres+(?:ão|ión|ion)\s+(?:[\w-]+\s+)?(?:resistente|r[ée]sistante|refract[aá]ri[ao]|r[ée]fractaire)"
    r"|\b(?:therapie|behandlungs)resistent\w*\s+(?:[\w-]+\s+)?Depression\b"
    r"|\bDepression\b[^.;]{0,40}?\b(?:sind|ist|gelten\s+als)\s+(?:[\w-]+\s+)?(?:therapie|behandlungs)resistent\b",
    "suicidal": r"\bidea(?:ção|ción)\s+suicida\b|\bid[ée](?:es|ation)\s+suicidaires?\b"
    r"|\b(?:conducta|comportamento)\s+suicida\b",
    "geriatric": r"\bidosos\b|\bancianos\b|\b(?:personas|adultos)\s+mayores\b(?!\s+de\s+\d)|\bpersonnes\s+âgées\b"
    r"|\bsujets\s+âgés\b",
    "postpartum": r"\bpos-?parto\b|\bpós-parto\b",
}
# Tags that only count as the population when no other condition is named beside them in the clause ("MDD, PTSD
# and social anxiety disorder": the anxiety is a comorbidity of the depressed patient).
SOLE_CONDITION_TAGS = frozenset({"anxious"})

# Depression named by the time of childbirth ("postpartum depression", "women with prenatal depressive symptoms",
# "PPD"): the population is postpartum, not a separate MDD diagnosis (read only when postpartum is tagged).
PERINATAL_DEPRESSION_RE = re.compile(
    r"\b(?:post[-\s]?partum|post-?natal|perinatal|peri-?partum|pre-?natal|ante-?natal|maternal|pregnancy[- ]related)\s+"
    r"(?:[\w-]+\s+)?depress\w*(?:\s+(?:symptoms|disorders?|episodes?))?|(?-i:\bP[PN]D\b)",
    re.IGNORECASE,
)
# A condition counted as an outcome among the participants ("a major depressive episode was observed in 6.7%", "the
# incidence of postpartum depression"): what happened to them, not who they are.
CONDITION_AS_INCIDENCE_BEFORE = re.compile(
    r"\b(?:incidence|occurrence|prevalence|rates?|risk|onset|development)\s+of\s+(?:(?:a|an|new|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
CONDITION_AS_INCIDENCE_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:was|were)\s+(?:observed|found|diagnosed|detected|reported|present)\s+in\s+(?:\d|the\s+|a\s+)"
    r"|^[^.;]{0,40}?\boccurred\s+in\b",
    re.IGNORECASE,
)
# The drug's licence ("It is also indicated for ... adults with MDD with acute suicidal thoughts", "was FDA approved in
# 2019 to treat"): the people the drug is approved for, not those this study took in.
LICENCE_SENTENCE_RE = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:also\s+|now\s+|currently\s+|recently\s+)?(?:(?:FDA|EMA)[- ])?(?:approved"
    r"|indicated|licensed)\s+(?:in\s+\d{4}\s+)?(?:for|as|in|to)\b",
    re.IGNORECASE,
)

# Adolescents named as people ("adolescents", "teenagers", "youth", "aged 12-17"), not young animals ("adolescent
# mice"), the life stage ("in adolescence") or the paediatric department, scale or registry ("paediatric emergency
# department", "Pediatric Anesthesia Emergence Delirium scale"): in sedation, anaesthesia or pharmacology abstracts
# "paediatric" means children of any age, so only these words make the adolescent tag there.
ADOLESCENT_PEOPLE_RE = re.compile(
    r"\badolescent\s+(?:[\w-]+\s+)?(?:patients|outpatients|inpatients|girls|boys|participants|subjects|people"
    r"|population|sample|cohort|males|females|psychiatry|depression|unit)\b"
    # (the plural names people; singular "adolescent" alone is an adjective: "behaviours in adolescent [mice]")
    r"|\b(?:adolescents|teenagers?|teens|youths?)\b"
    r"(?!\s+(?:(?:and|or)\s+(?:adult|young|juvenile)\s+)?(?:male\s+|female\s+)?(?:mice|rats?|rodents?|animals|monkeys"
    r"|primates|pigs|piglets|dogs|rabbits|offspring)\b)"
    r"|\baged?\s+1[0-7]\s*(?:-|–|to)\s*1[5-9]\b",
    re.IGNORECASE,
)

# Suicidality as one of the things measured or changed, not who was enrolled. The nearest head before it decides:
# an outcome head ("effects of ... on", "measures of", "benefits to", "improvements in", "factors including", "reduction
# in symptoms of") against a head that names who the people are or what they were treated for ("patients with",
# "experiencing", "at risk", "to treat").
SUICIDAL_OUTCOME_HEAD_RE = re.compile(
    r"\b(?:effects?|impact|improvements?|benefits?|gains?|reductions?|decreases?|changes?|measures?|measured|measuring"
    r"|assess(?:ed|es|ing|ments?)|evaluat(?:ed|es|ing|ion)|scores?|outcomes?|predictors?|factors|including|links?"
    r"|associations?|correlat\w+|domains?|dimensions?|items?"
    # a list of symptoms a disorder shows ("symptoms such as persistent sadness, ..., and suicidal ideation")
    r"|symptoms?\s+(?:such\s+as|like)"
    # a change reported as a result ("reported increased SI", "new-onset suicidality")
    r"|increased|increases?|increasing|new(?:-onset)?|emergent|emergence)\b",
    re.IGNORECASE,
)
SUICIDAL_POPULATION_HEAD_RE = re.compile(
    r"\bat\s+(?:(?:high|increased|elevated|imminent)\s+)?(?:risk\b|$)"
    r"|\b(?:with|having|experiencing|endorsing|presenting|treat|treating|treated|hospitali[sz]ed|admitted|enrolled"
    r"|included|recruited)\b"
    # ("for" the condition treated, not "for six months")
    r"|\bfor\b(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|up\s+to|over|about"
    r"|approximately|a\s+(?:period|total|mean|median|year|month|week|day)|(?:each|every|the\s+(?:first|next|last))\b))",
    re.IGNORECASE,
)
# A symptom measured beside it in the same list ("depressed mood, suicidal thoughts, and overall functioning",
# "depression severity and suicidal ideation"): symptoms scored, not a diagnosis.
SUICIDAL_SYMPTOM_COMPANION_RE = re.compile(
    r"\b(?:mood|severity|functioning|function|cognition|anhedonia|insomnia|sleep|quality\s+of\s+life|well-?being"
    r"|psychache|mentalization|mentalisation|rigidity|restlessness|irritability|hopelessness|hypochondriasis"
    r"|symptoms|scores?)\b",
    re.IGNORECASE,
)

# "Treatment-resistant" said of another disorder ("treatment-refractory OCD", "treatment-resistant generalised anxiety
# disorder", "treatment-resistant PTSD", "treatment-resistant schizophrenia"): not treatment-resistant depression. Up to
# two words may stand between ("treatment-refractory DSM-IV generalised anxiety disorder"), none of them depression.
TRD_OF_OTHER_CONDITION_AFTER = re.compile(
    r"^[\s-]*(?:(?!depress|and\b|or\b|with\b)[\w-]+\s+){0,2}?(?:OCD|obsessive|GAD|SAD|generali[sz]ed\s+anxiety"
    r"|social\s+anxiety|anxiety\s+disorders?|panic|PTSD|post-?traumatic|(?:chronic\s+|neuropathic\s+)?pain|epilepsy"
    r"|status\s+epilepticus|seizures?|schizophreni\w*|psychosis|hypertension|migraines?|headaches?|addiction"
    r"|(?:alcohol|substance|opioid|cocaine)\s+use|insomnia|tinnitus|eating\s+disorders?|anorexia)\b",
    re.IGNORECASE,
)
# A share of the sample named by it ("Half of patients with SI at baseline no longer had it", "12 (40%) of the
# participants with suicidal ideation", "including one with suicidal ideation"): a subgroup, not who was enrolled.
SUICIDAL_SUBGROUP_BEFORE = re.compile(
    r"\b(?:half|a\s+third|one-third|two-thirds|a\s+quarter|most|some|none|all|\d+(?:\.\d+)?\s*%|\d+)"
    r"\s+(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?of\s+(?:the\s+|these\s+)?(?:[\w-]+\s+)?(?:patients|participants|subjects"
    r"|those|individuals|cases)\s+(?:with|who\s+(?:had|reported|endorsed))\s+(?:[\w-]+\s+)?$"
    # a few of the cases described ("four inpatients ..., including one with severe suicidal crisis", "two of whom had")
    r"|\b(?:including|of\s+whom|among\s+them)\s+(?:one|two|three|\d+)\s+(?:(?:patients?|cases?|of\s+them)\s+)?"
    r"(?:with|who\s+had|had)\s+(?:[\w-]+\s+)?$"
    r"|\b(?:one|two|three|\d+)\s+of\s+(?:whom|them)\s+(?:had|with|reported)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)

# A sentence about the field rather than this study's sample: what other (or the authors' earlier) work has done
# ("ketamine has been studied in patients with TRD, OCD and PTSD") or what later work should do ("future studies in
# geriatric or bipolar depression").
FIELD_SENTENCE_RE = re.compile(
    r"\b(?:has|have)\s+(?:also\s+|previously\s+|already\s+)?been\s+(?:studied|investigated|examined|used|tested"
    r"|evaluated|explored|shown|demonstrated|reported|identified)\s+(?:to\s+\w+\s+)?(?:in|for|among|as)\b"
    r"|\b(?:future|further|more|larger)\s+(?:research|studies|trials|investigations?|work)\b"
    r"|\bdirections\s+for\s+(?:future\s+)?research\b|\bdemonstrated\s+effectiveness\s+in\b"
    # the authors' earlier study ("We previously reported ... in unipolar and bipolar depressives")
    r"|\b(?:we|our\s+(?:group|team))\s+(?:have\s+|has\s+|had\s+)?previously\s+(?:reported|shown|found|demonstrated|described"
    r"|observed)\b",
    re.IGNORECASE,
)

# A count of the people enrolled with their condition ("A total of 120 patients with TRD ... were selected", "24 adults
# with treatment-resistant depression received"): who this study treated, even where the treatment studied is an
# anaesthetic or another drug.
ENROLLED_WITH_CONDITION_RE = re.compile(
    r"\b(?:\d{2,5}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one\s+hundred)[\w-]*)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:patients|participants|adults|subjects|individuals|inpatients|outpatients|veterans|women|men)\s+"
    r"(?:with|suffering\s+from|diagnosed\s+with)\s",
    re.IGNORECASE,
)

# Suicidality told as a result ("suicidal ideation was minimal", "suicidal thoughts were rare"): an outcome.
SUICIDAL_RESULT_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,10}\)\s*)?(?:was|were)\s+(?:minimal|rare|absent|uncommon|infrequent|not\s+(?:observed|reported"
    r"|seen))\b",
    re.IGNORECASE,
)

# An instrument's name in title case ("Beck Scale for Suicide Ideation", "Sheehan-Suicidality Tracking Scale", "Scale
# for Suicidal Ideations"): a symptom word inside it names what the instrument measures, not who was enrolled.
INSTRUMENT_NAME_RE = re.compile(
    r"(?-i:(?:\b[A-Z][\w'-]*[\s-]+){0,4}\bScale\s+for\s+(?:the\s+)?(?:[A-Z][\w'-]*\s*){1,3})"
    r"|(?-i:(?:\b[A-Z][\w'-]*[\s-]+){1,5}(?:Rating\s+|Tracking\s+|Severity\s+)?(?:Scale|Inventory|Questionnaire"
    r"|Index|Interview|Checklist)\b)"
)
# A scale or its item named as measuring the symptom ("item 10 of the MADRS for suicidal ideation", "the BSS to
# assess suicidal thoughts"): what is measured, not who was enrolled.
MEASURED_FOR_BEFORE_RE = re.compile(
    r"\b(?:scales?|items?|subscales?|questionnaires?|inventor(?:y|ies)|index|instruments?|MADRS|HAM-?D\d*|HDRS\d*"
    r"|BDI(?:-II)?|QIDS(?:-SR)?\d*|PHQ|C-SSRS|BSS|SSI)(?:[\s-]*\d+)?(?:\s*\([^()]{1,15}\))?\s+"
    r"(?:to\s+(?:assess|measure|rate|evaluate)\s+|for\s+)(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
