"""Serving dashboard.py with `streamlit run` on a free loopback port, and Debian chromium's launch flags.

Shared by the browser tests and the dashboard benchmark so both start the app the same way.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    """A port nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(env_extra: dict[str, str], log: Path, root: Path = ROOT, port: int | None = None) -> Iterator[str]:
    """Run `streamlit run dashboard.py` (extra environment, output to log) and yield its URL once it is healthy.

    `root` is the checkout to serve (the benchmark compares an earlier revision); a fixed `port` keeps the
    browser's cache of the frontend valid across servers (the cache is per origin).
    """
    port = port or free_port()
    env = os.environ | env_extra
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none"], cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                        if r.read().strip() == b"ok":
                            break
                except OSError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start: {log.read_text(errors='replace')[-2000:]}")
                time.sleep(0.2)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def need_browser() -> None:
    """Skip a browser test without Debian's chromium, except under CI, where .ci/run must have installed it."""
    import pytest

    if CHROMIUM.exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true but /usr/bin/chromium is missing: .ci/run must install Debian's chromium")
    pytest.skip("Debian chromium not installed at /usr/bin/chromium (apt-get install chromium); browser test skipped")


@contextmanager
def chromium() -> Iterator[object]:
    """Debian's chromium through Playwright with the workplace's flags (never a downloaded browser)."""
    need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            yield b
        finally:
            b.close()


# Every value the app root's script state takes (Streamlit's data-test-script-state: running, notRunning, ...),
# recorded from before an action by a MutationObserver, so a rerun that starts and ends between two polls is seen.
WATCH_RUNS_JS = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    window.__runStates = [];
    if (!window.__watchingRuns) {
        window.__watchingRuns = true;
        new MutationObserver(() => window.__runStates.push(app.getAttribute('data-test-script-state')))
            .observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
    }
}"""
IDLE_JS = """() => document.querySelector('[data-testid="stApp"]')
    .getAttribute('data-test-script-state') === 'notRunning'"""
RERUN_DONE_JS = f"""() => window.__runStates.some(s => s !== 'notRunning') && ({IDLE_JS})()"""


def after_rerun(page: object, action: Callable[[], None], timeout_ms: float = 60_000) -> None:
    """Do an action that reruns the app's script (a tab click, a filter change) and return once that rerun has
    finished: an event the page reports, not a fixed wait that a loaded machine can outlast."""
    page.evaluate(WATCH_RUNS_JS)  # type: ignore[attr-defined]
    action()
    page.wait_for_function(RERUN_DONE_JS, timeout=timeout_ms)  # type: ignore[attr-defined]


def when_idle(page: object, timeout_ms: float = 60_000) -> None:
    """Return once no script run is in progress (after a page load or an action that reruns nothing)."""
    page.wait_for_function(IDLE_JS, timeout=timeout_ms)  # type: ignore[attr-defined]
