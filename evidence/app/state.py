"""What the URL holds: the filters plus the view's own choices (method, forest window, selected study).

Streamlit binds the open tab and the Overview part to the URL itself (bind="query-params"). The filters and view
choices keep this module's sync, because a bound widget would break the documented address: a multiselect writes
its display labels as repeated parameters (not `routes=intravenous,oral`), a checkbox reads only true/false (not
`1` or `yes`), unknown values and aliases are dropped silently (no notice), and the parameter of a widget that is not
drawn leaves the URL (method, window and outcome live on the Response tab but apply to every tab and download).
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from evidence import vocab
from evidence.analysis.windows import WINDOWS
from evidence.filters import Filters, from_query, to_query

ALLOWED: dict[str, tuple[str, ...]] = {
    "routes": vocab.ROUTES, "drugs": vocab.DRUGS, "populations": vocab.POPULATIONS, "designs": vocab.DESIGNS,
    "phases": vocab.PHASES, "statuses": vocab.STATUSES, "comparators": vocab.COMPARATOR_CLASSES,
}
# Every outcome type, as a rate or as a risk ratio against the comparator (the registry's words).
RATE_OUTCOMES: tuple[str, ...] = vocab.RATE_MEASURES
FOREST_OUTCOMES: tuple[str, ...] = vocab.OUTCOMES
VIEW_DEFAULTS: dict[str, str] = {"method": "DL", "window": "24h", "outcome": "response", "study": ""}
METHODS: tuple[str, ...] = vocab.POOLING_METHODS
WINDOW_KEYS: tuple[str, ...] = tuple(w.key for w in WINDOWS)
VIEW_CHOICES: dict[str, tuple[str, ...]] = {"method": METHODS, "window": WINDOW_KEYS, "outcome": FOREST_OUTCOMES}


OWN_KEYS = ("tab", "overview")  # parameters widgets bind to the URL themselves
VIEW_KEYS = ("method", "window", "outcome")  # view choices whose widgets follow the URL on Back/forward


def _is_filter_name(key: str) -> bool:
    """True when from_query understands `key` as a filter (its own name or an alias such as route=)."""
    words = ",".join(w for choices in ALLOWED.values() for w in choices)
    return any(from_query({key: probe}, ALLOWED) != Filters() for probe in (words + ",registry", "1", "2000", "x"))


def ignored_params(params: Mapping[str, str]) -> list[str]:
    """One phrase per parameter (or value) of the address that the dashboard does not understand and so ignores:
    'drug=teleport (not a known value)', 'rout=oral (did you mean routes=?)'."""
    import difflib

    known = set(VIEW_DEFAULTS) | set(OWN_KEYS)
    names = sorted(set(to_query(Filters(routes=("oral",), drugs=("ketamine",), populations=("TRD",),
                                        designs=("rct",), phases=("PHASE3",), statuses=("COMPLETED",),
                                        comparators=("placebo",), sources=("registry",), year_min=2000,
                                        year_max=2001, min_n=1, has_numbers=True, primary_only=True,
                                        primary_sources=True, exclude_crossover=True, include_auto=True,
                                        search="x"))) | known)
    out = []
    for key, value in params.items():
        shown = f"{key}={value[:40]}"
        if key.lower() in known:
            if key.lower() in VIEW_CHOICES and value not in VIEW_CHOICES[key.lower()]:
                out.append(f"{shown} (use one of {', '.join(VIEW_CHOICES[key.lower()])})")
            continue
        if not _is_filter_name(key):
            close = difflib.get_close_matches(key.lower(), names, n=1, cutoff=0.6)
            out.append(f"{shown} ({f'did you mean {close[0]}=?' if close else 'not a parameter of this dashboard'})")
            continue
        if value.strip().lower() in ("0", "false", "no", "off") or key.lower() in ("search", "q"):
            continue
        bad = [v for v in value.split(",") if v.strip() and from_query({key: v}, ALLOWED) == Filters()]
        if bad:
            out.append(f"{key}={','.join(bad)[:40]} (not a known value)")
    return out


def url_changed_outside(params: Mapping[str, str]) -> bool:
    """True when the address holds filters or view choices other than the ones this session last wrote: the
    browser's Back/Forward button or an edited address (then the URL wins over the widgets)."""
    written = st.session_state.get("_url_written")
    if written is None:
        return False
    mine = {k: v for k, v in params.items() if k not in OWN_KEYS}
    return mine != written


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


def write_url(f: Filters, view: Mapping[str, str], keep: tuple[str, ...] = OWN_KEYS) -> None:
    """Put the filters and the non-default view choices in the URL (only when they changed); `keep` names
    parameters bound widgets own (the open tab)."""
    current = url_params()
    want = to_query(f) | {k: v for k, v in view.items() if v and v != VIEW_DEFAULTS.get(k)}
    before = st.session_state.get("_url_written")
    if before is not None and before != want:
        st.session_state.pop("url_notice", None)  # the reader changed the view: the old notice is stale
    st.session_state["_url_written"] = dict(want)
    for k in current:
        if k not in want and k not in keep:
            del st.query_params[k]
    for k, v in want.items():
        if current.get(k) != v:
            st.query_params[k] = v
