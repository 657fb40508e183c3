"""Context words: is a sentence about treated people or about molecules and theory, and who an abstract studies."""

from __future__ import annotations

import re

# Words that make a sentence with a chemistry word still a clinical one ("patients ... adverse events").
CLINICAL_STRONG = re.compile(
    r"\b(?:adverse|side[- ]effects?|tolerab\w*|experienced|patients?|participants?|volunteers?|infusions?)\b",
    re.IGNORECASE,
)
# A sentence about people treated or observed, or about what happened to them: an adverse-event word needs one of
# these ("Three subjects experienced nausea", "symptoms resolved within 2 hours of the infusion", "in 15%").
CLINICAL_CUE = re.compile(
    r"\b(?:patients?|participants?|subjects?|volunteers?|people|persons?|individuals?|cases?|adults|women|men"
    r"|children|adolescents|respondents|completers|responders|group|arms?|cohort|sample)\b"
    r"|\bn\s*=|\d\s*%|\bpercent\b|\b(?:of|in)\s+(?:the\s+)?\d+\b"
    r"|\b(?:infusions?|doses?|dosing|dosed|administration|administered|injections?|sessions?|treatments?|treated"
    r"|sprays?|tablets?|lozenges?|received|receiving|given)\b"
    r"|\badverse|side[- ]effects?|tolera\w*|\bsafety\b|\bTEAEs?\b|\bAEs?\b"
    r"|\b(?:experienced|reported|occurred|observed|noted|developed|resolved|subsided|emerged|peaked|transient\w*"
    r"|mild|moderate|severe|rated|incidence|frequen\w*|common|commonly|rare|rarely|discontinu\w*|withdr\w*)\b"
    r"|\bCADSS\b|\bBPRS\b|\bCGI\b|\bvital\s+signs\b",
    re.IGNORECASE,
)
# The sentence is about chemistry, physics or theory.
NON_CLINICAL = re.compile(
    r"\bpH\b|\bpKa?\b|\bK[di]\b|\bconstants?\b|\bkinetics?\b|\bthermodynami\w*|\benthalp\w*|\bentrop\w*"
    r"|\bbinding\b|\baffinit\w*|\bligands?\b|\benzym\w*|\bsubstrates?\b|\bmolecul\w*|\bprotons?\b|\bions?\b"
    r"|\bspectr\w*|\btitrat\w*|\bcrystal\w*|\bNMR\b|\bEPR\b|\bmembranes?\b|\bin\s+vitro\b|\brat\b|\brats\b|\bmice\b"
    r"|\bmouse\b|\bpsychoanaly\w*|\bpsychodynamic\w*|\bFreud\w*|\bJanet\b|\banalysands?\b|\bconcept\s+of\b"
    r"|\btheor(?:y|ies|etical)\b|\bego\b|\bdefen[cs]e\s+mechanisms?\b|\breceptors?\b",
    re.IGNORECASE,
)
# What earlier work or the field knows, not what happened in this study ("hallucinations have been reported with
# ketamine", "dose-dependent effects reported in the literature").
LITERATURE = re.compile(
    r"\bin\s+the\s+literature\b|\b(?:has|have)\s+(?:been|long\s+been)\s+(?:reported|described|associated|linked"
    r"|documented|used)\b|\bprevious(?:ly)?\s+(?:reported|described)\b|\bare\s+known\s+to\b|\bis\s+known\s+to\b"
    # what a drug can do in general ("ketamine can cause dissociation", "may induce psychotomimetic effects")
    r"|\b(?:can|may|might|could)\s+(?:also\s+)?(?:cause|induce|produce|provoke|trigger|occur|arise)\b",
    re.IGNORECASE,
)
# An adverse-event word used in its chemical or theoretical sense, whatever the sentence says about people.
NON_CLINICAL_USE = re.compile(
    r"^(?:dissociat\w*)\s+(?:constants?|rates?|kinetics|curves?|energ\w+|equilibri\w*|of\s+(?!symptoms|effects)"
    r"(?:(?:the|this|a|an)\s+)?[\w-]*(?:ate|ide|ine|ase|ion|ium|acid|group|complex\w*|ligand|protein|molecule)s?\b"
    r"|from\s+(?:the\s+)?[\w-]*\s*(?:receptors?|channels?|sites?|pores?|enzymes?|proteins?))"
    # the class of a drug, not a symptom ("the dissociative anaesthetic ketamine", "a dissociative agent")
    r"|^dissociative\s+(?:an(?:a)?esthe\w+|agents?|drugs?|compounds?|properties|class)\b"
    # a behavioural construct of animal models or a situation, not a symptom ("anxiety-like behaviour",
    # "anxiety-eliciting situations", "depressive-like"): the word with a hyphenated suffix
    r"|^[\w]+-(?:like|eliciting|provoking|inducing)\b",
    re.IGNORECASE,
)
# A treatment given: without one an abstract reports no adverse events (dissociation in psychoanalysis is a concept).
EXPOSURE = re.compile(
    r"ketamine|ketalar|spravato|\bdrugs?\b|medicat\w*|pharmaco\w*|infus\w*|\bdos(?:e|es|ed|ing)\b|administ\w*"
    r"|placebo|nasal\s+spray|injection|tablet|\b(?:treated|treatment)\s+with\b|\breceiv\w*\b|\btherapy\s+with\b"
    r"|\bECT\b|electroconvulsive|stimulation|\btrial\b|adverse|side[- ]effects?|tolerab\w*",
    re.IGNORECASE,
)
KETAMINE = re.compile(r"ketamine|ketalar|spravato|\bPCN-?101\b", re.IGNORECASE)
# An indication the dashboard covers: ketamine for depression and the mood and trauma conditions its trials enrol
# (suicidality, bipolar depression, PTSD, anxiety disorders, OCD). An abstract about ketamine that names none is about
# anaesthesia, analgesia, pharmacokinetics, a psychosis model or substance use: off-topic.
PSYCHIATRIC = re.compile(
    r"depress|suicid|\bmood\b|\bMDD\b|\bTRD\b|bipolar|antidepress|anhedoni|\bPTSD\b|post-?traumatic"
    r"|anxiety\s+disorders?|social\s+anxiety|\bOCD\b|obsessive|MADRS|HAM-?D\b|\bHDRS\b|\bBDI\b|\bQIDS\b",
    re.IGNORECASE,
)
# "Depression" and "depressed" in a physiological or physical sense, not the mood disorder: "respiratory depression",
# "CNS and cardiovascular depression", "ST-segment depression", "depression of consciousness", "depressed level of
# consciousness", "CNS depressants", "freezing-point depression", "spreading depression", "depressed skull fracture".
NON_MOOD_DEPRESSION_BEFORE = re.compile(
    r"\b(?:respirat\w*|ventilat\w*|breathing|cardi\w*|myocardi\w*|circulat\w*|h(?:a)?emodynamic|CNS|nervous\s+system"
    r"|neuronal|synaptic|cortical|spreading|neuromuscular|ST(?:[- ]segment)?|marrow|reflex\w*|point|airway)"
    r"(?:\s+(?:and|or|/)\s+[\w-]+)?[\s/-]+$",
    re.IGNORECASE,
)
NON_MOOD_DEPRESSION_AFTER = re.compile(
    r"^(?:ion|ed|ive)?\s+(?:of\s+(?:the\s+)?(?:respirat|ventilat|breathing|consciousness|airway|reflex|myocardi|cardiac"
    r"|the\s+respiratory|protective|level)|(?:level\s+of\s+)?consciousness|respirat|breathing|ventilat|reflex"
    r"|(?:skull\s+)?fractures?)"
    r"|^ants?\b"
    # "depressant effects on respiration", "depressive effect on the airway reflexes"
    r"|^(?:ion|ed|ive|ant)?\s+(?:[\w-]+\s+){0,2}?(?:on|of)\s+(?:the\s+)?(?:respirat|ventilat|breathing|airway|reflex"
    r"|consciousness|myocardi|cardiac|cardiovascular|blood\s+pressure|heart)",
    re.IGNORECASE,
)
# What a procedure-centred abstract is about: sedation, anaesthesia, analgesia, pain, surgery. Such an abstract is
# on-topic only when a psychiatric indication is named among its own sentences (an outcome such as postoperative
# depression), not only in its opening about the drug ("ketamine, which also has antidepressant effects, ...").
PROCEDURAL = re.compile(
    r"\bsedat\w*|\ban(?:a)?esthesi\w*|\ban(?:a)?esthetized\b|\banalgesi\w*|\bpain\b|\bsurg\w*|\bpost-?operative\b"
    r"|\bintubat\w*|\bprocedur(?:al|es?)\b|\bemergency\s+department\b|\bfractures?\b|\bburns?\b|\bopioids?\b",
    re.IGNORECASE,
)
# Who an abstract studies: animals or cells (a preclinical paper), or people. A paper whose only subjects are
# animals reports no clinical finding, whatever it says about "antidepressant-like" responses.
ANIMAL_SUBJECTS = re.compile(
    r"\b(?:rats?|mice|mouse|murine|rodents?|animals?|dogs?|canine|monkeys?|primates?|macaques?|zebrafish|piglets?"
    r"|rabbits?|sheep|cell\s+(?:lines?|cultures?)|in\s+vitro|slices?)\b",
    re.IGNORECASE,
)
HUMAN_SUBJECTS = re.compile(
    r"\b(?:patients?|participants?|volunteers?|people|persons?|individuals?|adults|adolescents|children|youths?"
    r"|women|men|veterans?|out-?patients?|in-?patients?|humans?|clinical\s+trials?|case\s+(?:report|series)|cases?"
    r"|clinicians?|psychiatrists?|physicians?|residents|users|respondents)\b",
    re.IGNORECASE,
)
# An adverse-event word that names an outcome treated or measured, not an event: "improving depression and anxiety",
# "reduced anxiety", "the Hamilton Anxiety Rating Scale", "anxiety scores".
AE_AS_OUTCOME_BEFORE = re.compile(
    r"\b(?:improv\w*|reduc\w*|decreas\w*|relie\w*|alleviat\w*|treat\w*|ameliorat\w*|lower\w*|anxiolytic\s+effects?"
    r"|changes?|ratings?)"
    r"\s+(?:(?:in|of|on)\s+)?(?:(?:the|both|their|comorbid)\s+)?(?:[\w-]+\s+(?:and|or)\s+)?$"
    # a condition, not an event: "social anxiety", "refractory anxiety", "comorbid anxiety"
    r"|\b(?:social|generali[sz]ed|refractory|comorbid|treatment-resistant|chronic|co-?occurring)\s+$",
    re.IGNORECASE,
)
AE_AS_SCALE_AFTER = re.compile(
    r"^[\w-]*(?:\s+(?:and\s+)?[\w-]+){0,3}?\s+(?:(?:rating\s+)?scales?|inventory|questionnaire|subscales?|scores?"
    r"|severity|symptoms?\s+scores?|disorders?)\b",
    re.IGNORECASE,
)
# Adverse-event categories that are also efficacy outcomes: once an abstract measures one as an outcome ("the
# Hospital Anxiety and Depression Scale", "changes in anxiety"), its word elsewhere in that abstract is the outcome
# too, unless the sentence speaks of adverse or side effects. (Dissociation or blood pressure measured on a scale
# are monitored adverse effects, so they are not here.)
OUTCOME_CATEGORIES = frozenset({"anxiety", "suicidal_ideation"})
# A study of healthy volunteers only (pharmacokinetics, imaging, a psychosis model) is pharmacology, not treatment:
# its rates of dizziness or dissociation are no clinical finding.
HEALTHY_SUBJECTS = re.compile(
    r"\bhealthy\s+(?:[\w-]+\s+){0,2}?(?:volunteers?|subjects?|participants?|individuals?|adults?"
    r"|men|women|males?|females?|humans?)",
    re.IGNORECASE,
)
# A sentence that enrols the patients it names ("30 patients with MDD", "patients were randomised", "n = 20"), unlike
# background or comparison ("ketamine helps patients with depression", "as seen in depressed patients").
ENROLMENT = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty"
    r"|hundred)\b|\b(?:enrol\w*|recruit\w*|randomi[sz]\w*|included|received|receiving|treated|given|assigned"
    r"|allocated|underwent|participated|completed|studied)\b",
    re.IGNORECASE,
)
# An abstract about people who use ketamine outside treatment (recreational users, misuse, ketamine uropathy): their
# depression or hallucinations are no finding of a treatment, unless the abstract also gives a treatment.
RECREATIONAL = re.compile(
    r"\b(?:recreational|illicit|street|non-?medical|regular|frequent|chronic|heavy)\s+(?:ketamine\s+)?(?:use|users?|abuse)\b"
    r"|\bketamine\s+(?:users?|abusers?|misuse|abuse|dependence|addicts?|addiction|uropathy|cystitis|use\s+disorder)"
    r"|\bketamine-(?:dependent|induced\s+(?:uropathy|cystitis))\b|\b(?:drug|substance)\s+users?\b",
    re.IGNORECASE,
)
THERAPEUTIC = re.compile(
    r"\binfus\w*|\bnasal\s+spray|\brandomi[sz]\w*|\btreat(?:ed|ment)\s+with\b|\badminister\w*|\bmg/kg\b"
    r"|\btreatment-resistant\b|\bTRD\b|\bplacebo\b|\bdos(?:e|es|ed|ing)\b",
    re.IGNORECASE,
)
SUBJECTS = re.compile(r"\b(?:subjects?|humans?)\b", re.IGNORECASE)
# Psychiatric words too weak to make a procedure-centred abstract (sedation, anaesthesia, pain) about a psychiatric
# indication on their own: "mood changes" is an adverse event there, "patients on antidepressants" an exclusion.
WEAK_PSYCHIATRIC = re.compile(r"^(?:mood|antidepress)$", re.IGNORECASE)
PATIENTS = re.compile(
    r"\bpatients?\b|\bdepressed\b|\bwith\s+(?:a\s+)?(?:treatment-resistant\s+|major\s+|bipolar\s+)?(?:depression|depressive"
    r"|MDD|TRD|bipolar|PTSD)|\bout-?patients?|\bin-?patients?|\bcases?\b",
    re.IGNORECASE,
)
