"""Downloads as bytes: CSV, Excel, JSON and RIS citations (pure: DataFrame in, bytes out).

Spreadsheet safety: in CSV and Excel output every text cell that starts with = + - @, a tab or a carriage return
gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula (OWASP "CSV
injection"). Numbers, negative ones included, stay numbers. JSON and RIS are not opened by spreadsheets and
keep the exact text (a JSON consumer should get the value the record holds).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from evidence import citation

Header = Sequence[tuple[str, str]]
FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
# Fixed workbook/zip timestamps so the same table always gives the same bytes.
_FIXED_TIME = dt.datetime(2000, 1, 1)


_LEADING_CONTROL = re.compile(r"^[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")


def neutralise(value: object) -> object:
    """A text value that a spreadsheet would read as a formula, made inert with a leading apostrophe; control
    characters in front do not hide a formula ("\x01=..." becomes one once a reader drops them)."""
    if isinstance(value, str) and _LEADING_CONTROL.sub("", value).startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _plain(value: object) -> object:
    """Cell value as a plain Python scalar: missing -> None, lists joined, numpy scalars unwrapped."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (list, tuple, np.ndarray)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _ris_scalar(value: object) -> object:
    value = _plain(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)  # a year read into a float column
    return value


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy with lists flattened and every formula-like text cell (and column name) neutralised."""
    cols: dict[str, object] = {}
    for c in df.columns:
        s = df[c].reset_index(drop=True)
        numeric = pd.api.types.is_numeric_dtype(s.dtype) and not pd.api.types.is_bool_dtype(s.dtype)
        cols[str(neutralise(str(c)))] = s if numeric else [neutralise(_plain(v)) for v in s]
    return pd.DataFrame(cols, index=range(len(df)))


def to_csv_bytes(df: pd.DataFrame, header: Header | None = None) -> bytes:
    """UTF-8 CSV; an optional header block comes first as '# key: value' lines (skip them with skiprows). The
    dashboard's downloads pass no header (they open with read.csv / pandas.read_csv as they are; the method,
    filters and snapshot go to the about.txt / metadata.json sidecars).

    A spreadsheet splits a header line at its commas like any row: every piece after the first that a spreadsheet
    would read as a formula or as the start of a quoted field gets a leading apostrophe, so a filter value such as
    "x,=HYPERLINK(...)" never becomes a live cell (the first piece starts with '#').
    """
    buf = io.StringIO()
    for key, value in header or ():
        buf.write(header_line(key, value) + "\r\n")
    safe_frame(df).to_csv(buf, index=False, lineterminator="\r\n")  # RFC 4180; quotes any field with CR/LF
    return buf.getvalue().encode("utf-8")


def header_line(key: object, value: object) -> str:
    """One '# key: value' line of a CSV header block, inert in every cell a spreadsheet makes of it."""
    first, *rest = f"# {_one_line(key)}: {_one_line(value)}".split(",")
    return ",".join([first, *(_inert_piece(p) for p in rest)])


def _inert_piece(piece: str) -> str:
    start = _LEADING_CONTROL.sub("", piece.lstrip(" "))
    return "'" + piece if start.startswith((*FORMULA_PREFIXES, '"')) else piece


def to_xlsx_bytes(df: pd.DataFrame, header: Header | None = None, sheet_name: str = "summary") -> bytes:
    """Excel workbook: header block rows (key, value), a blank row, then the table with a bold header row."""
    wb = Workbook()
    wb.properties.created = wb.properties.modified = _FIXED_TIME
    ws = wb.active
    ws.title = sheet_name[:31]
    for key, value in header or ():
        ws.append([_xlsx_value(str(key)), _xlsx_value(_one_line(value))])
    if header:
        ws.append([])
    safe = safe_frame(df)
    ws.append([_xlsx_value(c) for c in safe.columns])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for row in safe.itertuples(index=False):
        ws.append([_xlsx_value(v) for v in row])
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed_zip_times(buf.getvalue())


def to_workbook_bytes(sheets: Sequence[tuple[str, pd.DataFrame]], about: Header | None = None,
                      headers: dict[str, str] | None = None) -> bytes:
    """An Excel workbook of several tables, one sheet each (frozen bold header row, autofilter, column widths from
    the content), plus an "about" sheet with the method, filters and snapshot (key, value) when given. `headers`
    renames columns for readers (the CSVs keep the analysis names). Formula-like cells are neutralised."""
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.properties.created = wb.properties.modified = _FIXED_TIME
    wb.remove(wb.active)
    for name, df in sheets:
        ws = wb.create_sheet(_sheet_title(name))
        safe = safe_frame(df.rename(columns=_unique_names(df.columns, headers or {})))
        ws.append([_xlsx_value(c) for c in safe.columns])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in safe.itertuples(index=False):
            ws.append([_xlsx_value(v) for v in row])
        ws.freeze_panes = "A2"
        if len(safe.columns):
            ws.auto_filter.ref = f"A1:{get_column_letter(len(safe.columns))}{max(ws.max_row, 1)}"
        for i, col in enumerate(safe.columns, start=1):
            sample = [str(col)] + [str(v) for v in safe[col].head(200).tolist() if v is not None]
            ws.column_dimensions[get_column_letter(i)].width = min(max(max(len(x) for x in sample) + 2, 10), 60)
    if about:
        ws = wb.create_sheet("about")
        ws.append(["item", "value"])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for key, value in about:
            ws.append([_xlsx_value(str(key)), _xlsx_value(_one_line(value))])
        ws.freeze_panes = "A2"
        ws.column_dimensions["A"].width = 28
        ws.column_dimensions["B"].width = 120
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed_zip_times(buf.getvalue())


def _unique_names(columns: Iterable[object], headers: Mapping[str, str]) -> dict[object, str]:
    """Each column's reader header, the column's own name where two would read the same."""
    out: dict[object, str] = {}
    for c in columns:
        name = headers.get(str(c), str(c))
        out[c] = name if name not in out.values() else str(c)
    return out


def _sheet_title(name: str) -> str:
    return re.sub(r"[\\/*?:\[\]]", " ", name)[:31] or "sheet"


def about_text(header: Header, files: Mapping[str, str] | None = None,
               columns: Mapping[str, str] | None = None) -> bytes:
    """The sidecar 'about.txt': every header line as 'key: value', then what each file holds, then what the CSV
    column names mean."""
    lines = [f"{key}: {_one_line(value)}" for key, value in header]
    if files:
        lines += ["", "files:"] + [f"  {name}: {what}" for name, what in files.items()]
    if columns:
        lines += ["", "columns (CSV name: meaning):"] + [f"  {c}: {m}" for c, m in sorted(columns.items())]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def metadata_json(header: Header, extra: Mapping[str, object] | None = None) -> bytes:
    """The sidecar 'metadata.json': the header as an object, plus `extra` (URL query, table hashes, ...)."""
    doc: dict[str, object] = {str(k): v for k, v in header}
    doc.update(extra or {})
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True, default=str) + "\n").encode("utf-8")


def _xlsx_value(value: object) -> object:
    """Excel cannot store ASCII control characters: they are dropped (the CSV/JSON exports keep them), and only then
    is the text neutralised, so what Excel stores never starts a formula."""
    value = _plain(value)
    if isinstance(value, str):
        return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def _fixed_zip_times(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2000-01-01T00:00:00Z", body)
            dst.writestr(fixed, body)
    return out.getvalue()


def to_json_bytes(df: pd.DataFrame, header: Header | None = None) -> bytes:
    """JSON {"header": {...}, "columns": [...], "rows": [{...}]}; missing values are null, text kept exact."""
    rows = [{str(c): _json_value(v) for c, v in zip(df.columns, r, strict=True)} for r in df.itertuples(index=False)]
    doc = {"header": {k: v for k, v in header or ()}, "columns": [str(c) for c in df.columns], "rows": rows}
    return (json.dumps(doc, ensure_ascii=False, indent=1, default=str) + "\n").encode("utf-8")


def _json_value(value: object) -> object:
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_plain(v) for v in value]
    return _plain(value)


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def _ris_values(v: object) -> list[str]:
    v = _ris_scalar(v) if not isinstance(v, (list, tuple, np.ndarray)) else v
    if v is None:
        return []
    if isinstance(v, (list, tuple, np.ndarray)):
        return [_one_line(x) for x in v if _plain(x) is not None and _one_line(x)]
    s = _one_line(v)
    return [s] if s else []


def _first(row: Mapping[Any, object], *names: str) -> object:
    for n in names:
        vals = _ris_values(row.get(n))
        if vals:
            return vals[0]
    return None


def ris_record(row: Mapping[Any, object]) -> str:
    """One RIS record (Zotero/EndNote) from a publications or studies row; newlines in values are flattened.

    A paper (a journal, PMID or DOI) is TY JOUR with every author, title, journal, year, volume/issue/pages when the
    row has them, PMID (AN), DOI and the canonical link (PubMed, else the DOI). A trial registration (a row with
    `record_type` 'registration', or NCT ids and no journal/PMID/DOI) is TY ELEC in the database ClinicalTrials.gov,
    its sponsor as author and the registry record as link. Anything else is TY GEN."""
    journal = _first(row, "journal")
    pmid, doi = _first(row, "pmid"), _first(row, "doi")
    if doi is None and row.get("dois") is not None:
        doi = _first(row, "dois")
    if pmid is None and row.get("pmids") is not None:
        pmid = _first(row, "pmids")
    ncts = _ris_values(row.get("nct_ids"))
    sid = _first(row, "study_id")
    if not ncts and isinstance(sid, str) and re.fullmatch(r"NCT\d+", sid.upper()):
        ncts = [sid.upper()]
    kind = row.get("record_type")
    registration = kind == "registration" or (kind is None and not (journal or pmid or doi) and bool(ncts))
    url = _first(row, "url", "source_url")
    notes = []
    if registration:  # the registry record is what is cited; a results paper known only by id goes in a note
        if ncts and not (isinstance(url, str) and "clinicaltrials.gov" in url):
            url = citation.registry_url(ncts[0])
        notes = [f"Results paper: PMID {pmid}" if pmid else "", f"Results paper: DOI {doi}" if doi else ""]
        pmid = doi = None
    elif pmid:
        url = citation.pubmed_url(str(pmid))
    elif doi:
        url = citation.doi_url(str(doi))
    ident = _first(row, "ref_id", "study_id")
    authors = _ris_values(row.get("authors")) or _ris_values(row.get("first_author"))
    if registration and not authors:
        authors = _ris_values(row.get("sponsor"))
    title = _first(row, "title", "label", "study_id")
    ty = "ELEC" if registration else "JOUR" if (journal or pmid or doi) else "GEN"
    lines = [("TY", ty), ("TI", title)]
    lines += [("AU", a) for a in authors]
    lines += [("PY", _first(row, "year")), ("JO", journal), ("VL", _first(row, "volume")),
              ("IS", _first(row, "issue")), ("SP", _first(row, "pages", "start_page")),
              ("EP", _first(row, "end_page")), ("DO", doi), ("UR", url)]
    if registration:
        lines += [("DB", "ClinicalTrials.gov"), ("PB", "U.S. National Library of Medicine"),
                  ("AN", ncts[0] if ncts else _first(row, "study_id")),
                  ("M3", "Clinical trial registration")]
    else:
        lines += [("AN", pmid or _first(row, "study_id"))]
    lines += [("ID", ident)]
    lines += [("N1", f"ClinicalTrials.gov {n}") for n in ncts] + [("N1", n) for n in notes if n]
    body = "".join(f"{tag}  - {val}\r\n" for tag, val in lines if val not in (None, ""))
    return body + "ER  - \r\n"


def to_ris(rows: pd.DataFrame | Iterable[Mapping[Any, object]]) -> bytes:
    """RIS citations of publications or studies rows (TY, TI, AU, PY, JO, DO, UR, AN, ID, ER), UTF-8."""
    records = rows.to_dict("records") if isinstance(rows, pd.DataFrame) else list(rows)
    return "\r\n".join(ris_record(r) for r in records).encode("utf-8")
