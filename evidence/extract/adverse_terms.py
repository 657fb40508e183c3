"""Adverse-event terms in a sentence: which are negated, which are specific, and which term a number counts.

The readers of evidence/extract/adverse.py call these; the words are data in rules/adverse.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from evidence.extract import drugs as drug_vocab
from evidence.extract import lexicon
from evidence.extract.context import non_clinical_use
from evidence.extract.mentions import Mention
from evidence.extract.rules import adverse as rules

# A term a number counts: (the term as written, its offset in the window it was found in).
TermHit = tuple[str, int]


def clean(term: str) -> str:
    """The term with its whitespace (line breaks of PDF copies) made single spaces."""
    return re.sub(r"\s+", " ", term)


def negated(text: str, start: int, end: int) -> bool:
    """True when a negation cue governs text[start:end] ('no dissociative symptoms', 'dissociation was absent')."""
    if lexicon.NEGATION_AFTER_RE.match(text[end : end + 40]):
        return True
    for m in lexicon.NEGATION_BEFORE_RE.finditer(text, 0, start):
        if rules.AE_NEGATION_SCOPE_END.search(text, m.end(), start) is None:
            return True
    return False


def specific_terms(text: str) -> list[re.Match[str]]:
    """The named adverse events of text ('nausea', not 'adverse events'), in their clinical sense only."""
    return [
        m for m in lexicon.AE_TERM_RE.finditer(text)
        if not lexicon.AE_GENERIC.search(m.group(0)) and not non_clinical_use(text, m.start())
    ]


def own_clause(fwd: str) -> bool:
    """The text after a number makes it the subject of its own clause about something else ('dropped out',
    'of patients responded'), so no term before it is what it counts."""
    return bool(rules.AE_OWN_PREDICATE.match(fwd))


def connective_only(text: str) -> bool:
    """Only connectives, arms, doses, times and statistics in text ('and 3% of those receiving placebo'): no other
    quantity's name."""
    family = drug_vocab.active().words
    return all(w.lower() in rules.AE_CARRY_WORDS or w.lower() in family or _PEOPLE.fullmatch(w)
               for w in re.findall(r"[A-Za-z]+", text))


# the people a rate is out of, any noun for them ("and 16% of placebo recipients", "and 4 placebo-treated adults")
_PEOPLE = re.compile(lexicon.PEOPLE_NOUNS, re.IGNORECASE)


def close_term(back: str) -> bool:
    """An AE term ends just before the number ('Discontinuation due to adverse events was 4.6%')."""
    hits = list(lexicon.AE_TERM_RE.finditer(back))
    return bool(hits) and len(back) - hits[-1].end() <= rules.AE_TERM_BEFORE_GAP


def term_phrase(window: str, before: bool = False) -> TermHit | None:
    """The AE phrase in a window after a count ('experienced treatment-emergent hypertension') or, `before`, ending
    before it, and its offset. Before it, of generic terms only, the one nearest the number: 'Adverse events
    requiring treatment occurred in two patients, and the dropout rate due to side effects was 5%' counts the
    stopping, not the events."""
    terms = list(lexicon.AE_TERM_RE.finditer(window))
    if not terms:
        return None
    specific = [t for t in terms if not lexicon.AE_GENERIC.search(t.group(0))]
    if before and specific and lexicon.AE_GENERIC.search(terms[0].group(0)):
        # "Adverse effects, mostly transient dissociation, were observed in 55%": the example is not what is counted
        specific = [t for t in specific if not rules.AE_EXAMPLE_BEFORE.search(window[: t.start()])]
    # after a count, the term its verb takes first ("23 (57.5%) had at least one adverse event, most commonly
    # drowsiness (30%)": the events, not the drowsiness); before a number, a named event over the generic words
    generic = [t for t in terms if lexicon.AE_GENERIC.search(t.group(0))]
    t = terms[0] if not before else specific[0] if specific else generic[-1]
    phrase = t.group(0)
    if lexicon.AE_GENERIC.search(phrase) and rules.AE_STOPPED_FOR.search(window[: t.start()]):
        phrase = f"discontinuation due to {phrase}"
    return clean(phrase).strip(), t.start()


# --- which term a number in a sentence counts ----------------------------------------------------------------------
# Each finder looks at one place around the number and returns (term hit, offset of the window it read) or None.


@dataclass(frozen=True)
class Window:
    """A number's surroundings in its sentence s: the text before it (back, from boff) and after it (fwd, from foff)."""

    s: str
    mention: Mention
    back: str
    boff: int
    fwd: str
    foff: int


def _after_verb(w: Window) -> tuple[TermHit, int] | None:
    """'12 patients (30%) experienced nausea': the term after a verb of experiencing (not 'were diagnosed with')."""
    verb = lexicon.AE_VERBS_RE.search(w.fwd)
    if not verb or rules.AE_DIAGNOSIS.search(w.fwd):
        return None
    tp = term_phrase(w.fwd)
    if tp and tp[1] < verb.start() and rules.AE_NEW_SUBJECT.match(w.fwd[: tp[1]]):
        return None  # "45% and dizziness was reported in 20%": the term is the next clause's subject, not this count's
    if tp and tp[1] > verb.end() and rules.AE_OTHER_OBJECT.match(w.fwd[verb.end() : tp[1]]):
        return None  # "62% reported more than one sleep pattern, with insomnia ...": the verb took another object
    return (tp, w.foff) if tp else None


def _named_after(w: Window) -> tuple[TermHit, int] | None:
    """'10% reported mild headache and 5% nausea': an event named right after the number (its verb left out), not
    the previous number's term carried over."""
    m = rules.AE_NAMED_RIGHT_AFTER.match(w.fwd)
    if m is None or lexicon.AE_GENERIC.search(m.group("term")):
        return None
    return (clean(m.group("term")), m.start("term")), w.foff


def _before_bracket(w: Window) -> tuple[TermHit, int] | None:
    """'dizziness (ketamine 25% vs placebo 5%)', 'Vomiting was rare (ketamine 3%, placebo 0%)': the named term just
    before the bracket the number is in, or with only how often it was between."""
    s, start = w.s, w.mention.start
    opener = s.rfind("(", 0, start)
    if opener <= 0 or ")" in s[opener:start]:
        return None
    base = max(0, opener - 60)
    head = list(lexicon.AE_TERM_RE.finditer(s[base:opener]))
    if not head or lexicon.AE_GENERIC.search(head[-1].group(0)):
        return None
    if not connective_only(s[opener + 1 : start]):
        return None  # the bracket names another quantity ("(response 60%)")
    if not rules.AE_TERM_BRACKET_GAP.fullmatch(s[base + head[-1].end() : opener]):
        return None  # the words between say how often the term was ("Vomiting was rare (ketamine 3%, placebo 0%)")
    return (clean(head[-1].group(0)), 0), base + head[-1].start()


def _discontinued_before(w: Window) -> tuple[TermHit, int] | None:
    """'Adverse events led to discontinuation in 4.6%': the rate of stopping because of them."""
    stop = lexicon.AE_DISCONTINUATION_BEFORE_RE.search(w.back)
    if stop is None:
        return None
    return (f"discontinuation due to {stop.group('term').lower()}", stop.start("term")), w.boff


def _reported_before(w: Window) -> tuple[TermHit, int] | None:
    """'Nausea occurred in 12%', 'the most common was headache (n = 4)': a term before a verb of occurring."""
    if own_clause(w.fwd):
        return None  # "... mild side effects, and 11% dropped out": the number counts its own clause
    gapped = rules.AE_GAPPED_OTHER.match(w.fwd)
    if gapped and not lexicon.AE_TERM_RE.search(gapped.group("noun")) and not connective_only(gapped.group("noun")):
        return None  # "12 (30%) had hypertension and 8 (20%) diabetes": the number names its own condition
    reported = rules.AE_MOST_COMMON.search(w.back) or lexicon.AE_OCCUR.search(w.back)
    if not (reported or close_term(w.back)):
        return None
    tp = term_phrase(w.back, before=True)
    return (tp, w.boff) if tp else None


TERM_FINDERS: tuple[Callable[[Window], tuple[TermHit, int] | None], ...] = (
    _after_verb,
    _named_after,
    _before_bracket,
    _discontinued_before,
    _reported_before,
)


def counted_term(w: Window) -> tuple[TermHit, int] | None:
    """The term the number counts, from the first finder that names one, with its window's offset."""
    for finder in TERM_FINDERS:
        hit = finder(w)
        if hit is not None:
            return hit
    return None
