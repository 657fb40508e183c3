"""One selection's tables with its intermediate frames computed once and shared between analyses.

The Response tab asks for the summary, a forest plot and the controlled risk ratios of the same selection; each
of them starts from the same per-arm event rows (rates.arm_events), grouped the same way, reduced to the same
study-level rows. `prepare(tables)` wraps the tables so those frames are built on first use and reused by every
later call on the same selection (other windows, outcomes or methods included). The memo only ever holds values
that are pure functions of the tables and the key, and callers never mutate what they get from it.

`prepare(selection, parent=prepare(all_tables))`, and every Snapshot.select selection (evidence.selection; its
parent: the snapshot's whole selection), go further for the frames that are computed study by study
(arm events, their groups, study-level rows, adverse-event arm rows): when the selection holds, for each of its
studies, exactly the rows the parent holds for that study (a filter on study attributes, or a route/drug filter
that removed no row of a kept study), the selection's frame is the parent's frame cut to the selection's studies,
row for row the frame a direct computation gives. Otherwise it is computed directly. The parent's frame is built
the first time any selection needs it (one whole-snapshot computation), then every later selection only cuts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

import numpy as np
import pandas as pd

from evidence.membership import arrow_strings, member

T = TypeVar("T")
Tables = Mapping[str, pd.DataFrame]
FrameBuild = Callable[[Tables], pd.DataFrame]


class Prepared(Mapping[str, pd.DataFrame]):
    """The tables (a read-only mapping, as every analysis accepts) plus a memo of derived frames keyed by name;
    the tables are read through, not copied. A selection.Selection is a Prepared that cuts its tables lazily and
    answers same_rows_as_parent and cut from its row masks instead of by counting and hashing ids."""

    def __init__(self, tables: Tables, parent: Prepared | None = None) -> None:
        self._source = tables
        self.parent = parent
        self._memo: dict[tuple[object, ...], object] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self._source[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._source)

    def __contains__(self, name: object) -> bool:
        return name in self._source

    def __len__(self) -> int:
        return len(self._source)

    def memo(self, key: tuple[object, ...], build: Callable[[], T]) -> T:
        """The value under `key`, built once (two threads may both build it; both results are equal)."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]  # type: ignore[return-value]

    def _member(self, values: pd.Series) -> np.ndarray:
        """values.isin(this selection's study ids), the id set converted to Arrow once per selection."""
        return member(values, self.memo(("study_ids",), lambda: arrow_strings(self["studies"]["study_id"])))

    def same_rows_as_parent(self, table: str) -> bool:
        """Whether this selection's `table` is the parent's rows of this selection's studies, all of them (and no
        row of a study outside the selection). Counting suffices because a selection's rows are a subset of its
        parent's (a filter only drops rows)."""
        def check() -> bool:
            parent = self.parent
            if parent is None or table not in parent or table not in self:
                return False
            own = int(self._member(self[table]["study_id"]).sum())
            return own == len(self[table]) and own == int(self._member(parent[table]["study_id"]).sum())

        return bool(self.memo(("same_rows", table), check))

    def cut(self, frame: pd.DataFrame, key: tuple[object, ...]) -> pd.DataFrame:
        """A parent's per-study frame restricted to this selection's studies (row order kept); `key`: the frame's
        memo key in the parent (a Selection keeps the frame's study positions under it)."""
        return frame[self._member(frame["study_id"])].reset_index(drop=True)


def prepare(tables: Tables, parent: Prepared | None = None) -> Prepared:
    """Wrap a selection's tables so summarise / forest_rows / controlled_rr share their intermediate frames;
    `parent`: the prepared tables the selection was filtered from (each of its tables a subset of the parent's
    rows; see the module docstring). A Snapshot.select selection is prepared already (its parent: the snapshot's)."""
    if isinstance(tables, Prepared) and parent is None:
        return tables
    return Prepared(tables, parent)


def memo(tables: Tables, key: tuple[object, ...], build: Callable[[], T]) -> T:
    """Memoise on prepared tables; plain tables just build (no hidden global cache)."""
    return tables.memo(key, build) if isinstance(tables, Prepared) else build()


def memo_by_study(tables: Tables, key: tuple[object, ...], build: FrameBuild, sources: tuple[str, ...]) -> pd.DataFrame:
    """memo() for a frame computed study by study from `sources` (+ studies): cut from the parent's frame when the
    selection holds every parent row of its studies and the cut is not empty (an empty result is built directly,
    so its columns and dtypes are exactly those of a direct computation)."""
    if not isinstance(tables, Prepared):
        return build(tables)

    def get() -> pd.DataFrame:
        parent = tables.parent
        if parent is not None and all(tables.same_rows_as_parent(t) for t in ("studies", *sources)):
            cut = tables.cut(memo_by_study(parent, key, build, sources), key)
            if len(cut):
                return cut
        return build(tables)

    return tables.memo(key, get)
