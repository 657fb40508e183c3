"""The summary over the shipped snapshot (data/tables): every route has a row, numbers match a recount from raw."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from evidence.analysis import ae_incidence, forest_rows, summarise
from evidence.analysis.pooling import pool_proportions
from evidence.analysis.windows import WINDOWS
from evidence.store import read_tables
from tests.conftest import DATA

KETAMINE = {"ketamine", "esketamine", "arketamine"}


@pytest.fixture(scope="module")
def snap() -> dict[str, pd.DataFrame]:
    if not (DATA / "tables" / "studies.parquet").exists():
        pytest.skip("no shipped snapshot in data/tables (run `python -m evidence build`)")
    return read_tables(DATA)


@pytest.fixture(scope="module")
def summary(snap) -> pd.DataFrame:
    return summarise(snap, by="route")


def _primary_ketamine(studies: pd.DataFrame) -> pd.DataFrame:
    keep = [bool(KETAMINE & set(d)) and not sec and des not in ("systematic_review", "meta_analysis", "review")
            for d, sec, des in zip(studies["drugs"], studies["is_secondary"], studies["design"], strict=True)]
    return studies[keep]


def test_every_route_has_a_studies_row_with_recounted_numbers(snap, summary) -> None:
    prim = _primary_ketamine(snap["studies"])
    routes = sorted({r for rs in prim["routes"] for r in rs})
    assert routes, "snapshot has no ketamine studies"
    rows = summary[summary["outcome"] == "studies"].set_index("group")
    for route in routes:
        mine = prim[[route in rs for rs in prim["routes"]]]
        assert rows.loc[route, "n_studies"] == len(mine), route
        want = mine["enrollment"].dropna().astype(float).sum()
        got = rows.loc[route, "participants"]
        assert (pd.isna(got) and want == 0) or got == want, route


def test_onset_median_matches_raw_rows(snap, summary) -> None:
    eff = snap["efficacy"]
    prim_ids = set(snap["studies"].loc[~snap["studies"]["is_secondary"], "study_id"])
    onset = eff[(eff["measure"] == "onset") & (eff["unit"] == "hours") & eff["study_id"].isin(prim_ids)
                & eff["drug"].isin(KETAMINE)]
    rows = summary[summary["outcome"] == "onset"].set_index("group")
    assert len(rows) >= 1
    for route, g in onset.groupby("route"):
        assert rows.loc[route, "estimate"] == pytest.approx(float(np.median(g["value"].astype(float)))), route
        assert rows.loc[route, "k"] == len(g)


def test_pooled_rates_recompute_from_their_studies(snap, summary) -> None:
    pooled = summary[summary["outcome"].isin(["response", "remission"]) & (summary["k"] > 0)]
    assert len(pooled) >= 3
    secondary = set(snap["studies"].loc[snap["studies"]["is_secondary"], "study_id"])
    eff = snap["efficacy"]
    win = {w.key: w for w in WINDOWS}
    for r in pooled.itertuples(index=False):
        ids = r.study_ids.split(";")
        assert len(ids) == r.k and not secondary & set(ids)
        w = win[r.window]
        for sid in ids:  # each pooled study really reports this measure, route and window in the raw table
            raw = eff[(eff["study_id"] == sid) & (eff["measure"] == r.outcome) & (eff["route"] == r.group)]
            hours = raw["timepoint_hours"].dropna().astype(float)
            assert ((hours >= w.lo_hours) & (hours < w.hi_hours)).any(), (sid, r.outcome, r.window)
        studies = forest_rows(snap, r.outcome, r.window)
        studies = studies[(studies["group"] == r.group) & (studies["row_type"] == "study")]
        assert studies["events"].sum() == r.events and studies["total"].sum() == r.total
        again = pool_proportions(studies["events"].astype(float), studies["total"].astype(float))
        assert r.estimate == pytest.approx(again.estimate, abs=1e-12)
        assert 0 <= r.ci_low <= r.estimate <= r.ci_high <= 1


def test_ae_raw_counts_match_a_recount(snap) -> None:
    ae, arms = snap["adverse_events"], snap["arms"]
    role = {(s, a): r for s, a, r in zip(arms["study_id"], arms["arm_id"], arms["role"], strict=True)}
    secondary = set(snap["studies"].loc[snap["studies"]["is_secondary"], "study_id"])
    ae = ae[ae["selected"]].assign(arm_id=ae["arm_key"].fillna(ae["arm_id"]))  # the one report the build selected
    keep = [d in KETAMINE and role.get((s, a), "experimental") == "experimental" and s not in secondary
            for s, a, d in zip(ae["study_id"], ae["arm_id"].fillna(""), ae["drug"], strict=True)]
    raw = ae[np.array(keep) & ae["n_affected"].notna().to_numpy() & ae["n_at_risk"].notna().to_numpy()]
    per_arm = raw.groupby(["route", "category", "study_id", "arm_id"], dropna=False).agg(
        ev=("n_affected", "max"), n=("n_at_risk", "max"))
    want = per_arm.groupby(["route", "category"]).sum()
    assert len(want) > 0
    got = ae_incidence(snap).set_index(["group", "category"])
    for (route, cat), w in want.iterrows():
        assert got.loc[(route, cat), "events"] >= w["ev"], (route, cat)  # derived-from-percent rows may add
        assert got.loc[(route, cat), "total"] >= w["n"], (route, cat)
    exact = got[got["derived_rows"] == 0]
    for (route, cat), g in exact.iterrows():
        if (route, cat) in want.index:
            assert g["events"] == want.loc[(route, cat), "ev"] and g["total"] == want.loc[(route, cat), "n"]
