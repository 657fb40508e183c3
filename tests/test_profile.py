"""Profiles switch the whole pipeline: search terms, workspace folder, vocabularies of interest, claims."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from evidence import store
from evidence.profile import ProfileError, list_profiles, load_profile, parse_profile
from evidence.settings import Settings
from tests.conftest import DATA


def test_shipped_profiles_load() -> None:
    assert list_profiles(DATA) == ["ketamine-depression", "psilocybin-depression"]
    ket = load_profile(DATA, "ketamine-depression")
    assert ket.workspace == "." and "ketamine" in ket.ctgov_params["query.intr"]
    assert {c["id"] for c in ket.claims} >= {"works_within_hours", "main_side_effects"}
    psi = load_profile(DATA, "psilocybin-depression")
    assert psi.workspace == "psilocybin-depression" and "psilocybin" in psi.pubmed_term


@pytest.mark.parametrize(("text", "message"), [
    ("name = 'x'", "missing key 'ctgov'"),
    ("[ctgov]\na = 'b'\n", "missing key 'pubmed'"),
    ("[ctgov]\n[pubmed]\nterm='t'\nworkspace='../up'\n", ""),
    ("workspace = '../elsewhere'\n[ctgov]\n[pubmed]\nterm='t'\n", "workspace must be a folder inside"),
    ("routes = ['rectal']\n[ctgov]\n[pubmed]\nterm='t'\n", "not in the vocabulary: ['rectal']"),
    ("[ctgov\n", "invalid TOML"),
])
def test_bad_profiles_fail_clearly(text: str, message: str) -> None:
    if not message:
        assert parse_profile(text, "x").workspace == "."  # a 'workspace' key inside [pubmed] is not the workspace
        return
    with pytest.raises(ProfileError, match=message.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(")):
        parse_profile(text, "x")


def test_settings_resolve_the_profile_workspace() -> None:
    default = Settings.from_env(env={"EVIDENCE_DATA_DIR": str(DATA)})
    assert default.data_dir == DATA and default.root_dir == DATA
    psi = Settings.from_env(env={"EVIDENCE_DATA_DIR": str(DATA), "EVIDENCE_PROFILE": "psilocybin-depression"})
    assert psi.data_dir == DATA / "psilocybin-depression" and psi.root_dir == DATA
    assert load_profile(psi.data_dir, "psilocybin-depression").name == "psilocybin-depression"


def test_the_second_profile_ships_an_empty_valid_snapshot() -> None:
    tables = store.read_tables(DATA / "psilocybin-depression")
    assert all(len(df) == 0 for df in tables.values())
    assert store.read_manifest(DATA / "psilocybin-depression")["profile"] == "psilocybin-depression"


def test_build_with_profile_flag_writes_into_that_workspace(scratch_data: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "evidence", "build", "--profile", "psilocybin-depression",
                          "--data-dir", str(scratch_data)], capture_output=True, text=True, check=True)
    assert "studies 0" in out.stdout
    ws = scratch_data / "psilocybin-depression"
    assert store.read_manifest(ws)["profile"] == "psilocybin-depression"
    # the default workspace is untouched
    assert len(store.read_table(scratch_data, "studies")) == len(store.read_table(DATA, "studies"))


def test_unknown_profile_is_a_clear_error() -> None:
    with pytest.raises(ProfileError, match="no profile 'nope'"):
        load_profile(DATA, "nope")
