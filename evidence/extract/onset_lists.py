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
    return onset_visits.ONSET_TIGHT_TIME_LIST.sub(_spaced, s)


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
