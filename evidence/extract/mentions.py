"""Numbers of people inside a sentence ('64% vs 18%', '14 of 20', 'n = 12 (60%)') and their context (arms: arms.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from evidence.extract import lexicon
from evidence.extract.rules import mentions as R
from evidence.extract.rules.efficacy import RESPECTIVELY_RE


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

    for rx in (R.OF_PCT, R.COUNT_PCT_OF, R.SLASH_PCT, R.PCT_SLASH):
        for m in rx.finditer(s):
            if not free(m.start(), m.end()):
                continue
            b = _to_int(m.group("b"))
            out.append(Mention(m.start(), m.end(), float(m.group("p")), _to_int(m.group("a")), b, b))
            taken.append((m.start(), m.end()))
    for rx in (R.OF_PLAIN, R.SLASH_BARE):
        for m in rx.finditer(s):
            a, b = _to_int(m.group("a")), _to_int(m.group("b"))
            if a is None or not b or a > b or not free(m.start(), m.end()):
                continue
            if rx is R.SLASH_BARE and R.SLASH_RESTATES.search(s[max(0, m.start() - 40) : m.start()]):
                continue
            lead = R.SHARED_OF_LEAD.search(s[: m.start()]) if rx is R.OF_PLAIN and RESPECTIVELY_RE.search(s) else None
            a0 = _to_int(lead.group("a")) if lead else None
            if lead and R.LIST_BEFORE.search(s[: lead.start("a")]):
                lead = None
            if lead and a0 is not None and a0 <= b and free(lead.start("a"), lead.end("a")):
                # "three and one out of twelve": the first count is out of the same twelve
                out.append(Mention(lead.start("a"), lead.end("a"), round(100.0 * a0 / b, 1), a0, b, b))
                taken.append((lead.start("a"), lead.end("a")))
            out.append(Mention(m.start(), m.end(), round(100.0 * a / b, 1), a, b, b))
            taken.append((m.start(), m.end()))
            nxt = R.CONTINUED_COUNT.match(s, m.end()) if rx is R.OF_PLAIN else None
            c = _to_int(nxt.group("c")) if nxt else None
            if nxt and c is not None and c <= b and free(nxt.start("c"), nxt.end("c")):
                out.append(Mention(nxt.start("c"), nxt.end("c"), round(100.0 * c / b, 1), c, b, b))
                taken.append((nxt.start("c"), nxt.end("c")))
    for m in R.PERCENT.finditer(s):
        if not free(m.start(), m.end()):
            continue
        v = lexicon.parse_number(m.group("p"))
        if v is None:
            continue
        mention = Mention(m.start(), m.end(), float(v))
        before, after = s[: m.start()], s[m.end() :]
        # "12 (60%) were women": the count's bracket closes before the words that make it a share of the sample
        share = after[:1] in ")]" and R.LEAD_COUNT.search(before[-80:]) and R.DEMOGRAPHIC_AFTER.match(after[1:40])
        if share or lexicon.PCT_EXCLUDE_BEFORE.search(before[-50:]) or lexicon.PCT_EXCLUDE_AFTER.match(after[:40]):
            mention.valid = False
        if re.match(r"\s*[-–]\s*\d", after) or re.search(r"\d\s*[-–]\s*$", before):
            mention.valid = False  # one end of a range
        if R.OPEN_BOUND_AFTER.match(after):
            mention.valid = False  # "a reduction of 50% or more": a bound
        if R.VARIANCE_AFTER.match(after):
            mention.valid = False  # "51.6% of the variance": a model statistic
        if _change_by(before, after):
            mention.valid = False  # "... and remission by 28%": how much a measure changed
        opened = _open_bracket(before)
        paren = before[opened + 1 :] if opened >= 0 else ""
        # ... but "(13%, p = 0.04, and 7%, ...)": a list's next value, after the P value of the first
        listed = R.VALUE_AND_P.fullmatch(paren)
        if opened >= 0 and not listed and R.STATS_PAREN.search(paren.split(";")[-1] if ";" in paren else paren):
            mention.valid = False  # inside "(P = .026; difference 95% CI 2%, 30%)"
        if R.MEAN_CHANGE_BEFORE.search(before[-110:]):
            mention.valid = False  # "the average improvement seen in responders is 74%": a mean change
        if R.CI_BOUND_BEFORE.search(before[-40:]):
            mention.valid = False  # a bound of the interval of the percentage before it: "16.6% [9.0%, 24.1%]"
        lead = R.LEAD_COUNT.search(before[-80:])
        if lead and before.rstrip().endswith(("(", "[")):
            mention.n_events = _to_int(lead.group("a"))
        fn = R.FOLLOW_N.match(after)
        if fn:
            mention.n = int(fn.group("n"))
        out.append(mention)
        taken.append((m.start(), m.end()))
    out.extend(_shared_percent(s, out, taken))
    _listed_thresholds(s, out)
    _definition_thresholds(s, out)
    for m in [*R.OF_LEAD.finditer(s), *R.OF_LEAD_QUALIFIED.finditer(s)]:
        b = _to_int(m.group("b") or m.groupdict().get("b2") or "")  # b2: "Among the 42 patients, ..."
        for g in ("a", "c"):
            a = _to_int(m.group(g)) if m.group(g) else None
            if a is None or not b or a > b or not free(m.start(g), m.end(g)):
                continue
            same = _restated(s, out, m.end(g), 100.0 * a / b)
            if same is not None:
                # "Of 40 patients, 30 were responders (75%)": the percentage restates the count, one rate not two
                same.n_events, same.n_total, same.n = a, b, b
                continue
            out.append(Mention(m.start(g), m.end(g), round(100.0 * a / b, 1), a, b, b))
            taken.append((m.start(g), m.end(g)))
    rate_word = R.RATE_WORD.search(s)
    for m in R.DECIMAL.finditer(s):
        if rate_word is None or m.start() < rate_word.start() or not free(m.start(), m.end()):
            continue
        before = s[: m.start()]
        opened = _open_bracket(before)
        if R.STAT_BEFORE.search(before[-25:]) or (opened >= 0 and R.STATS_PAREN.search(before[opened + 1 :])):
            continue
        if opened >= 0 and R.NUMBER_END.search(before[:opened]):
            continue  # "OR 1.9 [0.5, 8.6]": a bracket opened right after a number holds its interval
        v = float(m.group("p"))
        if 0 < v <= 1:
            out.append(Mention(m.start(), m.end(), round(100.0 * v, 1), notes=["decimal proportion"]))
            taken.append((m.start(), m.end()))
    header = R.N_PCT_HEADER.search(s)
    for m in R.COUNT_BARE_PCT.finditer(s, header.end()) if header else []:
        a, v = _to_int(m.group("a")), float(m.group("p"))
        if a is not None and v <= 100 and free(m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), v, a))
            taken.append((m.start(), m.end()))
    for m in R.NONE_OF_N.finditer(s):
        b = _to_int(m.group("b"))
        if b and free(m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), 0.0, 0, b, b))  # "None of 10 subjects responded"
            taken.append((m.start(), m.end()))
    for m in R.NONE_OF.finditer(s):
        if free(m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), 0.0, 0))
    for m in R.FRACTION_OF_PEOPLE.finditer(s):
        if not free(m.start(), m.end()) or R.FRACTION_APPROX_BEFORE.search(s[max(0, m.start() - 20) : m.start()]):
            continue
        if R.ANY_PCT_TOKEN.search(s[m.end("f") : m.end("f") + 12]):
            continue  # "two-thirds (67%)": the percentage written after it is the value
        value = R.FRACTIONS[re.sub(r"[- ]+", " ", m.group("f").lower()).replace("one half", "half")]
        out.append(Mention(m.start(), m.end(), value, notes=["share written as a fraction"]))
        taken.append((m.start(), m.end()))
    out.sort(key=lambda x: x.start)
    return out


def _restated(s: str, found: list[Mention], pos: int, value: float) -> Mention | None:
    """The percentage, later in the same clause and with no other number between, that restates a count's rate."""
    later = sorted((x for x in found if x.start >= pos), key=lambda x: x.start)
    if not later or abs(later[0].value - value) > 0.6 or later[0].n_total is not None:
        return None
    between = s[pos : later[0].start]
    return later[0] if len(between) <= 80 and not re.search(r"[;.]\s|\d", between) else None


def range_end(s: str, m: Mention) -> bool:
    """'between 12 and 20%', 'ranged from 12% to 20%': the value is one end of a range of values (a review's spread,
    kept as its pooled estimate), never one arm's rate."""
    before, after = s[: m.start], s[m.end :]
    if R.RANGE_WORDS_BEFORE.search(before[-40:]):
        return True
    return bool(R.RANGE_OPEN_BEFORE.search(before[-25:])) and bool(re.match(r"\s*(?:and|to)\s+\d", after))


def _shared_percent(s: str, found: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """'(50 vs. 47.8%)': the bare number before 'vs' is a percentage too, valid when the one after it is."""
    out: list[Mention] = []
    for m in [x for x in found if x.n_total is None and x.n_events is None]:
        shared = R.SHARED_PCT_BEFORE.search(s[max(0, m.start - 20) : m.start])
        if not shared:
            continue
        g = "p" if shared.group("p") else "q"
        a = m.start - (len(s[max(0, m.start - 20) : m.start]) - shared.start(g))
        b = a + len(shared.group(g))
        v = float(shared.group(g))
        if v > 100 or any(not (b <= x or a >= y) for x, y in taken):
            continue
        out.append(Mention(a, b, v, valid=m.valid))
        taken.append((a, b))
    return out


def _listed_thresholds(s: str, found: list[Mention]) -> None:
    """'a reduction of ≥ 20%, 30%, and 50%': percentages listed after a threshold are thresholds too."""
    pcts = sorted((x for x in found if x.n_total is None and x.n_events is None), key=lambda x: x.start)
    threshold = False
    for k, m in enumerate(pcts):
        if k and threshold and m.valid:
            gap = re.sub(r"^\s*(?:%|percent\b)", "", s[pcts[k - 1].end : m.start])
            threshold = bool(R.LIST_GAP.match(gap))
            m.valid = m.valid and not threshold
            continue
        threshold = not m.valid and bool(R.THRESHOLD_BEFORE.search(s[max(0, m.start - 15) : m.start]))


def _change_by(before: str, after: str) -> bool:
    """'increased the odds of remission by 28%': the percentage after 'by' and a noun is a change of that measure;
    after a participle it is the agent ('achieved by 40% of patients')."""
    by = R.CHANGE_BY_BEFORE.search(before[-60:])
    if by is None:
        return False
    if R.CHANGE_VERB.match(by.group("w")) or R.AGENT_PARTICIPLE.search(by.group("w")):
        return bool(R.CHANGE_VERB.match(by.group("w")))  # "fell by 30%": a change; "achieved by 30%": the agent
    if re.match(r"\s*(?:[(\[][^)\]]*[)\]]\s*)?of\b", after, re.IGNORECASE):
        return False  # "... by 40% of patients": the agent
    earlier = list(R.EARLIER_BY.finditer(before[: len(before) - len(before[-60:]) + by.start()]))
    if not earlier:
        return True
    w = earlier[-1].group("w")
    return bool(R.CHANGE_VERB.match(w)) or not R.AGENT_PARTICIPLE.search(w)


def _definition_thresholds(s: str, found: list[Mention]) -> None:
    """'Response was defined as a reduction of 50% or more': the percentages of a clause that defines a measure
    are its thresholds, not rates (up to the clause's end: '..., and 40% responded' is a result again)."""
    for verb in R.DEFINING_VERB.finditer(s):
        end = R.DEFINITION_CLAUSE_END.search(s, verb.end())
        stop = end.start() if end else len(s)
        for m in found:
            if verb.end() <= m.start < stop:
                m.valid = False


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


def without_intervals(s: str) -> str:
    """s with each bracket that holds only a confidence interval blanked (same length, so offsets hold): 'response
    (51.7% [95% CI 42.5%-61.0%] versus 31.6%)' reads as '51.7% versus 31.6%', and '52% (95% CI 40-63) for
    ketamine' keeps its arm next to its value."""
    return R.INTERVAL_BRACKET.sub(lambda m: " " * len(m.group(0)), s)


def windows(s: str, mentions: list[Mention], i: int) -> tuple[str, int, str, int]:
    """(backward text, its offset, forward text, its offset) of mention i, clipped at neighbours and ';'."""
    m = mentions[i]
    prev_end = mentions[i - 1].end if i > 0 else 0
    next_start = mentions[i + 1].start if i + 1 < len(mentions) else len(s)
    for t in R.ANY_PCT_TOKEN.finditer(s):
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
