"""Study-design cues: the decision table (first rule that fires wins) and what each kind of study says about itself
(self-declared designs: rules/design_self.py; cues when no design word fires: rules/design_defaults.py; review and
case cues read beside the table: rules/design_cues.py; the same kinds in other languages: rules/design_languages.py)."""

from __future__ import annotations

from evidence.extract.rules.allocation import NONRANDOM_ALLOCATION
from evidence.extract.rules.design_languages import OTHER_LANGUAGE_DESIGN_WORDS
from evidence.extract.rules.sample_cases import AGE_DECADE, CARE_OF_ONE, ONE_PERSON_AGE

# What a review of routine care reads ("a review of the medical records of", "review of 212 patients"): an
# observational study, not a review of the literature.
_RECORDS_OF = (
    r"(?:[\w-]+\s+){0,3}?(?:records|charts|files|notes|data(?!\s+on)|databases?|registr\w+|patients|cases|admissions"
    r"|prescriptions|consecutive)\b"
)
# Design cues, checked in this order (the first that fires wins).
DESIGN_RULES: list[tuple[str, str]] = [
    (
        "protocol",
        # the paper is the protocol ("This study protocol", "the trial protocol of"), not a finished study that kept to
        # its protocol ("according to the study protocol", "deviations from the trial protocol")
        r"(?<!the\s)(?<!our\s)\b(?:study|trial)\s+protocol\b|\b(?:this|the\s+present)\s+(?:study\s+|trial\s+)?protocol\b"
        r"|\b(?:present|describe|report|outline)s?\s+(?:the|our)\s+(?:study\s+|trial\s+)?protocol\b"
        # (not a care protocol the study treated people by: "a clinical treatment protocol for the use of SC ketamine")
        r"|(?<!treatment\s)(?<!clinical\s)(?<!care\s)(?<!dosing\s)(?<!management\s)(?<!infusion\s)"
        r"(?<!titration\s)(?<!therapeutic\s)\bprotocol\s+(?:for|of)\s+(?:a|an|the)\b"
        # a study told in the future tense, or its design described before it is run
        r"|\b(?:will|shall)\s+be\s+(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|recruited|enrolled|allocated"
        r"|assigned)\b|\bwe\s+(?:will|plan\s+to)\s+(?:recruit|enrol|enroll|randomi[sz]e|include)\b"
        r"|\b(?:describe|present|report|outline)s?\s+the\s+(?:design|rationale)\s+(?:and\s+\w+\s+)?of\b|\brationale\s+and\s+design\b"
        # people still to be allocated, in the present or with "to be" ("100 patients are to be allocated",
        # "participants are randomly assigned"): a finished trial tells its allocation in the past tense
        r"|\bare\s+to\s+be\s+(?:randomi[sz]ed|randomly|allocated|assigned|recruited|enrolled)\b"
        r"|\b(?:participants|patients|subjects|women|adults|individuals)\s+(?:[\w-]+\s+){0,3}?are\s+(?:then\s+)?"
        r"(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\b"
        # the study's end still ahead ("Results are expected in 2026", "the planned sample is 120")
        r"|\b(?:results|findings|recruitment|enrol?ment|data\s+collection)\s+(?:are|is)\s+expected\b"
        r"|\bexpected\s+to\s+(?:be\s+completed|finish|end|conclude)\b|\bplanned\s+sample(?:\s+size)?\s+(?:is|of)\b"
        # the sample still to be found ("We expect to recruit 10 patients per arm"; not "the target sample is 90", which
        # a report of an ongoing trial's first results says too),
        # the outcomes still to be measured ("The primary outcome will be ...", "secondary endpoints will include")
        r"|\b(?:we|investigators)\s+(?:expect|aim|intend|hope|plan)\s+to\s+(?:recruit|enrol|enroll|randomi[sz]e|include)\b"
        r"|\b(?:primary|secondary|main|co-?primary)\s+(?:outcomes?|endpoints?|end\s+points?|measures?)\s+(?:will|is\s+to"
        r"|are\s+to)\s+(?:be|include|comprise)\b"
        # people who will be treated, a trial that will enrol, recruitment not yet over, a protocol paper's headings
        r"|\b(?:participants?|patients?|subjects|women|adults)\s+will\s+(?:receive|undergo|be\s+(?:treated|given"
        r"|followed|assessed|enrolled|recruited|admitted|divided|allocated|assigned|evaluated))\b"
        r"|\b(?:trial|study)\s+will\s+(?:enrol|enroll|recruit|include|randomi[sz]e)\b"
        # ... or what a named trial will find out ("A double-blind randomized trial (N = 100) will assess the efficacy",
        # "This study will test the feasibility"); a further or future study named so is forward-looking, not this one
        r"|(?<!further\s)(?<!future\s)(?<!larger\s)(?<!subsequent\s)(?<!next\s)(?<!new\s)\b(?:trial|study)\s*"
        r"(?:\([^()]{1,30}\)\s*)?will\s+(?:assess|evaluate|investigate|compare|examine|test|determine|explore"
        r"|measure)\b"
        # the study itself told in the future ("A double-blind study will be conducted with 60 patients", "we will
        # conduct this study"); "further studies will be needed" is not about this one (forward-looking, filtered)
        r"|\b(?:this|the|an?)\s+(?:[\w-]+\s+){0,6}?(?:trial|study)\s+will\s+be\s+(?:conducted|performed|carried\s+out"
        r"|undertaken)\b|\bwe\s+will\s+(?:conduct|carry\s+out|perform|compare|assess|evaluate|investigate|examine)\b"
        r"|\b(?:this|the\s+(?:present|proposed))\s+(?:[\w-]+\s+){0,3}?(?:study|trial|project)\s+will\s+(?:evaluate|assess"
        r"|compare|investigate|examine|test|determine|explore)\b"
        r"|\brecruitment\s+(?:is|was)\s+(?:ongoing|underway|in\s+progress)|\bcurrently\s+recruiting\b"
        r"|\b(?:study|trial)\s+(?:that\s+)?(?:plans|aims|intends)\s+to\s+(?:enrol|enroll|recruit|randomi[sz]e|include)\b"
        r"|\bethics\s+and\s+dissemination\b|\bmethods\s+and\s+analysis\s*:"
        # a registry entry's plain-language summary ("The goal of this clinical trial is to learn if ...", "It will
        # also learn about ...", "The main questions it aims to answer are"): a study still to be run
        r"|\bgoal\s+of\s+this\s+(?:[\w-]+\s+){0,2}?(?:trial|study)\s+is\s+to\s+(?:learn|find\s+out)\b"
        r"|\b(?:it|the\s+(?:trial|study)|this\s+(?:trial|study))\s+will\s+(?:also\s+)?learn\b"
        r"|\bmain\s+questions?\s+(?:it|the\s+(?:trial|study))\s+aims\s+to\s+answer\b",
    ),
    (
        "meta_analysis",
        r"meta-?analy(?:sis|ses|tic)|meta-?regression|data\s+were\s+synthesi[sz]ed\s+from"
        r"|pooled\s+(?:relative\s+risk|risk\s+ratio|odds\s+ratio|rate\s+ratio|RR|OR|estimate)"
        # the statistics of pooling: a review that pools is a meta-analysis, not only a systematic review
        r"|random[- ]effects?\s+(?:models?|meta|analys)|(?:were|was)\s+pooled\s+(?:using|with|by|in|across)"
        r"|(?:standardi[sz]ed|weighted)\s+mean\s+differences?"
        r"|\bpooled\s+(?:SMD|standardi[sz]ed|mean\s+difference|response\s+rate"
        r"|remission\s+rate|prevalence|incidence)",
    ),
    (
        "systematic_review",
        r"systematic(?:ally)?\s+(?:review|search|literature\s+search)|cochrane\s+review|(?-i:PRISMA)|scoping\s+review"
        r"|update\s+of\s+a\s+review|search\s+methods|selection\s+criteria"
        # a literature search of named bibliographic databases is a systematic review's method
        r"|\b(?:searched|search(?:es)?\s+(?:of|in))\s+(?:[\w-]+,?\s+(?:and\s+)?){0,6}?(?:PubMed|MEDLINE|Embase|PsycI?NFO"
        r"|CENTRAL|Cochrane\s+Library|Web\s+of\s+Science|Scopus|CINAHL|electronic\s+databases)\b"
        # the same search in the passive ("PubMed, Embase and PsycINFO were searched")
        r"|\b(?:PubMed|MEDLINE|Embase|PsycI?NFO|CENTRAL|Scopus|CINAHL|Web\s+of\s+Science)\b[^.]{0,80}?\b(?:were|was)\s+"
        r"(?:systematically\s+|comprehensively\s+)?searched\b"
        # databases counted, not named ("We searched seven databases"), or the search told in the passive ("A literature
        # search was performed in Medline, ...")
        # (literature databases, not records: "searched two hospital databases for patients" is a records study)
        r"|\bsearched\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many)\s+"
        r"(?:(?:electronic|bibliographic|literature|online|scientific|major|academic|medical)\s+)?"
        r"(?:databases|data\s+bases|libraries)\b(?!\s+(?:for|of)\s+(?:[\w-]+\s+){0,2}?(?:patients|people|adults|cases"
        r"|records|veterans|individuals|children))"
        r"|\bsearch\s+(?:was|were)\s+(?:performed|conducted|carried\s+out|undertaken|run|made)\s+(?:in|on|of|using|through)\s+"
        r"(?:the\s+)?(?:PubMed|MEDLINE|Embase|PsycI?NFO|CENTRAL|Cochrane|Scopus|CINAHL|Web\s+of\s+Science|LILACS"
        r"|electronic\s+databases|\d+\s+databases)\b",
    ),
    (
        "review",
        # a chart/record review is an observational design, not a review of the literature
        r"(?<!chart\s)(?<!records\s)(?<!record\s)(?<!case\s)\b(?:qualitative|narrative|literature|this|a|the)\s+review\b"
        r"(?!\s+of\s+(?:the\s+)?" + _RECORDS_OF + r")"
        r"|(?<!chart\s)(?<!records\s)(?<!record\s)(?<!case\s)(?<!retrospective\s)(?<!retrospectively\s)"
        r"\breview\s+(?:of(?!\s+(?:the\s+)?" + _RECORDS_OF + r")|about|summari[sz]es)"
        r"|\barticle\s+reviews\b|synthesis\s+of\s+the\s+literature|we\s+review\b|expert\s+consensus"
        r"|\bconsensus\s+(?:statement|recommendations|guidance)\b"
        # the passive of the same ("The effects of ketamine are herein reviewed", "the literature is reviewed")
        r"|\b(?:are|is)\s+(?:here(?:in)?\s+|briefly\s+|critically\s+|also\s+)?reviewed\b"
        r"|\b(?:are|is)\s+here(?:in)?\s+(?:summari[sz]ed|discussed)\b"
        r"|\bthis\s+(?:paper|chapter|work|manuscript)\s+(?:briefly\s+|critically\s+)?reviews\b"
        # "this comprehensive review", "a critical review", "In this mini-review" (not an ethics or chart review)
        r"|\b(?:this|a|our)\s+(?:(?!(?:systematic|retrospective|chart|records?|case|medical|scoping|umbrella|institutional"
        r"|ethics|ethical|peer|independent|blinded|central|data|safety)\b)[\w-]+\s+){1,2}?(?:mini-?)?review\b"
        r"(?!\s+(?:board|committee|process|of\s+(?:the\s+)?" + _RECORDS_OF + r"))|\bmini-?review\b"
        # an overview of a field in its own words ("a brief introduction to ...", "the current state of ...")
        # the paper's own offer of an overview ("This article provides an overview of", "this chapter gives an update")
        r"|\bthis\s+(?:article|paper|chapter|manuscript|work)\s+(?:provides|gives|offers|presents)\s+(?:an?\s+)?"
        r"(?:[\w-]+\s+)?(?:overview|summary|update|synthesis)\b"
        r"|\b(?:brief|general|comprehensive|critical|concise|short|historical|narrative)\s+(?:overview|summary"
        r"|introduction|account)\s+(?:of|on|to)\b|\bcurrent\s+state\s+of\s+(?:the\s+)?(?:art|knowledge|research|evidence"
        r"|the\s+field|techniques)|\boverview\s+of\s+(?:the\s+)?(?:current|recent|existing|available)\b"
        r"|\b(?:we|this\s+(?:paper|article|chapter))\s+(?:summari[sz]es?|discuss(?:es)?|reviews?)\s+(?:the\s+)?"
        r"(?:(?:current|recent|available|existing|published)\s+)?(?:evidence|literature|studies|research|knowledge|advances"
        r"|developments|progress|insights"
        r"|data\s+on|findings\s+(?:of|from)\s+(?:\d+|several|the))\b",
    ),
    # data no one was given a treatment for: genetic instruments, spontaneous-report databases (before "rct": a
    # "Mendelian randomization" randomizes no one)
    ("observational", r"\bmendelian\s+randomi[sz]ation\b|\bgenome-wide\s+association|\bpharmacovigilance\b"
     r"|\badverse\s+event\s+reporting\s+system\b|(?-i:\bFAERS\b)|\bVigiBase\b|\bEudraVigilance\b|\bspontaneous\s+reports?\b"
     r"|\bdisproportionality\s+analys[ie]s\b"),
    ("non_randomized", r"non[- ]?randomi[sz]ed|not\s+randomi[sz]ed|quasi[- ]?experimental|" + NONRANDOM_ALLOCATION),
    # one group, every participant treated: open-label whatever else the abstract says about randomized trials
    # ("one group" as the design, not one of the arms: "one group receiving placebo")
    ("open_label", r"\bsingle[- ]?(?:group|arm|cohort)\b(?!\s+(?:of|per)\b)"
     r"|\b(?:an?|in\s+a)\s+one[- ]?(?:group|arm)\b|\bone[- ]?(?:group|arm)\s+(?:design|study|trial|pre|open|prospective"
     r"|pilot|cohort)"
     r"|\bpre-?test[- ]post-?test\b|\buncontrolled\s+(?:open|pilot|trial|study|prospective)"),
    (
        "crossover_rct",
        # a design word, not patients allowed to "cross over" to the other arm on progression ("despite crossover")
        r"cross-?over\s*,?\s+(?:design|trial|study|fashion|manner|RCT|comparison|phase|period|clinical\s+trial)"
        r"|randomi[sz]ed[^.]{0,50}\bcross-?over\b(?!\s+to\b)|\bcross-?over\s*,?\s+(?:randomi[sz]ed|placebo|double)"
        r"|\b(?:2|two)\s+test\s+days|alternate\s+(?:compound|treatment|condition)|\b(?:two|2)-period\b"
        r"|within-subjects?\s+(?:design|cross)"
        # both treatments to every participant, in random order
        r"|\b(?:in|on)\s+(?:a\s+)?random(?:i[sz]ed)?\s+(?:order|sequence)\b|\bcounter-?balanced\b"
        # the order of the treatments drawn by chance ("the sequence being randomized", "randomised to the order of
        # treatment"), each person their own control ("a within-participant design"), a washout between periods
        r"|\b(?:order|sequence)\s+(?:of\s+(?:[\w-]+\s+){1,2})?(?:was\s+|were\s+|being\s+)?randomi[sz]ed\b"
        r"|\brandomi[sz]ed\s+(?:to\s+)?(?:the\s+)?(?:order|sequence)\b"
        r"|\bwithin-?(?:subjects?|participants?|persons?|patients?|individuals?)\s+(?:[\w-]+\s+){0,2}?(?:design|comparison"
        r"|cross)|\bwash-?out\s+(?:period\s+)?(?:between|separat)"
        # every participant given both the drug and its control ("Each participant received both ketamine and placebo")
        r"|\b(?:each|every|all)\s+(?:[\w-]+\s+){0,2}?(?:participants?|patients?|subjects?|volunteers?)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:received|(?:was|were)\s+given|had|underwent)\s+both\s+(?:[\w.,/-]+\s+){0,5}?(?:and|or)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:placebo|saline|midazolam|sham|control|comparator)\b",
    ),
    # the open-label phase that follows a randomized one is an open-label study of its own
    ("open_label", r"open[- ]?label\s+extension|\bextension\s+(?:phase|study)\b[^.]{0,40}open[- ]?label"
     # everyone entering the open-label phase that followed a randomized one
     r"|\b(?:entered|continued\s+(?:in)?to|went\s+on\s+to)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?open[- ]?label\s+"
     r"(?:phase|period|continuation)"),
    (
        "rct",
        # not "randomized (controlled) trials" in the plural: a literature the abstract cites, not this study
        r"(?<!mendelian\s)randomi[sz](?:ed|ation)(?!\s+(?:(?:double-blind|controlled|clinical|placebo-controlled)\s+){0,2}trials\b)"
        # (the abbreviation in capitals only: "Rct" is an electrode's charge-transfer resistance)
        r"|randomly\s+(?:assigned|allocated|divided|distributed)|divided\s+randomly|(?-i:\bRCT\b)"
        # chance allocation named by its tool ("assigned by a computer-generated list", "a random number table")
        r"|\bcomputer-generated\s+(?:random\w*\s+)?(?:list|sequence|schedule|table|code)s?\b"
        r"|\brandom\s+(?:number\s+(?:tables?|generators?)|allocation|assignment|sequence)\b"
        # ... or by the words of chance and concealment ("assigned at random", "allocated by sealed envelopes")
        r"|\b(?:assigned|allocated|divided|distributed)\s+at\s+random\b|\bsealed\s+(?:opaque\s+)?envelopes?\b"
        r"|\bopaque\s+(?:sealed\s+)?envelopes?\b"
        r"|double-?(?:blind|mask)(?:ed)?[^.]{0,60}(?:controlled|placebo)"
        # a comparator-controlled trial ("sham-controlled", "active placebo-controlled"), not an "uncontrolled" one
        r"|(?<![\w-])(?:placebo|midazolam|sham|saline|active|vehicle)-controlled[^.]{0,40}trial",
    ),
    ("observational", r"retrospective(?:ly)?|real-world|chart\s+review|medical\s+records|electronic\s+health\s+records"
     r"|\b(?:cohort|case-control|cross-sectional)\s+study|registry\s+(?:data|study)|\bsurvey(?:ed)?\b|observational"
     # an uncontrolled setting ("a naturalistic study", "in the naturalistic setting"), not the follow-up a trial ends
     # with ("a two-week naturalistic follow-up", "followed naturalistically") unless that months-long follow-up is
     # what the study observes ("entered a 9-month naturalistic follow-up phase")
     # (nor an open-label trial called naturalistic, "this naturalistic open-label study", "an open label naturalistic
     # study": the open label names its design; "an open-label naturalistic observational study" stays observational)
     r"|(?<!followed\s)(?<!open[- ]label\s)\bnaturalistic(?!(?:ally)?\s+follow)(?![\s,]+(?:and\s+)?open[- ]?label)"
     r"|\b(?:\d+|[a-z]+)[- ](?:months?|years?)\s+naturalistic\s+follow"
     r"|\b(?:prospective|population-based|longitudinal)\s+(?:[\w-]+\s+){0,2}cohorts?\b|\bcase[- ]control\b"
     r"|\bin\s+(?:routine|everyday|real-life)\s+(?:clinical\s+)?(?:practice|care)\b|\bclinical\s+practice\s+setting"
     # patients treated in the course of care, observed ("150 patients receiving esketamine in clinical practice")
     r"|\b(?:receiving|received|treated|prescribed|started)\b[^.]{0,60}?\bin\s+(?:daily\s+|usual\s+|standard\s+)?"
     r"clinical\s+practice\b"
     # registries and databases of routine care
     r"|\b(?:national|nationwide|population|patient|clinical|health|prescription|quality)\s+(?:[\w-]+\s+)?"
     r"(?:registr(?:y|ies)|registers?)\b|\bregistry-based|\bclaims\s+(?:data|database)|\b(?:insurance|administrative)\s+"
     r"(?:claims|data|database)|\b(?:medical|health|clinical|patient)\s+(?:chart|record)s?\b[^.]{0,60}\breview"
     r"|\b(?:hospital|clinic|institutional|health[- ]?care)\s+(?:[\w-]+\s+)?databases?\b"
     r"|\bidentified\s+(?:from|in|through)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:databases?|records|registr\w*)"
     # data of routine care, collected before anyone planned the study
     r"|\b(?:electronic\s+)?chart\s+data\b|\bde-?identified\s+(?:[\w-]+\s+)?(?:data|records)\b|\broutinely\s+collected\b"
     r"|\bas\s+part\s+of\s+(?:routine\s+|usual\s+)?clinical\s+(?:practice|care)\b"
     # ... or the study's drug started in the course of usual care ("who started esketamine as part of usual care"),
     # not the other treatment a trial let go on ("continued their medications as part of usual care")
     r"|\b(?:started|received|prescribed|given|initiated|treated\s+with)\b[^.;]{0,60}?\bas\s+part\s+of\s+(?:their\s+)?"
     r"(?:routine|usual|standard|regular)\s+(?:clinical\s+)?(?:practice|care)\b"
     # records of past care looked at afterwards ("Charts of 41 patients ... were reviewed"), a registry's patients
     r"|\b(?:charts?|records?|files|notes)\s+of\s+(?:[\w,-]+\s+){0,5}?(?:(?:in|out)?patients|adults|individuals|veterans|people"
     r"|children|adolescents|women|men)\b[^.]{0,100}?\b(?:were|was)\s+(?:retrospectively\s+)?(?:reviewed|analy[sz]ed"
     r"|examined|screened|extracted|collected)\b"
     r"|\b(?:in|from)\s+(?:the|a|our)\s+(?:[\w-]+\s+){0,2}?(?:registry|register|database)\b"
     r"|\b(?:reviewed|examined|audited|searched)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:charts|records|notes|files)\b"
     # the records of care named as the data ("Using our clinic's electronic records", "from clinical notes")
     r"|\b(?:electronic|clinical|medical|health|hospital|patient|pharmacy|dispensing)\s+(?:health\s+)?"
     r"(?:records|charts)\b"
     r"|\banaly[sz]ed\s+(?:[\w,-]+\s+){0,5}?(?:charts|records|case\s+notes|claims)\b"
     # people asked, not treated: a questionnaire sent out
     r"|\bquestionnaires?\s+(?:was|were)\s+(?:sent|mailed|e-?mailed|distributed|circulated)\b"
     r"|\bwho\s+(?:were|had\s+been)\s+prescribed\b"
     # patients picked by when they were treated in the past ("patients who received ketamine between 2017 and 2020")
     r"|\bwho\s+(?:had\s+)?(?:received|were\s+treated|underwent|were\s+prescribed|were\s+admitted|were\s+given"
     r"|started)\b[^.]{0,100}?"
     r"\b(?:between|from)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+(?:and|to|through|until)\s+(?:[A-Z][a-z]+\s+)?"
     r"(?:19|20)\d\d\b"
     # ... or people treated in a past span of dates and then looked up ("Patients treated with ketamine at our clinic
     # between 2018 and 2020 were identified")
     r"|\b(?:treated|seen|admitted|prescribed|received|underwent|given|had\s+(?:[\w-]+\s+){0,2}?(?:infusions?|treatments?"
     r"|sessions|doses|injections))\b[^.]{0,100}?\b(?:between|from)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+"
     r"(?:and|to|through|until)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b[^.]{0,60}?\b(?:were|was)\s+(?:identified"
     r"|included|reviewed|analy[sz]ed|selected)\b"
     # people asked, not treated: interviews, focus groups, questionnaires of users
     r"|\bsemi-?structured\s+interviews?\b|\bqualitative\s+(?:study|interviews?|analysis|design|research)\b"
     r"|\bthematic\s+analysis\b|\bfocus\s+groups?\b"
     # people matched to the treated ones (propensity scores), not healthy controls matched by age and sex as a
     # reference beside a treated group ("16 age- and sex-matched controls", "matched healthy controls")
     r"|(?<![\w-])matched\s+(?!(?:healthy|non-?depressed|never-?depressed)\b)(?:[\w-]+\s+)?(?:patients|controls|cohort"
     r"|comparison\s+group)\b|\bpropensity[\w\s-]{0,12}?matched\b"),
    # a prospective trial of one group by another name: pilot, feasibility, proof-of-concept (randomized ones say so)
    ("open_label", r"open[- ]?label|single-?arm|uncontrolled|(?:pilot|feasibility|proof[- ]of[- ]concept)\s+"
     r"(?:clinical\s+|open\s+)?(?:trial|study)"
     r"|\bopen\s+(?:trial|study|pilot|treatment|administration)\b|\b(?:treated|given|administered)\s+openly\b"
     r"|\bsingle-?blind(?:ed)?\s+(?:study|trial)"),
    (
        "case_series",
        r"case\s+series|case\s+reports?|cases\s+are\s+reported|we\s+report\s+(?:two|three|\d+)\s+(?:cases|patients)"
        # a handful of people described by the authors ("We describe 12 patients who ...")
        r"|\bwe\s+(?:describe|present|report\s+on)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        r"|[1-9]|1\d|20)\s+(?:consecutive\s+)?(?:cases|patients|adults|individuals|women|men|adolescents|children"
        r"|veterans|outpatients|inpatients)\b"
        r"|\bcase\s+(?:study|presentation|description|vignettes?|histories)\b"
        # a single case told in the first person ("We present the case of a 32-year-old woman")
        r"|\b(?:we|this\s+(?:report|article))\s+(?:present|describe|report)s?\s+(?:the\s+|a\s+)?case\s+of\b"
        # or told about one person ("A 45-year-old man with ... received", "A 65-year-old retired teacher had"): one
        # person's age is told only of a case (a study gives its sample's ages as a mean or a range)
        r"|" + CARE_OF_ONE
        + r"|(?:" + ONE_PERSON_AGE + r")(?!\s+(?:[\w-]+\s+)?(?:study|trial|program|programme|registry|cohort|database"
        r"|clinic|practice|service|guidelines?)\b)"
        # one person by the decade of their age ("A woman in her 40s", "a patient in his mid-forties"), or the case
        # said to be told
        r"|\ban?\s+(?:[\w-]+\s+){0,2}?(?:man|woman|male|female|patient|boy|girl|mother|veteran)\s+in\s+(?:her|his|their)\s+"
        r"" + AGE_DECADE + r"|\bthe\s+(?:patient's\s+)?case\s+is\s+(?:reported|presented|described)\b"
        # or what was done for one person ("We describe rapid relief ... in a severely ill hospitalised patient")
        r"|\b(?:we|this\s+(?:report|article|letter))\s+(?:describes?|presents?|reports?)\b[^.]{0,120}?\b(?:in|of)\s+an?\s+"
        r"(?:[\w-]+\s+){0,4}?(?:patient|man|woman|inpatient|outpatient|adolescent|veteran|boy|girl|mother|child)\b"
        # "We describe a patient with ...", "We report an elderly woman who ..."
        r"|\b(?:we|this\s+(?:report|article|letter))\s+(?:describes?|presents?|reports?)\s+an?\s+(?:[\w-]+\s+){0,3}?"
        r"(?:patient|man|woman|inpatient|outpatient|adolescent|veteran|boy|girl|mother|child)\b(?!-)",
    ),
]
# The same kinds named in other languages, each added to its kind's last rule (the English order of precedence kept).
_LAST_RULE = {d: i for i, (d, _) in enumerate(DESIGN_RULES)}
DESIGN_RULES = [
    (d, rx + "|" + OTHER_LANGUAGE_DESIGN_WORDS[d] if d in OTHER_LANGUAGE_DESIGN_WORDS and _LAST_RULE[d] == i else rx)
    for i, (d, rx) in enumerate(DESIGN_RULES)
]
# A decimal point ("0.5 mg/kg", "1.5 years") does not end a sentence: every "within one sentence" gap of the rules above
# reads across it ("Charts of 41 patients given ketamine 0.5 mg/kg ... were reviewed").
DESIGN_RULES = [(d, rx.replace("[^.]", r"(?:[^.]|(?<=\d)\.(?=\d))")) for d, rx in DESIGN_RULES]
