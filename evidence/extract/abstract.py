"""One abstract's text -> the extraction JSON of DESIGN.md (study fields + findings with exact spans)."""

from __future__ import annotations

import logging
from typing import cast

from evidence import vocab
from evidence.errors import ParseError
from evidence.extract import drugs as study_drugs
from evidence.extract import lexicon, sample, study
from evidence.extract.adverse import ae_findings
from evidence.extract.arms import DOSE_ARM_DRUG, comparator_arm, study_arms
from evidence.extract.context import on_topic, treatment_given
from evidence.extract.drugs import StudyDrugs, studying
from evidence.extract.efficacy import definitions, rate_findings, scale_changes, without_restatements
from evidence.extract.model import PUBLIC_KEYS, Finding
from evidence.extract.onset import onset_findings
from evidence.extract.text import Sentence, is_background, leading_background, split_sentences

log = logging.getLogger(__name__)

_PLACEBO_LIKE = ("placebo", "midazolam")


def empty_result() -> dict[str, object]:
    """The result for text with nothing to extract."""
    return {
        "drugs": [], "routes": [], "design": "other", "design_confidence": "uncertain", "population": [],
        "settings": [], "n": None, "n_randomized": None, "n_enrolled": None, "n_analysed": None,
        "comparator": None, "comparator_class": "unknown", "doses": [], "definitions": {},
        "findings": [], "scale_changes": [], "ae_mentions": [], "pooled_estimates": [],
    }


def extract_abstract(text: str, drugs: StudyDrugs | None = None) -> dict[str, object]:
    """Extract study fields and findings from one abstract; a failure is a ParseError, never an empty result that
    would pass for "nothing found" (callers that go on, like the build, skip the record and count it).

    `drugs` is the profile's studied drug (default: the one in force, the ketamine forms unless a caller set
    another): only its names count as the study's drug; every other drug is a comparator."""
    if not isinstance(text, str) or not text.strip():
        return empty_result()
    try:
        with studying(drugs):
            return _extract(text)
    except Exception as exc:  # translated at the edge: the text is named by length only
        raise ParseError(f"extraction failed on a text of {len(text)} characters: {type(exc).__name__}: {exc}") from exc


def _extract(text: str) -> dict[str, object]:
    text = lexicon.normalise_text(text)  # same length: spans below index the caller's text
    sentences = split_sentences(text)
    # drugs named only in background sentences ("Intravenous ketamine has shown ...") are not the study's drugs
    sizes0 = sample.find_sample_sizes(text)
    design, design_conf = study.find_design(text, sizes0["n"], sentences)
    # an unstructured opening about the field names drugs a primary study does not give; a review or a
    # pharmacology paper is about the drugs it opens with
    primary = design not in vocab.SECONDARY_DESIGNS and (design != "other" or sizes0["n"] is not None)
    intro = leading_background(sentences) if primary else set()
    own = [s for i, s in enumerate(sentences) if not is_background(s) and i not in intro]
    drugs = study.find_study_drugs(" ".join(s.text for s in own)) or study.find_study_drugs(text)
    sizes = sample.find_sample_sizes(text, design) if design in vocab.SECONDARY_DESIGNS else sizes0
    if design == "case_series" and sizes["n"] is None and lexicon.SINGLE_CASE_RE.search(text):
        sizes = dict(sizes, n=1, n_enrolled=1)  # the report of one case: N = 1
    routes = study.find_study_routes(sentences, design in vocab.SECONDARY_DESIGNS)
    topical = on_topic(text, sentences)
    population, settings = study.find_population(sentences, topical)
    comparator = study.find_comparator(sentences)
    result = empty_result()
    result.update(
        drugs=drugs, routes=routes, design=design, design_confidence=design_conf, population=population,
        settings=settings, comparator=comparator,
        comparator_class=vocab.classify_comparator(comparator or "") if comparator else "none",
        doses=study.find_doses(text), definitions=definitions(sentences), **sizes,
    )
    if not topical:
        return result  # no ketamine form and no depression: off-topic, so no clinical finding
    raw: list[dict[str, object]] = []
    own = study.study_sentences(sentences)
    # where the arms are set out: the methods first, then the rest (a "Methods and Results" heading holds both)
    design_texts = [s.text for s in own if s.section != "results"] + [s.text for s in own if s.section == "results"]
    control = comparator_arm(design_texts)
    single = design in lexicon.SINGLE_GROUP_DESIGNS and not control
    review = design in vocab.SECONDARY_DESIGNS
    rates = rate_findings(sentences, control, study_arms(design_texts), sizes["n"] if single else None, review)
    if design in vocab.SECONDARY_DESIGNS:
        # a review's rates are pooled estimates over trials, not an arm's rate: kept apart, never a finding
        result["pooled_estimates"] = [_public(f) for f in rates]
    else:
        raw.extend(rates)
    onsets = onset_findings(sentences, drugs)
    if design in vocab.SECONDARY_DESIGNS:
        cast("list[object]", result["pooled_estimates"]).extend(_public(o) for o in onsets)
    else:
        raw.extend(onsets)
    aes, mentions = ae_findings(sentences, drugs, control) if treatment_given(text, sentences) else ([], [])
    if design in vocab.SECONDARY_DESIGNS:
        # an AE incidence a review reports is pooled over trials too, like its rates; its terms stay as mentions
        cast("list[object]", result["pooled_estimates"]).extend(_public(f) for f in aes)
        mentions.extend(
            {"term": t, "category": lexicon.ae_category(t), "span": f["span"], "sentence_span": f["span"]}
            for f in aes
            for t in cast("list[str]", f.get("terms") or [f.get("term")])
        )
    else:
        raw.extend(aes)
    defs = cast("dict[str, str]", result["definitions"])
    findings: list[Finding] = []
    for f in raw:
        if f.get("arm_drug") == DOSE_ARM_DRUG:
            # an arm named by its dose alone: the study's drug when it studies one, else the dose, uncertain
            f["arm_drug"] = drugs[0] if len(drugs) == 1 else None
            f["arm"] = f"{drugs[0]} {f['arm']}" if len(drugs) == 1 else f["arm"]
            f["confidence"] = f.get("confidence") if len(drugs) == 1 else "uncertain"
        if f.get("arm") is None and len(drugs) == 1 and f["kind"] in ("response_rate", "remission_rate"):
            f["arm"], f["arm_drug"], f["confidence"] = drugs[0], drugs[0], "uncertain"  # the only drug studied
        f["route"] = _route_for(text, sentences, f, routes)
        f["drug"] = _drug_for(f, drugs)
        if f["kind"] in defs and not f.get("definition") and "notes" in f:
            # the definition stated elsewhere in the abstract ("Response (>=50% MADRS reduction) ...")
            f["detail"] = "; ".join([defs[str(f["kind"])], *cast("list[str]", f["notes"])])
        findings.append(Finding.from_dict(f))  # the working keys (arm_pos, notes ...) are left behind
    result["findings"] = [f.to_dict() for f in without_restatements(findings)]
    result["scale_changes"] = [dict(r, route=_route_for(text, sentences, r, routes)) for r in scale_changes(sentences)]
    result["ae_mentions"] = mentions
    return result


def _public(raw: dict[str, object]) -> dict[str, object]:
    """A pooled estimate: the public keys of the finding a review reports."""
    return Finding.from_dict(raw).to_dict(PUBLIC_KEYS)


def _drug_for(f: dict[str, object], drugs: list[str]) -> str:
    d = f.get("arm_drug")
    family = study_drugs.active().words
    if d in family:
        return str(d)
    arm = str(f.get("arm") or "")
    for k in family:
        if arm.startswith(k):
            return k
    if f.get("arm") is None and len(drugs) == 1:
        return drugs[0]
    return "other"


def _route_for(text: str, sentences: list[Sentence], f: dict[str, object], routes: list[str]) -> str | None:
    """Route of the finding's arm: a route word next to the arm word, else the study's only route.

    Placebo-like arms take the route of the matching ketamine arm; other active comparators (ECT, quetiapine)
    have no route, so they never count towards a ketamine route.
    """
    arm = str(f.get("arm") or "")
    base = arm.split(" ")[0]
    if base and base not in study_drugs.active().words and base not in _PLACEBO_LIKE:
        return None
    pos = f.get("arm_pos")
    if isinstance(pos, int):
        sent = next((s for s in sentences if s.start <= pos < s.end), None)
        if sent is not None:
            rel = pos - sent.start
            abbrevs = study.route_abbreviations(text)
            near = [(abs(a - rel), r) for r, a, _ in study.route_mentions(sent.text, abbrevs) if abs(a - rel) <= 40]
            if near:
                return min(near)[1]
    if len(routes) == 1:
        return routes[0]
    return None
