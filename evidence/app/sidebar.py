"""Sidebar: every filter as a widget, seeded from the URL, plus the snapshot line that is always visible."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from evidence import vocab
from evidence.filters import SOURCE_FACETS, SOURCE_LABELS, Filters


def _years(studies: pd.DataFrame) -> tuple[int, int]:
    y = studies["year"].dropna()
    return (int(y.min()), int(y.max())) if len(y) else (2000, 2030)


def filters_sidebar(studies: pd.DataFrame, start: Filters) -> Filters:
    """Draw the filter widgets (defaults from the URL) and return what they say."""
    sb = st.sidebar
    sb.header("Filters")
    routes = sb.multiselect("Route", vocab.ROUTES, default=list(start.routes), key="routes")
    drugs = sb.multiselect("Drug", vocab.DRUGS, default=list(start.drugs), key="drugs",
                           help="ketamine = racemic ketamine")
    pops = sb.multiselect("Population", vocab.POPULATIONS, default=list(start.populations), key="populations")
    designs = sb.multiselect("Design", vocab.DESIGNS, default=list(start.designs), key="designs")
    with sb.expander("More filters", expanded=bool(start.phases or start.statuses or start.comparators
                                                   or start.sources or start.min_n or start.year_min
                                                   or start.year_max or start.primary_only)):
        phases = st.multiselect("Phase", vocab.PHASES, default=list(start.phases), key="phases")
        statuses = st.multiselect("Status", vocab.STATUSES, default=list(start.statuses), key="statuses")
        comps = st.multiselect("Comparator", vocab.COMPARATOR_CLASSES, default=list(start.comparators),
                               key="comparators", help="midazolam is an active placebo; placebo includes saline")
        sources = st.multiselect("Source", SOURCE_FACETS, default=list(start.sources), key="sources",
                                 format_func=SOURCE_LABELS.get)
        lo, hi = _years(studies)
        y0 = min(max(start.year_min or lo, lo), hi)
        y1 = max(min(start.year_max or hi, hi), lo)
        years = st.slider("Year", lo, hi, (y0, y1), key="years",
                          help="studies without a year are hidden while the range is narrowed")
        min_n = st.number_input("Minimum sample size", min_value=0, max_value=100_000, value=int(start.min_n or 0),
                                step=10, key="min_n", help="enrollment; studies without one are hidden when > 0")
        primary = st.checkbox("Primary studies only (hide reviews and meta-analyses)", value=start.primary_only,
                              key="primary_only")
    has_numbers = sb.checkbox("Has numeric results", value=start.has_numbers, key="has_numbers",
                              help="studies that report at least one rate, count or adverse-event frequency")
    search = sb.text_input("Search id or title", value=start.search, key="search", max_chars=200)
    return Filters(
        routes=tuple(routes), drugs=tuple(drugs), populations=tuple(pops), designs=tuple(designs),
        phases=tuple(phases), statuses=tuple(statuses), comparators=tuple(comps), sources=tuple(sources),
        year_min=years[0] if years[0] > lo else None, year_max=years[1] if years[1] < hi else None,
        min_n=int(min_n) or None, has_numbers=bool(has_numbers), primary_only=bool(primary), search=search,
    )


def snapshot_caption(manifest: Mapping[str, object]) -> str:
    """One line: snapshot date, profile, sources and table sizes (plain text, no record content)."""
    counts = manifest.get("counts") or {}
    raw = manifest.get("raw_files") or {}
    sources = ["curated set (data/curated)"]
    if isinstance(raw, Mapping):
        sources += [f"{'ClinicalTrials.gov' if k == 'ctgov' else 'PubMed'} ({v} raw files)"
                    for k, v in raw.items() if v]
    size = ", ".join(f"{v} {k}" for k, v in counts.items()) if isinstance(counts, Mapping) else ""
    created = manifest.get("created_at") or "never built"
    return f"Snapshot {created} · profile {manifest.get('profile', '?')} · sources: {'; '.join(sources)} · {size}"
