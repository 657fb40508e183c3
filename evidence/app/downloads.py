"""Downloads tab: summary (CSV, Excel), filtered studies, findings with provenance, citations (RIS), a bundle.

Each file is built when its button is clicked (Streamlit's deferred download), not on every rerun: at 100k studies
building all of them took about 8 s per filter change, for files most views never download.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd
import streamlit as st

from evidence import export
from evidence.app import exports
from evidence.app.data import Analysed
from evidence.filters import Filters, to_query

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# file name -> (button label, MIME type)
FILES: dict[str, tuple[str, str]] = {
    "summary_by_route.csv": ("Summary table (CSV)", "text/csv"),
    "summary_by_route.xlsx": ("Summary table (Excel)", XLSX),
    "studies.csv": ("Filtered studies (CSV)", "text/csv"),
    "findings_with_provenance.csv": ("Findings with provenance (CSV)", "text/csv"),
    "citations.ris": ("Citations (RIS for Zotero/EndNote)", "application/x-research-info-systems"),
}


def build(name: str, summary: Callable[[], pd.DataFrame], tables: Mapping[str, pd.DataFrame],
          head: list[tuple[str, str]]) -> bytes:
    """One download of the current view (`summary` is called only for the files that hold it)."""
    if name == "summary_by_route.csv":
        return export.to_csv_bytes(summary(), head)
    if name == "summary_by_route.xlsx":
        return export.to_xlsx_bytes(summary(), head)
    if name == "studies.csv":
        return export.to_csv_bytes(exports.study_table(tables["studies"]), head)
    if name == "findings_with_provenance.csv":
        return export.to_csv_bytes(exports.findings(tables), head)
    if name == "citations.ris":
        return exports.citations(tables)
    raise KeyError(name)


def files(summary: pd.DataFrame, tables: Mapping[str, pd.DataFrame], manifest: Mapping[str, object], f: Filters,
          method: str) -> dict[str, bytes]:
    """Every download of the current view, by file name."""
    head = exports.header(manifest, f.describe(), method)
    return {name: build(name, lambda: summary, tables, head) for name in FILES}


def render(a: Analysed, manifest: Mapping[str, object], f: Filters, method: str, url_query: str) -> None:
    """Draw one button per file; every file carries the snapshot date, filters and method in its header."""
    tables = a.tables
    head = exports.header(manifest, f.describe(), method)
    summary = a.summary_builder()
    studies, findings = len(tables["studies"]), tables.count("efficacy") + tables.count("adverse_events")
    st.caption(f"{studies:,} studies and {findings:,} findings in this selection. Every file starts with a header "
               "block (snapshot date, filters, method) and is built when you click its button. Spreadsheet cells "
               "that start with = + - @ are neutralised so nothing runs as a formula.")
    cols = st.columns(3)
    for i, (name, (label, mime)) in enumerate(FILES.items()):
        cols[i % 3].download_button(label, lambda name=name: build(name, summary, tables, head), file_name=name,
                                    mime=mime, key=f"dl_{name}", on_click="ignore")
    state = {"url_query": url_query, "filters": to_query(f), "method": method,
             "snapshot": manifest.get("created_at"), "profile": manifest.get("profile"),
             "tables": manifest.get("tables")}

    def zipped() -> bytes:
        return exports.bundle({name: build(name, summary, tables, head) for name in FILES}, state)

    st.download_button("Everything as one bundle (ZIP, with the view's state)", zipped,
                       file_name="evidence_bundle.zip", mime="application/zip", key="dl_bundle", on_click="ignore")
    st.text(f"This view's address (share it to restore the filters): ?{url_query}" if url_query
            else "No filter active: the address restores the full view.")
