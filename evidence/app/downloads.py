"""Downloads tab: summary (CSV, Excel), filtered studies, findings with provenance, citations (RIS), a bundle."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from evidence import export
from evidence.app import exports
from evidence.app.data import Analysed, cached
from evidence.filters import Filters, to_query


def files(summary: pd.DataFrame, tables: Mapping[str, pd.DataFrame], manifest: Mapping[str, object], f: Filters,
          method: str) -> dict[str, bytes]:
    """Every download of the current view, by file name."""
    head = exports.header(manifest, f.describe(), method)
    return {
        "summary_by_route.csv": export.to_csv_bytes(summary, head),
        "summary_by_route.xlsx": export.to_xlsx_bytes(summary, head),
        "studies.csv": export.to_csv_bytes(exports.study_table(tables["studies"]), head),
        "findings_with_provenance.csv": export.to_csv_bytes(exports.findings(tables), head),
        "citations.ris": exports.citations(tables),
    }


def render(a: Analysed, manifest: Mapping[str, object], f: Filters, method: str, url_query: str) -> None:
    """Draw one button per file; every file carries the snapshot date, filters and method in its header."""
    summary, tables = a.summary, a.tables
    out = cached("files", (*a.key, method), lambda: files(summary, tables, manifest, f, method))
    st.caption("Every file starts with a header block (snapshot date, filters, method). Spreadsheet cells that "
               "start with = + - @ are neutralised so nothing runs as a formula.")
    specs = [
        ("Summary table (CSV)", "summary_by_route.csv", "text/csv"),
        ("Summary table (Excel)", "summary_by_route.xlsx",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("Filtered studies (CSV)", "studies.csv", "text/csv"),
        ("Findings with provenance (CSV)", "findings_with_provenance.csv", "text/csv"),
        ("Citations (RIS for Zotero/EndNote)", "citations.ris", "application/x-research-info-systems"),
    ]
    cols = st.columns(3)
    for i, (label, name, mime) in enumerate(specs):
        cols[i % 3].download_button(label, out[name], file_name=name, mime=mime, key=f"dl_{name}",
                                    on_click="ignore")
    state = {"url_query": url_query, "filters": to_query(f), "method": method,
             "snapshot": manifest.get("created_at"), "profile": manifest.get("profile"),
             "tables": manifest.get("tables")}
    zipped = cached("bundle", (*a.key, method, url_query), lambda: exports.bundle(out, state))
    st.download_button("Everything as one bundle (ZIP, with the view's state)", zipped,
                       file_name="evidence_bundle.zip", mime="application/zip", key="dl_bundle", on_click="ignore")
    st.text(f"This view's address (share it to restore the filters): ?{url_query}" if url_query
            else "No filter active: the address restores the full view.")
