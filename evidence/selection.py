"""The seam between the loaded tables and everything that reads a filtered view of them: Snapshot.select(filters).

A filter narrows the studies table; the other tables follow (rows of the kept studies only), and the route and
drug filters also narrow the per-arm rows of efficacy, adverse_events and arms, so a chart "by route" under a
route filter shows only that route (control arms stay with their study). Values come from match.value_base: the
values the filter lets a selection pool.

A Selection is an analysis.Prepared: the analyses of one selection share their intermediate frames, and those
computed study by study are cut from the snapshot's whole selection (its `parent`) when that is exact
(analysis.prepared explains when). Callers use the mapping, `filters` (filters_of for any tables), `count` and
`head`; the row masks and the StudyIndex behind them stay inside this module.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

import numpy as np
import pandas as pd

from evidence.analysis.prepared import Prepared
from evidence.filters import Filters
from evidence.match import apply_filters, studies_with_numbers, value_base
from evidence.membership import StudyIndex

Tables = Mapping[str, pd.DataFrame]


class Snapshot:
    """One snapshot's loaded tables and, per choice of poolable values, the whole selection (every study) that its
    filtered selections are cut from, with the StudyIndex they share. Safe to share between threads."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self._wholes: dict[Filters, Selection] = {}
        self._lock = threading.Lock()

    def whole(self, f: Filters) -> Selection:
        """Every study, with the values `f` lets a selection pool (built once per choice)."""
        choice = f.values_only()
        with self._lock:
            if choice not in self._wholes:
                base = value_base(self.tables, choice)
                self._wholes[choice] = Selection(base, choice, StudyIndex(base))
            return self._wholes[choice]

    def select(self, f: Filters) -> Selection:
        """The tables narrowed to what `f` asks for (the whole selection itself when it leaves no study out)."""
        whole = self.whole(f)
        return whole if f == whole.filters else whole.narrow(f)


def filters_of(tables: Tables) -> Filters | None:
    """The Filters a selection was cut with (None for plain tables): what a claim names when it excludes a product."""
    return tables.filters if isinstance(tables, Selection) else None


class Selection(Prepared):
    """The filtered tables as a read-only mapping: the studies at once, every other table on first read.

    A view reads two or three of the five tables; cutting the rows of a 700k-row table it never reads cost a tenth
    of a second and more per filter change at 100k studies. `count` and `head` answer without cutting a table.
    Made by Snapshot.select. Two threads reading the same table at once may both cut it; both results are equal.
    """

    def __init__(self, base: Tables, f: Filters, index: StudyIndex, parent: Selection | None = None) -> None:
        super().__init__(base, parent)
        self.filters, self._index = f, index
        if f == f.values_only():
            studies = base["studies"]
        else:
            studies = apply_filters(base["studies"], f, studies_with_numbers(base) if f.has_numbers else None)
        self._everyone = len(studies) == len(base["studies"])
        self._cut: dict[str, pd.DataFrame] = {"studies": studies}
        self._masks: dict[str, np.ndarray | None] = {}
        self._keep: np.ndarray | None = None

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._cut:
            mask = self._mask(name)
            df = self._source[name]
            self._cut[name] = df if mask is None else df[mask]
        return self._cut[name]

    def narrow(self, f: Filters) -> Selection:
        """A selection of this whole selection's tables (its parent: this one), sharing its StudyIndex."""
        return Selection(self._source, f, self._index, self)

    def head(self, name: str, n: int) -> pd.DataFrame:
        """The first n kept rows of `name`, without cutting the whole table (a page shows 1,000 of 700k rows)."""
        if name in self._cut:
            return self._cut[name].head(n)
        mask = self._mask(name)
        df = self._source[name]
        return df.head(n) if mask is None else df.iloc[np.flatnonzero(mask)[:n]]

    def count(self, name: str, column: str | None = None, values: tuple[str, ...] = ()) -> int:
        """Kept rows of `name` (those whose `column` holds one of `values`, when given), counted from the row masks
        without cutting the table."""
        mask = self._mask(name)
        if column is None:
            return len(self._source[name]) if mask is None else int(mask.sum())
        hit = self._index.column_in(name, column, values)
        return int(hit.sum() if mask is None else (hit & mask).sum())

    def same_rows_as_parent(self, table: str) -> bool:
        """Prepared.same_rows_as_parent from the row masks: the parent is the whole selection of the same tables,
        so `table` holds every parent row of its studies exactly when its mask is the mask of its studies' rows."""
        def check() -> bool:
            if self.parent is None or table not in self:
                return False
            kept, of_studies = self._mask(table), self._study_rows(table)
            if kept is None or of_studies is None:
                return kept is None or bool(kept.all())
            return bool(np.array_equal(kept, of_studies))

        return bool(self.memo(("same_rows", table), check))

    def cut(self, frame: pd.DataFrame, key: tuple[object, ...]) -> pd.DataFrame:
        """Prepared.cut by study positions: those of the parent's frame are kept in the parent under `key`, so every
        later selection only gathers."""
        keep, parent = self._study_keep(), self.parent
        if keep is None or parent is None:
            return frame.reset_index(drop=True) if keep is None else super().cut(frame, key)
        where = parent.memo(("study_positions", *key), lambda: self._index.locate(frame["study_id"]))
        return frame[keep[where]].reset_index(drop=True)

    def _study_keep(self) -> np.ndarray | None:
        """StudyIndex.keep of the kept studies (None: every study kept)."""
        if self._everyone:
            return None
        if self._keep is None:
            self._keep = self._index.keep(self._cut["studies"]["study_id"])
        return self._keep

    def _study_rows(self, name: str) -> np.ndarray | None:
        """Which rows of the unfiltered table `name` belong to a kept study (None: all of them)."""
        keep = self._study_keep()
        return None if keep is None else keep[self._index.table_positions(name)]

    def _mask(self, name: str) -> np.ndarray | None:
        """Which rows of the unfiltered table `name` are kept (None: all of them); computed once per table (the
        headline, the tables and their counts all ask)."""
        if name not in self._masks:
            self._masks[name] = self._arm_mask(name)
        return self._masks[name]

    def _arm_mask(self, name: str) -> np.ndarray | None:
        f, rows = self.filters, self._study_rows(name)
        if name not in ("efficacy", "adverse_events", "arms") or not (f.routes or f.drugs):
            return rows
        ix = self._index
        # Control arms (placebo, midazolam, ECT: drug 'other') stay with their study, or its risk ratios vanish.
        control = ix.column_in(name, "drug", ("other",))
        mask = np.ones(len(control), dtype=bool) if rows is None else rows.copy()
        if f.routes:
            mask &= ix.column_in(name, "route", f.routes) | control
        if f.drugs:
            mask &= ix.column_in(name, "drug", f.drugs) | control
        return mask
