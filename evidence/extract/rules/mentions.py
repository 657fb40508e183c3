"""Patterns for numbers of people inside a sentence: 'x of y (z%)', 'z% (x/y)', 'n = 12 (60%)', decimals, and the
statistics and demographics they must not be confused with (the engine: extract/mentions.py)."""

from __future__ import annotations

import re

from evidence.extract import lexicon

_N = lexicon.NUMBER_RE
_PCT = r"(?P<p>\d+(?:\.\d+)?|" + lexicon.WORD_NUMBER_RE + r")\s*(?:%|percent\b|per\s+cent\b)"
OF_PCT = re.compile(
    r"(?<![\w.])(?P<a>\d+)\s+of\s+(?:the\s+)?(?P<b>\d[\d,]*)\s+(?:[\w-]+\s+){0,3}?[\[(]\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*[\])]",
    re.IGNORECASE,
)
COUNT_PCT_OF = re.compile(
    r"(?<![\w.])(?P<a>\d+)\s*[\[(]\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*[\])]\s+of\s+(?:the\s+)?(?P<b>\d[\d,]*)\b",
    re.IGNORECASE,
)
PCT_SLASH = re.compile(
    r"(?<![\w.])(?P<p>\d+(?:\.\d+)?)\s*%\s*[\[(]\s*(?P<a>\d+)\s*(?:/|of)\s*(?P<b>\d+)\s*(?:patients|participants)?\s*[\])]",
    re.IGNORECASE,
)
SLASH_PCT = re.compile(r"(?<![\w./])(?P<a>\d+)\s*/\s*(?P<b>\d+)\s*[\[(]\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*[\])]")
OF_PLAIN = re.compile(
    r"(?<![\w.])(?P<a>\d+|" + lexicon.WORD_NUMBER_RE + r")\s+(?:out\s+)?of\s+(?:the\s+)?"
    r"(?P<b>\d+|" + lexicon.WORD_NUMBER_RE + r")"
    r"(?:\s+(?:[\w-]+\s+){0,2}?" + lexicon.PEOPLE_NOUNS
    + r"\b|(?=\s+(?:in|on|receiving|given|treated|with|from|who)\b)|(?=\s+[\w-]+-(?:treated|exposed)\b)"
    # "9 of 20 ketamine and 2 of 20 placebo patients": the first count shares the people named after the second
    r"|(?=\s+[\w-]+\s+(?:and|or|vs\.?|versus|compared\s+(?:with|to))\s+\d+\s+(?:out\s+)?of\s+\d+\b))"
    r"(?!\s*[\[(]\s*\d)",
    re.IGNORECASE,
)
# "three and one out of twelve subjects": a count listed before an "of N" count shares its group
# ... only a pair closed by "respectively" ("six or seven of 12" is one uncertain count; longer lists are left alone)
SHARED_OF_LEAD = re.compile(
    r"(?<![\w.,])(?P<a>\d+|" + lexicon.WORD_NUMBER_RE + r")\s+and\s+$", re.IGNORECASE
)
# a number and a comma before the pair's first count: a longer list ("nine, six and four of 20")
LIST_BEFORE = re.compile(r"(?:\d+|" + lexicon.WORD_NUMBER_RE + r")\s*,\s*$", re.IGNORECASE)
# (not the decimals of a decimal comma: "45,5%" is no 5%)
PERCENT = re.compile(r"(?<![\w.])(?<!\d,)" + _PCT, re.IGNORECASE)
# "12/20 vs 3/19": a count over its group with no percentage written (not "140/90 mm Hg": the count must not exceed
# the group, and no unit may follow).
SLASH_BARE = re.compile(
    # ... a bracket of words after it is a note on the count ("8/10 (based on MADRS ≤10)"), not its percentage
    r"(?<![\w./])(?P<a>\d+)\s*/\s*(?P<b>\d+)(?![\w/]|\.\d|\s*(?:%|[\[(](?!\s*[A-Za-z])|mm|mg|ml|kg|h\b|d\b))",
    re.IGNORECASE,
)
# ... unless it restates a percentage just written ("37.5% (n = 6/16)") or is a sample size ("n = 6/16").
SLASH_RESTATES = re.compile(r"%\s*[\[(][^)\]]*$|\bn\s*=\s*$", re.IGNORECASE)
# "Of the five patients, four responded and two remitted": the group's size first, then counts of it.
_OUTCOME_VERB = (r"\s+(?:(?:patients|participants|subjects)\s+)?(?:had|were|showed|achieved|met|responded|remitted"
                 r"|experienced|reported|developed|improved|relapsed|attained|reached)\b")
OF_LEAD = re.compile(
    r"\bof\s+(?:the|these|all|our)?\s*(?P<b>\d+|" + lexicon.WORD_NUMBER_RE + r")\s+(?:[\w-]+\s+){0,2}?"
    + lexicon.PEOPLE_NOUNS + r"\s*,\s*(?P<a>\d+|" + lexicon.WORD_NUMBER_RE + r")(?=" + _OUTCOME_VERB + r")"
    r"(?:[^.;%()]{1,60}?\band\s+(?P<c>\d+|" + lexicon.WORD_NUMBER_RE + r")(?=" + _OUTCOME_VERB + r"))?",
    re.IGNORECASE,
)
# "Of 42 patients treated, 28 responded", "Among the 42 patients who signed consent, 28 achieved a response": the
# group with a qualifier without numbers that does not select it by an outcome ("Of the 30 patients who responded, 12
# relapsed" is a share of responders), or after "among"; then only counts that responded or remitted by name (not
# "three experienced significant improvement": no criterion).
_GROUP_QUALIFIER = (r"\s+(?:who|that|treated|enrolled|included|randomi[sz]ed|analy[sz]ed|evaluated|assessed|completing"
                    r"|receiving|given|with)\b(?![^,;.%()\d]*?\b(?:respon|remi|relaps|non-?respon))[^,;.%()\d]{0,50}")
_NAMED_OUTCOME = (r"\s+(?:(?:patients|participants|subjects)\s+)?(?:responded|remitted|(?:achieved|met|attained|reached"
                  r"|experienced|showed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:response|remission|criteri))")
OF_LEAD_QUALIFIED = re.compile(
    r"\b(?:(?:of|among)\s+(?:the|these|all|our)?\s*(?P<b>\d+|" + lexicon.WORD_NUMBER_RE + r")\s+(?:[\w-]+\s+){0,2}?"
    + lexicon.PEOPLE_NOUNS + _GROUP_QUALIFIER + r"|among\s+(?:the|these|all|our)?\s*(?P<b2>\d+|"
    + lexicon.WORD_NUMBER_RE + r")\s+(?:[\w-]+\s+){0,2}?" + lexicon.PEOPLE_NOUNS + r")\s*,\s*(?P<a>\d+|"
    + lexicon.WORD_NUMBER_RE + r")(?=" + _NAMED_OUTCOME + r")"
    r"(?:[^.;%()]{1,60}?\band\s+(?P<c>\d+|" + lexicon.WORD_NUMBER_RE + r")(?=" + _NAMED_OUTCOME + r"))?",
    re.IGNORECASE,
)
# "Four of the five patients responded, and two achieved remission": a later bare count of the same group, with its own
# outcome verb, in the same clause (the text right after an "x of y" count).
CONTINUED_COUNT = re.compile(
    r"[^.;%()\d]{0,60}?(?:,\s*|\s)(?:and|while|whereas|but)\s+(?P<c>\d+|" + lexicon.WORD_NUMBER_RE + r")"
    r"(?=(?:\s+of\s+(?:them|these|those))?" + _OUTCOME_VERB + r")",
    re.IGNORECASE,
)
# "in ¼ of patients", "half of the participants", "two-thirds of subjects": a share of people written as a fraction (its
# value in words); not an approximation or a bound ("nearly half", "more than a third").
FRACTIONS = {"half": 50.0, "½": 50.0, "a third": 33.3, "one third": 33.3, "⅓": 33.3, "two thirds": 66.7, "⅔": 66.7,
             "a quarter": 25.0, "one quarter": 25.0, "¼": 25.0, "three quarters": 75.0, "¾": 75.0, "a fifth": 20.0,
             "one fifth": 20.0}
FRACTION_OF_PEOPLE = re.compile(
    r"(?<![\w-])(?P<f>one[- ]half|half|½|(?:a|one)[- ]third|two[- ]thirds|⅓|⅔|(?:a|one)[- ]quarter|three[- ]quarters"
    r"|¼|¾|(?:a|one)[- ]fifth)\s+(?:of\s+)?(?:the\s+|all\s+|these\s+|our\s+)?(?:[\w-]+\s+)?" + lexicon.PEOPLE_NOUNS
    + r"\b",
    re.IGNORECASE,
)
FRACTION_APPROX_BEFORE = re.compile(
    r"\b(?:nearly|almost|about|approximately|around|roughly|over|under|up\s+to|at\s+least|more\s+than|less\s+than"
    r"|fewer\s+than|greater\s+than|some|only)\s*$",
    re.IGNORECASE,
)
# "none of the placebo group", "none in the placebo group", "none of those receiving placebo": 0% of that arm
NONE_OF = re.compile(
    r"\bnone\s+(?:of|in|among)\s+(?:the|those)\s+(?:[\w-]+\s+){0,2}?(?:controls?|group|arm|patients|participants"
    r"|receiving|given|treated)\b",
    re.I,
)
# "None of 10 subjects responded", "none of the 12 patients remitted": 0% of a group whose size is written
NONE_OF_N = re.compile(
    r"\bnone\s+of\s+(?:the\s+|these\s+|our\s+)?(?P<b>\d+|" + lexicon.WORD_NUMBER_RE + r")\s+(?:[\w-]+\s+){0,2}?"
    + lexicon.PEOPLE_NOUNS + r"\b",
    re.IGNORECASE,
)
# A proportion written as a decimal ("0.45 with ketamine and 0.20 with placebo"), read only in a sentence that speaks
# of a rate or proportion, never after a statistic's name or sign ("p = 0.04", "OR 0.45", "r = 0.35", "d 0.5").
DECIMAL = re.compile(
    r"(?<![\w.=<>±≤≥/-])(?P<p>0?\.\d{1,3})(?![\d%]|\s*(?:mg|ml|kg|µ|ng|h\b|hours?|[-–]\s*\d)"
    # ... nor the head of a list of doses ("the 0.5 and 0.2 mg/kg doses", "0.1, 0.2 or 0.5 mg/kg")
    r"|(?:\s*(?:,|and|or)\s*0?\.\d+)+\s*(?:mg|µg|ug|ml|ng))"
)
# An estimate with decimals right before a bracket ("OR 1.9 [0.5, 8.6]", "HR 0.81 (0.6-1.1)"): the bracket holds its
# interval (not "9 (0.45)": a count and its proportion).
NUMBER_END = re.compile(r"\d\.\d+\s*$")
RATE_WORD = re.compile(r"\b(?:rates?|proportions?|probabilit(?:y|ies))\b", re.IGNORECASE)
STAT_BEFORE = re.compile(
    r"(?:\b(?:p|OR|RR|HR|IRR|r|R2|d|g|β|beta|SMD|MD|ratio|CI|SE|SD|kappa|κ|ICC|AUC|coefficient|correlation|effect\s+size"
    r"|difference)\s*(?:\(\w+\))?\s*[:=<>≤≥]?\s*|[=<>≤≥±]\s*|\d\s*[-–,]\s*|\bto\s+)$",
    re.IGNORECASE,
)
FOLLOW_N = re.compile(r"^\s*[\[(]\s*(?:[^)\]]*?;\s*)?n\s*=\s*(?P<n>\d+)", re.IGNORECASE)
# ... not the number of a time ("at week 1 (45%)", "day 7 (30%)", "T2 (40%)"): no count of people stands there
LEAD_COUNT = re.compile(
    r"(?<!\bday\s)(?<!\bdays\s)(?<!\bweek\s)(?<!\bweeks\s)(?<!\bmonth\s)(?<!\bmonths\s)(?<!\bhour\s)"
    r"(?<!\bvisit\s)(?<!\binfusion\s)(?<!\bsession\s)(?<!\bdose\s)"
    r"(?P<a>\b" + _N + r")\s+(?:[\w-]+\s+){0,6}?[\[(]\s*$",
    re.IGNORECASE,
)
# A bracket opened right after a percentage holds its interval ("16.6% [9.0%, 24.1%]", "45% (30%-60%)"): its
# percentages are bounds, not rates.
CI_BOUND_BEFORE = re.compile(r"\d\s*%\s*[\[(]\s*(?:-?\d+(?:\.\d+)?\s*%?\s*(?:,|;|–|-|to)\s*)?$", re.IGNORECASE)
# The predicate of a mean change ("The average improvement seen in responders is 74%", "the mean MADRS reduction
# after four weeks was 34.5%"): a change of the group's mean score, not a share of people.
MEAN_CHANGE_BEFORE = re.compile(
    r"\b(?:mean|average|median)\s+(?:[\w-]+\s+){0,3}?(?:improvement|reduction|decrease|decline|change|drop)s?\b"
    r"[^.;%()]{0,50}?\b(?:is|was|were|are|of)\s*$",
    re.IGNORECASE,
)
# A bracket that holds only a value's confidence interval ("52% (95% CI 40%-63%)", "[95% CI = 8.6%-54.6%)]"; also when
# it defines the abbreviation: "[95% confidence interval (CI) 45.6-53.9]"): its bounds are no rates, and the words after
# it still belong to the value before it.
INTERVAL_BRACKET = re.compile(
    r"[(\[]\s*(?:95\s*%\s*|90\s*%\s*|99\s*%\s*)?(?:CI|confidence\s+interval|credible\s+interval)\b"
    r"(?:\s*[(\[](?:CI|CrI)[)\]])?[^()\[\]]{0,60}[)\]]+",
    re.IGNORECASE,
)
# The bracket before a value holds only list values, each with its P value ("(13%, p = 0.04, and "): no statistic's own
VALUE_AND_P = re.compile(r"(?:\s*\d+(?:\.\d+)?\s*%\s*,?\s*(?-i:[Pp])\s*[=<>≤]\s*0?\.\d+\s*,?\s*(?:and\s+)?)+")
STATS_PAREN = re.compile(r"\bCI\b|confidence|difference|margin|odds|ratio|\bP\s*[=<]|\bSD\b", re.IGNORECASE)
DEMOGRAPHIC_AFTER = re.compile(
    r"^\s*(?:were\s+(?:women|female|male|men|white|black|married|employed|veterans)"
    r"|had\s+(?:a\s+)?(?:history|diagnosis|comorbid|lifetime|prior))\b",
    re.IGNORECASE,
)
ANY_PCT_TOKEN = re.compile(r"\d\s*%|\bpercent\b", re.IGNORECASE)
# "(50 vs. 47.8%)": the first number of a comparison shares the percent sign written once after the second.
SHARED_PCT_BEFORE = re.compile(
    r"(?<![\w.%/±-])(?P<p>\d{1,3}(?:\.\d+)?)\s*(?:vs\.?|versus)\s*$"
    # ... or 'and' after the verb that gives the values ("rates were 45 and 10 per cent"; not "between 12 and 20%")
    r"|\b(?:were|was|of|:)\s+(?P<q>\d{1,3}(?:\.\d+)?)\s+and\s*$",
    re.IGNORECASE,
)
# "between 12 and 20%", "ranging from 12% to 20%": the ends of a range of values, never a rate.
RANGE_OPEN_BEFORE = re.compile(r"\b(?:between|rang(?:ed|ing|es?)\s+from|from\s+as\s+low\s+as)\s*$", re.IGNORECASE)
RANGE_WORDS_BEFORE = re.compile(
    r"\b(?:between|rang(?:ed|ing|es?)\s+from)\s+\d+(?:\.\d+)?\s*%?\s*(?:and|to)\s*$", re.IGNORECASE
)
# "Response, n (%): ketamine 9 (45.0)": a count with its percentage written without the sign, in a sentence that
# declares the "n (%)" format.
N_PCT_HEADER = re.compile(r"\bn\s*\(\s*%\s*\)", re.IGNORECASE)
COUNT_BARE_PCT = re.compile(r"(?<![\w.])(?P<a>\d+)\s*\(\s*(?P<p>\d{1,3}(?:\.\d+)?)\s*\)")
# A threshold sign or phrase right before a percentage ("≥ 20%", "at least 50%") ...
THRESHOLD_BEFORE = re.compile(
    r"(?:[≥>≤<]|>=|<=|≧|at\s+least|more\s+than|less\s+than|greater\s+than)\s*$", re.IGNORECASE
)
# ... is shared by the percentages listed after it ("≥ 20%, 30%, and 50%": three thresholds, none a rate).
LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$", re.IGNORECASE)
# "Response was defined as a reduction of 50% or more", "Remission is defined by a score ≤ 10": a clause whose verb
# defines a measure states its threshold; every percentage after the verb, up to the clause's end, is a threshold.
DEFINING_VERB = re.compile(
    r"\b(?:was|were|is|are|being)\s+(?:(?:a\s+priori|operationally|prospectively)\s+)?defined\s+(?:as|by)\b",
    re.IGNORECASE,
)
# ... the clause ends at ';' or at a coordinated clause that opens with its own number or subject ("..., and 40% of
# patients responded"), not at "and" inside the criterion ("a reduction of 50% and a score below 10").
DEFINITION_CLAUSE_END = re.compile(
    r";|,\s*(?:and|while|whereas|but)\s+(?=\d|(?:the|a|an)?\s*(?:[\w-]+\s+){0,3}?(?:was|were|is|are)\b)",
    re.IGNORECASE,
)
# "50% or more": the percentage is a bound, not a value.
OPEN_BOUND_AFTER = re.compile(
    r"^\s*(?:or|and)\s+(?:more|greater|higher|above|over|less|lower|fewer|below|under)\b(?!\s+(?:than|likely))",
    re.IGNORECASE,
)
# "increased the probability of response by 26%, and remission by 28%": a percentage after 'by' whose head is a noun
# (the measure changed), not a participle ('achieved by 40% of patients', 'met by 30%'), is a change, not a share.
CHANGE_BY_BEFORE = re.compile(r"\b(?P<w>[\w-]+)\s+by\s+(?:approximately\s+|about\s+|nearly\s+|around\s+)?$")
AGENT_PARTICIPLE = re.compile(
    r"(?:ed|en|wn)$|^(?:met|seen|shown|made|given|felt|had|done|taken|found|got|held|won|hit|kept|led|lost|felt|set|put"
    r"|read|heard|told|sought|brought|caught|bought|taught|thought|left|run|become|come)$",
    re.IGNORECASE,
)
# ... a noun before 'by' with its verb left out takes the sense of the earlier 'by' of its sentence ("Nausea was
# reported by 20%, and dizziness by 15%": the agent again; "raised response by 26%, and remission by 28%": a change)
EARLIER_BY = re.compile(r"\b(?P<w>[\w-]+)\s+by\s+(?:approximately\s+|about\s+|nearly\s+|around\s+)?\d", re.IGNORECASE)
CHANGE_VERB = re.compile(
    r"^(?:increas|decreas|reduc|improv|rais|lower|declin|drop|fell|rose|chang|boost|enhanc|diminish|cut|grew|grow"
    r"|shrank|elevat|attenuat)\w*$",
    re.IGNORECASE,
)
