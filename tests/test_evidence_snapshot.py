"""The shipped snapshot obeys the evidence contract: each patient once, like with like, honest grades, citable links."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pandas as pd
import pytest

from evidence import analysis, citation, store, vocab
from tests.conftest import DATA


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return {name: store.read_table(DATA, name) for name in store.TABLE_NAMES}


def _pooled(t: dict[str, pd.DataFrame], outcome: str, window: str, study_id: str) -> list[float]:
    rows = analysis.pool_inputs(t, outcome, window).set_index("study_id")
    return rows.loc[study_id, ["events", "total", "events_ctl", "total_ctl"]].tolist()


def test_synapse_enters_the_24h_response_once(tables) -> None:
    assert _pooled(tables, "response_rr", "24h", "NCT01998958") == [12, 34, 1, 33]


def test_transform_trials_enter_day_28_once(tables) -> None:
    assert _pooled(tables, "response_rr", "d21_42", "NCT02418585") == [79, 114, 57, 109]
    assert _pooled(tables, "response_rr", "d21_42", "NCT02417064") == [123, 229, 44, 113]


def test_no_suicidal_ideation_outcome_is_pooled_as_depression_response(tables) -> None:
    e = tables["efficacy"]
    dep = e[e["measure"].isin(["response", "remission"])]
    text = dep["definition"].fillna("") + " " + dep["scale"].fillna("")
    depression_scale = dep["definition"].fillna("").str.contains(r"MADRS|HAM-?D|HDRS|QIDS", case=False, regex=True)
    si = text.str.contains(r"suicid|\bSSI\b|C-?SSRS", case=False, regex=True) & ~depression_scale
    assert dep[si].empty, dep.loc[si, ["study_id", "definition"]].to_string()
    assert not dep["definition"].fillna("").str.contains("early improvement", case=False).any()


def test_no_selected_denominator_exceeds_its_arms_randomized_n(tables) -> None:
    arms = tables["arms"].dropna(subset=["n"]).set_index(["study_id", "arm_id"])["n"]
    for name, col in (("efficacy", "n_total"), ("adverse_events", "n_at_risk")):
        df = tables[name]
        df = df[df["selected"] & df["arm_key"].notna() & df[col].notna()]
        for r in df.itertuples():
            n = arms.get((r.study_id, r.arm_key))
            assert n is None or getattr(r, col) <= n, (name, r.study_id, r.arm_key, getattr(r, col), n)


def test_one_selected_value_per_arm_outcome_and_timepoint(tables) -> None:
    e = tables["efficacy"]
    sel = e[e["selected"] & e["measure"].isin(["response", "remission", "si_response", "si_resolution"])
            & e["arm_key"].notna() & ~e["is_comparison"]]
    dup = sel.duplicated(["study_id", "arm_key", "measure", "timepoint_hours"], keep=False)
    assert not dup.any(), sel.loc[dup, ["study_id", "arm_key", "measure", "timepoint_hours", "report"]].to_string()


def test_every_link_is_canonical_or_missing_with_the_page_read_kept(tables) -> None:
    hosts: dict[str, set[str]] = {}
    for name in ("efficacy", "adverse_events", "arms"):
        df = tables[name]
        for url, read in zip(df["source_url"], df["read_from"], strict=True):
            if pd.isna(url):
                assert not pd.isna(read), f"{name}: a row with neither a canonical link nor the page read"
                continue
            hosts.setdefault(urlparse(url).netloc, set()).add(name)
            assert citation.is_canonical(url), f"{name}: {url}"
            assert " | " not in url and not re.search(r"\s", url)
    assert set(hosts) <= {"clinicaltrials.gov", "pubmed.ncbi.nlm.nih.gov", "pmc.ncbi.nlm.nih.gov", "doi.org"}, hosts


def test_grades_are_honest(tables) -> None:
    for name in ("efficacy", "adverse_events"):
        df = tables[name]
        assert set(df["source_tier"]) <= set(vocab.SOURCE_TIERS)
        press = df[df["source_tier"] == "press_or_aggregator"]
        assert not (press["verification"] == "verified").any(), name
        assert set(df["verification"]) > {"verified"}, f"{name}: every value graded verified"


def test_a_pooled_report_is_secondary_and_never_pooled_with_its_components(tables) -> None:
    s = tables["studies"].set_index("study_id")
    pools = s[s["notes"].fillna("").str.contains("pools trials")]
    assert len(pools) >= 1 and pools["is_secondary"].all()
    pooled_ids = set(analysis.pool_inputs(tables, "response", None)["study_id"])
    assert not pooled_ids & set(pools.index)


def test_studies_are_labelled_as_readers_know_them(tables) -> None:
    s = tables["studies"].set_index("study_id")
    assert s.loc["NCT01998958", "label"].startswith("SYNAPSE (Daly")  # the paper's year only where a page shows it
    assert s.loc["NCT02418585", "label"] == "TRANSFORM-2 (Popova 2019)"
    assert s["label"].notna().all()
