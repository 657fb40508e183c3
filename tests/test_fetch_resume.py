"""Kill and resume: `python -m evidence fetch` SIGKILLed at random points, re-run, ends with exactly the raw files of
an uninterrupted run (same names, same bytes, every record once)."""

from __future__ import annotations

import argparse
import gzip
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from evidence.cli import cmd_fetch
from evidence.settings import Settings
from evidence.sources.pubmed import article_ids
from evidence.sources.rawcache import gzip_bytes
from tests.conftest import DATA, ROOT
from tests.ctgov_app import CtgovApp, ctgov_pages, page_ids
from tests.loopback import LoopbackServer, Reply, Request
from tests.pubmed_app import PubmedApp, pubmed_articles

ARTICLES = pubmed_articles()


class BothServices:
    """CT.gov under /api/v2 and E-utilities elsewhere; `hold(n)` keeps the answer to the n-th request from now until
    `release()`, so a test signals the client at a known point of its fetch (while it waits for that answer) instead
    of after a guessed time."""

    def __init__(self) -> None:
        self.ctgov = CtgovApp(ctgov_pages())
        self.pubmed = PubmedApp(ARTICLES)
        self.calls = 0
        self._held: int | None = None
        self.holding = threading.Event()  # the held request has arrived
        self._release = threading.Event()
        self._lock = threading.Lock()

    def hold(self, n: int | None) -> None:
        """Hold the n-th request from now (1 = the next one); None holds nothing."""
        with self._lock:
            self._held = None if n is None else self.calls + n
        self.holding.clear()
        self._release.clear()

    def release(self) -> None:
        """Answer the held request (to a client that may be gone)."""
        self._release.set()

    def wait_held(self, proc: subprocess.Popen[bytes], timeout: float = 120) -> bool:
        """True once the held request arrived; False when the client exited first (it made fewer requests)."""
        deadline = time.monotonic() + timeout
        while not self.holding.wait(0.02):
            if proc.poll() is not None:
                return False
            assert time.monotonic() < deadline, "the client neither reached the held request nor exited"
        return True

    def __call__(self, req: Request) -> Reply:
        with self._lock:
            self.calls += 1
            held = self.calls == self._held
        if held:
            self.holding.set()
            assert self._release.wait(120)
        return self.ctgov(req) if req.path.startswith("/api/v2") else self.pubmed(req)


def _data(path: Path) -> Path:
    shutil.copytree(DATA / "profiles", path / "profiles")
    return path


# `python -m evidence fetch` minus the discovery of every other subcommand (whose imports cost seconds per run):
# the same argument parsing, settings and cmd_fetch.run.
RUNNER = ("import argparse, sys\n"
          "from evidence.cli import cmd_fetch\n"
          "from evidence.settings import Settings\n"
          "p = argparse.ArgumentParser(); cmd_fetch.add_arguments(p); a = p.parse_args()\n"
          "sys.exit(cmd_fetch.run(a, Settings.from_env(data_dir=a.data_dir, profile=a.profile)))\n")


def _args(data: Path) -> list[str]:
    return ["--source", "all", "--data-dir", str(data), "--page-size", "5", "--batch-size", "3", "--ctgov-rpm", "200"]


def _env(url: str) -> dict[str, str]:
    env = dict(os.environ, EVIDENCE_CTGOV_BASE_URL=url + "/api/v2", EVIDENCE_PUBMED_BASE_URL=url,
               NCBI_EMAIL="dev@example.org", PYTHONPATH=str(ROOT))
    env.pop("NCBI_API_KEY", None)
    return env


def _start(data: Path, url: str) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-c", RUNNER, *_args(data)]
    # Ctrl-C as in a terminal, even when this test runs as a background job (whose children inherit SIGINT ignored)
    return subprocess.Popen(cmd, cwd=ROOT, env=_env(url), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _run_in_process(data: Path, url: str) -> int:
    p = argparse.ArgumentParser()
    cmd_fetch.add_arguments(p)
    a = p.parse_args(_args(data))
    return cmd_fetch.run(a, Settings.from_env(_env(url), data_dir=a.data_dir, profile=a.profile))


def _raw(data: Path) -> dict[str, bytes]:
    raw = data / "raw"
    return {p.relative_to(raw).as_posix(): p.read_bytes() for p in sorted(raw.rglob("*.gz"))}


def test_sigkill_at_random_points_then_resume_gives_the_same_raw_files(tmp_path: Path) -> None:
    rng = random.Random(20261123)
    services = BothServices()
    with LoopbackServer(services) as srv:
        ref = _data(tmp_path / "ref")
        assert _run_in_process(ref, srv.url) == 0  # the uninterrupted run: same command, in this process
        expected = _raw(ref)
        requests = len(srv.log)

        data = _data(tmp_path / "killed")
        interrupted = 0
        for _ in range(4):
            services.hold(rng.randint(1, requests))  # a random point of the fetch: waiting for that answer
            proc = _start(data, srv.url)
            try:
                if services.wait_held(proc):
                    proc.send_signal(signal.SIGKILL)
                    interrupted += 1
                proc.wait(timeout=30)
            finally:
                services.release()
        services.hold(None)
        proc = _start(data, srv.url)
        assert proc.wait(timeout=60) == 0, proc.stderr.read().decode()  # type: ignore[union-attr]

    assert interrupted >= 2
    got = _raw(data)
    assert got == expected  # same files, same bytes
    studies = [i for name, b in got.items() if name.startswith("ctgov/") for i in page_ids(gzip.decompress(b))]
    pmids = [i for name, b in got.items() if name.startswith("pubmed/efetch") for i in article_ids(gzip.decompress(b))]
    assert len(studies) == len(set(studies)) == 12
    assert pmids == [p for p, _ in ARTICLES]
    assert not [p for s in ("ctgov", "pubmed") for p in (data / "raw" / s / "_incoming").glob("*")]


def test_ctrl_c_stops_cleanly_and_the_rerun_resumes(tmp_path: Path) -> None:
    services = BothServices()
    with LoopbackServer(services) as srv:
        data = _data(tmp_path / "data")
        services.hold(3)  # /version, page 1, page 2 asked: page 1 is saved, page 2 awaited
        proc = _start(data, srv.url)
        try:
            assert services.wait_held(proc), proc.stderr.read().decode()  # type: ignore[union-attr]
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=30)
        finally:
            services.release()
        assert proc.returncode == 130, err.decode()
        assert b"run the same command again to resume" in err and b"Traceback" not in err
        services.hold(None)
        before = len(srv.log)
        assert _run_in_process(data, srv.url) == 0
        resumed = srv.log[before:]
    assert not any(e.path == "/api/v2/studies" and "pageToken" not in e.params for e in resumed)  # page 1 kept
    studies = [i for name, b in _raw(data).items() if name.startswith("ctgov/") for i in page_ids(gzip.decompress(b))]
    assert len(studies) == len(set(studies)) == 12


def test_raw_files_are_plain_deterministic_gzip() -> None:
    # whichever deflate writes them (ISA-L when installed, else zlib), any gzip reader gets the body back, and the
    # same answer always gives the same file (no timestamp in the header)
    body = b"".join(b for _, b in ARTICLES) * 3
    gz = gzip_bytes(body)
    assert gzip.decompress(gz) == body and gzip_bytes(body) == gz
    assert gz[:3] == b"\x1f\x8b\x08" and gz[4:8] == b"\0\0\0\0" and len(gz) < len(body) // 3
