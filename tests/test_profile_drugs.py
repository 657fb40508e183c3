"""The profile's drug vocabulary reaches parsing and extraction: its names count as the studied drug, nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence.extract import extract_abstract, findings_tables
from evidence.extract.drugs import KETAMINE, active, study_drugs, studying
from evidence.parse.ctgov import parse_document
from evidence.profile import ProfileError, filter_choices, load_profile, parse_profile
from tests.conftest import DATA, FIXTURES

PSI = load_profile(DATA, "psilocybin-depression").study_drugs()
# The real abstract text of Goodwin et al. 2022 (NEJM, COMP360), cut where the stored page cut it (PROVENANCE.md).
GOODWIN = (FIXTURES / "psilocybin" / "goodwin2022_abstract_part.txt").read_text(encoding="utf-8")
# A test sentence written for this file (not a recorded text): the 25 mg and 1 mg week-3 response rates Goodwin
# et al. report, with the arms named by the sponsor's code and the drug name.
RATES = ("Response rates at week 3 were 37% with COMP360 25 mg and 18% with placebo in patients with "
         "treatment-resistant depression.")


def test_the_ketamine_profile_keeps_the_ketamine_rules() -> None:
    assert load_profile(DATA, "ketamine-depression").study_drugs() is KETAMINE
    assert active() is KETAMINE


def test_psilocybin_and_its_code_name_count_as_the_studied_drug_only_under_its_profile() -> None:
    assert extract_abstract(GOODWIN, PSI)["drugs"] == ["psilocybin"]
    assert extract_abstract(GOODWIN)["drugs"] == []  # the default profile studies ketamine: no study drug here
    assert active() is KETAMINE  # the profile's vocabulary does not leak past the call


def test_a_finding_of_a_psilocybin_arm_is_a_psilocybin_row_only_under_its_profile() -> None:
    psi = findings_tables("PMID:1", RATES, None, "test", drugs=PSI)["efficacy"]
    by_arm = {str(a): (d, v) for a, d, v in zip(psi["arm_label"], psi["drug"], psi["value"], strict=True)}
    assert by_arm["psilocybin 25 mg"] == ("psilocybin", 37.0)
    assert by_arm["placebo"][0] == "other"
    ket = findings_tables("PMID:1", RATES, None, "test")["efficacy"]
    assert "psilocybin" not in set(ket["drug"]) and not set(ket["arm_label"].dropna()) & {"psilocybin 25 mg"}


def test_under_another_profile_ketamine_is_a_comparator() -> None:
    text = "Response rates were 52% with psilocybin and 40% with ketamine in patients with depression."
    rows = extract_abstract(text, PSI)["findings"]
    assert isinstance(rows, list)
    assert {(f["arm"], f["drug"]) for f in rows} == {("psilocybin", "psilocybin"), ("ketamine", "other")}


def test_registry_arms_are_classified_by_the_profiles_drug() -> None:
    doc = json.loads((FIXTURES / "psilocybin" / "ctgov_NCT06341426_studies.json").read_text(encoding="utf-8"))
    with studying(PSI):
        psi = parse_document(doc, origin="t").tables
    ket = parse_document(doc, origin="t").tables
    assert set(psi["arms"]["drug"]) == {"psilocybin"} and list(psi["studies"]["drugs"][0]) == ["psilocybin"]
    assert set(ket["arms"]["drug"]) == {"other"} and list(ket["studies"]["drugs"][0]) == ["other"]


@pytest.mark.parametrize("name", ["COMP360", "COMP 360", "COMP-360", "psilocybin", "Psilocybin-assisted"])
def test_name_patterns_read_the_usual_spellings(name: str) -> None:
    with studying(study_drugs({"psilocybin": ("COMP360",)})):
        from evidence.extract.lexicon import find_drugs

        assert find_drugs(f"given {name} therapy") == ["psilocybin"]


def test_a_profile_naming_a_drug_outside_the_vocabulary_fails_clearly() -> None:
    with pytest.raises(ProfileError, match="not in the vocabulary"):
        parse_profile("drugs = ['lsd']\n[ctgov]\n[pubmed]\nterm='t'\n", "x")
    with pytest.raises(ProfileError, match="drug_names"):
        parse_profile("drugs = ['psilocybin']\n[drug_names]\nketamine=['k']\n[ctgov]\n[pubmed]\nterm='t'\n", "x")


def test_filter_choices_follow_the_profile() -> None:
    psi = filter_choices(load_profile(DATA, "psilocybin-depression"))
    assert (psi.routes, psi.drugs, psi.populations) == (("oral", "unspecified"), ("psilocybin", "other"),
                                                       ("TRD", "MDD", "bipolar"))
    assert filter_choices(None).drugs[:3] == ("ketamine", "esketamine", "arketamine")


def test_a_misspelt_profile_is_an_error_not_the_ketamine_workspace() -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    out = subprocess.run([sys.executable, "-m", "evidence", "summary", "--profile", "psilocybin-depresion"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "no profile 'psilocybin-depresion'" in out.stderr and not out.stdout


def test_import_and_diff_take_the_profile_and_use_its_workspace(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    from tests.conftest import ROOT, copy_data

    root = copy_data(tmp_path)
    shutil.copytree(DATA / "psilocybin-depression", root / "psilocybin-depression")
    env = {"EVIDENCE_DATA_DIR": str(root), "PATH": "/usr/bin:/bin"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "evidence", *args], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=300)

    page = FIXTURES / "psilocybin" / "ctgov_NCT06341426_studies.json"
    out = cli("import", "--profile", "psilocybin-depression", str(page))
    assert out.returncode == 0, out.stderr
    assert list((root / "psilocybin-depression" / "raw" / "ctgov").glob("import-*.json.gz"))
    assert not (root / "raw").exists()
    out = cli("diff", "--profile", "psilocybin-depression")
    assert out.returncode == 2 and "psilocybin-depression" in out.stderr  # no earlier snapshot *of this workspace*



def test_sized_responders_of_the_profiles_drug_give_its_rate_and_another_drugs_do_not() -> None:
    """A responder/non-responder split named by the drug is its rate under its own profile, never ketamine's."""
    text = ("Forty adults with treatment-resistant depression received open-label psilocybin. "
            "Psilocybin responders (n = 12) differed from psilocybin nonresponders (n = 28) in baseline BDNF.")
    assert ("response_rate", 30.0) in [(f["kind"], f["value"]) for f in extract_abstract(text, PSI)["findings"]]
    assert not {f["drug"] for f in extract_abstract(text)["findings"]} & set(KETAMINE.words)
