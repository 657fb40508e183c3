"""What every parser returns: schema-valid tables plus the reasons anything was skipped."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from evidence import schema


@dataclass
class ParseResult:
    """Tables built from one raw document, the warnings met on the way and how many records were skipped."""

    tables: dict[str, pd.DataFrame]
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0


def build_table(table: str, rows: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """Rows (dicts keyed by column name; missing keys are null) -> a schema-valid frame via schema.coerce."""
    cols = schema.columns(table)
    rows = list(rows)
    if not rows:
        return schema.empty(table)
    df = pd.DataFrame([[r.get(c) for c in cols] for r in rows], columns=cols)
    return schema.coerce(table, df)


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
