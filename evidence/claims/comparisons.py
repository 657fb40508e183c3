"""'IV or IM ketamine is stronger than the nasal spray': direction-aware comparisons of routes.

Direct evidence: a randomised trial (parallel or crossover) with ketamine-form arms of both routes and depression
response reported for both at the same visit; its risk ratio (side A vs side B) has a direction and a 95% CI.
Sequential, single-arm, open-label or observational studies with both routes are listed but never counted as
head-to-head. Without direct evidence, an indirect comparison through the common comparator: the ratio of the two
routes' pooled risk ratios against their own control arms (Bucher), labelled "indirect", with its CI; it inherits
every difference between the trials (population, comparator, dose, visit).
"""

from __future__ import annotations

import math

import pandas as pd

from evidence.claims.arms import Z, arm_frame, risk_ratio, side, study_labels
from evidence.claims.model import (
    CONTEXT,
    COUNTED,
    NO_EVIDENCE,
    NOT_COUNTED,
    NOT_ESTABLISHED,
    PARTLY,
    RANDOMISED,
    SUPPORTED,
    ClaimInputs,
    ClaimResult,
    Row,
    records,
    rows_frame,
)

SIDE_A = ("intravenous", "intramuscular")
SIDE_B = ("intranasal",)
DIRECT_COLUMNS = ["study_id", "study_label", "timepoint_hours", "events_a", "total_a", "events_b", "total_b", "rr",
                  "ci_low", "ci_high", "arms_a", "arms_b", "row_ids"]


def _both_routes(studies: pd.DataFrame, a: tuple[str, ...], b: tuple[str, ...]) -> pd.DataFrame:
    prim = studies[~studies["is_secondary"].astype(bool).to_numpy(dtype=bool)]
    both = prim["routes"].map(lambda r: bool(set(a) & set(r if r is not None else []))
                              and bool(set(b) & set(r if r is not None else []))).astype(bool)
    return prim[both.to_numpy(dtype=bool)]


def direct(x: ClaimInputs, a: tuple[str, ...] = SIDE_A, b: tuple[str, ...] = SIDE_B,
           measure: str = "response") -> pd.DataFrame:
    """Per randomised trial with ketamine arms of both sides: RR (A vs B) of `measure` at the latest shared visit."""
    eff = x.tables["efficacy"]
    mask = ((eff["measure"] == measure) & ~eff["is_comparison"].fillna(False).astype(bool)).to_numpy(dtype=bool)
    rows = arm_frame(x, "efficacy", mask, ("timepoint_hours",))
    if rows.empty:
        return pd.DataFrame(columns=DIRECT_COLUMNS)
    rows = rows[rows["is_ketamine"] & rows["design"].isin(RANDOMISED)]
    # Only trials with ketamine arms of both sides (a Python loop over every trial cost minutes at 100k studies).
    both = set(rows.loc[rows["route"].isin(a), "study_id"]) & set(rows.loc[rows["route"].isin(b), "study_id"])
    rows = rows[rows["study_id"].isin(both)]
    rows = rows.assign(tp=pd.to_numeric(rows["timepoint_hours"], errors="coerce").astype(float))
    out = []
    for sid, g in rows.groupby("study_id", sort=True):
        ga, gb = g[g["route"].isin(a)], g[g["route"].isin(b)]
        shared = sorted(set(ga["tp"].dropna()) & set(gb["tp"].dropna()))
        if not shared:
            continue
        tp = shared[-1]
        sa, sb = side(ga[ga["tp"] == tp]), side(gb[gb["tp"] == tp])
        rr, lo, hi = risk_ratio(sa.events, sa.total, sb.events, sb.total)
        out.append({"study_id": sid, "study_label": g["study_label"].iloc[0], "timepoint_hours": tp,
                    "events_a": sa.events, "total_a": sa.total, "events_b": sb.events, "total_b": sb.total,
                    "rr": rr, "ci_low": lo, "ci_high": hi, "arms_a": sa.arms, "arms_b": sb.arms,
                    "row_ids": sa.row_ids + sb.row_ids})
    return pd.DataFrame(out, columns=DIRECT_COLUMNS)


def indirect(summary: pd.DataFrame, a: tuple[str, ...] = SIDE_A, b: tuple[str, ...] = SIDE_B,
             outcome: str = "response_rr") -> pd.DataFrame:
    """Per window and pair of routes with a pooled RR vs control on both sides: ratio of RRs (A/B) and its CI."""
    cols = ["window", "window_label", "route_a", "route_b", "rr_a", "rr_b", "ratio", "ci_low", "ci_high", "k_a", "k_b",
            "studies_a", "studies_b"]
    s = summary[(summary["outcome"] == outcome) & summary["estimate"].notna() & summary["ci_low"].notna()
                & summary["ci_high"].notna()] if len(summary) else summary
    out = []
    for window, g in (s.groupby("window", sort=False) if len(s) else []):
        for ra in a:
            for rb in b:
                xa, xb = g[g["group"] == ra], g[g["group"] == rb]
                if xa.empty or xb.empty:
                    continue
                ea, eb = xa.iloc[0], xb.iloc[0]
                se = [(math.log(float(e["ci_high"])) - math.log(float(e["ci_low"]))) / (2 * Z) for e in (ea, eb)]
                lr = math.log(float(ea["estimate"])) - math.log(float(eb["estimate"]))
                s2 = math.sqrt(se[0] ** 2 + se[1] ** 2)
                out.append({"window": window, "window_label": ea["window_label"], "route_a": ra, "route_b": rb,
                            "rr_a": float(ea["estimate"]), "rr_b": float(eb["estimate"]), "ratio": math.exp(lr),
                            "ci_low": math.exp(lr - Z * s2), "ci_high": math.exp(lr + Z * s2), "k_a": int(ea["k"]),
                            "k_b": int(eb["k"]), "studies_a": str(ea["study_ids"]), "studies_b": str(eb["study_ids"])})
    return pd.DataFrame(out, columns=cols)


def iv_im_stronger_than_nasal(x: ClaimInputs) -> ClaimResult:
    """Direct randomised head-to-head evidence first, with direction and CI; else the indirect comparison."""
    studies = x.tables["studies"]
    d = direct(x)
    ind = indirect(x.summary)
    both = _both_routes(studies, SIDE_A, SIDE_B)
    labels = study_labels(x)
    ev = [Row(f"direct:{r['study_id']}:{r['timepoint_hours']:g}", r["study_id"],
              f"randomised head-to-head: IV/IM vs intranasal response at {r['timepoint_hours']:g} h",
              f"RR {r['rr']:.2f} (95% CI {r['ci_low']:.2f}–{r['ci_high']:.2f}); {r['events_a']:g}/{r['total_a']:g} vs "
              f"{r['events_b']:g}/{r['total_b']:g}; rows {', '.join(r['row_ids'])}", COUNTED,
              f"{r['arms_a']} vs {r['arms_b']}") for r in records(d)]
    direct_ids = set(d["study_id"])
    for r in records(both):
        if r["study_id"] in direct_ids:
            continue
        why = ("randomised, no response reported for both routes at one visit" if r["design"] in RANDOMISED
               else f"not a randomised head-to-head trial ({r['design']})")
        ev.append(Row(f"study:{r['study_id']}", r["study_id"], f"study with both routes, not counted: {why}",
                      str(r["status"]) if r["status"] is not None and r["status"] is not pd.NA else "status n/r",
                      NOT_COUNTED))
    ev += [Row(f"indirect:{r['window']}:{r['route_a']}:{r['route_b']}", None,
               f"indirect: {r['route_a']} vs {r['route_b']} via their comparators, {r['window_label']}",
               f"ratio of RRs {r['ratio']:.2f} (95% CI {r['ci_low']:.2f}–{r['ci_high']:.2f}); {r['route_a']} RR "
               f"{r['rr_a']:.2f} (k={r['k_a']}: {r['studies_a']}), {r['route_b']} RR {r['rr_b']:.2f} "
               f"(k={r['k_b']}: {r['studies_b']})", COUNTED if d.empty else CONTEXT) for r in records(ind)]
    caveats = ["sequential, single-arm, open-label and observational studies are never counted as head-to-head"]
    if len(d):
        favour_a = d[d["ci_low"] > 1]
        favour_b = d[d["ci_high"] < 1]
        texts = [f"{labels.get(r['study_id'], r['study_id'])}: RR {r['rr']:.2f} ({r['ci_low']:.2f}–{r['ci_high']:.2f})"
                 for r in records(d)]
        summary = (f"Direct evidence: {len(d)} randomised head-to-head trial(s) (RR > 1 favours IV/IM): "
                   + "; ".join(texts) + ".")
        if len(favour_b):
            verdict = NOT_ESTABLISHED
            caveats.append("direct evidence favours the nasal spray in at least one trial")
        elif len(favour_a) >= 2:
            verdict = SUPPORTED
        elif len(favour_a) == 1:
            verdict = PARTLY
            caveats.append("a single randomised head-to-head trial")
        else:
            verdict = NOT_ESTABLISHED
            caveats.append("no head-to-head trial shows a difference (every CI includes 1)")
    elif len(ind):
        texts = [f"{r['route_a']} vs {r['route_b']}, {r['window_label']}: ratio {r['ratio']:.2f} (95% CI "
                 f"{r['ci_low']:.2f}–{r['ci_high']:.2f})" for r in records(ind)]
        summary = ("No randomised head-to-head trial with results in this selection. Indirect comparison through the "
                   "common comparator (ratio of risk ratios vs control; > 1 favours IV/IM): " + "; ".join(texts) + ".")
        verdict = PARTLY if (ind["ci_low"] > 1).any() and not (ind["ci_high"] < 1).any() else NOT_ESTABLISHED
        caveats.append("indirect: the two routes were tested in different trials, populations, comparators "
                       "(midazolam vs placebo) and doses; the CI covers chance only, not these differences")
        against = ind[ind["ci_high"] < 1]
        if len(against):
            caveats.append("the indirect comparison favours the nasal spray in " + ", ".join(against["window_label"])
                           + " (CI below 1)")
    else:
        summary = "Neither a randomised head-to-head trial nor pooled risk ratios for both routes in this selection."
        verdict = NO_EVIDENCE
    if len(both) > len(direct_ids):
        summary += f" {len(both) - len(direct_ids)} other stud(ies) have both routes but do not count as head-to-head."
    return ClaimResult("iv_im_stronger_than_nasal", "", verdict, summary, rows_frame(ev, studies), caveats)
