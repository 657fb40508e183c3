"""Abbreviations an abstract defines ("intranasal (IN)", "standard of care (SC)") and where it uses them afterwards.

The long form is found the way Schwartz and Hearst (2003) do: the abbreviation's characters are matched from its
end backwards to the text before the bracket, the first one at the start of a word, within a few words. A
definition whose long form is a route word makes the abbreviation that route everywhere in the text; one whose long
form is something else ("standard care (SC)") stops the abbreviation being read as a route.
"""

from __future__ import annotations

import re
from functools import lru_cache

# "(IN)", "(SC)", "(i.m.)", "(ESK-NS)", "(TRD)": 2-10 characters, a letter first, at least one capital or a dot
_DEF = re.compile(r"\(\s*(?P<short>[A-Za-z][A-Za-z0-9.\-/]{0,9})\s*(?:(?:[;,]|\s(?:and|or)\s)[^()]{0,30})?\)")
_WORD = re.compile(r"[\w'-]+")
# "IN (intranasal)", "SC (subcutaneously)": an abbreviation followed by its long form, one to four lower-case words
_DEF_REVERSED = re.compile(
    r"(?<![\w.-])(?P<short>[A-Z][A-Za-z.]{1,9})\s*\((?P<long>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,3})\)"
)
# The separators of a list: "IV, IN and IM", "oral/sublingual", "intravenous, intranasal, or intramuscular"
_LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and|or)\s+|,|/|\s+and\s+|\s+or\s+)\s*")
# Latin and other route abbreviations whose letters are not in the long form ("per os (PO)", "oral (p.o.)")
_LATIN_ROUTES = {"po": "oral", "p.o.": "oral", "sl": "sublingual", "s.l.": "sublingual", "otm": "sublingual"}


def _is_abbrev(short: str) -> bool:
    letters = [c for c in short if c.isalpha()]
    if len(letters) < 1 or len(short) < 2:
        return False
    if short.lower() in ("and", "or", "the", "see", "eg", "ie", "vs", "resp", "ref", "refs"):
        return False
    if re.fullmatch(r"[a-z]{3,}", short):
        return False  # a plain lower-case word in brackets ("(twice)") is no abbreviation
    return any(c.isupper() for c in short) or "." in short


def _long_form(before: str, short: str) -> str | None:
    """Schwartz-Hearst: the shortest tail of `before` whose letters contain the abbreviation's, in order."""
    words = list(_WORD.finditer(before))
    letters = [c.lower() for c in short if c.isalnum()]
    if not words or not letters:
        return None
    max_words = min(len(letters) + 5, len(letters) * 2)
    for k in range(1, min(max_words, len(words)) + 1):
        cand = before[words[-k].start() :]
        if _matches(cand.lower(), letters):
            return cand.strip()
    return None


def _matches(cand: str, letters: list[str]) -> bool:
    i = len(cand) - 1
    for j in range(len(letters) - 1, -1, -1):
        c = letters[j]
        while i >= 0:
            ok = cand[i] == c and (j > 0 or i == 0 or not cand[i - 1].isalnum())
            i -= 1
            if ok:
                break
        else:
            return False
    return True


def _list_definitions(inside: str, before: str) -> dict[str, str]:
    """'intravenous, intranasal or intramuscular (IV, IN or IM)': each abbreviation of a bracketed list with the
    item in the same place of the list before the bracket; {} unless every one of them matches its item."""
    shorts = [x for x in _LIST_SPLIT.split(inside.strip()) if x]
    if len(shorts) < 2 or not all(_is_abbrev(x) for x in shorts):
        return {}
    items = [x for x in _LIST_SPLIT.split(before.strip()) if x]
    if len(items) < len(shorts):
        return {}
    out: dict[str, str] = {}
    for short, item in zip(shorts, items[-len(shorts) :], strict=True):
        long = _long_form(item, short)
        latin = _LATIN_ROUTES.get(short.lower())
        if long is None and latin and item.lower().split()[-1].startswith(latin[:4]):
            long = item.split()[-1]  # "oral and sublingual (PO and SL)": letters not in the English word
        if long is None:
            return {}
        out[short] = long
    return out


def _latin_long_form(before: str, short: str) -> str | None:
    """'per os (PO)', 'oral (p.o.)': a route abbreviation whose letters are not in the English word."""
    long = _LATIN_ROUTES.get(short.lower())
    tail = _WORD.findall(before)[-2:]
    if long and tail and " ".join(tail).lower() in ("per os", "by mouth"):
        return " ".join(tail)  # keep what the text says when it names the route itself
    return long


def _bracket_definitions(text: str, m: re.Match[str]) -> dict[str, str]:
    """What one bracket after a long form defines: a list '(IV, IN or IM)' item by item, or one abbreviation."""
    short = m.group("short").rstrip("-/")
    if not _is_abbrev(short):
        return {}
    before = text[max(0, m.start() - 120) : m.start()]
    before = re.split(r"[.;:()\[\]]\s", before)[-1]
    listed = _list_definitions(m.group(0)[1:-1], before)
    if listed:
        return listed
    long = _long_form(before, short) or _latin_long_form(before, short)
    return {short: long} if long else {}


def _reversed_definition(m: re.Match[str]) -> tuple[str, str] | None:
    """'IN (intranasal)': the abbreviation first, its long form in brackets."""
    short, long = m.group("short"), m.group("long").strip()
    if not _is_abbrev(short) or long[0].lower() != short[0].lower():
        return None
    return (short, long) if _matches(long.lower(), [c.lower() for c in short if c.isalnum()]) else None


@lru_cache(maxsize=256)
def _abbreviations(text: str) -> tuple[tuple[str, str], ...]:
    out: dict[str, str] = {}
    for m in _DEF.finditer(text):
        if m.group("short").rstrip("-/") in out:
            continue
        for k, v in _bracket_definitions(text, m).items():
            out.setdefault(k, v)
    for m in _DEF_REVERSED.finditer(text):
        found = _reversed_definition(m)
        if found and found[0] not in out:
            out[found[0]] = found[1]
    return tuple(out.items())


def abbreviations(text: str) -> dict[str, str]:
    """{abbreviation: long form} for every "long form (ABBR)" the text defines; the first definition wins."""
    if not text:
        return {}
    return dict(_abbreviations(text))


def uses(text: str, short: str) -> list[tuple[int, int]]:
    """(start, end) of every use of the abbreviation in text, as a whole token, case-sensitive."""
    # "IN-esketamine", "SC-ketamine": the abbreviation hyphenated to a lower-case word is still a use of it
    rx = r"(?<![\w.-])" + re.escape(short) + r"(?![\w]|-(?![a-z]))"
    return [(m.start(), m.end()) for m in re.finditer(rx, text)]
