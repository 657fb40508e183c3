"""Study membership: Arrow isin and the per-snapshot StudyIndex, against plain Python sets (tables of cases)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from evidence.membership import StudyIndex, member

IDS = st.sampled_from(["A", "B", "C", "D", "é", ""])


def _tables(studies: list[str | None], rows: list[str | None], routes: list[str | None] | None = None) -> dict:
    eff = pd.DataFrame({"study_id": pd.array(rows, dtype="string[pyarrow]")})
    if routes is not None:
        eff["route"] = pd.array(routes, dtype="string[pyarrow]")
    return {"studies": pd.DataFrame({"study_id": pd.array(studies, dtype="string[pyarrow]")}), "efficacy": eff}


@pytest.mark.parametrize(("values", "keep", "expected"), [
    (["A", "B", None, "C"], ["C", "A"], [True, False, False, True]),
    (["A", "B"], [], [False, False]),
    ([], ["A"], []),
    (["A", None], [None], [False, False]),  # a missing id is never a member, even of a set holding None
])
def test_member_cases(values, keep, expected) -> None:
    got = member(pd.Series(pd.array(values, dtype="string[pyarrow]")), keep)
    assert got.dtype == bool and got.tolist() == expected
    assert member(pd.Series(values, dtype=object), keep).tolist() == expected  # object columns too


def test_positions_map_unknown_and_missing_ids_to_the_false_slot() -> None:
    ix = StudyIndex(_tables(["A", "B", "A", None], ["B", "Z", None, "A"]))
    assert ix.ids.to_pylist() == ["A", "B"]  # distinct, missing dropped
    pos = ix.table_positions("efficacy")
    assert pos.tolist() == [1, 2, 2, 0]
    assert ix.keep(pd.Series(["A"]))[pos].tolist() == [False, False, False, True]
    assert ix.keep(pd.Series(["A", "B", "Z"]))[pos].tolist() == [True, False, False, True]


def test_column_codes_treat_missing_values_as_no_match() -> None:
    ix = StudyIndex(_tables(["A"], ["A"] * 4, ["oral", None, "intranasal", "oral"]))
    assert ix.column_in("efficacy", "route", ("oral",)).tolist() == [True, False, False, True]
    assert ix.column_in("efficacy", "route", ("oral", "intranasal")).tolist() == [True, False, True, True]
    assert ix.column_in("efficacy", "route", ("sublingual",)).tolist() == [False] * 4


@given(st.lists(st.one_of(IDS, st.none()), max_size=8), st.lists(st.one_of(IDS, st.none()), max_size=30),
       st.lists(IDS, max_size=6))
def test_index_lookup_equals_python_sets(studies, rows, selected) -> None:
    ix = StudyIndex(_tables(studies, rows))
    got = ix.keep(pd.Series(selected, dtype="string[pyarrow]"))[ix.table_positions("efficacy")]
    known, chosen = {s for s in studies if s is not None}, set(selected)
    assert got.tolist() == [r is not None and r in known and r in chosen for r in rows]
    assert np.array_equal(member(pd.Series(rows, dtype="string[pyarrow]"), selected),
                          [r is not None and r in chosen for r in rows])
