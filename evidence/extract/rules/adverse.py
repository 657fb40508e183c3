"""Adverse-event words: terms, categories, negation cues and incidence thresholds."""

from __future__ import annotations

import re

from evidence.extract.rules.timepoints import WORD_NUMBER_RE

AE_CATEGORY_PATTERNS: list[tuple[str, str]] = [
    ("suicidal_ideation", r"suicid"),
    ("dissociation", r"dissociat|depersonali|dereali|CADSS|out[- ]of[- ]body|feeling (?:drunk|abnormal)"),
    (
        "blood_pressure_increase",
        r"blood pressure (?:increase|elevat|rise|spike|surge)|hypertensi|increased blood pressure|raised blood pressure"
        r"|BP (?:increase|elevat)|elevated blood pressure"
        r"|(?:increase|elevation|rise)s? (?:in|of) (?:systolic |diastolic )?(?:blood pressure|BP)",
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
        r"|psychotomimetic|illusion|nystagmus",
    ),
]
# Terms that name an adverse event (specific or generic), used to find AE phrases in free text.
# "adverse cardiovascular events", "adverse drug reactions", "adverse psychological or behavioral outcomes": the
# generic term with its kind in between, adjectives only ("adverse life events", "adverse childhood experiences" are
# exposures, not events of treatment).
AE_KIND_WORDS = r"(?:(?:[a-z-]+(?:al|ic|ous|ar|ive|ory)|drug)\s+(?:(?:and|or)\s+[a-z-]+(?:al|ic|ous|ar|ive|ory)\s+)?)"
AE_TERM_RE = re.compile(
    r"(?:treatment[- ]emergent\s+)?(?:serious\s+)?(?:adverse\s+(?:events?|effects?|reactions?|" + AE_KIND_WORDS
    + r"(?:events?|effects?|reactions?|outcomes?))|side[- ]effects?|TEAEs?"
    r"|\bAEs?\b)|dissociati\w*(?:\s+symptoms)?|depersonali[sz]ation|dereali[sz]ation|hypertension|antihypertensive"
    r"|(?:increased|elevated|raised)\s+blood\s+pressure|blood\s+pressure\s+(?:increase|elevation|rise|spike|surge)s?"
    r"|(?:increase|elevation|rise)s?\s+(?:in|of)\s+(?:systolic\s+|diastolic\s+)?blood\s+pressure|nausea"
    r"|vomit(?:ing)?|dizziness|vertigo|light-?headedness|headaches?|sedation|somnolence|drowsiness|fatigue|anxiety"
    r"|panic|agitation|dysgeusia|taste\s+disturbances?|blurred\s+vision|diplopia|hallucinations?|hypo?aesthesia"
    r"|paraesthesia|paresthesia|euphoria|psychotomimetic\s+(?:symptoms|effects)|psychotic\s+symptoms"
    # ... and other named effects of ketamine-family drugs ("illusion (3.8%)", "nystagmus", "palpitations")
    r"|illusions?|nystagmus|palpitations?|numbness"
    r"|manic\s+symptoms|mania|hypomania|amnesia|insomnia|confusion|tachycardia|diarrh(?:o)?ea|dry\s+mouth"
    # a treatment-emergent switch of mood pole ("manic switches", "switch to hypomania", "affective switch")
    r"|(?:hypo)?manic\s+(?:switch(?:es|ing)?|episodes?)|(?:affective|mood)\s+switch(?:es|ing)?"
    r"|switch(?:es|ing)?\s+(?:in)?to\s+(?:hypo)?mania",
    re.IGNORECASE,
)
# The words between a number and an AE term that start a new clause with the term as its subject ("45% and dizziness
# was reported in 20%").
AE_NEW_SUBJECT = re.compile(
    r"^\s*[)\]]?\s*(?:,\s*)?(?:and|while|whereas|but|;)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE
)
# An AE sentence: some AE vocabulary is present.
AE_CONTEXT_RE = re.compile(
    r"adverse|side[- ]effects?|TEAE|\bAEs?\b|tolerab|safety|" + "|".join(p for _, p in AE_CATEGORY_PATTERNS)
    + r"|manic|mania|amnesia|insomnia|confusion|tachycardia|diarrh|dry\s+mouth|(?:affective|mood)\s+switch"
    r"|palpitat|numbness",
    re.IGNORECASE,
)
AE_VERBS_RE = re.compile(
    r"\b(?:experienced|developed|reported|had|showed|discontinued|withdrew|dropped\s+out|required|suffered"
    # "44.3% meeting criteria for treatment-emergent hypertension", "25% met the threshold for dissociation"
    r"|(?:met|meet(?:s|ing)?|fulfill?(?:ed|ing|s)?|satisf(?:ied|ying|ies))\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:criteria|criterion|threshold|definition)\s+(?:for|of)\b(?!\s+(?:response|remission|relapse)))\b",
    re.IGNORECASE,
)
# The words between a verb of experiencing and the AE term after it hold the verb's own object, then a new phrase
# ("reported more than one sleep phenotype, with insomnia the most prevalent"): a noun phrase with no AE word,
# closed by ',' / 'with' / 'and' / 'which' (not "had at least one episode of nausea": 'of' ties them).
AE_OTHER_OBJECT = re.compile(
    r"^\s+(?:(?:more|fewer|less)\s+than\s+)?(?:[\w-]+\s+){1,4}?[\w-]+\s*(?:,\s*|\s+)(?:with|which|whereas|while)\b",
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
# "the most common (>=20%) adverse events", "the most common AEs (>=5% of patients)": a threshold, not a rate.
AE_THRESHOLD_RE = re.compile(
    r"most\s+(?:common|frequent)(?:ly\s+reported)?(?:\s+(?:treatment[- ]emergent\s+)?(?:adverse\s+(?:events?|effects?|"
    r"reactions?)|AEs|TEAEs|side[- ]effects))?\s*\(\s*(?:≥|>=|>|at\s+least)\s*(\d+(?:\.\d+)?)\s*%\s*"
    r"(?:of\s+(?:patients|participants)\s*)?\)"
    r"|(?:occurring|reported|observed)\s+in\s*(?:≥|>=|>|at\s+least)\s*(\d+(?:\.\d+)?)\s*%"
    # a bracket between "most common" and the events it qualifies is their threshold even with its sign lost
    # ("the most common (20% of patients) TEAEs", "most frequent [10%] side effects"): a rate follows its term
    r"|most\s+(?:common|frequent)(?:ly\s+(?:reported|observed))?\s*[(\[]\s*(?:≥|>=|>|≧|at\s+least)?\s*"
    r"(\d+(?:\.\d+)?)\s*%\s*(?:of\s+(?:the\s+)?(?:patients|participants|subjects)\s*)?"
    r"(?:in\s+(?:either|any|each|both)\s+(?:group|arm)s?\s*)?[)\]]\s*"
    r"(?=(?:treatment[- ]emergent\s+)?(?:adverse|AEs?\b|TEAEs?\b|side[- ]effects?))",
    re.IGNORECASE,
)
# Words between an AE term and its bracketed rate that keep them together ("Sedation was uncommon (5%)").
AE_TERM_RATE_GAP_RE = re.compile(
    r"^\s*(?:was|were|occurred|was\s+reported|were\s+reported)?\s*(?:\w+ly\s+)?"
    r"(?:uncommon|rare|common|frequent|infrequent|reported|observed|seen|noted|present|mild|transient)?\s*$",
    re.IGNORECASE,
)
# "Adverse events led to discontinuation in 4.6% ...": the rate of stopping because of AEs, named before the number.
AE_DISCONTINUATION_BEFORE_RE = re.compile(
    r"(?P<term>(?:treatment[- ]emergent\s+)?(?:adverse\s+(?:events?|effects?)|side[- ]effects?|TEAEs?|AEs?))\s+"
    r"(?:that\s+)?(?:led|leading|resulted|resulting)\s+(?:to|in)\s+(?:(?:study|treatment|drug)\s+)?"
    r"(?:discontinuation|withdrawal|dropout)\s+(?:(?:was|were|occurred)\s+)?(?:in|of|for|among)?\s*(?:the\s+)?$",
    re.IGNORECASE,
)

# Generic adverse-event words, verbs that report an incidence, and discontinuation words.
AE_GENERIC = re.compile(r"adverse|side[- ]effect|TEAE|\bAEs?\b", re.IGNORECASE)
AE_OCCUR = re.compile(
    r"\b(?:occurred|(?:was|were)\s+(?:reported|observed|seen|noted|experienced|present|documented|recorded)|affected"
    # "Drowsiness, reported by 45% of patients", "Side effects, reported in 8 patients (20%)": the participle with its
    # agent or its people; "Hypertension developed in 5%": a verb of arising
    r"|(?:reported|experienced)\s+by|(?:reported|observed|seen|noted|documented|recorded)\s+(?:in|among)"
    r"|(?:developed|emerged|appeared|arose)\s+(?:in|among)"
    r"|incidences?|rates?|frequency"
    # a comparison of how often ("Sedation was more frequent with midazolam (35%) than with ketamine (10%)")
    r"|(?:more|less)\s+(?:frequent(?:ly)?|common(?:ly)?))\b",
    re.IGNORECASE,
)
AE_DISCONTINUED = re.compile(r"discontinu\w*|withdr\w*|dropp\w*\s+out|\bdrop-?\s?outs?\b", re.IGNORECASE)
# A discontinuation word tied to the generic term right after it by a cause ("the dropout rate due to side effects
# was 5%", "discontinued esketamine because of adverse events"): the number is the rate of stopping because of them
# (not "discontinued for personal reasons, and adverse events were reported in 35%").
AE_STOPPED_FOR = re.compile(
    r"(?:" + AE_DISCONTINUED.pattern + r")[\w\s()-]{0,30}?\b(?:due\s+to|because\s+of|owing\s+to|secondary\s+to"
    r"|related\s+to|for|from)\s+(?:(?:any|an|the|their|its|[\w-]+-related)\s+)?$",
    re.IGNORECASE,
)
# Where a negation's scope ends ("no euphoria or dissociation, but mild nausea"): a clause break, a contrast, or a new
# clause with its own subject or count ("..., and 10% had mild nausea", "..., and two patients reported headache").
AE_NEGATION_SCOPE_END = re.compile(
    r"[;.)(]|\bbut\b|\bhowever\b|\bwhereas\b|\bwhile\b|,\s+(?:minimal|mild|only|with|although)|,\s+and\s+(?:minimal|mild)"
    r"|,\s+and\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|several|some|few|many)\s"
    r"|(?:the\s+)?(?:patients?|participants?|subjects?)\b)"
    # "no significant difference in the incidence of dizziness", "did not differ in rates of nausea": the negation is
    # of the difference, not of the event
    r"|\bdiffer(?:ence|ences|ed|s)?\s+(?:in|of|with\s+regard\s+to|regarding)\s+(?:the\s+)?(?:overall\s+|total\s+)?"
    r"(?:incidences?|rates?|frequenc(?:y|ies)|occurrences?|risks?|numbers?|proportions?)\s+of\b",
    re.IGNORECASE,
)

# --- the readers of ae_findings (evidence/extract/adverse.py), one pattern each -----------------------------------

# "dizziness (20%)", "Sedation was uncommon (5%; 2 of 40)": a term, then its rate in brackets
AE_TERM_PCT_RE = re.compile(r"(?P<pre>[^,;:()]{1,60}?)\s*\(\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*(?:[;,][^)%]*)?\)")
# "the most frequent was headache (n = 4)": a count of patients in brackets right after the term
AE_TERM_N_RE = re.compile(r"(?P<term>" + AE_TERM_RE.pattern + r")\s*\(\s*n\s*=\s*(?P<n>\d+)\s*\)", re.IGNORECASE)
# "three subjects receiving ketamine and one receiving placebo developed hypertension": counts per arm, then the term
AE_COUNT_RE = re.compile(
    r"(?P<a>\b(?:\d+|" + WORD_NUMBER_RE + r"))\s+(?:subjects?|patients?|participants?)\s+"
    r"(?:receiving|in\s+the|on|given)\s+(?P<arm1>[\w-]+)(?:\s+group)?"
    r"(?:\s+and\s+(?P<b>\d+|" + WORD_NUMBER_RE + r")\s+(?:subjects?\s+|patients?\s+)?"
    r"(?:receiving|in\s+the|on|given)\s+(?P<arm2>[\w-]+)(?:\s+group)?)?\s+"
    r"(?:developed|experienced|reported|had)\s+(?P<term>[^.;,()]+)",
    re.IGNORECASE,
)
# A count followed by "diagnosed with" is a diagnosis, not an event ("five (12%) were diagnosed with hypertension").
AE_DIAGNOSIS = re.compile(r"diagnos", re.IGNORECASE)
# A number that is the subject of its own clause about something else ("..., and 11% dropped out", "40% of patients
# responded", "12% of the sample completed the study"): a term named before it is not what it counts.
AE_OWN_PREDICATE = re.compile(
    r"^\s*(?:of\s+(?:the\s+|all\s+|those\s+)?(?:(?!who\b|that\b|which\b|whom\b)[\w-]+\s+){0,3}?)?"
    r"(?:dropped|discontinued|withdrew|left|responded|remitted|relapsed|completed|achieved|attained|met|improved"
    r"|recovered|returned|reached|continued|switched|preferred|agreed|declined|chose|were\s+(?:responders|remitters"
    r"|women|female|male|men|white|married|employed|lost|excluded|included|randomi[sz]ed))\b",
    re.IGNORECASE,
)
# "the most common was ...": the terms before a number are the ones it counts
AE_MOST_COMMON = re.compile(r"most\s+(?:common|frequent|prevalent)|\bcommonest", re.IGNORECASE)
# How close before a number an AE term must end to be the one it counts ("adverse events was 4.6%").
AE_TERM_BEFORE_GAP = 12
# "dissociation (26%), dizziness (21%) and nausea (18%), compared with 4%, 6% and 9% for placebo": the second arm's
# rates of the same terms, in the same order, after the first arm's bracketed ones
AE_PARALLEL_RATES_RE = re.compile(
    r"^[^.;]{0,40}?\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+"
    r"(?P<list>\d+(?:\.\d+)?\s*%(?:\s*,\s*\d+(?:\.\d+)?\s*%)*,?\s+(?:and|or)\s+\d+(?:\.\d+)?\s*%)"
    r"\s+(?:for|in|with|among|on)\s+(?:the\s+)?(?:those\s+(?:receiving|given|on)\s+)?(?P<arm>[\w-]+)",
    re.IGNORECASE,
)
# The words that may stand between one adverse-event rate and the next for the next to count the same term ("Nausea
# occurred in 12% of the ketamine group and 3% of those receiving placebo"): connectives, arms, doses, times and
# statistics. Any other word names something else that the number counts ("anxiety (11% vs 35%) ... along with reduced
# delirium incidence (9.8% vs 22.5%)"), so the term does not carry over.
AE_CARRY_WORDS = frozenset(
    "and or vs versus compared with to than in of the those these patients patient participants participant subjects"
    " subject people individuals group groups arm arms cohort condition receiving received given treated on for among"
    " who while whereas but only also respectively p n placebo saline control controls active comparator midazolam"
    " ect propofol dose doses mg kg low high dosing infusion infusions session sessions day days week weeks hour hours"
    " h min minutes at after during by first second third final a an iv im intravenous intranasal oral nasal spray"
    " ci vs. v same similar rate rates respectively one two three four five six seven eight nine ten eleven twelve"
    " none no"
    # a group named by its dosing frequency ("[2x/wk: 15 (83%); 3x/wk: 13 (77%)]", "once weekly 20% and twice weekly")
    " once twice thrice weekly daily monthly wk per times x"
    # ... or by its diagnosis ("manic switches (B-TRD 5.6%, TRD 2.0%)", "(bipolar 6% and unipolar 2%)")
    " trd b mdd bd bipolar unipolar"
    # a comparison with the other arm ("... in the ketamine group (20%) was higher than that in the placebo group (5%)")
    " was were higher lower greater more less that those often frequent frequently common commonly"
    # ... told as no difference ("in group K (14.55%) did not differ significantly from group C (4.62%)")
    " did not differ differed significantly statistically from"
    # ... or by the part of the programme it was counted in ("12.8% of all treated patients (in DB trials: 11.6% vs.
    # 3.9%)", "in the double-blind phase", "in the pooled open-label studies"): the same event in a subset
    " all overall pooled trial trials study studies phase phases double blind db open label ol".split()
)
# Where a clause of an adverse-event sentence ends (evidence/extract/adverse_scope.py).
AE_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\b|\s(?:whereas|while|but)\s", re.IGNORECASE)
# A rate counted before treatment or a history of the sample, not an event of treatment ("At baseline, 35% reported
# fatigue", "20% had a family history of mania", "pre-existing hypertension"); not "a rise from baseline".
AE_BASELINE = re.compile(
    r"\bat\s+(?:the\s+)?(?:baseline|screening|(?:study\s+)?entry|enrol\w*|admission|intake)\b|\bbaseline\s+"
    r"(?:[\w-]+\s+)?(?:rates?|prevalence|characteristics|anxiety|hypertension|blood\s+pressure|dissociat\w*|suicid\w*"
    r"|insomnia|fatigue|headaches?|nausea|sedation|somnolence|symptoms?)\b|\b(?:before|prior\s+to)\s+(?:the\s+)?(?:first\s+)?(?:treatment|infusion"
    r"|dosing|randomi[sz]ation|enrol\w*|the\s+study|study\s+entry)\b|\bpre-?existing\b|\bhistory\b|\blifetime\b"
    # a condition the sample brought ("prior hypertension", "known migraine", "underlying cardiac disease")
    r"|\b(?:prior|previous|past|known|underlying)\s+(?!to\b|infusions?\b|doses?\b|sessions?\b|treatments?\b)"
    r"(?:[\w-]+\s+)?(?:hypertension|diabetes|anxiety|insomnia|headaches?|migraines?|psychos[ie]s|mania|substance"
    r"|seizures?|epilepsy|cardiovascular|cardiac|heart|disorders?|conditions?|illness(?:es)?|diseases?)\b"
    r"|\bcomorbid\w*\b|\bpre-?(?:treatment|study|randomi[sz]ation)\s+(?:rates?|prevalence)\b"
    r"|\bessential\s+hypertension\b",  # a diagnosis held, not an event
    re.IGNORECASE,
)
AE_BASELINE_FROM = re.compile(
    r"\b(?:from|over|above|below|to|towards?|near|relative\s+to|compared\s+(?:with|to)|versus|vs\.?)\s*$",
    re.IGNORECASE,
)
# "fell from 60% to 25%", "rose from 5% at baseline to 20%": the two ends of a change in a share, not incidences
AE_LEVEL_CHANGE = re.compile(
    r"\bfrom\s+\d+(?:\.\d+)?\s*%(?:\s+(?:at|on|in)\s+[\w-]+(?:\s+\d+)?)?\s+to\s+\d+(?:\.\d+)?\s*%", re.IGNORECASE
)
# A sentence that names adverse-event words as what was measured or who was excluded, not as what happened ("Dizziness
# and nausea were monitored at each session", "Patients with uncontrolled hypertension were excluded"): its terms are
# no mentions of events (a number in it is still read).
AE_NOT_AN_EVENT_SENTENCE = re.compile(
    r"\b(?:were|was|been|being)\s+(?:\w+ly\s+)?(?:monitored|assessed|measured|recorded|evaluated|rated|collected"
    r"|captured|screened|quantified|scored)\b|\bexclu\w*|\binclusion\s+criteri\w*|\b(?:in)?eligib\w*",
    re.IGNORECASE,
)
# A finite verb before a number: it has a predicate of its own ("Response occurred in 50%"), so it is no subject
# that shares the next number's predicate ("Seven ketamine patients (23%) and two placebo patients (7%) reported").
AE_FINITE_VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|did|occurred|responded|remitted|achieved|showed|reported|experienced"
    r"|developed|improved|met|relapsed|completed|discontinued|withdrew)\b",
    re.IGNORECASE,
)
# Between a term and the bracket of rates it owns: nothing, or how often it was ("Vomiting was rare (ketamine 3%,
# placebo 0%)", "Nausea was less common with ketamine (8% vs 20%)").
AE_TERM_BRACKET_GAP = re.compile(
    # ... or the arm it was counted in ("Nausea in the ketamine group (25%) was more common than ...")
    r"\s*(?:(?:in|with|among|for)\s+(?:the\s+)?[\w-]+\s+(?:groups?|arms?|patients|participants|recipients)\s*)?"
    r"(?:(?:was|were)\s+(?:\w+ly\s+)?(?:rare|rarer|uncommon|common|frequent|infrequent|(?:less|more)\s+(?:common"
    r"|frequent)|similar|comparable|reported|observed|seen|noted|transient|mild)(?:\s+(?:with|in|on|for|among|between)"
    r"\s+(?:the\s+)?[\w-]+(?:\s+(?:and\s+[\w-]+\s+)?(?:groups?|arms?))?)?\s*)?",
    re.IGNORECASE,
)
# A bound, not a rate: "fewer than 10%", "up to 30%", "> 20%", "at least 5%".
AE_BOUND_BEFORE = re.compile(
    r"(?:[<>≤≥]=?|\b(?:fewer|less|more|greater|lower|higher)\s+than|\bup\s+to|\bat\s+(?:least|most)|\bunder|\bbelow"
    r"|\bover|\babove|\bexceed\w*|\bmaximum\s+of|\bminimum\s+of)\s*$",
    re.IGNORECASE,
)
AE_PERCENT_RE = re.compile(r"\d+(?:\.\d+)?(?=\s*%)")
# --- shared by the list reader (evidence/extract/adverse_lists.py, its own patterns in rules/adverse_lists.py) ----
# "..., and 5% nausea", "and three (7.5%) insomnia": an event named right after a number (or its count's bracket), with
# at most how it was between (no verb)
AE_NAMED_RIGHT_AFTER = re.compile(
    r"\s*[)\]]?\s+(?:(?:mild|moderate|severe|transient|brief|self-limiting)\s+(?:(?:and|or)\s+[\w-]+\s+)?)?"
    r"(?P<term>" + AE_TERM_RE.pattern + r")",
    re.IGNORECASE,
)
# "patients with anxiety", "those without hypertension", "the participants who had side effects": a group named by
# what it has, not an event that happened to a share of it
AE_GROUP_TRAIT_BEFORE = re.compile(
    r"\b(?:patients|participants|subjects|those|individuals|people|adults|women|men|cases|ones)\s+(?:with|without"
    r"|having|who\s+(?:had|have|reported|experienced|developed))\s+(?:(?:a|an|any|comorbid|severe|high|baseline"
    r"|pre-?existing|prominent|significant|clinically\s+significant|mild|moderate|some)\s+){0,2}$",
    re.IGNORECASE,
)
# "Adverse effects, mostly transient dissociation, were observed in 55%": a named event given as an example of the
# generic term before it (an appositive), not the term the number counts
AE_EXAMPLE_BEFORE = re.compile(
    r"(?:,|\(|\s-)\s*(?:mostly|mainly|primarily|predominantly|chiefly|largely|including|especially|particularly"
    r"|such\s+as|most\s+(?:commonly|often|frequently)|e\.g\.,?)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "... and 8 (20%) diabetes.": a number whose verb is left out, with its own noun right after it ending the clause
AE_GAPPED_OTHER = re.compile(
    r"\s*[)\]]?\s+(?P<noun>(?!(?:of|in|among|with|for|and|or|vs|versus|at|after|during|on|by|to|from|patients?"
    r"|participants?|subjects?|people|individuals|cases|sessions?|infusions?|each|per|the|those|these|respectively"
    r"|overall|only|each)\b)[A-Za-z][\w-]*(?<!ly)(?:\s+[A-Za-z][\w-]*(?<!ly))?)\s*(?:[.;,]|\s+(?:and|or)\b|$)",
    re.IGNORECASE,
)
