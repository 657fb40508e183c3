"""Tables in the page, in a reader's words: vocabulary labels, column headers in words, hours as "4 h / 1 day",
percents as percents, links as links, missing values blank (never "None"). Long tables show their first rows, every
row one click away as CSV (the CSV keeps the analysis column names, so scripts can read it).

A table of the whole selection (700k adverse-event rows at 100k studies) cost seconds per rerun to send to the
browser, and nobody scrolls it; the complete rows stay downloadable (built on click, formula-like cells
neutralised by export.to_csv_bytes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from evidence import export
from evidence.app.safe import linked
from evidence.charts import labels as L

if TYPE_CHECKING:  # what st.column_config.*Column() returns
    from streamlit.elements.lib.column_types import ColumnConfig

MAX_TABLE_ROWS = 1000  # rows sent to the browser per table
HOUR_COLUMNS = ("timepoint_hours", "hours", "median_hours", "q1_hours", "q3_hours", "timepoints")
HOST = r"https?://(?:www\.)?([^/?#]+)"  # a link shows its site; the full address is one click away
LONG_TEXT = ("arm_label", "label", "timepoint_text", "provenance", "notes", "title", "cross_check", "definition",
             "arms", "arms_ctl", "study_label", "name", "term")
LINK_LABELS = {"source_url": "source", "read_from": "read from", "registry": "ClinicalTrials.gov",
               "pubmed": "PubMed", "link": "source"}


def number_config(ratio: bool = False) -> dict[str, ColumnConfig]:
    """Column formats by header: percents (values 0-100) with one decimal, ratios with two, counts whole."""
    pct = st.column_config.NumberColumn(format="%.1f%%")
    two = st.column_config.NumberColumn(format="%.2f")
    whole = st.column_config.NumberColumn(format="%d")
    cfg: dict[str, ColumnConfig] = {L.COLUMN_LABELS[c]: (two if ratio else pct)
                                    for c in ("estimate", "ci_low", "ci_high", "pi_low", "pi_high")}
    cfg.update({L.COLUMN_LABELS[c]: two for c in ("rr", "tau2")})
    cfg.update({L.COLUMN_LABELS["i2"]: st.column_config.NumberColumn(format="%.0f%%"),
                L.COLUMN_LABELS["percent"]: pct, L.COLUMN_LABELS["raw_rate"]: pct})
    cfg.update({L.COLUMN_LABELS[c]: whole for c in ("events", "total", "events_ctl", "total_ctl", "k", "n_studies",
                                                    "n_affected", "n_at_risk")})
    cfg.update({L.COLUMN_LABELS[c]: st.column_config.LinkColumn(L.COLUMN_LABELS[c], display_text=HOST)
                for c in LINK_LABELS})
    cfg.update({L.COLUMN_LABELS[c]: st.column_config.TextColumn(L.COLUMN_LABELS[c], width="medium")
                for c in LONG_TEXT})
    cfg["year"] = st.column_config.NumberColumn(format="%d")
    return cfg


def for_reading(df: pd.DataFrame, columns: Iterable[str] | None = None) -> pd.DataFrame:
    """`df` (links checked by safe.linked) with hours in words, booleans as yes/no and labels (charts.labels)."""
    df = linked(df)
    if "read_from" in df.columns:
        df = df.assign(read_from=df["read_from"].map(
            lambda u: u if isinstance(u, str) and u.lower().startswith(("https://", "http://")) else None))
    conv = {c: df[c].map(L.fmt_hours) for c in HOUR_COLUMNS if c in df.columns}
    for c in ("derived", "serious", "is_comparison", "first_period", "selected", "secondary"):
        if c in df.columns:
            conv[c] = df[c].map(lambda v: "" if L.is_missing(v) else ("yes" if bool(v) else "no"))
    return L.readable(df.assign(**conv) if conv else df, columns)


def show_table(df: pd.DataFrame, key: str, columns: Iterable[str] | None = None, ratio: bool = False,
               column_config: Mapping[str, ColumnConfig] | None = None) -> None:
    """One readable table (all rows of `df`)."""
    config = number_config(ratio) | dict(column_config or {})
    st.dataframe(for_reading(df, columns), key=key, hide_index=True, width="stretch", column_config=config,
                 placeholder="")


def capped_table(df: pd.DataFrame, key: str, file_name: str, what: str,
                 column_config: Mapping[str, ColumnConfig] | None = None, *, total: int | None = None,
                 full: Callable[[], pd.DataFrame] | None = None, ratio: bool = False) -> None:
    """The first MAX_TABLE_ROWS rows of `df`, readable, and a CSV download of all of them.

    With `total`, `df` holds at least the first rows only; `full()` builds every row for the CSV on click (default:
    `df` itself).
    """
    n = len(df) if total is None else total
    if n > MAX_TABLE_ROWS:
        st.caption(f"Showing the first {MAX_TABLE_ROWS:,} of {n:,} {what}; download the CSV for all of them.")
    show_table(df.head(MAX_TABLE_ROWS), key, ratio=ratio, column_config=column_config)
    everything = full if full is not None else (lambda: df)
    st.download_button(f"Download all {n:,} {what} (CSV)", lambda: export.to_csv_bytes(linked(everything())),
                       file_name=file_name, mime="text/csv", key=f"{key}_csv", on_click="ignore")
