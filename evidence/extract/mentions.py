"""Numbers of people inside a sentence ('64% vs 18%', '14 of 20', 'n = 12 (60%)') and their context (arms: arms.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from evidence.extract import lexicon

_N = lexicon.NUMBER_RE
_PCT = r"(?P<p>\d+(?:\.\d+)?|" + lexicon.WORD_NUMBER_RE + r")\s*(?:%|percent\b|per\s+cent\b)"
_OF_PCT = re.compile(
    r"(?<![\w.])(?P<a>\d+)\s+of\s+(?:the\s+)?(?P<b>\d[\d,]*)\s+(?:[\w-]+\s+){0,3}?[\[(]\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*[\])]",
    re.IGNORECASE,
)
_COUNT_PCT_OF = re.compile(
    r"(?<![\w.])(?P<a>\d+)\s*[\[(]\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*[\])]\s+of\s+(?:the\s+)?(?P<b>\d[\d,]*)\b",
    re.IGNORECASE,
)
_PCT_SLASH = re.compile(
    r"(?<![\w.])(?P<p>\d+(?:\.\d+)?)\s*%\s*[\[(]\s*(?P<a>\d+)\s*(?:/|of)\s*(?P<b>\d+)\s*(?:patients|participants)?\s*[\])]",
    re.IGNORECASE,
)
_SLASH_PCT = re.compile(r"(?<![\w./])(?P<a>\d+)\s*/\s*(?P<b>\d+)\s*[\[(]\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*[\])]")
_OF_PLAIN = re.compile(
    r"(?<![\w.])(?P<a>\d+|" + lexicon.WORD_NUMBER_RE + r")\s+of\s+(?:the\s+)?(?P<b>\d+|" + lexicon.WORD_NUMBER_RE + r")"
    r"(?:\s+(?:[\w-]+\s+){0,2}?" + lexicon.PEOPLE_NOUNS
    + r"\b|(?=\s+(?:in|on|receiving|given|treated|with|from|who)\b)|(?=\s+[\w-]+-(?:treated|exposed)\b))"
    r"(?!\s*[\[(]\s*\d)",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(?<![\w.])" + _PCT, re.IGNORECASE)
# "12/20 vs 3/19": a count over its group with no percentage written (not "140/90 mm Hg": the count must not exceed
# the group, and no unit may follow).
_SLASH_BARE = re.compile(
    r"(?<![\w./])(?P<a>\d+)\s*/\s*(?P<b>\d+)(?![\w/]|\.\d|\s*(?:[\[(%]|mm|mg|ml|kg|h\b|d\b))", re.IGNORECASE
)
# ... unless it restates a percentage just written ("37.5% (n = 6/16)") or is a sample size ("n = 6/16").
_SLASH_RESTATES = re.compile(r"%\s*[\[(][^)\]]*$|\bn\s*=\s*$", re.IGNORECASE)
# "Of the five patients, four responded and two remitted": the group's size first, then counts of it.
_OUTCOME_VERB = (r"\s+(?:(?:patients|participants|subjects)\s+)?(?:had|were|showed|achieved|met|responded|remitted"
                 r"|experienced|reported|developed|improved|relapsed|attained|reached)\b")
_OF_LEAD = re.compile(
    r"\bof\s+(?:the|these|all|our)?\s*(?P<b>\d+|" + lexicon.WORD_NUMBER_RE + r")\s+(?:[\w-]+\s+){0,2}?"
    + lexicon.PEOPLE_NOUNS + r"\s*,\s*(?P<a>\d+|" + lexicon.WORD_NUMBER_RE + r")(?=" + _OUTCOME_VERB + r")"
    r"(?:[^.;%()]{1,60}?\band\s+(?P<c>\d+|" + lexicon.WORD_NUMBER_RE + r")(?=" + _OUTCOME_VERB + r"))?",
    re.IGNORECASE,
)
# "none of the placebo group", "none in the placebo group", "none of those receiving placebo": 0% of that arm
_NONE_OF = re.compile(
    r"\bnone\s+(?:of|in|among)\s+(?:the|those)\s+(?:[\w-]+\s+){0,2}?(?:controls?|group|arm|patients|participants"
    r"|receiving|given|treated)\b",
    re.I,
)
# A proportion written as a decimal ("0.45 with ketamine and 0.20 with placebo"), read only in a sentence that speaks
# of a rate or proportion, never after a statistic's name or sign ("p = 0.04", "OR 0.45", "r = 0.35", "d 0.5").
_DECIMAL = re.compile(r"(?<![\w.=<>±≤≥/-])(?P<p>0?\.\d{1,3})(?![\d%]|\s*(?:mg|ml|kg|µ|ng|h\b|hours?|[-–]\s*\d))")
_RATE_WORD = re.compile(r"\b(?:rates?|proportions?|probabilit(?:y|ies))\b", re.IGNORECASE)
_STAT_BEFORE = re.compile(
    r"(?:\b(?:p|OR|RR|HR|IRR|r|R2|d|g|β|beta|SMD|MD|ratio|CI|SE|SD|kappa|κ|ICC|AUC|coefficient|correlation|effect\s+size"
    r"|difference)\s*(?:\(\w+\))?\s*[:=<>≤≥]?\s*|[=<>≤≥±]\s*|\d\s*[-–,]\s*|\bto\s+)$",
    re.IGNORECASE,
)
_FOLLOW_N = re.compile(r"^\s*[\[(]\s*(?:[^)\]]*?;\s*)?n\s*=\s*(?P<n>\d+)", re.IGNORECASE)
_LEAD_COUNT = re.compile(r"(?P<a>\b" + _N + r")\s+(?:[\w-]+\s+){0,6}?[\[(]\s*$", re.IGNORECASE)
_STATS_PAREN = re.compile(r"\bCI\b|confidence|difference|margin|odds|ratio|\bP\s*[=<]|\bSD\b", re.IGNORECASE)
_DEMOGRAPHIC_AFTER = re.compile(
    r"^\s*(?:were\s+(?:women|female|male|men|white|black|married|employed|veterans)"
    r"|had\s+(?:a\s+)?(?:history|diagnosis|comorbid|lifetime|prior))\b",
    re.IGNORECASE,
)
_ANY_PCT_TOKEN = re.compile(r"\d\s*%|\bpercent\b", re.IGNORECASE)
@dataclass
class Mention:
    """One proportion of people in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    value: float
    n_events: int | None = None
    n_total: int | None = None
    n: int | None = None
    valid: bool = True
    kind: str | None = None
    arm: str | None = None
    arm_drug: str | None = None
    arm_pos: int | None = None
    notes: list[str] = field(default_factory=list)


def _to_int(tok: str | None) -> int | None:
    if tok is None:
        return None
    v = lexicon.parse_number(tok.replace(",", ""))
    return int(v) if v is not None and v == int(v) else None


def find_mentions(s: str) -> list[Mention]:
    """Every proportion of people in sentence text s; threshold/CI/difference percentages are kept but invalid."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for rx in (_OF_PCT, _COUNT_PCT_OF, _SLASH_PCT, _PCT_SLASH):
        for m in rx.finditer(s):
            if not free(m.start(), m.end()):
                continue
            b = _to_int(m.group("b"))
            out.append(Mention(m.start(), m.end(), float(m.group("p")), _to_int(m.group("a")), b, b))
            taken.append((m.start(), m.end()))
    for rx in (_OF_PLAIN, _SLASH_BARE):
        for m in rx.finditer(s):
            a, b = _to_int(m.group("a")), _to_int(m.group("b"))
            if a is None or not b or a > b or not free(m.start(), m.end()):
                continue
            if rx is _SLASH_BARE and _SLASH_RESTATES.search(s[max(0, m.start() - 40) : m.start()]):
                continue
            out.append(Mention(m.start(), m.end(), round(100.0 * a / b, 1), a, b, b))
            taken.append((m.start(), m.end()))
    for m in _PERCENT.finditer(s):
        if not free(m.start(), m.end()):
            continue
        v = lexicon.parse_number(m.group("p"))
        if v is None:
            continue
        mention = Mention(m.start(), m.end(), float(v))
        before, after = s[: m.start()], s[m.end() :]
        # "12 (60%) were women": the count's bracket closes before the words that make it a share of the sample
        share = after[:1] in ")]" and _LEAD_COUNT.search(before[-80:]) and _DEMOGRAPHIC_AFTER.match(after[1:40])
        if share or lexicon.PCT_EXCLUDE_BEFORE.search(before[-50:]) or lexicon.PCT_EXCLUDE_AFTER.match(after[:40]):
            mention.valid = False
        if re.match(r"\s*[-–]\s*\d", after) or re.search(r"\d\s*[-–]\s*$", before):
            mention.valid = False  # one end of a range
        opened = _open_bracket(before)
        paren = before[opened + 1 :] if opened >= 0 else ""
        if opened >= 0 and _STATS_PAREN.search(paren.split(";")[-1] if ";" in paren else paren):
            mention.valid = False  # inside "(P = .026; difference 95% CI 2%, 30%)"
        lead = _LEAD_COUNT.search(before[-80:])
        if lead and before.rstrip().endswith(("(", "[")):
            mention.n_events = _to_int(lead.group("a"))
        fn = _FOLLOW_N.match(after)
        if fn:
            mention.n = int(fn.group("n"))
        out.append(mention)
        taken.append((m.start(), m.end()))
    for m in _OF_LEAD.finditer(s):
        b = _to_int(m.group("b"))
        for g in ("a", "c"):
            a = _to_int(m.group(g)) if m.group(g) else None
            if a is None or not b or a > b or not free(m.start(g), m.end(g)):
                continue
            out.append(Mention(m.start(g), m.end(g), round(100.0 * a / b, 1), a, b, b))
            taken.append((m.start(g), m.end(g)))
    rate_word = _RATE_WORD.search(s)
    for m in _DECIMAL.finditer(s):
        if rate_word is None or m.start() < rate_word.start() or not free(m.start(), m.end()):
            continue
        before = s[: m.start()]
        opened = _open_bracket(before)
        if _STAT_BEFORE.search(before[-25:]) or (opened >= 0 and _STATS_PAREN.search(before[opened + 1 :])):
            continue
        v = float(m.group("p"))
        if 0 < v <= 1:
            out.append(Mention(m.start(), m.end(), round(100.0 * v, 1), notes=["decimal proportion"]))
            taken.append((m.start(), m.end()))
    for m in _NONE_OF.finditer(s):
        out.append(Mention(m.start(), m.end(), 0.0, 0))
    out.sort(key=lambda x: x.start)
    return out


def _open_bracket(text: str) -> int:
    """Offset of the innermost bracket still open at the end of text, or -1."""
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        c = text[i]
        if c in ")]":
            depth += 1
        elif c in "([":
            if depth == 0:
                return i
            depth -= 1
    return -1


def windows(s: str, mentions: list[Mention], i: int) -> tuple[str, int, str, int]:
    """(backward text, its offset, forward text, its offset) of mention i, clipped at neighbours and ';'."""
    m = mentions[i]
    prev_end = mentions[i - 1].end if i > 0 else 0
    next_start = mentions[i + 1].start if i + 1 < len(mentions) else len(s)
    for t in _ANY_PCT_TOKEN.finditer(s):
        if m.end <= t.start() < next_start:
            next_start = t.start()
        if prev_end < t.end() <= m.start and t.start() < m.start:
            prev_end = max(prev_end, t.end())
    back_off = prev_end
    back = s[prev_end : m.start]
    if ";" in back:
        cut = back.rfind(";") + 1
        back_off += cut
        back = back[cut:]
    fwd = s[m.end : next_start]
    if ";" in fwd:
        fwd = fwd[: fwd.find(";")]
    return back, back_off, fwd, m.end


def clause_of(s: str, pos: int) -> str:
    """The ';'-delimited clause of sentence s that holds offset pos."""
    a = s.rfind(";", 0, pos) + 1
    b = s.find(";", pos)
    return s[a : b if b >= 0 else len(s)]
