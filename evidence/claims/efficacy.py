"""Claims trials answer with outcome rates: suicidal thoughts, person-to-person variation, relapse after stopping.

- Suicidal ideation: the suicidal-ideation outcome types (si_response, si_resolution), ketamine arm vs comparator arm
  of the same trial at the same visit, each side named by its arm labels.
- Variation: depression response rates below 100% and their spread between trials (pool_inputs: the rows pooled).
- Wearing off: relapse after ketamine is stopped — randomised withdrawal (continued vs switched to placebo, with the
  trial's hazard ratio where reported) and relapse after a course ended.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from evidence.analysis.forest import study_level
from evidence.claims.arms import Side, arm_frame, risk_ratio, sides, study_labels
from evidence.claims.model import (
    CONTEXT,
    COUNTED,
    NO_EVIDENCE,
    NOT_ESTABLISHED,
    PARTLY,
    RANDOMISED,
    SUPPORTED,
    ClaimInputs,
    ClaimResult,
    Row,
    hours_text,
    pct,
    records,
    rows_frame,
    text,
)
from evidence.claims.regulatory import fact_rows, facts_of, select

SI_MEASURES = ("si_response", "si_resolution")
WITHDRAWN = re.compile(r"placebo|withdrawn|discontinu|switched", re.IGNORECASE)
HR_CI = re.compile(r"95% CI\s*([\d.]+)\s*(?:to|-|–)\s*([\d.]+)")


def _comparisons(x: ClaimInputs, measures: tuple[str, ...]) -> pd.DataFrame:
    """Per trial, measure and visit: ketamine arms vs comparator arms (counts and RR when both sides have them)."""
    eff = x.tables["efficacy"]
    mask = (eff["measure"].isin(measures) & ~eff["is_comparison"].fillna(False).astype(bool)).to_numpy(dtype=bool)
    rows = arm_frame(x, "efficacy", mask, ("measure", "timepoint_hours", "definition"))
    cols = ["study_id", "study_label", "design", "measure", "hours", "definition", "ket", "ctl", "rr", "ci_low",
            "ci_high", "row_ids", "source_url", "verification"]
    if rows.empty:
        return pd.DataFrame(columns=cols)
    rows["hours"] = pd.to_numeric(rows["timepoint_hours"], errors="coerce").astype(float).fillna(-1.0)
    rows["definition"] = rows["definition"].fillna("").astype(str)
    keys = ["study_id", "measure", "hours", "definition"]
    ket = sides(rows[rows["is_ketamine"] & (rows["role"] == "experimental")], keys)
    ctl = sides(rows[rows["role"] == "comparator"], keys)
    if ket.empty:
        return pd.DataFrame(columns=cols)
    m = ket.merge(ctl, how="left", on=keys, suffixes=("", "_ctl"))
    first = rows.drop_duplicates("study_id").set_index("study_id")
    src = rows.dropna(subset=["source_url"]).drop_duplicates("study_id").set_index("study_id")["source_url"]
    out = []
    for r in records(m):
        k = Side(r["events"], r["total"], r["rate"], r["arms"], r["row_ids"].split(", "))
        c = (Side(r["events_ctl"], r["total_ctl"], r["rate_ctl"], r["arms_ctl"], r["row_ids_ctl"].split(", "))
             if isinstance(r["arms_ctl"], str) else None)
        rr = risk_ratio(k.events, k.total, c.events, c.total) if c else (math.nan,) * 3
        sid = r["study_id"]
        out.append({"study_id": sid, "study_label": first.at[sid, "study_label"], "design": first.at[sid, "design"],
                    "measure": r["measure"], "hours": r["hours"], "definition": r["definition"], "ket": k, "ctl": c,
                    "rr": rr[0], "ci_low": rr[1], "ci_high": rr[2],
                    "row_ids": k.row_ids + (c.row_ids if c else []),
                    "source_url": src.get(sid), "verification": first.at[sid, "verification"]})
    return pd.DataFrame(out, columns=cols)


def _side_text(s: Side | None) -> str:
    if not s:
        return "no comparator arm"
    counts = f" ({s.events:g}/{s.total:g})" if not math.isnan(s.events) else ""
    return f"{s.arms}: {pct(s.rate)}{counts}" if not math.isnan(s.rate) else f"{s.arms}: n/r"


def _cmp_row(r: dict, what: str, use: str = COUNTED) -> Row:
    rr = (f"; RR {r['rr']:.2f} (95% CI {r['ci_low']:.2f}–{r['ci_high']:.2f})" if not math.isnan(r["rr"])
          else "; no counts for a CI")
    when = f" at {hours_text(r['hours'])}" if r["hours"] >= 0 else ""
    return Row(", ".join(r["row_ids"]), r["study_id"], f"{what}{when}: {r['definition']}",
               f"{_side_text(r['ket'])} vs {_side_text(r['ctl'])}{rr}", use,
               f"{r['ket'].arms} vs {r['ctl'].arms if r['ctl'] else '—'}", r["source_url"], r["verification"])


def helps_suicidal_ideation(x: ClaimInputs) -> ClaimResult:
    """Suicidal-ideation response/resolution, ketamine arm vs comparator arm of the same trial."""
    cmp = _comparisons(x, SI_MEASURES)
    label_fact = select(facts_of(x), None, ("limitation",), r"suicid")
    if cmp.empty:
        return ClaimResult("helps_suicidal_ideation", "", NO_EVIDENCE,
                           "No suicidal-ideation outcome (SI response or resolution) in this selection.",
                           rows_frame(fact_rows(label_fact, CONTEXT), x.tables["studies"]),
                           ["depression scores in people with suicidal ideation are not suicidal-ideation outcomes"])
    controlled = cmp[cmp["ctl"].notna() & cmp["design"].isin(RANDOMISED)]
    sig = controlled[controlled["ci_low"] > 1]
    better = controlled[controlled.apply(lambda r: r["ket"].rate > r["ctl"].rate, axis=1)] if len(
        controlled) else controlled
    ev = [_cmp_row(r, r["measure"].replace("_", " ")) for r in records(cmp)]
    ev += fact_rows(label_fact, CONTEXT)
    labels = study_labels(x)
    texts = [f"{labels.get(r['study_id'], r['study_id'])} {r['measure'].replace('_', ' ')}"
             f"{' at ' + hours_text(r['hours']) if r['hours'] >= 0 else ''}: {_side_text(r['ket'])} vs "
             f"{_side_text(r['ctl'])}" for r in records(controlled)]
    n_trials, n_sig = controlled["study_id"].nunique(), sig["study_id"].nunique()
    n_better = better["study_id"].nunique()
    summary = (f"{n_trials} randomised trial(s) report a suicidal-ideation outcome for ketamine and comparator arms; "
               f"{n_better} favour ketamine, {n_sig} with a 95% CI excluding 1. " + "; ".join(texts) + ".")
    caveats = ["a rapid, short-term reduction of suicidal thoughts; no reduction of suicidal behaviour is shown",
               "the nasal spray's label: effectiveness in preventing suicide or reducing suicidal ideation or behavior "
               "has not been demonstrated" if len(label_fact) else "no label statement in the regulatory table"]
    if n_sig >= 2:
        verdict = SUPPORTED
    elif n_better >= 1:
        verdict = PARTLY
        caveats.append("fewer than 2 randomised trials with a CI excluding 1")
    elif n_trials:
        verdict = NOT_ESTABLISHED
    else:
        verdict = NO_EVIDENCE
        summary = "Suicidal-ideation outcomes in this selection have no randomised comparator arm."
    return ClaimResult("helps_suicidal_ideation", "", verdict, summary, rows_frame(ev, x.tables["studies"]), caveats)


def responses_vary(x: ClaimInputs) -> ClaimResult:
    """Depression response rates of ketamine arms: below 100%, and their spread between trials."""
    # The study rows behind the pooled response rates (analysis.pool_inputs without its per-row label lookups, which
    # cost seconds at 100k studies; rows_frame adds the labels of the cited studies).
    inp = study_level(x.tables, "response", "route")
    inp = inp[inp["total"] > 0] if len(inp) else inp
    if inp.empty:
        return ClaimResult("responses_vary", "", NO_EVIDENCE,
                           "No depression response rate of a ketamine arm in this selection.",
                           rows_frame([], x.tables["studies"]), [])
    inp = inp.assign(rate=inp["events"] / inp["total"])
    ev = [Row(f"response:{r['window']}:{r['group']}:{r['study_id']}", r["study_id"],
              f"depression response, {r['group']}, {r['window']} ({r['timepoints']} h)",
              f"{r['events']:g}/{r['total']:g} = {pct(r['rate'])}", COUNTED, text(r["arms"]) or "",
              (text(r["source_url"]) or "").split(" ")[0] or None, text(r["verification"]))
          for r in records(inp)]
    s = x.summary
    pooled = s[(s["outcome"] == "response") & s["estimate"].notna() & (s["k"] >= 2)] if len(s) else s
    ev += [Row(f"summary:response:{r['window']}:{r['group']}", None,
               f"pooled response, {r['group']}, {r['window_label']}",
               f"{pct(r['estimate'])} (95% CI {pct(r['ci_low'])}–{pct(r['ci_high'])}; prediction interval "
               f"{pct(r['pi_low'])}–{pct(r['pi_high'])}; k={int(r['k'])})", CONTEXT)
           for r in records(pooled)]
    n = inp["study_id"].nunique()
    hi, lo = inp["rate"].max(), inp["rate"].min()
    summary = (f"{n} primary trial(s) report depression response in ketamine arms: from {pct(lo)} to {pct(hi)} of "
               f"people responded (every rate below 100%: {bool(hi < 1)}; median of the trials' best rates "
               f"{pct(float(inp.groupby('study_id')['rate'].max().median()))}).")
    if len(pooled):
        summary += " Pooled: " + "; ".join(f"{r['group']} {r['window_label']} {pct(r['estimate'])} (prediction "
                                          f"interval {pct(r['pi_low'])}–{pct(r['pi_high'])})"
                                          for r in records(pooled)) + "."
    caveats = ["a response rate below 100% shows that some people do not respond; trials do not show whether the same "
               "person would respond again, and the spread between trials also reflects populations, doses and visits"]
    typical = float(inp.groupby("study_id")["rate"].max().median())
    if n >= 3 and hi < 1 and typical < 0.9:
        verdict = SUPPORTED
    elif hi < 1:
        verdict = PARTLY
        caveats.append("fewer than 3 trials, or nearly everyone responded in the typical trial")
    else:
        verdict = NOT_ESTABLISHED
    return ClaimResult("responses_vary", "", verdict, summary, rows_frame(ev, x.tables["studies"]), caveats)


def _hazard_rows(x: ClaimInputs) -> list[dict]:
    eff = x.tables["efficacy"]
    m = (eff["selected"].fillna(False).astype(bool) & eff["measure"].isin(["other", "effect_size"])
         & eff["definition"].fillna("").str.contains("relapse", case=False)
         & eff["definition"].fillna("").str.contains("hazard ratio", case=False)).to_numpy(dtype=bool)
    out = []
    for i, r in eff[m].iterrows():
        ci = HR_CI.search(text(r["dispersion"]) or "")
        out.append({"row_id": f"efficacy:{i}", "study_id": str(r["study_id"]), "definition": text(r["definition"]),
                    "hr": float(r["value"]), "lo": float(ci.group(1)) if ci else math.nan,
                    "hi": float(ci.group(2)) if ci else math.nan, "arms": text(r["arm_label"]) or "",
                    "source_url": text(r["source_url"]), "verification": text(r["verification"])})
    return out


def wears_off_needs_maintenance(x: ClaimInputs) -> ClaimResult:
    """Relapse after ketamine is stopped: randomised withdrawal (continued vs stopped) and relapse after a course."""
    cmp = _comparisons(x, ("relapse",))
    hrs = _hazard_rows(x)
    dosing = select(facts_of(x), None, ("dosing",))
    if cmp.empty and not hrs:
        return ClaimResult("wears_off_needs_maintenance", "", NO_EVIDENCE, "No relapse outcome in this selection.",
                           rows_frame(fact_rows(dosing, CONTEXT), x.tables["studies"]), [])
    withdrawal = cmp[cmp.apply(lambda r: bool(r["ctl"]) and r["design"] in RANDOMISED
                               and bool(WITHDRAWN.search(r["ctl"].arms + " " + r["definition"])), axis=1)] \
        if len(cmp) else cmp
    after = cmp[~cmp.index.isin(withdrawal.index)] if len(cmp) else cmp
    ev = [_cmp_row(r, "relapse, randomised withdrawal (continued vs stopped)") for r in records(withdrawal)]
    ev += [_cmp_row(r, "relapse after the ketamine course ended") for r in records(after)]
    ev += [Row(h["row_id"], h["study_id"], f"hazard ratio of relapse, continued vs stopped: {h['definition']}",
               f"HR {h['hr']:.2f} (95% CI {h['lo']:.2f}–{h['hi']:.2f})", COUNTED, h["arms"], h["source_url"],
               h["verification"]) for h in hrs]
    ev += fact_rows(dosing, CONTEXT)
    labels = study_labels(x)
    more = withdrawal[withdrawal.apply(lambda r: r["ctl"].rate > r["ket"].rate, axis=1)] if len(
        withdrawal) else withdrawal
    sig = [h for h in hrs if h["hi"] < 1]
    parts = [f"{labels.get(r['study_id'], r['study_id'])}: relapse {_side_text(r['ket'])} (continued) vs "
             f"{_side_text(r['ctl'])} (stopped)" for r in records(withdrawal)]
    parts += [f"{labels.get(h['study_id'], h['study_id'])}: HR {h['hr']:.2f} (95% CI {h['lo']:.2f}–{h['hi']:.2f})"
              for h in hrs]
    parts += [f"{labels.get(r['study_id'], r['study_id'])}: relapse after the course {_side_text(r['ket'])}"
              for r in records(after)]
    studies = set(cmp["study_id"]) | {h["study_id"] for h in hrs}
    summary = (f"{len(studies)} trial(s) report relapse: " + "; ".join(parts) + ".")
    caveats = ["relapse was measured in people who had responded or remitted; the trials do not show how long the "
               "effect lasts in everyone treated"]
    shown = len(more) + len(after)
    if sig and len(studies) >= 2:
        verdict = SUPPORTED
    elif sig or shown:
        verdict = PARTLY
        caveats.append("no second trial, or no randomised withdrawal with a CI excluding 1")
    else:
        verdict = NOT_ESTABLISHED
    return ClaimResult("wears_off_needs_maintenance", "", verdict, summary, rows_frame(ev, x.tables["studies"]),
                       caveats)
