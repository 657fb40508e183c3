"""The extraction rules, in one namespace: word lists and patterns by field live in evidence/extract/rules/.

Callers read every rule as `lexicon.<NAME>` so the rules can be tuned (by field, in rules/) without touching the
extractor. The public functions find_routes, find_drugs, ae_category and timepoint_to_hours are a contract other
modules call: keep their signatures.
"""

from __future__ import annotations

import re

from evidence.extract.decimals import mend_broken_decimals
from evidence.extract.rules.adverse import (  # noqa: F401 - re-exported: callers read lexicon.<NAME>
    AE_CATEGORY_PATTERNS,
    AE_CONTEXT_RE,
    AE_DISCONTINUATION_BEFORE_RE,
    AE_DISCONTINUED,
    AE_GENERIC,
    AE_OCCUR,
    AE_TERM_RATE_GAP_RE,
    AE_TERM_RE,
    AE_THRESHOLD_RE,
    AE_VERBS_RE,
    NEGATION_AFTER_RE,
    NEGATION_BEFORE_RE,
)
from evidence.extract.rules.design import DESIGN_RULES  # noqa: F401 - re-exported: callers read lexicon.<NAME>
from evidence.extract.rules.design_cues import NEGATED_META, POOLING_EVIDENCE_RE  # noqa: F401 - re-exported
from evidence.extract.rules.design_defaults import (  # noqa: F401 - re-exported: callers read lexicon.<NAME>
    CLINICAL_OUTCOME_RE,
    NON_CLINICAL_SAMPLE_RE,
    NONRANDOM_GROUPS_RE,
    PHARMACOLOGY_AIM_RE,
    PROSPECTIVE_PROTOCOL_RE,
    RANDOMIZED_WORD_RE,
)
from evidence.extract.rules.efficacy import (  # noqa: F401 - re-exported: callers read lexicon.<NAME>
    ALLOCATION_CUE_RE,
    ARM_TERMS,
    CITATION_RE,
    COUNT_CONTINUED_RE,
    COUNT_OUTCOME_RE,
    DEFINED_KINDS,
    FOR_ARM_BEFORE_RE,
    KETAMINE_FAMILY,
    KIND_CUES,
    KIND_LIST_RE,
    LIST_SPLIT_RE,
    LIST_VERB_RE,
    NON_TIME_RE,
    NOT_TIME_BEFORE_RE,
    OTHER_STUDIES_RE,
    PCT_EXCLUDE_AFTER,
    PCT_EXCLUDE_BEFORE,
    PEOPLE_RE,
    RESPECTIVELY_RE,
    RESPONSE_DEFINITION_RE,
    SAMPLE_TRAIT_AFTER,
    SCALE_CHANGE_CUE,
    SCALE_RE,
    SCALE_VALUE_FOR_ARM,
    SINGLE_GROUP_DESIGNS,
    TIME_LABEL_RE,
    TRIAL_END_RE,
    TRIAL_LENGTH_RE,
)
from evidence.extract.rules.efficacy_shares import (  # noqa: F401 - re-exported: callers read lexicon.<NAME>
    GENERIC_PEOPLE_END,
    GROUP_SIZE_BRACKET_AFTER,
    GROUP_SIZE_BRACKET_BEFORE,
    OUTCOME_GROUP_BEFORE,
    SHARE_VERB_BEFORE,
)
from evidence.extract.rules.onset import (  # noqa: F401 - re-exported: callers read lexicon.<NAME>
    ONSET_AE_COURSE,
    ONSET_ALL_TIMEPOINTS,
    ONSET_CLAUSE_CUT,
    ONSET_CONTINUATION,
    ONSET_DEPRESSION_OUTCOME,
    ONSET_EFFECT,
    ONSET_EXPLICIT_SPEED,
    ONSET_NEGATED,
    ONSET_SCHEDULE,
    ONSET_SIGNIFICANT,
    ONSET_SPEED,
    ONSET_WEAK_EFFECT,
)
from evidence.extract.rules.onset_time_to import (  # noqa: F401 - re-exported: callers read lexicon.<NAME>
    ONSET_MEDIAN_TIME_TO,
    ONSET_SESSIONS_TO_REMISSION,
    ONSET_TIME_TO_REMISSION,
)
from evidence.extract.rules.routes import (  # noqa: F401 - re-exported: callers read lexicon.<NAME>
    CASE_SENSITIVE_ROUTES,
    COMPARATOR_DRUG_RE,
    DRUG_PATTERNS,
    MESH_ROUTES,
    NON_KETAMINE_ROUTE_OBJECTS,
    NOT_RACEMIC_CONTEXT,
    ROUTE_PATTERNS,
    routes_from_mesh,
)
from evidence.extract.rules.sample import (  # noqa: F401 - re-exported: callers read lexicon.<NAME>
    EVENT_BEFORE_N,
    NOT_SAMPLE_AFTER,
    PEOPLE_NOUNS,
    POOLED_SAMPLE_RE,
    SAMPLE_PATTERNS,
)
from evidence.extract.rules.sample_cases import SINGLE_CASE_RE  # noqa: F401 - re-exported
from evidence.extract.rules.sample_parts import PART_N_RE, PER_ARM_RE  # noqa: F401 - re-exported
from evidence.extract.rules.study import (  # noqa: F401 - re-exported: callers read lexicon.<NAME>
    AIM_SENTENCE_RE,
    BACKGROUND_SENTENCE_RE,
    COMPARATOR_RE,
    COMPARISON_CUE,
    DEPRESSION_RE,
    DOSE_RE,
    EARLIER_REVIEW_RE,
    EXCLUDED_CONDITION_AFTER,
    EXCLUDED_CONDITION_BEFORE,
    FORWARD_LOOKING_RE,
    GLUED_HEADINGS,
    MDD_IN_TRD_DEFINITION,
    OUTCOME_SENTENCE_RE,
    POPULATION_PATTERNS,
    SAMPLE_SHARE_RE,
    SECTION_CLASSES,
    SETTING_PATTERNS,
    STUDY_SENTENCE_RE,
    TRD_QUALIFIED_MDD,
)
from evidence.extract.rules.tense import GENERIC_PRESENT_RE, PAST_FINITE_RE  # noqa: F401 - re-exported
from evidence.extract.rules.timepoints import (  # noqa: F401 - re-exported: callers read lexicon.<NAME>
    _NUM,
    _UNIT,
    NUMBER_RE,
    TIME_UNIT_RE,
    WORD_NUMBER_RE,
    WORD_NUMBERS,
    TimeMention,
    find_timepoints,
    parse_number,
    unit_hours,
)

# Publishers' hyphens (U+2010, U+2011) and spaces (no-break, narrow no-break, thin, figure) as ASCII, one character for
# one, so rules written with "-" and " " read "intra\u2010nasal" and "Forty\u2010one", and every span still indexes
# the original text.
_SAME_LENGTH = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
                              # slanted and double-bar inequality signs ("⩾35%", "≧50%") as the plain ones
                              "\u2a7e": "\u2265", "\u2a7d": "\u2264", "\u2267": "\u2265", "\u2266": "\u2264"})


def normalise_text(text: str) -> str:
    """The text with publishers' hyphen, space and inequality-sign variants as the plain ones, and a raised decimal
    point between digits ('40·0%', Lancet style), a decimal comma in a percentage ('45,5%') or a web text's broken
    decimal ('0. 5') mended; same length, so offsets are unchanged."""
    return mend_broken_decimals(_RAISED_DECIMAL.sub(".", text.translate(_SAME_LENGTH)))


# (a comma only before one or two digits and a percent sign: "1,234 patients" keeps its thousands separator)
_RAISED_DECIMAL = re.compile(r"(?<=\d)(?:\u00b7(?=\d)|,(?=\d{1,2}\s*%))")


# --- contract functions -------------------------------------------------------------------------------------


def find_routes(text: str) -> list[str]:
    """Routes named in a piece of text, in vocabulary order; empty when none is named."""
    if not text:
        return []
    text = normalise_text(text)
    return [
        r
        for r, p in ROUTE_PATTERNS.items()
        if re.search(p, text, flags=0 if r in CASE_SENSITIVE_ROUTES else re.IGNORECASE)
    ]


def find_drugs(text: str) -> list[str]:
    """Forms of the studied drug named in text (ketamine by default: esketamine and arketamine told apart from
    racemic ketamine)."""
    if not text:
        return []
    from evidence.extract import drugs as study_drugs  # the studied drug in force (ketamine forms by default)

    text = normalise_text(text)
    return [d for d, rx in study_drugs.compiled(study_drugs.active()) if rx.search(text)]


def ae_category(term: str) -> str:
    """Canonical adverse-event category of a reported term ('other' when none matches)."""
    for cat, pat in AE_CATEGORY_PATTERNS:
        if re.search(pat, term or "", flags=re.IGNORECASE):
            return cat
    return "other"


def timepoint_to_hours(text: str) -> float | None:
    """Hours of a time-frame text ('24 hours', 'Day 28', 'Week 4', '40 minutes post-infusion').

    For a range or 'baseline to X' the end point X is the time of measurement; None when the text has no time.
    """
    if not text:
        return None
    t = text.replace("–", "-").replace("—", "-")
    day_first = re.findall(r"\b(day|week|month|year|hour|minute)s?\s+" + _NUM, t, flags=re.IGNORECASE)
    num_first = re.findall(_NUM + r"\s*-?\s*" + _UNIT + r"\b", t, flags=re.IGNORECASE)
    candidates: list[float] = []
    for unit, num in day_first:
        candidates.append(float(num) * unit_hours(unit))
    for num, unit in num_first:
        candidates.append(float(num) * unit_hours(unit))
    if not candidates:
        return None
    # A timeframe names when the outcome was measured; with several times the last one is that point.
    return round(candidates[-1], 4)
