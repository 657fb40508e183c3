"""ClinicalTrials.gov fetcher against a loopback server replaying the real recorded search pages, with faults."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidence.cli import main
from evidence.http import FetchError
from evidence.sources import clinicaltrials as ct
from tests.conftest import DATA, FIXTURES
from tests.ctgov_app import CTGOV_VERSION, CtgovApp, ctgov_pages, page_ids
from tests.loopback import Fault, LoopbackServer

PARAMS = {"query.intr": "ketamine OR esketamine OR arketamine", "query.cond": "depression"}
PAGES = ctgov_pages()
ALL_IDS = [i for p in PAGES for i in page_ids(p)]


def fast_client(**kw: object) -> ct.Client:
    return ct.make_client(6000, backoff_factor=0.05, timeout=(1.0, 0.5), **kw)  # type: ignore[arg-type]


def fetch(srv: LoopbackServer, data: Path, **kw: object) -> ct.RunResult:
    kw.setdefault("client", fast_client())
    return ct.fetch_studies(PARAMS, data, base_url=srv.url + "/api/v2", page_size=5, **kw)  # type: ignore[arg-type]


def raw_pages(data: Path) -> list[bytes]:
    return [gzip.decompress(p.read_bytes()) for p in sorted((data / "raw" / "ctgov").glob("*.json.gz"))]


def raw_ids(data: Path) -> list[str]:
    return [i for body in raw_pages(data) for i in page_ids(body)]


def test_pages_are_followed_and_saved_as_received(tmp_path: Path) -> None:
    seen: list[tuple[str, int, int | None]] = []
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        r = fetch(srv, tmp_path, progress=lambda s, d, t: seen.append((s, d, t)))
    assert raw_pages(tmp_path) == PAGES  # byte for byte, in fetch order
    assert sorted(raw_ids(tmp_path)) == sorted(set(ALL_IDS)) and len(ALL_IDS) == 12
    assert (r.files, r.records, r.requests, r.total, r.stopped) == (3, 12, 1 + 3, 21, "no nextPageToken")
    assert seen[-1] == ("ctgov", 12, 21) and [d for _, d, _ in seen] == [5, 10, 12]
    version, *log = srv.log
    assert version.path == "/api/v2/version" and version.status == 200  # once per run, before the pages
    assert all(e.params["query.intr"] == PARAMS["query.intr"] and e.params["query.cond"] == "depression"
               and e.params["format"] == "json" and e.params["pageSize"] == "5" for e in log)
    assert log[0].params.get("countTotal") == "true" and "countTotal" not in log[1].params
    assert "pageToken" not in log[0].params
    assert log[1].params["pageToken"] == json.loads(PAGES[0])["nextPageToken"]
    assert log[2].params["pageToken"] == json.loads(PAGES[1])["nextPageToken"]
    state = json.loads((tmp_path / "raw" / "ctgov" / "_state.json").read_text())
    assert state["phase"] == "done" and not list((tmp_path / "raw" / "ctgov" / "_incoming").iterdir())
    served = json.loads(CTGOV_VERSION)
    assert (state["data_timestamp"], state["api_version"]) == (served["dataTimestamp"], served["apiVersion"])


class StepClock:
    """A clock that moves only when the limiter sleeps, so the default (slow, polite) client runs at full speed."""

    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t

    def sleep(self, s: float) -> None:
        self.t += s


def test_the_default_client_waits_the_crawl_delay_and_keeps_any_minute_to_30(tmp_path: Path) -> None:
    clock = StepClock()
    client = ct.make_client(clock=clock, sleep=clock.sleep)
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        r = fetch(srv, tmp_path, client=client)
    # /version + 3 pages: three waits of robots.txt's 1 s plus the 10 % margin, not three of 60/30 s
    assert r.requests == 4 and raw_ids(tmp_path) == ALL_IDS
    assert clock.t == pytest.approx(3 * 1.1)
    starts = [0.0, 1.1, 2.2, 3.3]  # the run's four
    for _ in range(30):
        client.limiter.acquire()
        starts.append(clock.t)
        client.limiter.done()
    assert starts[29] == pytest.approx(29 * 1.1)  # 30 requests in the first minute, 1.1 s apart
    assert starts[30] == pytest.approx(60.0)  # the 31st waits until the 1st's answer has left the minute


def test_faults_on_every_page_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        srv.script(Fault.http(429, retry_after="1"), Fault.http(503), path="/studies",
                   when=lambda r: "pageToken" not in r.params)
        srv.script(Fault.hang(1.0), Fault.reset(), path="/studies",
                   when=lambda r: r.params.get("pageToken") == json.loads(PAGES[0])["nextPageToken"])
        srv.script(Fault.truncate(), Fault.cut(), Fault.html200(), path="/studies",
                   when=lambda r: r.params.get("pageToken") == json.loads(PAGES[1])["nextPageToken"])
        r = fetch(srv, tmp_path)
        _version, *log = srv.log
    assert raw_pages(tmp_path) == PAGES
    assert sorted(raw_ids(tmp_path)) == sorted(ALL_IDS) and r.records == 12 and r.duplicates == 0
    assert r.requests == 1 + len(log) == 1 + 3 + 7
    retry_after_gap = log[1].t - log[0].t
    assert log[0].status == 429 and retry_after_gap >= 1.0


def test_a_rerun_with_nothing_new_costs_one_request_per_page(tmp_path: Path) -> None:
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        fetch(srv, tmp_path)
        first = raw_pages(tmp_path)
        r = fetch(srv, tmp_path)
    assert r.requests == 1 + 3 and raw_pages(tmp_path) == first and r.records == 12  # /version + one per page


def test_failure_keeps_previous_raw_files_and_reports_clearly(tmp_path: Path) -> None:
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        fetch(srv, tmp_path)
        before = {p.name: p.read_bytes() for p in (tmp_path / "raw" / "ctgov").glob("*.json.gz")}
        srv.script(*[Fault.html200() for _ in range(50)], when=lambda r: "pageToken" in r.params)
        with pytest.raises(FetchError) as err:
            fetch(srv, tmp_path, client=ct.make_client(6000, retries=1, backoff_factor=0.01))
    msg = str(err.value)
    assert "page 2" in msg and "not JSON" in msg and "gave up" in msg and "\n" not in msg
    assert {p.name: p.read_bytes() for p in (tmp_path / "raw" / "ctgov").glob("*.json.gz")} == before


def test_empty_page_ends_paging(tmp_path: Path) -> None:
    # Fault case: a token that leads to an empty studies array (the API allows this).
    empty = b'{"studies": [], "nextPageToken": "will-not-be-followed"}'
    with LoopbackServer(CtgovApp([PAGES[0], PAGES[1], empty])) as srv:
        with pytest.raises(FetchError, match="incomplete run"):  # 10 of the 21 announced: never committed silently
            fetch(srv, tmp_path)
        r = fetch(srv, tmp_path, allow_partial=True)
    assert (r.stopped, r.files, r.records, r.requests) == ("empty page", 2, 10, 1 + 3)
    assert raw_pages(tmp_path) == PAGES[:2]


def test_looping_token_stops_safely(tmp_path: Path) -> None:
    # Fault case: page 2 is the real page 2 with its token replaced by page 1's token (a loop).
    tok1, tok2 = json.loads(PAGES[0])["nextPageToken"], json.loads(PAGES[1])["nextPageToken"]
    looping = PAGES[1].replace(tok2.encode(), tok1.encode())
    with LoopbackServer(CtgovApp([PAGES[0], looping])) as srv:
        with pytest.raises(FetchError, match="incomplete run"):
            fetch(srv, tmp_path)
        r = fetch(srv, tmp_path, allow_partial=True)
    assert (r.stopped, r.files, r.records, r.requests) == ("repeated token", 2, 10, 1 + 2)


def test_duplicate_records_across_pages_are_counted_once(tmp_path: Path) -> None:
    # Fault case: the real last page with the first study of page 1 repeated in it.
    last = json.loads(PAGES[2])
    last["studies"].append(json.loads(PAGES[0])["studies"][0])
    with LoopbackServer(CtgovApp([PAGES[0], PAGES[1], json.dumps(last).encode()])) as srv:
        r = fetch(srv, tmp_path)
    assert (r.records, r.duplicates, r.files) == (12, 1, 3)
    assert sorted(set(raw_ids(tmp_path))) == sorted(ALL_IDS)


def test_resume_after_failure_continues_from_the_saved_token(tmp_path: Path) -> None:
    tok2 = json.loads(PAGES[1])["nextPageToken"]
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        srv.script(*Fault.burst(503, 20), when=lambda r: r.params.get("pageToken") == tok2)
        with pytest.raises(FetchError, match="HTTP 503"):
            fetch(srv, tmp_path, client=ct.make_client(6000, retries=1, backoff_factor=0.01))
        assert raw_pages(tmp_path) == []  # nothing half-done reaches the build
        srv.log.clear()
        srv.clear_faults()  # the service has recovered
        r = fetch(srv, tmp_path)
        assert [e.params.get("pageToken") for e in srv.log if e.path.endswith("/studies")] == [tok2]
    assert r.resumed and r.records == 12 and raw_pages(tmp_path) == PAGES


def test_resume_with_a_rejected_token_restarts_cleanly(tmp_path: Path) -> None:
    tok2 = json.loads(PAGES[1])["nextPageToken"]
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        srv.script(*Fault.burst(503, 20), when=lambda r: r.params.get("pageToken") == tok2)
        with pytest.raises(FetchError):
            fetch(srv, tmp_path, client=ct.make_client(6000, retries=1, backoff_factor=0.01))
        srv.clear_faults()
        # the service has changed its tokens since: the saved one is now refused
        srv.script(Fault.http(400, body=b'{"message":"invalid pageToken"}'), when=lambda r: "pageToken" in r.params)
        srv.log.clear()
        r = fetch(srv, tmp_path)
        assert [(e.status, "pageToken" in e.params) for e in srv.log if e.path.endswith("/studies")] == [
            (400, True), (200, False), (200, True), (200, True)]
    assert r.records == 12 and r.duplicates == 0 and raw_pages(tmp_path) == PAGES


def test_max_limits_the_fetch(tmp_path: Path) -> None:
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        r = fetch(srv, tmp_path, max_studies=7)
        sizes = [e.params["pageSize"] for e in srv.log if e.path.endswith("/studies")]
    assert sizes == ["5", "2"] and r.requests == 1 + 2 and r.stopped == "max reached"


def test_single_record_follows_alias_redirect(tmp_path: Path) -> None:
    record = (FIXTURES / "ctgov" / "study_NCT02210780_results.json").read_bytes()
    app = CtgovApp(PAGES, records={"NCT02210780": record}, aliases={"NCT99999999": "NCT02210780"})
    with LoopbackServer(app) as srv:
        path = ct.fetch_study("nct99999999", tmp_path, base_url=srv.url + "/api/v2", client=fast_client())
        statuses = [(e.path, e.status) for e in srv.log]
    assert path.name == "study-NCT02210780.json.gz" and gzip.decompress(path.read_bytes()) == record
    assert statuses == [("/api/v2/studies/NCT99999999", 301), ("/api/v2/studies/NCT02210780", 200)]
    with pytest.raises(ValueError, match="NCT id"):
        ct.fetch_study("../../etc/passwd", tmp_path, base_url="http://127.0.0.1:9")


def _cli_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DATA / "profiles", data / "profiles")
    return data


def test_cli_fetch_prints_a_summary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    data = _cli_data(tmp_path)
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        monkeypatch.setenv("EVIDENCE_CTGOV_BASE_URL", srv.url + "/api/v2")
        code = main(["fetch", "--source", "ctgov", "--data-dir", str(data), "--page-size", "5", "--ctgov-rpm", "6000"])
        q = srv.log[1].params
    assert code == 0
    assert "ctgov: 12 of 21 records in 3 files, 4 requests" in capsys.readouterr().out
    assert q["query.intr"] == "ketamine OR esketamine OR arketamine" and "depression" in q["query.cond"]


def test_cli_failure_exits_nonzero_with_one_line(scratch_data: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    data = scratch_data  # a copy of the shipped tables and manifest: a failed fetch must not touch them
    before = {p: p.read_bytes() for p in [data / "manifest.json", *(data / "tables").glob("*.parquet")]}
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        srv.script(*[Fault.http(404, body=b"gone") for _ in range(5)])
        monkeypatch.setenv("EVIDENCE_CTGOV_BASE_URL", srv.url + "/api/v2")
        code = main(["fetch", "--source", "ctgov", "--data-dir", str(data), "--ctgov-rpm", "6000"])
    err = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:")]
    assert code == 1 and len(err) == 1 and "HTTP 404" in err[0] and "previous raw files kept" in err[0]
    assert len(before) > 1 and {p: p.read_bytes() for p in before} == before


def test_a_second_concurrent_fetch_is_refused(tmp_path: Path) -> None:
    from evidence.sources.rawcache import RawCache

    with LoopbackServer(CtgovApp(PAGES)) as srv:
        with RawCache(tmp_path, "ctgov", "page", ".json.gz").locked():  # as if another fetch were running
            with pytest.raises(FetchError, match="another fetch is already writing"):
                fetch(srv, tmp_path)
        assert srv.log == []
        assert fetch(srv, tmp_path).records == 12  # the lock is gone with its holder


@settings(max_examples=60)
@given(which=st.integers(0, len(PAGES) - 1), frac=st.floats(0.0, 1.0, exclude_max=True))
def test_any_truncated_page_is_rejected(which: int, frac: float) -> None:
    body = PAGES[which].rstrip()
    with pytest.raises(ct.BadResponse):
        ct._PageCheck()(body[: int(len(body) * frac)])


def test_a_run_killed_while_committing_is_finished_without_refetching(tmp_path: Path) -> None:
    from evidence.sources.rawcache import RawCache

    with LoopbackServer(CtgovApp(PAGES)) as srv:
        fetch(srv, tmp_path)
        cache = RawCache(tmp_path, "ctgov", "page", ".json.gz")
        state = json.loads(cache.state_path.read_text())
        # as if the process died after moving page 1 of a fresh run into place: pages 2-3 still staged
        for i, body in enumerate(PAGES[1:], start=2):
            cache.stage(i, body)
        (cache.folder / "page-00002.json.gz").unlink()
        (cache.folder / "page-00004.json.gz").write_bytes(b"left over from an older, longer run")
        state["phase"] = "committing"
        cache.save_state(state)
        srv.log.clear()
        r = fetch(srv, tmp_path)
        assert srv.log == [] and r.records == 12 and r.resumed
    assert raw_pages(tmp_path) == PAGES


def test_a_missing_or_failing_version_is_a_warning_not_a_failure(tmp_path: Path,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    with LoopbackServer(CtgovApp(PAGES, version=None)) as srv:  # an older deployment without /version: 404
        r = fetch(srv, tmp_path / "missing")
    with LoopbackServer(CtgovApp(PAGES)) as srv:
        srv.script(*[Fault.html200() for _ in range(10)], path="/version")  # a 200 that is not the version
        r2 = fetch(srv, tmp_path / "broken", client=ct.make_client(6000, retries=1, backoff_factor=0.01))
        assert srv.count("/version") == 4 and srv.count("/studies") == 3  # retried like any body, then left
    assert r.records == r2.records == 12
    for d in ("missing", "broken"):
        state = json.loads((tmp_path / d / "raw" / "ctgov" / "_state.json").read_text())
        assert state["phase"] == "done" and "data_timestamp" not in state
    assert caplog.text.count("could not read the ClinicalTrials.gov data version") == 2


def test_a_resume_across_a_data_release_says_so(tmp_path: Path) -> None:
    tok2 = json.loads(PAGES[1])["nextPageToken"]
    app = CtgovApp(PAGES)
    with LoopbackServer(app) as srv:
        srv.script(*Fault.burst(503, 20), when=lambda r: r.params.get("pageToken") == tok2)
        with pytest.raises(FetchError):
            fetch(srv, tmp_path, client=ct.make_client(6000, retries=1, backoff_factor=0.01))
        srv.clear_faults()
        app.version = b'{"apiVersion":"2.0.5","dataTimestamp":"2026-11-23T09:00:07"}'  # the next daily release
        r = fetch(srv, tmp_path)
    state = json.loads((tmp_path / "raw" / "ctgov" / "_state.json").read_text())
    assert r.resumed and state["data_timestamp"] == "2026-11-23T09:00:07"
    assert state["data_timestamp_started"] == json.loads(CTGOV_VERSION)["dataTimestamp"]


@pytest.mark.parametrize(("body", "expected"), [
    (CTGOV_VERSION, {"api_version": "2.0.5", "data_timestamp": "2026-11-20T09:00:03"}),
    (b'{"apiVersion":"2.0.5"}', {"api_version": "2.0.5"}),  # dataTimestamp is optional in the spec
    (b'{"apiVersion":"2.0.5","dataTimestamp":"<script>"}', {"api_version": "2.0.5"}),  # not a timestamp: dropped
])
def test_parse_version(body: bytes, expected: dict[str, str]) -> None:
    assert ct.parse_version(body) == expected


@pytest.mark.parametrize("body", [b"", b"<html>", b"[]", b'{"dataTimestamp":"2026-11-20T09:00:03"}'])
def test_parse_version_rejects_what_is_not_a_version(body: bytes) -> None:
    with pytest.raises(ct.BadResponse):
        ct.parse_version(body)


def test_the_build_manifest_carries_the_data_timestamp(tmp_path: Path) -> None:
    from evidence.build import build

    with LoopbackServer(CtgovApp(PAGES)) as srv:
        fetch(srv, tmp_path)
    manifest = build(tmp_path).manifest
    assert manifest["fetch_ctgov"]["data_timestamp"] == json.loads(CTGOV_VERSION)["dataTimestamp"]  # type: ignore[index]
