"""Shared fixtures: paths to the repository, its shipped data and a scratch copy of it."""

from __future__ import annotations

import gzip
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import pytest
from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    from evidence.build import BuildReport

# Speed is measured in benchmarks/, not by a per-example deadline or a data-generation time limit that a loaded
# 2-core machine can miss: every Hypothesis test runs under this profile (no test sets a deadline of its own).
settings.register_profile("evidence", deadline=None, suppress_health_check=[HealthCheck.too_slow])
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


SMALL_RAW = ("ctgov/search_page_full_2studies.json", "ctgov/study_NCT02210780_results.json")


def small_data(parent: Path) -> Path:
    """A data folder whose real build takes a second, under parent: the profiles and two recorded ClinicalTrials.gov
    answers (3 studies) as raw files, for tests of how a build writes and locks, not of what it computes."""
    dst = parent / "data"
    shutil.copytree(DATA / "profiles", dst / "profiles")
    raw = dst / "raw" / "ctgov"
    raw.mkdir(parents=True)
    for i, name in enumerate(SMALL_RAW):
        (raw / f"page-{i:05d}.json.gz").write_bytes(gzip.compress((FIXTURES / name).read_bytes(), mtime=0))
    return dst


@pytest.fixture
def scratch_data(tmp_path: Path) -> Path:
    """A copy of data/ that a test may rebuild or break."""
    return copy_data(tmp_path)


FIXED_CLOCK = lambda: datetime(2026, 1, 1, tzinfo=UTC)  # noqa: E731


@pytest.fixture(scope="session")
def built_data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildReport]:
    """data/ copied and rebuilt once per session (clock fixed at 2026-01-01), with the build's report; the slow full
    build shared by the tests that only read its result. Read only: copy it (shutil.copytree) to change it."""
    from evidence.build import build

    data = copy_data(tmp_path_factory.mktemp("built"))
    return data, build(data, clock=FIXED_CLOCK)


class Served(NamedTuple):
    """A running `streamlit run dashboard.py`: its URL and the file its output goes to."""

    url: str
    log: Path


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One Debian chromium (through Playwright) for every browser test; each test opens its own pages."""
    from tests.served import chromium

    with chromium() as b:
        yield b


@pytest.fixture(scope="session")
def dashboard(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The dashboard on the shipped data, served once for every browser test that only reads it."""
    from tests.served import need_browser, serve

    need_browser()
    log = tmp_path_factory.mktemp("dashboard") / "streamlit.log"
    with serve({}, log) as url:
        yield Served(url, log)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto` uses every core up to 4: each worker builds its modules' fixtures, so more cost memory, not time."""
    import os

    return max(1, min(4, os.cpu_count() or 1))
