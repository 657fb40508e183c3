"""Issue 20, snapshot side: SIGKILL of a real build at chosen points (archive, staging, swap) never leaves a torn
snapshot or a trusted half archive; one build at a time; the manifest hashes the bytes the build parsed."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from evidence import store
from evidence.build import build
from evidence.cli import main
from evidence.errors import EvidenceError, StoreError
from tests.conftest import ROOT, small_data

# Runs one real build in a child process that SIGKILLs itself at the n-th call of a chosen step.
KILLER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from evidence import store
    from evidence.build import build
    data, step, arg = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    calls = [0]
    def tick():
        calls[0] += 1
        if calls[0] == int(arg):
            os.kill(os.getpid(), signal.SIGKILL)
    if step == "write":  # every file of the archive copy (1-6), then every staged file (7-12)
        real_write = store._write_synced
        def write(path, data_):
            tick()
            real_write(path, data_)
        store._write_synced = write
    elif step == "swap":  # every file moved in after the journal committed (5 tables, then the manifest)
        real_replace = os.replace
        def replace(src, dst, *a, **k):
            if Path(dst).parent.name == "tables" or Path(dst).name == "manifest.json":
                tick()
            return real_replace(src, dst, *a, **k)
        store.os.replace = replace
    elif step == "hold":  # hold the build lock until the test creates the file named by arg
        import time
        import evidence.build as b
        real = b.merge_tables
        def held(*a, **k):
            while not Path(arg).exists():
                time.sleep(0.02)
            return real(*a, **k)
        b.merge_tables = held
    build(data)
""")


@pytest.fixture(scope="module")
def built_small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small data folder, built once (what the switch does is the same for 3 studies as for the shipped 150)."""
    data = small_data(tmp_path_factory.mktemp("small"))
    build(data)
    return data


@pytest.fixture
def built_copy(built_small: Path, tmp_path: Path) -> Path:
    """A copy of the built small folder that a test may kill builds in."""
    return Path(shutil.copytree(built_small, tmp_path / "data"))


def hashes(data: Path) -> dict[str, str]:
    """SHA-256 of each table as read_tables returns it (a consistent snapshot or StoreError)."""
    tables = store.read_tables(data)
    return {name: hashlib.sha256(store.table_bytes(name, df)).hexdigest() for name, df in tables.items()}


def old_snapshot(data: Path) -> dict[str, str]:
    """Make the current snapshot differ from what a build gives (one study fewer), so old and new are told apart."""
    tables = store.read_tables(data)
    tables["studies"] = tables["studies"].iloc[:-1].reset_index(drop=True)
    store.write_tables(data, tables, {"created_at": "2026-01-01T00:00:00+00:00", "profile": "old"}, archive=False)
    return hashes(data)


def run_killed(data: Path, step: str, n: int) -> int:
    proc = subprocess.run([sys.executable, "-c", KILLER, str(data), step, str(n)], cwd=ROOT, capture_output=True,
                          timeout=120)
    return proc.returncode


@pytest.mark.parametrize(("step", "n"), [("write", 1), ("write", 4), ("write", 6), ("write", 7), ("write", 12),
                                         ("swap", 1), ("swap", 3), ("swap", 6)])
def test_sigkill_at_any_point_of_the_switch_leaves_one_whole_snapshot(built_copy: Path, step: str, n: int) -> None:
    data = built_copy
    old = old_snapshot(data)
    assert run_killed(data, step, n) == -signal.SIGKILL
    now = hashes(data)  # readable at once, no rebuild: the old snapshot, or the new one rolled forward
    committed = step == "swap"
    assert (now != old) if committed else (now == old)
    for snap in store.list_snapshots(data):  # diff never trusts a half archive
        store.read_tables(snap)
    report = build(data)  # the next build sweeps and finishes what the killed one left
    new = hashes(data)
    assert committed is False or new == now
    assert report.manifest["tables"] if "tables" in report.manifest else True
    leftovers = [p.name for p in data.rglob("*") if p.name.startswith((".staging-", ".swap", ".tmp-"))
                 or p.name.endswith(".tmp")]
    assert leftovers == []
    archived = [hashes(s) for s in store.list_snapshots(data)]
    assert old in archived  # the previous snapshot is kept for diff, whatever point the kill hit


def test_a_half_written_archive_of_the_old_layout_is_redone(built_copy: Path) -> None:
    data = built_copy
    old = old_snapshot(data)
    manifest = store.read_manifest(data)
    digest = hashlib.sha256(json.dumps(manifest["tables"], sort_keys=True).encode()).hexdigest()[:12]
    half = store.snapshots_dir(data) / f"20260101T000000Z0000-{digest}" / "tables"
    half.mkdir(parents=True)
    (half / "arms.parquet").write_bytes(b"half")  # what a kill inside the old in-place archive copy left
    build(data)
    assert [hashes(s) for s in store.list_snapshots(data)] == [old]


def test_a_second_build_is_refused_while_one_runs(built_copy: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    data = built_copy
    old_snapshot(data)
    release = tmp_path / "release"  # the child holds the lock until this file exists
    slow = subprocess.Popen([sys.executable, "-c", KILLER, str(data), "hold", str(release)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 120
        while True:  # wait until the child holds the lock
            try:
                with store.build_lock(data):
                    pass
            except StoreError:
                break
            assert slow.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        with pytest.raises(StoreError, match="another build is running") as err:
            build(data)
        assert isinstance(err.value, EvidenceError)
        assert main(["build", "--data-dir", str(data)]) != 0
        assert "another build is running" in capsys.readouterr().err
        assert slow.poll() is None  # the refusals above were made while the child held the lock
        release.touch()
        assert slow.wait(timeout=120) == 0
    finally:
        if slow.poll() is None:
            os.kill(slow.pid, signal.SIGKILL)
    build(data)  # free again
    assert not [p for p in data.iterdir() if "lock" in p.name]  # no lock file left in a checkout


def test_the_manifest_hashes_the_bytes_the_build_parsed(scratch_data: Path) -> None:
    csv = scratch_data / "curated" / "ctgov" / "studies.csv"
    parsed = hashlib.sha256(csv.read_bytes()).hexdigest()
    late = scratch_data / "raw" / "ctgov" / "page-00001.json.gz"

    def meddle(stage: str, done: int, total: int | None) -> None:
        if stage == "write":  # after parsing: an input changes and a fetch drops a new raw file
            csv.write_bytes(csv.read_bytes() + b"\n")
            late.parent.mkdir(parents=True, exist_ok=True)
            late.write_bytes(b"not parsed by this build")

    manifest = build(scratch_data, progress=meddle).manifest
    inputs = manifest["input_sha256"]
    assert inputs["curated/ctgov/studies.csv"] == parsed  # type: ignore[index]
    assert "raw/ctgov/page-00001.json.gz" not in inputs  # type: ignore[operator]
