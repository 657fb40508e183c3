"""Rates from counts of one group: 'Four patients achieved remission' in a single-group study of five is 80%."""

from __future__ import annotations

from evidence.extract import lexicon
from evidence.extract.mentions import Mention


def count_mentions(s: str, group_n: int | None) -> list[Mention]:
    """Mentions for counts of people with an outcome ('three participants responded'), over the study's single group
    of `group_n`; none without a group size, for a count larger than it, or for 'all' (no count written)."""
    if not group_n:
        return []
    out: list[Mention] = []
    for m in lexicon.COUNT_OUTCOME_RE.finditer(s):
        a = lexicon.parse_number(m.group("a"))
        if a is None or a != int(a) or not 0 < a <= group_n:
            continue
        kind = "remission_rate" if m.group("rem") else "response_rate"
        mention = Mention(m.start("a"), m.end("a"), round(100.0 * a / group_n, 1), int(a), group_n, group_n)
        mention.kind = kind
        mention.notes.append(f"rate from a count over the study's {group_n} participants")
        out.append(mention)
    return out
