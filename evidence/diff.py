"""What changed between two snapshots: studies added/removed, status changes, newly posted results, changed numbers."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

DIFF_COLUMNS = ["change", "study_id", "field", "old", "new", "detail"]
# Study fields whose change a living review wants to see.
STUDY_FIELDS = ("status", "phase", "enrollment", "title", "design", "has_results", "routes", "drugs", "population")
_VALUE_KEYS = {
    "efficacy": ("study_id", "arm_id", "arm_label", "measure", "scale", "param_type", "timepoint_hours", "unit",
                 "source_kind"),
    "adverse_events": ("study_id", "arm_id", "arm_label", "term", "serious", "source_kind"),
}
_VALUE_FIELDS = {
    "efficacy": ("value", "n_events", "n_total"),
    "adverse_events": ("n_affected", "n_at_risk", "percent"),
}


def _norm(v: object) -> object:
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return None
    if isinstance(v, (list, tuple, np.ndarray)):
        return tuple(sorted(str(x) for x in list(v)))
    return v.item() if isinstance(v, np.generic) else v


def _show(v: object) -> str:
    v = _norm(v)
    if v is None:
        return ""
    if isinstance(v, tuple):
        return ", ".join(v)
    return str(v)


def _row(change: str, study_id: str, field: str = "", old: object = None, new: object = None,
         detail: str = "") -> dict[str, str]:
    return {"change": change, "study_id": study_id, "field": field, "old": _show(old), "new": _show(new),
            "detail": detail}


def diff_studies(old: pd.DataFrame, new: pd.DataFrame) -> list[dict[str, str]]:
    """Studies added, removed, and changed in the fields a reader follows."""
    o = old.set_index("study_id")
    n = new.set_index("study_id")
    out = []
    for sid in sorted(set(n.index) - set(o.index)):
        out.append(_row("study_added", sid, detail=str(_show(n.loc[sid, "title"]))))
    for sid in sorted(set(o.index) - set(n.index)):
        out.append(_row("study_removed", sid, detail=str(_show(o.loc[sid, "title"]))))
    for sid in sorted(set(o.index) & set(n.index)):
        for field in STUDY_FIELDS:
            a, b = _norm(o.loc[sid, field]), _norm(n.loc[sid, field])
            if a == b:
                continue
            kind = "status_changed" if field == "status" else "study_changed"
            if field == "has_results" and b is True:
                kind = "results_posted"
            out.append(_row(kind, sid, field, a, b))
    return out


def _keyed(df: pd.DataFrame, table: str) -> dict[tuple[object, ...], list[tuple[object, ...]]]:
    keys, fields = _VALUE_KEYS[table], _VALUE_FIELDS[table]
    out: dict[tuple[object, ...], list[tuple[object, ...]]] = {}
    for r in df.to_dict("records"):
        out.setdefault(tuple(_norm(r[k]) for k in keys), []).append(tuple(_norm(r[f]) for f in fields))
    return out


def diff_values(old: pd.DataFrame, new: pd.DataFrame, table: str) -> list[dict[str, str]]:
    """Numbers added, removed or changed, matched on what they measure (study, arm, measure, time, source)."""
    a, b = _keyed(old, table), _keyed(new, table)
    keys, fields = _VALUE_KEYS[table], _VALUE_FIELDS[table]
    studies_with_new_results = {k[0] for k in set(b) - set(a)} - {k[0] for k in a}
    out = []
    for key in sorted(set(a) | set(b), key=lambda k: tuple(_show(x) for x in k)):
        before, after = sorted(a.get(key, []), key=str), sorted(b.get(key, []), key=str)
        if before == after:
            continue
        what = " / ".join(f"{k}={_show(v)}" for k, v in zip(keys[1:], key[1:], strict=True) if _norm(v) is not None)
        sid = str(key[0])
        if len(before) == 1 and len(after) == 1:
            for f, x, y in zip(fields, before[0], after[0], strict=True):
                if x != y:
                    out.append(_row("value_changed", sid, f"{table}.{f}", x, y, what))
            continue
        kind = "results_posted" if sid in studies_with_new_results else "value_added"
        for vals in [v for v in after if v not in before]:
            out.append(_row(kind, sid, table, None, dict(zip(fields, vals, strict=True)), what))
        for vals in [v for v in before if v not in after]:
            out.append(_row("value_removed", sid, table, dict(zip(fields, vals, strict=True)), None, what))
    return out


def diff_snapshots(old: Mapping[str, pd.DataFrame], new: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Every change from one snapshot's tables to another's, one row per change."""
    rows = diff_studies(old["studies"], new["studies"])
    for table in ("efficacy", "adverse_events"):
        rows.extend(diff_values(old[table], new[table], table))
    return pd.DataFrame(rows, columns=DIFF_COLUMNS)
