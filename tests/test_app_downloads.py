"""Download builders (pure): the selection's rows, formula-like cells neutralised, RIS per study, a bundle."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import openpyxl
import pandas as pd
import pytest

from evidence import analysis, store
from evidence.app.downloads import files
from evidence.app.exports import bundle, citations, findings, study_table
from evidence.filters import Filters
from evidence.selection import Snapshot
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
    sel = Snapshot(hostile_tables).select(Filters())
    out = files(analysis.summarise(sel), sel, {"created_at": "2026-11-23T00:00:00+00:00"}, Filters(), "DL")
    for name in ("studies.csv", "findings_with_provenance.csv", "summary_by_route.csv"):
        cells = _cells(out[name])
        bad = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and not _number(c))]
        assert not bad, (name, bad[:5])
    studies = _cells(out["studies.csv"])
    assert "'" + HOSTILE["title"] in studies
    found = _cells(out["findings_with_provenance.csv"])
    assert {"'" + HOSTILE["provenance"], "'" + HOSTILE["notes"], "'" + HOSTILE["term"]} <= set(found)
    wb = openpyxl.load_workbook(io.BytesIO(out["evidence_tables.xlsx"]))
    assert not [c for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert "'" + HOSTILE["title"] in [c.value for row in wb["studies"].iter_rows() for c in row]


def _number(s: str) -> bool:
    try:
        float(s)
    except ValueError:
        return False
    return True


def test_study_table_and_findings_follow_the_filter() -> None:
    t = store.read_tables(DATA)
    sel = Snapshot(t).select(Filters(routes=("intranasal",), has_numbers=True))
    table = study_table(sel["studies"])
    assert len(table) == len(sel["studies"]) and all("intranasal" in r for r in table["routes"])
    f = findings(sel)
    assert len(f) == len(sel["efficacy"]) + len(sel["adverse_events"])
    # ketamine-form rows follow the route filter; control arms (drug 'other') stay with their study
    assert set(f.loc[f["drug"] != "other", "route"]) == {"intranasal"} and f["provenance"].notna().all()
    assert set(f["kind"]) <= {"efficacy", "adverse_event", "serious_adverse_event"}


def test_citations_one_record_per_paper_or_registry_study() -> None:
    t = store.read_tables(DATA)
    sel = Snapshot(t).select(Filters(routes=("oral",)))
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


def _ris_records(data: bytes) -> list[dict[str, list[str]]]:
    """Parse RIS text record by record, as a reference manager does: 'TAG  - value' lines, ER closes a record."""
    records, current = [], None
    for line in data.decode("utf-8").split("\r\n"):
        if not line.strip():
            continue
        m = re.fullmatch(r"([A-Z][A-Z0-9])  - ?(.*)", line)
        assert m, f"not a RIS line: {line!r}"
        tag, value = m.groups()
        if tag == "TY":
            assert current is None, "TY inside an open record"
            current = {"TY": [value]}
        elif tag == "ER":
            assert current is not None, "ER without TY"
            records.append(current)
            current = None
        else:
            assert current is not None, f"{tag} outside a record"
            current.setdefault(tag, []).append(value)
    assert current is None, "last record not closed"
    return records


@pytest.fixture(scope="module")
def shipped_files() -> dict[str, bytes]:
    t = store.read_tables(DATA)
    sel = Snapshot(t).select(Filters())
    inputs = pd.concat([analysis.pool_inputs(sel, o, None).assign(outcome=o) for o in analysis.OUTCOMES])
    manifest = store.read_manifest(DATA)
    return files(analysis.summarise(sel), sel, manifest, Filters(routes=("intranasal",)), "REML", inputs)


def test_every_csv_opens_with_default_options_and_the_sidecars_say_what_it_is(
        shipped_files: dict[str, bytes]) -> None:
    csvs = [n for n in shipped_files if n.endswith(".csv")]
    assert len(csvs) == 4
    for name in csvs:
        data = shipped_files[name]
        assert not data.startswith(b"#"), name  # no comment block: R's read.csv would take it for the header
        df = pd.read_csv(io.BytesIO(data))
        assert len(df) > 0 and not any(str(c).startswith("Unnamed") for c in df.columns), name
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
        assert len({len(r) for r in rows}) == 1, name  # every row has the header's number of fields
    about = shipped_files["about.txt"].decode()
    assert "snapshot: " in about and "filters: routes=intranasal" in about and "REML" in about
    for name in csvs + ["evidence_tables.xlsx", "citations.ris"]:
        assert f"  {name}: " in about
    meta = json.loads(shipped_files["metadata.json"])
    assert meta["filters"] == "routes=intranasal" and set(meta["files"]) >= set(csvs)


def test_the_workbook_has_every_table_with_frozen_filtered_headers(shipped_files: dict[str, bytes]) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(shipped_files["evidence_tables.xlsx"]))
    assert wb.sheetnames == ["summary", "pooled inputs", "studies", "findings", "about"]
    for name in ("summary", "pooled inputs", "studies", "findings"):
        ws = wb[name]
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:"), name
        assert all(c.font.bold for c in ws[1]), name
        widths = [ws.column_dimensions[c.column_letter].width for c in ws[1]]
        assert all(8 <= w <= 62 for w in widths), (name, widths)
    heads = [c.value for c in wb["findings"][1]]
    assert {"source type", "verification", "read from", "where in the source"} <= set(heads)
    about = {r[0].value: r[1].value for r in wb["about"].iter_rows(min_row=2)}
    assert about["filters"] == "routes=intranasal" and about["snapshot"]
    studies = pd.read_csv(io.BytesIO(shipped_files["studies.csv"]))
    assert wb["studies"].max_row == len(studies) + 1


def test_ris_parses_record_by_record_with_titles_authors_and_canonical_links(shipped_files: dict[str, bytes]) -> None:
    t = store.read_tables(DATA)
    recs = _ris_records(shipped_files["citations.ris"])
    pubs = t["publications"]
    lonely = set(t["studies"]["study_id"]) - set(pubs["study_id"])
    assert len(recs) == len(pubs) + len(lonely)
    assert all(r.get("TI") and r["TI"][0].strip() for r in recs)  # no record without a title
    papers = [r for r in recs if r["TY"] == ["JOUR"]]
    regs = [r for r in recs if r["TY"] == ["ELEC"]]
    assert len(papers) >= len(pubs) and regs
    for r in regs:
        assert r["DB"] == ["ClinicalTrials.gov"] and r["UR"][0].startswith("https://clinicaltrials.gov/study/NCT")
        assert r["AN"][0].startswith("NCT")
    with_pmid = pubs[pubs["pmid"].notna()]
    by_an = {r["AN"][0]: r for r in papers if r.get("AN")}
    for p in with_pmid.itertuples(index=False):
        rec = by_an[str(p.pmid)]
        assert rec["UR"] == [f"https://pubmed.ncbi.nlm.nih.gov/{p.pmid}/"]
        if len(p.authors):
            assert rec["AU"] == list(p.authors)  # every author, in order
        if isinstance(p.doi, str):
            assert rec["DO"] == [p.doi]
    authored = sum(1 for r in papers if r.get("AU"))
    known = sum(1 for p in pubs.itertuples(index=False) if len(p.authors))
    assert authored >= known  # a paper row without authors takes the trial's first author when known


def test_the_sidecars_gloss_every_column_of_every_file(shipped_files: dict[str, bytes]) -> None:
    meta = json.loads(shipped_files["metadata.json"])
    about = shipped_files["about.txt"].decode()
    for name in (n for n in shipped_files if n.endswith(".csv")):
        columns = list(pd.read_csv(io.BytesIO(shipped_files[name]), nrows=0).columns)
        assert [c for c in columns if c not in meta["columns"]] == [], name
        assert [c for c in columns if f"  {c}: " not in about] == [], name
    assert {"cross_check_status", "is_group_total", "field_conflicts"} <= set(meta["columns"])
