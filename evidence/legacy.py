"""Tables written before a column existed: derive the column from what the older build wrote (pure).

Archived snapshots (data/snapshots/, read by `diff` and the Changes view) and tables built by an older version lack
the columns added since. Each added column is derived here, once, from the text the older build put in its place,
so an old table reads with the same meaning (a registry group total is still never counted as an event term).
Nothing else parses that text.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from evidence import schema

_GROUP_TOTAL_NOTE = "group total row"  # how evidence/parse/ctgov_adverse.py marked a group total before the column


def _is_group_total(df: pd.DataFrame) -> pd.Series:
    return df["notes"].astype("string").fillna("").str.contains(_GROUP_TOTAL_NOTE, regex=False)


def _status(text: object) -> str | None:
    if text is None or text is pd.NA or (isinstance(text, float) and text != text):
        return None
    t = str(text).lower()
    if t.startswith("rejected"):
        return "rejected"
    if t.startswith("not matched"):
        return "unmatched"
    return "conflict" if "conflict" in t else "agree"


def _cross_check_status(df: pd.DataFrame) -> pd.Series:
    return pd.Series([_status(v) for v in df["cross_check"]], index=df.index, dtype="string")


def _field_conflicts(df: pd.DataFrame) -> pd.Series:
    notes = df["notes"].astype("object")
    return pd.Series([[n for n in str(v).split(" | ") if n.startswith("conflict in ")] if isinstance(v, str) else []
                      for v in notes], index=df.index, dtype="object")


# (table, added column) -> how to derive it from an older table's columns
DERIVED: dict[tuple[str, str], Callable[[pd.DataFrame], pd.Series]] = {
    ("adverse_events", "is_group_total"): _is_group_total,
    ("efficacy", "cross_check_status"): _cross_check_status,
    ("adverse_events", "cross_check_status"): _cross_check_status,
    ("studies", "field_conflicts"): _field_conflicts,
}


def upgrade(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """`df` with every column added since it was written derived from the older columns (others untouched)."""
    add = {col: derive(df) for (t, col), derive in DERIVED.items() if t == table and col not in df.columns}
    if not add:
        return df
    df = df.assign(**add)
    order = [c for c in schema.columns(table) if c in df.columns]
    return df[order + [c for c in df.columns if c not in order]]
