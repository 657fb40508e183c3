"""One selection's tables with its intermediate frames computed once and shared between analyses.

The Response tab asks for the summary, a forest plot and the controlled risk ratios of the same selection; each
of them starts from the same per-arm event rows (rates.arm_events), grouped the same way, reduced to the same
study-level rows. `prepare(tables)` wraps the tables so those frames are built on first use and reused by every
later call on the same selection (other windows, outcomes or methods included). The memo only ever holds values
that are pure functions of the tables and the key, and callers never mutate what they get from it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

import pandas as pd

T = TypeVar("T")


class Prepared(dict):
    """The tables dict (it is one: every analysis accepts it) plus a memo of derived frames keyed by name."""

    def __init__(self, tables: Mapping[str, pd.DataFrame]) -> None:
        super().__init__(tables)
        self._memo: dict[tuple[object, ...], object] = {}

    def memo(self, key: tuple[object, ...], build: Callable[[], T]) -> T:
        """The value under `key`, built once (two threads may both build it; both results are equal)."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]  # type: ignore[return-value]


def prepare(tables: Mapping[str, pd.DataFrame]) -> Prepared:
    """Wrap a selection's tables so summarise / forest_rows / controlled_rr share their intermediate frames."""
    return tables if isinstance(tables, Prepared) else Prepared(tables)


def memo(tables: Mapping[str, pd.DataFrame], key: tuple[object, ...], build: Callable[[], T]) -> T:
    """Memoise on prepared tables; plain tables just build (no hidden global cache)."""
    return tables.memo(key, build) if isinstance(tables, Prepared) else build()
