"""Downloads tab: summary, pooled inputs, studies and findings (CSV), one Excel workbook with every table, citations
(RIS), the sidecars that say what the files are (about.txt, metadata.json), and a bundle of all of them.

CSV files are plain tables (one header row, no comment block), so `read.csv(path)` in R and `pandas.read_csv(path)`
open them with no options; the snapshot, filters and method go to about.txt / metadata.json and the workbook's
"about" sheet. Each file is built when its button is clicked (Streamlit's deferred download), not on every rerun:
at 100k studies building all of them took about 8 s per filter change, for files most views never download.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

import pandas as pd
import streamlit as st

from evidence import export
from evidence.app import exports
from evidence.app.data import Analysed
from evidence.charts.labels import COLUMN_LABELS
from evidence.filters import Filters, to_query

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# file name -> (button label, MIME type, what it holds)
FILES: dict[str, tuple[str, str, str]] = {
    "summary_by_route.csv": ("Summary by route (CSV)", "text/csv",
                             "per route, outcome and time window: studies, participants, pooled estimate, 95% CI, "
                             "prediction interval, heterogeneity"),
    "pooled_inputs.csv": ("Pooled study rows (CSV)", "text/csv",
                          "analysis.pool_inputs for every outcome and window: the arms, events and denominators each "
                          "pooled number uses, with source type and verification"),
    "studies.csv": ("Filtered studies (CSV)", "text/csv", "one row per study with its links"),
    "findings_with_provenance.csv": ("Findings with provenance (CSV)", "text/csv",
                                     "every outcome value and adverse-event count with its source type, "
                                     "verification, the copy read and the quoted provenance"),
    "evidence_tables.xlsx": ("All tables (Excel workbook)", XLSX,
                             "sheets: summary, pooled inputs, studies, findings, about"),
    "citations.ris": ("Citations (RIS for Zotero/EndNote)", "application/x-research-info-systems",
                      "papers as journal articles, trials without a paper as ClinicalTrials.gov registrations"),
    "about.txt": ("About these files (text)", "text/plain", "snapshot, filters, method and what each file holds"),
    "metadata.json": ("About these files (JSON)", "application/json", "the same as about.txt, machine-readable"),
}


def describe_files() -> dict[str, str]:
    """File name -> what it holds (for about.txt)."""
    return {name: what for name, (_, _, what) in FILES.items()}


def build(name: str, summary: Callable[[], pd.DataFrame], tables: Mapping[str, pd.DataFrame],
          head: list[tuple[str, str]], inputs: Callable[[], pd.DataFrame] | None = None,
          extra: Mapping[str, object] | None = None) -> bytes:
    """One download of the current view (`summary` and `inputs` are called only for the files that hold them)."""
    pooled = inputs or (lambda: pd.DataFrame())
    if name == "summary_by_route.csv":
        return export.to_csv_bytes(summary())
    if name == "pooled_inputs.csv":
        return export.to_csv_bytes(pooled())
    if name == "studies.csv":
        return export.to_csv_bytes(exports.study_table(tables["studies"]))
    if name == "findings_with_provenance.csv":
        return export.to_csv_bytes(exports.findings(tables))
    if name == "evidence_tables.xlsx":
        sheets = [("summary", summary()), ("pooled inputs", pooled()),
                  ("studies", exports.study_table(tables["studies"])), ("findings", exports.findings(tables))]
        return export.to_workbook_bytes(sheets, head, headers=COLUMN_LABELS | {"name": "study", "study": "study id"})
    if name == "citations.ris":
        return exports.citations(tables)
    if name == "about.txt":
        return export.about_text(head, describe_files(), COLUMN_LABELS)
    if name == "metadata.json":
        return export.metadata_json(head, {"files": describe_files(), "columns": COLUMN_LABELS, **(extra or {})})
    raise KeyError(name)


def files(summary: pd.DataFrame, tables: Mapping[str, pd.DataFrame], manifest: Mapping[str, object], f: Filters,
          method: str, inputs: pd.DataFrame | None = None) -> dict[str, bytes]:
    """Every download of the current view, by file name."""
    head = exports.header(manifest, f.describe(), method)
    pooled = inputs if inputs is not None else pd.DataFrame()
    return {name: build(name, lambda: summary, tables, head, lambda: pooled) for name in FILES}


def render(a: Analysed, manifest: Mapping[str, object], f: Filters, method: str, url_query: str) -> None:
    """Draw one button per file, the bundle, and the view's address."""
    tables = a.tables
    head = exports.header(manifest, f.describe(), method)
    summary, inputs = a.summary_builder(), a.inputs_builder()
    state = {"url_query": url_query, "filters": to_query(f), "method": method,
             "snapshot": manifest.get("created_at"), "profile": manifest.get("profile"),
             "tables": manifest.get("tables")}
    studies, findings = len(tables["studies"]), tables.count("efficacy") + tables.count("adverse_events")
    st.caption(f"{studies:,} studies and {findings:,} findings in this selection. CSV files are plain tables that "
               "open in Excel, R (read.csv) or pandas as they are; the snapshot date, filters and method are in "
               "about.txt / metadata.json and on the workbook's 'about' sheet. Each file is built when you click its "
               "button. Spreadsheet cells that start with = + - @ are neutralised so nothing runs as a formula.")
    cols = st.columns(2)
    for i, (name, (label, mime, what)) in enumerate(FILES.items()):
        cols[i % 2].download_button(label, partial(build, name, summary, tables, head, inputs, state),
                                    file_name=name, mime=mime, key=f"dl_{name}", on_click="ignore", help=what,
                                    width="stretch")

    def zipped() -> bytes:
        return exports.bundle({name: build(name, summary, tables, head, inputs, state) for name in FILES}, state)

    st.download_button("Everything as one bundle (ZIP, with the view's state)", zipped,
                       file_name="evidence_bundle.zip", mime="application/zip", key="dl_bundle", on_click="ignore",
                       type="primary")
    st.text(f"This view's address (share it to restore the filters): ?{url_query}" if url_query
            else "No filter active: the address restores the full view.")
