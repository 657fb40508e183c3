"""Lists of times typeset without a space after their commas ('at 1,3 and 5 days'), read as the times they list."""

from __future__ import annotations

import re
from dataclasses import replace

from evidence.extract.rules import onset_visits
from evidence.extract.text import Sentence

_COMMA = re.compile(r",\s*")
_JOINED = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)


def spaced_time_lists(s: str) -> str:
    """s with a space after each comma of a tight list of times ('1,3 and 5 days' -> '1, 3 and 5 days'), so that a
    time reader does not take '1,3' for thirteen (nor '3,7,14 days' for 14 days alone)."""
    s = onset_visits.ONSET_TIGHT_TIME_LIST.sub(_spaced, s)
    return onset_visits.ONSET_TIGHT_PAIR.sub(_pair, s)


def _pair(m: re.Match[str]) -> str:
    """'1,3 d' -> '1 and 3 d' (days, weeks, months: a list when the second is later; hours too when two digits follow,
    '6,24 h'); '1,5 h' -> '1.5 h' (hours, minutes: a decimal comma when one digit follows it); else as written."""
    a, b, unit = int(m["a"]), int(m["b"]), m["u"].lower()
    if b > a and (unit[0] in "dwm" and not unit.startswith("min") or len(m["b"]) == 2):
        return f"{m['a']} and {m['b']}"  # ('6,24 h': two hours, not 6.24)
    if (unit[0] == "h" or unit.startswith("min")) and len(m["b"]) == 1:
        return f"{m['a']}.{m['b']}"
    return m.group(0)


def _spaced(m: re.Match[str]) -> str:
    """The list with a space after each comma, its last item joined by 'and' when no word joins it ('3,7,14 days'
    -> '3, 7 and 14 days'): a list with no joining word is not read as a list of times."""
    items = _COMMA.sub(", ", m.group(0))
    if _JOINED.search(items):
        return items
    head, _, last = items.rpartition(", ")
    return f"{head} and {last}"


def with_spaced_time_lists(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with their tight lists of times spaced; a sentence without one is returned as it is."""
    out = []
    for sent in sentences:
        text = spaced_time_lists(sent.text)
        out.append(sent if text == sent.text else replace(sent, text=text))
    return out
