"""Adverse-event words for shares that describe the sample or a group of it rather than events of treatment (the
readers: evidence/extract/adverse.py, adverse_rates.py): a sentence that says who the sample is, a group named by an
event it had and then given its own predicate, a group's size after the trait that names it."""

from __future__ import annotations

import re

# A sentence that says who the sample is ("Mean age was 56 years, 88% had unipolar depression and 36% had
# hypertension", "54% were female, the average age was 45, and 22% had anxiety"): its shares are traits of the
# sample, in every clause of the list.
AE_SAMPLE_DESCRIPTION = re.compile(
    r"\b(?:mean|median|average)\s+(?:\(\s*SD\s*\)\s+)?age\b|\bage\s+(?:was|of)\s+\d|\byears?\s+(?:old|of\s+age)\b"
    r"|\b(?:were|was)\s+(?:women|female|male|men)\b",
    re.IGNORECASE,
)
# "12% of patients exhibiting hypertension required treatment": a group named by an event in a participle, then the
# finite verb of the share's own predicate - a share of that subgroup, not the event's rate (not "with 20% of
# patients experiencing nausea", whose share has no other predicate)
AE_PARTICIPLE_GROUP_BEFORE = re.compile(
    r"\b(?:patients|participants|subjects|those|individuals|people|cases)\s+(?:exhibiting|experiencing|developing"
    r"|reporting|showing|presenting\s+with)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
AE_SUBGROUP_PREDICATE_AFTER = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:required|needed|received|underwent|were|was|had|did|showed|responded|remitted"
    r"|recovered|resolved)\b",
    re.IGNORECASE,
)
# A group's size after it is named by what it has ("Patients with high insomnia (n = 64) or low insomnia (n = 68)"):
# the next term, coordinated after the count's bracket, names the other group
AE_COORDINATED_GROUP_BEFORE = re.compile(
    r"\(\s*n\s*=\s*\d+\s*\)\s*,?\s*(?:or|and|versus|vs\.?)\s+(?:(?:those|patients|participants)\s+(?:with|without)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A share of EVENTS, not of people: its denominator is the events ("six [27%] of 22 adverse events", "45% of the 60
# reported AEs", "of which 90% of events were mild") or it qualifies most or all of them ("Most TEAEs (86%) were mild"):
# how the events split (by severity, relatedness, organ), never how many patients had one.
_EVENT_NOUNS = (r"(?:(?:treatment[- ]emergent\s+)?adverse\s+(?:events?|effects?|reactions?"
                r"|drug\s+(?:events?|reactions?))|(?:TE)?AEs|ADRs|ADEs|side[- ]effects|events|episodes|reactions)")
# ... the words between 'of' and the events only qualify them (not "30% of participants reported side effects": people
# and their verb)
_EVENT_QUALIFIER = (r"(?:(?!(?:patients?|participants?|subjects?|people|individuals|women|men|adults|children|those"
                    r"|them|who|with|had|has|have)\b)[\w/-]+\s+)")
AE_EVENT_SHARE_AFTER = re.compile(
    r"^\s*[\])]?\s*of\s+(?:the\s+|all\s+|these\s+|those\s+)?(?:\d[\d,]*\s+)?" + _EVENT_QUALIFIER + r"{0,2}?"
    + _EVENT_NOUNS + r"\b",
    re.IGNORECASE,
)
AE_EVENT_SHARE_BEFORE = re.compile(
    r"\b(?:most|the\s+majority|nearly\s+all|almost\s+all|all)\s+(?:of\s+(?:the\s+|these\s+|those\s+)?)?"
    # (not "the most common adverse event (50%)": a superlative names one event, whose rate follows)
    r"(?:(?!(?:common|frequent|often|prevalent|usual|typical|reported)\w*\b)(?=" + _EVENT_QUALIFIER + r")"
    r"[\w/-]+\s+){0,2}?"
    + _EVENT_NOUNS + r"\s*[(\[]\s*(?:n\s*=\s*)?(?:\d+\s*[,;]?\s*)?$",
    re.IGNORECASE,
)
# A count of administrations with its share, not of the people ("Four of 205 infusions (1.95%) were stopped", "in 23
# infusion sessions (0.98%)"): a per-dose incidence, not the rate of patients with the event. ("after two infusions
# (30%)" and "week 1 of treatment (20%)" are times, not counts.)
_ADMINISTRATIONS = r"(?:infusions?|injections?|doses?|administrations?|sessions?|treatments?)(?:\s+sessions?)?"
AE_ADMINISTRATION_SHARE_BEFORE = re.compile(
    r"(?<!after\s)(?<!following\s)(?<!over\s)(?<!during\s)(?<!with\s)(?<!per\s)(?<!week\s)(?<!day\s)(?<!month\s)"
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+(?:the\s+)?\d[\d,]*\s+)?"
    r"(?:(?!of\b)[\w-]+\s+)?" + _ADMINISTRATIONS + r"\s*[(\[]\s*$",
    re.IGNORECASE,
)
