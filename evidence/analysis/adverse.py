"""Adverse-event incidence per group and category: raw events/at-risk and a random-effects pooled proportion.

Per arm and category the largest n_affected of the category's terms is used (one person can report several
terms of one category, so summing terms could count them twice; the largest is a lower bound that never
double-counts); arms of one study are then summed. Only rows the build's reconciliation selected count (one
report per arm and category, see evidence/reconcile.py). Only experimental ketamine-form arms of primary studies
count. A percent without n_affected but with n_at_risk is turned into events and flagged derived; a row
without a denominator is counted in `unpooled_rows` and not pooled.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from evidence import vocab
from evidence.analysis.groups import STUDIED_FORMS, group_order, is_secondary, row_groups
from evidence.analysis.pooling import pool_rows
from evidence.analysis.prepared import memo, memo_by_study
from evidence.analysis.rates import events_frame, py_values

AE_COLUMNS: list[str] = [
    "by", "group", "category", "k", "n_studies", "events", "total", "raw_rate", "estimate", "ci_low", "ci_high",
    "pi_low", "pi_high", "tau2", "i2", "q", "note", "derived_rows", "unpooled_rows", "study_ids",
]


def ae_arm_rows(tables: Mapping[str, pd.DataFrame], serious: bool | None = None) -> pd.DataFrame:
    """Adverse-event rows of experimental ketamine-form arms of primary studies with events/total/derived (once
    per prepared selection, see prepared.py)."""
    return memo_by_study(tables, ("ae_arm_rows", serious), lambda t: _ae_arm_rows(t, serious),
                         ("adverse_events", "arms"))


def _ae_arm_rows(tables: Mapping[str, pd.DataFrame], serious: bool | None) -> pd.DataFrame:
    cols = ["study_id", "arm_key", "route", "drug", "category", "term", "events", "total", "derived", "poolable",
            "reason", "source_kind"]
    ae = tables["adverse_events"]
    # A registry group's "Total: ..." rows (kept so groups without listed terms survive) are not a category.
    ae = ae[~ae["is_group_total"].fillna(False).astype(bool) & ae["selected"].fillna(False)]
    sec = is_secondary(tables["studies"])
    ae = ae[~ae["study_id"].astype(str).isin(set(sec[sec].index))]
    if serious is not None:
        ae = ae[ae["serious"].fillna(False).astype(bool) == serious]
    ae = ae[ae["drug"].isin(STUDIED_FORMS)].reset_index(drop=True)
    if ae.empty:
        return pd.DataFrame(columns=cols)
    arms = tables["arms"]
    exp_arms = arms[arms["role"] == "experimental"]
    comparator = set(zip(py_values(arms["study_id"].astype(str)), py_values(arms["arm_id"].astype(str)),
                         strict=True)) - set(zip(py_values(exp_arms["study_id"].astype(str)),
                                                 py_values(exp_arms["arm_id"].astype(str)), strict=True))
    sid = ae["study_id"].astype(str)
    arm_id = ae["arm_key"].fillna(ae["arm_id"]).astype("object")
    arm_id = arm_id.where(arm_id.notna(), None)
    keep = [(s, a) not in comparator for s, a in zip(py_values(sid), py_values(arm_id.fillna("")), strict=True)]
    ae, sid, arm_id = ae[keep].reset_index(drop=True), sid[keep].reset_index(drop=True), arm_id[keep]
    ev = events_frame(ae["n_affected"], ae["n_at_risk"], ae["percent"], pd.Series(["percent"] * len(ae)))
    label = ae["arm_label"].astype("object").where(ae["arm_label"].notna(), None)
    out = pd.DataFrame({
        "study_id": sid.astype(object), "arm_key": arm_id.reset_index(drop=True).fillna(label).fillna(""),
        "route": ae["route"].astype(str).astype(object), "drug": ae["drug"].astype(str).astype(object),
        "category": ae["category"].astype(str).astype(object), "term": ae["term"].astype(str).astype(object),
        "events": ev["events"], "total": ev["total"], "derived": ev["derived"], "poolable": ev["reason"] == "",
        "reason": ev["reason"], "source_kind": ae["source_kind"].astype(str).astype(object),
    }, columns=cols)
    return out


def ae_incidence(tables: Mapping[str, pd.DataFrame], by: str = "route", method: str = "DL",
                 serious: bool | None = None) -> pd.DataFrame:
    """Incidence of each AE category per group: raw events/at-risk, pooled proportion (PLO) with CI, k, I² (once
    per prepared selection: the summary and the side-effect views ask for the same table)."""
    return memo(tables, ("ae_incidence", by, method, serious), lambda: _ae_incidence(tables, by, method, serious))


def _ae_incidence(tables: Mapping[str, pd.DataFrame], by: str, method: str, serious: bool | None) -> pd.DataFrame:
    arm_rows = ae_arm_rows(tables, serious)
    if arm_rows.empty:
        return pd.DataFrame(columns=AE_COLUMNS)
    arm_rows = row_groups(arm_rows, tables["studies"], by)
    ok = arm_rows[arm_rows["poolable"]]
    per_arm = ok.groupby(["group", "category", "study_id", "arm_key"], sort=False).agg(
        events=("events", "max"), total=("total", "max"))
    per_study = per_arm.groupby(level=["group", "category", "study_id"], sort=False).sum()
    studies_of = {k: g.droplevel([0, 1]) for k, g in per_study.groupby(level=["group", "category"], sort=False)}
    counts = arm_rows.assign(unpooled=~arm_rows["poolable"], derived_ok=arm_rows["derived"] & arm_rows["poolable"])
    out = []
    for (group, cat), g in counts.groupby(["group", "category"], sort=False):
        st = studies_of.get((group, cat), pd.DataFrame({"events": [], "total": []}))
        pooled = pool_rows(st, "PLO", method)
        ev, tot = float(st["events"].sum()), float(st["total"].sum())
        out.append({
            "by": by, "group": group, "category": cat, **pooled, "n_studies": int(g["study_id"].nunique()),
            "events": ev, "total": tot, "raw_rate": ev / tot if tot else float("nan"),
            "derived_rows": int(g["derived_ok"].sum()), "unpooled_rows": int(g["unpooled"].sum()),
            "study_ids": ";".join(sorted(py_values(g["study_id"].drop_duplicates()))),
        })
    df = pd.DataFrame(out, columns=AE_COLUMNS)
    cat_order = {c: i for i, c in enumerate(vocab.AE_CATEGORIES)}
    grp_order = {g: i for i, g in enumerate(group_order(by, list(df["group"].unique())))}
    df = df.sort_values(by=["group", "category"], key=lambda s: s.map(grp_order if s.name == "group" else cat_order))
    return df.reset_index(drop=True)
