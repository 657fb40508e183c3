"""Refresh and 'what changed' panels in a real Streamlit run on a scratch copy of the data."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from evidence import store
from tests.app_support import start


class _NotFound(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        body = b'{"message": "no such endpoint"}'
        self.send_response(404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def failing_api() -> Iterator[str]:
    """A loopback server that answers every request with 404 (a fetch that fails without retrying)."""
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _NotFound)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/api/v2"
    srv.shutdown()
    srv.server_close()


def test_failed_refresh_shows_the_error_and_keeps_the_snapshot(
        scratch_data: Path, failing_api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(scratch_data))
    monkeypatch.setenv("EVIDENCE_CTGOV_BASE_URL", failing_api)
    before = {p.name: p.read_bytes() for p in store.tables_dir(scratch_data).glob("*.parquet")}
    manifest = store.manifest_path(scratch_data).read_bytes()
    at = start({"tab": "Refresh & changes"})
    at.multiselect(key="refresh_sources").unselect("PubMed")
    at.button(key="refresh").click()
    at.run(timeout=120)
    assert not at.exception, at.exception
    errors = [e.value for e in at.error]
    assert errors and "previous snapshot kept" in errors[0]
    assert at.button(key="refresh_cancel").label == "Cancel"  # offered while the refresh runs
    assert {p.name: p.read_bytes() for p in store.tables_dir(scratch_data).glob("*.parquet")} == before
    assert store.manifest_path(scratch_data).read_bytes() == manifest
    assert at.metric[0].value == str(len(store.read_table(scratch_data, "studies")))  # still on the old snapshot


def test_changes_panel_lists_what_changed_since_the_previous_snapshot(
        scratch_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(scratch_data))
    first = start({"tab": "Refresh & changes"})
    assert any("No earlier snapshot yet" in i.value for i in first.info)
    tables = store.read_tables(scratch_data)
    studies = tables["studies"]
    gone = str(studies["study_id"].iloc[0])
    tables["studies"] = studies.iloc[1:].reset_index(drop=True)
    for name in ("arms", "efficacy", "adverse_events"):
        tables[name] = tables[name][tables[name]["study_id"] != gone].reset_index(drop=True)
    tables["publications"] = tables["publications"][tables["publications"]["study_id"] != gone].reset_index(drop=True)
    manifest = store.read_manifest(scratch_data) | {"created_at": "2026-11-24T00:00:00+00:00"}
    store.write_tables(scratch_data, tables, manifest)  # archives the old snapshot first
    at = start({"tab": "Refresh & changes"})
    changes = next(d.value for d in at.dataframe if "change" in d.value.columns)
    removed = changes[changes["change"] == "study_removed"]
    assert list(removed["study_id"]) == [gone]
    assert at.metric[0].value == str(len(studies) - 1)  # the app reloaded the new snapshot (manifest hash key)


def test_an_empty_or_unreadable_snapshot_is_explained(tmp_path: Path, scratch_data: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(empty))
    at = start()
    assert any("holds no study yet" in w.value for w in at.warning)
    (store.tables_dir(scratch_data) / "studies.parquet").write_bytes(b"not a parquet file")
    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(scratch_data))
    bad = start()
    assert bad.error and "cannot be read" in bad.error[0].value and "python -m evidence build" in bad.error[0].value


@pytest.mark.parametrize(("source", "host"), [("ClinicalTrials.gov", "refused"), ("PubMed", "refused"),
                                              ("ClinicalTrials.gov", "unresolvable")])
def test_an_offline_refresh_fails_fast_with_the_error_shown(scratch_data: Path, monkeypatch: pytest.MonkeyPatch,
                                                            source: str, host: str) -> None:
    """'Refresh data now' with no service to reach (a closed loopback port: connection refused; or a name that
    never resolves, as without DNS) ends within 15 s with a clear message, instead of retrying with backoff for
    many minutes; the snapshot stays."""
    import socket
    import time

    from tests.served import free_port

    port = free_port()  # nothing listens there: every connection is refused at once
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
    where = f"127.0.0.1:{port}" if host == "refused" else "ketamine-evidence.invalid"  # RFC 2606: never resolves
    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(scratch_data))
    monkeypatch.setenv("EVIDENCE_CTGOV_BASE_URL", f"http://{where}/api/v2")
    monkeypatch.setenv("EVIDENCE_PUBMED_BASE_URL", f"http://{where}/entrez/eutils")
    before = {p.name: p.read_bytes() for p in store.tables_dir(scratch_data).glob("*.parquet")}
    at = start({"tab": "Updates"})
    at.multiselect(key="refresh_sources").set_value([source])
    at.run()
    at.button(key="refresh").click()
    t = time.monotonic()
    at.run(timeout=120)
    took = time.monotonic() - t
    assert not at.exception, at.exception
    shown = " ".join([e.value for e in at.error] + [x.value for x in at.text])
    assert took < 15, f"an unreachable service took {took:.1f} s to report"
    assert "cannot reach" in shown.lower() and where.split(":")[0] in shown, shown
    assert {p.name: p.read_bytes() for p in store.tables_dir(scratch_data).glob("*.parquet")} == before


def test_waits_are_reported_and_taken_in_short_steps() -> None:
    from evidence.app.refresh import waiting_sleep

    slept, said = [], []
    waiting_sleep(said.append, slept.append, step=0.5)(2.0)
    assert slept == [0.5, 0.5, 0.5, 0.5]  # each step is a point where Streamlit can stop the run (Cancel)
    assert said[0].startswith("waiting 2 s before the next request") and said[-1] == "waiting: 0 s left"
    said.clear()
    waiting_sleep(said.append, slept.append)(0.4)  # the ordinary spacing of requests is not news
    assert said == []


def test_retry_messages_reach_the_progress_box() -> None:
    import logging

    from evidence.app.refresh import FetchLog

    shown: list[str] = []
    handler = FetchLog(shown.append, keep=2)
    log = logging.getLogger("evidence.http")
    log.addHandler(handler)
    try:
        for i in (1, 2, 3):
            log.warning("page 1: attempt %d/3 failed (HTTP 503); retrying in 2.0s", i)
        log.info("not shown")
    finally:
        log.removeHandler(handler)
    assert shown[-1] == ("page 1: attempt 2/3 failed (HTTP 503); retrying in 2.0s\n"
                         "page 1: attempt 3/3 failed (HTTP 503); retrying in 2.0s")


def test_a_cancelled_refresh_says_so_and_keeps_the_snapshot(scratch_data: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVIDENCE_DATA_DIR", str(scratch_data))
    before = store.manifest_path(scratch_data).read_bytes()
    from streamlit.testing.v1 import AppTest

    from tests.conftest import ROOT

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.query_params["tab"] = "Updates"
    at.session_state["refresh_running"] = True  # what a run stopped by the Cancel button leaves behind
    at.run()
    assert any("cancelled" in i.value and "unchanged" in i.value for i in at.info)
    assert store.manifest_path(scratch_data).read_bytes() == before
    at.run()
    assert not any("cancelled" in i.value for i in at.info)  # said once
