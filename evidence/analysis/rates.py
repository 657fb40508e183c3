"""From efficacy rows to events/denominators per arm, per study and per timepoint window.

Rules (the same for every view and export):
- events/total come from n_events/n_total when both are given; when only a percent and n_total are given the
  events are reconstructed as round-half-up(percent * n_total / 100) and the row is flagged `derived`; a count
  value (unit count/participants) with n_total is used as is. A row without a denominator is never given one:
  it is kept, counted in `unpooled_rows`, and not pooled (`reason` says why).
- Comparison rows (is_comparison: differences, ratios) and reviews/meta-analyses are not rates of an arm.
- An arm's role comes from the arms table; an arm missing there is experimental when its drug is a ketamine form.
- Duplicate reports of one arm at one timepoint (registry + paper + curated) keep the best source:
  curated > registry_results > abstract, then verified > auto > uncertain, then observed over derived.
- One timepoint per arm per window, the one nearest the window's anchor (see windows.py).
"""

from __future__ import annotations

import math

import pandas as pd

from evidence.analysis.groups import KETAMINE_FORMS, is_secondary
from evidence.analysis.windows import NO_WINDOW, WINDOWS, window_of

RATE_MEASURES: tuple[str, ...] = ("response", "remission", "relapse")
_COUNT_UNITS = ("count", "participants", "n")
_SOURCE_RANK = {"curated": 0, "registry_results": 1, "abstract": 2}
_CONF_RANK = {"verified": 0, "auto": 1, "uncertain": 2}
_ANCHOR = {w.key: w.anchor_hours for w in WINDOWS}

ARM_EVENT_COLUMNS: list[str] = [
    "study_id", "arm_key", "arm_id", "arm_label", "role", "route", "drug", "measure", "timepoint_hours", "window",
    "events", "total", "derived", "poolable", "reason", "value", "unit", "source_kind", "confidence", "provenance",
    "source_url",
]


def round_half_up(x: float) -> int:
    """Reconstructed counts round .5 up (Python's round() rounds half to even)."""
    return int(math.floor(x + 0.5))


def _num(v: object) -> float | None:
    if v is None or v is pd.NA:
        return None
    try:
        f = float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def events_of(n_events: object, n_total: object, value: object, unit: object) -> tuple[float | None, float | None,
                                                                                         bool, str]:
    """(events, total, derived, reason) of one reported rate; reason is '' when the row can be pooled."""
    ev, tot, val = _num(n_events), _num(n_total), _num(value)
    u = "" if unit is None or unit is pd.NA else str(unit).strip().lower()
    derived = False
    if tot is None or tot <= 0:
        return ev, None, False, "no denominator reported"
    if ev is None:
        if val is None:
            return None, tot, False, "no value reported"
        if u == "percent":
            if not 0 <= val <= 100:
                return None, tot, False, "percent outside 0-100"
            ev, derived = float(round_half_up(val * tot / 100.0)), True
        elif u.startswith(_COUNT_UNITS):
            ev = val
        else:
            return None, tot, False, f"unit {u or 'missing'} is not a rate"
    if ev < 0 or ev > tot:
        return ev, tot, derived, "events outside 0..total"
    return ev, tot, derived, ""


def arm_events(tables: dict[str, pd.DataFrame], measure: str) -> pd.DataFrame:
    """Every arm-level rate row of one measure (primary studies only), with events/total/derived/window/role."""
    eff = tables["efficacy"]
    eff = eff[(eff["measure"] == measure) & ~eff["is_comparison"].fillna(False).astype(bool)]
    secondary = is_secondary(tables["studies"])
    sec_ids = set(secondary[secondary].index)
    eff = eff[~eff["study_id"].astype(str).isin(sec_ids)]
    roles = {(str(s), str(a)): str(r) for s, a, r in
             zip(tables["arms"]["study_id"], tables["arms"]["arm_id"], tables["arms"]["role"], strict=True)}
    rows = []
    for r in eff.itertuples(index=False):
        ev, tot, derived, reason = events_of(r.n_events, r.n_total, r.value, r.unit)
        sid = str(r.study_id)
        arm_id = None if pd.isna(r.arm_id) else str(r.arm_id)
        label = None if pd.isna(r.arm_label) else str(r.arm_label)
        drug = str(r.drug)
        role = roles.get((sid, arm_id or ""), "experimental" if drug in KETAMINE_FORMS else "comparator")
        hours = _num(r.timepoint_hours)
        rows.append({
            "study_id": sid, "arm_key": arm_id or label or "", "arm_id": arm_id, "arm_label": label, "role": role,
            "route": str(r.route), "drug": drug, "measure": measure, "timepoint_hours": hours,
            "window": window_of(hours), "events": ev, "total": tot, "derived": derived, "poolable": reason == "",
            "reason": reason, "value": _num(r.value), "unit": None if pd.isna(r.unit) else str(r.unit),
            "source_kind": str(r.source_kind), "confidence": str(r.confidence), "provenance": str(r.provenance),
            "source_url": None if pd.isna(r.source_url) else str(r.source_url),
        })
    out = pd.DataFrame(rows, columns=ARM_EVENT_COLUMNS)
    if out.empty:
        return out
    out["_rank"] = (out["source_kind"].map(_SOURCE_RANK).fillna(9) * 100 + out["confidence"].map(_CONF_RANK).fillna(9)
                    * 10 + out["derived"].astype(int) + (~out["poolable"]).astype(int) * 1000)
    out["_tp"] = out["timepoint_hours"].fillna(-1.0)
    out = out.sort_values(["study_id", "arm_key", "_tp", "_rank"], kind="stable")
    out = out.drop_duplicates(["study_id", "arm_key", "_tp"], keep="first")
    return out.drop(columns=["_rank", "_tp"]).reset_index(drop=True)


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
    exp = arm_rows[(arm_rows["role"] == "experimental") & arm_rows["drug"].isin(KETAMINE_FORMS)]
    picked = pick_per_window(exp)
    cols = ["group", "window", "study_id", "events", "total", "derived", "arms", "timepoints", "provenance",
            "source_url"]
    if picked.empty:
        return pd.DataFrame(columns=cols)
    agg = picked.groupby(["group", "window", "study_id"], sort=True).agg(
        events=("events", "sum"), total=("total", "sum"), derived=("derived", "any"),
        arms=("arm_label", lambda s: "; ".join(str(x) for x in s if x)),
        timepoints=("timepoint_hours", lambda s: ", ".join(f"{x:g}" for x in sorted(set(s)))),
        provenance=("provenance", lambda s: " | ".join(dict.fromkeys(str(x) for x in s))),
        source_url=("source_url", lambda s: " ".join(dict.fromkeys(str(x) for x in s if x))),
    )
    return agg.reset_index()[cols]
