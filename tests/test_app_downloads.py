"""Download builders (pure): the selection's rows, formula-like cells neutralised, RIS per study, a bundle."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import openpyxl
import pandas as pd
import pytest

from evidence import analysis, store
from evidence.app.downloads import files
from evidence.app.exports import bundle, citations, findings, study_table
from evidence.filters import Filters, filter_tables
from tests.conftest import DATA

HOSTILE = {"title": "=HYPERLINK(\"http://evil\",\"x\")", "term": "+1+cmd|' /C calc'!A0", "notes": "@SUM(A1)",
           "provenance": "-2+3", "tab": "\t=1"}


@pytest.fixture(scope="module")
def hostile_tables() -> dict[str, pd.DataFrame]:
    t = store.read_tables(DATA)
    sid = "NCT01304147"
    t["studies"].loc[t["studies"]["study_id"] == sid, "title"] = HOSTILE["title"]
    t["studies"].loc[t["studies"]["study_id"] == sid, "notes"] = HOSTILE["tab"]
    eff = t["efficacy"]
    eff.loc[eff["study_id"] == sid, "provenance"] = HOSTILE["provenance"]
    eff.loc[eff["study_id"] == sid, "notes"] = HOSTILE["notes"]
    ae = t["adverse_events"]
    ae.loc[ae.index[0], "term"] = HOSTILE["term"]
    return t


def _cells(csv_bytes: bytes) -> list[str]:
    lines = [line for line in csv_bytes.decode().splitlines() if not line.startswith("# ")]
    return [c for row in csv.reader(lines) for c in row]


def test_every_download_neutralises_formula_cells(hostile_tables: dict[str, pd.DataFrame]) -> None:
    sel = filter_tables(hostile_tables, Filters())
    out = files(analysis.summarise(sel), sel, {"created_at": "2026-11-23T00:00:00+00:00"}, Filters(), "DL")
    for name in ("studies.csv", "findings_with_provenance.csv", "summary_by_route.csv"):
        cells = _cells(out[name])
        bad = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and not _number(c))]
        assert not bad, (name, bad[:5])
    studies = _cells(out["studies.csv"])
    assert "'" + HOSTILE["title"] in studies
    found = _cells(out["findings_with_provenance.csv"])
    assert {"'" + HOSTILE["provenance"], "'" + HOSTILE["notes"], "'" + HOSTILE["term"]} <= set(found)
    wb = openpyxl.load_workbook(io.BytesIO(out["summary_by_route.xlsx"]))
    assert not [c for row in wb.active.iter_rows() for c in row if c.data_type == "f"]


def _number(s: str) -> bool:
    try:
        float(s)
    except ValueError:
        return False
    return True


def test_study_table_and_findings_follow_the_filter() -> None:
    t = store.read_tables(DATA)
    sel = filter_tables(t, Filters(routes=("intranasal",), has_numbers=True))
    table = study_table(sel["studies"])
    assert len(table) == len(sel["studies"]) and all("intranasal" in r for r in table["routes"])
    f = findings(sel)
    assert len(f) == len(sel["efficacy"]) + len(sel["adverse_events"])
    # ketamine-form rows follow the route filter; control arms (drug 'other') stay with their study
    assert set(f.loc[f["drug"] != "other", "route"]) == {"intranasal"} and f["provenance"].notna().all()
    assert set(f["kind"]) <= {"efficacy", "adverse_event", "serious_adverse_event"}


def test_citations_one_record_per_paper_or_registry_study() -> None:
    t = store.read_tables(DATA)
    sel = filter_tables(t, Filters(routes=("oral",)))
    ris = citations(sel).decode()
    papers = sel["publications"]
    without = set(sel["studies"]["study_id"]) - set(papers["study_id"])
    assert ris.count("ER  - ") == len(papers) + len(without)
    for pmid in papers["pmid"].dropna():
        assert f"UR  - https://pubmed.ncbi.nlm.nih.gov/{pmid}/" in ris


def test_bundle_holds_every_file_and_the_view_state() -> None:
    z = zipfile.ZipFile(io.BytesIO(bundle({"a.csv": b"x\n", "b.ris": b"TY  - JOUR\r\n"},
                                          {"url_query": "routes=oral", "snapshot": "s"})))
    assert sorted(z.namelist()) == ["a.csv", "b.ris", "state.json"]
    assert json.loads(z.read("state.json"))["url_query"] == "routes=oral"
    assert bundle({"a.csv": b"x"}, {"k": 1}) == bundle({"a.csv": b"x"}, {"k": 1})  # reproducible bytes
