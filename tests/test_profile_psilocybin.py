"""The psilocybin profile end to end: fetch (loopback replay of a REAL recorded psilocybin study) -> build -> claims
-> dashboard, in the profile's own workspace, with the ketamine snapshot left byte-for-byte as it was.

No PubMed recording of a psilocybin paper could be found (tests/fixtures/PROVENANCE.md, "psilocybin/"): the replayed
PubMed service holds no article, so the PubMed half of the fetch is a real zero-hit search of the profile's term.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from evidence import store
from tests.conftest import DATA, FIXTURES, ROOT, copy_data
from tests.ctgov_app import CtgovApp
from tests.loopback import LoopbackServer
from tests.pubmed_app import PubmedApp

PROFILE = "psilocybin-depression"
PAGE = FIXTURES / "psilocybin" / "ctgov_NCT06341426_studies.json"
NCT = "NCT06341426"


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "evidence", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)


def _digests(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under folder (tables, manifest), by relative path."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@dataclass
class Run:
    """What the module's one fetch/build/claims/summary run produced."""

    root: Path
    fetched: subprocess.CompletedProcess[str]
    built: subprocess.CompletedProcess[str]
    claims: subprocess.CompletedProcess[str]
    summary: subprocess.CompletedProcess[str]
    ct_params: list[dict[str, str]]
    pm_terms: list[str | None]
    before: dict[str, str]
    after: dict[str, str]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    root = copy_data(tmp_path_factory.mktemp("psilo"))
    shutil.copytree(DATA / PROFILE, root / PROFILE)
    ketamine_before = {**_digests(root / "tables"), "manifest.json": _digests(root)["manifest.json"]}
    ctgov = CtgovApp([PAGE.read_bytes()])
    pubmed = PubmedApp([])
    with LoopbackServer(ctgov) as ct, LoopbackServer(pubmed) as pm:
        env = dict(os.environ, EVIDENCE_CTGOV_BASE_URL=ct.url + "/api/v2", EVIDENCE_PUBMED_BASE_URL=pm.url,
                   EVIDENCE_DATA_DIR=str(root), NCBI_EMAIL="tests@example.org")
        env.pop("EVIDENCE_PROFILE", None)
        fetched = _cli("fetch", "--profile", PROFILE, "--source", "all", "--ctgov-rpm", "600", env=env)
        ct_params = [r.params for r in ct.log if r.path.endswith("/studies")]
        pm_terms = [r.params.get("term") for r in pm.log if r.path.endswith("/esearch.fcgi")]
    built = _cli("build", "--profile", PROFILE, env=env)
    claims = _cli("claims", "--profile", PROFILE, env=env)
    summary = _cli("summary", "--format", "json", env=dict(env, EVIDENCE_PROFILE=PROFILE))
    ketamine_after = {**_digests(root / "tables"), "manifest.json": _digests(root)["manifest.json"]}
    return Run(root, fetched, built, claims, summary, ct_params, pm_terms, ketamine_before, ketamine_after)


def test_fetch_sends_the_profiles_own_queries_and_writes_into_its_workspace(run: Run) -> None:
    fetched = run.fetched
    assert fetched.returncode == 0, fetched.stderr
    ct_params = run.ct_params
    assert ct_params
    assert ct_params[0]["query.intr"] == "psilocybin OR COMP360"
    assert run.pm_terms == ["(psilocybin[tiab] OR COMP360[tiab]) AND depress*[tiab]"]
    root = run.root
    assert list((root / PROFILE / "raw" / "ctgov").glob("*.json.gz"))
    assert not (root / "raw").exists()  # nothing landed in the ketamine workspace


def test_build_classifies_the_psilocybin_arms_and_study_by_the_profiles_drug(run: Run) -> None:
    built = run.built
    assert built.returncode == 0, built.stderr
    root = run.root
    tables = store.read_tables(root / PROFILE)
    study = tables["studies"].set_index("study_id").loc[NCT]
    assert list(study["drugs"]) == ["psilocybin"]
    assert "TRD" in list(study["population"])
    arms = tables["arms"][tables["arms"]["study_id"] == NCT]
    assert set(arms["label"]) == {"Two Doses of Psilocybin", "Single Dose of Psilocybin"}
    assert set(arms["drug"]) == {"psilocybin"}
    manifest = json.loads((root / PROFILE / "manifest.json").read_text())
    assert manifest["profile"] == PROFILE and manifest["counts"]["studies"] == 1


def test_the_ketamine_snapshot_is_untouched(run: Run) -> None:
    assert run.after == run.before
    assert run.before == {**_digests(DATA / "tables"), "manifest.json": _digests(DATA)["manifest.json"]}


def test_claims_under_the_psilocybin_profile_do_not_answer_from_ketamine_checks(run: Run) -> None:
    claims = run.claims
    assert claims.returncode == 0, claims.stderr
    doc = json.loads(claims.stdout)
    assert doc["header"]["profile"] == PROFILE
    assert [c["claim"] for c in doc["claims"]] == ["A single dose works within a day"]
    only = doc["claims"][0]
    assert only["verdict"] == "no automatic check" and "psilocybin" in only["summary"] and not only["evidence"]


def test_summary_reads_the_profiles_workspace_from_the_environment(run: Run) -> None:
    summary = run.summary
    assert summary.returncode == 0, summary.stderr
    root = run.root
    built_at = json.loads((root / PROFILE / "manifest.json").read_text())["created_at"]
    header = json.loads(summary.stdout)["header"]
    assert header["snapshot"] == built_at  # the psilocybin snapshot, not ketamine's
    assert header["title"] == "Psilocybin in depression — summary by route" and header["profile"] == PROFILE


def test_the_dashboard_opens_on_the_psilocybin_workspace(run: Run,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.app_support import start, studies_table

    root = run.root
    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(root))
    monkeypatch.setenv("EVIDENCE_PROFILE", PROFILE)
    at = start({"tab": "Studies"})
    assert [t.value for t in at.title] == ["Psilocybin in depression"]
    assert NCT in set(studies_table(at)["study"])
    options = {m.label: list(m.options) for m in at.sidebar.multiselect}
    assert options["Drug"] == ["psilocybin", "comparator / other drug"]
    assert options["Route"] == ["oral (PO)", "route not reported"]
    assert len(options["Population"]) == 3
    assert "ketamine" not in " ".join(options["Drug"])


def test_the_default_profile_still_offers_the_ketamine_filters(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.app_support import start

    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(DATA))
    monkeypatch.delenv("EVIDENCE_PROFILE", raising=False)
    at = start({"tab": "Studies"})
    assert [t.value for t in at.title] == ["Ketamine, esketamine and arketamine in depression"]
    drugs = {m.label: list(m.options) for m in at.sidebar.multiselect}["Drug"]
    assert drugs == ["ketamine (racemic)", "esketamine", "arketamine", "comparator / other drug"]


def test_a_link_naming_a_drug_outside_the_profile_still_opens(run: Run,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.app_support import start

    root = run.root
    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(root))
    monkeypatch.setenv("EVIDENCE_PROFILE", PROFILE)
    at = start({"drugs": "ketamine", "tab": "Studies"})
    drug = next(m for m in at.sidebar.multiselect if m.label == "Drug")
    assert drug.value == ["ketamine"]  # kept and shown, so the reader sees why the selection is empty


@pytest.mark.parametrize("tab", ["Overview", "Claim check"])
def test_the_other_tabs_open_on_the_psilocybin_workspace_and_say_what_they_cannot_do(
        run: Run, tab: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.app_support import start

    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(run.root))
    monkeypatch.setenv("EVIDENCE_PROFILE", PROFILE)
    at = start({"tab": tab})
    shown = " ".join(str(e.value) for e in [*at.markdown, *at.text, *at.caption, *at.info])
    if tab == "Claim check":
        assert "A single dose works within a day" in shown and "no automatic check" in shown
        assert "this profile studies psilocybin" in shown
    else:  # the headline counts the one fetched psilocybin trial (enrollment 92), and no curated set is claimed
        metrics = {m.label: m.value for m in at.metric}
        assert (metrics["Studies"], metrics["RCTs"], metrics["Participants"]) == ("1", "1", "92")
        caption = " ".join(str(c.value) for c in at.caption)
        assert "ClinicalTrials.gov (1 raw files)" in caption and "curated set" not in caption


def test_a_misspelt_profile_shows_an_error_not_the_ketamine_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.app_support import start

    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(DATA))
    monkeypatch.setenv("EVIDENCE_PROFILE", "psilocybin-depresion")
    at = start()
    assert [e.value for e in at.error] and "psilocybin-depresion" in at.error[0].value
    assert not at.title and not at.metric
