"""`python -m evidence extract`: run as a real subprocess on a real abstract, stdin and file, JSON and table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ABSTRACT = ROOT / "data" / "curated" / "pubmed" / "abstracts" / "grunebaum2018.txt"


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "evidence", "extract", *args], input=stdin, capture_output=True, cwd=ROOT,
        timeout=60, check=False,
    )


def test_stdin_json_on_a_real_abstract() -> None:
    text = ABSTRACT.read_text(encoding="utf-8")
    proc = _run("-", "--json", stdin=text.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr.decode()
    out = json.loads(proc.stdout)
    assert out["drugs"] == ["ketamine"]
    assert out["routes"] == ["intravenous"]
    assert out["design"] == "rct"
    assert out["n"] == 80
    assert set(out["population"]) == {"MDD", "suicidal"}
    rates = [f for f in out["findings"] if f["kind"] == "response_rate"]
    assert [(f["arm"], f["value"], f["unit"], f["timepoint_hours"]) for f in rates] == [
        ("ketamine", 55.0, "percent", 24.0),
        ("midazolam", 30.0, "percent", 24.0),
    ]
    for f in out["findings"]:
        a, b = f["span"]
        assert set(f) >= {"kind", "arm", "route", "value", "unit", "timepoint_hours", "n", "detail", "span"}
        assert f["value"] is None or isinstance(f["value"], (int, float))
        quote = text[a:b]
        assert quote.strip() == quote and len(quote) > 10
    assert "55%" in text[rates[0]["span"][0] : rates[0]["span"][1]]


def test_file_argument_and_readable_table() -> None:
    proc = _run(str(ABSTRACT))
    assert proc.returncode == 0
    out = proc.stdout.decode("utf-8")
    assert "design:     rct" in out
    assert "response_rate" in out and "midazolam" in out


def test_empty_and_binary_input_do_not_crash() -> None:
    empty = _run("-", "--json", stdin=b"")
    assert empty.returncode == 0
    assert json.loads(empty.stdout)["findings"] == []
    junk = _run("-", "--json", stdin=bytes(range(256)) * 4)
    assert junk.returncode == 0
    assert json.loads(junk.stdout)["drugs"] == []


def test_missing_file_is_a_clear_error() -> None:
    proc = _run("/nonexistent/abstract.txt")
    assert proc.returncode == 2
    assert b"error:" in proc.stderr and b"Traceback" not in proc.stderr
