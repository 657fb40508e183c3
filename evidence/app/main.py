"""The dashboard page: snapshot line, filters (sidebar + URL), headline numbers and one tab per view."""

from __future__ import annotations

import importlib
from types import ModuleType
from urllib.parse import urlencode

import streamlit as st

from evidence import store, vocab
from evidence.app import overview
from evidence.app.data import Analysed, load_snapshot, manifest_key
from evidence.app.safe import NO_MATCH
from evidence.app.sidebar import filters_sidebar, planned_filters, seed, snapshot_caption, year_range
from evidence.app.state import (
    VIEW_DEFAULTS,
    VIEW_KEYS,
    ignored_params,
    initial_filters,
    url_changed_outside,
    url_params,
    view_param,
    write_url,
)
from evidence.filters import Filters, to_query
from evidence.profile import Profile, ProfileError, filter_choices, load_profile
from evidence.schema import SchemaError
from evidence.settings import DEFAULT_PROFILE, Settings

TABS = ("Overview", "Onset", "Response", "Side effects", "Claim check", "Studies", "Downloads", "Data")
# Earlier tab names still open their tab from an old link.
OLD_TABS = {"Study explorer": "Studies", "Refresh & changes": "Data", "Updates": "Data", "Extraction": "Data"}


def _profile(settings: Settings) -> Profile | None:
    """The settings' profile (None when its file is missing or broken: the ketamine defaults apply)."""
    try:
        return load_profile(settings.root_dir, settings.profile)
    except ProfileError:
        return None


FILTER_WORDS = {"routes": "route", "drugs": "drug", "populations": "population", "designs": "design",
                "phases": "phase", "statuses": "status", "comparators": "comparator", "sources": "found in"}
FLAG_WORDS = {"has_numbers": "with numeric results", "primary_only": "primary studies only",
              "primary_sources": "primary sources only", "exclude_crossover": "crossover trials excluded",
              "include_auto": "automatically extracted values included"}


def active_filters(f: Filters) -> str:
    """The active filters in words: 'route: intravenous (IV), oral (PO); crossover trials excluded; year from 2015'."""
    from evidence.charts.labels import label_of
    from evidence.filters import SOURCE_LABELS

    parts = []
    for name, word in FILTER_WORDS.items():
        values = getattr(f, name)
        if values:
            kind = "sources" if name == "sources" else name
            parts.append(f"{word}: " + ", ".join(SOURCE_LABELS.get(v, v) if kind == "sources" else label_of(kind, v)
                                                 for v in values))
    if f.year_min or f.year_max:
        parts.append(f"year {f.year_min or '…'}–{f.year_max or '…'}")
    if f.min_n:
        parts.append(f"at least {f.min_n} participants")
    parts += [w for k, w in FLAG_WORDS.items() if getattr(f, k)]
    if f.search.strip():
        parts.append(f"search '{f.search.strip()}'")
    return "; ".join(parts)


def _view(name: str) -> ModuleType:
    """A view module, imported when its tab is first opened (keeps the first page's imports small)."""
    return importlib.import_module(f"evidence.app.{name}")


def _content(settings: Settings, manifest: dict[str, object], f: Filters, view: dict[str, str],
             claim_list: tuple[dict[str, str], ...], version: str,
             studied: tuple[str, ...] = vocab.KETAMINE_FORMS) -> None:
    """The headline and the open tab for the filters `f`."""
    method = str(st.session_state.get("method", view["method"]))
    query = tuple(sorted(to_query(f).items()))
    a = Analysed(str(settings.data_dir), version, query, method, f)
    tables = a.snapshot.tables
    empty = a.empty
    if not f.is_empty():
        st.text("Active filters: " + active_filters(f))
    if empty:
        st.warning(NO_MATCH if len(tables["studies"]) else
                   "This snapshot holds no study yet: use the 'Data' tab to fetch one.")
    overview.render_headline(a)
    # Only the open tab runs (its analyses are computed on first use); the tab is part of the URL as ?tab=...
    # (and the Overview's open part as ?overview=...)
    if old := OLD_TABS.get(str(st.query_params.get("tab", ""))):  # kept for the session: a changed default
        st.session_state["_tab_default"] = old                       # would make a new widget (first tab)
    tabs = st.tabs(TABS, key="tab", on_change="rerun", bind="query-params",
                   default=st.session_state.get("_tab_default"))
    data_views = (
        (tabs[0], lambda: overview.render(a)),
        (tabs[1], lambda: _view("onset").render(a)),
        (tabs[2], lambda: _view("response").render(a, view)),
        (tabs[3], lambda: _view("side_effects").render(a)),
        (tabs[4], lambda: _view("claims").render(a, claim_list, studied)),
        (tabs[5], lambda: view.update(study=_view("explorer").render(a.tables["studies"], tables, view["study"],
                                                                     a.key[:3]))),
        (tabs[6], lambda: _view("downloads").render(a, manifest, f, view["method"], urlencode(to_query(f)))),
    )
    for tab, draw in data_views:
        if not tab.open:
            continue
        with tab:
            if empty:
                st.info(NO_MATCH)
            else:
                draw()
    if tabs[7].open:
        with tabs[7]:
            # the whole snapshot, whatever the filters: how far automatically extracted values can be trusted
            st.subheader("Automatic extraction vs the curators")
            _view("extraction_check").render(tables)
            _view("extraction_check").render_accuracy()
            st.subheader("Refresh from the live services")
            _view("refresh").render(settings)
            st.subheader("What changed since an earlier snapshot")
            _view("changes").render(settings.data_dir, version)


def render(settings: Settings) -> None:
    """Draw the whole page for the current filters."""
    profile = _profile(settings)
    if profile is None and settings.profile != DEFAULT_PROFILE:  # a misspelt name must not show ketamine's data
        st.set_page_config(page_title="Unknown profile", layout="wide")
        st.error(f"There is no profile {settings.profile!r} in {settings.root_dir / 'profiles'} (or it cannot be "
                 "read). Set EVIDENCE_PROFILE to one of its file names, or leave it unset for ketamine-depression.")
        return
    title = profile.title if profile else "Ketamine for depression"
    claim_list = profile.claims if profile else ()
    st.set_page_config(page_title=title, layout="wide")
    st.title(title)
    try:
        version = manifest_key(settings.data_dir)
        tables = load_snapshot(str(settings.data_dir), version).tables
        manifest = store.read_manifest(settings.data_dir)
    except (SchemaError, store.StoreError, OSError, ValueError) as exc:
        st.error(f"The snapshot in {settings.data_dir} cannot be read ({exc}). Rebuild it with "
                 "`python -m evidence build`, or point EVIDENCE_DATA_DIR at a data folder.")
        return
    line = snapshot_caption(manifest)
    st.caption("What the trials show, by route of administration · every number links to its source · " + line)
    st.sidebar.caption(line)
    if msg := st.session_state.pop("refresh_message", None):
        st.success(msg)
    params = url_params()
    view = {k: view_param(params, k) for k in VIEW_DEFAULTS}
    start = initial_filters()
    years = year_range(tables["studies"])
    outside = url_changed_outside(params)
    if outside or "_url_written" not in st.session_state:  # a new session, Back/Forward or an edited address
        st.session_state["url_notice"] = ignored_params(params)
    if outside:  # the address wins: the widgets take its filters and view choices (Back undoes a filter change)
        seed(years, start, force=True)
        for k in VIEW_KEYS:
            st.session_state[k] = view[k]
    # The sidebar is drawn last: the headline and the open tab go to the browser first (the chart's plotly code
    # is the longest download), computed from the filters the widgets are about to return.
    f = planned_filters(years, start)
    if f != start:  # the reader changed a filter: the address's ignored parts are no longer news
        st.session_state.pop("url_notice", None)
    if notice := st.session_state.get("url_notice"):
        st.caption("Ignored in the address: " + "; ".join(notice))
    try:
        studied = profile.study_drugs().words if profile else vocab.KETAMINE_FORMS
        _content(settings, manifest, f, view, claim_list, version, studied)
    finally:  # even when a view fails, so the filters' widget state survives into the next run
        drawn = filters_sidebar(years, start, filter_choices(profile))
    if drawn != f and st.session_state.get("replanned") != drawn:  # a widget corrected its value: draw again, once
        st.session_state["replanned"] = drawn
        st.rerun()
    write_url(drawn, view)
