"""Claim check: verdicts follow the filtered evidence, stay cautious with few studies, and cite their rows."""

from __future__ import annotations

import pandas as pd
import pytest

from evidence import claims, store
from evidence.filters import Filters, filter_tables
from tests.conftest import DATA


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return store.read_tables(DATA)


@pytest.fixture(scope="module")
def full(tables: dict[str, pd.DataFrame]) -> dict[str, claims.ClaimResult]:
    return {r.claim_id: r for r in claims.check_claims(claims.gather(tables))}


def test_every_default_claim_gets_a_verdict_and_numbers(full: dict[str, claims.ClaimResult]) -> None:
    assert list(full) == [c["id"] for c in claims.DEFAULT_CLAIMS]
    for r in full.values():
        assert r.verdict in claims.VERDICTS and r.summary and r.text
        assert any(ch.isdigit() for ch in r.summary)


def test_within_hours_counts_onset_points_independently(tables: dict[str, pd.DataFrame],
                                                        full: dict[str, claims.ClaimResult]) -> None:
    eff, st = tables["efficacy"], tables["studies"]
    primary = set(st.loc[~st["is_secondary"].astype(bool), "study_id"])
    on = eff[(eff["measure"] == "onset") & eff["study_id"].isin(primary) & eff["timepoint_hours"].notna()]
    fast = on[on["timepoint_hours"] <= 24]["study_id"].nunique()
    assert full["works_within_hours"].summary.startswith(f"{fast} of {on['study_id'].nunique()} primary studies")


def test_route_comparison_is_never_supported_without_head_to_head_results(
        full: dict[str, claims.ClaimResult]) -> None:
    r = full["iv_im_stronger_than_nasal"]
    assert r.verdict in (claims.NOT_ESTABLISHED, claims.PARTLY)
    assert any("head-to-head" in c for c in r.caveats)
    assert "indirect" in r.summary


def test_main_side_effects_ranks_from_the_ae_table(tables: dict[str, pd.DataFrame],
                                                   full: dict[str, claims.ClaimResult]) -> None:
    r = full["main_side_effects"]
    ae = tables["adverse_events"]
    nasal = ae[(ae["route"] == "intranasal") & (ae["category"] == "dissociation") & ae["n_at_risk"].notna()]
    assert not nasal.empty
    assert "intranasal: dissociation rank" in r.summary
    assert r.evidence["value"].str.contains("events").all()


def test_verdicts_follow_the_filters(tables: dict[str, pd.DataFrame]) -> None:
    oral = filter_tables(tables, Filters(routes=("sublingual",)))  # no esketamine nasal-spray study there
    res = {r.claim_id: r for r in claims.check_claims(claims.gather(oral))}
    assert res["nasal_spray_approved_trd"].verdict == claims.NO_EVIDENCE
    none = filter_tables(tables, Filters(search="no study has this text"))
    for r in claims.check_claims(claims.gather(none)):
        assert r.verdict == claims.NO_EVIDENCE


def test_evidence_rows_link_to_registry_or_pubmed(full: dict[str, claims.ClaimResult]) -> None:
    ev = full["nasal_spray_approved_trd"].evidence
    assert len(ev) and ev["link"].str.startswith("https://clinicaltrials.gov/study/NCT").any()


def test_unknown_claim_is_reported_not_checked(tables: dict[str, pd.DataFrame]) -> None:
    res = claims.check_claims(claims.gather(tables), [{"id": "cures_everything", "text": "Cures everything"}])
    assert res[0].verdict == claims.NOT_CHECKED and res[0].text == "Cures everything"


@pytest.mark.parametrize(("args", "expected"), [
    (("NCT01", [], [], [], None), "https://clinicaltrials.gov/study/NCT01"),
    (("PMID:5", [], ["5"], [], None), "https://pubmed.ncbi.nlm.nih.gov/5/"),
    (("DOI:10.1/x", [], [], ["10.1/x"], "https://e.org"), "https://doi.org/10.1/x"),
    (("REF:a", [], [], [], "https://e.org/a"), "https://e.org/a"),
    (("REF:a", [], [], [], "javascript:alert(1)"), None),
])
def test_study_link(args: tuple, expected: str | None) -> None:
    assert claims.study_link(*args) == expected


def test_every_cited_study_links_to_its_own_record_and_pooled_rows_to_none(
        tables: dict[str, pd.DataFrame], full: dict[str, claims.ClaimResult]) -> None:
    st = tables["studies"].drop_duplicates("study_id", keep="last").set_index("study_id")
    checked = 0
    for cid, r in full.items():
        for sid, link in zip(r.evidence["study_id"], r.evidence["link"], strict=True):
            if cid == "main_side_effects" or sid not in st.index:  # AE rows and pooled rows ("a; b; c") cite no one
                assert link is None or pd.isna(link)
                continue
            s = st.loc[sid]
            assert link == claims.study_link(sid, s["nct_ids"], s["pmids"], s["dois"], s["url"])
            checked += 1
    assert checked > 10


@pytest.mark.parametrize("f", [Filters(), Filters(routes=("intranasal",)), Filters(populations=("suicidal",))])
def test_the_summary_rows_the_checks_read_give_the_full_summarys_verdicts(tables: dict[str, pd.DataFrame],
                                                                         f: Filters) -> None:
    """gather() computes only SUMMARY_OUTCOMES rows of the summary; with the whole summary nothing changes."""
    from evidence import analysis

    sel = filter_tables(tables, f)
    part = claims.gather(sel)
    whole = claims.ClaimInputs(part.tables, analysis.summarise(sel, by="route"), part.ae, part.onset, part.rr)
    assert len(whole.summary) > len(part.summary) > 0
    for a, b in zip(claims.check_claims(part), claims.check_claims(whole), strict=True):
        assert (a.claim_id, a.verdict, a.summary, a.caveats) == (b.claim_id, b.verdict, b.summary, b.caveats)
        pd.testing.assert_frame_equal(a.evidence, b.evidence)
