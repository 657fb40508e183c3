"""'Dissociation and raised blood pressure are the main side effects': harms ranked against the comparator.

Within each controlled trial that reports a category for both its ketamine arm(s) and its comparator arm(s), the
risk difference (ketamine minus comparator: the placebo-subtracted incidence) is computed; per route the trials are
combined with the Mantel-Haenszel risk difference (Greenland-Robins CI). Only inactive comparators count (placebo,
saline, midazolam as active placebo): a difference against ECT or another drug is not a placebo-subtracted harm, so
such trials are listed as not counted. Categories are ranked by that difference;
the absolute incidence in the ketamine arms of the same trials stands beside it. Serious events are ranked apart.
Per arm and category the largest count of the category's terms is used (one person may report several terms).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from evidence import vocab
from evidence.analysis.rates import py_values
from evidence.claims.arms import arm_frame, rd_mh, sides
from evidence.claims.model import (
    COUNTED,
    NO_EVIDENCE,
    NOT_COUNTED,
    NOT_ESTABLISHED,
    PARTLY,
    SUPPORTED,
    ClaimInputs,
    ClaimResult,
    Row,
    records,
    rows_frame,
)

INACTIVE = vocab.INACTIVE_CONTROLS
MAX_IDS = 50  # trials named in one pooled row (a pooled row of thousands of trials names the first 50)
RD_COLUMNS = ["route", "category", "serious", "k", "rd", "ci_low", "ci_high", "events", "total", "events_ctl",
              "total_ctl", "rank", "of", "study_ids", "arms", "row_ids"]


@dataclass(frozen=True)
class RiskDifference:
    """One row of risk_differences(): a route's adverse-event category, ketamine minus comparator arms (M-H)."""

    route: str
    category: str
    serious: bool
    k: int
    rd: float
    ci_low: float
    ci_high: float
    events: float
    total: float
    events_ctl: float
    total_ctl: float
    rank: int
    of: int
    study_ids: str
    arms: str
    row_ids: str


def rd_records(rd: pd.DataFrame) -> list[RiskDifference]:
    """The typed rows of a risk_differences() frame."""
    return [RiskDifference(*t) for t in rd[RD_COLUMNS].itertuples(index=False, name=None)]


def harm_pairs(x: ClaimInputs, serious: bool) -> pd.DataFrame:
    """Per (route, category, trial): ketamine arms vs comparator arms of the same trial, summed (column-wise)."""
    return x.cached(("harm_pairs", serious), lambda: _harm_pairs(x, serious))


def _harm_pairs(x: ClaimInputs, serious: bool) -> pd.DataFrame:
    ae = x.tables["adverse_events"]
    mask = (~ae["is_group_total"].fillna(False).astype(bool).to_numpy(dtype=bool)
            & (ae["category"] != "other").to_numpy(dtype=bool)
            & (ae["serious"].fillna(False).astype(bool) == serious).to_numpy(dtype=bool))
    rows = arm_frame(x, "adverse_events", mask, ("category",))
    cols = ["route", "category", "study_id", "a", "n1", "c", "n2", "arms", "row_ids", "comparator"]
    if rows.empty:
        return pd.DataFrame(columns=cols)
    rows = rows[rows["events"].notna() & rows["total"].notna()]
    # One count per arm and category: the largest of its terms (one person may report several terms).
    rows = rows.sort_values("events", ascending=False, kind="stable").drop_duplicates(
        ["study_id", "category", "arm_key"])
    ket = sides(rows[rows["is_ketamine"] & (rows["role"] == "experimental")], ["study_id", "category", "route"])
    ctl_rows = rows[rows["role"] == "comparator"]
    ctl = sides(ctl_rows, ["study_id", "category"])
    if ket.empty or ctl.empty:
        return pd.DataFrame(columns=cols)
    comparator = _comparator_class(x, ctl_rows)
    ctl["comparator"] = [comparator.get(s, "unknown") for s in py_values(ctl["study_id"])]
    m = ket.merge(ctl, on=["study_id", "category"], suffixes=("", "_ctl"))
    out = pd.DataFrame({
        "route": m["route"], "category": m["category"], "study_id": m["study_id"], "a": m["events"].astype(float),
        "n1": m["total"].astype(float), "c": m["events_ctl"].astype(float), "n2": m["total_ctl"].astype(float),
        "arms": m["arms"] + " vs " + m["arms_ctl"], "row_ids": m["row_ids"] + ", " + m["row_ids_ctl"],
        "comparator": m["comparator"]}, columns=cols)
    return out.sort_values(["study_id", "category", "route"], kind="stable").reset_index(drop=True)


def _comparator_class(x: ClaimInputs, ctl_rows: pd.DataFrame) -> dict[str, str]:
    """Per study, the class of its comparator arms (from their labels; the study's comparator class when a label
    says nothing)."""
    labels = ctl_rows[["study_id", "arm_label"]].drop_duplicates()
    cls = {lab: vocab.classify_comparator(lab) for lab in labels["arm_label"].unique()}
    st = x.tables["studies"]
    study_cls = dict(zip(st["study_id"].astype(str).tolist(), st["comparator_class"].astype(str).tolist(),
                         strict=True))
    out: dict[str, set[str]] = {}
    for sid, lab in zip(py_values(labels["study_id"]), py_values(labels["arm_label"]), strict=True):
        c = cls[lab]
        out.setdefault(sid, set()).add(study_cls.get(sid, "unknown") if c == "unknown" else c)
    return {sid: ", ".join(sorted(v)) for sid, v in out.items()}


def inactive_only(comparator: pd.Series) -> np.ndarray:
    """Per pair: is every comparator class of its trial inactive (placebo, saline, midazolam)? Each distinct text is
    tested once (hundreds of thousands of pairs share a handful of texts)."""
    codes, uniq = pd.factorize(comparator, use_na_sentinel=False)
    ok = np.array([set(c.split(", ")) <= set(INACTIVE) for c in uniq] + [False], dtype=bool)
    return ok[codes] if len(codes) else np.zeros(0, dtype=bool)


def active_comparator_trials(x: ClaimInputs) -> pd.DataFrame:
    """Trials whose harms are compared with an active treatment (ECT, another drug): not placebo-subtracted."""
    pairs = harm_pairs(x, False)
    active = pairs[~inactive_only(pairs["comparator"])] if len(pairs) else pairs
    return active.drop_duplicates(["route", "study_id"])


def risk_differences(x: ClaimInputs, serious: bool = False) -> pd.DataFrame:
    """Per route and category: MH risk difference vs comparator, its CI, the raw counts, and its rank in the route."""
    pairs = harm_pairs(x, serious)
    if len(pairs):
        pairs = pairs[inactive_only(pairs["comparator"])]
    out = []
    for (route, cat), g in pairs.groupby(["route", "category"], sort=True):
        rd, lo, hi = rd_mh(list(zip(g["a"], g["n1"], g["c"], g["n2"], strict=True)))
        out.append({"route": route, "category": cat, "serious": serious, "k": len(g), "rd": rd, "ci_low": lo,
                    "ci_high": hi, "events": g["a"].sum(), "total": g["n1"].sum(), "events_ctl": g["c"].sum(),
                    "total_ctl": g["n2"].sum(), "study_ids": ";".join(g["study_id"].head(MAX_IDS)),
                    "arms": " | ".join(g["arms"].head(MAX_IDS)), "row_ids": ", ".join(g["row_ids"].head(MAX_IDS))
                    + (f" (+{len(g) - MAX_IDS} trials)" if len(g) > MAX_IDS else "")})
    df = pd.DataFrame(out, columns=[c for c in RD_COLUMNS if c not in ("rank", "of")])
    if df.empty:
        return pd.DataFrame(columns=RD_COLUMNS)
    df = df.sort_values(["route", "rd"], ascending=[True, False], kind="stable").reset_index(drop=True)
    df["rank"] = df.groupby("route").cumcount() + 1
    df["of"] = df.groupby("route")["category"].transform("size")
    return df[RD_COLUMNS]


def _points(v: float) -> str:
    return f"{100 * v:+.1f}"


def _row(r: RiskDifference, labels: str) -> Row:
    return Row(f"rd:{'serious:' if r.serious else ''}{r.route}:{r.category}",
               str(r.study_ids).split(";")[0] if r.k == 1 else None,
               f"{labels}{r.route}: {r.category} (rank {r.rank} of {r.of} by risk difference)",
               f"{_points(r.rd)} points vs comparator (95% CI {_points(r.ci_low)} to {_points(r.ci_high)}, "
               f"k={r.k}: {r.study_ids}); ketamine {r.events:g}/{r.total:g} = "
               f"{100 * r.events / r.total:.1f}%, comparator {r.events_ctl:g}/{r.total_ctl:g} = "
               f"{100 * r.events_ctl / r.total_ctl:.1f}%; rows {r.row_ids}",
               COUNTED, str(r.arms))


def main_side_effects(x: ClaimInputs) -> ClaimResult:
    """Is dissociation (and raised blood pressure) the largest placebo-subtracted harm in each route?"""
    rd = risk_differences(x, serious=False)
    serious = risk_differences(x, serious=True)
    active = [Row(f"study:{r['study_id']}", r["study_id"], f"not counted: harms compared with an active treatment "
                  f"({r['comparator']}), not placebo-subtracted ({r['route']})", "", NOT_COUNTED, r["arms"])
              for r in records(active_comparator_trials(x))]
    if rd.empty:
        extra = f" {len(active)} trial(s) compare harms with an active treatment only." if active else ""
        return ClaimResult("main_side_effects", "", NO_EVIDENCE,
                           "No trial in this selection reports an adverse-event category for both a ketamine arm and "
                           "its placebo (or midazolam) arm." + extra,
                           rows_frame(active, x.tables["studies"]),
                           ["absolute incidence without a comparator cannot say which harms the drug causes"])
    ev = [_row(r, "") for r in rd_records(rd)] + [_row(r, "serious — ") for r in rd_records(serious)]
    ev += active
    parts, ok_d, ok_b, n = [], 0, 0, 0
    for route, g in rd.groupby("route", sort=True):
        n += 1
        rank = dict(zip(g["category"], g["rank"], strict=True))
        diss = g[g["category"] == "dissociation"]
        bp = g[g["category"] == "blood_pressure_increase"]
        top = g.iloc[0]
        text = f"{route}: largest is {top['category']} ({_points(top['rd'])} points)"
        text += (f", dissociation {_points(diss['rd'].iloc[0])} (rank {rank['dissociation']} of {len(g)})"
                 if len(diss) else ", dissociation not reported for both arms")
        text += (f", raised blood pressure {_points(bp['rd'].iloc[0])} (rank {rank['blood_pressure_increase']})"
                 if len(bp) else ", raised blood pressure not reported for both arms")
        parts.append(text)
        ok_d += int(rank.get("dissociation") == 1)
        ok_b += int(rank.get("blood_pressure_increase", 99) <= 3)
    summary = "Ranked by risk difference vs placebo (or midazolam) in the same trials — " + "; ".join(parts) + "."
    summary += (f" Serious events: {len(serious)} category-route pair(s) with both arms reported."
                if len(serious) else " Serious events: none reported for both arms.")
    caveats = ["risk differences come only from trials that report the category for both arms; trials count events "
               "differently (e.g. 'dissociation' adverse events vs CADSS scores)"]
    if ok_d == n and ok_b == n and int(rd["k"].max()) >= 3:
        verdict = SUPPORTED
    elif ok_d or ok_b:
        verdict = PARTLY
        if ok_d and ok_b < n:
            caveats.append("dissociation is the largest placebo-subtracted harm, raised blood pressure is not among "
                           "the three largest in every route")
    else:
        verdict = NOT_ESTABLISHED
    if int(rd["k"].max()) < 3:
        caveats.append("every risk difference rests on fewer than 3 trials")
    return ClaimResult("main_side_effects", "", verdict, summary, rows_frame(ev, x.tables["studies"]), caveats)
