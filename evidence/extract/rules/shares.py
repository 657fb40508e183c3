"""Shares of people and their own predicates: a number that opens its own clause, a share meeting a criterion or
attaining an improvement, and a share of the responders rather than of an arm."""

from __future__ import annotations

import re

from evidence.extract.rules.adverse import AE_TERM_RE

# --- a number that opens its own clause ------------------------------------------------------------------------------

# "54% of patients responded, 78% experienced side effects, and 11% dropped out": a number after a clause break that is
# the subject of its own verb is described by that verb, never by the cue of the clause before it.
CLAUSE_START_BEFORE = re.compile(r"[,;]\s*(?:and\s+|but\s+|while\s+|whereas\s+)?$", re.IGNORECASE)
OWN_PREDICATE_AFTER = re.compile(
    r"^\s*(?:of\s+(?:the\s+|all\s+|these\s+)?(?:(?:[\w-]+\s+)?(?:patients|participants|subjects|individuals|cases"
    r"|people|adults|adolescents|sample|cohort)\s+)?)?(?:also\s+|still\s+)?"
    r"(?!(?:respond|remitt|relaps)\w*\b)(?:[a-z]{3,}ed|had|has|were|was|felt|took|left|became|did|went|saw|got|fell)\b",
    re.IGNORECASE,
)

# "47% of patients showed a significant decrease in PHQ-9 scores": a share of people with a significant improvement of
# a depression measure is a response rate whose threshold the abstract does not state (read as uncertain). Only right
# after the number, only of people, never "clinically significant" (a criterion of its own) or another outcome.
RESPONDER_SHARE_AFTER = re.compile(
    r"^\s*of\s+(?:the\s+|all\s+|these\s+)?(?:[\w-]+\s+)?(?:patients|participants|subjects|individuals|people|adults"
    r"|adolescents)\s+(?:showed|had|experienced|achieved|demonstrated|reported|displayed)\s+(?:a\s+)?"
    r"(?:statistically\s+)?significant\s+(?:decrease|reduction|improvement|drop|decline)s?\s+in\s+(?:(?:the|their)\s+)?"
    r"(?:depressive\s+symptoms?|depression(?:\s+(?:symptoms?|scores?|severity))?"
    r"|(?-i:MADRS|HAM-?D\d*|HDRS\d*|HRSD\d*|QIDS\S*|BDI\S*|PHQ-9|CDRS-R)\b)",
    re.IGNORECASE,
)

# "48% had a ≥50% reduction in MADRS": the number's own verb of meeting a criterion the clause writes out.
CRITERION_MET_AFTER = re.compile(
    r"^\s*(?:of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:patients|participants|subjects|individuals|people)\s+)?"
    r"(?:had|achieved|showed|reached|met|attained|obtained|experienced)\b",
    re.IGNORECASE,
)
# "..., whereas 50% achieved a significant improvement": a share whose own verb is attaining an improvement is a share
# of people, even with the people named only in the clause before.
ATTAINED_IMPROVEMENT_AFTER = re.compile(
    r"^\s*(?:achieved|attained|reached|experienced|showed|had|reported)\s+(?:an?\s+)?(?:statistically\s+)?"
    r"(?:significant|marked|substantial)\s+improvement\b",
    re.IGNORECASE,
)
# "26% had a 50% improvement in PHQ-9 score": a share with a halving of a depression score (the response criterion
# written without "at least") - only as that share's own predicate, never a change of the group's mean score.
HALVING_MET_AFTER = re.compile(
    r"^\s*(?:of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:patients|participants|subjects|individuals|people|adults"
    r"|adolescents|children|cases|veterans|(?:in|out)patients)\s+)?"
    # ... the verb finite or as a participle after 'with' ("with 50% of treated participants achieving > 50% ..."),
    # the criterion with or without its sign, the scale abbreviated or written out, at baseline or not
    r"(?:had|achieved|showed|reached|attained|experienced|reported|demonstrated|having|achieving|showing|reaching"
    r"|attaining|experiencing|demonstrating)\s+(?:an?\s+)?(?:(?:[≥>]=?|at\s+least|more\s+than|greater\s+than)\s*)?"
    r"50\s*%\s+(?:(?:or\s+(?:greater|more|higher)\s+)?"
    r"(?:reduction|improvement|decrease|decline|drop)\s+(?:in|of|from|on)\s+(?:(?:the|their)\s+)?(?:baseline\s+)?"
    r"(?:depressive\s+symptoms?|depression|suicidal\s+ideation|suicidality|suicidal\s+thoughts"
    r"|Montgomery|Hamilton|Beck\s+Depression|Quick\s+Inventory|Patient\s+Health|Children'?s\s+Depression"
    r"|(?-i:MADRS|HAM-?D\d*|HDRS\d*|HRSD\d*|QIDS\S*|BDI\S*|PHQ-?9|CDRS-R|SSI|BSS|C-SSRS)\b))",
    re.IGNORECASE,
)
# ... or whose own verb is a measure (", and 35% met response criteria", "; 20% remitted")
OWN_CUE_PREDICATE_AFTER = re.compile(
    r"^\s*(?:of\s+(?:the\s+|all\s+|these\s+)?(?:(?:[\w-]+\s+)?(?:patients|participants|subjects|individuals|cases"
    r"|people|adults|adolescents)\s+)?)?(?:also\s+|still\s+)?"
    r"(?:met|achieved|reached|attained|responded|remitted|were\s+(?:responders|remitters|in\s+remission)|had\s+(?:a\s+)?"
    r"(?:response|remission))\b",
    re.IGNORECASE,
)

# "45% were responders, of whom 60% remained well", "among the remitters, 30% ...": a share of the responders or
# remitters named just before, not a rate of the arm.
OUTCOME_SUBGROUP_BEFORE = re.compile(
    r"\b(?:respon\w*|remi(?:tters?|tted|ssion))\b[^.]{0,60}?[,;]?\s+(?:of|among|in)\s+(?:whom|them|these|those)"
    r"(?:\s+(?:patients|participants|responders|remitters))?\s*,?\s*$"
    r"|\b(?:among|of|in)\s+(?:the\s+|these\s+|all\s+)?(?:\d+\s+)?(?:[\w-]+\s+){0,2}?(?:responders|remitters)"
    r"\s*(?:\([^()]*\)\s*)?,\s*$"
    # "Of those achieving response after one infusion, 66% ...": a share of a subgroup defined by an outcome
    r"|\b(?:among|of|in)\s+(?:those|the\s+(?:patients|participants)|patients|participants|subjects)\s+(?:who\s+)?"
    r"(?:had\s+|were\s+)?(?:achiev\w*|reach\w*|attain\w*|show\w*|with|in|not\s+achiev\w*)\s+(?:an?\s+)?"
    r"(?:early\s+|initial\s+)?(?:respon\w*|remi\w*|non-?respon\w*)\b[^.;%]{0,60},\s*$",
    re.IGNORECASE,
)

# "Patients with severe depression (n = 45; 37.5%) had lower response rates than ...": a subgroup compared on an
# outcome - its bracket gives the subgroup's share of the sample, not its rate.
COMPARED_GROUP_AFTER = re.compile(
    r"^\s*(?:had|showed|achieved|reached|demonstrated|experienced)\s+(?:a\s+|an\s+)?(?:(?:significantly|slightly|much"
    r"|markedly)\s+)?(?:lower|higher|greater|smaller|better|worse|similar|comparable|reduced|increased|poorer)\b"
    r"|^\s*(?:were|was)\s+(?:\w+\s+)?(?:more|less)\s+likely\b"
    r"|^\s*(?:responded|remitted)\s+(?:less|more|better|worse|similarly)\b",
    re.IGNORECASE,
)

# "The probability that a non-responder became a responder was 17%", "sensitivities ... exceeded 90%": a statistic
# about people, not the share of them who responded.
STATISTIC_SUBJECT = re.compile(
    r"\b(?:probabilit(?:y|ies)|likelihood|sensitivit(?:y|ies)|specificit(?:y|ies)|accuracy|predictive\s+values?"
    r"|\bPPV\b|\bNPV\b|\bAUC\b|area\s+under|chances?)\b",
    re.IGNORECASE,
)
# "94% sensitive, 71% specific", "85% accuracy": the number is a property of a test (a predictor), not a share of people
STATISTIC_AFTER = re.compile(
    r"^\s*[)\]]?\s*(?:sensitiv\w*|specific(?:ity)?\b|accura(?:cy|te)\b|(?:positive|negative)\s+predictive\b"
    r"|(?-i:PPV|NPV)\b)",
    re.IGNORECASE,
)
# "the (cumulative) probability of achieving response was 79%", "the probability of remission by week 12 was 45%": the
# estimated share of the whole group that reached the outcome by a time (a Kaplan-Meier rate), not a probability
# conditional on a subgroup ("the chance of remission for an initial non-remitter") or of another event - only a time
# and the verb may follow the outcome. (The time may be the outcome's adjective and the value its bracket: "a higher
# probability of 6-month response (49.7%)".)
CUMULATIVE_RATE_BEFORE = re.compile(
    r"\b(?:probabilit(?:y|ies)|likelihood)\s+of\s+(?:(?:achieving|reaching|attaining)\s+(?:an?\s+)?)?"
    r"(?:(?:\d+|one|two|three|four|six|twelve)[- ](?:hour|day|week|month|year)\s+)?"
    r"(?:(?:clinical|treatment|full)\s+)?(?:response|remission)\s*,?"
    r"(?:\s*(?:at|by|within|over|in|on|after)\s+(?:\d+|one|two|three|four|six|twelve)\s*-?\s*"
    r"(?:hours?|h|days?|weeks?|months?|years?)\b\s*,?|\s*(?:at|by|in|on)\s+(?:day|week|month)\s+\d+\s*,?)?"
    r"\s*(?:was|were|is|of|[(\[])?\s*$",
    re.IGNORECASE,
)
# "..., with 0.9% deteriorating": a share after "with" whose own -ing verb is not a measure.
WITH_ING_AFTER = re.compile(
    r"^\s*(?:of\s+\w+\s+)?(?!(?:respond|remitt|achiev|reach|attain|meet|show|receiv|tak|us|undergo|getting)\w*\b)"
    r"[a-z]{3,}ing\b",
    re.IGNORECASE,
)
WITH_BEFORE = re.compile(r"[,;]\s*with\s*$", re.IGNORECASE)

# "30 were responders or remitters (75%)", "response or remission was achieved by 75%": one share of people who reached
# either, which is the response rate (a remitter has responded) - not a list of two measures ("response or remission
# rates were 45% and 20%").
EITHER_KIND_RE = re.compile(
    r"\b(?:respon(?:se|ders?)|remi(?:ssion|tters?))\s+(?:and/)?or\s+(?:respon(?:se|ders?)|remi(?:ssion|tters?))\b"
    r"(?!\s+rates?\b)",
    re.IGNORECASE,
)

# "..., and 20% reported headache", "; dissociation in 20%", "dissociation (30%)": the number counts an adverse event -
# its own verb reports the event, or the event's name governs it right before - never a response or remission rate.
AE_PREDICATE_AFTER = re.compile(
    r"^\s*[)\]]?\s*(?:of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:patients|participants|subjects|individuals)\s+)?"
    r"(?:also\s+)?(?:reported|experienced|developed|had|showed|complained\s+of|suffered(?:\s+from)?)\s+"
    r"(?:(?:a|an|mild|transient|moderate|severe|some|significant)\s+)*(?:" + AE_TERM_RE.pattern + r")",
    re.IGNORECASE,
)
AE_NAMED_BEFORE = re.compile(
    r"(?:" + AE_TERM_RE.pattern + r")\s*(?:(?:was|were)\s+(?:\w+\s+)?(?:seen|observed|reported|noted|present)\s+"
    r"|occurred\s+)?(?:(?:in|of|by|among)\s+(?:the\s+)?|[(\[]\s*)$",
    re.IGNORECASE,
)
# What an "improved" share improved: the noun phrase right after "improved" or "improvement in/of" ("18 reported
# improved social functioning", "improvement in quality of life in 40%"); a phrase naming no depressive outcome makes
# the share one of another outcome, not a response. Adverbs, prepositions and numbers after the word name nothing.
IMPROVED_OBJECT = re.compile(
    r"\bimprov(?:ed|ements?\s+(?:in|of))\s+(?:(?:their|the|his|her|its)\s+)?"
    r"(?!(?:by|in|at|on|after|from|with|over|during|within|among|for|than|and|or|to|was|were|is|are|significantly"
    r"|compared|relative|versus|vs|but|yet|so|while|whereas|again|further|more|less|until|before|up|upon|following"
    r"|since|across|throughout|through|per|as|when|if|due|because|enough|overall|thereafter|later|early)\b|\w+ly\b)(?P<obj>[a-z][\w/-]*(?:\s+(?!(?:in|at|on|after|during|within|among|for"
    r"|than|was|were|by|compared)\b)[a-z][\w/-]*){0,3})",
    re.IGNORECASE,
)
# the words that make an improved phrase a depressive outcome (beside the depression scales and words)
IMPROVED_DEPRESSIVE = re.compile(
    r"symptom|score|outcome|clinical|global|overall|condition|CGI|response|anhedon|suicid|wellbeing|well-being", re.I
)
# ... or the subject right before "improved" ("In 12 patients (60%), family relationships improved")
IMPROVED_SUBJECT = re.compile(r"(?P<obj>[a-z][\w/-]*(?:\s+[a-z][\w/-]*){0,2})\s+(?:(?:had|have|has)\s+)?improved\b",
                              re.IGNORECASE)
# subjects that are the people or the measure itself, never another outcome
IMPROVED_PEOPLE_SUBJECT = re.compile(
    r"\b(?:who|they|those|them|which|that|it|patients?|participants?|subjects?|individuals?|cases?|people|responders?"
    r"|adults?|adolescents?|women|men|veterans?|inpatients?|outpatients?|group|arm|cohort|sample)$",
    re.IGNORECASE,
)
# ... but an adverb or an auxiliary right before "improved" is no subject ("12 (60%) markedly improved", "were much
# improved", "also improved"): the people are the subject
IMPROVED_NOT_SUBJECT_END = re.compile(
    r"(?:\w+ly|much|also|further|very|greatly|then|all|both|each|not|be|been|being|is|are|was|were|had|have|has"
    r"|subsequently|still|already|rapidly)$",
    re.IGNORECASE,
)
# An improvement that falls short of a response by its own words: an early improvement (a predictor concept, "early
# improvement was greater with ketamine (85%)", "improved within the first 24 h") or an indefinite or slight one ("an
# improvement in mood", "some improvement", "mild improvement"); not "an improvement of at least 50%" (a threshold).
IMPROVEMENT_SHORT_OF_RESPONSE = re.compile(
    r"\b(?:early|initial)\s+(?:symptom(?:atic)?\s+|clinical\s+)?improvement\b"
    r"|\bimprov\w*\b[^.;%()]{0,60}?\bwithin\s+the\s+first\s+(?:\d+|few|one|two|three)\s*(?:-?\s*)(?:h|hours?|days?)\b"
    r"|\b(?:an|some|any|slight|mild|modest|minimal|minor)\s+improvement\b(?!\s+of\s+(?:at\s+least|≥|>|more\s+than|\d))",
    re.IGNORECASE,
)
# An improvement measured on a quality-of-life or functioning instrument ("a meaningful improvement in their QoL
# score", "improved SF-36 scores"): a share of another outcome, not a depression response.
IMPROVED_QUALITY_OF_LIFE = re.compile(
    r"quality\s+of\s+life|\b(?:HR)?QoL\b|\bQLDS\b|\bQ-?LES-?Q|\bSF-?(?:36|12)\b|\bEQ-?5D|\bWHOQOL|\bSDS\b|\bWSAS\b"
    r"|\bdisabilit|\bfunctioning\b",
    re.IGNORECASE,
)
# A sentence about the classes a statistical model found ("the growth mixture model comprised three classes:
# Responders (44%), ...", "latent class analysis identified two trajectories"): its numbers are shares of modelled
# classes, not observed rates ("20 (67%) were classified as responders" is an observed rate and is left).
MODEL_CLASSES = re.compile(
    r"\b(?:growth\s+mixture|mixture\s+model|latent\s+(?:class|profile|growth|trajector)\w*|trajectory\s+(?:classes"
    r"|groups|model\w*|analys[ie]s)|group-based\s+trajectory)\b"
    r"|\b(?:model|analysis|solution)\s+(?:\w+\s+){0,2}?(?:identified|comprised|yielded|revealed|found|distinguished)"
    r"\s+(?:\w+\s+){0,2}?(?:classes|trajectories|clusters|subgroups)\b",
    re.IGNORECASE,
)
# A count whose denominator is defined by an outcome ("Two of the 7 patients who achieved remission (29%) maintained
# it", "3 of the 9 responders"): a share of the remitters or responders, not a rate of the arm.
# (the outcome defines the denominator and a later verb tells what that subgroup then did: "Twelve of the 30 patients
# who responded" alone is the response rate itself)
OUTCOME_DENOMINATOR_AFTER = re.compile(
    r"^\s*(?:who|that)\s+(?:had\s+|were\s+|initially\s+|first\s+)?(?:achiev\w*|reach\w*|attain\w*|show\w*|met"
    r"|responded|remitted|in)\b[^.;]{0,40}?\b(?:respon|remi)?\w*[^.;]{0,60}?\b(?:maintain|sustain|relaps|remain|retain"
    r"|kept|keep|lost|continu)\w*",
    re.IGNORECASE,
)
# ... the count's own denominator ("... of the 7 patients", "of these 12 participants")
COUNT_DENOMINATOR = re.compile(
    r"\bof\s+(?:the\s+|these\s+)?\d+\s+(?:[\w-]+\s+)?(?:patients|participants|subjects|individuals)\b", re.IGNORECASE
)
