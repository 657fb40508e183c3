"""What every parser returns: schema-valid tables plus the reasons anything was skipped."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from evidence import schema

# What odd data raises while one record is read (a missing key, a wrong type, an unparseable number, nesting too
# deep): such a record is skipped with a warning and counted. Anything else is a bug and propagates.
RECORD_ERRORS: tuple[type[BaseException], ...] = (KeyError, IndexError, TypeError, ValueError, AttributeError,
                                                  ArithmeticError, RecursionError, UnicodeError)


@dataclass
class ParseResult:
    """Tables built from one raw document, the warnings met on the way and how many records were skipped."""

    tables: dict[str, pd.DataFrame]
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0


_EMPTY: dict[str, pd.DataFrame] = {}


def build_table(table: str, rows: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """Rows (dicts keyed by column name; missing keys are null) -> a schema-valid frame via schema.coerce."""
    cols = schema.columns(table)
    rows = list(rows)
    if not rows:
        if table not in _EMPTY:
            _EMPTY[table] = schema.empty(table)
        return _EMPTY[table].copy()
    try:
        df = pd.DataFrame([[r.get(c) for c in cols] for r in rows], columns=cols)
    except UnicodeEncodeError:
        # JSON "\ud800" escapes decode to lone surrogates, which Arrow-backed strings cannot hold.
        df = pd.DataFrame([[_clean(r.get(c)) for c in cols] for r in rows], columns=cols)
    return schema.coerce(table, df)


def _clean(value: object) -> object:
    """Replace unencodable characters (lone surrogates) in a str or a list of str."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


class WarningLog:
    """Collects warnings for ParseResult and sends each to `logging` as well, so both the caller and logs see it."""

    def __init__(self, logger: logging.Logger, origin: str) -> None:
        self.logger = logger
        self.origin = origin
        self.items: list[str] = []

    def warn(self, message: str) -> None:
        """Record one warning, prefixed with the document it came from."""
        text = f"{self.origin}: {message}"
        self.items.append(text)
        self.logger.warning("%s", text)
