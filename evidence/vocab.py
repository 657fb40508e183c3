"""Controlled vocabularies: the one place that says which words the tables may hold."""

from __future__ import annotations

import re

ROUTES: tuple[str, ...] = (
    "intravenous",
    "intranasal",
    "intramuscular",
    "subcutaneous",
    "oral",
    "sublingual",
    "unspecified",
)
# The forms of ketamine: racemic ketamine and its two enantiomers.
KETAMINE_FORMS: tuple[str, ...] = ("ketamine", "esketamine", "arketamine")
# The studied drugs a profile may name (data/profiles/*.toml `drugs`); every other agent is "other".
DRUGS: tuple[str, ...] = (*KETAMINE_FORMS, "psilocybin", "other")
# Every drug a study can be about (a profile's drugs; arms of any other agent are "other").
STUDIED_DRUGS: tuple[str, ...] = tuple(d for d in DRUGS if d != "other")
POPULATIONS: tuple[str, ...] = (
    "TRD",
    "MDD",
    "bipolar",
    "suicidal",
    "postpartum",
    "adolescent",
    "geriatric",
    "PTSD",
    "anxious",
    "healthy",
    "ECT",
    "inpatient",
    "veterans",
    "perioperative",
    "pain",
)
DESIGNS: tuple[str, ...] = (
    "rct",
    "crossover_rct",
    "non_randomized",
    "open_label",
    "observational",
    "case_series",
    "systematic_review",
    "meta_analysis",
    "review",
    "protocol",
    "other",
)
# Designs that summarise other studies: listed apart and never pooled with trials.
SECONDARY_DESIGNS: frozenset[str] = frozenset({"systematic_review", "meta_analysis", "review"})
AE_CATEGORIES: tuple[str, ...] = (
    "dissociation",
    "blood_pressure_increase",
    "nausea_vomiting",
    "dizziness",
    "headache",
    "sedation",
    "anxiety",
    "dysgeusia",
    "perceptual_changes",
    "suicidal_ideation",
    "other",
)
ARM_ROLES: tuple[str, ...] = ("experimental", "comparator", "other")
COMPARATOR_CLASSES: tuple[str, ...] = (
    "placebo",
    "midazolam",
    "ect",
    "active_drug",
    "ketamine_regimen",
    "none",
    "unknown",
)
# Control arms a ketamine arm is compared with (not another ketamine regimen, not none/unknown).
CONTROL_CLASSES: tuple[str, ...] = ("placebo", "midazolam", "ect", "active_drug")
# Controls whose difference from ketamine is placebo-subtracted: midazolam is an active placebo.
INACTIVE_CONTROLS: tuple[str, ...] = ("placebo", "midazolam")
# Words naming a control without an active treatment, and the active drugs trials compare ketamine with.
PLACEBO_WORDS: tuple[str, ...] = ("placebo", "saline", "sham")
ACTIVE_COMPARATOR_DRUGS: tuple[str, ...] = ("quetiapine", "propofol", "methohexital", "diclofenac")
# Outcome types: only one is pooled at a time. "response"/"remission" are depression response/remission.
MEASURES: tuple[str, ...] = (
    "response",
    "remission",
    "si_response",
    "si_resolution",
    "early_improvement",
    "response_any_time",
    "scale_change",
    "onset",
    "si_onset",
    "relapse",
    "effect_size",
    "pooled_estimate",
    "other",
)
SOURCE_KINDS: tuple[str, ...] = ("registry_results", "abstract", "curated")
SOURCES: tuple[str, ...] = ("ctgov", "pubmed", "curated")
# How a value was checked: read by a curator in its source, computed from read values, extracted by rules, unsure.
VERIFICATION: tuple[str, ...] = ("verified", "derived", "auto", "uncertain")
# What kind of document a value comes from, best first: the hierarchy that picks one value per arm and visit.
SOURCE_TIERS: tuple[str, ...] = (
    "registry_results",
    "primary_paper",
    "secondary_report",
    "conference_abstract",
    "press_or_aggregator",
)
PRIMARY_TIERS: frozenset[str] = frozenset({"registry_results", "primary_paper"})
# Lower is better: the order a value's tier and verification rank it among reports of the same arm and visit.
TIER_RANK: dict[str, int] = {t: i for i, t in enumerate(SOURCE_TIERS)}
VERIFICATION_RANK: dict[str, int] = {v: i for i, v in enumerate(VERIFICATION)}
# How the other reports of a value compare with the one kept (`cross_check_status`; the text is in `cross_check`):
# they agree, one conflicts, a report's arm could not be matched to the kept report's, or the validators rejected it.
CROSS_CHECK_STATUSES: tuple[str, ...] = ("agree", "conflict", "unmatched", "rejected")
PHASES: tuple[str, ...] = (
    "EARLY_PHASE1",
    "PHASE1",
    "PHASE1/PHASE2",
    "PHASE2",
    "PHASE2/PHASE3",
    "PHASE3",
    "PHASE4",
    "NA",
)
STATUSES: tuple[str, ...] = (
    "ACTIVE_NOT_RECRUITING",
    "COMPLETED",
    "ENROLLING_BY_INVITATION",
    "NOT_YET_RECRUITING",
    "RECRUITING",
    "SUSPENDED",
    "TERMINATED",
    "WITHDRAWN",
    "AVAILABLE",
    "NO_LONGER_AVAILABLE",
    "TEMPORARILY_NOT_AVAILABLE",
    "APPROVED_FOR_MARKETING",
    "WITHHELD",
    "UNKNOWN",
)

# Curators' and registries' spellings -> vocabulary words.
_ROUTE_WORDS = {
    "iv": "intravenous",
    "intravenous": "intravenous",
    "infusion": "intravenous",
    "in": "intranasal",
    "intranasal": "intranasal",
    "nasal": "intranasal",
    "nasal spray": "intranasal",
    "im": "intramuscular",
    "intramuscular": "intramuscular",
    "sc": "subcutaneous",
    "subcutaneous": "subcutaneous",
    "oral": "oral",
    "po": "oral",
    "sublingual": "sublingual",
    "sl": "sublingual",
    "unspecified": "unspecified",
    "": "unspecified",
}
_DESIGN_WORDS = {
    "rct": "rct",
    "randomized controlled trial": "rct",
    "crossover rct": "crossover_rct",
    "crossover_rct": "crossover_rct",
    "non-randomized": "non_randomized",
    "non_randomized": "non_randomized",
    "open-label": "open_label",
    "open label": "open_label",
    "open_label": "open_label",
    "observational": "observational",
    "case series": "case_series",
    "case_series": "case_series",
    "systematic review": "systematic_review",
    "systematic_review": "systematic_review",
    "meta-analysis": "meta_analysis",
    "meta_analysis": "meta_analysis",
    "review": "review",
    "protocol": "protocol",
    "other": "other",
}
_POPULATION_WORDS = {p.lower(): p for p in POPULATIONS} | {
    "treatment-resistant depression": "TRD",
    "suicidal ideation": "suicidal",
    "older adults": "geriatric",
    "elderly": "geriatric",
}


class VocabularyError(ValueError):
    """A value that is not in its controlled vocabulary."""


def _lookup(kind: str, table: dict[str, str], value: str) -> str:
    key = re.sub(r"\s+", " ", value.strip().lower())
    if key not in table:
        raise VocabularyError(f"unknown {kind} {value!r}; known: {sorted(set(table.values()))}")
    return table[key]


def split_multi(value: object) -> list[str]:
    """Split a curator's 'a;b' or 'a | b' cell into its parts."""
    if value is None or (isinstance(value, float) and value != value):
        return []
    return [p.strip() for p in re.split(r"[;|]", str(value)) if p.strip()]


def normalise_route(value: str) -> str:
    """Map a route word to the route vocabulary, failing loudly on an unknown one."""
    return _lookup("route", _ROUTE_WORDS, value)


def normalise_design(value: str) -> str:
    """Map a design word to the design vocabulary, failing loudly on an unknown one."""
    return _lookup("design", _DESIGN_WORDS, value)


def normalise_population(value: str) -> str:
    """Map a population word to the population vocabulary, failing loudly on an unknown one."""
    return _lookup("population", _POPULATION_WORDS, value)


# Agent names (generic, enantiomer, brand, code) -> the drug word they are.
DRUG_SYNONYMS: dict[str, str] = {
    "ketamine": "ketamine", "racemic ketamine": "ketamine",
    "esketamine": "esketamine", "s-ketamine": "esketamine", "(s)-ketamine": "esketamine", "spravato": "esketamine",
    "arketamine": "arketamine", "r-ketamine": "arketamine", "(r)-ketamine": "arketamine", "pcn-101": "arketamine",
    "psilocybin": "psilocybin", "comp360": "psilocybin", "comp 360": "psilocybin",
}


def normalise_drug(value: str) -> str:
    """Map an agent name to the drug vocabulary; agents outside it are 'other'."""
    return DRUG_SYNONYMS.get(value.strip().lower(), "other")


def classify_comparator(text: str) -> str:
    """Class of a comparator description, for blinding-aware sensitivity splits."""
    t = (text or "").strip().lower()
    if not t:
        return "unknown"
    if t.startswith("none"):
        return "none"
    if "midazolam" in t:  # before placebo: "midazolam (active placebo)"
        return "midazolam"
    if re.search(r"\bect\b|electroconvulsive", t) and "anaesthetic" not in t and "anesthetic" not in t:
        return "ect"
    if any(w in t for w in PLACEBO_WORDS):
        return "placebo"
    if "ketamine" in t or "infusions" in t:
        return "ketamine_regimen"
    if "active" in t or any(w in t for w in ACTIVE_COMPARATOR_DRUGS):
        return "active_drug"
    return "unknown"

# What each outcome type means (shown beside every pooled number; only one type is pooled at a time).
MEASURE_DEFINITIONS: dict[str, str] = {
    "response": "depression response: >= 50% reduction on a depression scale (MADRS, HAM-D, ...) from baseline",
    "remission": "depression remission: a depression score at or below the scale's remission cut-off",
    "si_response": "suicidal-ideation response: >= 50% reduction on a suicidal-ideation scale (SSI, ...)",
    "si_resolution": "suicidal-ideation resolution: suicidal ideation absent (e.g. SSI = 0, C-SSRS 0)",
    "early_improvement": "early improvement: a smaller early drop (e.g. >= 20% by week 2), not response",
    "response_any_time": "response at any visit during the trial (not at one visit)",
    "relapse": "relapse among people who had responded or remitted",
    "scale_change": "change in a rating-scale score",
    "onset": "first visit at which ketamine separated significantly from its comparator",
    "si_onset": "first visit at which suicidal ideation (not depression) separated from the comparator",
    "effect_size": "a between-arm effect size",
    "pooled_estimate": "an estimate pooled by a review",
    "other": "other outcome",
}

# Analysis choices a command line or URL may name (the analysis modules use these same tuples).
GROUP_BY: tuple[str, ...] = ("route", "population", "drug", "design")
POOLING_METHODS: tuple[str, ...] = ("DL", "REML")
RATE_MEASURES: tuple[str, ...] = ("response", "remission", "si_response", "si_resolution", "early_improvement",
                                  "response_any_time", "relapse")
OUTCOMES: tuple[str, ...] = (*RATE_MEASURES, *(f"{m}_rr" for m in RATE_MEASURES))
# The source facet as users name it (filters.SOURCE_LABELS says what each means).
SOURCE_FACETS: tuple[str, ...] = ("registry", "paper", "curated")
