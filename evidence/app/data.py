"""Loading the tables for the app, cached across reruns."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from evidence import store


@st.cache_data(show_spinner=False)
def load_tables(data_dir: str, manifest_mtime: float) -> dict[str, pd.DataFrame]:
    """Read every table once per snapshot (the manifest's mtime keys the cache)."""
    return store.read_tables(Path(data_dir))


def manifest_mtime(data_dir: Path) -> float:
    """Modification time of the manifest, 0 when absent: a new build invalidates the cache."""
    p = store.manifest_path(data_dir)
    return p.stat().st_mtime if p.exists() else 0.0
