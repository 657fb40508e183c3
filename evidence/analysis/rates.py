"""From efficacy rows to events/denominators per arm, per study and per timepoint window.

Rules (the same for every view and export):
- events/total come from n_events/n_total when both are given; when only a percent and n_total are given the
  events are reconstructed as round-half-up(percent * n_total / 100) and the row is flagged `derived`; a count
  value (unit count/participants) with n_total is used as is. A row without a denominator is never given one:
  it is kept, counted in `unpooled_rows`, and not pooled (`reason` says why).
- Comparison rows (is_comparison: differences, ratios) and reviews/meta-analyses are not rates of an arm.
- An arm's role comes from the arms table; an arm missing there is experimental when its drug is a ketamine form.
- One report per arm, outcome and visit: the build's reconciliation (evidence/reconcile.py) marks exactly one row
  `selected` by the source hierarchy (registry results > primary paper > secondary > conference > press), and
  only selected rows are read here; arms are identified across reports by `arm_key`.
- One timepoint per arm per window, the one nearest the window's anchor (see windows.py).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd
from pandas.api.typing import DataFrameGroupBy

from evidence import vocab
from evidence.analysis.groups import STUDIED_FORMS, is_secondary
from evidence.analysis.prepared import memo_by_study
from evidence.analysis.windows import NO_WINDOW, WINDOWS

RATE_MEASURES: tuple[str, ...] = vocab.RATE_MEASURES
_COUNT_PREFIXES = ("count", "participants", "patients")  # e.g. the registry's "participants (18%)"
_ANCHOR = {w.key: w.anchor_hours for w in WINDOWS}

ARM_EVENT_COLUMNS: list[str] = [
    "study_id", "arm_key", "arm_id", "arm_label", "role", "route", "drug", "measure", "timepoint_hours", "window",
    "events", "total", "derived", "poolable", "reason", "value", "unit", "source_kind", "source_tier", "verification",
    "provenance", "source_url",
]


def round_half_up(x: float) -> int:
    """Reconstructed counts round .5 up (Python's round() rounds half to even)."""
    return int(math.floor(x + 0.5))


def _floats(values: object, n: int) -> np.ndarray:
    return pd.to_numeric(pd.Series(values, dtype="object") if not isinstance(values, pd.Series) else values,
                         errors="coerce").astype("float64").to_numpy(na_value=np.nan)[:n]


def events_frame(n_events: pd.Series, n_total: pd.Series, value: pd.Series, unit: pd.Series) -> pd.DataFrame:
    """Column-wise events/total/derived/reason of reported rates (see the module docstring for the rules)."""
    n = len(n_total)
    ev, tot, val = _floats(n_events, n), _floats(n_total, n), _floats(value, n)
    units = pd.Series(unit, dtype="object").reset_index(drop=True)
    codes: np.ndarray
    uniq: pd.Index | np.ndarray
    if isinstance(getattr(unit, "dtype", None), pd.StringDtype):
        # A handful of distinct unit texts: normalise each once, spread back by code (all missing -> one code).
        codes, uniq = pd.factorize(units, use_na_sentinel=False)
    else:  # mixed objects (1 == 1.0 would share a code): one by one
        codes, uniq = np.arange(len(units)), units.to_numpy(dtype=object)
    norm = np.array(["" if x is None or x is pd.NA or (isinstance(x, float) and x != x) else str(x).strip().lower()
                     for x in uniq] + [""], dtype=object)  # trailing "" keeps the array 1-D and non-empty
    u = norm[codes]
    pct = u == "percent"
    cnt = np.array([x == "n" or x.startswith(_COUNT_PREFIXES) for x in norm], dtype=bool)[codes]
    no_tot = np.isnan(tot) | (tot <= 0)
    need = np.isnan(ev) & ~no_tot
    derived = need & pct & ~np.isnan(val) & (val >= 0) & (val <= 100)
    events = ev.copy()
    events[derived] = np.floor(val[derived] * tot[derived] / 100.0 + 0.5)
    from_count = need & cnt & ~np.isnan(val)
    events[from_count] = val[from_count]
    reason = np.full(n, "", dtype=object)
    reason[need & ~derived & ~from_count] = [
        "no value reported" if np.isnan(v) else "percent outside 0-100" if p else f"unit {x or 'missing'} is not a rate"
        for v, p, x in zip(val[need & ~derived & ~from_count], pct[need & ~derived & ~from_count],
                           u[need & ~derived & ~from_count], strict=True)]
    bad = ~no_tot & (reason == "") & ((events < 0) | (events > tot))
    reason[bad] = "events outside 0..total"
    reason[no_tot] = "no denominator reported"
    events[need & (reason != "") & ~bad] = np.nan
    tot = np.where(no_tot, np.nan, tot)
    return pd.DataFrame({"events": events, "total": tot, "derived": derived, "reason": reason})


def events_of(n_events: object, n_total: object, value: object, unit: object) -> tuple[float | None, float | None,
                                                                                         bool, str]:
    """(events, total, derived, reason) of one reported rate; reason is '' when the row can be pooled."""
    r = events_frame(pd.Series([n_events], dtype="object"), pd.Series([n_total], dtype="object"),
                     pd.Series([value], dtype="object"), pd.Series([unit], dtype="object")).iloc[0]
    ev, tot = r["events"], r["total"]
    return (None if np.isnan(ev) else float(ev), None if np.isnan(tot) else float(tot), bool(r["derived"]),
            str(r["reason"]))


def _opt_str(s: pd.Series) -> pd.Series:
    """A string column as object dtype with None for missing (cheap to group and join)."""
    if isinstance(s.dtype, pd.StringDtype):  # already str: one Arrow conversion instead of a Python loop
        # pandas takes na_value=None (missing as None); pandas-stubs only list non-None scalars
        return pd.Series(s.to_numpy(dtype=object, na_value=None), dtype="object")  # type: ignore[call-overload]
    return pd.Series([None if pd.isna(x) else str(x) for x in s], dtype="object")


def py_values(s: pd.Series) -> list:
    """The values iterating the column yields (missing stays NA/NaN), converted in one go: iterating an
    Arrow-backed column boxes one value per Python call."""
    return s.astype(object).tolist() if isinstance(s.dtype, pd.StringDtype) else s.tolist()


def windows_of(hours: pd.Series) -> list[str]:
    """window_of() of every timepoint, vectorised (same half-open bounds; missing/negative -> NO_WINDOW)."""
    h = pd.to_numeric(hours, errors="coerce").astype("float64").to_numpy(na_value=np.nan)
    keys = np.select([(h >= w.lo_hours) & (h < w.hi_hours) for w in WINDOWS], [w.key for w in WINDOWS],
                     default=NO_WINDOW)
    return keys.tolist()


def arm_events(tables: Mapping[str, pd.DataFrame], measure: str) -> pd.DataFrame:
    """Every arm-level rate row of one measure (primary studies only), with events/total/derived/window/role;
    built once per prepared selection (see prepared.py) and shared by the summary, forests and risk ratios."""
    return memo_by_study(tables, ("arm_events", measure), lambda t: _arm_events(t, measure), ("efficacy", "arms"))


def _arm_events(tables: Mapping[str, pd.DataFrame], measure: str) -> pd.DataFrame:
    eff = tables["efficacy"]
    eff = eff[(eff["measure"] == measure) & ~eff["is_comparison"].fillna(False).astype(bool)
              & eff["selected"].fillna(False).astype(bool)]
    secondary = is_secondary(tables["studies"])
    eff = eff[~eff["study_id"].astype(str).isin(set(secondary[secondary].index))].reset_index(drop=True)
    if eff.empty:
        return pd.DataFrame(columns=ARM_EVENT_COLUMNS)
    ev = events_frame(eff["n_events"], eff["n_total"], eff["value"], eff["unit"])
    out = pd.DataFrame({
        "study_id": eff["study_id"].astype(str).astype(object), "arm_id": _opt_str(eff["arm_id"]),
        "arm_label": _opt_str(eff["arm_label"]), "route": eff["route"].astype(str).astype(object),
        "drug": eff["drug"].astype(str).astype(object), "measure": measure,
        "timepoint_hours": pd.to_numeric(eff["timepoint_hours"], errors="coerce").astype("float64"),
        "events": ev["events"], "total": ev["total"], "derived": ev["derived"], "poolable": ev["reason"] == "",
        "reason": ev["reason"], "value": pd.to_numeric(eff["value"], errors="coerce").astype("float64"),
        "unit": _opt_str(eff["unit"]), "source_kind": eff["source_kind"].astype(str).astype(object),
        "source_tier": eff["source_tier"].astype(str).astype(object),
        "verification": eff["verification"].astype(str).astype(object),
        "provenance": eff["provenance"].astype(str).astype(object), "source_url": _opt_str(eff["source_url"]),
    })
    out["arm_key"] = _opt_str(eff["arm_key"]).fillna(out["arm_id"]).fillna(out["arm_label"]).fillna("")
    out["window"] = windows_of(out["timepoint_hours"])
    arms = tables["arms"]
    roles = pd.DataFrame({"study_id": arms["study_id"].astype(str).astype(object),
                          "arm_id": arms["arm_id"].astype(str).astype(object),
                          "role": arms["role"].astype(str).astype(object)}).drop_duplicates(["study_id", "arm_id"])
    out = out.merge(roles.rename(columns={"arm_id": "arm_key"}), on=["study_id", "arm_key"], how="left")
    fallback = np.where(out["drug"].isin(STUDIED_FORMS), "experimental", "comparator")
    out["role"] = out["role"].where(out["role"].notna(), pd.Series(fallback, index=out.index, dtype="object"))
    out = out[ARM_EVENT_COLUMNS]
    # The build selected one report per arm and visit; two selected rows of one arm at one timepoint would be a
    # reconciliation bug, and the better-graded one is kept rather than both counted.
    out["_rank"] = (out["source_tier"].map(vocab.TIER_RANK).fillna(9) * 10 + (~out["poolable"]).astype(int))
    out["_tp"] = out["timepoint_hours"].fillna(-1.0)
    out = out.sort_values(["study_id", "arm_key", "_tp", "_rank"], kind="stable")
    out = out.drop_duplicates(["study_id", "arm_key", "_tp"], keep="first")
    return out.drop(columns=["_rank", "_tp"]).reset_index(drop=True)


def group_codes(gb: DataFrameGroupBy) -> np.ndarray:
    """Each row's group number in the order `gb.agg(...)` returns groups (-1 for a row with a missing key)."""
    return gb.ngroup().fillna(-1).to_numpy().astype(np.int64)


def join_groups(codes: np.ndarray, values: pd.Series, n_groups: int, sep: str) -> list[str]:
    """Distinct non-empty texts of `values` per group (codes from group_codes), joined in row order: a groupby
    string join without one Python call per group (a group with a single distinct text needs no join)."""
    # Texts are tested once per distinct value (factorize), not once per row; missing values get code -1.
    tcode, factorized = pd.factorize(values)
    distinct = np.asarray(py_values(pd.Series(factorized)) + [None], dtype=object)[:-1]  # None: stays 1-D object
    text_ok = np.array([isinstance(v, str) and v != "" for v in distinct] + [False], dtype=bool)
    ok = (codes >= 0) & text_ok[tcode]  # code -1 (missing) reads the trailing False
    out = np.full(n_groups, "", dtype=object)
    if not ok.any():
        return out.tolist()
    c, tcode = codes[ok], tcode[ok]
    uniq = distinct
    _, first = np.unique(c * len(uniq) + tcode, return_index=True)  # first row of each (group, text)
    first.sort()
    c, tcode = c[first], tcode[first]
    single = np.bincount(c, minlength=n_groups)[c] == 1
    out[c[single]] = uniq[tcode[single]]
    acc: dict[int, list[str]] = {}
    for g, t in zip(c[~single].tolist(), tcode[~single].tolist(), strict=True):
        acc.setdefault(g, []).append(uniq[t])
    for g, texts in acc.items():
        out[g] = sep.join(texts)
    return out.tolist()


def pick_per_window(arm_rows: pd.DataFrame) -> pd.DataFrame:
    """Keep one poolable timepoint per arm per window: nearest the window's anchor, the earlier on a tie."""
    ok = arm_rows[arm_rows["poolable"] & (arm_rows["window"] != NO_WINDOW)].copy()
    if ok.empty:
        return ok
    ok["_dist"] = (ok["timepoint_hours"] - ok["window"].map(_ANCHOR)).abs()
    keys = (["group"] if "group" in ok.columns else []) + ["study_id", "arm_key", "window"]
    ok = ok.sort_values([*keys, "_dist", "timepoint_hours"], kind="stable")
    return ok.drop_duplicates(keys, keep="first").drop(columns="_dist")


def study_rates(arm_rows: pd.DataFrame) -> pd.DataFrame:
    """Experimental ketamine-form arms summed per (group, window, study): the single-arm rate inputs.

    Arms of one study are different people, so their events and totals add (Cochrane's way of combining arms).
    Needs a `group` column (see groups.row_groups).
    """
    exp = arm_rows[(arm_rows["role"] == "experimental") & arm_rows["drug"].isin(STUDIED_FORMS)]
    picked = pick_per_window(exp)
    cols = ["group", "window", "study_id", "events", "total", "derived", "arms", "timepoints", "provenance",
            "source_url", "source_tier", "verification"]
    if picked.empty:
        return pd.DataFrame(columns=cols)
    keys = ["group", "window", "study_id"]
    gb = picked.groupby(keys, sort=True)
    agg = gb.agg(events=("events", "sum"), total=("total", "sum"), derived=("derived", "any"))
    codes = group_codes(gb)
    for col, src, sep in (("arms", "arm_label", "; "), ("provenance", "provenance", " | "),
                          ("source_url", "source_url", " "), ("source_tier", "source_tier", "; "),
                          ("verification", "verification", "; ")):
        agg[col] = join_groups(codes, picked[src], len(agg), sep)
    hcode, hours = pd.factorize(picked["timepoint_hours"], use_na_sentinel=False)  # format each distinct once
    labels = np.array([f"{h:g}" for h in hours] + [""], dtype=object)[:-1]
    tps = join_groups(codes, pd.Series(labels[hcode], dtype=object), len(agg), ", ")
    agg["timepoints"] = [", ".join(sorted(t.split(", "), key=float)) if ", " in t else t for t in tps]
    return agg.reset_index()[cols]
