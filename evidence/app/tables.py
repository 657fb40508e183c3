"""Long tables in the page: the first rows shown, every row one click away as CSV.

A table of the whole selection (700k adverse-event rows at 100k studies) cost seconds per rerun to send to the
browser, and nobody scrolls it; the complete rows stay downloadable (built on click, formula-like cells
neutralised by export.to_csv_bytes).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd
import streamlit as st

from evidence import export
from evidence.app.safe import linked

MAX_TABLE_ROWS = 1000  # rows sent to the browser per table


def capped_table(df: pd.DataFrame, key: str, file_name: str, what: str,
                 column_config: Mapping[str, object] | None = None, *, total: int | None = None,
                 full: Callable[[], pd.DataFrame] | None = None) -> None:
    """The first MAX_TABLE_ROWS rows of `df` (links checked by safe.linked) and a CSV download of all of them.

    With `total` and `full`, `df` holds at least the first rows only, and `full()` builds every row on click.
    """
    n = len(df) if total is None else total
    if n > MAX_TABLE_ROWS:
        st.caption(f"Showing the first {MAX_TABLE_ROWS:,} of {n:,} {what}; download the CSV for all of them.")
    config = dict(column_config) if column_config is not None else {
        "source_url": st.column_config.LinkColumn("source")}
    st.dataframe(linked(df.head(MAX_TABLE_ROWS)), key=key, hide_index=True, width="stretch", column_config=config)
    everything = full if full is not None else (lambda: df)
    st.download_button(f"Download all {n:,} {what} (CSV)", lambda: export.to_csv_bytes(linked(everything())),
                       file_name=file_name, mime="text/csv", key=f"{key}_csv", on_click="ignore")
