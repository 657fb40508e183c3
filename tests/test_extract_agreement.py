"""Agreement of automatic extraction with the curators: pure comparison on small frames, and the CLI on the snapshot."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from evidence.extract.agreement import agreement, auto_efficacy, compare

ROOT = Path(__file__).resolve().parent.parent


def _cur(**kw: object) -> dict[str, object]:
    row = {"study_id": "S1", "arm_label": "Ketamine 0.5 mg/kg IV", "arm_key": "ket", "drug": "ketamine",
           "measure": "response", "timepoint_hours": 24.0, "value": 55.0, "unit": "percent", "source_kind": "curated",
           "report": "curated:trials", "is_comparison": False, "source_url": "https://example.org/s1"}
    return row | kw


def _auto(**kw: object) -> dict[str, object]:
    row = {"study_id": "S1", "arm_label": "ketamine", "drug": "ketamine", "measure": "response",
           "timepoint_hours": 24.0, "value": 55.0, "unit": "percent", "source_kind": "abstract",
           "provenance": 'PMID:1 abstract[0:10]: "quote"'}
    return row | kw


def test_same_study_arm_outcome_and_visit_agree_within_rounding() -> None:
    cur = pd.DataFrame([_cur(), _cur(arm_label="Placebo (saline)", arm_key="pbo", drug="other", value=20.0)])
    auto = pd.DataFrame([_auto(value=55.4), _auto(arm_label="placebo", drug="other", value=20.0)])
    rep = compare(cur, auto)
    assert rep.headline() == "automatic extraction agrees with the curators on 2 of 2 values; 0 disagreements"


def test_a_different_value_is_a_disagreement_listed_with_both_sources() -> None:
    rep = compare(pd.DataFrame([_cur()]), pd.DataFrame([_auto(value=45.0)]))
    assert rep.headline() == "automatic extraction agrees with the curators on 0 of 1 values; 1 disagreement"
    d = rep.disagreements[0]
    assert (d.curated, d.auto, d.curated_source) == (55.0, 45.0, "curated:trials")
    assert "quote" in d.auto_quote
    assert list(rep.to_frame()["agrees"]) == [False]


def test_other_visit_outcome_study_or_unit_is_not_compared() -> None:
    cur = pd.DataFrame([_cur(), _cur(measure="remission", value=30.0), _cur(unit="count", value=11.0,
                                                                             timepoint_hours=2.0)])
    auto = pd.DataFrame([
        _auto(timepoint_hours=168.0),  # another visit
        _auto(study_id="S2"),  # another study
        _auto(measure="remission", value=30.0),  # agrees
        _auto(timepoint_hours=2.0, value=11.0),  # only a count curated at 2 h: no percentage to compare
    ])
    rep = compare(cur, auto)
    assert len(rep.comparisons) == 1 and rep.comparisons[0].measure == "remission"
    assert rep.auto_only == 3
    assert rep.curated_only == 1  # the response at 24 h (the count row is no percentage)


def test_rows_that_are_not_curated_or_are_comparisons_are_not_the_reference() -> None:
    cur = pd.DataFrame([_cur(source_kind="registry_results"), _cur(is_comparison=True)])
    rep = compare(cur, pd.DataFrame([_auto()]))
    assert rep.comparisons == [] and rep.auto_only == 1


def test_dose_in_the_extracted_arm_picks_the_curated_arm() -> None:
    cur = pd.DataFrame([
        _cur(arm_label="Esketamine 56 mg", arm_key="esk56", drug="esketamine", value=36.0),
        _cur(arm_label="Esketamine 84 mg", arm_key="esk84", drug="esketamine", value=41.0),
    ])
    dosed = compare(cur, pd.DataFrame([_auto(arm_label="esketamine 84 mg", drug="esketamine", value=41.0)]))
    assert [c.curated_arm for c in dosed.agreements] == ["Esketamine 84 mg"]
    # no dose: two curated arms fit, so the value is not compared
    bare = compare(cur, pd.DataFrame([_auto(arm_label="esketamine", drug="esketamine", value=41.0)]))
    assert bare.comparisons == []


def test_two_curated_sources_for_one_arm_are_one_value() -> None:
    cur = pd.DataFrame([_cur(), _cur(arm_label="ketamine IV 0.5", report="curated:pubmed/findings.csv", value=55.0)])
    rep = compare(cur, pd.DataFrame([_auto()]))
    assert len(rep.comparisons) == 1 and rep.comparisons[0].agrees
    assert rep.curated_only == 0


def test_onset_hours_agree_within_one_percent() -> None:
    cur = pd.DataFrame([_cur(measure="onset", unit="hours", value=0.67, timepoint_hours=0.67)])
    auto = pd.DataFrame([_auto(measure="onset", unit="hours", value=0.67, timepoint_hours=0.67)])
    assert compare(cur, auto).agreements


def test_auto_efficacy_runs_the_extractor_over_publication_abstracts() -> None:
    pubs = pd.DataFrame([
        {"study_id": "S1", "ref_id": "PMID:1", "source_url": "u", "abstract":
         "Methods: Patients were randomized to intravenous ketamine or placebo. Results: Response rates at 24 hours "
         "were 55% and 20% in the ketamine and placebo groups, respectively."},
        {"study_id": "S2", "ref_id": "PMID:2", "source_url": "u", "abstract": ""},
    ])
    auto = auto_efficacy(pubs)
    assert sorted(zip(auto["arm_label"], auto["value"], strict=True)) == [("ketamine", 55.0), ("placebo", 20.0)]
    cur = pd.DataFrame([_cur(), _cur(arm_label="Saline", arm_key="pbo", drug="other", value=25.0)])
    rep = agreement({"publications": pubs, "efficacy": cur})
    assert rep.abstracts == 1
    assert rep.headline() == "automatic extraction agrees with the curators on 1 of 2 values; 1 disagreement"


def test_cli_prints_the_live_figure_on_the_shipped_snapshot() -> None:
    proc = subprocess.run([sys.executable, "-m", "evidence", "extract", "--agreement", "--json"], cwd=ROOT,
                          capture_output=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    out = json.loads(proc.stdout)
    assert out["headline"].startswith("automatic extraction agrees with the curators on ")
    assert out["values"] == out["agreements"] + out["disagreements"] > 0
    assert out["abstracts"] >= 40
    text = subprocess.run([sys.executable, "-m", "evidence", "extract", "--agreement"], cwd=ROOT, capture_output=True,
                          timeout=120, check=False).stdout.decode()
    assert text.splitlines()[0] == out["headline"]


def _page() -> None:  # runs inside Streamlit's AppTest: imports are local to the script
    import pandas as pd

    from evidence.app import extraction_check

    cur = pd.DataFrame([
        {"study_id": "S1", "arm_label": "Ketamine", "arm_key": "ket", "drug": "ketamine", "measure": "response",
         "timepoint_hours": 24.0, "value": 60.0, "unit": "percent", "source_kind": "curated",
         "report": "curated:trials", "is_comparison": False, "source_url": "https://example.org/s1"},
        {"study_id": "S1", "arm_label": "Saline", "arm_key": "pbo", "drug": "other", "measure": "response",
         "timepoint_hours": 24.0, "value": 20.0, "unit": "percent", "source_kind": "curated",
         "report": "curated:trials", "is_comparison": False, "source_url": "javascript:alert(1)"},
    ])
    pubs = pd.DataFrame([{"study_id": "S1", "ref_id": "PMID:1", "source_url": "https://example.org/p1", "abstract":
                          "Methods: Patients were randomized to intravenous ketamine or placebo. Results: Response "
                          "rates at 24 hours were 55% and 20% in the ketamine and placebo groups, respectively."}])
    extraction_check.render({"publications": pubs, "efficacy": cur})


def test_streamlit_view_shows_the_figure_and_the_disagreement() -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_page, default_timeout=60).run()
    assert not at.exception
    texts = [t.value for t in at.text]
    assert "automatic extraction agrees with the curators on 1 of 2 values; 1 disagreement" in texts
    assert any(t.startswith("curated (Ketamine): 60") for t in texts)
    assert len(at.dataframe) == 2


def test_the_dashboard_tab_shows_the_same_live_figure_as_the_cli() -> None:
    from evidence.extract.agreement import agreement as run_agreement
    from evidence.store import read_tables
    from tests.app_support import start

    want = run_agreement(read_tables(ROOT / "data")).headline()
    at = start({"tab": "Data"})
    texts = [t.value for t in at.text]
    assert want in texts, texts[:20]
    heads = [s.value for s in at.subheader]
    assert heads[0] == "Automatic extraction vs the curators" and "Refresh from the live services" in heads
    # the disagreements are listed with their sources (one click away: a pick box and a link button)
    if "; 0 disagreements" not in want:
        assert at.selectbox(key="extraction_check_pick").options
