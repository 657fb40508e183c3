"""Which rows belong to which studies (or hold which values): Arrow membership tests, and a per-snapshot index.

Filtering a selection, cutting a parent's frames and checking whether a table kept every row of its studies all ask
"is this row's study one of these?" (and "is this arm's route one of these?"). Hashing every row's string again
for each question cost about a quarter of a second per filter change at 100k studies (tables of 400k-700k rows);
a StudyIndex hashes each table's study ids (and each asked-for column) once per snapshot into integer codes, after
which every question is one numpy gather.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


def arrow_strings(values: pd.Series | Sequence[str]) -> pa.Array:
    """A string column as an Arrow array, without a round trip through Python objects when it is one already."""
    if isinstance(values, pd.Series) and isinstance(values.dtype, pd.StringDtype) and values.dtype.storage == "pyarrow":
        return pa.array(values.array, type=pa.string())
    plain = values.to_numpy(dtype=object) if isinstance(values, pd.Series) else values
    return pa.array(plain, type=pa.string(), from_pandas=True)


def member(values: pd.Series | pa.Array, keep: pd.Series | Sequence[str] | pa.Array) -> np.ndarray:
    """values.isin(keep) as a numpy mask (a missing value is never a member), in Arrow (pandas' Arrow-string isin
    loops in Python: ~1 s at 100k ids); `keep` may already be an Arrow array (converted once for many columns)."""
    keep_arr = keep if isinstance(keep, pa.Array) else arrow_strings(keep)
    arr = values if isinstance(values, pa.Array) else arrow_strings(values)
    return pc.fill_null(pc.is_in(arr, value_set=keep_arr, skip_nulls=True), False).to_numpy(zero_copy_only=False)


class StudyIndex:
    """The snapshot's distinct study ids, and each table's (or derived frame's) rows as positions among them.

    A table's positions are computed once and kept (a derived frame's are kept by analysis.prepared); a row whose
    study id is missing or unknown gets position len(ids), which `keep` maps to False. Two threads asking for the
    same positions may both compute them; both results are equal.
    """

    def __init__(self, tables: Mapping[str, pd.DataFrame]) -> None:
        self.tables = tables
        self.ids: pa.Array = pc.unique(arrow_strings(tables["studies"]["study_id"]).drop_null())
        self._positions: dict[str, np.ndarray] = {}
        self._codes: dict[tuple[str, str], tuple[np.ndarray, pa.Array]] = {}

    def locate(self, study_ids: pd.Series) -> np.ndarray:
        """Position of each row's study among `ids` (len(ids) where missing or unknown)."""
        found = pc.index_in(arrow_strings(study_ids), value_set=self.ids)
        return pc.fill_null(found, len(self.ids)).to_numpy(zero_copy_only=False)

    def table_positions(self, name: str) -> np.ndarray:
        """locate() of one of the snapshot's own tables, computed once per table."""
        if name not in self._positions:
            self._positions[name] = self.locate(self.tables[name]["study_id"])
        return self._positions[name]

    def keep(self, study_ids: pd.Series | pa.Array) -> np.ndarray:
        """A lookup over ids (+ one False slot for unknown ids): True where the id is among `study_ids`."""
        return np.append(member(self.ids, study_ids), False)

    def column_in(self, name: str, column: str, values: Sequence[str] | pa.Array) -> np.ndarray:
        """Rows of table `name` whose `column` holds one of `values` (a missing value never matches), from the
        column's dictionary codes (computed once per table and column)."""
        if (name, column) not in self._codes:
            encoded = pc.dictionary_encode(arrow_strings(self.tables[name][column]))
            if isinstance(encoded, pa.ChunkedArray):
                encoded = encoded.combine_chunks()
            codes = pc.fill_null(encoded.indices, len(encoded.dictionary)).to_numpy(zero_copy_only=False)
            self._codes[(name, column)] = (codes, encoded.dictionary)
        codes, dictionary = self._codes[(name, column)]
        return np.append(member(dictionary, values), False)[codes]
