"""Schema validation rejects bad tables with a message naming table, column and values."""

from __future__ import annotations

import pandas as pd
import pytest

from evidence import schema


def _arm(**over: object) -> pd.DataFrame:
    row = {
        "study_id": "NCT00000001", "arm_id": "C01", "label": "Ketamine 0.5 mg/kg", "role": "experimental",
        "drug": "ketamine", "agent": "ketamine", "route": "intravenous", "dose_text": "0.5 mg/kg over 40 min",
        "dose_mg_per_kg": 0.5, "n": 20, "source_kind": "curated",
        "source_tier": "registry_results", "verification": "verified",
        "provenance": "test row", "source_url": "https://clinicaltrials.gov/study/NCT00000001", "notes": None,
    }
    row.update(over)
    return pd.DataFrame([row])


def test_valid_table_round_trips_through_coerce() -> None:
    df = schema.coerce("arms", _arm())
    schema.validate("arms", df)
    assert str(df["n"].dtype) == "Int64" and df.loc[0, "route"] == "intravenous"


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (_arm(route="rectal"), "column 'route': value(s) not in vocabulary: ['rectal']"),
        (_arm(drug="lsd"), "column 'drug': value(s) not in vocabulary: ['lsd']"),
        (_arm(role=None), "column 'role': 1 missing value(s) in a required column"),
        (_arm().drop(columns=["dose_text"]), "missing column(s) ['dose_text']"),
        (_arm(extra=1), "unexpected column(s) ['extra']"),
    ],
)
def test_coerce_rejects_bad_tables_naming_table_column_and_values(frame: pd.DataFrame, message: str) -> None:
    with pytest.raises(schema.SchemaError) as err:
        schema.coerce("arms", frame)
    assert "table 'arms'" in str(err.value)
    assert message in str(err.value)


def test_validate_rejects_wrong_dtype() -> None:
    df = schema.coerce("arms", _arm())
    df["n"] = df["n"].astype("float64")
    with pytest.raises(schema.SchemaError, match=r"table 'arms', column 'n': dtype float64 but schema says Int64"):
        schema.validate("arms", df)


def test_cast_failure_names_the_column() -> None:
    with pytest.raises(schema.SchemaError, match=r"column 'n': cannot cast to int"):
        schema.coerce("arms", _arm(n="twenty"))


def test_list_column_vocabulary_is_checked() -> None:
    studies = schema.empty("studies")
    assert list(studies.columns) == schema.columns("studies")
    row = {c: None for c in schema.columns("studies")}
    row.update(study_id="NCT1", design="rct", comparator_class="placebo", is_secondary=False,
               routes=["intravenous", "inhaled"], drugs=["ketamine"])
    with pytest.raises(schema.SchemaError, match=r"'routes': value\(s\) not in vocabulary: \['inhaled'\]"):
        schema.coerce("studies", pd.DataFrame([row]))


def test_duplicate_keys_are_rejected() -> None:
    with pytest.raises(schema.SchemaError, match="duplicate key"):
        schema.coerce("arms", pd.concat([_arm(), _arm()]))


def test_unknown_table_is_an_error() -> None:
    with pytest.raises(schema.SchemaError, match="unknown table 'trials'"):
        schema.columns("trials")
