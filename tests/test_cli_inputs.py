"""`python -m evidence inputs`: exactly the rows the dashboard pools, in CSV or JSON."""

from __future__ import annotations

import io
import json

import pandas as pd

from evidence import analysis, store
from evidence.cli import main
from evidence.filters import Filters
from evidence.selection import Snapshot
from tests.conftest import DATA


def test_inputs_csv_equals_the_library_rows(capsysbinary) -> None:
    assert main(["inputs", "--outcome", "response_rr", "--window", "24h", "--data-dir", str(DATA)]) == 0
    printed = pd.read_csv(io.BytesIO(capsysbinary.readouterr().out))
    tables = store.read_tables(DATA)
    expected = analysis.pool_inputs(Snapshot(tables).select(Filters()), "response_rr", "24h")
    assert list(printed.columns) == analysis.INPUT_COLUMNS
    assert printed["study_id"].tolist() == expected["study_id"].tolist()
    assert printed["events"].tolist() == expected["events"].tolist()
    assert "NCT01998958" in set(printed["study_id"])


def test_inputs_json_follows_the_filters(capsysbinary) -> None:
    assert main(["inputs", "--outcome", "response", "--window", "all", "--route", "intravenous", "--format", "json",
                 "--data-dir", str(DATA)]) == 0
    doc = json.loads(capsysbinary.readouterr().out)
    assert doc["rows"] and {r["group"] for r in doc["rows"]} == {"intravenous"}
    assert all(r["source_tier"] and r["verification"] for r in doc["rows"])


def test_primary_sources_only_drops_secondary_and_press_values(capsysbinary) -> None:
    assert main(["inputs", "--outcome", "response", "--window", "all", "--primary-sources", "--format", "json",
                 "--data-dir", str(DATA)]) == 0
    rows = json.loads(capsysbinary.readouterr().out)["rows"]
    tiers = {t.strip() for r in rows for t in r["source_tier"].split(";")}
    assert tiers <= {"registry_results", "primary_paper"}
