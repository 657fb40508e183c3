"""Onset cues: effect and significance words, speed words, negations, clauses and time-to-response phrases."""

from __future__ import annotations

import re

from evidence.extract.rules.onset_significance import (
    ONSET_BENEFIT_OVER_CONTROL,
    ONSET_SEVERITY_ADJECTIVE,
    ONSET_STATISTICALLY_AND_CLINICALLY,
    ONSET_WITHOUT_CHANGE,
)

ONSET_EFFECT = re.compile(
    # "a rapid onset of action two hours after the infusion": when the effect began
    r"\bonset\s+of\s+(?:(?:the\s+)?(?:antidepressant|clinical|therapeutic)\s+)?(?:action|effects?)\b|"
    r"improv|reduc|decreas|effects?\b|respon|symptom|MADRS|HAM-?D|HDRS|antidepressant|suicid|remission|depress"
    # any depression scale's scores ("PHQ-9 scores were significantly lower at week 4")
    r"|HRSD|QIDS|\bBDI|PHQ|\bGDS|CDRS|IDS-?C|EPDS|\bHADS(?!-?A\b)"
    # ... and a suicidal-ideation scale's ("the BSS score was significantly lower than with saline at 24 h")
    r"|\b[MB]?SSI\b|\bBSS\b|C-SSRS|hopeless|\bBHS\b"
    # "no significant difference between groups at 2 hours; ketamine was superior at 24 hours": a comparison of arms
    r"|\bdifferen(?:ce|ces|tiated)\b|\bseparat(?:ed|ion)\b|\bsuperior(?:ity)?\b|\boutperform\w*|\badvantage\b"
    r"|\bbenefit|(?:superior\s+to|separated\s+from|separation\s+from|differences?\s+(?:from|versus|vs\.?)"
    r"|(?:better|more\s+effective)\s+than)\s+"
    r"(?:active\s+)?(?:placebo|midazolam|saline|control)",
    re.IGNORECASE,
)
ONSET_SIGNIFICANT = re.compile(
    # ('statistically and clinically significant' is statistical; 'significant suicidal ideation' is a severity)
    ONSET_STATISTICALLY_AND_CLINICALLY + r"|(?<!clinically\s)significant(?:ly)?" + ONSET_SEVERITY_ADJECTIVE
    # ('a 50% or greater reduction' is a response threshold, not a comparison)
    + r"|\bevident\b|(?<!\bor\s)greater\s+(?:improvement|reduction|decrease)|\bsuperior\b"
    r"|\brapid(?:ly)?\b|\bseparated\s+from\b|\breached\s+(?:statistical\s+)?significance|\bbecame\s+significant"
    r"|\bsuperiority\s+(?:over|to)\b"
    # "significance was first reached at day 8", "statistical significance was achieved by 24 h"
    r"|\bsignificance\s+(?:was|were)\s+(?:first\s+|only\s+)?(?:reached|achieved|attained|observed)\b"
    # an effect that "favoured" the drug: significant without the word
    r"|\bfavou?r(?:ed|ing)\s+(?:the\s+)?(?:(?:es|ar)?ketamine|treatment|active\s+(?:drug|treatment)|intervention)\b"
    + ONSET_BENEFIT_OVER_CONTROL,
    re.IGNORECASE,
)
# Weaker words for an effect that count only with an explicit speed cue ("effects emerged within 2 hours").
ONSET_WEAK_EFFECT = re.compile(
    r"\b(?:emerged|began|started|observed|seen|apparent|appeared|noted|occurred|onset)\b", re.IGNORECASE
)
ONSET_EXPLICIT_SPEED = re.compile(
    r"\bwithin\b|as\s+early\s+as|as\s+soon\s+as|\bearliest\b|\bby\s+(?:the\s+(?:first|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+)?(?:day|week|hour)"
    r"|\bonset\s+of\s+(?:[\w-]+\s+){0,2}?(?:action|effects?|response|improvement|benefit)\s+(?:was|occurred)\b"
    r"|\b(?:began|started|emerged|appeared)\s+(?:at|on|after|by|from|in|during|within)\b"
    # "beginning at 2 hours", "starting on day 3", "from the 24th hour onwards": where an effect began
    r"|\b(?:beginning|starting)\s+(?:at|on|from|by|with|in)\b"
    # "a rapid reduction ... evident 2 h post-infusion", "rapid, with significant improvement at 4 h": a speed word
    # tied, in one unbroken phrase, to a time within days ("a rapid, yet transient, effect, with odds ratios ... at
    # 24 hours" is not)
    r"|\brapid(?:ly)?(?:,?\s+with)?\s(?:[^,;.()]{0,60},\s+with\s)?[^,;.()]{0,80}?"
    r"(?:\b\d+(?:\.\d+)?\s*-?\s*(?:min(?:ute)?s?|h|hrs?|hours?|days?)\b|\bday\s+\d)",
    re.IGNORECASE,
)
ONSET_SPEED = re.compile(
    # "reached significance at": the time it turned significant
    r"\bwithin\b|as\s+early\s+as|as\s+soon\s+as|\bfirst\s+(?:reached|became|achieved)\b"
    r"|\breached\s+(?:statistical\s+)?significance|\bbecame\s+significant|\bearliest\b|\bearlier\b|\bonly\s+after\b|\bby\s+(?:the\s+(?:first|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+)?(?:day|week|hour)"
    r"|\bfirst\s+(?:[\w-]+\s+)?(?:time\s*point|assessment|observed|significant)|all\s+time\s*points|\bonset\b"
    r"|\b(?:at|across)\s+(?:all|every)\s+(?:the\s+)?(?:follow-?ups?|visits?|assessments?)\b"
    r"|\bfrom\s+(?=\d+(?:\.\d+)?\s*-?\s*(?:min|h\b|hrs?\b|hours?|days?|weeks?|months?)|day\b|week\b|hour\b)|\bonwards?\b|\bstarting\s+(?:at|from)\b"
    # an effect seen at one time that then lasted: that time is where it began
    r"|\b(?:lasted|persisted|remained\s+significant)\b"
    # "separation emerged on day 2": the time an effect appeared
    r"|\b(?:began|started|emerged|appeared)\s+(?:at|on|after|by|from|in|during|within)\b"
    # "beginning at 2 hours", "starting on day 3", "from the 24th hour onwards": where an effect began
    r"|\b(?:beginning|starting)\s+(?:at|on|from|by|with|in)\b"
    # "a rapid reduction ... evident 2 h post-infusion", "rapid, with significant improvement at 4 h": a speed word
    # tied, in one unbroken phrase, to a time within days ("a rapid, yet transient, effect, with odds ratios ... at
    # 24 hours" is not)
    r"|\brapid(?:ly)?(?:,?\s+with)?\s(?:[^,;.()]{0,60},\s+with\s)?[^,;.()]{0,80}?"
    r"(?:\b\d+(?:\.\d+)?\s*-?\s*(?:min(?:ute)?s?|h|hrs?|hours?|days?)\b|\bday\s+\d)",
    re.IGNORECASE,
)
ONSET_NEGATED = re.compile(
    r"\bnot\s+(?:statistically\s+)?significant|\bno\s+(?:longer\s+)?(?:statistically\s+)?significant|\bdid\s+not\b"
    r"|\bnot\s+achieved|\bfailed\s+to|\bno\s+(?:major\s+)?differences?"
    # "scores were similar (comparable) in the two groups at day 1": no difference in other words
    r"|\b(?:was|were|remained)\s+(?:\w+\s+)?(?:similar|comparable)\b(?!\s+to\b)"
    # "a non-significant reduction", "statistically insignificant", "not superior to placebo", "no better than",
    # "lacked superiority over placebo": not significant in other words
    r"|\bnon-?\s?significant|\binsignificant|\bnot\s+(?:\w+\s+)?(?:superior|better|more\s+effective|different)\b"
    r"|\bno\s+better\b|\black(?:ed|s|ing)?\s+(?:of\s+)?(?:superiority|significance|efficacy|effect)\b"
    # "significant only before adjustment for multiple comparisons": not significant once adjusted
    r"|\bonly\s+(?:prior\s+to|before|without)\s+(?:\w+\s+){0,3}?(?:adjustment|correction)"
    r"|" + ONSET_WITHOUT_CHANGE,
    re.IGNORECASE,
)
# A sentence that carries the previous sentence's effect to another time ("This was also noted at the earlier
# (4-hour) timepoint", "The difference was also significant at 2 hours").
ONSET_CONTINUATION = re.compile(
    r"\b(?:this|these|it|the\s+(?:same|difference|effect|improvement|separation))\b[^.;]{0,30}?\b(?:also|similarly|likewise)\b"
    r"|\b(?:also|similarly)\s+(?:noted|observed|seen|evident|significant|present|found)\b",
    re.IGNORECASE,
)
# An adverse effect's time course ("dissociative symptoms peaked at 40 minutes and lasted 2 hours") is not an onset
# of antidepressant effect, unless the sentence also names a depression outcome.
ONSET_AE_COURSE = re.compile(
    r"dissociat|CADSS|psychotomimetic|blood\s+pressure|hypertensi|adverse|side[- ]effects?|sedat|dizz|nause", re.I
)
ONSET_DEPRESSION_OUTCOME = re.compile(
    r"MADRS|HAM-?D|HDRS|HRSD|QIDS|BDI|PHQ|CDRS|EPDS|\bGDS\b|\bHADS|IDS-?C|depress|antidepressant|suicid|\brespon"
    r"|remission|\bmood\b", re.I
)
# Clauses of one sentence whose negation is judged apart ("no difference at 4 hours; superior at 24 hours").
ONSET_CLAUSE_CUT = re.compile(
    r";|,?\s+\b(?:but|whereas|while|although|however)\b|,\s+(?:and\s+)?(?:there\s+)?(?:was|were)\s+no\b"
    # "... was found at day 7, with no significant difference in response rates": a second finding set apart
    r"|,\s+(?:with|and)\s+no\b"
    # "... at 24 h, with a small, non-significant trend at 4 h": the trend's clause apart
    r"|,\s+(?:with\s+|and\s+)?(?:an?\s+)?(?:\w+,?\s+)?(?:non-?\s?significant|insignificant)\b",
    re.IGNORECASE,
)
# "at all time points", "at all follow-ups", "at every visit", "across all assessments": from the first one rated
ONSET_ALL_TIMEPOINTS = re.compile(
    r"\b(?:at|across|on|in)\s+(?:all|every|each)\s+(?:(?:the|of\s+the)\s+)?(?:assessment\s+|post-?\w+\s+|subsequent\s+)?"
    r"(?:time\s*-?points?|follow-?ups?|visits?|assessments?|evaluations?|measurements?|measurement\s+points|ratings?)\b",
    re.IGNORECASE,
)
# "at all timepoints from day 8 onward": all the times from a stated one, not from the first assessment
ONSET_ALL_FROM = re.compile(
    r"all\s+(?:(?:assessment|subsequent|later|post-?\w+)\s+)?(?:time\s*points?|visits|assessments)\s+(?:from|after|beginning"
    r"|starting|since)\b",
    re.IGNORECASE,
)
ONSET_SCHEDULE = re.compile(r"\bassess|\bevaluat|\brated?\b|\bperformed\b|\bmeasured\b|\bscored\b|\brecorded\b",
                            re.IGNORECASE)

# Which outcome a time belongs to. Onset is the antidepressant effect's: a depression time wins; failing one, a time
# of suicidal ideation; failing that, one of the trial's other psychiatric indication (PTSD, anxiety: a PTSD trial's
# onset). A time tied to a non-psychiatric outcome ("VAS pain scores at 4 h", "sedation at 5 minutes") is no onset.
ONSET_OUTCOME_DOMAINS: list[tuple[str, re.Pattern[str]]] = [
    ("depression", re.compile(
        # ("respiratory depression" is an anaesthetic adverse event, not the mood)
        r"MADRS|HAM-?D|HDRS|HRSD|QIDS|BDI|IDS-?C|CDRS|PHQ|EPDS|\bGDS\b|\bHADS(?!-?A\b)|(?<!respiratory\s)depress"
        r"|antidepress"
        # (anhedonia, a core symptom of depression rated by its scales' items: 'MADRS item 8 (anhedonia)')
        # (hopelessness, the depressive cognition the Beck Hopelessness Scale rates)
    r"|\bmood\b|anhedoni|hopeless|\bBHS\b", re.I)),
    # (MSSI, BSS, BSSI: the modified and Beck scales for suicidal ideation)
    ("suicidal", re.compile(r"suicid|C-SSRS|\b[MB]?SSI\b|\bBSS\b|\bSI\b", re.I)),
    ("psychiatric", re.compile(
        r"anxi|HAM-?A\b|\bGAD|\bPTSD\b|post-?traumatic|\bCAPS\b|\bIES-?R\b|impact\s+of\s+event|obsess|\bOCD\b"
        r"|Y-BOCS|\bLSAS\b", re.I)),
    ("other", re.compile(
        # ("on postoperative day 3": a qualifier of the time that follows, not an outcome)
        r"\bpain\b|analges|\bVAS\b(?!-?\s*(?:depress|mood))|visual\s+analog(?:ue)?\s+(?:scale|score)"
        # ("12 h postoperatively", "postoperative depression": a time's qualifier, the psychiatric outcome's setting)
        r"|post-?operativ(?!e\s*$|e(?:ly)?\s+(?:day|week|hour|night|month)s?\b|ely\b|e\s+(?:depress|anxi|mood))"
        r"|post-?surg(?!ery\s*$|ery\s+(?:day|week)s?\b|ical\s+(?:depress|anxi|mood))"
        r"|sedation|\bRamsay\b|cogniti"
        r"|\bsleep|insomnia|dissociat|CADSS"
        # anaesthesia and surgical outcomes ("reduced emergence agitation at 15 minutes", "postictal delirium")
        r"|\bemergence\b|\bagitation|delirium|shivering|extubation|ha?emodynamic|heart\s+rate|\bseizure"
        r"|recovery\s+time|awakening"
        # substance use and psychosis (models in volunteers, schizophrenia): no antidepressant onset
        r"|craving|alcohol|drink|abstinen|cocaine|opioid\s+use|psychotic\s+symptoms|\bBPRS\b|\bPANSS\b|hallucinat"
        r"|schizo",
        re.I)),
]
# Preference among the outcomes above (lower first); an outcome not listed gives no onset.
ONSET_DOMAIN_TIER: dict[str, int] = {"depression": 0, "suicidal": 1, "psychiatric": 2}
# A rate "observed within 6 weeks" is a rate at a visit, not where an effect began, unless it says how early.
ONSET_EARLY = re.compile(r"as\s+early\s+as|as\s+soon\s+as|\bearliest\b|\bonset\b", re.IGNORECASE)
# "by day 14 for depression": the outcome named right after a time
ONSET_OUTCOME_AFTER = re.compile(r"^[\s,]*(?:\([^()]*\)\s*)?(?:for|in|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?", re.I)
# A single significant time counts as the onset when it is the study's first assessment (the blind labels: "only
# timepoint given", day 6 or week 6 included); but a difference in response or remission rates at a first visit later
# than this is the endpoint's count, not where the effect began.
ONSET_FIRST_VISIT_MAX_HOURS = 72.0
ONSET_RATE_WORD = re.compile(r"\brespon(?:se|ders?|ded)\b|\bremi(?:ssion|tted|tters?)\b", re.IGNORECASE)
# A drug-versus-control separation stated at one time hours after the dose is the onset the abstract reports, even
# when earlier ratings were scheduled and not reported ("Four hours after the spray, ketamine was superior to saline");
# one at the usual 24-hour primary end point or later is when it was measured (unless it was the first visit).
ONSET_SEPARATION_BEFORE_HOURS = 24.0
# A p value below .05 makes a clause significant when it compares with a control ("lower than placebo (p < .01)"); a
# change from baseline with a p value is a within-group test, not a drug effect.
ONSET_P_BELOW_05 = re.compile(r"\bp\s*(?:<|≤|<=|＜|≦)\s*0?\.0[0-5]\d*|\bp\s*[=＝]\s*0?\.0[0-4]\d*", re.IGNORECASE)
ONSET_VERSUS_CONTROL = re.compile(
    r"\b(?:placebo|saline|midazolam|control|compared\s+(?:with|to)|versus|vs\.?|than)\b"
    # "scores were lower in the esketamine group at day 7 (P<0.001)": one arm set against the other
    r"|\b(?:lower|higher|greater|better|smaller|larger)\s+in\s+the\s+(?:[\w-]+\s+){0,2}?(?:group|arm)\b"
    # ... and in the active voice, the drug's arm as subject ("the S-ketamine group showed a higher response (p =
    # .017)", "the esketamine group had significantly lower EPDS scores on day 3"): one arm set against the other
    r"|\b(?:(?:[RS]-|es|ar)?ketamine|intervention|experimental|observation|active|treatment)\s+(?:group|arm)\s+"
    r"(?:had|has|showed|shows|demonstrated|exhibited|displayed|presented|experienced|achieved)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:\w+ly|much|far)\s+)?(?:lower|higher|greater|better|smaller|larger|fewer|less|more)\b"
    r"|\b(?:between|in)\s+(?:the\s+)?(?:two\s+|treatment\s+|study\s+)?(?:groups|arms)\b"
    # two groups named side by side ("EPDS scores in the C group and S group on days 3 and 14 were ... (p < 0.05)")
    r"|\b(?:between|in)\s+the\s+[\w-]+\s+(?:group|arm)\s+and\s+(?:the\s+)?[\w-]+\s+(?:group|arm)\b"
    r"|\bdifference\s+(?:between|in)\s+the\s+two\s+(?:treatments|interventions|drugs|conditions)\b", re.IGNORECASE
)
# In an unstructured abstract, the sentence that says when outcomes were rated ("Depression was rated with the MADRS
# before and 24 hours after each dose", "the primary outcome was the change in MADRS at 24 h").
ONSET_PLAN = re.compile(
    r"\b(?:were|was)\s+(?:rated|assessed|measured|evaluated|scored|administered|obtained)\b|\bprimary\s+(?:efficacy\s+)?"
    r"(?:outcome|end\s*point)s?\b",
    re.IGNORECASE,
)
# A change "compared with baseline" is a within-group test, not a drug-versus-control effect.
ONSET_VERSUS_BASELINE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|than|relative\s+to)\s+(?:the\s+)?(?:pre-?\w*\s+)?baseline\b",
    re.IGNORECASE,
)
# A time counted from a later dose is not the first visit ("24 h after the second infusion").
ONSET_LATER_DOSE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th))\s+(?:(?:ketamine|esketamine|study|active)\s+)?"
    r"(?:infusion|dose|session|injection"
    r"|treatment|administration|spray)s?\b"
    # "the last of six infusions", "the final one of the sessions"
    r"|\b(?:last|final)\s+(?:one\s+)?of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:infusion|dose|session|injection|treatment"
    r"|administration|spray)s\b",
    re.IGNORECASE,
)
# The dose a time is counted from, named right after it ("24 h after the first infusion", "2 hours following the
# third dose").
ONSET_DOSE_ANCHOR = re.compile(
    r"^\s*(?:post|after|following|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:infusion|dose|session|injection|treatment"
    r"|administration|spray)s?\b",
    re.IGNORECASE,
)
# A time that says when the drug was given: after a dosing verb in the same phrase ("received ketamine within 24
# hours", "was administered at 2 hours"), or counted from an event that is not the dose ("within 24 h of admission").
ONSET_DOSING_BEFORE = re.compile(
    # (a group "receiving ketamine" or "given placebo" names an arm, not when a dose was given)
    r"\b(?:received|(?:was|were)\s+(?:given|administered|infused|injected|dosed|randomi[sz]ed|enrolled|admitted)"
    r"|infused|injected)\s+(?:(?!(?:compared|than|versus|vs|showed|had|were|was)\b)[^\s,;()]+\s+){0,3}?"
    r"(?:within|at|after|on|by|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
ONSET_OTHER_EVENT_AFTER = re.compile(
    r"^\s*(?:of|after|following|from|before)\s+(?:the\s+|their\s+|hospital\s+|ED\s+)?(?:admission"
    r"|intubation|presentation|arrival|diagnosis"
    r"|randomi[sz]ation|enrol\w*|screening|the\s+suicide\s+attempt|the\s+attempt)\b"
    # "within 24 h of surgery", "before delivery": when something happened around the operation; a rating "three days
    # after surgery" in a trial whose drug is given at the operation is counted from the dose
    r"|^\s*(?:of|before)\s+(?:the\s+)?(?:surgery|operation|anaesthe\w*|anesthe\w*|delivery|birth|caesarean"
    r"|cesarean)\b",
    re.IGNORECASE,
)
# "but not at 40 minutes": a time stated as not significant
ONSET_NOT_AT_BEFORE = re.compile(r"\bnot\s+(?:at|on|by)\s*$", re.IGNORECASE)
# A controlled study names its comparator or its randomization; one that names neither is single-arm, and there the
# first visit with a stated significant improvement (from baseline) is the onset.
ONSET_CONTROLLED = re.compile(
    r"placebo|\bsaline\b|midazolam|\bsham\b|\bcontrol\s+(?:group|arm|condition|participants)|\bcontrols\b"
    r"|comparator|randomi[sz]|crossover|cross-over"
    # "randomly assigned", "random allocation", a usual-care arm
    r"|\brandomly\b|\brandom\s+(?:assignment|allocation)|\b(?:usual|standard)\s+(?:of\s+)?care\b"
    r"|\btreatment\s+as\s+usual\b"
    # a comparison group of any kind ("compared with a matched group receiving ECT", "versus a historical cohort")
    r"|\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:group|cohort|arm)\b"
    # ECT as an arm the study gives or compares, not a history ("patients who did not respond to ECT")
    r"|\b(?:versus|vs\.?|compared\s+(?:with|to)|or|and)\s+(?:\w+\s+){0,2}?(?:ECT|electroconvulsive)\b"
    r"|\b(?:ECT|electroconvulsive\s+therapy)\s+(?:group|arm|versus|vs\.?|or)\b",
    re.IGNORECASE,
)
# A single-arm study has no comparator to separate from: there, people who "reported reduced anxiety" or symptoms that
# "improved" within a stated time say where the effect began ("Within 1 h of dosing, patients reported reduced
# anxiety"), with or without the word "significant".
ONSET_SINGLE_ARM_RELIEF = re.compile(
    r"\b(?:reported|showed|experienced|felt|noted|had)\s+(?:a\s+)?(?:(?:rapid|marked|substantial|clear|notable"
    r"|significant)\s+)?(?:reduced|reductions?|improved|improvements?|decreased|decreases?|less|lower|relief"
    r"|alleviation)\b"
    r"|\b(?:symptoms|scores|mood|depression|anxiety|ideation)\s+(?:had\s+)?(?:improved|decreased|lessened|eased"
    r"|lifted|declined|fell|dropped|(?:were|was)\s+(?:reduced|relieved|alleviated))\b",
    re.IGNORECASE,
)
ONSET_SINGLE_ARM_SPEED = re.compile(r"\bwithin\b|as\s+early\s+as|as\s+soon\s+as", re.IGNORECASE)
# Comma-clauses of a sentence outside brackets ("..., fewer relapses, and ..."), and a depression score named in one.
ONSET_COMMA_CLAUSE = re.compile(r",\s+(?![^()]*\))")
ONSET_SCORE_OUTCOME = re.compile(
    r"MADRS|HAM-?D|HDRS|HRSD|QIDS|BDI|PHQ|depressi\w+\s+(?:scores?|symptoms|severity)", re.I
)
# An effect that wore off ("effects started fading by day 7", "waned by week 2", "returned to baseline by day 35").
ONSET_FADING = re.compile(
    r"\b(?:fade|fad(?:ed|es|ing)|wane|wan(?:ed|es|ing)|wore\s+off|wearing\s+off|dissipat\w+"
    r"|(?:return\w*|revert\w*)\s+to\s+baseline|reaching\s+baseline)\b",
    re.IGNORECASE,
)
# A time an effect is compared against ("significantly higher than at week 1", "compared with the values at day 1"):
# the reference, not a time the effect was seen.
ONSET_REFERENCE_BEFORE = re.compile(
    r"\b(?:than|(?:compared|relative)\s+(?:with|to)|versus|vs\.?)\s+(?:(?:the|those|that|values?|scores?|levels?"
    r"|rates?)\s+){0,2}(?:at|on|in|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
