"""Loading the tables and running the analyses for the app, cached across reruns and sessions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pandas as pd
import streamlit as st

from evidence import analysis, store
from evidence.claims import ClaimInputs
from evidence.filters import Filters, filter_tables


@st.cache_data(show_spinner=False, max_entries=4)
def load_tables(data_dir: str, manifest_mtime: float) -> dict[str, pd.DataFrame]:
    """Read every table once per snapshot (the manifest's mtime keys the cache)."""
    return store.read_tables(Path(data_dir))


def manifest_mtime(data_dir: Path) -> float:
    """Modification time of the manifest, 0 when absent: a new build invalidates the cache."""
    p = store.manifest_path(data_dir)
    return p.stat().st_mtime if p.exists() else 0.0


@dataclass
class Analysed:
    """The filtered tables and every analysis the views draw, computed once per (snapshot, filter, method)."""

    tables: dict[str, pd.DataFrame]
    summary: pd.DataFrame
    ae: pd.DataFrame
    ae_serious: pd.DataFrame
    onset: pd.DataFrame
    onset_stats: pd.DataFrame
    rr_response: pd.DataFrame
    rr_remission: pd.DataFrame
    key: tuple[object, ...] = field(default=())  # (data_dir, mtime, filter query, method): names this selection

    def claim_inputs(self) -> ClaimInputs:
        """The subset the claim check reads."""
        return ClaimInputs(self.tables, self.summary, self.ae, self.onset, self.rr_response)


def _run(tables: dict[str, pd.DataFrame], method: str) -> Analysed:
    if tables["studies"].empty:
        empty = pd.DataFrame()
        return Analysed(tables, pd.DataFrame(columns=analysis.SUMMARY_COLUMNS),
                        pd.DataFrame(columns=analysis.AE_COLUMNS), pd.DataFrame(columns=analysis.AE_COLUMNS),
                        pd.DataFrame(columns=analysis.ONSET_COLUMNS), empty, empty, empty)
    return Analysed(
        tables=tables,
        summary=analysis.summarise(tables, by="route", method=method),
        ae=analysis.ae_incidence(tables, by="route", method=method),
        ae_serious=analysis.ae_incidence(tables, by="route", method=method, serious=True),
        onset=analysis.onset_points(tables),
        onset_stats=analysis.onset_stats(tables, "route"),
        rr_response=analysis.controlled_rr(tables, "response"),
        rr_remission=analysis.controlled_rr(tables, "remission"),
    )


@st.cache_data(show_spinner="Computing the evidence for this filter…", max_entries=64)
def analysed(data_dir: str, mtime: float, query: tuple[tuple[str, str], ...], method: str,
             _filters: Filters) -> Analysed:
    """Filter the cached tables and run the analyses (keyed by snapshot, the filter's URL form and the method)."""
    tables = load_tables(data_dir, mtime)
    out = _run(filter_tables(tables, _filters), method)
    out.key = (data_dir, mtime, query, method)
    return out


T = TypeVar("T")


@st.cache_resource(show_spinner=False, max_entries=512)
def cached(name: str, key: tuple[object, ...], _build: Callable[[], T]) -> T:
    """A figure, file or claim list of one selection, built once and shared read-only (no copy: unpickling a
    plotly figure re-validates it and costs more than drawing it); `name` + `key` must determine the result."""
    return _build()


@st.cache_data(show_spinner=False, max_entries=64)
def forest(data_dir: str, mtime: float, query: tuple[tuple[str, str], ...], method: str, outcome: str, window: str,
           _tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Forest rows for one outcome and window of the filtered tables (cached like `analysed`)."""
    return analysis.forest_rows(_tables, outcome=outcome, window=window, by="route", method=method)
