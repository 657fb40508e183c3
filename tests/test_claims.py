"""Claim check on the shipped snapshot: the verdicts, the numbers behind them, and what the filters change (and
what they must not change)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from evidence import claims, store
from evidence.claims import regulatory
from evidence.filters import Filters
from evidence.selection import Snapshot
from tests.conftest import DATA

SNAPSHOT_VERDICTS = {
    "works_within_hours": claims.SUPPORTED,
    "iv_im_stronger_than_nasal": claims.NOT_ESTABLISHED,
    "nasal_spray_approved_trd": claims.SUPPORTED,
    "main_side_effects": claims.PARTLY,
    "helps_suicidal_ideation": claims.SUPPORTED,
    "abuse_potential": claims.SUPPORTED,
    "medical_supervision": claims.SUPPORTED,
    "responses_vary": claims.SUPPORTED,
    "wears_off_needs_maintenance": claims.SUPPORTED,
    "reserved_for_treatment_resistant": claims.PARTLY,
    "glutamate_mechanism": claims.NOT_CHECKABLE,
}


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return store.read_tables(DATA)


def run(tables: dict[str, pd.DataFrame], f: Filters = Filters()) -> dict[str, claims.ClaimResult]:
    x = claims.gather(Snapshot(tables).select(f), regulatory_facts=claims.load_facts(DATA))
    return {r.claim_id: r for r in claims.check_claims(x)}


@pytest.fixture(scope="module")
def full(tables: dict[str, pd.DataFrame]) -> dict[str, claims.ClaimResult]:
    return run(tables)


def test_shipped_snapshot_verdicts(full: dict[str, claims.ClaimResult]) -> None:
    assert {k: r.verdict for k, r in full.items()} == SNAPSHOT_VERDICTS


def test_every_verdict_has_numbers_and_rows_with_sources(full: dict[str, claims.ClaimResult]) -> None:
    for r in full.values():
        assert r.summary and any(ch.isdigit() for ch in r.summary), r.claim_id
        assert len(r.evidence), r.claim_id
        assert list(r.evidence.columns) == claims.EVIDENCE_COLUMNS
        assert r.evidence["row_id"].notna().all() and r.evidence["use"].isin(
            [claims.COUNTED, claims.CONTEXT, claims.NOT_COUNTED]).all()
        if r.verdict not in (claims.NOT_CHECKABLE, claims.NO_EVIDENCE):
            assert (r.evidence["use"] == claims.COUNTED).any(), r.claim_id
        # Every row of a study or a regulatory fact links to it; pooled and indirect rows name their studies instead.
        own = r.evidence[r.evidence["study_id"].notna() | r.evidence["row_id"].str.startswith("REG-")]
        assert own["link"].map(lambda u: isinstance(u, str) and u.startswith(("https://", "http://"))).all(), r.claim_id
        pooled = r.evidence[~r.evidence.index.isin(own.index)]
        assert pooled["value"].str.contains(r"k=\d", regex=True).all(), r.claim_id


def test_approval_is_a_regulatory_fact_that_no_filter_flips(tables: dict[str, pd.DataFrame],
                                                            full: dict[str, claims.ClaimResult]) -> None:
    r = full["nasal_spray_approved_trd"]
    assert "5 March 2019" in r.summary and "18 December 2019" in r.summary and "suicidal ideation" in r.summary
    assert {"REG-001", "REG-031", "REG-032"} <= set(r.evidence["row_id"])
    for f in (Filters(routes=("intravenous",)), Filters(drugs=("ketamine",)), Filters(routes=("oral",))):
        iv = run(tables, f)
        for cid in ("nasal_spray_approved_trd", "medical_supervision"):
            assert iv[cid].verdict == claims.SUPPORTED, (f, cid)
            assert "this selection excludes the nasal spray" in iv[cid].summary, (f, cid)
    assert "excludes" not in r.summary


def test_onset_per_route_counts_controlled_trials(tables: dict[str, pd.DataFrame],
                                                  full: dict[str, claims.ClaimResult]) -> None:
    s = full["works_within_hours"].summary
    assert "intranasal: 4 of 4 controlled trial(s) separated within 24 h" in s
    assert re.search(r"intravenous: (\d+) of \1 controlled trial\(s\) separated within 24 h \(.*Zarate 2012 40 min", s)
    assert "oral: 0 of 2 controlled trial(s) separated within 24 h" in s
    # The review's failure: oral came out 'partly supported' on a within-group change at 40 min.
    assert run(tables, Filters(routes=("oral",)))["works_within_hours"].verdict == claims.NOT_ESTABLISHED
    assert run(tables, Filters(routes=("subcutaneous",)))["works_within_hours"].verdict == claims.NO_EVIDENCE
    ev = full["works_within_hours"].evidence
    counted = ev[ev["use"] == claims.COUNTED]
    eff = tables["efficacy"]
    ids = [int(r.split(":")[1]) for r in counted["row_id"]]
    assert (eff.loc[ids, "measure"] == "onset").all() and eff.loc[ids, "selected"].all()


def test_route_comparison_has_no_head_to_head_and_says_indirect(full: dict[str, claims.ClaimResult]) -> None:
    r = full["iv_im_stronger_than_nasal"]
    assert "No randomised head-to-head trial" in r.summary and "Indirect comparison" in r.summary
    not_counted = r.evidence[r.evidence["use"] == claims.NOT_COUNTED]
    assert set(not_counted["study_id"]) == {"NCT05450432", "NCT06713616", "NCT06725277"}
    assert not_counted.set_index("study_id").loc["NCT05450432", "what"].endswith("(open_label)")


def test_harms_are_placebo_subtracted(full: dict[str, claims.ClaimResult]) -> None:
    s = full["main_side_effects"].summary
    assert "intranasal: largest is dissociation (+25.2 points)" in s
    assert "raised blood pressure +3.5 (rank 9)" in s
    ev = full["main_side_effects"].evidence
    assert ev["what"].str.contains("active treatment").any()  # KetECT: ketamine vs ECT is not placebo-subtracted


def test_suicidal_ideation_rows_carry_arm_labels(full: dict[str, claims.ClaimResult]) -> None:
    ev = full["helps_suicidal_ideation"].evidence
    grunebaum = ev[ev["study_id"] == "NCT01700829"].iloc[0]
    assert grunebaum["arms"] == "Ketamine 0.5 mg/kg IV vs Midazolam 0.02 mg/kg IV"
    assert "Midazolam 0.02 mg/kg IV: 30% (12/40)" in grunebaum["value"]
    assert "REG-009" in set(ev["row_id"])  # the label: preventing suicide has not been demonstrated


def test_relapse_after_stopping(full: dict[str, claims.ClaimResult]) -> None:
    s = full["wears_off_needs_maintenance"].summary
    assert "SUSTAIN-1 (Daly 2019): HR 0.30 (95% CI 0.16–0.55)" in s
    assert re.search(r"SUSTAIN-1 \(Daly 2019\): relapse .*: 27% \(continued\) vs .*\(esketamine withdrawn\): 45% "
                     r"\(stopped\)", s)


def test_regulatory_facts_are_sourced() -> None:
    facts = regulatory.load_facts(DATA)
    assert facts["fact_id"].is_unique and len(facts) >= 40
    assert (facts["quote"].str.len() > 10).all() and facts["source_url"].str.startswith("http").all()
    assert facts["verification"].isin(["verified", "uncertain"]).all()
    verified = facts[facts["verification"] == "verified"]
    hosts = ("https://www.ema.europa.eu/", "https://www.accessdata.fda.gov/", "https://dailymed.nlm.nih.gov/",
             "https://nctr-crs.fda.gov/", "https://doi.org/", "https://www.govinfo.gov/")
    assert verified["source_url"].map(lambda u: u.startswith(hosts)).all()
    # Verified means read on the canonical page itself (or its journal page for a DOI).
    same = verified["read_from"] == verified["source_url"]
    assert (same | verified["source_url"].str.startswith("https://doi.org/")).all()
    press = facts[facts["source_tier"] == "press_or_aggregator"]
    assert (press["verification"] != "verified").all()
    for kind in ("approval", "indication", "supervision", "rems", "scheduling", "boxed_warning", "status"):
        assert (facts["kind"] == kind).any(), kind
