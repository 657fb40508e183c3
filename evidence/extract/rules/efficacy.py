"""Response/remission/relapse cues, percentages that are not arm rates, and arm words."""

from __future__ import annotations

import re

from evidence.extract.rules import efficacy_languages as other_languages
from evidence.extract.rules.efficacy_stats import DOSE_UNIT_AFTER, METRIC_NAME  # noqa: F401 - DOSE_UNIT_AFTER re-exported
from evidence.extract.rules.timepoints import WORD_NUMBER_RE

KIND_CUES: list[tuple[str, re.Pattern[str]]] = [
    # Listed first so "remitters ... relapsed" reads as relapse and "partially responded" is not a response.
    ("relapse", re.compile(r"\brelaps\w*|\brecurrence|relapse-free", re.IGNORECASE)),
    (
        "excluded",
        re.compile(
            r"\b(?:partial(?:ly)?|minimal|incomplete)\s+respon\w*|\bnon-?respon\w*|\bnon-?remi\w*"
            # "a response or partial response (>=20% reduction)": the two outcomes counted as one, not response
            r"|\b(?:respon(?:se|ses|ders?|ded)|improvement)\s*\(?\s*(?:or|and\s*/\s*or|/|plus|combined\s+with)\s*(?:a\s+)?"
            r"partial(?:ly)?\s+respon\w*"
            # "15 (52%) did not respond", "failed to remit", "without response": the share that did not get there
            r"|\b(?:did|do|does|could)\s+not\s+(?:\w+\s+)?(?:respond|remit|achieve\s+(?:a\s+)?(?:response|remission))"
            r"|\bcontinu(?:ed|es|ing)\s+to\s+(?:respond|remit|be\s+(?:in\s+remission|responders?))"
            r"|\bfail(?:s|ed|ing|ure)?\s+to\s+(?:respond|remit|achieve\s+(?:a\s+)?(?:response|remission))|\bno\s+response\b"
            r"|clinically\s+(?:significant|meaningful)\s+improvements?"
            # "onset of clinical response by day 2 that was maintained": a share with an early, lasting response
            r"|\bonset\s+of\s+(?:(?:clinical|early|rapid)\s+)?(?:response|remission)"
            r"|\bdose-respon\w*|\bresponse-guided|\b(?:inadequate|initial|satisfactory|insufficient)\s+response"
            # a response of the body, not of the depression ("a hypertensive response in 20%", "pressor responses")
            r"|\b(?:hypertensive|hemodynamic|haemodynamic|pressor|blood[- ]pressure|BP|cardiovascular|heart[- ]rate"
            r"|inflammatory|immune|immunological|physiological|stress|cortisol|neural|neuronal|BOLD|EEG|autonomic"
            r"|sympathetic|vagal|allergic|psychotomimetic|dissociative|metabolic|glyc[a]?emic)\s+respon\w*"
            # "6 (7%) remained in responder status", "stayed in remission at month 6": a sustained share
            # ... in any tense ("Five of eleven remain in response status")
            r"|\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|(?:were|was|are|is)\s+still|still)\s+(?:in\s+)?"
            r"(?:(?:a|their|the)\s+)?(?:responders?|response|remission|remitted|remitters?|responsive)\b"
            r"|\b(?:sustained|sustaining|maintained|maintaining)\s+(?:(?:a|their|the)\s+)?(?:response|remission)|\bmaintained\s+(?:their\s+)?response|\bstable\s+(?:remission|response)|\bdrop-?outs?|\bwithdrawals?|\bretention"
            # ... and in Spanish, Portuguese, French, Italian: partial response, non-response, time to response
            + other_languages.EXCLUDED,
            re.IGNORECASE,
        ),
    ),
    ("remission_rate", re.compile(r"\bremi(?:ssions?|tted|tters?|t|ts)\b|" + other_languages.REMISSION, re.IGNORECASE)),
    # ... and the bare verb after 'to' ("more likely to respond (45% vs 10%)")
    ("response_rate", re.compile(r"\brespon(?:se|ses|ded|ders?|ding)\b|\bresponse\s+rates?|\bto\s+respond\b|"
                                 + other_languages.RESPONSE, re.IGNORECASE)),
    # Weak cue: a share of patients "improved" (used only for proportions of people, marked uncertain).
    ("improvement", re.compile(r"\bimprov(?:ement|ed|ing)\b", re.IGNORECASE)),
]
# "Response and remission rates were 53% and 27%, respectively": two kinds named in order for a list of numbers.
KIND_LIST_RE = re.compile(
    # (a bracketed definition may follow the first word, and the second may repeat its preposition: "rates of response
    # (a 50% drop in MADRS) and of remission (MADRS <= 10)")
    r"\b(?P<a>respon(?:se|ders?)|remi(?:ssion|tters?))(?:\s*\([^()]{0,80}\))?(?:\s+(?:and|or)\s+|\s*/\s*)(?:(?:of|for|the)\s+)?"
    r"(?P<b>respon(?:se|ders?)|remi(?:ssion|tters?))\b",
    re.IGNORECASE,
)
# A percentage that is a threshold, an interval, a difference or a demographic share, never an arm's rate.
PCT_EXCLUDE_BEFORE = re.compile(
    r"(?:[≥>≤<]|>=|<=|≧|at\s+least|more\s+than|less\s+than|greater\s+than|\bCI(?:LB)?[,:]?|confidence\s+interval"
    r"|difference(?:\s+(?:in|between)\s+[^.;%()]{0,40}?)?(?:\s+(?:of|was|were|is))?|margin(?:\s+of)?|ratio"
    r"|\bI2\s*[=<>]?|I²\s*[=<>]?|\bup\s+to|\bpower\s+of"
    r"|(?:reduc|decreas|improv|increas|lower|fell|drop|declin|chang|exceed|outperform|higher|greater|differ)\w*"
    r"\s+(?:[\w-]+\s+){0,4}?by"
    # the size of a change ("a MADRS drop of 50%", "a decrease in HAM-D of 40%"): a criterion or a mean, no share
    r"|\b(?:reduction|improvement|decrease|decline|drop|fall|increase|rise)s?\s+(?:in\s+[^.;%()]{0,30}?\s+)?of"
    r"(?:\s+(?:about|approximately|around|nearly))?"
    # an effect measure's label, with its interval's bracket ("RD [95% CI]: 16.6%", "risk difference (95% CI) = 22%")
    r"|(?-i:\b(?:RD|ARD|ARR|RR|OR|HR|NNT)\b)\s*(?:[\[(][^\])]{0,20}[\])])?\s*[:=]?"
    r"|\bCI\s*[\])]\s*[:=]?"
    # the spread after a mean ("37.8% ± 7.5%"): a standard deviation, no share
    r"|±|\+\s*/\s*-"
    # a classifier's or a test's figure ("accuracies of 68.53% at T1 and 66.26% at T2", "sensitivity (88%)")
    r"|" + METRIC_NAME + r"\s*(?:\([^)]{0,12}\)\s*)?(?:of|was|were|is|reached|=|:|\()?\s*"
    r"(?:\d+(?:\.\d+)?\s*%\s*(?:(?:at|on|in|for)\s+[\w-]+(?:\s+\d+)?\s*)?(?:,|and)\s*)*"
    r"|[-−–]|∼|~)\s*$",
    re.IGNORECASE,
)
PCT_EXCLUDE_AFTER = re.compile(
    r"^\s*(?:[-–]\s*\d+(?:\.\d+)?\s*%?\s*)?(?:or\s+(?:greater|more)\s+)?(?:\]?\s*)?"
    r"(?:CI\b|CILB|confidence|female|male|women|men|were\s+(?:women|female|male|men)|power\b"
    # a mean with its spread ("peaked at 37.8% ± 7.5%") or a test's figure ("with 68.60% of accuracy")
    r"|±|\+\s*/\s*-|(?:of\s+)?" + METRIC_NAME +
    # a share of the sample that did something other than respond ("75% of patients completed the study")
    # (or took part in the study at all: "26% (6) of these consented", "40% agreed to take part", "15% declined")
    r"|(?:[(\[]\s*(?:n\s*=\s*)?\d+\s*[)\]]\s*)?(?:of\s+(?:the\s+|these\s+|those\s+|them\s+)?"
    r"(?:(?:eligible|screened)\s+)?(?:patients|participants|subjects|sample|individuals)?\s*)?(?:completed|discontinued"
    r"|withdrew|dropped\s+out|consented|agreed\s+to|declined|refused|were\s+(?:white|women|female|male|men|included"
    r"|recruited|enrolled|randomi[sz]ed|screened|eligible)|had\s+(?:a\s+)?(?:history|diagnosis|comorbid))"
    r"|(?:symptomatic\s+|score\s+)?(?:reduction|improvement|decrease|decline|drop|increase|rise)"
    r"|of\s+the\s+(?:general\s+)?population"
    # a relative effect on a measure ("predicted a 55% increased likelihood of response", "a 30% lower risk")
    r"|(?:increased|decreased|reduced|elevated|raised|improved|lowered)\s+(?:likelihood|odds|risk|probability|chance"
    r"|hazard|rate)"
    # a share of the responders or remitters, not of an arm ("response was maintained in 80% of responders")
    r"|of\s+(?:the\s+|these\s+|all\s+|those\s+)?(?:[\w-]+\s+)?(?:responders|remitters)\b"
    # a difference between arms ("a 30% higher response rate", "20 percentage points more", "40% more likely")
    r"|(?:percentage\s+)?(?:points?\s+)?(?:higher|lower|greater|smaller|more|less|fewer|larger)\b"
    # a threshold written with its scale ("Response (50% MADRS score reduction)")
    r"|(?:in\s+(?:the\s+)?)?(?:(?:total|MADRS|HAM-?D\d*|HDRS\d*|QIDS\S*|BDI\S*|PHQ-9|CDRS-R|SSI|scale|score|symptom)\s+){1,3}"
    r"(?:reduction|improvement|decrease|decline|drop)\b)",
    re.IGNORECASE,
)
# A count or percentage followed by a trait of that part of the sample ("18 (45%) had severe depression", "30 (75%)
# had failed three antidepressants", "12 (30%) were classified as having severe TRD"), when no outcome word follows.
SAMPLE_TRAIT_AFTER = re.compile(
    r"^\s*[\])]?\s*(?:of\s+(?:the\s+|these\s+|all\s+)?(?:patients|participants|subjects|sample)\s+)?(?:patients\s+|participants\s+)?"
    # ... but "(rates of) 52% and 35% were observed" is a passive report of the rates named before
    r"(?:had|have|has|(?:were|was)(?!\s+(?:observed|found|seen|noted|reported|recorded|obtained|achieved|attained"
    # ... nor "(60%) were high": an adjective that rates the numbers themselves
    r"|documented|detected|reached|(?:significantly\s+|much\s+|slightly\s+)?(?:high|higher|highest|low|lower|lowest"
    r"|similar|comparable|greater|superior|inferior|better|worse))\b)"
    r"|met\s+criteria\s+for|presented\s+with|reported\s+(?:a\s+)?(?:history|lifetime|prior)"
    r"|used|lived|took|were\s+taking)\b",
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
    r"|(?:after|following)\s+(?:\d+|" + WORD_NUMBER_RE + r")\s+(?:[\w-]+\s+)?(?:infusions|sessions|treatments|doses"
    r"|injections|administrations)|end\s+of\s+treatment",
    re.IGNORECASE,
)

# --- arms ---------------------------------------------------------------------------------------------------

# (regex, canonical arm label, drug vocabulary word); order matters: esketamine before ketamine.
ARM_TERMS: list[tuple[str, str, str]] = [
    # upper-case abbreviations abstracts define once and then use for the arms ("ESK + SOC vs PBO + SOC")
    (r"\bes-?ketamine\b|\bS-ketamine\b|\bspravato\b|(?-i:\bESK(?:NS)?\b)", "esketamine", "esketamine"),
    (r"\barketamine\b|\bR-ketamine\b", "arketamine", "arketamine"),
    (r"(?<![-\w])ketamine\b|\bketalar\b|\bR-107\b|(?-i:\bKET\b)", "ketamine", "ketamine"),
    (r"\bmidazolam\b|(?-i:\bMDZ\b)", "midazolam", "other"),
    (r"\bplacebos?\b|(?-i:\bPBO\b)|\bsaline\b|\bsham\b|\bcontrols?\b(?!\s+(?:treatment|condition)s?\b)", "placebo",
     "other"),
    (r"\bECT\b|\belectroconvulsive\b", "ECT", "other"),
    (r"\bquetiapine\b", "quetiapine", "other"),
    (r"\bdiclofenac\b", "diclofenac", "other"),
    (r"\baripiprazole\b", "aripiprazole", "other"),
    (r"\blithium\b", "lithium", "other"),
    (r"\bsertraline\b", "sertraline", "other"),
    (r"\bpropofol\b|\bmethohexital\b", "anaesthetic", "other"),
]
KETAMINE_FAMILY = ("ketamine", "esketamine", "arketamine")
# Designs whose participants form one group, so the study's N is the group a count of people is out of.
SINGLE_GROUP_DESIGNS = ("case_series", "open_label", "observational")
# The sentence that allocates participants to the arms, which it then lists in order.
ALLOCATION_CUE_RE = re.compile(
    r"\brandomi[sz]ed\b|\brandomly\b|\b(?:assigned|allocated)\s+to\b|\b(?:received|receive|given)\s+(?:either\b|one\s+of)"
    r"|\bthree\s+arms\b|\b(?:two|three|four)\s+(?:groups|arms)\s*[:(]",
    re.IGNORECASE,
)

# Response definitions ("≥50% reduction", "MADRS ≤ 10"), rating scales, change verbs, a scale value named
# for an arm.
RESPONSE_DEFINITION_RE = re.compile(
    r"(?:(?:≥|>=|at\s+least|of\s+at\s+least)\s*\d+\s*%\s*(?:reduction|improvement|decrease)?[^.;)]{0,40}"
    r"|(?-i:\b(?:MADRS|HAM-?D|HDRS|QIDS-SR16|QIDS|SSI|BDI)\b)[^.;)]{0,25}(?:≤|<=|<)\s*\d+"
    r"|\b(?:Montgomery[-–\s]*[ÅAŠ]?s?berg|Hamilton)[^.;)]{0,60}?(?:≤|<=|<)\s*\d+"
    r"|(?:score|scores)\s+of\s+\d+\s+or\s+less[^.;)]{0,40})",
    re.IGNORECASE,
)
SCALE_RE = re.compile(
    r"\b(MADRS|Montgomery[–-]?\s*[ÅAŠ]?s?berg|HAM-?D(?:-?\d+)?|HDRS(?:-?\d+)?|HRSD(?:-?\d+)?|Hamilton|QIDS(?:-SR16?)?"
    r"|BDI|PHQ-9|SSI|CGI-SS-r|CDRS-R)",
    re.IGNORECASE,
)
SCALE_CHANGE_CUE = re.compile(r"chang|reduc|decreas|drop|improv|differen|fell|declin", re.IGNORECASE)
SCALE_VALUE_FOR_ARM = re.compile(
    r"(?P<v>[-−–]?\s?\d+(?:\.\d+)?)\s*(?:\(\s*(?:SD|SE)[^)]*\)\s*|\[[^\]]*\]\s*)?(?:points?\s+)?"
    r"(?:for|in|with)\s+(?:the\s+)?(?P<arm>(?:es|ar)?ketamine|placebo|midazolam|saline|control)",
    re.IGNORECASE,
)

# --- sentence roles (which sentences can report this study's rates) -----------------------------------------------

# Other studies as the setting of a rate ("in randomized trials", "across the included studies", "in 12 RCTs"): a
# literature's rate, not one of this study's arms.
OTHER_STUDIES_RE = re.compile(
    # (not "in the two studies", "in these trials": a pooled analysis of a few named trials reports their own arms)
    r"\b(?:in|across|from|among|of|between)\s+(?:the\s+)?(?:(?:\d{2,}|[5-9]|several|many|most|included|published"
    r"|previous|prior|earlier|other|randomi[sz]ed|controlled|clinical|placebo-controlled|double-blind|open-label)\s+)"
    r"{0,3}(?:studies|trials|RCTs)\b"
    # "the 40% response rate previously reported for esketamine", "published rates of 50%", "in the literature"
    r"|\bpreviously\s+(?:reported|published|described|observed)\b|\b(?:reported|published|described)\s+previously\b"
    r"|\bpublished\s+(?:rates?|data|reports?|results|figures|estimates)\b|\bin\s+the\s+(?:published\s+)?literature\b"
    r"|\b(?:prior|previous|earlier)\s+(?:reports?|literature|work|findings)\b",
    re.IGNORECASE,
)
# A citation of other work inside the sentence ("(Smith et al., 2015)", "[4]", "[12-14]").
CITATION_RE = re.compile(
    r"\bet\s+al\b|\[\s*\d+(?:\s*[-–,]\s*\d+)*\s*\]|\(\s*[A-Z][a-z]+[^()]{0,30}\b(?:19|20)\d\d\s*\)"
)

# --- when a rate was read: named assessment points, windows and the end of a trial ----------------------------------

# A time the rate was not read at ("but not at day 25", "up to 2 weeks").
NOT_TIME_BEFORE_RE = re.compile(r"\bnot\s+(?:at|on|by)\s*$|\bup\s+to\s*$", re.IGNORECASE)
# The words between a list of values and the one arm they are given for ("50% and 40% for the ketamine group", "61% and
# 69% after esketamine", "50% and 40% of the ketamine group").
FOR_ARM_BEFORE_RE = re.compile(
    r"^\s*,?\s*(?:respectively\s*,?\s*)?(?:for|in|with|among|on|after|following|of)\s+(?:the\s+)?"
    r"(?:patients\s+(?:receiving|given|on)\s+)?$",
    re.IGNORECASE,
)
# "respectively", which closes a list matched one for one with another list.
RESPECTIVELY_RE = re.compile(r"\brespectively\b", re.IGNORECASE)
# A share of people meeting a response or remission criterion written out instead of named ("the proportion with a
# 50% or greater reduction in MADRS was 40%", "35% reached a MADRS score of 10 or less"): the measure it defines.
DEFINED_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("remission_rate", re.compile(
        r"\b(?:MADRS|HAM-?D\d*|HDRS\d*|QIDS\S*|BDI\S*|PHQ-9|CDRS-R)\s+(?:total\s+)?(?:score\s+)?(?:of\s+)?(?:≤|<=|<)\s*\d+"
        r"|\bscores?\s+of\s+\d+\s+or\s+(?:less|lower|below|fewer)\b", re.IGNORECASE)),
    ("response_rate", re.compile(
        r"(?:≥|>=|\bat\s+least(?:\s+an?)?|\bof\s+at\s+least)\s*50\s*%|\b50\s*%\s*or\s+(?:greater|more|higher)\b"
        r"|\b(?:halving|halved)\b", re.IGNORECASE)),
]
# The verb between a list of measures and its values ("... remission rates respectively were 42%, 23% and 4%"), and
# the separators of that list.
LIST_VERB_RE = re.compile(r"\b(?:were|was|are|is|of)\b", re.IGNORECASE)
LIST_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*", re.IGNORECASE)
# A named assessment point ("T1", "T2", "V3"), defined once with its time ("three months after treatment (T2)",
# "T1 (week 4)") and then used alone ("At T2, 53% were responders").
TIME_LABEL_RE = re.compile(r"(?<![\w-])(?-i:[TV]\d{1,2})(?![\w-])")
# The people who completed the trial ("subjects completing the trial", "completers", "at the end of the trial"): read
# at the end of a trial whose length the abstract states.
TRIAL_END_RE = re.compile(
    r"\bcomplet(?:ing|ed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:trial|study|treatment\s+course|protocol)\b|\bcompleters\b"
    r"|\bat\s+the\s+end\s+of\s+the\s+(?:trial|study)\b",
    re.IGNORECASE,
)
# "a 28-day, open-label trial", "over a 28-day period", "the 6-week study": the length of the trial.
TRIAL_LENGTH_RE = re.compile(
    r"\b(?P<num>\d+|[a-z]+)[- ](?P<unit>day|week|month)s?\b(?:\s*,?\s*[\w-]+){0,4}?\s+(?:trial|study|period|course"
    r"|treatment\s+phase|protocol)\b",
    re.IGNORECASE,
)

# --- rates from counts of a single group ----------------------------------------------------------------------------

# "Four patients achieved remission", "three participants responded", "6 subjects met response criteria": a count of
# people with the outcome, with no group size in the sentence; a rate only over a single group whose size is known.
_COUNT = r"(?P<a>\d+|" + WORD_NUMBER_RE + r")"
COUNT_OUTCOME_RE = re.compile(
    r"(?<![\w.%(])" + _COUNT + r"\s+(?:(?:of\s+(?:the|these)\s+)?(?:[\w-]+\s+)?(?:patients|participants|subjects"
    r"|individuals|cases|inpatients|outpatients|adults|adolescents|veterans|women|men)\s+)"
    r"(?:(?:had|have)\s+)?(?:(?P<rem>(?:achieved|obtained|attained|reached)\s+(?:(?:full|complete|clinical)\s+)?"
    r"remission|remitted"
    r"|met\s+(?:the\s+)?(?:criteria\s+for\s+)?remission(?:\s+criteria)?|were\s+in\s+remission"
    # ... or "became remitters / responders", "went into remission": the state reached
    r"|(?:became|become)\s+remitters|(?:went|came)\s+into\s+remission)"
    r"|(?P<resp>responded|(?:achieved|obtained|attained)\s+(?:a\s+)?(?:clinical\s+)?response|met\s+(?:the\s+)?(?:criteria\s+for\s+)?response"
    r"(?:\s+criteria)?|(?:were|became|become)\s+responders))\b",
    re.IGNORECASE,
)
# A methods sentence that says when outcomes were rated ("Both groups were reassessed after 24 hours") or that
# defines response or remission at a time ("Response was defined as a >= 50% fall in MADRS at day 13"): when it names
# one time only, a rate the results give with no time was read then.
# A rating time counted from every dose ("at 24 h following each infusion", "2 hours after every session") is no
# time since the start of a course of several doses: it cannot place a rate.
PLAN_EACH_DOSE = re.compile(r"\b(?:each|every)\b", re.IGNORECASE)
PLAN_ASSESSED = re.compile(
    r"\b(?:re-?)?(?:assess|evaluat|rat|measur|scor|examin|interview)(?:ed|ing)\b|\bfollowed\s+up\b|\bfollow-?up\s+(?:at|of)\b",
    re.IGNORECASE,
)
PLAN_DEFINED = re.compile(
    r"\b(?:respon\w*|remi(?:ssion|tters?))\b[^.;]{0,80}?\b(?:defined|definition|criteri(?:on|a)|primary\s+(?:outcome"
    r"|end\s*-?point))\b"
    r"|\b(?:defined|definition|criteri(?:on|a)|primary\s+(?:outcome|end\s*-?point)s?)\b[^.;]{0,40}?"
    r"\b(?:respon\w*|remi(?:ssion|tters?))\b",
    re.IGNORECASE,
)
# "Out of the total 29 patients, response was present in 14 (48%)", "Of all participants, 40% responded": in a study
# with a control arm, a rate over the whole sample mixes the arms and is no arm's rate (a bare "Overall," is left:
# abstracts often open an arm's result with it).
POOLED_SAMPLE_BEFORE = re.compile(
    r"\b(?:out\s+of|of|among|across|in)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:total|whole|entire|overall|combined|pooled)\b"
    r"|\b(?:out\s+of|of|among|across)\s+all\s+(?:\d+\s+)?(?:(?:study|randomi[sz]ed|enrolled|treated)\s+)?(?:patients|participants|subjects)\b"
    r"|\bin\s+total\b|\bboth\s+(?:groups|arms)\s+combined\b",
    re.IGNORECASE,
)
# "Four patients obtained remission on day 2, eight were in remission after 7 days, and twelve after 14 days": counts
# that go on the first one's series, with the people and (or) the verb left out.
COUNT_CONTINUED_RE = re.compile(
    # ("..., and two of them remitted": remitters among responders are remitters of the whole group)
    r"^[^.;]{0,80}?,\s*(?:and\s+)?" + _COUNT + r"\s+(?:of\s+(?:them|these|those)\s+)?(?:(?:were|was)\s+in\s+remission"
    r"|(?:also\s+)?remitted|responded"
    r"|were\s+responders|(?=(?:after|at|by|on|in)\s+(?:the\s+)?(?:\d|day|week|hour|month|" + WORD_NUMBER_RE + r")))",
    re.IGNORECASE,
)
