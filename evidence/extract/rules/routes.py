"""Route and drug words: how abstracts and registry entries name a ketamine form and its route."""

from __future__ import annotations

import re

ROUTE_PATTERNS: dict[str, str] = {
    # Spravato (the esketamine brand) exists only as a nasal spray
    # the prefix may stand apart ("Intra venous route", as registry entries write it)
    # lower-case dotted abbreviations ("i.n.", "i.m.", "s.c.", "p.o."), as pharmacology and anaesthesia texts write
    # them: both dots required, so no word fragment reads as a route
    "intranasal": r"\bintra[-\s]?nasal(?:ly|e|es)?\b|(?<![\w.])i\.n\.(?!\w)"
    r"|\bnasal(?:ly)?\b|\bnose\b|(?-i:\bIN[\s-]+(?:es|ar)?ketamine\b)|\bspray\b"
    r"|\bspravato\b|鼻腔|鼻内|鼻喷",
    # "IV" but not the roman numeral of "DSM-IV-TR"
    # an infusion is intravenous unless another route names it ("continuous subcutaneous infusion")
    # ... nor the stage, grade or class of a disease ("stage IV renal carcinoma"), nor the fourth item "(iv)" of a
    # lower-case enumeration
    "intravenous": r"\bintra[-\s]?venous(?:ly)?\b|(?<![-\w])(?<!stage\s)(?<!grade\s)(?<!class\s)(?<!type\s)(?<!phase\s)"
    r"(?<!Stage\s)(?<!Grade\s)(?<!Class\s)(?<!Type\s)(?<!Phase\s)I\.?V\.?"
    r"(?:(?=-(?:es|ar)?ketamine\b)|(?![-\w]))(?<!(?-i:\(iv))"
    r"|(?<!cutaneous\s)(?<!cutaneous\scontinuous\s)(?<!muscular\s)\b(?:infusions?|infused)\b"
    r"|\binto\s+(?:a|the)\s+(?:peripheral\s+)?vein\b"
    # patient-controlled intravenous analgesia, by its abbreviation ("added to the PCIA pump"; PCA and PCEA are not)
    r"|(?-i:\bPCIA\b)"
    # the same in other languages ("vía intravenosa", "voie intraveineuse", "endovenosa", "perfusiones de ketamina")
    r"|\b(?:intraven(?:os[ao]s?|[öo]se?)|intraveineuses?|endoven(?:os[ao]s?))\b"
    r"|\bperfusi(?:[oó]n(?:es)?|ons?)\s+(?:[\w-]+\s+){0,2}?(?:de\s+|d['’]\s*)(?:la\s+)?(?:es|ar)?[kc][ée]tamin"
    # ... and in Chinese ("静脉注射" intravenous injection, "自控静脉镇痛" patient-controlled intravenous
    # analgesia), not venous blood or a venous line
    r"|[静靜]脈(?!血|采血|採血|通路|置管|穿刺|导管|導管)|静脉(?!血|采血|通路|置管|穿刺|导管)",
    # the upper-case abbreviations stay case-sensitive ("im", "sc" are word fragments); the words are not
    "intramuscular": r"(?i:\bintra[-\s]?muscular(?:ly)?\b"
    r"|\binto\s+the\s+(?:deltoid|gluteal|gluteus|thigh)?\s*muscles?\b|\b(?:deltoid|gluteal)\s+injections?\b)|\bI\.?M\.?\b(?=\s|$|[,;)])"
    r"|(?<![\w.])i\.m\.(?!\w)",
    "subcutaneous": r"(?i:\bsub[-\s]?cutaneous(?:ly)?\b)|\bS\.?C\.?\b(?=\s|$|[,;)])|(?<![\w.])s\.c\.(?!\w)",
    # an orally disintegrating tablet/wafer dissolves in the mouth: absorbed through the oral mucosa, like a lozenge
    "sublingual": r"\bsub[-\s]?lingual(?:ly)?\b|\blozenges?\b|\btroches?\b|\bbuccal\b|\bunder\s+the\s+tongue\b"
    r"|\borally[\s-]+disintegrating\b|(?-i:\bODTs?\b)|\btrans-?mucosal(?:ly)?\b"
    r"|\b(?:rapid(?:ly)?|fast)[\s-]+dissolv(?:e|ing)\b",
    "oral": r"\boral(?:ly)?\b(?![\s-]+(?:disintegrating|trans-?mucosal))|(?<!disintegrating\s)\btablets?\b"
    r"|\bcapsules?\b|\bby mouth\b|\boral solution\b|\bper\s+os\b|(?<![\w.])p\.o\.(?!\w)",
}
# A dosage form that names no route of its own: with a sublingual word in the sentence it is the sublingual form.
DOSAGE_FORM_RE = re.compile(r"tablets?|capsules?|wafers?", re.IGNORECASE)
# Upper-case abbreviations (IM, SC) must stay case-sensitive: these patterns are compiled without IGNORECASE.
CASE_SENSITIVE_ROUTES = frozenset({"intramuscular", "subcutaneous"})

DRUG_PATTERNS: dict[str, str] = {
    # Ketanest S is esketamine's brand in Europe (plain Ketanest is the racemate)
    # (also the short "Ket" of pharmacology papers with its stereo descriptor: "(S)-Ket", "(R,S)-Ket")
    # (the names in other languages: "esketamina", "eskétamine", "Esketamin", "escetamina", Chinese 艾司氯胺酮)
    "esketamine": r"\bketanest[\s-]?S\b|\bes-?ketamine\b|\bes[kc][ée]tamin[ae]?\b|艾司氯胺酮"
    r"|(?<!R,)(?<!R,\s)\bS[-–−]?\(?\+?\)?[-–−]?ketamin[ea]?\b|(?<!R)\(S\)-ketamine|\bspravato\b|(?<!R,)\(S\)-(?-i:Ket)\b",
    # (the minus of "R(-)" typeset as a minus sign or a dash: "R(−)-ketamine", "R(–)-ketamine")
    "arketamine": r"\barketamine\b|\bar[kc][ée]tamin[ae]?\b|\bR[-–−]?\(?[-–−]?\)?[-–−]?ketamine\b|\(R\)-ketamine"
    r"|\bPCN-?101\b"
    r"|\(R\)-(?-i:Ket)\b",
    # Ketalar is racemic ketamine's brand name
    # (not a compound that says it was not given: "ketamine-naive patients", "a ketamine-free interval")
    "ketamine": r"(?<![-–−\w])ketamine\b(?!-(?:naive|naïve|free|like)\b)"
    r"|(?<![-–−\w])(?:ketamin[a]?|k[ée]tamine|cetamina)\b(?!-(?:naive|naïve|free|like)\b)|(?<![司SR-])氯胺酮"
    r"|\(R,\s?S\)-ketamine|\(±\)-ketamine|\brac-ketamine|\bketalar\b"
    r"|\(R,\s?S\)-(?-i:Ket)\b"
    r"|\bketanest\b(?![\s-]?S\b)",
}
# "the R(-)-enantiomer of ketamine", "ketamine and its enantiomers", "norketamine": ketamine named, not given.
NOT_RACEMIC_CONTEXT = re.compile(
    r"(?:enantiomers?|isomers?)\s+of\s+(?:racemic\s+)?ketamine|ketamine\s+and\s+its\s+(?:enantiomers|metabolites)"
    r"|metabolites?\s+of\s+ketamine|ketamine['’]s\s+\(?[SR]\)?-?(?:enantiomer|isomer)|(?:derived|derivative)\s+(?:from|of)\s+"
    r"(?:racemic\s+)?ketamine|(?:plasma|serum|blood)\s+(?:concentrations?\s+of\s+)?ketamine(?=\s+(?:and|levels|concentrations))",
    re.IGNORECASE,
)
# A form named only as an example of a class or of options ("NMDA receptor antagonists, such as ketamine, have
# rapid effects", "new strategies such as ketamine use", "drugs like esketamine"): the class is the subject, not
# a drug this study gives; a dose right after it makes it one ("two groups including ketamine 0.8 mg/kg").
EXAMPLE_MENTION_BEFORE = re.compile(
    r"\b(?:such\s+as|like|e\.\s?g\.,?|for\s+(?:example|instance),?|including)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}?$",
    re.IGNORECASE,
)
# ... or as the reference another drug is likened to ("Nitrous oxide, similar to ketamine, ...", "rates comparable to
# those reported for ketamine"): the drug compared against, not given.
REFERENCE_MENTION_BEFORE = re.compile(
    r"\b(?:similar(?:ly)?\s+to|comparable\s+(?:to|with)|analogous\s+to|akin\s+to|resembling|as\s+with|as\s+is\s+the\s+case"
    r"\s+(?:with|for)|(?:reported|seen|observed|described)\s+(?:for|with))\s+(?:(?:that|those)\s+(?:of|for|with|reported"
    r"\s+(?:for|with))\s+)?(?:the\s+)?(?:[\w-]+\s+){0,1}?$",
    re.IGNORECASE,
)
DOSE_AFTER_RE = re.compile(r"^\W{0,3}\s*\(?\s*\d+(?:\.\d+)?\s*(?:mg|µg|μg|mcg)\b", re.IGNORECASE)

# A route word is about another drug when one of these nouns follows it closely ("oral antidepressant").
NON_KETAMINE_ROUTE_OBJECTS = re.compile(
    r"^[\s,()\[\]-]*(?:(?:newly\s+initiated|new|standard|open-label|daily|conventional|ongoing|concomitant)[\s,-]+)*"
    r"(?:antidepressants?|ADs?\b|OADs?\b|SSRIs?|SNRIs?|medications?|drugs?\b|sertraline|escitalopram|diclofenac|"
    r"lithium|quetiapine|aripiprazole|antipsychotics?|therapy\b|treatments?\b|opioids?|analgesics?|morphine"
    r"|benzodiazepines?|mood\s+stabili[sz]ers?|contraceptives?|(?:cortico)?steroids?|glucocorticoids?|supplements?"
    r"|chemotherapy|anticoagulants?|antibiotics?|intake\b|hygiene\b|health\b|mucosa\b|cavity\b"
    # the body part a surgery or disease concerns ("nasal surgery", "oral lesions"): anatomy, not a route
    r"|surger(?:y|ies)\b|surgical\b|septum\b|septal\b|obstruction\b|polyps?\b|polyposis\b|fractures?\b"
    r"|congestion\b|airways?\b|packing\b|prongs?\b|endoscop\w*|sinus(?:es)?\b|bleeding\b|intubation\b|lesions?\b"
    r"|ulcers?\b|mucositis\b"
    # another drug named by its class's INN stem ("intravenous clomipramine", "oral nortriptyline", "IM olanzapine")
    # (also antiemetics and benzodiazepines given beside it: "oral ondansetron", "IV midazolam", "oral alprazolam")
    r"|[a-z]+(?:pramine|triptyline|oxetine|alopram|afaxine|apine|idone|azepam|azodone|setron|azolam)\b)",
    re.IGNORECASE,
)

# The equipment or fluids of a vein, not a drug's route ("IV access was not required", "IV fluids were given") ...
ROUTE_EQUIPMENT_AFTER = re.compile(
    # (also past the route's abbreviation defined between them: "intravenous (IV) access")
    r"^[\s-]*(?:\(\s*[A-Za-z.]{1,5}\s*\)\s*)?(?:access|lines?|cannulas?|cannulation|catheters?|fluids?|hydration"
    r"|contrast)\b", re.IGNORECASE
)
# ... unless the drug went through it ("given through an intravenous line").
THROUGH_BEFORE = re.compile(r"\b(?:through|via|by|using|into|over)\s+(?:an?|the|a\s+peripheral)?\s*$", re.IGNORECASE)

# An infusion word names the intravenous route only when no other route word names that infusion: a route word a
# few words before it, with no list word between, is the infusion's own route ("subcutaneous ketamine infusions",
# "an alternative to IV ketamine infusions": the infusion goes with the word, kept or dropped with it).
INFUSION_WORD_RE = re.compile(r"infus", re.IGNORECASE)
NAMED_INFUSION_GAP = re.compile(
    r"^[\s-]*(?:(?!(?:and|or|vs|versus|than|with|to|compared|plus|nor|but|after|before|then|followed)\b)"
    r"[\w()+/.-]+\s+){0,3}$",
    re.IGNORECASE,
)

# ... or a few words after it, in the same phrase ("infused subcutaneously", "infusions, delivered by the subcutaneous
# route"): no list or contrast word between ("IV infusions and oral ketamine" are two routes).
INFUSION_ROUTE_AFTER_GAP = re.compile(
    r"^(?:,?\s+(?!(?:and|or|vs|versus|than|compared|plus|nor|but|after|before|then|followed|while|whereas|with)\b)"
    r"[\w()+/.-]+){0,5}?,?\s+(?:(?:by|via|through)\s+(?:the\s+|an?\s+)?)?$",
    re.IGNORECASE,
)
# Active comparators given by their own route ("ketamine orally and midazolam intravenously").
COMPARATOR_DRUG_RE = re.compile(
    r"\b(?:midazolam|propofol|methohexital|dexmedetomidine|etomidate|thiopental|remifentanil|diphenhydramine"
    # opioids given beside it for analgesia ("sufentanil PCIA", "fentanyl 50 µg IM")
    r"|[a-z]*fentanil|fentanyl|morphine|hydromorphone|oxycodone|butorphanol|dezocine|nalbuphine)\b",
    re.IGNORECASE,
)

# MeSH descriptors for a route of administration (NLM indexers assign them from the full text). Only used when the
# abstract names no route: an article about several drugs may carry one for a drug that is not ketamine.
MESH_ROUTES: dict[str, str] = {
    "Administration, Intranasal": "intranasal",
    "Nasal Sprays": "intranasal",
    "Administration, Intravenous": "intravenous",
    "Infusions, Intravenous": "intravenous",
    "Injections, Intravenous": "intravenous",
    "Injections, Intramuscular": "intramuscular",
    "Injections, Subcutaneous": "subcutaneous",
    "Infusions, Subcutaneous": "subcutaneous",
    "Administration, Oral": "oral",
    "Administration, Sublingual": "sublingual",
    "Administration, Buccal": "sublingual",
}


def routes_from_mesh(headings: list[str]) -> list[tuple[str, str]]:
    """(route, MeSH descriptor) pairs of a record's route headings, first appearance order, one per route."""
    seen: dict[str, str] = {}
    for h in headings:
        route = MESH_ROUTES.get(h.strip())
        if route and route not in seen:
            seen[route] = h.strip()
    return list(seen.items())

# A route word in a clause that says no ketamine was given that way in this study: none found or studied ("No trials
# of intramuscular ketamine were identified", "none of the oral trials reported"), another treatment it is an
# alternative to ("a practical alternative to IV infusion"), a licensing fact ("a nasal spray was approved in 2019"),
# trials that reported nothing ("trials of oral ketamine were found; however, none of these reported ...").
# Read on the text of the clause before the route word (ROUTE_NOT_GIVEN_BEFORE) and after it (..._AFTER).
ROUTE_NOT_GIVEN_BEFORE = re.compile(
    r"\b(?:no|none\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?(?:trials?|studies|RCTs?|reports?|data|evidence)\s+"
    r"(?:(?:of|on|for|with|using|about)\s+)(?:[\w-]+[\s/]+){0,2}?$"
    r"|\b(?:alternatives?|substitutes?)\s+(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}?$"
    # the route set against the one given: "unlike intravenous ketamine", "orally rather than intravenously"
    r"|\b(?:unlike|in\s+contrast\s+(?:to|with)|as\s+opposed\s+to|rather\s+than|instead\s+of)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,1}?$"
    r"|\bfuture\s+(?:studies|trials|research)\s+(?:on|of|with|using)\s+(?:[\w-]+[\s/]+){0,2}?$"
    # a licensing fact told before the form: "esketamine was approved as a nasal spray in 2019"
    r"|\b(?:approved|licen[sc]ed|marketed|authori[sz]ed)\s+(?:in\s+\d{4}\s+)?(?:as|in\s+the\s+form\s+of)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,1}?$"
    # the participants' treatment history or an exclusion criterion: "who had previously received intravenous
    # ketamine", "prior treatment with IV ketamine", "a history of intranasal esketamine use"
    # the ways a drug can be given, said generally ("Ketamine can be given intravenously, intramuscularly or
    # intranasally; we chose ..."), not the way this study gave it
    # (the drug the subject: "Participants may be given intravenous ketamine" is this study's own plan)
    r"|\b(?:[\w-]*ketamin[ea]?|it|drug|medication|compound|agent)\s+(?:can|may)\s+(?:also\s+)?be\s+(?:given|administered"
    r"|delivered|taken)\s+(?:[\w,-]+\s+){0,6}?$"
    r"|\b(?:previously|prior(?!\s+to\b)|previous|past|history\s+of|formerly)\s+(?:[\w-]+\s+){0,3}?$"
    # ... or what they had failed before ("who had not responded to IV ketamine", "refractory to intravenous racemic")
    r"|\b(?:had|have)\s+(?:not\s+responded|failed\s+to\s+respond|(?:previously\s+)?failed)\s+(?:to\s+)?(?:[\w-]+\s+){0,1}?$",
    re.IGNORECASE,
)
# A route named as the reference a dose or an effect is converted to or measured against: "oral doses of 2 mg/kg
# achieve equivalence to intravenous ketamine", "this translates to 3 mg/kg if dosed orally", "the equivalent oral
# dose", "delayed, as compared to the rapid action of IV ketamine": a yardstick, not a route this study gave.
ROUTE_REFERENCE_BEFORE = re.compile(
    r"(?:\bequivalen(?:t|ce|cy)\b|\btranslates?\s+(?:in)?to\b"
    r"|\bcompared\s+(?:to|with)\s+the\s+(?:[\w-]+\s+){0,3}?of\b)(?:[^.;]|\.(?=\d)){0,100}$",
    re.IGNORECASE,
)
# The long form an abbreviation's use stands right after ("intramuscular (IM)"): read the clause before the long form.
ROUTE_DEFINED_BEFORE = re.compile(r"[\w-]+\s*\(\s*$")
ROUTE_NOT_GIVEN_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:was|were|has\s+been|have\s+been)\s+approved\b"
    # an exclusion criterion or the participants' past: "patients who had received IV ketamine were excluded",
    # "had responded to IV ketamine in the past"
    r"|^[^.;]{0,60}?\b(?:was|were)\s+excluded\b|^[^.;]{0,40}?\bin\s+the\s+past\b"
    # "intravenous ketamine given previously", "IV ketamine received before enrolment": the participants' past
    r"|^[^.;]{0,40}?\b(?:given|received|administered|tried|taken)\s+(?:previously|earlier|elsewhere|before\s+(?:enrol|entry"
    r"|study|the\s+study|inclusion|admission|referral))"
    # "oral/sublingual trials were found, however, none of these reported the outcome": studied, but no data
    r"|^[^.]{0,60}?\bhowever,?\s+none\s+of\s+(?:these|the|them)\b"
    # the route the study's form is meant to replace: "IV ketamine infusion ... is not practical / is invasive"
    r"|^[^.;]{0,80}?\b(?:is|are|was|were|remains?|can\s+be|may\s+be)\s+(?:[\w-]+\s+(?:but|yet)\s+)?(?:not\s+(?:practical|feasible|convenient"
    r"|accessible|available)|impractical|invasive|costly|expensive|burdensome|inconvenient|resource-intensive"
    r"|limited\s+by)\b",
    re.IGNORECASE,
)

# Enantiomers named as what a racemic study measured, not as a drug it gave: the pharmacokinetic quantity "of" the
# enantiomer ("the clearance of S- and R-ketamine", "plasma concentrations of (R)-ketamine") or a hanging pair
# ("S- and R-ketamine": the two stereoisomers of one racemic dose).
ENANTIOMER_ANALYTE_BEFORE = re.compile(
    r"\b(?:concentrations?|levels?|clearances?|volumes?|half-?lives|half-?life|exposures?|AUCs?|Cmax|ratios?"
    r"|profiles?|bioavailabilit(?:y|ies)|kinetics|pharmacokinetics|metabolism|quantities|those|that)"
    # ... or a later item of the measured list ("levels of S-ketamine, R-ketamine and norketamine")
    r"\s+(?:[\w-]+\s+){0,4}?of\s+(?:the\s+)?(?:[\w()+-]+(?:,\s*|\s+and\s+|\s+or\s+)){0,3}$"
    r"|\b[SR]-\s+(?:and|or|&)\s+$|\([SR]\)-\s+(?:and|or|&)\s+$",
    re.IGNORECASE,
)
# Racemic ketamine named as itself: the study gives the racemate, not only an enantiomer.
RACEMIC_MARK_RE = re.compile(
    r"\bracem(?:ic|ate)\b|\(R,\s?S\)|\bR/S\b|\brac-|\bketalar\b|\bketanest\b(?![\s-]?S\b)", re.IGNORECASE
)
# The S-prefixed spellings of esketamine ("S-ketamine", "S(+)-ketamine", "(S)-ketamine"), read at a hit's start.
S_PREFIX_FORM_RE = re.compile(r"\(?S\)?\s?-?\(?\+?\)?-?ketamin", re.IGNORECASE)
# Plain ketamine with a dose right after its name ("ketamine 0.5 mg/kg", "ketamine (0.5 mg/kg)"): a drug of its own.
PLAIN_KETAMINE_DOSE_RE = re.compile(
    r"(?<![-\w)])ketamine\s*\(?\s*\d+(?:\.\d+)?\s*(?:mg|µg|μg|mcg)\b", re.IGNORECASE
)
# What the racemate is compared with, named just before an enantiomer ("compared to esketamine, less expensive",
# "cheaper than", "an alternative to"), and the words by which a sentence speaks of this study.
# ("was compared with esketamine" is the study's own comparison: the verb, not the adjective, stays out)
COMPARED_WITH_BEFORE_RE = re.compile(
    r"(?:\b(?:than|unlike|instead\s+of|alternatives?\s+to|relative\s+to)\b|(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)"
    r"(?<!been\s)\bcompared\s+(?:to|with)\b)[^.;]{0,50}$",
    re.IGNORECASE,
)
OWN_STUDY_WORDS_RE = re.compile(r"\b(?:we|our|this|present|current|here(?:in)?)\b", re.IGNORECASE)
# A sentence that gives the drug a dose or an arm: "ketamine 0.5 mg/kg", "the ketamine group".
DOSED_RE = re.compile(r"\d\s*(?:mg|µg|μg|mcg|ug)\b|\b(?:group|arm)s?\b", re.IGNORECASE)
# A licensing sentence names an enantiomer without giving it ("esketamine was approved in 2019").
ENANTIOMER_NOT_GIVEN_RE = re.compile(r"\b(?:approved|licen[sc]ed|marketed|authori[sz]ed)\b", re.IGNORECASE)
# A sentence that gives a drug to people: administration words, a dose, an arm (route words count too).
ADMINISTERED_RE = re.compile(
    r"\badminist\w+|\b(?:received|receiving|given|treated|dosing|dosed|infus\w+|randomi[sz]ed|assigned)\b"
    r"|\d\s*(?:mg|µg|μg|mcg|ug)\b|\b(?:group|arm)s?\b"
    # ... or the drug this study asks about ("We evaluated if S(+)-ketamine improves pain", "The aim of the present
    # study was to explore the effects of S-ketamine"): its own question names the drug it gives
    r"|\b(?:we|our|this|the\s+present|the\s+current)\b[^.]{0,80}?\b(?:evaluated|evaluate|investigated|investigate"
    r"|assessed|assess|examined|examine|tested|test|explored|explore|studied|determine|determined)\s+(?:whether|if"
    r"|the\s+(?:[\w-]+\s+)?(?:effects?|efficacy|safety)\s+of)\b",
    re.IGNORECASE,
)

# A sentence that reports another study's evidence: "In a recent study it was found that ...", "A previous trial3
# described ...", "A recent review on oral ketamine ...". The routes it names are that study's, not this one's
# (the plural "previous studies have shown" is background already: rules/study.py BACKGROUND_SENTENCE_RE).
CITED_EVIDENCE_RE = re.compile(
    r"\b(?:a|an|one|another)\s+(?:recent|previous|prior|earlier|published)\s+"
    # a reference number may run into the noun ("A recent study3 described")
    r"(?:[\w-]+\s+){0,2}?(?:study|trial|review|report|meta-?analysis|analysis|case\s+report|series)(?:\d+(?:,\d+)*)?\b"
    r"|\bit\s+(?:was|has\s+been|had\s+been)\s+(?:found|shown|reported|demonstrated|observed|suggested)\s+that\b"
    # "lots of study were conducted where ketamine was administered through intravenous route"
    r"|\b(?:lots\s+of|a\s+lot\s+of|many|several|numerous|most)\s+(?:[\w-]+\s+){0,2}?(?:study|studies|trials)\s+"
    r"(?:were|have\s+been|had\s+been)\s+(?:conducted|done|performed|published|carried\s+out)\b"
    # "there are published instances of early termination of ketamine infusions": what others have reported
    r"|\bthere\s+(?:are|were|have\s+been)\s+(?:several\s+|many\s+|some\s+|a\s+few\s+|numerous\s+)?"
    r"(?:published|documented|reported)\s+(?:instances|reports|cases|accounts|descriptions)\b"
    r"|\bin\s+(?:the\s+)?(?:majority\s+of\s+|most\s+)?(?:the\s+)?published\s+(?:reports|studies|cases|trials)\b",
    re.IGNORECASE,
)
# ... unless the sentence also speaks of this study ("Unlike a previous trial, we gave ketamine orally").
OWN_VOICE_RE = re.compile(
    r"\b(?:we|our|us)\b|\b(?:this|the\s+present|the\s+current)\s+(?:[\w-]+\s+){0,2}?(?:study|trial|report|review"
    r"|analysis|case|series)\b",
    re.IGNORECASE,
)

