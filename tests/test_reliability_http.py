"""Issue 20, network side: the NCBI key never leaves the configured host on a redirect; answers are capped once
decoded; a request and a run have deadlines. Real loopback servers on 127.0.0.1, no mocks."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from evidence.errors import FetchError
from evidence.http import BadResponse, Client, DeadlineExceeded, RateLimiter, make_retry, make_session
from evidence.sources import pubmed as pm
from tests.conftest import ROOT
from tests.loopback import LoopbackServer, Reply, Request
from tests.pubmed_app import PubmedApp, pubmed_articles

SECRET = "0123456789abcdefSECRETKEY99"
ARTICLES = pubmed_articles()


def client(**kw: object) -> Client:
    limiter = RateLimiter(1000.0)
    retry = make_retry(2, backoff_factor=0.01, limiter=limiter, max_wait=5)
    return Client(make_session(retry), limiter, timeout=(1.0, 1.0), body_attempts=3, backoff_factor=0.01,
                  **kw)  # type: ignore[arg-type]


# --- item 6: the key stays home ----------------------------------------------------------------------------


class Redirector:
    """The configured host answers every request with a redirect of this status to another origin."""

    def __init__(self, status: int, target: str) -> None:
        self.status, self.target = status, target

    def __call__(self, req: Request) -> Reply:
        query = f"?{req.query}" if req.query else ""
        return Reply(self.status, b"", headers={"Location": f"{self.target}{req.path}{query}"})


@pytest.mark.parametrize("status", [307, 308, 301, 302, 303])
def test_the_api_key_is_never_sent_to_another_host_on_a_redirect(tmp_path: Path, status: int) -> None:
    with LoopbackServer(PubmedApp(ARTICLES)) as other, LoopbackServer(Redirector(status, other.url)) as home:
        c = pm.make_client(SECRET, backoff_factor=0.01, timeout=(1.0, 1.0))
        try:
            records = pm.fetch_articles("ketamine", tmp_path, base_url=home.url, api_key=SECRET, client=c,
                                        batch_size=3).records
        except FetchError:  # 301-303 turn the POST into a GET without its body: the other host cannot answer
            records = -1
        home_keys = sum(SECRET.encode() in e.body or SECRET in e.query for e in home.log)
        leaked = [e for e in other.log if SECRET.encode() in e.body or SECRET in e.query
                  or any(SECRET in v for v in e.headers.values())]
    assert home_keys == len(home.log) > 0  # the configured host gets the key on every request
    if status in (307, 308):  # the body (without the key) is re-posted: the fetch completes at the other host
        assert records == len(ARTICLES)
    assert leaked == [] and len(other.log) > 0


def test_a_same_host_redirect_keeps_the_key(tmp_path: Path) -> None:
    app = PubmedApp(ARTICLES)

    def moved(req: Request) -> Reply:
        if req.path.startswith("/old"):
            return Reply(308, b"", headers={"Location": req.path.removeprefix("/old")})
        return app(req)

    with LoopbackServer(moved) as srv:
        c = pm.make_client(SECRET, backoff_factor=0.01, timeout=(1.0, 1.0))
        r = pm.fetch_articles("ketamine", tmp_path, base_url=srv.url + "/old", api_key=SECRET, client=c, batch_size=3)
    assert r.records == len(ARTICLES) and app.api_keys and set(app.api_keys) == {SECRET}


# --- item 7: size cap and deadlines --------------------------------------------------------------------------


def gzip_bomb(inflated: int) -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * (1 << 20)
    return b"".join(z.compress(block) for _ in range(inflated >> 20)) + z.flush()


def test_a_gzip_bomb_is_refused_at_the_cap_without_inflating_it() -> None:
    bomb = gzip_bomb(256 << 20)  # 256 MB of zeros in ~250 kB
    assert len(bomb) < 300_000

    def app(req: Request) -> Reply:
        return Reply(200, bomb, "application/json", {"Content-Encoding": "gzip"})

    with LoopbackServer(app) as srv:
        tracemalloc.start()
        try:
            with pytest.raises(BadResponse, match="larger than") as err:
                client(max_body=4 << 20).fetch(srv.url + "/studies")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert srv.count() == 1  # refused, not asked again
    assert peak < 32 << 20, f"peak {peak >> 20} MB"
    assert isinstance(err.value, FetchError)


def test_a_plain_answer_above_the_cap_is_refused() -> None:
    with LoopbackServer(lambda req: Reply(200, b"x" * (6 << 20))) as srv:
        with pytest.raises(BadResponse, match="larger than"):
            client(max_body=5 << 20).fetch(srv.url + "/x")
        assert client(max_body=7 << 20).fetch(srv.url + "/x").body == b"x" * (6 << 20)


def test_a_gzip_answer_below_the_cap_is_decoded() -> None:
    body = b'{"studies": []}' * 1000
    with LoopbackServer(lambda req: Reply(200, gzip.compress(body), headers={"Content-Encoding": "gzip"})) as srv:
        assert client().fetch(srv.url + "/x").body == body


@contextmanager
def trickle_server(interval: float = 0.3) -> Iterator[str]:
    """Headers at once, then one byte of the body every `interval` seconds (each read is within the timeout)."""
    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                while not stop.is_set():
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    stop.wait(interval)
            except OSError:
                pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()


def test_a_trickling_server_is_cut_at_the_request_deadline() -> None:
    with trickle_server() as url:
        t0 = time.monotonic()
        with pytest.raises(DeadlineExceeded, match="deadline"):
            client(request_deadline=2.0).fetch(url + "/studies")
        took = time.monotonic() - t0
    assert 1.9 < took < 4.0  # one attempt: a deadline is not retried


def test_the_run_deadline_stops_the_next_request() -> None:
    now = [0.0]
    c = client(run_deadline=60.0, clock=lambda: now[0])
    with LoopbackServer(lambda req: Reply(200, b"{}")) as srv:
        c.fetch(srv.url + "/a")
        now[0] = 61.0
        with pytest.raises(DeadlineExceeded, match="run's deadline"):
            c.fetch(srv.url + "/b")
        assert srv.count() == 1


def test_cli_fetch_against_a_trickling_server_exits_1_within_the_deadline(tmp_path: Path) -> None:
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "ketamine-depression.toml").write_bytes(
        (ROOT / "data" / "profiles" / "ketamine-depression.toml").read_bytes())
    with trickle_server() as url:
        env = os.environ | {"EVIDENCE_CTGOV_BASE_URL": url}
        t0 = time.monotonic()
        proc = subprocess.run([sys.executable, "-m", "evidence", "fetch", "--source", "ctgov", "--data-dir",
                               str(tmp_path), "--request-deadline", "2", "--ctgov-rpm", "6000"], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        took = time.monotonic() - t0
    assert proc.returncode == 1 and "deadline" in proc.stderr, proc.stderr
    assert took < 30
