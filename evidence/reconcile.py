"""One value per (study, arm, outcome type, visit): the build's reconciliation of every report of a trial (pure).

A trial reaches the tables through several reports: the registry's posted results, curated rows read from its
paper, quoted findings, the curated trial layer, automatic extraction. Each arm is identified across them
(curated aliases first, then id or label, then role, drug, dose, route and n), each row gets a typed outcome,
and exactly one report of each arm, outcome and visit is `selected` for analysis: a row naming an identified arm
first (a subgroup or pooled-doses row never pushes an arm's own value out), in a crossover trial a first-period
value before periods pooled, then the source hierarchy registry results > primary paper > secondary report >
conference abstract > press/aggregator, then verified > derived > auto > uncertain. The others stay in the
tables with `cross_check_status` (agree, conflict, unmatched, rejected) and `cross_check` saying in words whether
they agree ("2 sources agree") or conflict ("54.1% vs 52.0%, registry_results kept"). Rows of another report
whose arm cannot be identified are not selected next to the chosen report's rows: they might be the same people.
Timepoints of different reports within max(0.5 h, 15%) of each other are one visit.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping

import numpy as np
import pandas as pd

from evidence import schema, vocab
from evidence.arm_match import ArmIndex, add_dropped_aliases, drop_aliased_arms, norm
from evidence.scales import DEPRESSION_NAMES, SUICIDAL_IDEATION_WORDS
from evidence.study_labels import with_labels
from evidence.validate import Problem, as_number, check_rows, check_studies

_SI_RESOLVED = re.compile(r"remission|resol|scored? 0|score of 0|\babsent|free of", re.IGNORECASE)
_ANY_TIME = re.compile(r"at any (?:time|visit|point)|any time ?point|during the (?:first|trial|study)|"
                       r"at least once", re.IGNORECASE)
_COMPOSITE = re.compile(r"no relapse|without relapse|sustained", re.IGNORECASE)
def outcome_type(measure: str, definition: str | None, scale: str | None) -> str:
    """The outcome type a reported rate really is: a suicidal-ideation response or resolution, an early
    improvement, a response at any visit, or a composite, are not depression response/remission."""
    if measure not in ("response", "remission", "onset"):
        return measure
    definition = "" if definition is None or definition is pd.NA else str(definition)
    text = f"{definition} {'' if scale is None or scale is pd.NA else scale}"
    if measure == "onset":  # a suicidal-ideation onset is not the antidepressant onset
        si_only = SUICIDAL_IDEATION_WORDS.search(text) and not DEPRESSION_NAMES.search(text)
        return "si_onset" if si_only else measure
    if SUICIDAL_IDEATION_WORDS.search(text) and not DEPRESSION_NAMES.search(definition):
        return "si_resolution" if measure == "remission" or _SI_RESOLVED.search(text) else "si_response"
    if re.search(r"early improvement", text, re.IGNORECASE):
        return "early_improvement"
    if _ANY_TIME.search(text):
        return "response_any_time"
    if _COMPOSITE.search(text):
        return "other"
    return measure


def reconcile(tables: Mapping[str, pd.DataFrame]) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """Tables with typed outcomes, canonical arms, arm denominators, validation and one selected value per
    arm, outcome and visit; the problems found (each naming its table and row provenance)."""
    studies = tables["studies"]
    old_arms = tables["arms"]
    arms = drop_aliased_arms(old_arms)
    aliased = old_arms[~old_arms.set_index(["study_id", "arm_id"]).index.isin(
        arms.set_index(["study_id", "arm_id"]).index)]
    arms = add_dropped_aliases(arms, aliased)
    secondary = set(studies.loc[studies["is_secondary"].astype(bool), "study_id"])
    index = {str(sid): ArmIndex(g) for sid, g in arms.groupby("study_id", sort=False)}
    arm_n: dict[tuple[str, str], int | None] = {
        (str(a["study_id"]), str(a["arm_id"])): None if a["n"] is pd.NA else a["n"] for a in arms.to_dict("records")}
    problems: list[Problem] = []
    eff = _prepare(tables["efficacy"], index, secondary, "efficacy")
    eff["measure"] = [outcome_type(m, d, s) for m, d, s in zip(eff["measure"], eff["definition"], eff["scale"],
                                                                 strict=True)]
    eff = _fill_denominators(eff, arm_n, "n_total", eff["measure"].isin(vocab.RATE_MEASURES))
    aes = _prepare(tables["adverse_events"], index, secondary, "adverse_events")
    aes = _fill_denominators(aes, arm_n, "n_at_risk", pd.Series(True, index=aes.index))
    eff, p1 = check_rows("efficacy", eff, arm_n)
    aes, p2 = check_rows("adverse_events", aes, arm_n)
    problems += p1 + p2
    # Rates and onset of one arm and visit are one value; other measures (scale changes, effect sizes) also
    # differ by analysis (MMRM vs ANCOVA), so their definition is part of what makes two rows the same value.
    like = eff["measure"].isin([*vocab.RATE_MEASURES, "onset"])
    eff["_def"] = eff["definition"].astype("object").where(~like, "").map(norm)
    eff = _select(eff, ["measure", "_def"], "value")
    aes = _select(aes, ["category"], "n_affected")
    out = dict(tables)
    out["arms"] = schema.coerce("arms", arms)
    out["efficacy"] = schema.coerce("efficacy", eff.drop(columns=[c for c in eff if str(c).startswith("_")]))
    out["adverse_events"] = schema.coerce("adverse_events",
                                          aes.drop(columns=[c for c in aes if str(c).startswith("_")]))
    studies, p3 = check_studies(with_labels(studies, tables["publications"]), arms)
    out["studies"] = schema.coerce("studies", studies)
    return out, problems + p3


def _prepare(df: pd.DataFrame, index: Mapping[str, ArmIndex], secondary: set[str], table: str) -> pd.DataFrame:
    df = df.copy().reset_index(drop=True)
    n_col = "n_total" if table == "efficacy" else "n_at_risk"
    keys = []
    detail = df["definition"] if "definition" in df else df["term"]
    for r, d in zip(df[["study_id", "arm_id", "arm_label", "drug", "route", n_col]].itertuples(index=False),
                    detail.astype("object"), strict=True):
        idx = index.get(str(r.study_id))
        keys.append(idx.resolve(r.arm_id, r.arm_label, r.drug, r.route, getattr(r, n_col), None if
                                d is pd.NA else d) if idx else None)
    df["arm_key"] = pd.array(keys, dtype="string")
    df["report"] = df["report"].fillna(df["source_kind"].astype("string"))
    sec = df["study_id"].isin(secondary) & (df["source_tier"] == "primary_paper")
    df.loc[sec, "source_tier"] = "secondary_report"
    df["selected"] = True
    df["cross_check"] = pd.array([None] * len(df), dtype="string")
    df["cross_check_status"] = pd.array([None] * len(df), dtype="string")
    if table == "adverse_events":
        df["_term"] = df["term"].map(norm) + "|" + df["serious"].astype("object").map(str)
    return df


def _fill_denominators(df: pd.DataFrame, arm_n: Mapping[tuple[str, str], int | None], col: str,
                       applies: pd.Series) -> pd.DataFrame:
    """A rate row without a denominator takes its arm's randomized n from the arms table (graded `derived`)."""
    df = df.copy()
    for i in df.index[df[col].isna() & df["arm_key"].notna() & applies.to_numpy()]:
        n = arm_n.get((_cell(df, i, "study_id"), _cell(df, i, "arm_key")))
        if n is None or n is pd.NA:
            continue
        df.loc[i, col] = n
        if df.at[i, "verification"] == "verified":
            df.at[i, "verification"] = "derived"
        note = f"denominator {n} = the arm's randomized n (arms table); the report gave none"
        df.at[i, "notes"] = note if pd.isna(df.loc[i, "notes"]) else f"{_cell(df, i, 'notes')}; {note}"
    return df


def _rate(v: object, events: object, total: object) -> float | None:
    ev, tot = as_number(events), as_number(total)
    if ev is not None and tot:
        return 100.0 * ev / tot
    return as_number(v)


def _visits(sub: pd.DataFrame) -> list[float]:
    """One visit per timepoint, except that timepoints of different reports close together are one visit."""
    visits: list[tuple[float, dict[str, float]]] = []  # (visit hours, report -> the timepoint it used there)
    out = []
    for tp, report in zip(sub["_tp"], sub["report"], strict=True):
        hit = None
        for k, (h, used) in enumerate(visits):
            near = tp >= 0 and h >= 0 and abs(tp - h) < max(0.5, 0.15 * min(tp, h))
            if tp == h or (near and used.get(report, tp) == tp):
                hit = k
                break
        if hit is None:
            visits.append((tp, {report: tp}))
            out.append(tp)
        else:
            visits[hit][1].setdefault(report, tp)
            out.append(visits[hit][0])
    return out


def _select(df: pd.DataFrame, keys: list[str], value_col: str) -> pd.DataFrame:
    """Mark one selected row per (study, outcome keys, visit, arm) and write each row's cross-check."""
    if df.empty:
        return df
    df = df.copy()
    tp = df["timepoint_hours"] if "timepoint_hours" in df else pd.Series(np.nan, index=df.index)
    df["_tp"] = pd.to_numeric(tp, errors="coerce").astype("float64").fillna(-1.0)
    n_col = "n_total" if "n_total" in df else "n_at_risk"
    ev_col = "n_events" if "n_events" in df else "n_affected"
    val_col = "value" if "value" in df else "percent"
    # A row that names an identified arm outranks one that does not (a subgroup, pooled doses, an unknown label),
    # whatever its source: otherwise a subgroup from a better source could push the arm's own value out.
    df["_rank"] = (df["arm_key"].isna().astype(int) * 10000
                   + df["source_tier"].map(vocab.TIER_RANK).fillna(9).astype(int) * 1000
                   + df["verification"].map(vocab.VERIFICATION_RANK).fillna(9).astype(int) * 100
                   + (df["report"] != "curated:trials").astype(int)
                   + (~df["selected"]).astype(int) * 100000
                   + df[n_col].isna().astype(int) * 20)
    if "first_period" in df:  # crossover trials: first-period values where reported, not periods pooled
        df["_rank"] += (~df["first_period"].astype("boolean").fillna(True)).astype(int) * 5000
    df = df.sort_values(["_rank"], kind="stable")
    comparison = df["is_comparison"].fillna(False).astype(bool) if "is_comparison" in df else \
        pd.Series(False, index=df.index)
    for _, sub in df[~comparison].groupby(["study_id", *keys], sort=False, dropna=False):
        sub = sub.assign(_visit=_visits(sub))
        for _, grp in sub.groupby("_visit", sort=False):
            _select_group(df, grp, ev_col, n_col, val_col)
    return df.sort_index()


def _select_group(df: pd.DataFrame, grp: pd.DataFrame, ev_col: str, n_col: str, val_col: str) -> None:
    valid = grp[grp["selected"]]
    if valid.empty:
        return
    best_report = valid["report"].iloc[0]
    best_unresolved = bool(valid.loc[valid["report"] == best_report, "arm_key"].isna().any())
    kept: dict[str, Hashable] = {}
    tally: dict[Hashable, tuple[int, list[str]]] = {}  # kept row -> (reports that agree with it, conflicting values)
    for i, r in valid.iterrows():
        arm = r["arm_key"] if pd.notna(r["arm_key"]) else (
            f"id:{r['arm_id']}" if pd.notna(r["arm_id"]) else f"label:{norm(r['arm_label'])}")
        mixable = r["report"] == best_report or (pd.notna(r["arm_key"]) and not best_unresolved)
        # One report may list several terms of one category for an arm (dizziness, vertigo): all are kept, and
        # the analysis takes the largest per arm and category, so no one is counted twice.
        same_report_term = "_term" in r and arm in kept and r["report"] == df.at[kept[arm], "report"]
        if (arm not in kept and mixable) or same_report_term:
            kept.setdefault(arm, i)
            continue
        df.at[i, "selected"] = False
        if arm in kept:
            k = kept[arm]
            a, b = _rate(r[val_col], r[ev_col], r[n_col]), _rate(df.at[k, val_col], df.at[k, ev_col],
                                                                 df.at[k, n_col])
            agree = a is not None and b is not None and abs(a - b) <= 1.0
            df.at[i, "cross_check_status"] = "agree" if agree else "conflict"
            df.at[i, "cross_check"] = (
                f"agrees with the value kept from {_cell(df, k, 'report')} ({_cell(df, k, 'source_tier')})" if agree
                else f"conflicts: {_pct(a)} here vs {_pct(b)} in {_cell(df, k, 'report')} "
                f"({_cell(df, k, 'source_tier')}), "
                "that one kept")
            agreeing, conflicts = tally.get(k, (1, []))
            tally[k] = (agreeing + int(agree), conflicts + ([] if agree else [f"{_pct(a)} ({r['source_tier']})"]))
        else:
            df.at[i, "cross_check_status"] = "unmatched"
            df.at[i, "cross_check"] = (f"not matched to an arm of the report kept for this visit ({best_report}): "
                                       "left out so that nobody is counted twice")
    for k, (agreeing, conflicts) in tally.items():
        kept_value = _rate(df.at[k, val_col], df.at[k, ev_col], df.at[k, n_col])
        df.at[k, "cross_check_status"] = "conflict" if conflicts else "agree"
        df.at[k, "cross_check"] = _summary(agreeing, conflicts, kept_value, _cell(df, k, "source_tier"))


def _cell(df: pd.DataFrame, i: Hashable, col: str) -> str:
    """One cell as text, as an f-string shows it (pandas types a cell as any scalar, bytes included)."""
    return str(df.at[i, col])


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.1f}%"


def _summary(agreeing: int, conflicts: list[str], kept: float | None, tier: str) -> str:
    parts = [f"{agreeing} sources agree"] if agreeing > 1 else []
    if conflicts:
        parts.append(f"conflict: {_pct(kept)} ({tier}, kept) vs " + "; vs ".join(conflicts))
    return "; ".join(parts) or "1 source"
