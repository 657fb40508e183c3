"""Routes of a study's ketamine arms: route words in sentences about this study, not another drug's, not background."""

from __future__ import annotations

import dataclasses
import re

from evidence import vocab
from evidence.extract import drugs as study_drugs
from evidence.extract import lexicon
from evidence.extract.abbrev import abbreviations, uses
from evidence.extract.route_context import route_not_given
from evidence.extract.rules.route_clauses import CLAUSE_BREAK_RE
from evidence.extract.rules.route_scope import (
    BENCH_STUDY_RE,
    DOSED_BEING_RE,
    FIELD_HISTORY_OPENING_RE,
    OTHER_ROUTE_INFUSION_RE,
    ROMAN_FOUR_BEFORE,
    ROUTE_OF_DOSED_DRUG_AFTER,
    ROUTE_OF_OTHER_DRUG_AFTER,
)
from evidence.extract.rules.routes import (
    CITED_EVIDENCE_RE,
    DOSAGE_FORM_RE,
    INFUSION_ROUTE_AFTER_GAP,
    INFUSION_WORD_RE,
    NAMED_INFUSION_GAP,
    OWN_VOICE_RE,
    ROUTE_EQUIPMENT_AFTER,
    THROUGH_BEFORE,
)
from evidence.extract.text import Sentence, is_background, leading_background

_SYNTHESIS_RES = [(d, re.compile(rx, re.IGNORECASE)) for d, rx in lexicon.DESIGN_RULES
                  if d in ("systematic_review", "meta_analysis")]
_ROUTE_RES = {
    r: re.compile(p, 0 if r in lexicon.CASE_SENSITIVE_ROUTES else re.IGNORECASE)
    for r, p in lexicon.ROUTE_PATTERNS.items()
}

def route_abbreviations(text: str) -> dict[str, str | None]:
    """{abbreviation: its route, or None} for the abbreviations the text defines: "intranasal (IN)" makes IN
    intranasal wherever it is used; "standard care (SC)" makes SC no route at all."""
    out: dict[str, str | None] = {}
    for short, long in abbreviations(text).items():
        # "oral antidepressant (OAD)" names another drug's route: no route of the study
        found = _plain_route_mentions(long)
        routes = [r for r, _, b in found if not lexicon.NON_KETAMINE_ROUTE_OBJECTS.match(long[b:])]
        if len(set(routes)) == 1:
            out[short] = routes[0]
        elif not routes and (lexicon.find_routes(short) or _plain_route_mentions(short)):
            out[short] = None  # spells a route's letters, defined as something else
    return out


def _plain_route_mentions(text: str) -> list[tuple[str, int, int]]:
    return [(route, m.start(), m.end()) for route, rx in _ROUTE_RES.items() for m in rx.finditer(text)]


def route_mentions(sentence_text: str, abbrevs: dict[str, str | None] | None = None) -> list[tuple[str, int, int]]:
    """(route, start, end) of route words in a sentence that are about ketamine, not another drug; `abbrevs` (from
    route_abbreviations of the whole text) adds the uses of a defined route abbreviation and drops route readings of
    an abbreviation defined as something else."""
    out: list[tuple[str, int, int]] = []
    for route, a, b in _plain_route_mentions(sentence_text):
        if lexicon.NON_KETAMINE_ROUTE_OBJECTS.match(sentence_text[b : b + 60]):
            continue
        if _defining_bracket(sentence_text, a, b):
            continue  # "intravenous (IV) access": the route word before the bracket is the mention
        if re.search(r"\bnon-?\s?$", sentence_text[max(0, a - 5) : a], re.IGNORECASE):
            continue  # "non-intravenous ketamine": every route but this one
        if ROUTE_EQUIPMENT_AFTER.match(sentence_text[b : b + 30]) and not THROUGH_BEFORE.search(sentence_text[:a]):
            continue  # "IV access", "IV fluids"; but "given through an IV line" is the route
        if sentence_text[a:b].rstrip(".").upper().replace(".", "") == "IV" and ROMAN_FOUR_BEFORE.search(
                sentence_text[max(0, a - 40) : a]):
            continue  # "DSM IV", "grades III and IV": a classification's numeral
        if ROUTE_OF_OTHER_DRUG_AFTER.match(sentence_text[b : b + 80]) or _names_other_dosed_drug(sentence_text, b):
            continue  # "target-controlled infusion of propofol", "oral rapamycin (6 mg)": the other drug's route
        out.append((route, a, b))
    for short, meant in (abbrevs or {}).items():
        for a, b in uses(sentence_text, short):
            if _defining_bracket(sentence_text, a, b):
                continue  # "intravenous (IV) access": the long form before it is the mention, read (or dropped) above
            out = [t for t in out if not (t[1] < b and a < t[2])]
            if meant is not None and not lexicon.NON_KETAMINE_ROUTE_OBJECTS.match(sentence_text[b : b + 60]):
                out.append((meant, a, b))
    out = _without_named_infusions(sentence_text, out)  # 'subcutaneous ketamine infusions'
    out = [t for t in out if not route_not_given(sentence_text, t[1], t[2])]  # 'no trials of IM ketamine'
    out = [t for t in out if not _comparator_clause(sentence_text, t[1])]  # '; methohexital was given IV'
    sub = [(a, b) for r, a, b in out if r == "sublingual"]
    if sub:
        # "sublingual rapid-dissolve tablets", "tablets taken sublingually": that tablet is the sublingual form, not
        # a swallowed one; a tablet named apart from it ("two tablets ..., a sublingual tablet") stays oral
        out = [t for t in out if not (t[0] == "oral" and DOSAGE_FORM_RE.fullmatch(sentence_text[t[1] : t[2]])
                                      and any(_one_phrase(sentence_text, t[1], t[2], a, b) for a, b in sub))]
    return _without_comparator_routes(sentence_text, sorted(out, key=lambda t: t[1]))


def _names_other_dosed_drug(s: str, b: int) -> bool:
    """The route word at s[..b] names a dosed drug right after it that is no form of the studied drug."""
    m = ROUTE_OF_DOSED_DRUG_AFTER.match(s[b : b + 70])
    return m is not None and not any(rx.search(m.group("drug")) for _, rx in study_drugs.compiled(study_drugs.active()))


def _defining_bracket(s: str, a: int, b: int) -> bool:
    """The abbreviation at s[a:b] is the bracket that defines it right after a route word ('intravenous (IV)')."""
    if s[a - 1 : a] != "(" or s[b : b + 1] != ")":
        return False
    before = s[max(0, a - 40) : a - 1].rstrip()
    return any(e == len(before) for _, _, e in _plain_route_mentions(before))


def _without_named_infusions(s: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop the intravenous reading of an infusion word that a route word just before it names ('subcutaneous
    ketamine infusion', 'IV ketamine infusions') or just after it ('infused subcutaneously'): that word gives the
    infusion's route, and is read in its place."""
    words = [t for t in found if not INFUSION_WORD_RE.match(s[t[1] : t[2]])]
    # ... or a route word after it in the same phrase ("infused subcutaneously", "infusions given subcutaneously",
    # "infusions, delivered by the subcutaneous route")
    after = [a for r, a, _ in words if r != "intravenous"]
    return [t for t in found if not (
        INFUSION_WORD_RE.match(s[t[1] : t[2]])
        and (any(b <= t[1] and NAMED_INFUSION_GAP.match(s[b : t[1]]) for _, _, b in words)
             or any(a >= t[2] and INFUSION_ROUTE_AFTER_GAP.match(s[t[2] : a]) for a in after))
    )]


def _one_phrase(s: str, a1: int, b1: int, a2: int, b2: int) -> bool:
    """Two words within 40 characters of each other with no comma or semicolon between: one phrase."""
    gap = s[min(b1, b2) : max(a1, a2)]
    return len(gap) <= 40 and not re.search(r"[,;]", gap)


def _comparator_clause(s: str, pos: int) -> bool:
    """The route word's clause (between ';') names an active comparator and no form of the studied drug: the route
    is the comparator's ('ketamine or ECT; methohexital was given intravenously')."""
    a, b = s.rfind(";", 0, pos) + 1, s.find(";", pos)
    clause = s[a : len(s) if b < 0 else b]
    return bool(lexicon.COMPARATOR_DRUG_RE.search(clause)) and not any(
        rx.search(clause) for _, rx in study_drugs.compiled(study_drugs.active())
    )


def _without_comparator_routes(s: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop a route word whose nearest drug is an active comparator when another route word is ketamine's own
    ('ketamine orally and midazolam intravenously'); one shared route ('ketamine or midazolam infusion') stays."""
    if len({r for r, _, _ in found}) < 2:
        return found
    drugs = [(m.start(), m.end(), "ketamine") for _, rx in study_drugs.compiled(study_drugs.active())
             for m in rx.finditer(s)]
    drugs += [(m.start(), m.end(), "comparator") for m in lexicon.COMPARATOR_DRUG_RE.finditer(s)]

    def owner(a: int, b: int) -> str | None:
        near = [(max(da - b, a - db, 0), who) for da, db, who in drugs]
        near = [x for x in near if x[0] <= 30]
        return min(near)[1] if near else None

    owners = [owner(a, b) for _, a, b in found]
    if "ketamine" not in owners:
        return found
    return [f for f, who in zip(found, owners, strict=True) if who != "comparator"]


def find_study_routes(sentences: list[Sentence], is_review: bool) -> list[str]:
    """Routes of this study's ketamine arms; reviews count every route they name outside the background."""
    if not any(rx.search(s.text) for s in sentences for _, rx in study_drugs.compiled(study_drugs.active())):
        return []  # the studied drug is never named: the routes are another drug's ("scopolamine 4 µg/kg IV")
    sentences = [s for s in sentences if not _cites_other_evidence(s.text)]
    own = [s for s in sentences if not is_background(s)]
    if not is_review:
        intro = leading_background(sentences)  # an unstructured opening about the field, before this study
        own = [s for i, s in enumerate(sentences) if s in own and i not in intro]
        own = [s for s in own if lexicon.STUDY_SENTENCE_RE.search(s.text)]
        own += _study_clauses_of_background(sentences)
    abbrevs = route_abbreviations(" ".join(s.text for s in sentences))
    # a primary study's last resort is any sentence but a claim about earlier work ("IV ketamine has been shown to")
    last = sentences if is_review else [s for s in sentences if not lexicon.BACKGROUND_SENTENCE_RE.search(s.text)
                                        and not FIELD_HISTORY_OPENING_RE.match(s.text)]
    # a structured abstract's Methods and Results tell what the study gave: a route named only in its aim, discussion
    # or conclusion ("Compared with intravenous infusion, the nasal route ...") is set against it, not given
    told = [s for s in own if s.section in ("methods", "results")]
    tiers = (told, [s for s in own if s.section != "objective"], own, last)
    bench = not is_review and _bench_study(sentences)
    # (infusions the study names as subcutaneous or intramuscular: its bare "infusion" words are those, not the vein)
    other_infusions = not is_review and any(OTHER_ROUTE_INFUSION_RE.search(s.text) for s in last)
    for pool in tiers:
        found = [(r, s.text[a:b]) for s in pool for r, a, b in route_mentions(s.text, abbrevs)]
        if bench or other_infusions:
            found = [(r, w) for r, w in found if not INFUSION_WORD_RE.match(w)]  # bags on a bench, not a vein
        routes = {r for r, _ in found}
        if routes and is_review:
            routes |= _routes_of_unrouted_forms(sentences, own, abbrevs)
        if routes:
            return [r for r in vocab.ROUTES if r in routes]
    text = " ".join(s.text for s in sentences)
    if is_review and any(rx.search(text) for d, rx in _SYNTHESIS_RES):
        # a systematic review whose only route word is the studied drug's licensed form ("ESK was approved as an
        # intranasal treatment"): the form the trials it synthesises used (a narrative review may only cite it)
        routes = {r for s in sentences for r in _licensed_form_routes(s.text)}
        return [r for r in vocab.ROUTES if r in routes]
    return []


def _bench_study(sentences: list[Sentence]) -> bool:
    """A laboratory study of the drug's solution: bench words, and no person or animal outside the background."""
    own = [s.text for s in sentences if not is_background(s)]
    return any(BENCH_STUDY_RE.search(t) for t in own) and not any(DOSED_BEING_RE.search(t) for t in own)


def _bound_routes(s: str, abbrevs: dict[str, str | None]) -> dict[str, set[str]]:
    """{drug form: routes} of a sentence: each route word goes to its nearest form of the studied drug (within a few
    words, either side: 'intranasal esketamine and intravenous ketamine', 'esketamine nasal spray')."""
    forms = [(m.start(), m.end(), d) for d, rx in study_drugs.compiled(study_drugs.active()) for m in rx.finditer(s)]
    out: dict[str, set[str]] = {}
    for route, a, b in route_mentions(s, abbrevs):
        near = [(da - b if da >= b else a - db, d) for da, db, d in forms if da >= b or db <= a]
        near = [x for x in near if x[0] <= 30]
        if near:
            out.setdefault(min(near)[1], set()).add(route)
    return out


def _routes_of_unrouted_forms(
    sentences: list[Sentence], own: list[Sentence], abbrevs: dict[str, str | None]
) -> set[str]:
    """A review's drug forms that its own sentences name with no route ('results from esketamine trials') take the
    route the rest of the text gives that form ('intranasal esketamine and intravenous ketamine have shown ...')."""
    named = {d for s in own for d, rx in study_drugs.compiled(study_drugs.active()) if rx.search(s.text)}
    routed: set[str] = set()
    for s in own:
        routed |= set(_bound_routes(s.text, abbrevs))
    out: set[str] = set()
    for s in sentences:
        for d, rs in _bound_routes(s.text, abbrevs).items():
            if d in named - routed:
                out |= rs
    return out


def _cites_other_evidence(s: str) -> bool:
    """A sentence reporting another study's evidence ('In a recent study it was found that IM ketamine ...'), not
    this study's: its routes are that study's."""
    return bool(CITED_EVIDENCE_RE.search(s)) and not OWN_VOICE_RE.search(s)


def _licensed_form_routes(s: str) -> list[str]:
    """Routes named in a sentence that says the studied drug was approved or licensed as a form."""
    if not re.search(r"\b(?:approved|licen[sc]ed|marketed|authori[sz]ed)\b", s, re.IGNORECASE):
        return []
    named = [m.start() for _, rx in study_drugs.compiled(study_drugs.active()) for m in rx.finditer(s)]
    return [r for r, a, _ in _plain_route_mentions(s) if named and min(named) < a and not re.search(
        r"\bnon-?\s?$", s[max(0, a - 5) : a], re.IGNORECASE)]


def _study_clauses_of_background(sentences: list[Sentence]) -> list[Sentence]:
    """The clauses about this study in a sentence that another clause makes background ('Twenty patients received
    subcutaneous ketamine; previous studies used infusions', 'Although most trials gave it intravenously, we gave
    it subcutaneously')."""
    out: list[Sentence] = []
    for s in sentences:
        if s.section == "background" or not is_background(s):
            continue
        at = 0
        for clause in CLAUSE_BREAK_RE.split(s.text):
            if lexicon.STUDY_SENTENCE_RE.search(clause) and not lexicon.BACKGROUND_SENTENCE_RE.search(clause):
                out.append(dataclasses.replace(s, start=s.start + at, end=s.start + at + len(clause), text=clause))
            at += len(clause)
    return out
