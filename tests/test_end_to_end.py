"""The issues' 'done when': fetch from (loopback replicas of) both services, build, and see it all merged."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from evidence import store
from tests.conftest import DATA, FIXTURES, ROOT, copy_data
from tests.ctgov_app import CtgovApp, ctgov_pages, page_ids
from tests.loopback import LoopbackServer
from tests.pubmed_app import PubmedApp, pubmed_articles

API_KEY = "k3y-SECRET-0123456789abcdef"
OUTPUTS: list[str] = []
RECORDS = {
    "NCT02210780": (FIXTURES / "ctgov" / "study_NCT02210780_results.json").read_bytes(),
    "NCT02513394": (FIXTURES / "ctgov" / "study_NCT02513394_results.json").read_bytes(),
}


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "evidence", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def fetched(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, pd.DataFrame]]:
    scratch_data = copy_data(tmp_path_factory.mktemp("e2e"))
    app = PubmedApp(pubmed_articles())
    with LoopbackServer(CtgovApp(ctgov_pages(), records=RECORDS)) as ct, \
            LoopbackServer(app, rate_limit=(10, 1.0)) as pm:
        env = dict(os.environ, EVIDENCE_CTGOV_BASE_URL=ct.url + "/api/v2", EVIDENCE_PUBMED_BASE_URL=pm.url,
                   EVIDENCE_DATA_DIR=str(scratch_data), NCBI_EMAIL="tests@example.org", NCBI_API_KEY=API_KEY)
        out = _cli("-v", "fetch", "--source", "all", "--ctgov-rpm", "600", "--nct", "NCT02210780",
                   "--nct", "NCT02513394", env=env)
        assert out.returncode == 0, out.stderr
        assert pm.count(status=429) == 0  # the client's limiter kept under NCBI's 10/s for a keyed client
        assert app.api_keys and set(app.api_keys) == {API_KEY}  # the key was really sent to the service
    built = _cli("-v", "build", env=env)
    assert built.returncode == 0, built.stderr
    OUTPUTS[:] = [out.stdout, out.stderr, built.stdout, built.stderr]
    return scratch_data, store.read_tables(scratch_data)


def test_fetch_then_build_gives_schema_valid_merged_tables(fetched: tuple[Path, dict[str, pd.DataFrame]]) -> None:
    data_dir, tables = fetched
    studies = tables["studies"].set_index("study_id")
    fetched_ids = {i for body in ctgov_pages() for i in page_ids(body)} | set(RECORDS)
    assert fetched_ids <= set(studies.index)
    assert all("ctgov" in studies.loc[i, "sources"] for i in fetched_ids)
    # the curated snapshot is still there
    assert (studies["sources"].map(lambda s: "curated" in s)).sum() == len(store.read_table(DATA, "studies"))
    for table in ("arms", "efficacy", "adverse_events"):
        rows = tables[table][tables[table]["study_id"].isin(RECORDS)]
        assert len(rows) > 0, table
        assert (rows["source_kind"] != "curated").all()
    eff = tables["efficacy"][tables["efficacy"]["study_id"] == "NCT02210780"]
    assert eff["provenance"].str.contains("resultsSection.outcomeMeasuresModule").all()
    ae = tables["adverse_events"][tables["adverse_events"]["study_id"] == "NCT02513394"]
    assert ae["n_at_risk"].notna().all() and ae["provenance"].str.contains("adverseEventsModule").all()
    manifest = store.read_manifest(data_dir)
    assert manifest["raw_files"]["ctgov"] >= 3 and manifest["raw_files"]["pubmed"] >= 1


def test_fetched_papers_are_listed_with_their_study(fetched: tuple[Path, dict[str, pd.DataFrame]]) -> None:
    _, tables = fetched
    pubs = tables["publications"].set_index("ref_id")
    assert {f"PMID:{p}" for p, _ in pubmed_articles()} <= set(pubs.index)
    assert pubs.loc["PMID:29768149", "study_id"] == "NCT02149199"  # linked by DataBankList
    study = tables["studies"].set_index("study_id").loc["NCT02149199"]
    assert "29768149" in study["pmids"] and "pubmed" in study["sources"]




def test_the_api_key_is_nowhere_on_disk_or_in_output(fetched: tuple[Path, dict[str, pd.DataFrame]]) -> None:
    data_dir, tables = fetched
    assert OUTPUTS and not any(API_KEY in text for text in OUTPUTS)
    checked = 0
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        blob = path.read_bytes()
        if path.suffix == ".gz":
            blob = gzip.decompress(blob)
        assert API_KEY.encode() not in blob, path
        checked += 1
    assert checked > 60  # curated inputs, raw responses, tables, manifest, state files
    for name, df in tables.items():
        assert not df.astype(str).apply(lambda col: col.str.contains(API_KEY, regex=False)).any().any(), name


def test_registry_group_totals_are_not_counted_as_a_category(fetched: tuple[Path, dict[str, pd.DataFrame]]) -> None:
    from evidence.analysis.adverse import ae_arm_rows

    _, tables = fetched
    ae = tables["adverse_events"]
    totals = ae[ae["is_group_total"]]
    assert len(totals) > 0 and totals["term"].str.startswith("Total").all()
    assert not ae.loc[~ae["is_group_total"], "term"].str.startswith("Total:").any()
    as_ketamine = {name: df.copy() for name, df in tables.items()}
    as_ketamine["adverse_events"] = ae.assign(drug="ketamine")  # make the registry rows eligible for pooling
    rows = ae_arm_rows(as_ketamine)
    assert not rows["term"].str.startswith("Total").any()
    assert len(rows[rows["study_id"].isin(RECORDS)]) > 0


def test_the_dashboard_shows_fetched_studies_merged_with_the_snapshot_and_their_papers(
        fetched: tuple[Path, dict[str, pd.DataFrame]], monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.app_support import frame_with, start, studies_table

    data_dir, tables = fetched
    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(data_dir))
    at = start({"study": "NCT02149199", "tab": "Study explorer"})
    papers = frame_with(at, "ref_id", "journal", "pubmed")
    assert "PMID:29768149" in set(papers["ref_id"])
    assert "https://pubmed.ncbi.nlm.nih.gov/29768149/" in set(papers["pubmed"])
    listed = set(studies_table(at)["study"])
    assert {"NCT02149199", "NCT02210780", "NCT01304147"} <= listed  # fetched, fetched, curated: one table
    at = start({"study": "NCT02210780", "tab": "Study explorer"})
    outcomes = frame_with(at, "measure", "provenance", "verification", "source_url")
    assert len(outcomes) == int((tables["efficacy"]["study_id"] == "NCT02210780").sum()) > 0
