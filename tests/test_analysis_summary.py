"""By-group summary rules on small hand-made, schema-valid tables (each case says the rule it checks)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from evidence import schema
from evidence.analysis import (
    SUMMARY_COLUMNS,
    ae_incidence,
    controlled_rr,
    forest_rows,
    onset_points,
    onset_stats,
    summarise,
)
from evidence.analysis.pooling import pool_proportions, pool_risk_ratios
from evidence.analysis.rates import events_of, round_half_up
from evidence.analysis.windows import NO_WINDOW, window_of
from evidence.reconcile import reconcile

PROV = {"source_kind": "curated", "source_tier": "registry_results", "verification": "verified", "provenance": "test",
        "source_url": "https://x.test/",
        "notes": None}


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    cols = schema.columns(table)
    full = [{c: r.get(c) for c in cols} for r in rows]
    return schema.coerce(table, pd.DataFrame(full, columns=cols))


def study(sid, design="rct", routes=("intravenous",), drugs=("ketamine",), pop=("TRD",), n=None, secondary=False,
          comparator_class="placebo"):
    return {"study_id": sid, "design": design, "routes": list(routes), "drugs": list(drugs), "population": list(pop),
            "enrollment": n, "is_secondary": secondary, "comparator_class": comparator_class}


def arm(sid, aid, role, drug="ketamine", route="intravenous"):
    return {"study_id": sid, "arm_id": aid, "label": aid, "role": role, "drug": drug, "route": route, **PROV}


def eff(sid, aid, measure, hours, ev=None, tot=None, value=None, unit=None, drug="ketamine", route="intravenous",
        kind="curated", comparison=False):
    return {"study_id": sid, "arm_id": aid, "arm_label": aid, "route": route, "drug": drug, "measure": measure,
            "timepoint_hours": hours, "n_events": ev, "n_total": tot, "value": value, "unit": unit,
            "is_comparison": comparison, **PROV, "source_kind": kind}


def ae(sid, aid, category, affected, at_risk, serious=False, drug="ketamine", route="intravenous", percent=None):
    return {"study_id": sid, "arm_id": aid, "arm_label": aid, "route": route, "drug": drug, "term": category,
            "category": category, "serious": serious, "n_affected": affected, "n_at_risk": at_risk,
            "percent": percent, **PROV}


def tables(studies, arms=(), efficacy=(), aes=()):
    """Tables as the build writes them: reconciled (one selected value per arm, outcome and visit)."""
    raw = {"studies": _frame("studies", list(studies)), "arms": _frame("arms", list(arms)),
           "efficacy": _frame("efficacy", list(efficacy)), "adverse_events": _frame("adverse_events", list(aes)),
           "publications": schema.empty("publications")}
    return reconcile(raw)[0]


@pytest.fixture
def trio():
    """Three IV RCTs vs placebo, one IN single-arm study, and one meta-analysis that must never be pooled."""
    return tables(
        [study("S1", n=40), study("S2", n=60), study("S3", n=30, pop=("MDD",)),
         study("S4", design="open_label", routes=("intranasal",), drugs=("esketamine",), n=20),
         study("M1", design="meta_analysis", secondary=True, n=900)],
        [arm("S1", "K", "experimental"), arm("S1", "P", "comparator", drug="other"),
         arm("S2", "K", "experimental"), arm("S2", "P", "comparator", drug="other"),
         arm("S3", "K", "experimental"), arm("S3", "P", "comparator", drug="other"),
         arm("S4", "E", "experimental", drug="esketamine", route="intranasal")],
        [eff("S1", "K", "response", 24, 10, 20), eff("S1", "P", "response", 24, 3, 20, drug="other"),
         eff("S2", "K", "response", 24, 15, 30), eff("S2", "P", "response", 24, 5, 30, drug="other"),
         eff("S3", "K", "response", 24, value=50.0, unit="percent", tot=15),  # derived: round-half-up(7.5) = 8
         eff("S3", "P", "response", 24, 0, 15, drug="other"),
         eff("S4", "E", "response", 24, 6, 20, drug="esketamine", route="intranasal"),
         eff("M1", None, "response", 24, 300, 450),
         eff("S1", "K", "onset", None, value=2.0, unit="hours"), eff("S2", "K", "onset", 4.0),
         eff("S3", "K", "onset", None, value=1440.0, unit="minutes")],
        [ae("S1", "K", "dissociation", 8, 20), ae("S2", "K", "dissociation", 12, 30),
         ae("S1", "P", "dissociation", 1, 20, drug="other")],
    )


def _row(df, group, outcome, window=""):
    hit = df[(df["group"] == group) & (df["outcome"] == outcome) & (df["window"] == window)]
    assert len(hit) == 1, (group, outcome, window, df[["group", "outcome", "window"]].to_dict("records"))
    return hit.iloc[0]


def test_summary_columns_and_study_counts(trio) -> None:
    s = summarise(trio, by="route")
    assert list(s.columns) == SUMMARY_COLUMNS
    iv = _row(s, "intravenous", "studies")
    assert (iv["n_studies"], iv["n_secondary"], iv["participants"]) == (3, 1, 130)
    assert _row(s, "intranasal", "studies")["n_studies"] == 1


def test_single_arm_rate_pools_only_ketamine_arms_of_primary_studies(trio) -> None:
    r = _row(summarise(trio), "intravenous", "response", "24h")
    expected = pool_proportions([10, 15, 8], [20, 30, 15])
    assert r["k"] == 3 and r["events"] == 33 and r["total"] == 65
    assert r["estimate"] == pytest.approx(expected.estimate, abs=1e-12)
    assert r["ci_low"] == pytest.approx(expected.ci_low, abs=1e-12)
    assert r["derived_rows"] == 1 and "M1" not in r["study_ids"]


def test_controlled_rr_is_ketamine_vs_same_study_comparator(trio) -> None:
    r = _row(summarise(trio), "intravenous", "response_rr", "24h")
    expected = pool_risk_ratios([10, 15, 8], [20, 30, 15], [3, 5, 0], [20, 30, 15])
    assert r["k"] == 3 and r["estimate"] == pytest.approx(expected.estimate, abs=1e-12)
    assert r["tau2"] == pytest.approx(expected.tau2, abs=1e-12)
    pairs = controlled_rr(trio, "response", "24h")
    assert sorted(pairs["study_id"]) == ["S1", "S2", "S3"]
    assert set(pairs["comparator_class"]) == {"placebo"}
    assert pairs.loc[pairs["study_id"] == "S1", "rr"].iloc[0] == pytest.approx(10 / 3)


def test_small_k_labels_in_summary(trio) -> None:
    s = summarise(trio)
    assert _row(s, "intranasal", "response", "24h")["note"] == "single study"
    assert _row(s, "intranasal", "response", "24h")["estimate"] == pytest.approx(0.3)
    assert _row(s, "intravenous", "response", "24h")["note"] == ""


def test_by_population_splits_studies(trio) -> None:
    s = summarise(trio, by="population")
    assert _row(s, "TRD", "response", "24h")["k"] == 3  # S1, S2, S4
    assert _row(s, "MDD", "response", "24h")["k"] == 1


def test_onset_points_and_median_iqr(trio) -> None:
    pts = onset_points(trio)
    assert sorted(pts["hours"]) == [2.0, 4.0, 24.0]
    st = onset_stats(trio, "route").set_index("group")
    assert st.loc["intravenous", "median_hours"] == 4.0
    assert st.loc["intravenous", "q1_hours"] == 3.0 and st.loc["intravenous", "q3_hours"] == 14.0


def test_ae_incidence_counts_ketamine_arms_only(trio) -> None:
    inc = ae_incidence(trio).set_index("category")
    row = inc.loc["dissociation"]
    assert (row["events"], row["total"], row["k"]) == (20, 50, 2)
    assert row["estimate"] == pytest.approx(pool_proportions([8, 12], [20, 30]).estimate)
    assert row["note"] == "k<3: imprecise"


def test_ae_takes_the_largest_term_per_category_and_filters_serious() -> None:
    t = tables([study("A", n=10)], [arm("A", "K", "experimental")],
               aes=[ae("A", "K", "dissociation", 3, 10), ae("A", "K", "dissociation", 5, 10),
                    ae("A", "K", "other", 1, 10, serious=True), ae("A", "K", "nausea_vomiting", None, None, percent=20),
                    ae("A", "K", "headache", None, 10, percent=25)])
    inc = ae_incidence(t).set_index("category")
    assert inc.loc["dissociation", "events"] == 5
    assert inc.loc["nausea_vomiting", "k"] == 0 and inc.loc["nausea_vomiting", "unpooled_rows"] == 1
    assert inc.loc["headache", "events"] == 3 and inc.loc["headache", "derived_rows"] == 1  # round-half-up(2.5)
    assert list(ae_incidence(t, serious=True)["category"]) == ["other"]


def test_ae_one_source_per_study_and_category() -> None:
    rows = [ae("A", "EG000", "dissociation", 7, 20), ae("A", "EG001", "dissociation", 5, 20),
            ae("A", None, "dissociation", 12, 40), ae("A", None, "headache", 3, 40)]
    rows[0]["source_kind"] = rows[1]["source_kind"] = "registry_results"
    rows[2]["source_kind"] = rows[3]["source_kind"] = "abstract"
    rows[2]["arm_label"] = rows[3]["arm_label"] = "ketamine (all doses)"
    inc = ae_incidence(tables([study("A")], [], aes=rows)).set_index("category")
    assert (inc.loc["dissociation", "events"], inc.loc["dissociation", "total"]) == (12, 40)  # registry, not 24/80
    assert inc.loc["headache", "events"] == 3  # the paper is the only source of this category


def test_rows_without_denominator_are_counted_not_pooled() -> None:
    t = tables([study("A"), study("B")], [],
               [eff("A", "K", "response", 24, value=55.0, unit="percent"), eff("B", "K", "response", 24, 5, 10),
                eff("B", "K2", "response", None, 4, 10)])
    s = summarise(t)
    r = _row(s, "intravenous", "response", "24h")
    assert r["k"] == 1 and r["unpooled_rows"] == 1 and r["n_studies"] == 2
    nt = _row(s, "intravenous", "response", NO_WINDOW)
    assert nt["k"] == 0 and nt["unpooled_rows"] == 1 and pd.isna(nt["estimate"])


def test_one_timepoint_per_arm_per_window_and_best_source() -> None:
    t = tables([study("A")], [arm("A", "K", "experimental")],
               [eff("A", "K", "response", 2, 2, 10), eff("A", "K", "response", 4, 6, 10),
                eff("A", "K", "response", 4, 9, 10, kind="abstract"), eff("A", "K", "response", 40, 7, 10)])
    f = forest_rows(t, "response", "acute")
    study_rows = f[f["row_type"] == "study"]
    assert len(study_rows) == 1 and study_rows.iloc[0]["events"] == 6  # 4 h (anchor), curated over abstract
    assert forest_rows(t, "response", "24h").iloc[0]["events"] == 7


def test_one_source_per_study_and_timepoint() -> None:
    """A registry's arm ids and a paper's arm labels can't be matched: the best source wins for the timepoint."""
    t = tables([study("A")], [],
               [eff("A", "EG000", "response", 24, 6, 10, kind="registry_results"),
                eff("A", "EG001", "response", 24, 4, 10, kind="registry_results"),
                eff("A", "esketamine 84 mg", "response", 24, 6, 10, kind="abstract"),
                eff("A", "esketamine 84 mg", "response", 168, value=50.0, unit="percent", tot=10, kind="abstract"),
                eff("A", "EG000", "response", 168, tot=None, value=40.0, unit="percent", kind="registry_results")])
    s = summarise(t)
    assert (_row(s, "intravenous", "response", "24h")[["k", "events", "total"]] == [1, 10, 20]).all()
    assert (_row(s, "intravenous", "response", "d2_7")[["events", "total"]] == [5, 10]).all()  # only abstract poolable


def test_arms_of_one_study_are_summed_not_double_counted() -> None:
    t = tables([study("A")], [arm("A", "K1", "experimental"), arm("A", "K2", "experimental"),
                              arm("A", "P", "comparator", drug="other")],
               [eff("A", "K1", "remission", 24, 3, 10), eff("A", "K2", "remission", 24, 5, 12),
                eff("A", "P", "remission", 24, 1, 11, drug="other")])
    r = _row(summarise(t), "intravenous", "remission", "24h")
    assert (r["k"], r["events"], r["total"]) == (1, 8, 22)
    rr = _row(summarise(t), "intravenous", "remission_rr", "24h")
    assert rr["estimate"] == pytest.approx((8 / 22) / (1 / 11))


def test_forest_rows_have_study_and_pooled_rows(trio) -> None:
    f = forest_rows(trio, "response_rr", "24h", method="REML")
    assert list(f["row_type"]) == ["study", "study", "study", "pooled"]
    pooled = f.iloc[-1]
    assert pooled["k"] == 3 and pooled["ci_low"] < pooled["estimate"] < pooled["ci_high"]
    assert all(f["ci_low"] < f["ci_high"])
    with pytest.raises(ValueError, match="unknown window"):
        forest_rows(trio, "response", "week9")


def test_empty_tables_give_an_empty_summary() -> None:
    t = tables([])
    assert summarise(t).empty and ae_incidence(t).empty and onset_points(t).empty


@pytest.mark.parametrize(
    ("args", "expected"),
    [((5, 10, None, None), (5, 10, False, "")), ((None, 15, 50.0, "percent"), (8, 15, True, "")),
     ((None, 10, 3.0, "count"), (3, 10, False, "")), ((None, None, 40.0, "percent"), (None, None, False,
                                                                                       "no denominator reported")),
     ((12, 10, None, None), (12, 10, False, "events outside 0..total")),
     ((None, 10, 2.5, "points"), (None, 10, False, "unit points is not a rate"))],
)
def test_events_of(args, expected) -> None:
    assert events_of(*args) == expected


@pytest.mark.parametrize(("hours", "window"), [(0.67, "acute"), (4, "acute"), (12, "24h"), (24, "24h"),
                                               (72, "d2_7"), (168, "d2_7"), (336, "d8_20"), (672, "d21_42"),
                                               (1008, "gt6w"), (None, NO_WINDOW), (math.nan, NO_WINDOW),
                                               (-1, NO_WINDOW)])
def test_windows(hours, window) -> None:
    assert window_of(hours) == window


def test_round_half_up() -> None:
    assert [round_half_up(x) for x in (0.5, 1.5, 2.5, 7.4999)] == [1, 2, 3, 7]


def test_another_profiles_drug_is_pooled_like_a_ketamine_form() -> None:
    """Under the psilocybin profile the build files psilocybin arms as the studied drug: they pool, onset and
    side effects count them, and the comparator stays the comparator."""
    t = tables(
        [study("P1", routes=("oral",), drugs=("psilocybin",), n=40), study("P2", routes=("oral",),
                                                                          drugs=("psilocybin",), n=60)],
        [arm("P1", "K", "experimental", drug="psilocybin", route="oral"),
         arm("P1", "P", "comparator", drug="other", route="oral"),
         arm("P2", "K", "experimental", drug="psilocybin", route="oral"),
         arm("P2", "P", "comparator", drug="other", route="oral")],
        [eff("P1", "K", "response", 504, 10, 20, drug="psilocybin", route="oral"),
         eff("P1", "P", "response", 504, 3, 20, drug="other", route="oral"),
         eff("P2", "K", "response", 504, 15, 30, drug="psilocybin", route="oral"),
         eff("P2", "P", "response", 504, 5, 30, drug="other", route="oral")],
        [ae("P1", "K", "headache", 8, 20, drug="psilocybin", route="oral"),
         ae("P1", "P", "headache", 2, 20, drug="other", route="oral")],
    )
    s = summarise(t, by="route")
    rate = _row(s, "oral", "response", "d21_42")
    assert (rate["k"], rate["events"], rate["total"]) == (2, 25, 50)
    rr = _row(s, "oral", "response_rr", "d21_42")
    assert rr["estimate"] == pytest.approx(pool_risk_ratios([10, 15], [20, 30], [3, 5], [20, 30]).estimate, abs=1e-12)
    assert _row(s, "oral", "studies")["n_studies"] == 2
    by_drug = summarise(t, by="drug")
    assert set(by_drug["group"]) == {"psilocybin"}
