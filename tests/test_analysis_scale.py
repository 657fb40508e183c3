"""The vectorised analysis paths (kept fast for 100k-study snapshots) give exactly what the plain per-row
reference code gives: windows, group text joins, optional strings, units, and whole summaries/forests computed
from Arrow-backed string columns vs the same tables with plain object columns (the per-value fallback paths)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.synthetic import make_tables
from evidence.analysis import ae_incidence, controlled_rr, forest_rows, onset_points, onset_stats, summarise
from evidence.analysis.rates import _opt_str, events_frame, group_codes, join_groups, windows_of
from evidence.analysis.windows import NO_WINDOW, window_of


def _reference_join(df: pd.DataFrame, keys: list[str], col: str, sep: str, index: list[tuple]) -> list[str]:
    """The straightforward version: distinct non-empty texts per key tuple, in row order."""
    acc: dict[tuple, dict[str, None]] = {}
    for k, v in zip(zip(*(list(df[c]) for c in keys), strict=True), list(df[col]), strict=True):
        if isinstance(v, str) and v:
            acc.setdefault(k, {})[v] = None
    return [sep.join(acc.get(k if isinstance(k, tuple) else (k,), {})) for k in index]


@pytest.mark.parametrize("hours", [
    [None, math.nan, -1.0, 0.0, 11.999, 12.0, 24.0, 47.9, 48.0, 191.0, 192.0, 503.9, 504.0, 1007.0, 1008.0, 1e9,
     math.inf, -math.inf],
    [],
])
def test_windows_of_matches_window_of(hours):
    s = pd.Series(hours, dtype="Float64")
    assert windows_of(s) == [window_of(None if pd.isna(h) else float(h)) for h in s]
    assert (windows_of(s)[:1] == [NO_WINDOW]) or not hours


texts = st.one_of(st.none(), st.sampled_from(["", "a", "b", "a b", "ä", "c"]))


@settings(max_examples=150)
@given(rows=st.lists(st.tuples(st.sampled_from(["g1", "g2", None]), st.sampled_from([24.0, 168.0, math.nan]),
                               texts), max_size=25),
       arrow=st.booleans(), sort=st.booleans())
def test_join_groups_matches_reference(rows, arrow, sort):
    df = pd.DataFrame(rows, columns=["g", "t", "v"]).astype({"t": "float64"})
    df["g"] = df["g"].astype("string[pyarrow]" if arrow else "object")
    df["v"] = df["v"].astype("string[pyarrow]" if arrow else "object")
    gb = df.groupby(["g", "t"], sort=sort)
    agg = gb.size()
    assert join_groups(group_codes(gb), df["v"], len(agg), "; ") == _reference_join(df, ["g", "t"], "v", "; ",
                                                                                       list(agg.index))


@pytest.mark.parametrize("dtype", ["string[pyarrow]", "str", "object"])
def test_opt_str_matches_reference(dtype):
    s = pd.Series(["x", None, "", "y"], dtype=dtype)
    assert _opt_str(s).tolist() == [None if pd.isna(x) else str(x) for x in s]
    assert _opt_str(s).dtype == object


def test_units_normalised_once_match_per_value():
    units = ["percent", " Percent", None, "count", "participants (18%)", "n", "mg", "", "PERCENT"] * 3
    args = (pd.Series([None] * 27, dtype="Int64"), pd.Series([10] * 27, dtype="Int64"),
            pd.Series([40.0, 150.0, 3.0] * 9, dtype="Float64"))
    fast = events_frame(*args, pd.Series(units, dtype="string[pyarrow]"))
    slow = events_frame(*args, pd.Series(units, dtype="object"))
    pd.testing.assert_frame_equal(fast, slow)
    assert set(slow["reason"]) >= {"", "unit mg is not a rate", "unit missing is not a rate", "percent outside 0-100"}


def _plain(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The same tables with every string column as plain Python objects (no Arrow fast path)."""
    out = {}
    for name, df in tables.items():
        df = df.copy()
        for c in df.columns:
            if isinstance(df[c].dtype, pd.StringDtype):
                df[c] = pd.Series(df[c].astype(object).where(df[c].notna(), None).tolist(), dtype=object,
                                  index=df.index)
        out[name] = df
    return out


@pytest.fixture(scope="module")
def synth():
    tables = make_tables(120, seed=3)
    eff = tables["efficacy"]  # messier rows: a percent-only row, a row without denominator, an unknown timepoint
    extra = eff.iloc[:3].copy()
    extra["n_events"] = pd.array([None, None, 4], dtype="Int64")
    extra["unit"] = pd.array(["percent", "count", "count"], dtype=eff["unit"].dtype)
    extra["value"] = pd.array([37.0, 2.0, 4.0], dtype="Float64")
    extra["n_total"] = pd.array([40, None, 9], dtype="Int64")
    extra["timepoint_hours"] = pd.array([24.0, 24.0, None], dtype="Float64")
    extra["source_kind"] = pd.array(["curated", "abstract", "abstract"], dtype=eff["source_kind"].dtype)
    tables["efficacy"] = pd.concat([eff, extra], ignore_index=True)
    return tables


CALLS = {
    "summarise": lambda t: summarise(t, by="route"),
    "summarise_population": lambda t: summarise(t, by="population", method="REML"),
    "forest": lambda t: forest_rows(t, "response", "24h", by="route"),
    "forest_rr": lambda t: forest_rows(t, "remission_rr", "d21_42", by="design"),
    "controlled_rr": lambda t: controlled_rr(t, "response"),
    "ae": lambda t: ae_incidence(t, by="drug"),
    "onset_points": onset_points,
    "onset_stats": lambda t: onset_stats(t, by="route"),
}


@pytest.mark.parametrize("call", list(CALLS))
def test_arrow_fast_paths_equal_plain_object_paths(synth, call):
    fast, slow = CALLS[call](synth), CALLS[call](_plain(synth))
    assert len(fast) > 0
    pd.testing.assert_frame_equal(fast, slow, check_dtype=False)
    assert np.array_equal(fast.columns, slow.columns)
