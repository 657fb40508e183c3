"""Which ketamine forms a text's study gives: an enantiomer measured in a racemic study is not given, and bare
"ketamine" in an enantiomer's study is its shorthand or the parent drug, unless the text sets the racemate apart
(patterns in rules/routes.py)."""

from __future__ import annotations

from evidence.extract.lexicon import FORWARD_LOOKING_RE, find_routes
from evidence.extract.rules import routes as rules
from evidence.extract.text import split_sentences

Spans = dict[str, list[tuple[int, int]]]
_ENANTIOMERS = ("esketamine", "arketamine")


def resolve_forms(text: str, hits: Spans) -> Spans:
    """The ketamine-form hits ({form: [(start, end)]}) that name a form this study gives."""
    out = {d: list(v) for d, v in hits.items() if v}
    if out.get("ketamine"):
        for d in _ENANTIOMERS:
            if out.get(d) and all(_analyte(text, a) for a, _ in out[d]):
                del out[d]  # "the clearances of S- and R-ketamine" after a racemic dose
    sentences = [(s.start, s.end, s.text) for s in split_sentences(text)] if out.get("ketamine") else []
    if out.get("ketamine") and rules.RACEMIC_MARK_RE.search(text):
        for d in _ENANTIOMERS:
            if out.get(d) and all(_only_compared(sentences, out, a) for a, _ in out[d]):
                del out[d]  # "racemic ketamine ... less expensive than esketamine": compared with, never given
    given = [d for d in _ENANTIOMERS if any(_given(text, sentences, a) for a, _ in out.get(d, []))]
    shorthand = given and out.get("ketamine") and _s_named_shorthand(text, sentences, out)
    if given and out.get("ketamine") and (shorthand or not _racemate_apart(sentences, out)):
        del out["ketamine"]  # "S-ketamine 0.25 mg/kg ... following ketamine administration": one drug
    return out


def _analyte(text: str, start: int) -> bool:
    return bool(rules.ENANTIOMER_ANALYTE_BEFORE.search(text[max(0, start - 80) : start]))


def _given(text: str, sentences: list[tuple[int, int, str]], start: int) -> bool:
    """The enantiomer named in a sentence that gives it (a dose, a route, an administration word), not as a measured
    analyte and not in a licensing sentence ('esketamine was approved')."""
    s = next((t for a, b, t in sentences if a <= start < b), "")
    return not _analyte(text, start) and not rules.ENANTIOMER_NOT_GIVEN_RE.search(s) and bool(
        rules.ADMINISTERED_RE.search(s) or find_routes(s))


def _racemate_apart(sentences: list[tuple[int, int, str]], hits: Spans) -> bool:
    """The text names racemic ketamine as a drug of its own: called racemic, named beside an enantiomer in one
    sentence (a comparison), or given its own dose, arm or route in a sentence without an enantiomer ('Ketamine
    infusions were given to 40 patients'; 'following ketamine administration' only refers back)."""
    for start, end, s in sentences:
        if rules.RACEMIC_MARK_RE.search(s):
            return True
        inside = [d for d, v in hits.items() for a, _ in v if start <= a < end]
        if "ketamine" in inside and (
            any(d in _ENANTIOMERS for d in inside) or rules.DOSED_RE.search(s) or find_routes(s)
        ):
            return True
    return False


def _s_named_shorthand(text: str, sentences: list[tuple[int, int, str]], hits: Spans) -> bool:
    """A study that names its drug "S-ketamine" / "S(+)-ketamine" (never "esketamine", never an R form, never the
    racemate marked or beside it in one sentence, never plain ketamine with a dose of its own) calls it "ketamine" for
    short, even where it gives it a route or a dose ("a 4.2-day intravenous infusion of ketamine")."""
    if hits.get("arketamine") or rules.RACEMIC_MARK_RE.search(text):
        return False
    if not all(rules.S_PREFIX_FORM_RE.match(text, a) for a, _ in hits.get("esketamine", [])):
        return False
    if rules.PLAIN_KETAMINE_DOSE_RE.search(text):
        return False
    return not any(
        any(start <= a < end for a, _ in hits["ketamine"]) and any(start <= a < end for a, _ in hits["esketamine"])
        for start, end, _ in sentences
    )


def _only_compared(sentences: list[tuple[int, int, str]], hits: Spans, start: int) -> bool:
    """An enantiomer named in a study of the racemate only as what ketamine is compared with, beside it, with no
    dose, arm or administration of its own and not in a sentence about this study's own comparison ("an alternative,
    cheaper than esketamine"; "research comparing intranasal ketamine to esketamine is needed"): not a drug it gives."""
    s_start, s_end, s = next(((a, b, t) for a, b, t in sentences if a <= start < b), (0, 0, ""))
    # read in the enantiomer's clause: "30 patients received racemic ketamine; unlike esketamine, it is not licensed"
    # gives the racemate, not the enantiomer it is set against
    cut_a, cut_b = s.rfind(";", 0, start - s_start) + 1, s.find(";", start - s_start)
    cut_b = len(s) if cut_b < 0 else cut_b
    s_start, s_end, s = s_start + cut_a, s_start + cut_b, s[cut_a:cut_b]
    beside = any(s_start <= a < s_end for a, _ in hits.get("ketamine", []))
    compared = rules.COMPARED_WITH_BEFORE_RE.search(s[max(0, start - s_start - 60) : start - s_start]) or (
        FORWARD_LOOKING_RE.search(s)  # "research comparing intranasal ketamine to esketamine is needed"
    )
    own = rules.OWN_STUDY_WORDS_RE.search(s)
    return bool(beside and compared) and not own and not rules.ADMINISTERED_RE.search(s)
