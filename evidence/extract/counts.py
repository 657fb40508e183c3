"""Rates from counts of one group: 'Four patients achieved remission' in a single-group study of five is 80%."""

from __future__ import annotations

import re

from evidence.extract import drugs as study_drugs
from evidence.extract import lexicon
from evidence.extract.arm_words import arm_terms
from evidence.extract.mentions import Mention


def count_mentions(s: str, group_n: int | None) -> list[Mention]:
    """Mentions for counts of people with an outcome ('three participants responded'), over the study's single group
    of `group_n`; none without a group size, for a count larger than it, or for 'all' (no count written). A sentence
    that sizes both the responders and the non-responders gives their split instead (`split_mentions`)."""
    split = split_mentions(s)
    if split or not group_n:
        return split
    out: list[Mention] = []
    for m in lexicon.COUNT_OUTCOME_RE.finditer(s):
        a = lexicon.parse_number(m.group("a"))
        if _OF_BEFORE.search(s[: m.start()]):
            continue
        if a is None or a != int(a) or not 0 < a <= group_n:
            continue
        kind = "remission_rate" if m.group("rem") else "response_rate"
        mention = Mention(m.start("a"), m.end("a"), round(100.0 * a / group_n, 1), int(a), group_n, group_n)
        mention.kind = kind
        mention.notes.append(f"rate from a count over the study's {group_n} participants")
        out.append(mention)
        out.extend(_continued(s, m.end(), kind, group_n))
    return out


def split_mentions(s: str) -> list[Mention]:
    """'non-responders (n=6), responders (n=5)': a sentence that sizes both the people with an outcome and those
    without it gives the outcome's rate over the two (5 of 11); not when either group is another drug's ('placebo
    responders (n = 8)') or the sentence sizes a group twice."""
    found: dict[tuple[str, bool], list[re.Match[str]]] = {}
    for m in _SIZED_GROUP.finditer(s):
        found.setdefault((m.group("word").lower(), bool(m.group("neg"))), []).append(m)
    out: list[Mention] = []
    for word, kind in (("responders", "response_rate"), ("remitters", "remission_rate")):
        yes, no = found.get((word, False), []), found.get((word, True), [])
        if len(yes) != 1 or len(no) != 1 or any(_other_drug(s[max(0, m.start() - 30) : m.start()]) for m in yes + no):
            continue
        a, b = int(yes[0].group("n")), int(no[0].group("n"))
        mention = Mention(yes[0].start("n"), yes[0].end("n"), round(100.0 * a / (a + b), 1), a, a + b, a + b)
        mention.kind = kind
        mention.notes.append(f"rate derived from {a} {word} and {b} non-{word}")
        out.append(mention)
    return out


def _other_drug(before: str) -> bool:
    """The words before a sized group name an arm not of the profile's drug ('placebo responders', 'riluzole')."""
    return any(drug not in study_drugs.active().words for *_, drug in arm_terms(before))


# "responders (n = 11)", "non-responders (n=6)", "nonremitters [n = 9]"
_SIZED_GROUP = re.compile(
    r"\b(?P<neg>non-?|un)?(?P<word>responders|remitters)\s*[(\[]\s*n\s*=\s*(?P<n>\d+)\s*[)\]]", re.IGNORECASE
)


def _continued(s: str, pos: int, kind: str, group_n: int) -> list[Mention]:
    """The counts that carry on a count's series ('..., eight were in remission after 7 days, and twelve after 14
    days'), each over the same group."""
    out: list[Mention] = []
    while True:
        m = lexicon.COUNT_CONTINUED_RE.match(s[pos:])
        a = lexicon.parse_number(m.group("a")) if m else None
        if m is None or a is None or a != int(a) or not 0 < a <= group_n:
            return out
        start, end = pos + m.start("a"), pos + m.end("a")
        mention = Mention(start, end, round(100.0 * a / group_n, 1), int(a), group_n, group_n)
        verb = m.group(0)[m.end("a") :].lower()  # "..., and five were in remission": the count's own measure
        kind = "remission_rate" if "remi" in verb else "response_rate" if "respon" in verb else kind
        mention.kind = kind
        mention.notes.append(f"rate from a count over the study's {group_n} participants")
        out.append(mention)
        pos = end


# between a count and its percent: punctuation, a bracket, and the people counted ("18/40 patients (45%)")
# (or "12/25 ketamine recipients (48%)": up to three words naming them)
_COUNT_THEN_PERCENT = re.compile(
    r"^\s*(?:(?:[\w+-]+\s+){0,3}?" + lexicon.PEOPLE_NOUNS + r"\s*)?[,;:]?\s*[(\[]?\s*$", re.IGNORECASE
)
# "18 out of 40 patients responded": the 40 is the group a count is taken of, not a count of responders
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)


def one_per_count(s: str, mentions: list[Mention]) -> None:
    """'(12/20, 60%)': a count and the percent written right after it are one rate, not two; the percent is kept
    (with the count's numbers), the count dropped. So for a share in words and its percent ('Half of the patients
    (50%)')."""
    for x, y in zip(mentions, mentions[1:], strict=False):
        if not (x.valid and y.valid) or "%" in s[x.start : x.end] or y.n_total is not None:
            continue
        if "%" in s[y.start : y.end] and _COUNT_THEN_PERCENT.match(s[x.end : y.start]) and abs(x.value - y.value) <= 1:
            y.n_events, y.n_total, y.n = x.n_events, x.n_total, x.n
            x.valid = False
