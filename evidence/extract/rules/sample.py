"""Sample-size phrases: randomized, enrolled, analysed and pooled counts."""

from __future__ import annotations

import re

from evidence.extract.rules.adverse import AE_TERM_RE

PEOPLE_NOUNS = (
    r"(?:patients|participants|subjects|adults|adolescents|outpatients|out-patients|inpatients|individuals|people"
    r"|persons|women|men|veterans|children|volunteers|cases|humans|parturients|mothers|youths?|students|clients"
    r"|respondents|users|recipients|residents|soldiers|athletes|smokers|elderly|psychiatrists|physicians|clinicians"
    r"|prescribers|nurses|practitioners|providers"
    # the same people in other languages' abstracts ("60 pacientes", "25 Patienten", "40 pazienti")
    r"|pacientes|Patienten|pazienti|participantes|sujetos|sujeitos"
    # ... or the subjects of an older psychology abstract ("a review of 21 Ss")
    r"|(?-i:Ss))"
)
# What a study's N may count besides people: the animals of an animal study ("6 dogs", "24 rats").
_ANIMAL_NOUNS = r"(?:dogs|rats|mice|animals|monkeys|pigs|rabbits|sheep|horses|cats)"
# thousands grouped by commas ("1,067") or, in some journals, by a (thin) space ("1 067")
# One word describing people before their noun, hyphenated, slashed or listed with a comma ("drug-free/naive",
# "treatment-resistant", "drug-naive, adult").
# (never a number: in "phase 2 study, 41 adolescents" the 2 does not count the adolescents)
# (nor a unit of treatment or time: in "given 6 ketamine infusions, patients ..." the 6 counts infusions; a word
# built on one describes people: "treatment-resistant")
_WORD = (
    r"(?:(?!\d+[,\s])(?!(?:infusions?|injections?|doses?|sessions?|treatments?|administrations?|courses?|weeks?|days?"
    r"|months?|hours?|times)(?![\w-]))[\w/'-]+,?\s+)"
)
# (never the head of a comma-grouped number: "2" of "2,015")
INT = r"\d{1,3}(?:,\d{3})+|[1-9]\d{0,2}(?: \d{3})+(?![\d.,]\d|\s*(?:%|percent|mg|ml|µg|mcg))|\d+(?!,\d{3}(?!\d))"
# Places and units a study is spread over ("142 patients from three centers", "12 sites"): counted, but not people.
_PLACES = r"(?:centers|centres|sites|hospitals|clinics|countries|institutions|cities|states|provinces|wards|units)"
# Not a count of places ("from 12 sites were randomized"): the sample size is never the number of centres.
_NOT_PLACES = r"(?!\s+(?:[\w-]+\s+)?" + _PLACES + r"\b)"
# A clause about who the people are, which may hold a count of places ("from three centers")
_WHO_CLAUSE = (
    r"(?:[^.;,()\d]|\d+(?=\s+(?:[\w-]+\s+)?" + _PLACES + r"\b)"
    # ... or their ages ("aged 65-80 years")
    r"|\d+(?:\s*(?:-|–|to)\s*\d+)?(?=\s*(?:years?|yrs?|y)\b)|(?<=aged\s)\d+(?:\s*(?:-|–|to)\s*\d+)?"
    # ... or how long something lasted ("free of medication for 2 weeks")
    r"|\d+(?=\s*(?:days?|weeks?|months?|hours?)\b)"
    # ... or a named instrument's number ("DSM-5", "HAMD-17", "ICD-10"), not people counted
    r"|(?<=[A-Z]-)\d+(?!\s+(?:[\w-]+\s+){0,2}?(?:" + PEOPLE_NOUNS + r"|controls)\b)"
    # ... or things they had ("who had failed at least 2 antidepressant trials"), never other people counted
    r"|(?<=at\sleast\s)\d+(?!\d)(?!\s+(?:[\w-]+\s+){0,2}?(?:" + PEOPLE_NOUNS + r"|controls)\b)){1,120}?"
)
# Up to five words describing people ("healthy male and female Chinese"), none a unit that makes the number a dose or
# a count of something else ("6 infusions in depressed patients").
_DESCRIBING_WORDS = (
    r"(?:(?!(?:infusions?|doses?|sessions?|treatments?|injections?|weeks?|days?|months?|years?|hours?|minutes?|mg|times"
    r"|studies|trials|sites|centers|centres)\b)[\w-]+\s+){0,5}?"
)
# Not a count of studies ("included 14 randomized trials"): a review's N counts people, never studies.
_NOT_STUDIES = (
    # (people named first count people: "included 2,015 participants across 15 trials")
    r"(?!\s+(?:(?!" + PEOPLE_NOUNS + r"\b)[\w-]+\s+){0,3}?(?:studies|trials|RCTs|articles|reports|papers|records"
    r"|publications|reviews|meta-analyses)\b)"
)
# What may follow a count in its bracket: traits of those people ("n = 34; 18 women", "n = 40; 60% women"), but not a
# bare percent ("n = 18, 90%": a count with its share of a larger group).
_TRAITS = r"(?:[^()%]|%(?=\s*(?:women|female|male|men|white|Caucasian|black)\b)){0,40}"
# One step of the words between an allocation verb and the arms' "(n = k)": not a sentence end, a decimal point, or a
# bracket that is not itself an arm size ("to ketamine (0.5 mg/kg) plus propofol (n = 11)").
_GAP = r"[^.;()]|(?<=\d)\.(?=\d)|\((?!\s*n\s*=)[^();]{0,40}\)"
# A word's start, also right after a heading glued to it ("ResultsIn the 192 enrolled")
_WORD_START = r"(?:\b|(?<=[a-z])(?-i:(?=[A-Z])))"
# A second group given more of the same ("while 12 received a second infusion"): a part of the first, not a group.
MORE_OF_IT_AHEAD = (
    r"(?!\s+(?:an?\s+|the\s+)?(?:additional|second|third|further|another|repeat(?:ed)?|booster|extra|more)\b)"
)
# People named by their sex ("9 women and 2 men").
_SEX = r"(?:women|men|females?|males?|girls|boys)"
SAMPLE_PATTERNS: list[tuple[str, str]] = [
    # (kind, regex with group "n" [and "m" for a second arm to add; "rest" holding more arms' "(n = k)"]).
    # Patterns are tried in this order and the first that matches sets its count, so sums of arms come first.
    # "52 were randomized to ketamine and 48 to placebo", "... to the ketamine group, and 20 to the placebo group"
    ("randomized_sum", r"\b(?P<n>" + INT + r")\s+(?:\w+\s+)?(?:were\s+)?"
     r"(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)\s+to\s+(?:the\s+|receive\s+)?[\w-]+"
     # (an arm named in up to four words: "to esketamine nasal spray and 340 to quetiapine XR")
     r"(?:\s+(?!and\b)[\w-]+){0,3}?,?\s+and\s+(?P<m>" + INT
     + r")\s+(?:\w+\s+)?(?:were\s+)?(?:(?:randomi[sz]ed|assigned|allocated)\s+)?to\s+(?:the\s+|receive\s+)?[\w-]+"),
    # "(n = 34)" or "(n=34; 18 women)" before the verb; not "(n = 18, 90%)", a count with its share
    ("randomized", r"\(N\s*=\s*(?P<n>" + INT + r")(?:\s*[;,]" + _TRAITS + r")?\)\s+"
     r"(?:(?:who|with|from)\s+[^.;()]{1,80}?)?(?:were|was)\s+(?:randomi[sz]ed|randomly)"),
    ("randomized", r"\b(?P<n>" + INT + r")" + _NOT_PLACES
     + r"\s+(?:(?:eligible|adult|consecutive)\s+)?" + _WORD + r"{0,2}?" + PEOPLE_NOUNS
     + r"?(?:\s+(?:with|from|who\s+had|aged|meeting|undergoing|receiving|scheduled\s+for|admitted\s+(?:to|for)"
     r"|diagnosed\s+with|recruited\s+(?:from|at|in))\s+" + _WHO_CLAUSE + r")?"
     # ... described between commas ("36 participants, aged 18-65 and free of medication for 2 weeks, were ...")
     r"(?:,\s+" + _WHO_CLAUSE + r",)?"
     # ... with the arms' size in brackets ("Sixty patients (20 in each arm) were randomized")
     r"(?:\s*\(\s*\d+\s+(?:per|in\s+each)\s+[^()]{0,20}\))?\s*(?:and\s+)?(?:were|was)\s+"
     r"(?:(?:included|enrolled|recruited)\s+and\s+)?(?:randomi[sz]ed|randomly\s+(?:assigned|allocated|divided"
     r"|distributed|split))"
     r"(?!\s+to\s+(?:the|a)\s+\w+\s+(?:group|arm))"),
    # ... described in brackets first ("Thirty-three veterans (mean age 62; range 55-72; 10 female) with LL-TRD were
    # randomized")
    ("randomized", r"\b(?P<n>" + INT + r")\s+" + _WORD + r"{0,3}?" + PEOPLE_NOUNS + r"\s*\([^()]{1,80}\)"
     r"(?:\s+with\s+[^.;()]{1,60}?)?\s+(?:were|was)\s+(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\b"),
    ("randomized", r"\b(?P<n>" + INT + r")\s+(?:\w+\s+){0,8}?"
     r"(?:underwent\s+randomi[sz]ation|entered\s+the\s+randomi[sz]ed)"),
    # "28 patients achieved a response and were randomized": the count is the subject of both verbs
    ("randomized", r"\b(?P<n>" + INT + r")\s+" + _WORD + r"{0,2}?" + PEOPLE_NOUNS
     + r"\s+(?!(?:were|was)\b)(?:[\w-]+\s+){1,6}?and\s+(?:were|was)\s+(?:then\s+|subsequently\s+)?"
     r"(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\b"),
    # "Eighteen of 24 screened participants were randomized": the part that went on, not the people considered
    ("randomized", r"\b(?P<n>" + INT + r")\s+(?:out\s+)?of\s+(?:the\s+)?(?:" + INT + r")\s+(?:[\w-]+\s+){0,2}?"
     + PEOPLE_NOUNS + r"\s+(?:[\w-]+\s+){0,3}?(?:were|was)\s+(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))"),
    ("randomized", r"\b(?:of\s+(?:the\s+)?)?(?P<n>" + INT + r")\s+(?:randomi[sz]ed\s+" + PEOPLE_NOUNS + r"|"
     + PEOPLE_NOUNS + r"\s+randomi[sz]ed)\b"),
    ("randomized", _WORD_START + r"(?:of|in|among|across)\s+(?:the\s+|these\s+|all\s+)?(?P<n>" + INT
     + r")\s+randomi[sz]ed\b" + _NOT_STUDIES),
    # "403 were screened and 124 randomized", "...; 36 randomized": the count with the verb and no noun of its own
    ("randomized", r"(?:\band\s+|[,;]\s*)(?:of\s+(?:whom|these|them),?\s+)?(?P<n>" + INT + r")\s+"
     # ... with its share of those screened ("202 (81%) were randomized")
     r"(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?(?:(?:were|was)\s+)?"
     r"(?:subsequently\s+|then\s+)?(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\b" + _NOT_STUDIES),
    # "(29 to receive ketamine and 34 to receive esketamine)", "were randomized (3 to ketamine and 3 to midazolam)"
    ("randomized_sum", r"(?:\((?=\d+\s+to\s+receive\b)|\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned"
     r"|allocated)\s*\()(?P<n>" + INT + r")\s+to\s+(?:receive\s+)?(?:the\s+)?[A-Za-z][\w-]*(?:\s+(?!and\b)[\w-]+){0,2}?"
     r"\s+and\s+(?P<m>" + INT + r")\s+to\s+(?:receive\s+)?(?:the\s+)?[A-Za-z][\w-]*(?:\s+[\w-]+){0,2}?\)"),
    # "randomly assigned to ketamine (n = 25) or midazolam (n = 26)": the arms' sizes add up
    ("randomized_arms", r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)\b"
     r"(?:" + _GAP + r"){0,60}?\(\s*n\s*=\s*(?P<n>" + INT + r")\s*\)"
     r"(?P<rest>(?:(?:" + _GAP + r"){1,50}?\(\s*n\s*=\s*(?:" + INT + r")\s*\)){1,6})"),
    # "were randomized (ketamine, n = 20; placebo, n = 21)": the arms' sizes in one bracket add up
    ("randomized_arms", r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\b[^.;()]{0,40}\("
     r"\s*[\w\s-]{0,30}?[,:]?\s*n\s*=\s*(?P<n>" + INT + r")"
     r"(?P<rest>(?:\s*[;,]\s*[\w\s-]{0,30}?[,:]?\s*n\s*=\s*(?:" + INT + r"))+)\s*\)"),
    ("randomized", r"\brandomi[sz]ed\b[^.;]{0,40}\(N\s*=\s*(?P<n>" + INT + r")\)"),
    ("randomized", r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\s+(?:a\s+total\s+of\s+)?(?P<n>" + INT
     + r")\s+" + _WORD + r"{0,2}?" + PEOPLE_NOUNS),
    # "We included 9 women and 2 men": the sample taken in, told by its sexes
    ("enrolled_sum", r"\b(?:enrolled|included|recruited|studied)\s+(?P<n>" + INT + r")\s+" + _SEX + r"\s+and\s+(?P<m>"
     + INT + r")\s+" + _SEX + r"\b"),
    # the whole sample stated as such comes before a bracketed count, which may be one subgroup's size
    ("enrolled", r"\b(?:total\s+of|in\s+total,?)\s+(?P<n>" + INT + r")\s+" + _WORD + r"{0,2}?" + PEOPLE_NOUNS),
    # ... whatever the people's noun, when "who" follows it ("A total of 138 puerperae who underwent ..."): only people
    # are told of by "who" (not "a total of 684 infusions", "a total of 16 trials")
    ("enrolled", r"\b(?:total\s+of|in\s+total,?)\s+(?P<n>" + INT + r")\s+" + _WORD + r"{0,2}?"
     r"(?!(?:infusions?|doses?|sessions?|treatments?|injections?|studies|trials|articles|records|papers|reports)\b)"
     r"[A-Za-z-]{3,}\s+who\s"),
    # ... or named the total by its symbol ("total N = 80: 40 with and 40 without", "overall sample n = 212")
    ("enrolled", r"\b(?:total|overall|whole)\s+(?:sample\s+)?(?:size\s+)?[Nn]\s*=\s*(?P<n>" + INT
     + r")(?!\s*(?:studies|trials))"),
    # "Thirty-five B-TRD subjects treated with esketamine were enrolled and compared with 35 TRD patients": two groups
    # taken in, one sample
    ("enrolled_sum", r"\b(?P<n>" + INT + r")\s+" + _WORD + r"{0,2}?" + PEOPLE_NOUNS
     + r"\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\b(?:were|was)\s+(?:enrolled|included|recruited|studied)\s+and\s+compared\s+"
     r"(?:with|to)\s+(?P<m>" + INT + r")\s+" + _WORD + r"{0,2}?(?:" + PEOPLE_NOUNS + r"|controls)\b"),
    ("enrolled", r"\b(?:enrolled|included|recruited)\s+(?:a\s+total\s+of\s+)?(?P<n>" + INT + r")\b" + _NOT_STUDIES),
    # the sample named by the verb that took it in ("In the 192 enrolled, 89 were ...", "among all 45 included")
    ("enrolled", _WORD_START + r"(?:of|in|among|across)\s+(?:the|these|all)\s+(?P<n>" + INT
     + r")\s+(?:enrolled|included|recruited)\b(?!\s+(?:in|into|at|from)\b)" + _NOT_STUDIES),
    # (also told in the present tense of a report still running: "157 patients are included in 3 cohorts")
    ("enrolled", r"\b(?P<n>" + INT + r")\s+" + _WORD + r"{0,3}?" + PEOPLE_NOUNS + r"\s+(?:\w+\s+){0,3}?"
     r"(?:were|was|are|is|have\s+been|has\s+been)\s+(?:enrolled|included|recruited)"),
    # the cases a records review kept ("Review of 132 cases revealed 60 cases that met inclusion criteria")
    ("enrolled", r"\b(?P<n>" + INT + r")\s+" + _WORD + r"{0,2}?" + PEOPLE_NOUNS + r"\s+(?:that|who)\s+(?:met|fulfilled"
     r"|satisfied)\s+(?:the\s+|all\s+|our\s+)?(?:[\w-]+\s+)?(?:inclusion|eligibility|study|selection)\s+criteria\b"),
    # the people who took part, described in brackets first ("Thirty-eight patients (mean age: 36 years) participated")
    ("enrolled", r"\b(?P<n>" + INT + r")\s+" + _WORD + r"{0,2}?" + PEOPLE_NOUNS + r"\s*\([^()]{1,60}\)\s+"
     r"(?:participated|took\s+part)\b"),
    # "Of 120 patients screened, 64 were enrolled": the count with the verb and no noun of its own
    ("enrolled", r"(?:^|[,;:]\s*|\b(?:and|after|once|when|while|before|though|although|whereas|but|whom|these|them)"
     r"\s+)(?P<n>" + INT + r")\s+(?:(?:were|was)\s+(?:(?:deemed\s+|found\s+)?eligible\s+and\s+)?"
     # "..., 120 met criteria and were enrolled"
     r"|(?:met|fulfilled|satisfied)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?criteria\s+and\s+(?:were|was)\s+)"
     # (not those "included in the analyses": the analysed part of the sample)
     r"(?:subsequently\s+)?(?:enrolled|recruited|included)\b(?!\s+in\s+(?:the\s+)?(?:final\s+|statistical\s+"
     r"|primary\s+|efficacy\s+)?analys[ie]s\b)"),
    ("enrolled", r"\(N\s*=\s*(?P<n>" + INT + r")(?:\s*[;,]" + _TRAITS + r")?\)"),
    # ... after the abbreviation of the people's diagnosis ("Outpatients with major depressive disorder (MDD; n = 23;
    # 22 were analysed)")
    ("enrolled", r"\b(?:patients|outpatients|inpatients|participants|adults|subjects|individuals|veterans)\s+with\s+"
     r"(?:[\w'-]+\s+){1,5}?\((?-i:[A-Z][A-Za-z-]{1,10})\s*;\s*N\s*=\s*(?P<n>" + INT + r")\s*[;)]"),
    # the whole, upper-case N, then its groups' lower-case sizes in one bracket ("(N=100; n=50 with BPD compared with
    # n=50 without)")
    ("enrolled", r"\((?-i:N)\s*=\s*(?P<n>" + INT + r")\s*[;,](?=[^()]{0,40}?(?-i:\bn)\s*=\s*\d)[^()%]{0,160}\)"),
    # "Of 229 screened patients, 176 initiated esketamine": the ones who started treatment
    ("enrolled", r"\b(?P<n>" + INT + r")\s+(?:" + _WORD + r"{0,2}?" + PEOPLE_NOUNS + r"\s+)?(?:initiated|started|began"
     r"|commenced)\b"),
    # "40 patients received ketamine and 40 received ECT": two groups given different treatments, one sample
    ("enrolled_sum", r"\b(?P<n>" + INT + r")\s+(?:[\w-]+\s+){0,2}?" + PEOPLE_NOUNS
     + r"\s+(?:who\s+)?(?:received|were\s+treated"
     r"\s+with|were\s+given|underwent)\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+(?:and|while|whereas)\s+(?P<m>" + INT
     + r")\s+(?:(?:[\w-]+\s+){0,2}?" + PEOPLE_NOUNS + r"\s+)?(?:who\s+)?(?:received|were\s+treated\s+with|were\s+given"
     r"|underwent)\b(?![^.;]{0,40}\bboth\b)" + MORE_OF_IT_AHEAD),
    # "22 patients received ketamine and propofol compared with 20 patients as the control group who received
    # propofol": each group told with what it was given, one sample (not outcome counts: both sides are treated)
    ("enrolled_sum", r"\b(?P<n>" + INT + r")\s+" + _WORD + r"{0,2}?" + PEOPLE_NOUNS + r"\b[^.;]{0,40}?\b(?:received"
     r"|were\s+given|underwent)\b[^.;]{0,80}?\bcompared\s+(?:with|to)\s+(?P<m>" + INT + r")\s+" + _WORD + r"{0,2}?"
     + PEOPLE_NOUNS + r"\b[^.;]{0,40}?\b(?:control\s+group|received|receiving|were\s+given|given)\b"),
    # "We compared 50 patients who received ketamine with 48 who received ECT": two groups compared, one sample
    # ... or told by who they are ("This study compared 17 patients with TRD who ... and 23 patients with TRD who ...")
    ("enrolled_sum", r"\bcompared\s+(?P<n>" + INT + r")\s+" + _WORD + r"{0,2}?" + PEOPLE_NOUNS
     + r"\s+(?:who|with|from|in|receiving|treated)\b[^.;]{1,100}?\s+(?:with|to|and|versus|vs\.?)\s+(?P<m>" + INT
     + r")\s+(?:" + _WORD + r"{0,2}?" + PEOPLE_NOUNS + r"\s+)?(?:who|with|without|from|in|receiving|treated)\b"),
    # "Eighteen healthy volunteers and 17 patients participated", "20 patients with MDD and 20 healthy controls received
    # a single infusion": two groups of people, one sample
    ("enrolled_sum", r"\b(?P<n>" + INT + r")\s+(?:[\w-]+\s+){0,2}?" + PEOPLE_NOUNS
     + r"(?:\s*\([^()]{1,20}\))?(?:\s+with(?:out)?\s+[\w\s-]{1,30}?)?\s+and\s+(?P<m>" + INT + r")\s+"
     # (the second group named with its abbreviation: "18 non-anxious depression (NAD) patients")
     r"(?:[\w-]+\s+(?:\([^()\d]{1,12}\)\s+)?){0,2}?(?:" + PEOPLE_NOUNS
     + r"|controls|[A-Z]{2,5}s)(?:\s+with(?:out)?\s+[\w\s-]{1,30}?)?\s+"
     r"(?:(?:were|was)\s+|who\s+(?=received|underwent|were\s+given))?"
     r"(?:participated|took\s+part|enrolled|included|recruited|were\s+studied|received|underwent|were\s+given)\b"),
    # "Of 96 participants, 48 received ketamine": the whole a result is told of, named bare (not "Of the 30 patients
    # with suicidal ideation, ...", a subgroup named by its trait)
    ("enrolled", r"\bof\s+(?:the\s+|all\s+|these\s+)?(?P<n>" + INT + r")\s+(?:(?:enrolled|included|treated|adult)\s+)?"
     + PEOPLE_NOUNS + r"\s*,"),
    # the people whose records a study read ("Treatment data of 60 patients were analyzed", "charts of 41 adults"), or
    # the sample said to include them ("..., including 58 subjects"): the whole, before a count inside a clause
    # (read by the study: "were analysed/reviewed/...", not "data of 12 patients were missing")
    ("enrolled", r"\b(?:data|records|charts|files|notes)\s+(?:of|from|on)\s+(?:all\s+|the\s+)?(?P<n>" + INT
     + r")\s+" + _WORD + r"{0,2}?" + PEOPLE_NOUNS + r"\b(?=(?:[^.]|(?<=\d)\.(?=\d)){0,160}?\b(?:were|was)\s+"
     r"(?:retrospectively\s+|then\s+)?(?:analy[sz]ed|reviewed|pooled|collected|extracted|included|examined|evaluated"
     r"|used|obtained|studied)\b)"),
    # (not a part of people counted before it in the sentence: "in 80 patients, including 12 adolescents")
    ("enrolled", r"(?:^|[.;:]\s+)(?:[^.;:\d]|(?<![\d,])\d[\d,]*(?![\d,])(?!\s+(?:[\w-]+\s+){0,2}?"
     + PEOPLE_NOUNS + r"\b)){0,250}?"
     r",\s+(?:including|involving|comprising)\s+(?P<n>" + INT + r")\s+" + _WORD + r"{0,2}?" + PEOPLE_NOUNS + r"\b"),
    # "conducted in 50 healthy male and female Chinese subjects": the sample named with a chain of describing words
    # (or "in a group of 27 right-handed hospitalized depressive patients": the sample named as one group)
    ("enrolled", r"\b(?:in|among|with)\s+(?:a\s+(?:group|sample|cohort)\s+of\s+)?(?P<n>" + INT + r")\s+"
     + _DESCRIBING_WORDS + PEOPLE_NOUNS + r"\b"),
    # (two kinds joined: "86 unipolar and bipolar depressive patients", "40 male or female adults")
    ("enrolled", r"\b(?P<n>" + INT + r")\s+" + _WORD + r"{0,3}?(?:(?:and|or)\s+" + _WORD + r"{1,2}?)?(?:"
     + PEOPLE_NOUNS + r"|" + _ANIMAL_NOUNS + r")\b"),
    ("analysed", r"\b(?P<n>" + INT + r")\s+(?:\w+\s+){0,3}?"
     r"(?:completed|were\s+analy[sz]ed|included\s+in\s+the\s+analysis)"),
    # Chinese: the people a study took in, counted in cases or persons ("将45例患者分成三组", "选取108例产妇", "纳入60名
    # 受试者", "收治的108例"), the verb of taking in before the count (a group's "对照组54例" is one arm)
    ("enrolled", r"(?:将|將|选取|選取|选择|選擇|纳入|納入|收集|收治|入选|入選|招募|共有|共)"
     r"(?:[^。,，;；:：\d]{0,15}?的)?\s*(?P<n>\d{1,5})\s*[例名位]"
     r"(?!\s*(?:次|项|項|篇))"),
]
# Pooled samples of reviews: "36 studies (2903 participants", "24 trials representing 1877 participants",
# "36 RCTs involving 2903 participants".
POOLED_SAMPLE_RE = re.compile(
    # (a bracket or a comma may come between: "Eight RCTs (seven published) covering 1,488 patients", "7 studies,
    # involving 1024 adult TRD patients"; describing words before the people: "147 ketamine-treated participants")
    r"\b(?:studies|trials|RCTs)\s*(?:\([^()]{3,60}\)\s*)?,?\s*(?:(?:were|was)\s+included,?\s+(?=compris|involv|includ|total|encompass|cover|with\b))?"
    r"(?:\((?:[^()]{0,40}?[,;](?!\d{3})\s*)?|representing\s+|with\s+(?:a\s+total\s+of\s+)?"
    r"|including\s+|encompassing\s+|involving\s+|comprising\s+|enrolling\s+|total(?:l)?ing\s+|of\s+|covering\s+"
    r"|containing\s+|accounting\s+for\s+"
    # "5 studies that enrolled a total of 125 subjects": the included studies' whole sample
    r"|(?:that|which)\s+(?:had\s+)?(?:enrolled|included|involved|recruited|comprised|randomi[sz]ed|studied)\s+"
    r"(?:a\s+total\s+of\s+)?)(?P<n>" + INT + r")\s+(?:(?!(?:in|of|from|with|at|for|on)\b)" + _WORD + r"){0,2}?"
    + PEOPLE_NOUNS,
    re.IGNORECASE,
)
# A review's whole sample in other words than its studies' ("A total of 2,015 patients were included", "the analysis
# included 2,015 participants", "pooled data from 2,015 adults"): read only when POOLED_SAMPLE_RE finds none.
REVIEW_SAMPLE_RE = re.compile(
    r"\b(?:total\s+of|in\s+total,?|altogether,?|combined\s+sample\s+of|total\s+sample\s+(?:size\s+)?(?:of|was)"
    # "trials with a combined 512 patients", "a cumulative 830 participants", "totalling 415 people"
    r"|(?:combined|cumulative|pooled)(?:\s+total\s+of)?|totall?(?:ing|ed)|comprising|encompassing|corresponding\s+to)\s+"
    r"(?P<n>" + INT + r")\s+" + _WORD + r"{0,2}?" + PEOPLE_NOUNS + r"\b"
    r"|\b(?:included|including|analy[sz]ed|pooled|synthesi[sz]ed)\s+(?:(?:data|outcomes|results)\s+(?:from|of|on)\s+)?"
    r"(?P<n2>" + INT + r")\s+" + _WORD + r"{0,2}?" + PEOPLE_NOUNS + r"\b"
    r"|\b(?P<n3>" + INT + r")\s+" + _WORD + r"{0,2}?" + PEOPLE_NOUNS
    + r"\s+(?:(?:from|in|across)\s+\d+\s+(?:[\w-]+\s+)?(?:studies|trials|RCTs)\s+)?"
    r"(?:were|was)\s+(?:included|pooled|analy[sz]ed|randomi[sz]ed)\b",
    re.IGNORECASE,
)
# "sedation (n = 8)", "responders (n = 12)": a bracketed count after an event or outcome word counts events.
EVENT_BEFORE_N = re.compile(
    r"(?:" + AE_TERM_RE.pattern + r"|\b(?:responders|remitters|non-?responders|relapses|dropouts|completers))\s*$",
    re.IGNORECASE,
)
# A count of people who were only considered for the study ("229 screened patients", "150 were assessed for
# eligibility", "40 declined"), not its sample.
NOT_SAMPLE_AFTER = re.compile(
    # (not "18 of 24 screened participants were randomized": the 18 went on)
    r"^(?!\s*(?:out\s+)?of\s+(?:the\s+)?\d)\s*(?:[\w-]+\s+){0,2}?(?:(?:were|was)\s+)?(?:screened"
    r"|assessed\s+for\s+eligibility|approached|contacted"
    r"|invited|excluded|declined|refused|ineligible|not\s+eligible"
    # people referred who then are the study's ("70 patients referred for ketamine were followed") are its sample
    r"|referred(?!\s+(?:for|to)\b[^.;]{0,60}?\b(?:were|was)\s+(?:then\s+|prospectively\s+|subsequently\s+)?(?:followed"
    r"|treated|included|enrolled|studied|analy[sz]ed|assessed|given|observed))"
    # people who left the study ("Four patients left treatment early", "12 dropped out"): a part, never the sample
    r"|(?:left|discontinued|withdrew\s+from|dropped\s+out\s+of)\s+(?:the\s+)?(?:study|trial|treatment)|dropped\s+out"
    r"|withdrew|(?:were|was)\s+withdrawn|(?:were|was)\s+lost\s+to\s+follow|lost\s+to\s+follow-?up|died"
    r"|left\s+(?:[\w-]+\s+)?(?:early|prematurely))\b"
    # the size of each group, not the sample ("Ten subjects ... were included in each dose cohort")
    # (but "48 patients (24 per arm)", "156 participants, 78 per arm", "220 subjects, with 110 subjects in each group"
    # are the sample with its arms' size)
    r"|^(?![^.;(]{0,80}[(,]\s*(?:with\s+)?(?:n\s*=\s*)?\d+\s+(?:[\w-]+\s+)?(?:per|(?:in|for|to)\s+each)\b)[^.;]{0,100}?\b(?:(?:in|for|to|into)\s+each|per)\s+"
    r"(?:dose\s+|treatment\s+|study\s+)?(?:group|arm|cohort|level|site|sequence)\b",
    re.IGNORECASE,
)
# A count of people of one sex joined to a count of the other ("We included 9 women and 2 men", "12 males and 8
# females took part"): the sample told by its sexes, each a part of it (their sum is read by an "_sum" pattern).
JOINED_GROUP_AFTER = re.compile(r"^\s+" + _SEX + r"\s+and\s+\d+\s+" + _SEX + r"\b", re.IGNORECASE)
