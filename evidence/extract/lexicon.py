"""Lexicons and small matchers shared by the registry parser and the abstract extractor.

Every word list and pattern the extractor uses lives here, so the rules can be read (and tuned) in one place.
The public functions find_routes, find_drugs, ae_category and timepoint_to_hours are a contract other modules
call: keep their signatures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- routes and drugs ---------------------------------------------------------------------------------------

ROUTE_PATTERNS: dict[str, str] = {
    "intranasal": r"\bintra-?nasal(?:ly)?\b|\bnasal(?:ly)?\b|\bnose\b|(?-i:\bIN\s+(?:es)?ketamine\b)|\bspray\b",
    # "IV" but not the roman numeral of "DSM-IV-TR"
    "intravenous": r"\bintra-?venous(?:ly)?\b|(?<![-\w])I\.?V\.?(?![-\w])|\binfusions?\b|\binfused\b",
    "intramuscular": r"\bintra-?muscular(?:ly)?\b|\bI\.?M\.?\b(?=\s|$|[,;)])",
    "subcutaneous": r"\bsub-?cutaneous(?:ly)?\b|\bS\.?C\.?\b(?=\s|$|[,;)])",
    "sublingual": r"\bsub-?lingual(?:ly)?\b|\blozenges?\b|\btroches?\b|\bbuccal\b",
    "oral": r"\boral(?:ly)?\b|\btablets?\b|\bcapsules?\b|\bby mouth\b|\boral solution\b",
}
# Upper-case abbreviations (IM, SC) must stay case-sensitive: "im" and "sc" are common word fragments.
_CASE_SENSITIVE_ROUTES = frozenset({"intramuscular", "subcutaneous"})

DRUG_PATTERNS: dict[str, str] = {
    "esketamine": r"\bes-?ketamine\b|(?<!R,)(?<!R,\s)\bS-?\(?\+?\)?-?ketamine\b|(?<!R)\(S\)-ketamine|\bspravato\b",
    "arketamine": r"\barketamine\b|\bR-?\(?-?\)?-?ketamine\b|\(R\)-ketamine|\bPCN-?101\b",
    "ketamine": r"(?<![-\w])ketamine\b|\(R,\s?S\)-ketamine|\(±\)-ketamine|\brac-ketamine",
}
# "the R(-)-enantiomer of ketamine", "ketamine and its enantiomers", "norketamine": ketamine named, not given.
NOT_RACEMIC_CONTEXT = re.compile(
    r"enantiomers?\s+of\s+(?:racemic\s+)?ketamine|ketamine\s+and\s+its\s+(?:enantiomers|metabolites)"
    r"|metabolites?\s+of\s+ketamine",
    re.IGNORECASE,
)
# A route word is about another drug when one of these nouns follows it closely ("oral antidepressant").
NON_KETAMINE_ROUTE_OBJECTS = re.compile(
    r"^[\s,()\[\]-]*(?:(?:newly\s+initiated|new|standard|open-label|daily|conventional|ongoing|concomitant)[\s,-]+)*"
    r"(?:antidepressants?|ADs?\b|OADs?\b|SSRIs?|SNRIs?|medications?|drugs?\b|sertraline|escitalopram|diclofenac|"
    r"lithium|quetiapine|aripiprazole|antipsychotics?|therapy\b|treatments?\b)",
    re.IGNORECASE,
)

# --- adverse events -----------------------------------------------------------------------------------------

AE_CATEGORY_PATTERNS: list[tuple[str, str]] = [
    ("suicidal_ideation", r"suicid"),
    ("dissociation", r"dissociat|depersonali|dereali|CADSS|out[- ]of[- ]body|feeling (?:drunk|abnormal)"),
    (
        "blood_pressure_increase",
        r"blood pressure (?:increase|elevat)|hypertensi|increased blood pressure|raised blood pressure"
        r"|BP (?:increase|elevat)|elevated blood pressure|(?:increase|elevation|rise)s? in (?:systolic |diastolic )?"
        r"(?:blood pressure|BP)",
    ),
    ("nausea_vomiting", r"nause|vomit|emesis"),
    ("dizziness", r"dizz|vertigo|lightheaded|light-headed"),
    ("headache", r"headache|cephal"),
    ("sedation", r"sedat|somnolen|drows|sleepi|fatigue"),
    ("anxiety", r"anxi|panic|agitat|nervous"),
    ("dysgeusia", r"dysgeusia|taste"),
    (
        "perceptual_changes",
        r"vision|visual|diplopia|hallucin|percept|hypo?aesthesia|hypoesthesia|paraesthesia|paresthesia|euphori"
        r"|psychotomimetic",
    ),
]
# Terms that name an adverse event (specific or generic), used to find AE phrases in free text.
AE_TERM_RE = re.compile(
    r"(?:treatment[- ]emergent\s+)?(?:serious\s+)?(?:adverse\s+(?:events?|effects?|reactions?)|side[- ]effects?|TEAEs?"
    r"|\bAEs?\b)|dissociati\w*(?:\s+symptoms)?|depersonali[sz]ation|dereali[sz]ation|hypertension|antihypertensive"
    r"|(?:increased|elevated|raised)\s+blood\s+pressure|blood\s+pressure\s+(?:increase|elevation)s?"
    r"|(?:increase|elevation|rise)s?\s+in\s+(?:systolic\s+|diastolic\s+)?blood\s+pressure|nausea"
    r"|vomiting|dizziness|vertigo|light-?headedness|headaches?|sedation|somnolence|drowsiness|fatigue|anxiety"
    r"|panic|agitation|dysgeusia|taste\s+disturbances?|blurred\s+vision|diplopia|hallucinations?|hypo?aesthesia"
    r"|paraesthesia|paresthesia|euphoria|psychotomimetic\s+(?:symptoms|effects)|psychotic\s+symptoms"
    r"|manic\s+symptoms|mania|hypomania|amnesia|insomnia|confusion|tachycardia|diarrh(?:o)?ea|dry\s+mouth",
    re.IGNORECASE,
)
# An AE sentence: some AE vocabulary is present.
AE_CONTEXT_RE = re.compile(
    r"adverse|side[- ]effects?|TEAE|\bAEs?\b|tolerab|safety|" + "|".join(p for _, p in AE_CATEGORY_PATTERNS)
    + r"|manic|mania|amnesia",
    re.IGNORECASE,
)
AE_VERBS_RE = re.compile(
    r"\b(?:experienced|developed|reported|had|showed|discontinued|withdrew|dropped\s+out|required|suffered)\b",
    re.IGNORECASE,
)
# Negation cues whose scope runs to the end of the clause ("no euphoria, psychotic or dissociative symptoms").
NEGATION_BEFORE_RE = re.compile(
    r"\b(?:no|not|without|absence\s+of|free\s+of|nor|neither|none|lack\s+of|did\s+not\s+(?:observe|report|find)"
    r"|were\s+not|was\s+not)\b",
    re.IGNORECASE,
)
NEGATION_AFTER_RE = re.compile(
    r"^\s*(?:was|were)?\s*(?:nearly\s+|largely\s+|completely\s+)?(?:absent|not\s+(?:observed|reported|seen|found))",
    re.IGNORECASE,
)
# "the most common (>=20%) adverse events": a threshold, not a rate.
AE_THRESHOLD_RE = re.compile(
    r"most\s+common(?:ly\s+reported)?\s*\(\s*(?:≥|>=|>|at\s+least)\s*(\d+(?:\.\d+)?)\s*%\s*\)"
    r"|(?:occurring|reported|observed)\s+in\s*(?:≥|>=|>|at\s+least)\s*(\d+(?:\.\d+)?)\s*%",
    re.IGNORECASE,
)

# --- efficacy: response / remission / relapse cues -------------------------------------------------------------

KIND_CUES: list[tuple[str, re.Pattern[str]]] = [
    # Listed first so "remitters ... relapsed" reads as relapse and "partially responded" is not a response.
    ("relapse", re.compile(r"\brelaps\w*|\brecurrence|relapse-free", re.IGNORECASE)),
    (
        "excluded",
        re.compile(
            r"\bpartial(?:ly)?\s+respon\w*|\bnon-?respon\w*|clinically\s+(?:significant|meaningful)\s+improvements?"
            r"|\bdose-respon\w*|\bresponse-guided|\b(?:inadequate|initial|satisfactory|insufficient)\s+response"
            r"|\b(?:sustained|maintained)\s+(?:response|remission)|\bmaintained\s+(?:their\s+)?response|\bstable\s+(?:remission|response)|\bdrop-?outs?|\bwithdrawals?|\bretention",
            re.IGNORECASE,
        ),
    ),
    ("remission_rate", re.compile(r"\bremi(?:ssions?|tted|tters?|t|ts)\b", re.IGNORECASE)),
    ("response_rate", re.compile(r"\brespon(?:se|ses|ded|ders?|ding)\b|\bresponse\s+rates?", re.IGNORECASE)),
    # Weak cue: a share of patients "improved" (used only for proportions of people, marked uncertain).
    ("improvement", re.compile(r"\bimprov(?:ement|ed|ing)\b", re.IGNORECASE)),
]
# A percentage that is a threshold, an interval, a difference or a demographic share, never an arm's rate.
PCT_EXCLUDE_BEFORE = re.compile(
    r"(?:[≥>≤<]|>=|<=|≧|at\s+least|more\s+than|less\s+than|greater\s+than|\bCI(?:LB)?[,:]?|confidence\s+interval"
    r"|difference(?:\s+of)?|margin(?:\s+of)?|ratio|\bI2\s*[=<>]?|I²\s*[=<>]?|\bup\s+to"
    r"|(?:reduc|decreas|improv|increas|lower|fell|drop|declin|chang)\w*\s+(?:[\w-]+\s+){0,4}?by"
    r"|[-−–]|∼|~)\s*$",
    re.IGNORECASE,
)
PCT_EXCLUDE_AFTER = re.compile(
    r"^\s*(?:[-–]\s*\d+(?:\.\d+)?\s*%?\s*)?(?:or\s+(?:greater|more)\s+)?(?:\]?\s*)?"
    r"(?:CI\b|CILB|confidence|female|male|women|men|were\s+(?:women|female|male|men)"
    r"|(?:symptomatic\s+|score\s+)?(?:reduction|improvement|decrease|decline|drop)|of\s+the\s+(?:general\s+)?population)",
    re.IGNORECASE,
)
# Words that make a percentage a proportion of people.
PEOPLE_RE = re.compile(
    r"\b(?:patients?|participants?|subjects?|individuals?|adults?|adolescents?|people|persons?|completers?"
    r"|population|group|arm|cases?|n\s*=)\b",
    re.IGNORECASE,
)
# The sentence says when the rate was read, in words that are not a clock time.
NON_TIME_RE = re.compile(
    r"at\s+(?:some|any)\s+(?:time\s+)?point|during\s+the\s+(?:trial|study)|over\s+the\s+course"
    r"|(?:after|following)\s+\d+\s+(?:infusions|sessions|treatments|doses)|end\s+of\s+treatment",
    re.IGNORECASE,
)

# --- arms ---------------------------------------------------------------------------------------------------

# (regex, canonical arm label, drug vocabulary word); order matters: esketamine before ketamine.
ARM_TERMS: list[tuple[str, str, str]] = [
    (r"\bes-?ketamine\b|\bS-ketamine\b|\bspravato\b", "esketamine", "esketamine"),
    (r"\barketamine\b|\bR-ketamine\b", "arketamine", "arketamine"),
    (r"(?<![-\w])ketamine\b|\bR-107\b", "ketamine", "ketamine"),
    (r"\bmidazolam\b", "midazolam", "other"),
    (r"\bplacebos?\b|\bsaline\b|\bsham\b|\bcontrols?\b(?!\s+(?:treatment|condition)s?\b)", "placebo", "other"),
    (r"\bECT\b|\belectroconvulsive\b", "ECT", "other"),
    (r"\bquetiapine\b", "quetiapine", "other"),
    (r"\bdiclofenac\b", "diclofenac", "other"),
    (r"\baripiprazole\b", "aripiprazole", "other"),
    (r"\blithium\b", "lithium", "other"),
    (r"\bsertraline\b", "sertraline", "other"),
    (r"\bpropofol\b|\bmethohexital\b", "anaesthetic", "other"),
]
KETAMINE_FAMILY = ("ketamine", "esketamine", "arketamine")

# --- study-level fields -------------------------------------------------------------------------------------

POPULATION_PATTERNS: dict[str, str] = {
    "TRD": r"treatment[- ](?:resistant|refractory)|\bTRD\b"
    r"|refractory\s+(?:(?:unipolar|bipolar|major)\s+(?:or\s+(?:unipolar|bipolar)\s+)?)?depress"
    r"|resistant\s+(?:major\s+)?depress|non-?response\s+to\s+(?:≥|>=|at\s+least)?\s*(?:2|two)"
    r"|inadequate\s+response\s+to\s+(?:2|two)\s+or\s+more",
    "MDD": r"major\s+depressi(?:ve|on)|\bMDD\b|\bunipolar\b",
    "bipolar": r"\bbipolar\b",
    "suicidal": r"suicidal\s+(?:ideation|thoughts|behaviou?r)|suicidality|suicide\s+risk|\bsuicidal\b",
    "postpartum": r"post-?partum|perinatal|peripartum",
    "adolescent": r"\badolescen\w*|\bpediatric|\bpaediatric|\byouths?\b|\bteenagers?",
    "geriatric": r"\belderly\b|\bolder\s+(?:adults|patients|inpatients|people|persons)|\bgeriatric|\blate-life"
    r"|(?:≥|>=|aged\s+)\s*6[05]\s*(?:years|y\b)",
    "PTSD": r"\bPTSD\b|post-?traumatic\s+stress",
    "anxious": r"anxious\s+depression",
    "healthy": r"healthy\s+(?:volunteers|participants|adults)",
}
# "treatment-resistant major depression" is TRD, not a separate MDD tag.
TRD_QUALIFIED_MDD = re.compile(
    r"(?:treatment[- ](?:resistant|refractory)|refractory|resistant)\s+(?:unipolar\s+|major\s+)?(?:major\s+)?depress",
    re.IGNORECASE,
)
DEPRESSION_RE = re.compile(r"depress", re.IGNORECASE)
SETTING_PATTERNS: dict[str, str] = {
    "inpatient": r"\binpatients?\b|\bhospitali[sz]ed\b|\bpsychiatric\s+hospitali[sz]ation",
    "ECT": r"referred\s+for\s+ECT|ECT\s+clinics",
    "veterans": r"\bveterans?\b",
    "perioperative": r"\bperi-?operative|\bsurgery\b|\bpostoperative",
    "pain": r"chronic\s+pain",
}

# Design cues, checked in this order (the first that fires wins).
DESIGN_RULES: list[tuple[str, str]] = [
    (
        "protocol",
        r"\bstudy\s+protocol\b|\btrial\s+protocol\b|\bthis\s+protocol\b|\bprotocol\s+(?:for|of)\s+(?:a|an|the)\b",
    ),
    (
        "meta_analysis",
        r"meta-?analy(?:sis|ses|tic)|meta-?regression|data\s+were\s+synthesi[sz]ed\s+from"
        r"|pooled\s+(?:relative\s+risk|risk\s+ratio|odds\s+ratio|rate\s+ratio|RR|OR|estimate)",
    ),
    (
        "systematic_review",
        r"systematic(?:ally)?\s+(?:review|search|literature\s+search)|cochrane\s+review|PRISMA|scoping\s+review"
        r"|update\s+of\s+a\s+review|search\s+methods|selection\s+criteria",
    ),
    (
        "review",
        r"\b(?:qualitative|narrative|literature|this|a|the)\s+review\b|\breview\s+(?:of|about|summari[sz]es)"
        r"|\barticle\s+reviews\b|synthesis\s+of\s+the\s+literature|we\s+review\b|expert\s+consensus",
    ),
    ("non_randomized", r"non-?randomi[sz]ed|not\s+randomi[sz]ed|quasi-?experimental"),
    (
        "crossover_rct",
        r"cross-?over|\b(?:2|two)\s+test\s+days|alternate\s+(?:compound|treatment|condition)",
    ),
    (
        "rct",
        r"randomi[sz](?:ed|ation)|randomly\s+(?:assigned|allocated)|\bRCT\b"
        r"|double-?blind(?:ed)?[^.]{0,60}(?:controlled|placebo)|(?:placebo|midazolam)-controlled[^.]{0,40}trial",
    ),
    ("observational", r"retrospective(?:ly)?|real-world|chart\s+review|medical\s+records|electronic\s+health\s+records"
     r"|\b(?:cohort|case-control|cross-sectional)\s+study|registry\s+(?:data|study)|\bsurvey\b|observational|naturalistic"),
    ("open_label", r"open-?label|single-?arm|uncontrolled|pilot\s+(?:trial|study)"),
    (
        "case_series",
        r"case\s+series|case\s+reports?|cases\s+are\s+reported|we\s+report\s+(?:two|three|\d+)\s+(?:cases|patients)",
    ),
]
# A meta-analysis that was considered and not done ("a meta-analysis was not considered appropriate").
NEGATED_META = re.compile(
    r"meta-?analysis\s+was\s+not|no\s+meta-?analysis|not\s+(?:pooled|meta-?analy[sz]ed)", re.IGNORECASE
)

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
    r"|\bfuture\s+studies\b|\bare\s+(?:warranted|needed)\b|\bis\s+(?:approved|unpractical|impractical)\b"
    # epidemiology and burden: about the disease in general
    r"|\baffects?\s+(?:about|approximately|an\s+estimated|up\s+to|\d)|\bprevalen(?:t|ce)\b|\bleading\s+cause"
    r"|\b(?:health|financial|societal|economic)\s+(?:and\s+\w+\s+)?(?:burden|costs?)\b|\bpublic\s+health\b",
    re.IGNORECASE,
)
# ... unless it states this study's aim ("The aim of this study is to assess ...").
AIM_SENTENCE_RE = re.compile(
    r"\b(?:aim|objective|purpose|goal)\s+of\s+(?:this|the\s+present|the\s+current|our)\b|\bwe\s+aim(?:ed)?\b"
    r"|\bthis\s+(?:study|trial)\s+(?:aim|evaluat|assess|compar|investigat|examin)",
    re.IGNORECASE,
)
# Forward-looking sentences say nothing about this study's design ("Randomized controlled trials are needed").
FORWARD_LOOKING_RE = re.compile(
    r"\bare\s+(?:warranted|needed|required)\b|\bfuture\s+(?:studies|trials|research)\b|\bfurther\s+[\w-]*\s*trials",
    re.IGNORECASE,
)
# A sentence citing earlier reviews ("A recent meta-analysis of 9 trials showed ...").
EARLIER_REVIEW_RE = re.compile(
    r"\b(?:previous|prior|recent|earlier|published|existing|several|many|other)\s+(?:[\w-]+\s+){0,2}"
    r"(?:meta-?analy\w*|systematic\s+reviews?|reviews?)\b",
    re.IGNORECASE,
)
# The MDD diagnosis inside a definition of TRD ("diagnosis of MDD and nonresponse to >=2 antidepressants").
MDD_IN_TRD_DEFINITION = re.compile(
    r"^[^.;]{0,60}?(?:non-?response|inadequate\s+response|failure\s+to\s+respond|not\s+respond)", re.IGNORECASE
)
OUTCOME_SENTENCE_RE = re.compile(r"\boutcomes?\b|\bendpoints?\b|\bend\s+points?\b", re.IGNORECASE)
# A sentence that is about this study's own patients or procedures.
STUDY_SENTENCE_RE = re.compile(
    r"\b(?:we|our|this\s+(?:study|trial|article|review|analysis)|the\s+(?:study|trial)|patients?|participants?"
    r"|subjects?|adults?|adolescents?|received|randomi[sz]ed|assigned|administered|given|enrolled|included"
    r"|group|arm|infusions?|tried|treated)\b",
    re.IGNORECASE,
)

# --- sample size --------------------------------------------------------------------------------------------

PEOPLE_NOUNS = (
    r"(?:patients|participants|subjects|adults|adolescents|outpatients|out-patients|inpatients|individuals|people"
    r"|persons|women|men|veterans|children|volunteers|cases)"
)
_INT = r"\d{1,3}(?:,\d{3})+|\d+"
SAMPLE_PATTERNS: list[tuple[str, str]] = [
    # (kind, regex with group "n" [and "m" for a second arm to add])
    ("randomized", r"\(N\s*=\s*(?P<n>" + _INT + r")\)\s+(?:were|was)\s+(?:randomi[sz]ed|randomly)"),
    ("randomized", r"\b(?P<n>" + _INT + r")\s+(?:(?:eligible|adult|consecutive)\s+)?(?:\w+\s+){0,2}?" + PEOPLE_NOUNS
     + r"?\s*(?:were|was)\s+(?:(?:included|enrolled)\s+and\s+)?(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))"
     r"(?!\s+to\s+(?:the|a)\s+\w+\s+(?:group|arm))"),
    ("randomized", r"\b(?P<n>" + _INT + r")\s+(?:\w+\s+){0,8}?"
     r"(?:underwent\s+randomi[sz]ation|entered\s+the\s+randomi[sz]ed)"),
    ("randomized", r"\b(?:of\s+(?:the\s+)?)?(?P<n>" + _INT + r")\s+(?:randomi[sz]ed\s+" + PEOPLE_NOUNS + r"|"
     + PEOPLE_NOUNS + r"\s+randomi[sz]ed)\b"),
    ("randomized_sum", r"\b(?P<n>" + _INT + r")\s+(?:\w+\s+)?(?:were\s+)?(?:randomi[sz]ed|randomly\s+assigned|assigned)"
     r"\s+to\s+"
     r"the\s+[\w-]+\s+(?:group|arm),?\s+and\s+(?P<m>" + _INT + r")\s+to\s+the\s+[\w-]+"),
    ("randomized_sum", r"\((?P<n>" + _INT + r")\s+to\s+receive\s+[\w-]+\s+and\s+(?P<m>" + _INT
     + r")\s+to\s+receive\s+[\w-]+\)"),
    ("randomized", r"\brandomi[sz]ed\b[^.;]{0,40}\(N\s*=\s*(?P<n>" + _INT + r")\)"),
    ("randomized", r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\s+(?:a\s+total\s+of\s+)?(?P<n>" + _INT
     + r")\s+(?:\w+\s+){0,2}?" + PEOPLE_NOUNS),
    ("enrolled", r"\(N\s*=\s*(?P<n>" + _INT + r")\)"),
    ("enrolled", r"\b(?:enrolled|included|recruited)\s+(?:a\s+total\s+of\s+)?(?P<n>" + _INT + r")\b"),
    ("enrolled", r"\b(?P<n>" + _INT + r")\s+(?:\w+\s+){0,3}?" + PEOPLE_NOUNS + r"\s+(?:\w+\s+){0,3}?(?:were|was)\s+"
     r"(?:enrolled|included|recruited)"),
    ("enrolled", r"\b(?:total\s+of|in\s+total,?)\s+(?P<n>" + _INT + r")\s+(?:\w+\s+){0,2}?" + PEOPLE_NOUNS),
    ("enrolled", r"\b(?P<n>" + _INT + r")\s+(?:\w+\s+){0,2}?" + PEOPLE_NOUNS + r"\b"),
    ("analysed", r"\b(?P<n>" + _INT + r")\s+(?:\w+\s+){0,3}?"
     r"(?:completed|were\s+analy[sz]ed|included\s+in\s+the\s+analysis)"),
]
# Pooled samples of reviews: "36 studies (2903 participants", "24 trials representing 1877 participants".
POOLED_SAMPLE_RE = re.compile(
    r"\b(?:studies|trials|RCTs)\s*(?:\(|representing\s+|with\s+|including\s+|encompassing\s+)(?P<n>" + _INT + r")\s+"
    + PEOPLE_NOUNS,
    re.IGNORECASE,
)

# --- numbers and time ---------------------------------------------------------------------------------------

WORD_NUMBERS: dict[str, int] = {
    "zero": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS_W = r"(?:one|two|three|four|five|six|seven|eight|nine)"
WORD_NUMBER_RE = (
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+(?:and\s+)?" + _TENS + r"(?:[-\s]" + _UNITS_W
    + r")?)?|" + _TENS + r"(?:[-\s]" + _UNITS_W + r")?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|ten|one|two|three|four|five|six|seven|eight|nine)"
)
NUMBER_RE = r"(?:\d+(?:[.,]\d+)?|\.\d+|" + WORD_NUMBER_RE + r")"

_UNIT_HOURS = {
    "minute": 1 / 60,
    "min": 1 / 60,
    "hour": 1.0,
    "hr": 1.0,
    "h": 1.0,
    "day": 24.0,
    "d": 24.0,
    "week": 168.0,
    "wk": 168.0,
    "month": 730.0,
    "year": 8760.0,
}
_NUM = r"(\d+(?:\.\d+)?)"
_UNIT = r"(minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?)"
TIME_UNIT_RE = r"(?:minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?)"


def parse_number(token: str) -> float | None:
    """A number written in digits ('1,877', '.5') or words ('Seventy-one', 'one hundred twenty-six')."""
    t = token.strip().lower()
    if re.fullmatch(r"[\d,]+", t):
        t = t.replace(",", "")
    try:
        return float(t)
    except ValueError:
        pass
    parts = re.split(r"[\s-]+", t.replace(" and ", " "))
    total, current = 0, 0
    seen = False
    for p in parts:
        if p not in WORD_NUMBERS:
            return None
        seen = True
        v = WORD_NUMBERS[p]
        if v == 100:
            current = max(current, 1) * 100
        else:
            current += v
    total += current
    return float(total) if seen else None


def _unit_hours(unit: str) -> float:
    u = unit.lower().rstrip("s") if unit.lower() not in ("hrs", "mins", "wks") else unit.lower()[:-1]
    return _UNIT_HOURS.get(u, _UNIT_HOURS.get(unit.lower(), 0.0))


def unit_hours(unit: str) -> float:
    """Hours in one time unit word ('min', 'hours', 'd', 'weeks')."""
    return _unit_hours(unit)


@dataclass(frozen=True)
class TimeMention:
    """A point in time named in text: where it is, its hours, and whether it is a range (lower bound kept)."""

    start: int
    end: int
    hours: float
    text: str


_TIME_POINT_RE = re.compile(
    # "day 21", "Day 28", "week 8", "days 3, 7": unit first, then the number
    r"\b(?P<u1>day|week|month|hour|minute)s?\s+(?P<n1>\d+(?:\.\d+)?)(?!\s*(?:mg|%|\.\d))"
    # "40 and 240 min", "40, 80, 110, and 230 minutes", "2-6 weeks", "24 h", "one day", "∼24 hours"
    r"|(?<![\w.])(?P<n2>" + NUMBER_RE + r")(?P<list>(?:\s*,\s*\d+(?:\.\d+)?)*(?:,?\s+and\s+\d+(?:\.\d+)?))?"
    r"(?:\s*(?:-|–|—|to)\s*(?P<hi>\d+(?:\.\d+)?))?(?P<hyph>\s*-\s*|\s+)(?P<u2>" + TIME_UNIT_RE + r")\b",
    re.IGNORECASE,
)
# Durations and frequencies, not points in time: "over 40 minutes", "for 4 weeks", "every 2-3 d", "twice weekly".
_DURATION_BEFORE = re.compile(
    r"(?:\bover|\bfor|\bevery|\bper|\beach|\btwice|\bthrice|\bup\s+to|\bages?|\baged|\blasting|\blasted"
    r"|\bat\s+least|\bmaximum\s+of|\bmean\s+of|\bmedian\s+of|\bapproximately|\bthe\s+last)\s*(?:a\s+)?$",
    re.IGNORECASE,
)
_ADJECTIVAL_OK_BEFORE = re.compile(r"(?:\bat\s+the|\bby\s+the|\bthe\s+first|\bat)\s*$", re.IGNORECASE)
# "the 24-hour response rate", "the 40-minute point": an adjective that names a time of measurement
_ADJECTIVAL_OK_AFTER = re.compile(
    r"^\s*(?:post-?\w*\s+)?(?:response|remission|rates?|time\s*points?|points?|assessments?|follow-?up|end\s*points?"
    r"|marks?|outcomes?|visits?)\b",
    re.IGNORECASE,
)


_NEXT_DAY_RE = re.compile(
    r"\bthe\s+(?:day|morning)\s+(?:following|after)\b|\bthe\s+(?:next|following)\s+day\b|\bnext-day\b",
    re.IGNORECASE,
)


def find_timepoints(text: str) -> list[TimeMention]:
    """Points in time named in text ('at 24 h', 'day 1', 'within 40 minutes', '2-6 weeks' -> lower bound).

    Durations ('over 40 minutes', 'for 4 weeks'), frequencies ('every 2-3 d') and adjectives ('4-week course')
    are skipped: they say how long something lasted, not when an outcome was read.
    """
    out: list[TimeMention] = []
    if not text:
        return out
    for m in _TIME_POINT_RE.finditer(text):
        before = text[max(0, m.start() - 25) : m.start()]
        if _DURATION_BEFORE.search(before):
            continue
        if m.group("u1"):
            hours = float(m.group("n1")) * _unit_hours(m.group("u1"))
        else:
            num = parse_number(m.group("n2"))
            if num is None:
                continue
            if (
                m.group("hyph").strip() == "-"
                and not _ADJECTIVAL_OK_BEFORE.search(before)
                and not _ADJECTIVAL_OK_AFTER.match(text[m.end() : m.end() + 40])
            ):
                continue
            if re.search(r"[-–]\s*$", before) or re.search(r"\d\s*[-–]?\s*$", before):
                continue  # tail of a range or list already read
            hours = num * _unit_hours(m.group("u2"))
        if hours <= 0 and not m.group("u1"):
            continue
        out.append(TimeMention(m.start(), m.end(), round(hours, 2) if hours < 1 else round(hours, 4), m.group(0)))
    for m in _NEXT_DAY_RE.finditer(text):
        out.append(TimeMention(m.start(), m.end(), 24.0, m.group(0)))  # "the day following ketamine infusion"
    return sorted(out, key=lambda t: t.start)


# --- contract functions -------------------------------------------------------------------------------------


def find_routes(text: str) -> list[str]:
    """Routes named in a piece of text, in vocabulary order; empty when none is named."""
    if not text:
        return []
    return [
        r
        for r, p in ROUTE_PATTERNS.items()
        if re.search(p, text, flags=0 if r in _CASE_SENSITIVE_ROUTES else re.IGNORECASE)
    ]


def find_drugs(text: str) -> list[str]:
    """Ketamine forms named in text: esketamine and arketamine are told apart from racemic ketamine."""
    if not text:
        return []
    found = [d for d, p in DRUG_PATTERNS.items() if re.search(p, text, flags=re.IGNORECASE)]
    return found


def ae_category(term: str) -> str:
    """Canonical adverse-event category of a reported term ('other' when none matches)."""
    for cat, pat in AE_CATEGORY_PATTERNS:
        if re.search(pat, term or "", flags=re.IGNORECASE):
            return cat
    return "other"


def timepoint_to_hours(text: str) -> float | None:
    """Hours of a time-frame text ('24 hours', 'Day 28', 'Week 4', '40 minutes post-infusion').

    For a range or 'baseline to X' the end point X is the time of measurement; None when the text has no time.
    """
    if not text:
        return None
    t = text.replace("–", "-").replace("—", "-")
    day_first = re.findall(r"\b(day|week|month|year|hour|minute)s?\s+" + _NUM, t, flags=re.IGNORECASE)
    num_first = re.findall(_NUM + r"\s*-?\s*" + _UNIT + r"\b", t, flags=re.IGNORECASE)
    candidates: list[float] = []
    for unit, num in day_first:
        candidates.append(float(num) * _unit_hours(unit))
    for num, unit in num_first:
        candidates.append(float(num) * _unit_hours(unit))
    if not candidates:
        return None
    # A timeframe names when the outcome was measured; with several times the last one is that point.
    return round(candidates[-1], 4)
