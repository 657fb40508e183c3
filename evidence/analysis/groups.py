"""Which group (route, population, drug or design) a study or a row belongs to, for by-group summaries."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from evidence import vocab

GROUP_BY: tuple[str, ...] = vocab.GROUP_BY
KETAMINE_FORMS: frozenset[str] = frozenset(vocab.KETAMINE_FORMS)
# Arms of these drugs are the studied treatment; the build files any drug outside the profile as "other", so under the
# ketamine profile these are the ketamine forms and under the psilocybin profile psilocybin.
STUDIED_FORMS: frozenset[str] = frozenset(vocab.STUDIED_DRUGS)
UNSPECIFIED = "unspecified"

# Study-level list column behind each grouping; route and drug rows carry their own value instead.
_STUDY_COLUMN = {"route": "routes", "population": "population", "drug": "drugs", "design": "design"}
_ORDER = {
    "route": vocab.ROUTES,
    "population": vocab.POPULATIONS,
    "drug": vocab.DRUGS,
    "design": vocab.DESIGNS,
}


def check_by(by: str) -> str:
    """Validate a grouping name; ValueError lists the allowed ones."""
    if by not in GROUP_BY:
        raise ValueError(f"cannot group by {by!r}; use one of {list(GROUP_BY)}")
    return by


def group_order(by: str, groups: list[str]) -> list[str]:
    """Groups in vocabulary order (unknown values, e.g. 'unspecified', last)."""
    order = {g: i for i, g in enumerate(_ORDER[by])}
    return sorted(groups, key=lambda g: (order.get(g, len(order)), g))


def _as_list(v: object) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    if not isinstance(v, Iterable):
        return []
    try:
        return [str(x) for x in v]
    except TypeError:
        return []


def _values(s: pd.Series) -> list:
    """What iterating the column yields, converted in one go (Arrow strings box one value per Python call)."""
    return s.astype(object).tolist() if isinstance(s.dtype, pd.StringDtype) else s.tolist()


def is_secondary(studies: pd.DataFrame) -> pd.Series:
    """Reviews and meta-analyses (never pooled with trials), by study_id."""
    flag = studies["is_secondary"].fillna(False).astype(bool) | studies["design"].isin(vocab.SECONDARY_DESIGNS)
    return pd.Series(flag.to_numpy(), index=studies["study_id"].astype(str).to_numpy())


def is_ketamine_study(studies: pd.DataFrame) -> pd.Series:
    """Studies whose drugs include a studied form (off-topic records stay in the tables but not in summaries)."""
    flag = [bool(STUDIED_FORMS & set(_as_list(v))) for v in _values(studies["drugs"])]
    return pd.Series(flag, index=studies["study_id"].astype(str).to_numpy())


def study_groups(studies: pd.DataFrame, by: str) -> pd.DataFrame:
    """One row per (study_id, group); list attributes are exploded, empty ones become 'unspecified'."""
    check_by(by)
    col = _STUDY_COLUMN[by]
    rows: list[tuple[str, str]] = []
    for sid, v in zip(_values(studies["study_id"].astype(str)), _values(studies[col]), strict=True):
        values = _as_list(v) if col != "design" else [str(v)]
        if by == "drug":
            values = [d for d in values if d in STUDIED_FORMS] or values
        for g in values or [UNSPECIFIED]:
            rows.append((sid, g))
    return pd.DataFrame(rows, columns=["study_id", "group"]).drop_duplicates(ignore_index=True)


def row_groups(rows: pd.DataFrame, studies: pd.DataFrame, by: str) -> pd.DataFrame:
    """Attach a `group` column to row-level data (efficacy/AE): own route/drug, or the study's population/design.

    A row of a study tagged with two populations appears once under each.
    """
    check_by(by)
    if by in ("route", "drug"):
        out = rows.copy()
        out["group"] = out[by].astype("string").fillna(UNSPECIFIED).astype(str)
        return out
    keys = study_groups(studies, by)
    out = rows.merge(keys, on="study_id", how="left")
    out["group"] = out["group"].fillna(UNSPECIFIED).astype(str)
    return out
