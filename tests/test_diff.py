"""diff between two builds reports exactly the changes made to the inputs, and nothing else."""

from __future__ import annotations

import csv
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from evidence import store
from evidence.build import BuildReport, build
from evidence.cli import main
from evidence.diff import diff_snapshots


def _edit_csv(path: Path, edit) -> None:  # noqa: ANN001
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    fields = list(rows[0])
    rows = edit(rows)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)


def test_diff_reports_exactly_the_changes_made(scratch_data: Path) -> None:
    for layer in (scratch_data / "curated" / "trials").glob("*.csv"):  # edits below are to the older files alone
        layer.unlink()
    build(scratch_data, clock=lambda: datetime(2026, 1, 1, tzinfo=UTC))
    ct = scratch_data / "curated" / "ctgov"

    def studies(rows: list[dict[str, str]]) -> list[dict[str, str]]:
        by = {r["nct_id"]: r for r in rows}
        by["NCT01304147"]["overall_status"] = "TERMINATED"  # was COMPLETED
        by["NCT00548964"]["has_results"] = "true"  # was blank
        new = dict(by["NCT00088699"], nct_id="NCT09999999", brief_title="A new trial")
        return [r for r in rows if r["nct_id"] != "NCT06752759"] + [new]

    def outcomes(rows: list[dict[str, str]]) -> list[dict[str, str]]:
        rows[1]["value"] = "7"  # NCT01998958 placebo responders at 2 h: 6 -> 7
        return rows

    _edit_csv(ct / "studies.csv", studies)
    _edit_csv(ct / "outcomes.csv", outcomes)
    build(scratch_data, clock=lambda: datetime(2026, 1, 2, tzinfo=UTC))

    snaps = store.list_snapshots(scratch_data)
    # the first build archived the shipped tables too (the trial layer was removed): compare with the first build's
    first = [s for s in snaps if s.name.startswith("2026-01-01")]
    assert len(first) == 1
    changes = diff_snapshots(store.read_tables(first[0]), store.read_tables(scratch_data))
    got = {(r["change"], r["study_id"], r["field"], r["old"], r["new"]) for r in changes.to_dict("records")}
    assert got == {
        ("study_added", "NCT09999999", "", "", ""),
        ("study_removed", "NCT06752759", "", "", ""),
        ("status_changed", "NCT01304147", "status", "COMPLETED", "TERMINATED"),
        ("results_posted", "NCT00548964", "has_results", "", "True"),
        ("value_changed", "NCT01998958", "efficacy.value", "6.0", "7.0"),
        ("value_changed", "NCT01998958", "efficacy.n_events", "6", "7"),
    }


def test_diff_of_identical_snapshots_is_empty() -> None:
    tables = store.read_tables(Path(__file__).resolve().parent.parent / "data")
    assert diff_snapshots(tables, tables).empty


def test_diff_cli_uses_the_previous_build(built_data: tuple[Path, BuildReport], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    data = Path(shutil.copytree(built_data[0], tmp_path / "data"))  # a folder built once already
    _edit_csv(data / "curated" / "ctgov" / "studies.csv",
              lambda rows: [dict(r, phase="PHASE4") if r["nct_id"] == "NCT01304147" else r for r in rows])
    build(data)
    assert main(["diff", "--json", "--data-dir", str(data)]) == 0  # in this process: `python -m evidence` is main()
    changes = json.loads(capsys.readouterr().out)
    assert changes == [{"change": "study_changed", "study_id": "NCT01304147", "field": "phase", "old": "NA",
                        "new": "PHASE4", "detail": ""}]
