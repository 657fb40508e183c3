"""Sidebar: every filter as a widget, seeded from the URL, plus the snapshot line that is always visible."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd
import streamlit as st

from evidence import vocab
from evidence.charts import labels as L
from evidence.filters import SOURCE_FACETS, SOURCE_LABELS, Filters
from evidence.profile import FilterChoices

FLAG_LABELS: dict[str, tuple[str, str]] = {
    "primary_sources": ("Primary sources only (registry results, the trial's own paper)",
                        "Leaves out values read from secondary or pooled reports, conference abstracts and press or "
                        "aggregator pages."),
    "exclude_crossover": ("Exclude crossover trials",
                          "Crossover trials give every patient both treatments; their later periods can carry over "
                          "the first treatment's effect. First-period data are used where reported."),
    "include_auto": ("Include automatically extracted values",
                     "Also pool numbers read from abstracts by the text rules (graded 'extracted automatically'); "
                     "off: only curated and registry values. The Data tab shows how often they agree with the "
                     "curators and how accurate the rules are on abstracts nobody tuned them on."),
}


def _shown(labels: Mapping[str, str]) -> Callable[[str], str]:
    """A widget's format_func: the word readers know for a vocabulary value (the value itself when unlabelled)."""
    return lambda v: labels.get(v, v)


def year_range(studies: pd.DataFrame) -> tuple[int, int]:
    """The snapshot's first and last study year: the year slider's bounds (read once per run by the page)."""
    y = studies["year"].dropna()
    return (int(y.min()), int(y.max())) if len(y) else (2000, 2030)


def _options(offered: tuple[str, ...], key: str) -> list[str]:
    """The profile's options plus any value already chosen (an address may name one the profile leaves out), so
    a shared link never fails and its filter stays visible."""
    chosen = [w for w in st.session_state.get(key, []) if w not in offered]
    return [*offered, *chosen]


def _defaults(start: Filters, lo: int, hi: int) -> dict[str, Any]:
    """Each filter widget's starting value (from the URL), the year range clamped to the snapshot's [lo, hi]."""
    y0 = min(max(start.year_min or lo, lo), hi)
    y1 = max(min(start.year_max or hi, hi), lo)
    return {"routes": list(start.routes), "drugs": list(start.drugs), "populations": list(start.populations),
            "designs": list(start.designs), "phases": list(start.phases), "statuses": list(start.statuses),
            "comparators": list(start.comparators), "sources": list(start.sources), "years": (y0, y1),
            "min_n": int(start.min_n or 0), "primary_only": start.primary_only, "has_numbers": start.has_numbers,
            "primary_sources": start.primary_sources, "exclude_crossover": start.exclude_crossover,
            "include_auto": start.include_auto, "search": start.search}


def _filters(values: Mapping[str, Any], lo: int, hi: int) -> Filters:
    """The widgets' values as Filters (a year range covering every year is no restriction)."""
    years = values["years"]
    return Filters(
        routes=tuple(values["routes"]), drugs=tuple(values["drugs"]), populations=tuple(values["populations"]),
        designs=tuple(values["designs"]), phases=tuple(values["phases"]), statuses=tuple(values["statuses"]),
        comparators=tuple(values["comparators"]), sources=tuple(values["sources"]),
        year_min=years[0] if years[0] > lo else None, year_max=years[1] if years[1] < hi else None,
        min_n=int(values["min_n"]) or None, has_numbers=bool(values["has_numbers"]),
        primary_only=bool(values["primary_only"]), primary_sources=bool(values["primary_sources"]),
        exclude_crossover=bool(values["exclude_crossover"]), include_auto=bool(values["include_auto"]),
        search=values["search"],
    )


def planned_filters(years: tuple[int, int], start: Filters) -> Filters:
    """What the filter widgets will return on this run (their state, else their defaults), known before they are
    drawn: the page draws its headline and first chart first, so the browser starts loading plotly sooner."""
    lo, hi = years
    return _filters({k: st.session_state.get(k, v) for k, v in _defaults(start, lo, hi).items()}, lo, hi)


def seed(years: tuple[int, int], start: Filters, force: bool = False) -> None:
    """Put each filter widget's value in the session state (from `start`, the URL's filters): only where it has
    none yet, or for every widget when `force` (the browser's Back button changed the address)."""
    lo, hi = years
    for k, v in _defaults(start, lo, hi).items():
        if force or k not in st.session_state:
            st.session_state[k] = v


def filters_sidebar(years: tuple[int, int], start: Filters, choices: FilterChoices | None = None) -> Filters:
    """Draw the filter widgets (values from the session state, seeded from the URL; the year slider over `years`;
    route, drug and population options from the profile's `choices`) and return what they say."""
    lo, hi = years
    seed(years, start)
    c = choices or FilterChoices()
    sb = st.sidebar
    sb.header("Filters")
    v: dict[str, Any] = {}
    v["routes"] = sb.multiselect("Route", _options(c.routes, "routes"), key="routes",
                                 format_func=_shown(L.ROUTE_LABELS), placeholder="all routes")
    v["drugs"] = sb.multiselect("Drug", _options(c.drugs, "drugs"), key="drugs", format_func=_shown(L.DRUG_LABELS),
                                placeholder=c.drug_placeholder, help=c.drug_help)
    v["populations"] = sb.multiselect("Population", _options(c.populations, "populations"), key="populations",
                                      format_func=_shown(L.POPULATION_LABELS), placeholder="all populations")
    v["designs"] = sb.multiselect("Design", vocab.DESIGNS, key="designs",
                                  format_func=_shown(L.DESIGN_LABELS), placeholder="all designs")
    for flag in ("primary_sources", "exclude_crossover"):
        v[flag] = sb.checkbox(FLAG_LABELS[flag][0], key=flag, help=FLAG_LABELS[flag][1])
    with sb.expander("More filters", expanded=bool(start.phases or start.statuses or start.comparators
                                                   or start.sources or start.min_n or start.year_min
                                                   or start.year_max or start.primary_only
                                                   or start.include_auto)):
        v["phases"] = st.multiselect("Phase", vocab.PHASES, key="phases",
                                     format_func=_shown(L.PHASE_LABELS), placeholder="all phases")
        v["statuses"] = st.multiselect("Status", vocab.STATUSES, key="statuses",
                                       format_func=_shown(L.STATUS_LABELS), placeholder="any status")
        v["comparators"] = st.multiselect("Comparator", vocab.COMPARATOR_CLASSES,
                                          key="comparators", format_func=_shown(L.COMPARATOR_LABELS),
                                          placeholder="any comparator",
                                          help="midazolam is an active placebo; placebo includes saline")
        v["sources"] = st.multiselect("Study found in", SOURCE_FACETS, key="sources",
                                      format_func=_shown(SOURCE_LABELS), placeholder="any source")
        if lo < hi:
            v["years"] = st.slider("Year", lo, hi, key="years",
                                   help="studies without a year are hidden while the range is narrowed")
        else:  # one year only (a new or small workspace): a slider needs min < max
            st.caption(f"Year: every study is from {lo}")
            v["years"] = (lo, hi)
        v["min_n"] = st.number_input("Minimum sample size", min_value=0, max_value=100_000,
                                     step=10, key="min_n", help="enrollment; studies without one are hidden when > 0")
        v["primary_only"] = st.checkbox("Primary studies only (hide reviews and meta-analyses)",
                                        key="primary_only")
        v["include_auto"] = st.checkbox(FLAG_LABELS["include_auto"][0], key="include_auto",
                                        help=FLAG_LABELS["include_auto"][1])
    v["has_numbers"] = sb.checkbox("Has numeric results", key="has_numbers",
                                   help="studies that report at least one rate, count or adverse-event frequency")
    v["search"] = sb.text_input("Search id or title", key="search", max_chars=200,
                                help="a trial's NCT number, PMID, or words of its title")
    return _filters(v, lo, hi)


def snapshot_caption(manifest: Mapping[str, object]) -> str:
    """One line: snapshot date, profile, sources and table sizes (plain text, no record content)."""
    counts = manifest.get("counts") or {}
    raw = manifest.get("raw_files") or {}
    read = manifest.get("input_sha256")
    curated = not isinstance(read, Mapping) or any(str(k).startswith("curated/") for k in read)
    sources = ["curated set (data/curated)"] if curated else []  # a profile's workspace may have none
    if isinstance(raw, Mapping):
        sources += [f"{'ClinicalTrials.gov' if k == 'ctgov' else 'PubMed'} ({v} raw files)"
                    for k, v in raw.items() if v]
    names = {"studies": "studies", "arms": "arms", "efficacy": "outcome values", "adverse_events": "adverse-event rows",
             "publications": "papers"}
    size = ", ".join(f"{v:,} {names.get(k, k.replace('_', ' '))}" for k, v in counts.items()
                     if isinstance(v, int)) if isinstance(counts, Mapping) else ""
    created = L.fmt_date(manifest.get("created_at"))
    listed = "; ".join(sources) or "none yet"
    return f"Snapshot of {created} · profile {manifest.get('profile', '?')} · sources: {listed} · {size}"
