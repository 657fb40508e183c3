"""Rating scales: the one list of the scales the tables name, how each is written, and what it measures.

A scale's `kind` says which outcome it can carry: a depression scale's change is an efficacy outcome, a
suicidal-ideation scale's is not depression response (evidence/reconcile.py types it as si_*), and a safety scale
(CADSS: dissociation) is never efficacy. The abstract extractor (evidence/extract/rules/) still keeps patterns
of its own, tuned to abstracts' wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    """One rating scale: its name in the tables, the pattern that finds it in text (any case), what it rates."""

    name: str
    pattern: str
    kind: str  # "depression", "global", "suicidal_ideation" or "safety"


# In the order a text is searched: the first scale named wins.
SCALES: tuple[Scale, ...] = (
    Scale("MADRS", r"\bMADRS\b|Montgomery[- ]{1,3}(?:and\s+)?[AÅ]sberg", "depression"),
    Scale("HAM-D", r"\bHAM-?D(?:-?\d+)?\b|\bHDRS(?:-?\d+)?\b|\bHRSD(?:-?\d+)?\b"
                   r"|Hamilton\s+(?:Rating\s+Scale\s+for\s+)?Depression", "depression"),
    Scale("QIDS", r"\bQIDS(?:-SR|-C)?(?:-?16)?\b|Quick Inventory of Depressive Symptomatology", "depression"),
    Scale("BDI", r"\bBDI(?:-II)?\b|Beck Depression Inventory", "depression"),
    Scale("PHQ-9", r"\bPHQ-?9\b|Patient Health Questionnaire", "depression"),
    Scale("IDS", r"\bIDS(?:-C|-SR)?\b|Inventory of Depressive Symptomatology", "depression"),
    Scale("CDRS-R", r"\bCDRS(?:-R)?\b|Children'?s Depression Rating Scale", "depression"),
    Scale("CGI", r"\bCGI(?:-S|-I|-SS)?\b|Clinical Global Impression", "global"),
    Scale("SSI", r"\bSSI\b|Scale for Suicid(?:e|al) Ideation|\bBSS\b", "suicidal_ideation"),
    Scale("CADSS", r"\bCADSS\b|Clinician[- ]Administered Dissociative", "safety"),
    Scale("BPRS", r"\bBPRS\b|Brief Psychiatric Rating", "safety"),
    Scale("YMRS", r"\bYMRS\b|Young Mania", "safety"),
)
_BY_NAME: dict[str, Scale] = {s.name: s for s in SCALES}
# Scales whose change a registry reports as an efficacy outcome (depression, global and suicidal-ideation ratings).
EFFICACY_SCALES: tuple[str, ...] = tuple(s.name for s in SCALES if s.kind != "safety")
SAFETY_SCALES: tuple[str, ...] = tuple(s.name for s in SCALES if s.kind == "safety")
# The depression scales' short names, as a definition names them ("50% reduction in MADRS", "HDRS-17 <= 7").
DEPRESSION_NAMES = re.compile(r"MADRS|HAM-?D|HDRS|QIDS|BDI", re.IGNORECASE)
# Words that make an outcome a suicidal-ideation one (the scales of kind suicidal_ideation, or the word itself).
SUICIDAL_IDEATION_WORDS = re.compile(r"suicid|\bSSI\b|C-?SSRS|\bBSS\b", re.IGNORECASE)


def find_scale(text: str, names: tuple[str, ...]) -> str | None:
    """The first of the named scales that `text` names (in SCALES order), else None."""
    for name in names:
        if re.search(_BY_NAME[name].pattern, text or "", flags=re.IGNORECASE):
            return name
    return None
