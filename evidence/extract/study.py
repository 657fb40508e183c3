"""Study-level fields of an abstract: drugs, population, design, comparator and doses (routes in study_routes)."""

from __future__ import annotations

import re

from evidence import vocab
from evidence.extract import drugs as study_drugs
from evidence.extract import lexicon
from evidence.extract.context import on_topic
from evidence.extract.design import find_design  # noqa: F401 - re-exported: callers read study.find_design
from evidence.extract.drug_forms import resolve_forms
from evidence.extract.population_scope import off_topic_ages, spell_out_conditions, suicidal_measured
from evidence.extract.rules.design_defaults import (
    ANIMAL_RE,
    DEPRESSED_PEOPLE_RE,
    HUMAN_RE,
)
from evidence.extract.rules.population import (
    CONDITION_AS_INCIDENCE_AFTER,
    CONDITION_AS_INCIDENCE_BEFORE,
    ENROLLED_WITH_CONDITION_RE,
    FIELD_SENTENCE_RE,
    INSTRUMENT_NAME_RE,
    LICENCE_SENTENCE_RE,
    MEASURE_BEFORE_RE,
    MEASURED_FOR_BEFORE_RE,
    PERINATAL_DEPRESSION_RE,
    POPULATION_EXTRA,
    RESPECTIVELY_AFTER_RE,
    SOLE_CONDITION_TAGS,
    SUICIDAL_RESULT_AFTER,
    TRD_OF_OTHER_CONDITION_AFTER,
)
from evidence.extract.rules.population import DEPRESSED_PEOPLE_RE as POPULATION_DEPRESSED_RE
from evidence.extract.rules.route_scope import FIELD_HISTORY_OPENING_RE
from evidence.extract.rules.routes import DOSE_AFTER_RE, EXAMPLE_MENTION_BEFORE, REFERENCE_MENTION_BEFORE
from evidence.extract.rules.sample_roles import OWN_WORDS_RE
from evidence.extract.rules.study import (
    SUICIDAL_NOT_POPULATION_AFTER,
    SUICIDAL_NOT_POPULATION_BEFORE,
)
from evidence.extract.study_routes import (  # noqa: F401 - re-exported: callers read study.<name>
    find_study_routes,
    route_abbreviations,
    route_mentions,
)
from evidence.extract.text import Sentence, is_background

_BASE_POP_RES = {p: re.compile(rx, re.IGNORECASE) for p, rx in lexicon.POPULATION_PATTERNS.items()}
_POP_RES = {
    p: re.compile(f"{rx}|{POPULATION_EXTRA[p]}" if p in POPULATION_EXTRA else rx, re.IGNORECASE)
    for p, rx in lexicon.POPULATION_PATTERNS.items()
}
_SETTING_RES = {p: re.compile(rx, re.IGNORECASE) for p, rx in lexicon.SETTING_PATTERNS.items()}
_CONDITION_TAGS = frozenset({"TRD", "MDD", "bipolar", "suicidal", "postpartum", "PTSD", "anxious"})
_SHARE_PCT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent)", re.IGNORECASE)
_PCT_CLAUSE = re.compile(r"\d\s*%|\d\s*percent", re.IGNORECASE)


def study_sentences(sentences: list[Sentence]) -> list[Sentence]:
    """Sentences about this study (not earlier work); falls back to all sentences when that leaves none."""
    own = [s for s in sentences if not is_background(s)]
    return own or sentences


def find_study_drugs(text: str) -> list[str]:
    """Ketamine forms studied, in vocabulary order; 'ketamine' only when racemic ketamine itself is meant."""
    parent_only = [(m.start(), m.end()) for m in lexicon.NOT_RACEMIC_CONTEXT.finditer(text)]
    vocabulary = study_drugs.active()
    hits: dict[str, list[tuple[int, int]]] = {}
    for d, rx in study_drugs.compiled(vocabulary):
        hits[d] = [(m.start(), m.end()) for m in rx.finditer(text)
                   if not (d == "ketamine" and any(a <= m.start() < b for a, b in parent_only))
                   and not _class_example(text, m.start(), m.end())]
    if vocabulary.is_ketamine:
        hits = resolve_forms(text, hits)
    return [d for d in vocabulary.words if hits.get(d)]


def _class_example(text: str, start: int, end: int) -> bool:
    """A form named as an example of a class or of options ('antagonists, such as ketamine,') or as the reference
    another drug is likened to ('similar to ketamine'), with no dose."""
    before = text[max(0, start - 60) : start]
    return bool(EXAMPLE_MENTION_BEFORE.search(before) or REFERENCE_MENTION_BEFORE.search(before)) and not (
        DOSE_AFTER_RE.match(text[end : end + 20]))


def find_population(sentences: list[Sentence], topical: bool | None = None) -> tuple[list[str], list[str]]:
    """(population tags, setting tags) of the people studied, from sentences about this study; `topical` is the
    abstract's `context.on_topic` when the caller has it already (computed here otherwise)."""
    sentences = spell_out_conditions(sentences, _POP_RES.values())
    # (a sentence about the drug's licence names the people it is approved for, not this study's)
    own = study_sentences(sentences)
    # (nor does one that opens with the field's recent history: "Over the past several years, ketamine has come into
    # use for TRD")
    pool = [s for s in own if not (LICENCE_SENTENCE_RE.search(s.text) or FIELD_SENTENCE_RE.search(s.text)
                                   or _field_history(s.text))] or own
    tags = _population_tags(pool)
    if not tags & {"TRD", "MDD", "bipolar"}:
        rest = [s for s in sentences if not _field_history(s.text)]
        tags |= _population_tags(rest) & {"TRD", "MDD", "bipolar"}
    all_text = " ".join(s.text for s in pool)
    settings = {tag for tag, rx in _SETTING_RES.items() if rx.search(all_text)}
    whole = " ".join(s.text for s in sentences)
    # depression named, but the people studied are not depressed patients: animals (a "depression model"), or
    # surgical or obstetric patients whose later depression is the outcome
    surgical = ("perioperative" in settings or "postpartum" in tags) and not DEPRESSED_PEOPLE_RE.search(all_text)
    not_patients = (ANIMAL_RE.search(whole) and not HUMAN_RE.search(whole)) or surgical
    # people with depression, not depression as an outcome or a drug class; a title alone (one sentence) has no room
    # to describe its sample, so its topic stands for the population ("Antidepressant effects of IM ketamine")
    depressed = POPULATION_DEPRESSED_RE if len(sentences) > 1 else lexicon.DEPRESSION_RE
    if not tags & {"TRD", "bipolar", "MDD"} and not not_patients and (
        _names_depressed(depressed, all_text) or (not tags & _CONDITION_TAGS and _names_depressed(depressed, whole))
    ):
        # depressed people among this study's sentences, or, when those name no condition at all, the condition its
        # background says the treatment is for ("KIT appears effective for treating depression"): the field it is in
        tags.add("MDD")
    if "bipolar" in tags and "MDD" not in tags and "TRD" not in tags and re.search(r"unipolar", all_text, re.I):
        tags.add("MDD")
    if {"postpartum", "MDD"} <= tags and not _depressed_beyond_childbirth(pool):
        tags.discard("MDD")  # "women with prenatal depressive symptoms": perinatal depression, no other diagnosis
    if not (on_topic(whole, sentences) if topical is None else topical):
        # pharmacology, animals, sedation or surgery: nobody treated for a psychiatric condition, so a condition it
        # names (the TRD of its background, a depression model) is no diagnosis of its participants; who they are
        # (older adults, children, healthy volunteers) stays
        enrolled = _population_tags([x for x in pool if ENROLLED_WITH_CONDITION_RE.search(x.text)])
        tags = off_topic_ages(tags - (_CONDITION_TAGS - enrolled), all_text)
    return [p for p in vocab.POPULATIONS if p in tags], [p for p in vocab.POPULATIONS if p in settings]


def _field_history(text: str) -> bool:
    """The sentence opens with the field's recent history and counts none of this study's people ('Over the past two
    years, 40 patients at our clinic received ...' is the study's own)."""
    return bool(FIELD_HISTORY_OPENING_RE.match(text)) and not (
        OWN_WORDS_RE.search(text) or re.search(r"\d+\s+(?:[\w-]+\s+){0,2}?" + lexicon.PEOPLE_NOUNS, text)
    )


def _names_depressed(rx: re.Pattern[str], text: str) -> bool:
    """A match of `rx` that names depressed people or the condition treated, not the construct a scale measures ('the
    Patient Health Questionnaire (PHQ-9) for depression', 'HAM-D and MSSI, for depression and suicidality,
    respectively')."""
    return any(
        not (MEASURE_BEFORE_RE.search(text[max(0, m.start() - 40) : m.start()])
             or RESPECTIVELY_AFTER_RE.match(text[m.end() : m.end() + 60]))
        for m in rx.finditer(text)
    )


def _depressed_beyond_childbirth(pool: list[Sentence]) -> bool:
    """The study's sentences name depression or depressed people once perinatal depression is taken out."""
    rest = [Sentence(s.start, s.end, PERINATAL_DEPRESSION_RE.sub(" ", s.text), s.section) for s in pool]
    text = " ".join(s.text for s in rest)
    return "MDD" in _population_tags(rest) or bool(POPULATION_DEPRESSED_RE.search(text))


def _population_tags(pool: list[Sentence]) -> set[str]:
    tags: set[str] = set()
    mdd_hits: list[str] = []
    for s in pool:
        for clause in _clauses(s.text):
            instruments = [(x.start(), x.end()) for x in INSTRUMENT_NAME_RE.finditer(clause)]
            share = bool(_PCT_CLAUSE.search(clause) and lexicon.SAMPLE_SHARE_RE.search(clause))
            for tag, rx in _POP_RES.items():
                if tag == "suicidal" and lexicon.OUTCOME_SENTENCE_RE.search(clause):
                    continue  # suicidality as an outcome measure, not an inclusion criterion
                for m in rx.finditer(clause):
                    if _excluded(clause, m.start(), m.end()) or (share and not _majority_share(clause, m.start())):
                        continue  # "126 (28%) patients had a diagnosis of PTSD": a comorbidity, not the population
                    if tag == "suicidal" and (
                        SUICIDAL_NOT_POPULATION_BEFORE.search(clause[max(0, m.start() - 60) : m.start()])
                        or SUICIDAL_NOT_POPULATION_AFTER.match(clause[m.end() :])
                        or suicidal_measured(clause, m.start(), m.end())
                        or _suicidal_named_as_measure(clause, m.start(), m.end())
                        or MEASURED_FOR_BEFORE_RE.search(clause[max(0, m.start() - 60) : m.start()])
                        or any(a <= m.start() < b for a, b in instruments)
                    ):
                        continue  # an effect on it, its measurement, a subgroup or a fact about the disorder
                    if tag == "TRD" and TRD_OF_OTHER_CONDITION_AFTER.match(clause[m.end() :]):
                        continue  # "treatment-refractory OCD": another disorder resists treatment
                    if tag == "MDD":
                        if _is_trd_phrase(clause, m.start()) or lexicon.MDD_IN_TRD_DEFINITION.match(clause[m.end() :]):
                            continue
                        if CONDITION_AS_INCIDENCE_BEFORE.search(clause[max(0, m.start() - 60) : m.start()]) or (
                            CONDITION_AS_INCIDENCE_AFTER.match(clause[m.end() :])
                        ):
                            continue  # "a major depressive episode was observed in 6.7%": an outcome counted
                        mdd_hits.append(clause[m.start() : m.end() + 12])
                    if tag in SOLE_CONDITION_TAGS and not _BASE_POP_RES[tag].match(clause, m.start()) and (
                        _other_condition(clause, tag)
                    ):
                        continue  # "MDD, PTSD and social anxiety disorder": a comorbidity
                    tags.add(tag)
                    break
    if tags & {"TRD", "bipolar"} and mdd_hits and all(re.search(r"episode", h, re.I) for h in mdd_hits):
        # "experiencing a major depressive episode": the TRD or bipolar patients' current state, not an MDD diagnosis
        tags.discard("MDD")
    return tags


def _suicidal_named_as_measure(clause: str, start: int, end: int) -> bool:
    """Suicidality told as a result ("suicidal ideation was minimal", "suicidal thoughts were rare"): what the study
    measured, not whom it enrolled."""
    return bool(SUICIDAL_RESULT_AFTER.match(clause[end:]))


def _clauses(text: str) -> list[str]:
    """The sentence cut at its semicolons, but not at one inside brackets ("suicidal ideation (SI; the QIDS-SR16
    item)"): a bracket belongs to the clause it stands in."""
    out, depth, at = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")" and depth > 0)
        if ch == ";" and depth == 0:
            out.append(text[at:i])
            at = i + 1
    return [*out, text[at:]]


def _other_condition(clause: str, tag: str) -> bool:
    """The clause names another condition tag besides `tag`."""
    return any(t != tag and t in _CONDITION_TAGS and rx.search(clause) for t, rx in _POP_RES.items())


def _majority_share(clause: str, start: int) -> bool:
    """The share stated just before a diagnosis is most of the sample and the largest share its clause states ('420
    (93%) patients had a diagnosis of major depressive disorder'): the population, where a smaller share ('243 (54%)
    had generalized anxiety disorder, 126 (28%) had PTSD') is a comorbidity."""
    before = _SHARE_PCT.findall(clause[:start])
    largest = max(float(x) for x in _SHARE_PCT.findall(clause))
    return bool(before) and float(before[-1]) >= 50 and float(before[-1]) == largest


def _excluded(clause: str, start: int, end: int) -> bool:
    """The condition is an exclusion criterion ('patients with bipolar disorder were excluded')."""
    return bool(
        lexicon.EXCLUDED_CONDITION_BEFORE.search(clause[max(0, start - 80) : start])
        or lexicon.EXCLUDED_CONDITION_AFTER.match(clause[end:])
    )


def _is_trd_phrase(text: str, mdd_start: int) -> bool:
    return any(m.start() <= mdd_start < m.end() for m in lexicon.TRD_QUALIFIED_MDD.finditer(text))


def find_comparator(sentences: list[Sentence]) -> str | None:
    """The control condition named where the study's arms are described ('placebo', 'midazolam', 'ECT', ...)."""
    for s in study_sentences(sentences):
        if not lexicon.COMPARISON_CUE.search(s.text):
            continue
        m = lexicon.COMPARATOR_RE.search(s.text)
        if m:
            return re.sub(r"\s+", " ", m.group(0)).strip()
    return None


def find_doses(text: str) -> list[dict[str, object]]:
    """Dose phrases with spans; mg/kg values as numbers (lower bound of a range)."""
    out: list[dict[str, object]] = []
    for m in lexicon.DOSE_RE.finditer(text):
        unit = re.sub(r"\s+", "", m.group("unit")).lower()
        try:
            lo = float(m.group("lo"))
        except ValueError:
            continue
        if unit == "mg" and lo >= 1000:
            continue
        out.append(
            {
                "text": m.group("text"),
                "mg_per_kg": lo if unit == "mg/kg" else None,
                "mg": lo if unit == "mg" else None,
                "span": [m.start(), m.end()],
            }
        )
    return out
