"""CT.gov design fields and study text -> the design and population vocabularies."""

from __future__ import annotations

import re

from evidence import vocab

ALLOCATIONS = ("RANDOMIZED", "NON_RANDOMIZED", "NA")
MASKINGS = ("NONE", "SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE")
STUDY_TYPES = ("INTERVENTIONAL", "OBSERVATIONAL", "EXPANDED_ACCESS")
MODELS = ("SINGLE_GROUP", "PARALLEL", "CROSSOVER", "FACTORIAL", "SEQUENTIAL")

# Population tags read from conditions, titles and keywords (never from eligibility text, whose exclusions
# name the very populations a trial leaves out).
POPULATION_PATTERNS: dict[str, str] = {
    "TRD": r"treatment[- ](?:resistant|refractory)|\bTRD\b|(?:resistant|refractory) (?:major )?depress",
    "MDD": r"major depressi|\bMDD\b|unipolar",
    "bipolar": r"bipolar",
    "suicidal": r"suicid",
    "postpartum": r"post-?partum|perinatal|peri-?partum|postnatal",
    "adolescent": r"adolescen|paediatric|pediatric|\byouth|teen|child",
    "geriatric": r"geriatric|older adult|elderly|late[- ]life|aged 6\d",
    "PTSD": r"\bPTSD\b|post-?traumatic stress",
    "anxious": r"anxious|anxiety",
    "healthy": r"^healthy$|healthy volunteer|healthy (?:adult|participant|subject)",
    "ECT": r"electroconvulsive|\bECT\b",
    "inpatient": r"inpatient|hospitali[sz]ed",
    "veterans": r"veteran",
    "perioperative": r"perioperative|post-?operative|surgery|surgical|cesarean|caesarean",
    "pain": r"\bpain\b|analgesi",
}
_DEPRESSION = re.compile(r"depressi", re.IGNORECASE)


def population_tags(texts: list[str], min_age: str | None, max_age: str | None) -> list[str]:
    """Population tags named in conditions/titles/keywords, plus age limits that define a population."""
    blob = "\n".join(texts)
    tags = [p for p, pat in POPULATION_PATTERNS.items() if re.search(pat, blob, flags=re.IGNORECASE)]
    if "MDD" not in tags and _DEPRESSION.search(blob) and not {"bipolar", "postpartum"} & set(tags):
        tags.append("MDD")
    lo, hi = _age_years(min_age), _age_years(max_age)
    if hi is not None and hi <= 18 and "adolescent" not in tags:
        tags.append("adolescent")
    if lo is not None and lo >= 60 and "geriatric" not in tags:
        tags.append("geriatric")
    return [p for p in vocab.POPULATIONS if p in tags]


def _age_years(text: str | None) -> float | None:
    m = re.match(r"\s*(\d+(?:\.\d+)?)\s*(year|month|week|day)", text or "", flags=re.IGNORECASE)
    if not m:
        return None
    return float(m.group(1)) / {"year": 1, "month": 12, "week": 52, "day": 365}[m.group(2).lower()]


def study_design(study_type: str | None, allocation: str | None, masking: str | None, model: str | None) -> str:
    """Design vocabulary word from the registry's design fields."""
    if study_type == "OBSERVATIONAL":
        return "observational"
    if study_type == "EXPANDED_ACCESS":
        return "other"
    if allocation == "RANDOMIZED":
        return "crossover_rct" if model == "CROSSOVER" else "rct"
    if allocation == "NON_RANDOMIZED":
        return "non_randomized"
    if model == "SINGLE_GROUP":
        return "open_label" if masking in (None, "NONE") else "non_randomized"
    return "other"
