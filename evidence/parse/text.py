"""Small value cleaners shared by the parsers: registry numbers as strings, Markdown escapes, whitespace."""

from __future__ import annotations

import re

_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def unescape_md(text: object) -> str | None:
    r"""CT.gov text is Markdown-escaped ('\[18%\]'); display fields want the plain characters back."""
    if not isinstance(text, str):
        return None
    return _MD_ESCAPE.sub(r"\1", text)


def squash(text: str | None) -> str | None:
    """Collapse runs of whitespace (XML indentation, line breaks) into single spaces; empty becomes None."""
    if text is None:
        return None
    return " ".join(text.split()) or None


def to_float(value: object) -> float | None:
    """A reported number ('83.7', 12, '1,234') as float; None for 'NA', '<0.0001', booleans and other non-numbers."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        f = float(value)
        return f if f == f and f not in (float("inf"), float("-inf")) else None
    if not isinstance(value, str):
        return None
    s = value.strip().replace(",", "")
    if not _NUMBER.fullmatch(s):
        return None
    f = float(s)
    return f if f not in (float("inf"), float("-inf")) else None


def to_int(value: object) -> int | None:
    """A reported count (92, '92', '92.0') as int; None when it is missing or not a whole number."""
    if type(value) is int:  # the common case: AE counts are JSON integers
        return value if abs(value) <= 2**62 else None
    f = to_float(value)
    if f is None or f != int(f) or abs(f) > 2**62:
        return None
    return int(f)


def indexed_dicts(value: object) -> list[tuple[int, dict]]:
    """(index, item) for the objects of a JSON list (other items and non-lists give nothing): odd shapes are skipped."""
    if not isinstance(value, list):
        return []
    return [(i, v) for i, v in enumerate(value) if isinstance(v, dict)]
