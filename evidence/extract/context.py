"""Is a sentence clinical, and is an abstract about treating people at all?

An adverse-event word ("dissociation", "anxiety", "headache") is an adverse event only in a sentence about people
who were treated or observed ("patients", "participants", "after each infusion", "adverse events"), never in one
about molecules, spectra or theory ("dissociation constant", "dissociation of alpha-ketoglutarate", "complete
dissociation of this group (pH 8.4)", "Freud's concept of dissociation"). An abstract that names no ketamine form
and no depression is off-topic for this dashboard: it yields no clinical finding at all.
"""

from __future__ import annotations

import re

from evidence.extract import drugs as study_drugs

# Words that make a sentence with a chemistry word still a clinical one ("patients ... adverse events").
_CLINICAL_STRONG = re.compile(
    r"\b(?:adverse|side[- ]effects?|tolerab\w*|experienced|patients?|participants?|volunteers?|infusions?)\b",
    re.IGNORECASE,
)
# The sentence is about chemistry, physics or theory.
_NON_CLINICAL = re.compile(
    r"\bpH\b|\bpKa?\b|\bK[di]\b|\bconstants?\b|\bkinetics?\b|\bthermodynami\w*|\benthalp\w*|\bentrop\w*"
    r"|\bbinding\b|\baffinit\w*|\bligands?\b|\benzym\w*|\bsubstrates?\b|\bmolecul\w*|\bprotons?\b|\bions?\b"
    r"|\bspectr\w*|\btitrat\w*|\bcrystal\w*|\bNMR\b|\bEPR\b|\bmembranes?\b|\bin\s+vitro\b|\brat\b|\brats\b|\bmice\b"
    r"|\bmouse\b|\bpsychoanaly\w*|\bFreud\w*|\banalysands?\b|\bconcept\s+of\b|\btheor(?:y|ies|etical)\b",
    re.IGNORECASE,
)
# An adverse-event word used in its chemical or theoretical sense, whatever the sentence says about people.
NON_CLINICAL_USE = re.compile(
    r"^(?:dissociat\w*)\s+(?:constants?|rates?|kinetics|curves?|energ\w+|equilibri\w*|of\s+(?!symptoms|effects)"
    r"[\w-]*(?:ate|ide|ine|ase|ion|ium|acid|group|complex\w*|ligand|protein|molecule)s?\b)",
    re.IGNORECASE,
)
# A treatment given: without one an abstract reports no adverse events (dissociation in psychoanalysis is a concept).
_EXPOSURE = re.compile(
    r"ketamine|ketalar|spravato|\bdrugs?\b|medicat\w*|pharmaco\w*|infus\w*|\bdos(?:e|es|ed|ing)\b|administ\w*"
    r"|placebo|nasal\s+spray|injection|tablet|\b(?:treated|treatment)\s+with\b|\breceiv\w*\b|\btherapy\s+with\b"
    r"|\bECT\b|electroconvulsive|stimulation|\btrial\b|adverse|side[- ]effects?|tolerab\w*",
    re.IGNORECASE,
)
_KETAMINE = re.compile(r"ketamine|ketalar|spravato|\bPCN-?101\b", re.IGNORECASE)
_DEPRESSION = re.compile(r"depress|suicid|\bmood\b|\bMDD\b|\bTRD\b|bipolar|antidepress|anhedoni", re.IGNORECASE)


def clinical_sentence(text: str) -> bool:
    """False for a sentence about chemistry, physics or theory (a pH, a constant, binding, spectra, Freud), unless it
    also talks about people treated or observed; True otherwise."""
    if not _NON_CLINICAL.search(text):
        return True
    return bool(_CLINICAL_STRONG.search(text))


def non_clinical_use(text: str, start: int) -> bool:
    """The word at text[start:] is used in a chemical sense ("dissociation constant", "dissociation of X-ate")."""
    return bool(NON_CLINICAL_USE.match(text[start:]))


def on_topic(text: str, n_sentences: int) -> bool:
    """False for a whole abstract (three sentences or more) that names neither a ketamine form nor depression:
    off-topic (oncology, biophysics, psychoanalysis), so it gives no clinical finding. A shorter snippet is taken at
    its word."""
    if n_sentences < 3:
        return True
    named = _KETAMINE.search(text) or any(rx.search(text) for _, rx in study_drugs.compiled(study_drugs.active()))
    return bool(named or _DEPRESSION.search(text))


def treatment_given(text: str, n_sentences: int) -> bool:
    """The abstract names a treatment given (a drug, dose, infusion, trial, adverse events): only then can an
    adverse-event word be an adverse event. A snippet of fewer than three sentences is taken at its word."""
    return n_sentences < 3 or bool(_EXPOSURE.search(text))
