"""`python -m evidence pool` and `summary`: contract outputs, clear errors (exit 2), same table as the library."""

from __future__ import annotations

import io
import json
import math
import subprocess
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from evidence.analysis import summarise
from evidence.analysis.pooling import pool_risk_ratios
from evidence.cli import main
from evidence.export import to_csv_bytes
from evidence.store import read_tables, write_tables
from tests.conftest import FIXTURES, ROOT
from tests.test_analysis_summary import ae, arm, eff, study, tables

RR_CSV = "study,events,total,events_ctl,total_ctl\nA,15,40,8,40\nB,30,50,10,50\nC,5,40,9,40\nD,25,60,20,60\n"
METAFOR = pd.read_csv(FIXTURES / "metafor" / "rma.csv", comment="#").set_index(["set", "method"])


def _pool(argv: list[str], stdin: str, monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    rc = main(["pool", *argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.mark.parametrize("method", ["DL", "REML"])
def test_pool_json_matches_metafor(method, monkeypatch, capsys) -> None:
    rc, out, _ = _pool(["-", "--measure", "RR", "--method", method, "--json"], RR_CSV, monkeypatch, capsys)
    assert rc == 0
    doc = json.loads(out)
    ref = METAFOR.loc[("rr_notes", method)]
    assert set(doc) >= {"estimate", "ci_low", "ci_high", "tau2", "i2", "k"}
    assert doc["k"] == 4 and doc["method"] == method
    assert doc["tau2"] == pytest.approx(ref["tau2"], abs=1e-6)
    assert doc["i2"] == pytest.approx(ref["i2"], abs=1e-6)
    assert doc["ci_low"] == pytest.approx(math.exp(ref["ci_lb"]), abs=1e-6)
    assert doc["estimate"] == pytest.approx(math.exp(ref["b"]), abs=1e-6)


def test_pool_file_and_readable_line(tmp_path: Path, monkeypatch, capsys) -> None:
    f = tmp_path / "plo.csv"
    f.write_text("study,events,total\nA,12,30\nB,20,45\n")
    rc, out, _ = _pool([str(f), "--measure", "plo"], "", monkeypatch, capsys)
    assert rc == 0
    assert out.startswith("proportion 0.") and "k 2" in out and "k<3: imprecise" in out


@pytest.mark.parametrize(
    ("csv", "measure", "message"),
    [
        ("study,events\nA,3\n", "PLO", "missing column"),
        ("study,events,total\nA,three,10\n", "PLO", "not a whole number"),
        ("study,events,total\nA,11,10\n", "PLO", "events > total"),
        ("study,events,total\nA,1,10\n", "RR", "missing column"),
        ("", "PLO", "empty input"),
        ("study,events,total\n", "PLO", "no rows"),
    ],
)
def test_pool_bad_csv_exits_2_with_a_clear_line(csv, measure, message, monkeypatch, capsys) -> None:
    rc, out, err = _pool(["--measure", measure], csv, monkeypatch, capsys)
    assert rc == 2 and out == ""
    assert err.startswith("error: ") and message in err and "Traceback" not in err


def test_pool_missing_file_exits_2(tmp_path: Path, monkeypatch, capsys) -> None:
    rc, _, err = _pool([str(tmp_path / "nope.csv"), "--measure", "PLO"], "", monkeypatch, capsys)
    assert rc == 2 and "nope.csv" in err


def test_pool_as_a_real_process() -> None:
    p = subprocess.run([sys.executable, "-m", "evidence", "pool", "--measure", "RR", "--json"], input=RR_CSV,
                       capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert p.returncode == 0, p.stderr
    res = pool_risk_ratios([15, 30, 5, 25], [40, 50, 40, 60], [8, 10, 9, 20], [40, 50, 40, 60])
    assert json.loads(p.stdout)["estimate"] == pytest.approx(res.estimate, abs=1e-9)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    t = tables(
        [study("S1", n=40), study("S2", n=60, routes=("intranasal",), drugs=("esketamine",), pop=("MDD",))],
        [arm("S1", "K", "experimental"), arm("S1", "P", "comparator", drug="other"),
         arm("S2", "E", "experimental", drug="esketamine", route="intranasal")],
        [eff("S1", "K", "response", 24, 10, 20), eff("S1", "P", "response", 24, 3, 20, drug="other"),
         eff("S2", "E", "response", 4, value=45.0, unit="percent", tot=30, drug="esketamine", route="intranasal")],
        [ae("S1", "K", "dissociation", 8, 20)],
    )
    d = tmp_path / "data"
    write_tables(d, {k: v for k, v in t.items()}, {"created_at": "2026-01-02T03:04:05+00:00"})
    return d


@pytest.mark.parametrize("by", ["route", "population", "drug", "design"])
def test_summary_csv_is_the_library_table(by, data_dir: Path, capsys) -> None:
    assert main(["summary", "--by", by, "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out.encode()
    want = summarise(read_tables(data_dir), by=by)
    header_lines = [ln for ln in out.split(b"\r\n") if ln.startswith(b"# ")]
    assert b"# snapshot: 2026-01-02T03:04:05+00:00" in header_lines
    assert any(ln.startswith(b"# method: random effects, DL") for ln in header_lines)
    assert any(ln.startswith(b"# windows: acute") for ln in header_lines)
    assert out.endswith(to_csv_bytes(want))
    got = pd.read_csv(io.BytesIO(out), skiprows=len(header_lines))
    assert len(got) == len(want) and set(got["group"]) == set(want["group"])


def test_summary_json_and_xlsx_files(data_dir: Path, tmp_path: Path) -> None:
    j, x = tmp_path / "s.json", tmp_path / "s.xlsx"
    assert main(["summary", "--format", "json", "--out", str(j), "--data-dir", str(data_dir), "--method", "REML"]) == 0
    doc = json.loads(j.read_text())
    assert doc["header"]["snapshot"] == "2026-01-02T03:04:05+00:00" and "REML" in doc["header"]["method"]
    rows = {(r["group"], r["outcome"], r["window"]): r for r in doc["rows"]}
    assert rows[("intravenous", "response", "24h")]["estimate"] == pytest.approx(0.5)
    assert rows[("intranasal", "response", "acute")]["derived_rows"] == 1  # 45% of 30 -> 14 events, flagged
    assert rows[("intranasal", "response", "acute")]["events"] == 14
    assert main(["summary", "--format", "xlsx", "--out", str(x), "--data-dir", str(data_dir)]) == 0
    ws = openpyxl.load_workbook(x).active
    values = [[c.value for c in r] for r in ws.iter_rows()]
    assert values[0][:2] == ["title", "Ketamine Evidence Dashboard — summary by route"]
    assert values[1][:2] == ["snapshot", "2026-01-02T03:04:05+00:00"]
    head = next(i for i, r in enumerate(values) if r[0] == "by")
    assert len(values) - head - 1 == len(summarise(read_tables(data_dir)))
    assert not [c for r in ws.iter_rows() for c in r if c.data_type == "f"]


@pytest.mark.parametrize("command", [["summary"], ["inputs"], ["claims"], ["validation-note"],
                                     ["extract", "--agreement"]])
def test_a_command_without_tables_is_one_clear_error(command: list[str], tmp_path: Path, capsys) -> None:
    """Every command that reads the tables says the same thing when none were built (one error type, exit 2)."""
    assert main([*command, "--data-dir", str(tmp_path / "empty")]) == 2
    err = capsys.readouterr().err
    assert "run `python -m evidence build` first" in err and "Traceback" not in err


def test_summary_filters_match_the_dashboard_filters(data_dir: Path, capsys) -> None:
    from evidence.filters import Filters
    from evidence.selection import Snapshot
    assert main(["summary", "--route", "intranasal", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out.encode()
    assert b"# filters: routes=intranasal\r\n" in out
    want = summarise(Snapshot(read_tables(data_dir)).select(Filters(routes=("intranasal",))))
    assert out.endswith(to_csv_bytes(want))
    assert set(want["group"]) == {"intranasal"}
    assert main(["summary", "--data-dir", str(data_dir)]) == 0
    assert b"# filters: none (every study)\r\n" in capsys.readouterr().out.encode()


def test_pool_json_lists_each_study_with_weight_and_correction(monkeypatch, capsys) -> None:
    csv = "study,events,total,events_ctl,total_ctl\nA,0,20,3,20\nB,12,40,6,40\nC,6,30,6,30\nD,9,35,4,35\n"
    rc, out, _ = _pool(["--measure", "RR", "--json"], csv, monkeypatch, capsys)
    doc = json.loads(out)
    ref = METAFOR.loc[("rr_zero", "DL")]  # TESTING-NOTES §4: logRR 0.378140, tau² 0.128741, I² 26.698964%
    assert rc == 0 and doc["b"] == pytest.approx(ref["b"], abs=1e-6) and doc["tau2"] == pytest.approx(ref["tau2"])
    assert [s["study"] for s in doc["studies"]] == ["A", "B", "C", "D"]
    assert [s["corrected"] for s in doc["studies"]] == [True, False, False, False]
    assert sum(s["weight_pct"] for s in doc["studies"]) == pytest.approx(100)
    assert doc["studies"][1]["estimate"] == pytest.approx(2.0)
