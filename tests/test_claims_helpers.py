"""The column-wise helpers the claim checks use at scale give what the per-row code they replace gave."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from evidence import claims, store, vocab
from evidence.claims.arms import _cells, _row_ids, arm_frame, study_labels, study_lookup
from evidence.claims.harms import inactive_only
from evidence.claims.model import labels_of, records
from evidence.filters import Filters
from evidence.selection import Snapshot
from tests.conftest import DATA


@pytest.fixture(scope="module")
def inputs() -> claims.ClaimInputs:
    return claims.gather(Snapshot(store.read_tables(DATA)).select(Filters()),
                         regulatory_facts=claims.load_facts(DATA))


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and bool(a == b)


def test_records_equal_to_dict_records_for_every_column_type() -> None:
    df = pd.DataFrame({
        "str": pd.Series(["a", None, "c"], dtype="str"), "string": pd.Series(["a", None, "c"], dtype="string"),
        "float": [1.0, np.nan, 2.5], "int": [1, 2, 3], "bool": [True, False, True],
        "Int64": pd.array([1, None, 3], dtype="Int64"), "Float64": pd.array([1.5, None, 3], dtype="Float64"),
        "boolean": pd.array([True, None, False], dtype="boolean"),
        "object": pd.Series([np.float64(1.5), None, np.int64(3)], dtype=object), "list": [["x"], None, ("a",)],
        "time": pd.to_datetime(pd.Series(["2020-01-01", None, "2021-01-01"]))})
    want: list[dict] = df.to_dict("records")
    got = records(df)
    assert len(got) == len(want) == 3
    for w, g in zip(want, got, strict=True):
        assert list(w) == list(g)
        bad = {k: (w[k], g[k]) for k in w if not (_same(w[k], g[k]) or (w[k] is pd.NaT and g[k] is pd.NaT))}
        assert not bad
    assert records(df, ["int", "bool"]) == [{"int": 1, "bool": True}, {"int": 2, "bool": False},
                                            {"int": 3, "bool": True}]
    assert records(df.iloc[0:0]) == [] and records(df[[]]) == [{}, {}, {}]


def test_cells_hold_what_a_frame_of_the_python_values_holds() -> None:
    for s in (pd.Series(["a", None, "b"], dtype="string"), pd.Series([None, None], dtype="string"),
              pd.Series([], dtype="string"), pd.Series(["a", None], dtype=object), pd.Series([1.5, None])):
        for fill in ("", None):
            v = s.astype(object)
            slow = pd.DataFrame({"c": v.where(v.notna(), fill).to_numpy() if len(s) else np.array([], dtype=object)})
            pd.testing.assert_frame_equal(pd.DataFrame({"c": _cells(s, fill)}), slow, check_exact=True)


def test_row_ids_are_table_colon_index() -> None:
    idx = pd.Index([5, 17, 3000])
    assert list(_row_ids("efficacy", idx)) == ["efficacy:5", "efficacy:17", "efficacy:3000"]
    assert list(_row_ids("efficacy", pd.Index([], dtype="int64"))) == []


def test_inactive_only_tests_every_comparator_text_like_one_by_one() -> None:
    texts = pd.Series(["placebo", "ect", "midazolam, placebo", "ect, placebo", "unknown", "placebo"] * 3)
    one_by_one = [set(c.split(", ")) <= set(vocab.INACTIVE_CONTROLS) for c in texts]
    assert inactive_only(texts).tolist() == one_by_one
    assert inactive_only(pd.Series([], dtype=object)).tolist() == []


def test_study_lookup_is_built_once_per_inputs_and_maps_like_labels_of(inputs: claims.ClaimInputs) -> None:
    look = study_lookup(inputs)
    assert study_lookup(inputs) is look
    studies = inputs.tables["studies"]
    assert study_labels(inputs) == labels_of(studies)
    ids = studies["study_id"].astype(str)
    assert ids.map(look.labels).tolist() == ids.map(labels_of(studies)).tolist()
    assert look.secondary == frozenset(studies.loc[studies["is_secondary"].fillna(False).astype(bool)
                                                   | studies["design"].isin(vocab.SECONDARY_DESIGNS), "study_id"])
    ae = inputs.tables["adverse_events"]
    rows = arm_frame(inputs, "adverse_events", np.ones(len(ae), dtype=bool), ("category",))
    assert len(rows) and not rows["study_id"].isin(look.secondary).any()
    assert rows["row_id"].str.startswith("adverse_events:").all()
    assert (rows["study_label"] == rows["study_id"].map(labels_of(studies))).all()
