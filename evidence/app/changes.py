"""'What changed' panel: the diff between an earlier snapshot and the current one (evidence.diff)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from evidence import store
from evidence.app.data import load_snapshot
from evidence.diff import diff_snapshots


@st.cache_data(show_spinner=False, max_entries=8)
def _diff(old_dir: str, data_dir: str, manifest: str) -> pd.DataFrame:
    """The changes since `old_dir`, against the current snapshot's tables as the app already holds them."""
    return diff_snapshots(store.read_tables(Path(old_dir)), load_snapshot(data_dir, manifest).tables)


def render(data_dir: Path, manifest: str) -> None:
    """Pick an earlier snapshot (default: the previous build) and list every change since."""
    snaps = store.list_snapshots(data_dir)
    if not snaps:
        st.info("No earlier snapshot yet: each refresh or build archives the previous one, and this panel then "
                "lists studies added or removed, status changes, newly posted results and changed numbers.")
        return
    names = [p.name for p in reversed(snaps)]
    name = st.selectbox("Compare the current snapshot with", names, key="diff_from")
    changes = _diff(str(store.snapshots_dir(data_dir) / name), str(data_dir), manifest)
    if changes.empty:
        st.success("No change between that snapshot and the current one.")
        return
    counts = changes["change"].value_counts()
    cols = st.columns(min(len(counts), 6))
    for col, (kind, n) in zip(cols, counts.items(), strict=False):
        col.metric(str(kind).replace("_", " "), int(n))
    st.dataframe(changes, key="changes_table", hide_index=True, width="stretch")
