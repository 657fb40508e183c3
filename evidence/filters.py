"""Study filters: pure functions from a filter spec to the matching rows, kept serialisable for the URL."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

import pandas as pd


@dataclass(frozen=True)
class Filters:
    """What the user asked to see; an empty tuple means 'no restriction'."""

    routes: tuple[str, ...] = ()
    drugs: tuple[str, ...] = ()
    populations: tuple[str, ...] = ()
    designs: tuple[str, ...] = ()
    search: str = ""


def _any_in(values: pd.Series, wanted: tuple[str, ...]) -> pd.Series:
    want = set(wanted)
    return values.map(lambda v: bool(want.intersection(v)))


def apply_filters(studies: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """Rows of the studies table that match every active filter."""
    mask = pd.Series(True, index=studies.index)
    if f.routes:
        mask &= _any_in(studies["routes"], f.routes)
    if f.drugs:
        mask &= _any_in(studies["drugs"], f.drugs)
    if f.populations:
        mask &= _any_in(studies["population"], f.populations)
    if f.designs:
        mask &= studies["design"].isin(f.designs)
    if f.search.strip():
        needle = f.search.strip().lower()
        hay = studies["study_id"].str.lower() + " " + studies["title"].fillna("").str.lower()
        mask &= hay.str.contains(needle, regex=False)
    return studies[mask]


def to_query(f: Filters) -> dict[str, str]:
    """URL query parameters of a filter (comma-joined lists; empty ones left out)."""
    out: dict[str, str] = {}
    for fld in fields(f):
        v = getattr(f, fld.name)
        if isinstance(v, tuple) and v:
            out[fld.name] = ",".join(v)
        elif isinstance(v, str) and v:
            out[fld.name] = v
    return out


def from_query(params: Mapping[str, str], allowed: Mapping[str, tuple[str, ...]]) -> Filters:
    """Filters from URL query parameters; values outside the allowed choices are dropped, not trusted."""
    kwargs: dict[str, object] = {}
    for fld in fields(Filters):
        raw = params.get(fld.name)
        if raw is None:
            continue
        if fld.name == "search":
            kwargs["search"] = str(raw)[:200]
        else:
            choices = allowed.get(fld.name, ())
            kwargs[fld.name] = tuple(v for v in str(raw).split(",") if v in choices)
    return Filters(**kwargs)  # type: ignore[arg-type]
