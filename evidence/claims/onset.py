"""'Works within hours': the first visit at which a ketamine arm separated from its comparator in a controlled trial.

Onset is read from efficacy rows of the outcome type 'onset' (selected, primary studies). A row counts only when the
trial is randomised (parallel or crossover) and the row says it is a difference against the comparator (placebo,
midazolam, ...): a within-group change from baseline (the placebo arm improves too) and a time to remission are not
onset. Per trial the earliest separating visit of any ketamine arm is its onset; the verdict counts, per route, the
trials that separated within 24 h.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from evidence import vocab
from evidence.analysis.onset import onset_hours
from evidence.claims.arms import arm_frame
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
    hours_text,
    records,
    rows_frame,
    text,
)

COMPARATOR = re.compile("|".join((*vocab.PLACEBO_WORDS, *vocab.INACTIVE_CONTROLS, *vocab.ACTIVE_COMPARATOR_DRUGS,
                                   "comparator", "control")), re.IGNORECASE)
AGAINST = re.compile(COMPARATOR.pattern + r"|\bvs\.?\b|versus|than |compared|between.group|difference",
                     re.IGNORECASE)
WITHIN = re.compile(r"baseline|within.group|time to (remission|response)|days? to (remission|response)",
                    re.IGNORECASE)
WITHIN_HOURS = 24.0


def onset_rows(x: ClaimInputs) -> pd.DataFrame:
    """Onset rows of ketamine arms with hours, whether they count, and why not."""
    eff = x.tables["efficacy"]
    rows = arm_frame(x, "efficacy", (eff["measure"] == "onset").to_numpy(dtype=bool),
                     ("definition", "timepoint_text", "value", "unit", "timepoint_hours"))
    if rows.empty:
        return rows.assign(hours=[], counted=[], reason=[])
    rows["definition"] = [text(d) or "" for d in rows["definition"]]
    rows["timepoint_text"] = [text(d) or "" for d in rows["timepoint_text"]]
    rows["hours"] = [onset_hours(v, u, t) for v, u, t in zip(
        rows["value"], rows["unit"], rows["timepoint_hours"], strict=True)]
    rows = rows[rows["is_ketamine"]].reset_index(drop=True)
    reasons = []
    for design, definition, hours in zip(rows["design"], rows["definition"], rows["hours"], strict=True):
        if hours is None or (isinstance(hours, float) and np.isnan(hours)):
            reasons.append("no visit time")
        elif design not in RANDOMISED:
            reasons.append(f"not a controlled trial ({design})")
        elif WITHIN.search(definition) and not COMPARATOR.search(definition):
            reasons.append("a within-group change, not a difference from the comparator")
        elif not AGAINST.search(definition):
            reasons.append("does not say it is a difference from the comparator")
        else:
            reasons.append("")
    rows["reason"] = reasons
    rows["counted"] = rows["reason"] == ""
    return rows


def per_trial(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per (route, trial): the earliest separating visit and the arm that separated then."""
    ok = rows[rows["counted"]].copy()
    if ok.empty:
        return pd.DataFrame(columns=["route", "study_id", "study_label", "hours", "arm_label", "row_id"])
    ok["hours"] = ok["hours"].astype(float)
    ok = ok.sort_values(["route", "study_id", "hours"], kind="stable")
    first = ok.drop_duplicates(["route", "study_id"], keep="first")
    return first[["route", "study_id", "study_label", "hours", "arm_label", "row_id"]].reset_index(drop=True)


def works_within_hours(x: ClaimInputs) -> ClaimResult:
    """Per route: controlled trials whose first separation from the comparator came within 24 h, and when."""
    rows = onset_rows(x)
    trials = per_trial(rows)
    ev = [Row(r["row_id"], r["study_id"], f"first separation from comparator ({r['route']})"
              if r["counted"] else f"onset row not counted: {r['reason']} ({r['route']})",
              f"{hours_text(float(r['hours']))} — {r['definition'] or r['timepoint_text']}"
              if r["hours"] is not None else r["definition"], COUNTED if r["counted"] else NOT_COUNTED,
              r["arm_label"], r["source_url"], r["verification"]) for r in records(rows)]
    rr = x.rr[x.rr["window"].isin(["acute", "24h"])] if len(x.rr) else x.rr
    ev += [Row(f"rr:response:{r['window']}:{r['group']}:{r['study_id']}", r["study_id"],
               f"response RR vs comparator at {r['timepoint_hours']:g} h ({r['group']})",
               f"{r['rr']:.2f} (95% CI {r['ci_low']:.2f}–{r['ci_high']:.2f}), {int(r['events'])}/{int(r['total'])} vs "
               f"{int(r['events_ctl'])}/{int(r['total_ctl'])}", CONTEXT,
               "; ".join(x for x in (text(r.get("arms")), text(r.get("arms_ctl"))) if x),
               (text(r.get("source_url")) or "").split(" ")[0] or None) for r in records(rr)]
    if trials.empty:
        msg = ("No controlled trial in this selection reports the first visit at which ketamine separated from its "
               "comparator.")
        if len(rows):
            msg += f" {len(rows)} onset row(s) are not counted (within-group changes or uncontrolled designs)."
        return ClaimResult("works_within_hours", "", NO_EVIDENCE, msg, rows_frame(ev, x.tables["studies"]),
                           ["onset is a between-group difference; within-group change and time to remission are not "
                            "onset"])
    parts, n24 = [], 0
    for route, g in trials.groupby("route", sort=True):
        fast = g[g["hours"] <= WITHIN_HOURS]
        n24 += len(fast)
        visits = ", ".join(f"{lab} {hours_text(h)}" for lab, h in zip(g["study_label"], g["hours"], strict=True))
        parts.append(f"{route}: {len(fast)} of {len(g)} controlled trial(s) separated within 24 h ({visits})")
    summary = "First visit with a significant difference from the comparator, per route — " + "; ".join(parts) + "."
    n_out = int((~rows["counted"]).sum())
    if n_out:
        summary += f" {n_out} onset row(s) not counted (within-group, uncontrolled, or no visit time)."
    caveats = ["onset here is the first visit at which a ketamine arm differed significantly from its comparator; "
               "trials with few early visits cannot show an earlier onset than their first visit",
               "'within hours' is an early effect on symptom scores, not sustained response"]
    if n24 >= 3:
        verdict = SUPPORTED
    elif n24 >= 1:
        verdict = PARTLY
        caveats.append("fewer than 3 controlled trials show separation within 24 h")
    else:
        verdict = NOT_ESTABLISHED
    small = [str(route) for route, g in trials.groupby("route") if len(g) < 3]
    if small:
        caveats.append("fewer than 3 controlled trials for " + ", ".join(sorted(small)))
    return ClaimResult("works_within_hours", "", verdict, summary, rows_frame(ev, x.tables["studies"]), caveats)
