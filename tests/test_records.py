"""Typed study rows follow the studies schema and survive a round trip through the shipped table unchanged."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pandas as pd
import pytest

from evidence import schema
from evidence.records import StudyRow, studies_frame, study_records

TABLE = Path(__file__).resolve().parent.parent / "data" / "tables" / "studies.parquet"


def test_study_row_has_the_schema_columns_in_order() -> None:
    assert [f.name for f in fields(StudyRow)] == schema.columns("studies")


def test_shipped_studies_round_trip_through_typed_rows() -> None:
    shipped = schema.coerce("studies", pd.read_parquet(TABLE))
    rows = study_records(shipped)
    assert len(rows) == len(shipped) > 0
    assert all(isinstance(r.drugs, list) for r in rows)
    pd.testing.assert_frame_equal(studies_frame(rows), shipped)


def test_missing_cells_become_none_and_lists_default_empty() -> None:
    row = StudyRow.from_record({"study_id": "X", "year": pd.NA, "title": float("nan"), "design": "rct"})
    assert (row.year, row.title, row.design, row.drugs) == (None, None, "rct", [])


def test_a_row_the_schema_refuses_fails_at_the_frame_edge() -> None:
    with pytest.raises(schema.SchemaError, match="design"):
        studies_frame([StudyRow("X", design="not-a-design", comparator_class="placebo")])
