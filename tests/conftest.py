"""Shared fixtures: paths to the repository, its shipped data and a scratch copy of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# Speed is measured in benchmarks/, not by a per-example deadline that a loaded 2-core machine can miss.
settings.register_profile("evidence", deadline=None)
settings.load_profile("evidence")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def copy_data(parent: Path) -> Path:
    """Copy data/ (curated inputs, profiles, tables, manifest) under parent; return the copy."""
    dst = parent / "data"
    dst.mkdir()
    for sub in ("curated", "profiles"):
        shutil.copytree(DATA / sub, dst / sub)
    shutil.copytree(DATA / "tables", dst / "tables")
    shutil.copy(DATA / "manifest.json", dst / "manifest.json")
    return dst


@pytest.fixture
def scratch_data(tmp_path: Path) -> Path:
    """A copy of data/ that a test may rebuild or break."""
    return copy_data(tmp_path)
