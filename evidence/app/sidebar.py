"""Sidebar: every filter as a widget, seeded from the URL, plus the snapshot line that is always visible."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from evidence import vocab
from evidence.filters import SOURCE_FACETS, SOURCE_LABELS, Filters


def year_range(studies: pd.DataFrame) -> tuple[int, int]:
    """The snapshot's first and last study year: the year slider's bounds (read once per run by the page)."""
    y = studies["year"].dropna()
    return (int(y.min()), int(y.max())) if len(y) else (2000, 2030)


def _defaults(start: Filters, lo: int, hi: int) -> dict[str, Any]:
    """Each filter widget's starting value (from the URL), the year range clamped to the snapshot's [lo, hi]."""
    y0 = min(max(start.year_min or lo, lo), hi)
    y1 = max(min(start.year_max or hi, hi), lo)
    return {"routes": list(start.routes), "drugs": list(start.drugs), "populations": list(start.populations),
            "designs": list(start.designs), "phases": list(start.phases), "statuses": list(start.statuses),
            "comparators": list(start.comparators), "sources": list(start.sources), "years": (y0, y1),
            "min_n": int(start.min_n or 0), "primary_only": start.primary_only, "has_numbers": start.has_numbers,
            "search": start.search}


def _filters(values: Mapping[str, Any], lo: int, hi: int) -> Filters:
    """The widgets' values as Filters (a year range covering every year is no restriction)."""
    years = values["years"]
    return Filters(
        routes=tuple(values["routes"]), drugs=tuple(values["drugs"]), populations=tuple(values["populations"]),
        designs=tuple(values["designs"]), phases=tuple(values["phases"]), statuses=tuple(values["statuses"]),
        comparators=tuple(values["comparators"]), sources=tuple(values["sources"]),
        year_min=years[0] if years[0] > lo else None, year_max=years[1] if years[1] < hi else None,
        min_n=int(values["min_n"]) or None, has_numbers=bool(values["has_numbers"]),
        primary_only=bool(values["primary_only"]), search=values["search"],
    )


def planned_filters(years: tuple[int, int], start: Filters) -> Filters:
    """What the filter widgets will return on this run (their state, else their defaults), known before they are
    drawn: the page draws its headline and first chart first, so the browser starts loading plotly sooner."""
    lo, hi = years
    return _filters({k: st.session_state.get(k, v) for k, v in _defaults(start, lo, hi).items()}, lo, hi)


def filters_sidebar(years: tuple[int, int], start: Filters) -> Filters:
    """Draw the filter widgets (defaults from the URL, the year slider over `years`) and return what they say."""
    lo, hi = years
    d = _defaults(start, lo, hi)
    sb = st.sidebar
    sb.header("Filters")
    v: dict[str, Any] = {}
    v["routes"] = sb.multiselect("Route", vocab.ROUTES, default=d["routes"], key="routes")
    v["drugs"] = sb.multiselect("Drug", vocab.DRUGS, default=d["drugs"], key="drugs",
                                help="ketamine = racemic ketamine")
    v["populations"] = sb.multiselect("Population", vocab.POPULATIONS, default=d["populations"], key="populations")
    v["designs"] = sb.multiselect("Design", vocab.DESIGNS, default=d["designs"], key="designs")
    with sb.expander("More filters", expanded=bool(start.phases or start.statuses or start.comparators
                                                   or start.sources or start.min_n or start.year_min
                                                   or start.year_max or start.primary_only)):
        v["phases"] = st.multiselect("Phase", vocab.PHASES, default=d["phases"], key="phases")
        v["statuses"] = st.multiselect("Status", vocab.STATUSES, default=d["statuses"], key="statuses")
        v["comparators"] = st.multiselect("Comparator", vocab.COMPARATOR_CLASSES, default=d["comparators"],
                                          key="comparators",
                                          help="midazolam is an active placebo; placebo includes saline")
        v["sources"] = st.multiselect("Source", SOURCE_FACETS, default=d["sources"], key="sources",
                                      format_func=SOURCE_LABELS.get)
        if lo < hi:
            v["years"] = st.slider("Year", lo, hi, d["years"], key="years",
                                   help="studies without a year are hidden while the range is narrowed")
        else:  # one year only (a new or small workspace): a slider needs min < max
            st.caption(f"Year: every study is from {lo}")
            v["years"] = (lo, hi)
        v["min_n"] = st.number_input("Minimum sample size", min_value=0, max_value=100_000, value=d["min_n"],
                                     step=10, key="min_n", help="enrollment; studies without one are hidden when > 0")
        v["primary_only"] = st.checkbox("Primary studies only (hide reviews and meta-analyses)",
                                        value=d["primary_only"], key="primary_only")
    v["has_numbers"] = sb.checkbox("Has numeric results", value=d["has_numbers"], key="has_numbers",
                                   help="studies that report at least one rate, count or adverse-event frequency")
    v["search"] = sb.text_input("Search id or title", value=d["search"], key="search", max_chars=200)
    return _filters(v, lo, hi)


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
