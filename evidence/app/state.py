"""What the URL holds: the filters plus the view's own choices (method, forest window, selected study)."""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from evidence import vocab
from evidence.filters import Filters, from_query, to_query

ALLOWED: dict[str, tuple[str, ...]] = {
    "routes": vocab.ROUTES, "drugs": vocab.DRUGS, "populations": vocab.POPULATIONS, "designs": vocab.DESIGNS,
    "phases": vocab.PHASES, "statuses": vocab.STATUSES, "comparators": vocab.COMPARATOR_CLASSES,
}
# The same words as evidence.analysis.OUTCOMES (a test keeps them equal): every outcome type, as a rate or as a
# risk ratio against the comparator.
RATE_OUTCOMES: tuple[str, ...] = ("response", "remission", "si_response", "si_resolution", "early_improvement",
                                  "response_any_time", "relapse")
FOREST_OUTCOMES: tuple[str, ...] = (*RATE_OUTCOMES, *(f"{m}_rr" for m in RATE_OUTCOMES))
VIEW_DEFAULTS: dict[str, str] = {"method": "DL", "window": "24h", "outcome": "response", "study": ""}
# The same words as evidence.analysis.METHODS / WINDOW_KEYS (a test keeps them equal); spelled out here so the
# first page does not import the analysis stack (scipy, statsmodels) just to validate the URL.
METHODS: tuple[str, ...] = ("DL", "REML")
WINDOW_KEYS: tuple[str, ...] = ("acute", "24h", "d2_7", "d8_20", "d21_42", "gt6w")
VIEW_CHOICES: dict[str, tuple[str, ...]] = {"method": METHODS, "window": WINDOW_KEYS, "outcome": FOREST_OUTCOMES}


def url_params() -> dict[str, str]:
    """The current query parameters as plain strings (repeated keys joined by commas)."""
    out: dict[str, str] = {}
    for k in st.query_params:
        vals = st.query_params.get_all(k)
        out[k] = ",".join(vals)
    return out


def initial_filters() -> Filters:
    """Filters from the URL, once per session (afterwards the widgets hold them)."""
    return from_query(url_params(), ALLOWED)


def view_param(params: Mapping[str, str], name: str) -> str:
    """A view choice from the URL, falling back to its default when missing or not allowed."""
    raw = str(params.get(name, VIEW_DEFAULTS[name]))
    if name == "study":
        return raw[:80]
    return raw if raw in VIEW_CHOICES[name] else VIEW_DEFAULTS[name]


def write_url(f: Filters, view: Mapping[str, str], keep: tuple[str, ...] = ()) -> None:
    """Put the filters and the non-default view choices in the URL (only when they changed); `keep` names
    parameters other widgets own (the open tab)."""
    current = url_params()
    want = to_query(f) | {k: v for k, v in view.items() if v and v != VIEW_DEFAULTS.get(k)}
    for k in current:
        if k not in want and k not in keep:
            del st.query_params[k]
    for k, v in want.items():
        if current.get(k) != v:
            st.query_params[k] = v
