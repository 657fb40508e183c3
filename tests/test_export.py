"""Exports: formulas neutralised in CSV/Excel (checked by opening the file with openpyxl), values intact."""

from __future__ import annotations

import io
import json

import openpyxl
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from evidence.export import FORMULA_PREFIXES, neutralise, to_csv_bytes, to_json_bytes, to_ris, to_xlsx_bytes

DANGEROUS = ["=1+1", "+SUM(A1:A2)", "-2+3", "@cmd", "\t=x", "\r=y", '=HYPERLINK("http://evil","x")']
HEADER = [("snapshot", "2026-11-23"), ("filters", "=route is intravenous")]


def sample() -> pd.DataFrame:
    return pd.DataFrame({
        "text": [*DANGEROUS, "plain", None],
        "num": pd.array([-1.5, 2.0, -3.0, 0.0, None, 4.25, 5.0, 6.0, 7.0], dtype="Float64"),
        "int": pd.array([-1, 2, 3, None, 5, 6, 7, 8, 9], dtype="Int64"),
        "obj": [-7, 1.5, "=x", None, "ok", 3, 4, 5, 6],
        "lst": [["a", "=b"], [], None, ["c"], ["d"], ["e"], ["f"], ["g"], ["h"]],
    })


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1", "'=1"), ("+1", "'+1"), ("-1", "'-1"), ("@a", "'@a"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("a=1", "a=1"),
     ("", ""), (-1, -1), (-2.5, -2.5), (None, None), (" =1", " =1")],
)
def test_neutralise(value, expected) -> None:
    assert neutralise(value) == expected


def test_xlsx_has_no_formula_and_keeps_values() -> None:
    df = sample()
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(df, HEADER)))
    ws = wb.active
    cells = [c for row in ws.iter_rows() for c in row]
    assert cells and not [c.coordinate for c in cells if c.data_type == "f"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0][:2] == ["snapshot", "2026-11-23"] and rows[1][:2] == ["filters", "'=route is intravenous"]
    assert rows[3] == ["text", "num", "int", "obj", "lst"]
    body = rows[4:]
    assert [r[0] for r in body] == ["'" + v for v in DANGEROUS] + ["plain", None]
    assert [r[1] for r in body][:4] == [-1.5, 2, -3, 0] and body[4][1] is None
    assert isinstance(body[0][2], int) and body[0][2] == -1
    assert body[0][3] == -7 and body[2][3] == "'=x"
    assert body[0][4] == "a; =b"


def test_xlsx_drops_control_characters_instead_of_failing() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(pd.DataFrame({"t": ["a\x1fb", "=c\x00"]}))))
    assert [c.value for c in wb.active["A"]] == ["t", "ab", "'=c"]


def test_xlsx_is_deterministic() -> None:
    assert to_xlsx_bytes(sample(), HEADER) == to_xlsx_bytes(sample(), HEADER)


def test_csv_round_trip() -> None:
    df = sample()
    data = to_csv_bytes(df, HEADER)
    lines = data.decode().splitlines()
    assert lines[0] == "# snapshot: 2026-11-23"
    assert data.count(b"\r\n") >= len(df) + 1
    back = pd.read_csv(io.BytesIO(data), skiprows=len(HEADER), keep_default_na=False, na_values=[""])
    assert list(back.columns) == list(df.columns)
    assert back["num"].tolist()[:4] == [-1.5, 2.0, -3.0, 0.0]
    assert back["int"].iloc[0] == -1
    for got, want in zip(back["text"].tolist()[:7], DANGEROUS, strict=True):
        assert got == "'" + want
    assert back["obj"].iloc[0] == "-7"  # a number stays a number (not neutralised)
    assert not any(str(v).startswith(FORMULA_PREFIXES) for v in back["text"].dropna())


def test_json_keeps_exact_values() -> None:
    doc = json.loads(to_json_bytes(sample(), HEADER))
    assert doc["header"]["filters"] == "=route is intravenous"
    assert doc["rows"][0]["text"] == "=1+1" and doc["rows"][0]["lst"] == ["a", "=b"]
    assert doc["rows"][4]["num"] is None and doc["rows"][0]["int"] == -1
    assert doc["columns"] == ["text", "num", "int", "obj", "lst"]


def test_ris_records() -> None:
    pubs = pd.DataFrame([
        {"pmid": "29282469", "doi": "10.1001/jamapsychiatry.2017.3739", "ref_id": "PMID:29282469",
         "title": "Efficacy of esketamine\nin TRD", "authors": ["Daly EJ", "Singh JB"], "journal": "JAMA Psychiatry",
         "year": 2018, "nct_ids": ["NCT01998958"], "study_id": "NCT01998958"},
        {"pmid": None, "doi": None, "ref_id": "NCT0001", "title": "ER  - injected", "authors": [], "journal": None,
         "year": None, "url": "https://clinicaltrials.gov/study/NCT0001", "study_id": "NCT0001"},
    ])
    text = to_ris(pubs).decode()
    recs = [r for r in text.split("ER  - \r\n") if r.strip()]
    assert len(recs) == 2
    first = recs[0].strip().split("\r\n")
    assert first[0] == "TY  - JOUR"
    assert "TI  - Efficacy of esketamine in TRD" in first
    assert [ln for ln in first if ln.startswith("AU")] == ["AU  - Daly EJ", "AU  - Singh JB"]
    assert {"PY  - 2018", "JO  - JAMA Psychiatry", "DO  - 10.1001/jamapsychiatry.2017.3739", "AN  - 29282469",
            "UR  - https://pubmed.ncbi.nlm.nih.gov/29282469/", "ID  - PMID:29282469"} <= set(first)
    second = recs[1].strip().split("\r\n")
    assert second[0] == "TY  - ELEC" and "UR  - https://clinicaltrials.gov/study/NCT0001" in second
    assert text.count("ER  - \r\n") == 2  # a title cannot end a record early: it sits after 'TI  - '


@settings(max_examples=50)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12), min_size=1,
                max_size=5))
def test_any_text_survives_csv_and_never_becomes_a_formula(values) -> None:
    df = pd.DataFrame({"i": range(len(values)), "v": values})
    back = pd.read_csv(io.BytesIO(to_csv_bytes(df)), dtype=str, keep_default_na=False)
    for got, want in zip(back["v"], values, strict=True):
        want_csv = neutralise(want)
        assert got == want_csv or got == want_csv.replace("\r\n", "\n").replace("\r", "\n")
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(df)))
    assert all(c.data_type != "f" for row in wb.active.iter_rows() for c in row)
    assert [c.value or "" for c in wb.active["B"][1:]] == [
        ILLEGAL_CHARACTERS_RE.sub("", str(neutralise(v))) for v in values]
