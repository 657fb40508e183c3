"""Random schema-valid tables: the summary never crashes and its numbers keep their invariants."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from evidence import vocab
from evidence.analysis import ae_incidence, controlled_rr, forest_rows, summarise
from tests.test_analysis_summary import ae, arm, eff, study, tables

ROUTES = ["intravenous", "intranasal", "oral"]
DRUGS = ["ketamine", "esketamine", "other"]
HOURS = [None, 0.67, 2.0, 4.0, 24.0, 72.0, 168.0, 672.0, 2000.0]


@st.composite
def random_tables(draw):
    n_studies = draw(st.integers(0, 5))
    studies, arms, effs, aes = [], [], [], []
    for i in range(n_studies):
        sid = f"S{i}"
        design = draw(st.sampled_from(["rct", "open_label", "meta_analysis", "crossover_rct"]))
        studies.append(study(sid, design=design, routes=draw(st.lists(st.sampled_from(ROUTES), max_size=2)),
                             drugs=draw(st.lists(st.sampled_from(DRUGS), max_size=2)),
                             pop=draw(st.lists(st.sampled_from(["TRD", "MDD", "suicidal"]), max_size=2)),
                             n=draw(st.one_of(st.none(), st.integers(1, 500))),
                             secondary=design == "meta_analysis"))
        for j in range(draw(st.integers(0, 3))):
            aid = f"A{j}"
            role = draw(st.sampled_from(["experimental", "comparator"]))
            route, drug = draw(st.sampled_from(ROUTES)), draw(st.sampled_from(DRUGS))
            if draw(st.booleans()):
                arms.append(arm(sid, aid, role, drug=drug, route=route))
            for _ in range(draw(st.integers(0, 3))):
                tot = draw(st.one_of(st.none(), st.integers(0, 200)))
                ev = draw(st.one_of(st.none(), st.integers(0, 250)))
                val = draw(st.one_of(st.none(), st.floats(-10, 120, allow_nan=False)))
                unit = draw(st.sampled_from([None, "percent", "count", "points"]))
                effs.append(eff(sid, aid, draw(st.sampled_from(["response", "remission", "onset"])),
                                draw(st.sampled_from(HOURS)), ev, tot, val, unit, drug=drug, route=route,
                                kind=draw(st.sampled_from(vocab.SOURCE_KINDS))))
            for _ in range(draw(st.integers(0, 2))):
                aes.append(ae(sid, aid, draw(st.sampled_from(["dissociation", "headache"])),
                              draw(st.one_of(st.none(), st.integers(0, 60))), draw(st.one_of(st.none(),
                                                                                             st.integers(0, 60))),
                              serious=draw(st.booleans()), drug=drug, route=route,
                              percent=draw(st.one_of(st.none(), st.floats(0, 100)))))
    return tables(studies, arms, effs, aes)


def _check(df: pd.DataFrame) -> None:
    pooled = df[(df["k"].fillna(0) > 0) & df["scale"].isin(["proportion", "risk_ratio"])]
    for r in pooled.itertuples(index=False):
        assert r.ci_low <= r.estimate <= r.ci_high, r
        assert r.tau2 >= 0 and 0 <= r.i2 < 100
        if r.scale == "proportion":
            assert 0 <= r.ci_low and r.ci_high <= 1
        assert r.k <= len(r.study_ids.split(";"))
        assert (r.note == "single study") == (r.k == 1)


@settings(max_examples=10)
@given(random_tables(), st.sampled_from(["route", "population", "drug", "design"]), st.sampled_from(["DL", "REML"]))
def test_summary_never_crashes_and_keeps_invariants(t, by, method) -> None:
    s = summarise(t, by=by, method=method)
    _check(s)
    secondary = set(t["studies"].loc[t["studies"]["is_secondary"], "study_id"])
    for ids in s.loc[s["outcome"] != "studies", "study_ids"].dropna():
        assert not secondary & set(ids.split(";")) - {""}
    _check(ae_incidence(t, by=by, method=method).assign(scale="proportion"))
    for outcome in ("response", "remission_rr"):
        f = forest_rows(t, outcome, "24h", by=by, method=method)
        assert set(f["row_type"]) <= {"study", "pooled"}
    rr = controlled_rr(t, "response")
    assert (rr["events"] <= rr["total"]).all() and (rr["events_ctl"] <= rr["total_ctl"]).all()
