"""Loading the snapshot and running the analyses for the app, cached across reruns and sessions.

One Snapshot (selection.Snapshot: the tables, read once) per data folder and manifest; a selection is built once
per (snapshot, filter) by Snapshot.select, each table cut when a view first reads it. Each analysis is computed the
first time a view asks for it (only the open tab runs), then kept (shared, read-only) for every later rerun. The
analyses of one selection share their per-arm and study-level frames (a Selection is an analysis.Prepared), cut
from the whole snapshot's when they can be.
evidence.analysis (scipy, statsmodels: about a second to import) is imported on first use, so the first page
(Overview) does not wait for it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pandas as pd
import streamlit as st

from evidence import store
from evidence.filters import Filters
from evidence.selection import Selection, Snapshot

if TYPE_CHECKING:
    from evidence.claims import ClaimInputs

T = TypeVar("T")


@st.cache_resource(show_spinner=False, max_entries=2)
def load_snapshot(data_dir: str, manifest: str) -> Snapshot:
    """The snapshot's tables, read once per manifest and shared read-only by every session and view (no copy:
    unpickling a copy per rerun cost about a second at 100k studies)."""
    return Snapshot(store.read_tables(Path(data_dir)))


def manifest_key(data_dir: Path) -> str:
    """The manifest's SHA-256 ('' when absent): a new build writes a new manifest, so the app loads it anew."""
    p = store.manifest_path(data_dir)
    return hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else ""


@st.cache_resource(show_spinner=False, max_entries=512)
def cached(name: str, key: tuple[object, ...], _build: Callable[[], T]) -> T:
    """A selection's table, figure, file or claim list, built once and shared read-only (no copy: unpickling a
    plotly figure re-validates it and costs more than drawing it); `name` + `key` must determine the result.

    Resolve every input before calling: a build that calls `cached` again for the same entry would deadlock.
    """
    return _build()


@st.cache_resource(show_spinner=False, max_entries=16)
def cached_selection(name: str, key: tuple[object, ...], _build: Callable[[], T]) -> T:
    """cached() for a selection: the few most recent only, since each holds cut copies of the snapshot's tables and
    its analyses' frames (hundreds of MB at 100k studies) while the results drawn from them are small."""
    return _build()


def _analysis():  # noqa: ANN202 - the module
    from evidence import analysis

    return analysis


class Analysed:
    """One selection: its filtered tables now, each analysis on first use (cached by snapshot, filter, method)."""

    def __init__(self, data_dir: str, manifest: str, query: tuple[tuple[str, str], ...], method: str,
                 filters: Filters) -> None:
        self.key: tuple[object, ...] = (data_dir, manifest, query, method)
        self.method = method
        self.snapshot = snapshot = load_snapshot(data_dir, manifest)
        self.tables: Selection = cached_selection("selection", self.key[:3], lambda: snapshot.select(filters))
        self.empty = self.tables["studies"].empty

    def _get(self, name: str, columns: str, build: Callable[[Selection], pd.DataFrame]) -> pd.DataFrame:
        if self.empty:
            return pd.DataFrame(columns=getattr(_analysis(), columns) if columns else [])
        tables = self.tables
        return cached("data:" + name, self.key, lambda: build(tables))

    def summary_builder(self) -> Callable[[], pd.DataFrame]:
        """`summary` as a plain function, for work done after the script run (a deferred download runs in a server
        thread, where Streamlit's caches are not meant to be called); memoised on the selection, so a
        second click does not recompute it."""
        if self.empty:
            return lambda: pd.DataFrame(columns=_analysis().SUMMARY_COLUMNS)
        sel, method = self.tables, self.method
        return lambda: sel.memo(("summary:download", method), lambda: _analysis().summarise(
            sel, by="route", method=method))

    def inputs_builder(self) -> Callable[[], pd.DataFrame]:
        """Every outcome's pool_inputs (all windows) as one table with an `outcome` column, as a plain function for
        a deferred download (see summary_builder)."""
        if self.empty:
            return lambda: pd.DataFrame(columns=["outcome", *_analysis().INPUT_COLUMNS])
        sel = self.tables

        def build() -> pd.DataFrame:
            an = _analysis()
            parts = [an.pool_inputs(sel, outcome=o, window=None, by="route").assign(outcome=o)
                     for o in an.OUTCOMES]
            parts = [p for p in parts if len(p)]
            if not parts:
                return pd.DataFrame(columns=["outcome", *an.INPUT_COLUMNS])
            return pd.concat(parts, ignore_index=True)[["outcome", *an.INPUT_COLUMNS]]

        return lambda: sel.memo(("inputs:download",), build)

    @property
    def rates(self) -> pd.DataFrame:
        """The summary's response/remission rows only (what the Response tab plots), equal to those of `summary`."""
        return self._get("rates", "SUMMARY_COLUMNS", lambda t: _analysis().summarise(
            t, by="route", method=self.method, outcomes=("response", "remission")))

    @property
    def ae(self) -> pd.DataFrame:
        """AE incidence by route and category."""
        return self._get("ae", "AE_COLUMNS",
                         lambda t: _analysis().ae_incidence(t, by="route", method=self.method))

    @property
    def ae_serious(self) -> pd.DataFrame:
        """Serious AE incidence by route and category."""
        return self._get("ae_serious", "AE_COLUMNS", lambda t: _analysis().ae_incidence(
            t, by="route", method=self.method, serious=True))

    @property
    def onset(self) -> pd.DataFrame:
        """Onset points."""
        return self._get("onset", "ONSET_COLUMNS", lambda t: _analysis().onset_points(t))

    @property
    def onset_stats(self) -> pd.DataFrame:
        """Median / IQR onset per route."""
        return self._get("onset_stats", "", lambda t: _analysis().onset_stats(t, "route"))

    @property
    def names(self) -> dict[str, str]:
        """study_id -> the name readers know ("SYNAPSE (Daly 2018), n=67") for every study of the snapshot."""
        from evidence.charts.labels import study_names

        studies = self.snapshot.tables["studies"]
        return cached("study_names", self.key[:2], lambda: study_names(studies))

    @property
    def crossover(self) -> frozenset[str]:
        """Ids of the snapshot's crossover trials (marked in forest plots)."""
        s = self.snapshot.tables["studies"]
        return cached("crossover_ids", self.key[:2], lambda: frozenset(
            s.loc[s["design"] == "crossover_rct", "study_id"].astype(str)))

    def inputs(self, outcome: str, window: str | None) -> pd.DataFrame:
        """analysis.pool_inputs: exactly the study rows each pooled number of `outcome` in `window` uses."""
        return self._get(f"inputs:{outcome}:{window}", "INPUT_COLUMNS", lambda t: _analysis().pool_inputs(
            t, outcome=outcome, window=window, by="route"))

    def arm_rows(self, measure: str) -> pd.DataFrame:
        """Every arm-level row of a rate measure, poolable or not (analysis.rates.arm_events)."""
        from evidence.analysis.rates import ARM_EVENT_COLUMNS, arm_events

        if self.empty:
            return pd.DataFrame(columns=ARM_EVENT_COLUMNS)
        tables = self.tables
        return cached("data:arm_rows:" + measure, self.key, lambda: arm_events(tables, measure))

    def rr(self, measure: str) -> pd.DataFrame:
        """Controlled comparisons of one measure (all windows)."""
        return self._get(f"rr:{measure}", "", lambda t: _analysis().controlled_rr(t, measure))

    def forest(self, outcome: str, window: str) -> pd.DataFrame:
        """Forest rows of one outcome and window."""
        return self._get(f"forest:{outcome}:{window}", "FOREST_COLUMNS", lambda t: _analysis().forest_rows(
            t, outcome=outcome, window=window, by="route", method=self.method))

    def claim_inputs(self) -> ClaimInputs:
        """What the claim check reads (of the summary, only the rows the checks use)."""
        from evidence.claims import SUMMARY_OUTCOMES, ClaimInputs

        summary = self._get("claim_summary", "SUMMARY_COLUMNS", lambda t: _analysis().summarise(
            t, by="route", method=self.method, outcomes=SUMMARY_OUTCOMES))
        return ClaimInputs(self.tables, summary, self.ae, self.onset, self.rr("response"))
