"""Loading the tables and running the analyses for the app, cached across reruns and sessions.

The filtered tables of a selection are built once per (snapshot, filter), each table when a view first reads it
(filters.Selection); each analysis is computed the first time a view asks for it (only the open tab runs), then
kept (shared, read-only) for every later rerun. The analyses of one selection run on one `analysis.prepare`d
copy, so the summary, forests and risk ratios share their per-arm and study-level rows instead of each rebuilding
them.
evidence.analysis (scipy, statsmodels: about a second to import) is imported on first use, so the first page
(Overview) does not wait for it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pandas as pd
import streamlit as st

from evidence import store
from evidence.filters import Filters, Selection, filter_tables, value_base
from evidence.membership import StudyIndex

if TYPE_CHECKING:
    from evidence.analysis.prepared import Prepared
    from evidence.claims import ClaimInputs

T = TypeVar("T")


@st.cache_data(show_spinner=False, max_entries=4)
def load_tables(data_dir: str, manifest_mtime: float) -> dict[str, pd.DataFrame]:
    """Read every table once per snapshot (the manifest's mtime keys the cache)."""
    return store.read_tables(Path(data_dir))


def manifest_mtime(data_dir: Path) -> float:
    """Modification time of the manifest, 0 when absent: a new build invalidates the cache."""
    p = store.manifest_path(data_dir)
    return p.stat().st_mtime if p.exists() else 0.0


@st.cache_resource(show_spinner=False, max_entries=512)
def cached(name: str, key: tuple[object, ...], _build: Callable[[], T]) -> T:
    """A selection's table, figure, file or claim list, built once and shared read-only (no copy: unpickling a
    plotly figure re-validates it and costs more than drawing it); `name` + `key` must determine the result.

    Resolve every input before calling: a build that calls `cached` again for the same entry would deadlock.
    """
    return _build()


@st.cache_resource(show_spinner=False, max_entries=16)
def cached_selection(name: str, key: tuple[object, ...], _build: Callable[[], T]) -> T:
    """cached() for a selection's tables and prepared frames: the few most recent only, since each holds cut copies
    of the snapshot's tables (hundreds of MB at 100k studies) while the results drawn from them are small."""
    return _build()


def snapshot_tables(data_dir: str, mtime: float) -> dict[str, pd.DataFrame]:
    """The snapshot's tables, one shared read-only copy (st.cache_data hands out a fresh unpickled copy per call,
    which costs about a second per rerun at 100k studies)."""
    return cached("tables", (data_dir, mtime), lambda: load_tables(data_dir, mtime))


def _analysis():  # noqa: ANN202 - the module
    from evidence import analysis

    return analysis


class Analysed:
    """One selection: its filtered tables now, each analysis on first use (cached by snapshot, filter, method)."""

    def __init__(self, data_dir: str, mtime: float, query: tuple[tuple[str, str], ...], method: str,
                 filters: Filters) -> None:
        self.key: tuple[object, ...] = (data_dir, mtime, query, method)
        self.method = method
        base = (data_dir, mtime, query)
        snapshot = snapshot_tables(data_dir, mtime)
        # The values this view may pool (auto-extracted ones only when asked, primary sources only when asked):
        # one base per choice, so the whole-snapshot frames below are shared by every selection of that base.
        flags = (filters.include_auto, filters.primary_sources)
        everything = cached("value_base", (data_dir, mtime, flags), lambda: value_base(snapshot, filters))
        self._everything = everything
        self._unfiltered = filters.is_empty() or filters == Filters(include_auto=filters.include_auto,
                                                                    primary_sources=filters.primary_sources)
        index = cached("study_index", (data_dir, mtime, flags), lambda: StudyIndex(everything))
        self.tables: Selection = cached_selection("selection", base, lambda: filter_tables(everything, filters, index))
        self.empty = self.tables["studies"].empty

    @property
    def prepared(self) -> Prepared:
        """The selection's tables wrapped so every analysis shares arm events and study-level rows (computed once
        per selection, whatever the method, window or outcome), cut from the whole snapshot's when they can be
        (analysis.prepared explains when that is exact)."""
        everything, tables = self._everything, self.tables
        data_dir, mtime, _query, _method = self.key
        flags = (self.tables.filters.include_auto, self.tables.filters.primary_sources)
        parent = cached("prepared:all", (data_dir, mtime, flags), lambda: _analysis().prepare(everything))
        if self._unfiltered:
            return parent
        return cached_selection("prepared", self.key[:3], lambda: _analysis().prepare(tables, parent=parent))

    def _get(self, name: str, columns: str, build: Callable[[Prepared], pd.DataFrame]) -> pd.DataFrame:
        if self.empty:
            return pd.DataFrame(columns=getattr(_analysis(), columns) if columns else [])
        prepared = self.prepared  # resolved before `cached` runs the build (no nested call for one entry)
        return cached("data:" + name, self.key, lambda: build(prepared))

    def summary_builder(self) -> Callable[[], pd.DataFrame]:
        """`summary` as a plain function, for work done after the script run (a deferred download runs in a server
        thread, where Streamlit's caches are not meant to be called); memoised on the prepared selection, so a
        second click does not recompute it."""
        if self.empty:
            return lambda: pd.DataFrame(columns=_analysis().SUMMARY_COLUMNS)
        prepared, method = self.prepared, self.method
        return lambda: prepared.memo(("summary:download", method), lambda: _analysis().summarise(
            prepared, by="route", method=method))

    def inputs_builder(self) -> Callable[[], pd.DataFrame]:
        """Every outcome's pool_inputs (all windows) as one table with an `outcome` column, as a plain function for
        a deferred download (see summary_builder)."""
        if self.empty:
            return lambda: pd.DataFrame(columns=["outcome", *_analysis().INPUT_COLUMNS])
        prepared = self.prepared

        def build() -> pd.DataFrame:
            an = _analysis()
            parts = [an.pool_inputs(prepared, outcome=o, window=None, by="route").assign(outcome=o)
                     for o in an.OUTCOMES]
            parts = [p for p in parts if len(p)]
            if not parts:
                return pd.DataFrame(columns=["outcome", *an.INPUT_COLUMNS])
            return pd.concat(parts, ignore_index=True)[["outcome", *an.INPUT_COLUMNS]]

        return lambda: prepared.memo(("inputs:download",), build)

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

        data_dir, mtime = self.key[:2]
        everything = self._everything
        return cached("study_names", (data_dir, mtime), lambda: study_names(everything["studies"]))

    @property
    def crossover(self) -> frozenset[str]:
        """Ids of the snapshot's crossover trials (marked in forest plots)."""
        data_dir, mtime = self.key[:2]
        s = self._everything["studies"]
        return cached("crossover_ids", (data_dir, mtime), lambda: frozenset(
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
        prepared = self.prepared
        return cached("data:arm_rows:" + measure, self.key, lambda: arm_events(prepared, measure))

    def rr(self, measure: str) -> pd.DataFrame:
        """Controlled comparisons of one measure (all windows)."""
        return self._get(f"rr:{measure}", "", lambda t: _analysis().controlled_rr(t, measure))

    @property
    def rr_response(self) -> pd.DataFrame:
        """Controlled response comparisons (all windows)."""
        return self._get("rr_response", "", lambda t: _analysis().controlled_rr(t, "response"))

    @property
    def rr_remission(self) -> pd.DataFrame:
        """Controlled remission comparisons (all windows)."""
        return self._get("rr_remission", "", lambda t: _analysis().controlled_rr(t, "remission"))

    def forest(self, outcome: str, window: str) -> pd.DataFrame:
        """Forest rows of one outcome and window."""
        return self._get(f"forest:{outcome}:{window}", "FOREST_COLUMNS", lambda t: _analysis().forest_rows(
            t, outcome=outcome, window=window, by="route", method=self.method))

    def claim_inputs(self) -> ClaimInputs:
        """What the claim check reads (of the summary, only the rows the checks use)."""
        from evidence.claims import SUMMARY_OUTCOMES, ClaimInputs

        summary = self._get("claim_summary", "SUMMARY_COLUMNS", lambda t: _analysis().summarise(
            t, by="route", method=self.method, outcomes=SUMMARY_OUTCOMES))
        return ClaimInputs(self.tables, summary, self.ae, self.onset, self.rr_response)
