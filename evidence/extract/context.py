"""Is a sentence clinical, and is an abstract about treating people at all?

An adverse-event word ("dissociation", "anxiety", "headache") is an adverse event only in a sentence about people
who were treated or observed ("patients", "participants", "after each infusion", "adverse events"), never in one
about molecules, spectra or theory ("dissociation constant", "dissociation of alpha-ketoglutarate", "complete
dissociation of this group (pH 8.4)", "Freud's concept of dissociation"), nor in a general statement about the
drug ("Dissociation, as Janet described it, ..."). An abstract that names no psychiatric indication (ketamine
anaesthesia, analgesia, pharmacokinetics, chemistry), or that studies only animals or cells, is off-topic for this
dashboard: it yields no clinical finding at all.
The words are data in rules/context.py.
"""

from __future__ import annotations

from evidence.extract.rules import context as rules
from evidence.extract.text import Sentence, is_background, leading_background


def clinical_sentence(text: str) -> bool:
    """True for a sentence about people treated or observed (patients, a dose, a rate, 'experienced', 'adverse');
    False for one about chemistry, physics or theory (a pH, a constant, binding, Freud) unless it also names people
    treated, for one about what the literature reports, and for one that names no person, treatment or event."""
    if rules.LITERATURE.search(text):
        return False
    if rules.NON_CLINICAL.search(text):
        return bool(rules.CLINICAL_STRONG.search(text))
    return bool(rules.CLINICAL_CUE.search(text))


def non_clinical_use(text: str, start: int) -> bool:
    """The word at text[start:] is used in a chemical or non-symptom sense ("dissociation constant", "dissociation
    of X-ate", "the dissociative anaesthetic", "anxiety-like behaviour"), or names an outcome treated or measured
    ("improving depression and anxiety", "the Hamilton Anxiety Rating Scale"), not an event."""
    return bool(rules.NON_CLINICAL_USE.match(text[start:])) or outcome_use(text, start)


def outcome_use(text: str, start: int) -> bool:
    """The word at text[start:] names an outcome treated or measured ("improving depression and anxiety", "changes
    in anxiety", "the Hamilton Anxiety Rating Scale", "social anxiety disorder"), not an event."""
    return bool(rules.AE_AS_OUTCOME_BEFORE.search(text[max(0, start - 60) : start])
                or rules.AE_AS_SCALE_AFTER.match(text[start : start + 60]))


def animal_study(text: str, sentences: list[Sentence] | None = None) -> bool:
    """The abstract's subjects are animals or cells only (rats, mice, cell lines) and it names no people at all; with
    the sentences, no people that the study itself enrols ("patients with depression" in its background or in a
    sentence on what the finding may mean for them do not count)."""
    if not rules.ANIMAL_SUBJECTS.search(text):
        return False
    if sentences is None:
        return not rules.HUMAN_SUBJECTS.search(text)
    return not any(
        (rules.HUMAN_SUBJECTS.search(s.text) or rules.PATIENTS.search(s.text) or rules.SUBJECTS.search(s.text))
        and rules.ENROLMENT.search(s.text)
        for s in own_sentences(sentences)
    )


def healthy_volunteer_study(text: str, sentences: list[Sentence] | None = None) -> bool:
    """The abstract's people are healthy volunteers only (no patients, no one with depression): pharmacology. With
    the sentences, only patients the study enrols count ("24 patients with MDD", "patients were randomised"), not
    those of its background or a comparison ("as in depressed patients")."""
    if not rules.HEALTHY_SUBJECTS.search(text):
        return False
    if sentences is None:
        return not rules.PATIENTS.search(text)
    return not any(rules.PATIENTS.search(s.text) and rules.ENROLMENT.search(s.text) for s in own_sentences(sentences))


def own_sentences(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences about this study: neither background nor an unstructured opening about the field."""
    intro = leading_background(sentences)
    return [s for i, s in enumerate(sentences) if i not in intro and not is_background(s)]


def psychiatric_words(text: str, strong: bool = False) -> int:
    """How many psychiatric-indication words the text names in their psychiatric sense ("depression", not
    "respiratory depression", "depressed consciousness" or "CNS depressants"); `strong` leaves out "mood" and
    "antidepressant", which name no indication in an abstract about a procedure."""
    n = 0
    for m in rules.PSYCHIATRIC.finditer(text):
        if strong and rules.WEAK_PSYCHIATRIC.match(m.group(0)):
            continue
        if m.group(0).lower() == "depress" and (
            rules.NON_MOOD_DEPRESSION_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
            or rules.NON_MOOD_DEPRESSION_AFTER.match(text[m.end() : m.end() + 50])
        ):
            continue
        n += 1
    return n


def recreational_use(sentences: list[Sentence]) -> bool:
    """The study's own sentences are about people who use ketamine outside treatment ('120 recreational ketamine
    users', 'ketamine uropathy') and give no treatment (no infusion, dose, randomisation or placebo)."""
    own = " ".join(s.text for s in own_sentences(sentences))
    return bool(rules.RECREATIONAL.search(own)) and not rules.THERAPEUTIC.search(own)


def on_topic(text: str, sentences: list[Sentence]) -> bool:
    """False for a whole abstract (three sentences or more) that names no psychiatric indication (oncology,
    biophysics, ketamine anaesthesia or pharmacokinetics; "respiratory depression" is no indication), that is about a
    procedure (sedation, anaesthesia, analgesia, surgery) and names one only in its background or only as "mood" or
    "antidepressants", or that studies only animals or cells (a preclinical paper) or only healthy volunteers
    (pharmacology), or people using ketamine outside treatment: off-topic, so it gives no clinical finding. A
    shorter snippet is taken at its word."""
    if len(sentences) < 3:
        return True
    if not psychiatric_words(text) or animal_study(text, sentences) or healthy_volunteer_study(text, sentences):
        return False
    if recreational_use(sentences):
        return False
    if not rules.PROCEDURAL.search(text):
        return True
    if not psychiatric_words(text, strong=True):
        return False  # a procedure, and no more than "mood changes" or "patients on antidepressants"
    own = own_sentences(sentences)
    if not any(rules.PROCEDURAL.search(s.text) for s in own):
        return True  # the procedure only in an opening ("the dissociative anaesthetic ketamine" is a drug class)
    return any(psychiatric_words(s.text, strong=True) for s in own)


def treatment_given(text: str, sentences: list[Sentence]) -> bool:
    """The abstract names a treatment given (a drug, dose, infusion, trial, adverse events) to people: only then can
    an adverse-event word be an adverse event. A snippet of fewer than three sentences is taken at its word."""
    return len(sentences) < 3 or (bool(rules.EXPOSURE.search(text)) and not animal_study(text, sentences))
