"""Route words that are no route of the study's drug: a classification's numeral (DSM IV), another drug's route
("infusion of propofol"), a bench study's infusion bags."""

from __future__ import annotations

import re

# The roman numeral IV of a classification, not the route: "DSM IV", "axis IV", "schedule IV", "level IV", "grades III
# and IV", "III-IV" (the hyphenated "DSM-IV" and "stage IV" are kept out by the route pattern itself).
ROMAN_FOUR_BEFORE = re.compile(
    r"\b(?:DSM|axis|stages?|grades?|class(?:es)?|types?|phases?|levels?|schedules?|tiers?|categor(?:y|ies)|parts?"
    r"|sections?|chapters?|volumes?|NYHA|WHO|GOLD|KDIGO|CKD|ASA)\s*[-–]?\s*"
    r"(?:(?:I{1,3}|V|[1-3])\s*(?:,|/|-|–|and|or|to)\s*)*$"
    r"|\b(?:I{1,3})\s*(?:,|/|-|–|and|or|to)\s*$",
    re.IGNORECASE,
)
# A route word whose object is another drug ("target-controlled infusion of propofol", "an intravenous injection of
# midazolam"): that drug's route, unless ketamine is in the same list ("an infusion of
# propofol and ketamine", "infusion with morphine 30 mg and ketamine").
_OTHER_DRUG = (
    r"(?:midazolam|propofol|methohexital|dexmedetomidine|etomidate|thiopental|remifentanil|sufentanil|fentanyl|morphine"
    r"|hydromorphone|oxycodone|butorphanol|dezocine|nalbuphine|lidocaine|ropivacaine|bupivacaine|magnesium|oxytocin"
    r"|scopolamine|dexamethasone|ondansetron|[a-z]+(?:pramine|triptyline|oxetine|alopram|afaxine|apine|idone|azepam"
    r"|azodone|setron|azolam|caine|curonium)"
    # ... or a class of other drugs ("oral administration of benzodiazepine, antipsychotic, and antidepressant
    # medications": the route of the care given before, not of ketamine)
    r"|benzodiazepines?|antipsychotics?|antidepressants?|mood\s+stabili[sz]ers?|anxiolytics?|hypnotics?|opioids?"
    r"|anticonvulsants?|antiepileptics?)\b"
)
ROUTE_OF_OTHER_DRUG_AFTER = re.compile(
    r"^[\s-]*(?:(?:injections?|administration|infusions?|bolus(?:es)?|doses?)\s+)?of\s+(?:(?!(?:es|ar)?ketamin)[\w.%/-]+\s+){0,3}?"
    + _OTHER_DRUG + r"(?![^.;]{0,25}?(?:,|\band|\bor|\bplus|\+|/)\s*(?:[\w.%/-]+\s+){0,2}?(?:es|ar)?ketamin)",
    re.IGNORECASE,
)

# A laboratory study of the drug's solution ("stability of ketamine infusions in PVC bags", "HPLC assay", "physical
# compatibility"): its infusions are bags on a bench, given to no one, so its infusion words name no route.
BENCH_STUDY_RE = re.compile(
    r"\b(?:stability|compatibility|HPLC|chromatograph\w*|in\s+vitro|degradation|sterility|shelf[-\s]life|admixtures?"
    r"|polyvinyl\s+chloride|PVC\s+bags?|syringes\s+stored|stored\s+at)\b",
    re.IGNORECASE,
)
# Someone the drug could be given to: people or animals.
DOSED_BEING_RE = re.compile(
    r"\b(?:patients?|participants?|volunteers?|subjects|humans?|adults?|women|men|children|adolescents?|veterans"
    r"|people|individuals|outpatients|inpatients|parturients|cases?|rats?|mice|mouse|rodents?|animals|dogs|monkeys"
    r"|pigs|piglets|rabbits|sheep|horses|cats)\b",
    re.IGNORECASE,
)

# A sentence that opens with the field's recent history ("Over the past several years, ketamine has come into use ...",
# "In recent years, esketamine ...", "In the last two decades"): about the field, never the study's own route (read
# only at the last resort, for a study whose own sentences name none).
FIELD_HISTORY_OPENING_RE = re.compile(
    r"^\W*(?:(?:over|in|during|throughout)\s+the\s+(?:past|last|recent)\s+(?:(?:several|few|two|three|four|five|\d+"
    r"|many|couple\s+of)\s+)?(?:years|decades?)|in\s+recent\s+(?:years|decades))\s*,",
    re.IGNORECASE,
)

# The study's infusions named by a route other than the vein ("six weekly subcutaneous esketamine infusions", "ketamine
# infused subcutaneously"): its bare "infusion" words elsewhere ("24 h after each infusion") are those infusions, not
# an intravenous one.
OTHER_ROUTE_INFUSION_RE = re.compile(
    r"\b(?:subcutaneous(?:ly)?|intramuscular(?:ly)?)\s+(?:[\w-]+\s+){0,2}?infus"
    r"|\binfus\w*\s+(?:[\w-]+\s+){0,2}?(?:subcutaneously|intramuscularly)\b",
    re.IGNORECASE,
)

# A route word right before another drug's name and its dose ("oral rapamycin (6 mg)", "intramuscular (IM)
# naltrexone (380 mg)", "intravenous propofol 1 mg/kg"): the route of that drug, whatever its name (the engine keeps
# it when the named word is a form of the studied drug). Words that name a form, a placebo or the giving are no drug.
ROUTE_OF_DOSED_DRUG_AFTER = re.compile(
    r"^[\s-]*(?:\(\s*[A-Za-z.]{1,5}\s*\)\s*)?(?P<drug>(?!(?:infusions?|injections?|applications?|administrations?"
    r"|doses?|dosing|bolus(?:es)?|sprays?|solutions?|tablets?|capsules?|formulations?|placebo|saline|vehicle|routes?"
    r"|racemic|lozenges?|drops?|films?|wafers?|troches?|drugs?|medications?|treatments?|therapy|loading|maintenance"
    r"|induction|once|twice|daily|weekly|single|repeated|low|high|fixed|total|mean|given|dosed|infused)\b)"
    # (a verb before a dose names no drug: "tablets containing 25 mg of ketamine")
    r"(?![A-Za-z-]+ing\b)[A-Za-z][A-Za-z-]{3,})\s*(?:\(\s*\d[\d.]*\s*(?:mg|µg|μg|mcg|g)\b|\d[\d.]*\s*(?:mg|µg|μg|mcg)\b)"
    r"(?![^.;()]{0,12}?\bof\b)",
    re.IGNORECASE,
)
