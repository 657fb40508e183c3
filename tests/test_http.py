"""The HTTP layer over a real loopback server: retries (429 with/without Retry-After, 5xx, resets, timeouts, cut
bodies), body validation, the rate limiter, clear errors and secret redaction."""

from __future__ import annotations

import json
import logging
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evidence.http import (
    USER_AGENT,
    BadResponse,
    Client,
    RateLimited,
    RateLimiter,
    TransportError,
    make_retry,
    make_session,
    redact,
)
from tests.ctgov_app import CtgovApp, ctgov_pages
from tests.loopback import Fault, LoopbackServer

SECRET = "k3y-SECRET-0123456789abcdef"


class FakeClock:
    """A clock that only moves when someone sleeps."""

    def __init__(self) -> None:
        self.t = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.t

    def sleep(self, s: float) -> None:
        self.sleeps.append(s)
        self.t += s


def client(rate: float = 50.0, retries: int = 4, backoff: float = 0.05, attempts: int = 3,
           timeout: tuple[float, float] = (2.0, 2.0), secrets: tuple[str, ...] = ()) -> Client:
    limiter = RateLimiter(rate)
    retry = make_retry(retries, backoff_factor=backoff, limiter=limiter, max_wait=5)
    return Client(make_session(retry), limiter, timeout=timeout, body_attempts=attempts, backoff_factor=backoff,
                  secrets=secrets)


def page_ok(body: bytes) -> None:
    doc = json.loads(body)
    if "studies" not in doc:
        raise BadResponse("no studies")


@pytest.fixture
def server():
    with LoopbackServer(CtgovApp(ctgov_pages())) as srv:
        yield srv


def gaps(srv: LoopbackServer) -> list[float]:
    return [b.t - a.t for a, b in zip(srv.log, srv.log[1:], strict=False)]


# --- limiter --------------------------------------------------------------------------------------------------

def _most_in_any_window(times: list[float], per: float) -> int:
    return max(sum(1 for u in times[i:] if u < t + per) for i, t in enumerate(times))


@pytest.mark.parametrize("rate", [1.0, 3.0, 10.0])
def test_limiter_never_lets_more_than_rate_into_any_window(rate: float) -> None:
    # requests never reported done: each may reach the service up to the 10 % margin after it started
    clock = FakeClock()
    lim = RateLimiter(rate, clock=clock, sleep=clock.sleep)
    times = []
    for _ in range(40):
        lim.acquire()
        times.append(clock.t)
    assert _most_in_any_window(times, 1.1 - 1e-9) <= rate  # a window of 1 s, seen up to 0.1 s late
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= 1 / rate - 1e-9  # never a burst
    assert times[-1] <= 39 / rate * 1.10 + 1e-9  # and not wastefully slow


@pytest.mark.parametrize("rate", [3.0, 10.0])
def test_answered_requests_are_counted_from_their_answers_and_cost_no_margin(rate: float) -> None:
    clock = FakeClock()
    lim = RateLimiter(rate, clock=clock, sleep=clock.sleep)
    times = []
    for _ in range(40):
        lim.acquire()
        times.append(clock.t)
        lim.done()  # answered at once (the fake clock stands still)
    assert times[-1] == pytest.approx(39 / rate)
    assert _most_in_any_window(times, 1.0) <= rate


@settings(max_examples=100)
@given(rate=st.sampled_from([3, 10]), data=st.data())
def test_whatever_the_jitter_the_service_never_counts_more_than_rate_in_a_second(rate: int,
                                                                                 data: st.DataObject) -> None:
    clock = FakeClock()
    lim = RateLimiter(rate, clock=clock, sleep=clock.sleep)
    seen = []
    for _ in range(4 * rate):
        lim.acquire()
        started = clock.t
        took = data.draw(st.floats(0.0, 0.6))  # the answer takes this long
        clock.t += took
        seen.append(started + data.draw(st.floats(0.0, 1.0)) * took)  # the service saw it some time in between
        lim.done()
    assert _most_in_any_window(seen, 1.0) <= rate


def test_limiter_penalty_delays_the_next_slot() -> None:
    clock = FakeClock()
    lim = RateLimiter(3, clock=clock, sleep=clock.sleep)
    lim.acquire()
    lim.penalise(5.0)
    assert lim.acquire() == pytest.approx(5.0)


def test_limiter_is_thread_safe() -> None:
    lim = RateLimiter(40.0)
    times: list[float] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(5):
            lim.acquire()
            with lock:
                times.append(time.monotonic())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    times.sort()
    assert len(times) == 20 and lim.acquired == 20
    # each slot is handed out once: the 20th caller cannot pass before 19 intervals after the first
    # (wake-up jitter may bunch individual pairs, but never makes the whole sequence faster)
    assert times[-1] - times[0] >= 19 * lim.interval - 0.005


def test_a_late_wakeup_never_bunches_the_next_requests() -> None:
    clock = FakeClock()

    late = [0.2]

    def oversleep(s: float) -> None:  # a starved thread wakes 0.2 s late, once
        clock.sleep(s + (late.pop() if late else 0.0))

    lim = RateLimiter(3, clock=clock, sleep=oversleep)
    times = []
    for _ in range(6):
        lim.acquire()
        times.append(clock.t)
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= lim.interval - 1e-9


def test_budget_limiter_spaces_a_short_run_by_the_gap_and_a_long_one_by_the_budget() -> None:
    clock = FakeClock()
    lim = RateLimiter(30, per=60.0, min_gap=1.0, clock=clock, sleep=clock.sleep)
    times = []
    for _ in range(61):
        lim.acquire()
        times.append(clock.t)
        lim.done()
    assert times[:3] == pytest.approx([0.0, 1.1, 2.2])  # three requests pay the crawl delay, not 60/30 s each
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= 1.1 - 1e-9
    assert times[30] == pytest.approx(60.0)  # the 31st waits until the first's answer has left the minute
    assert times[60] == pytest.approx(120.0)  # so the long-run rate stays 30 per minute
    assert _most_in_any_window(times, 60.0) == 30


@settings(max_examples=80)
@given(rate=st.integers(1, 40), gap=st.floats(0.0, 3.0), late=st.lists(st.floats(0.0, 5.0), max_size=30),
       penalty_at=st.integers(0, 60), penalty=st.floats(0.0, 20.0), answered=st.lists(st.booleans(), min_size=1))
def test_budget_limiter_never_lets_more_than_rate_into_any_window(rate: int, gap: float, late: list[float],
                                                                  penalty_at: int, penalty: float,
                                                                  answered: list[bool]) -> None:
    clock = FakeClock()
    extra = list(late)

    def oversleep(s: float) -> None:  # starved threads wake late, sometimes
        clock.sleep(s + (extra.pop() if extra else 0.0))

    lim = RateLimiter(rate, per=60.0, min_gap=gap, clock=clock, sleep=oversleep)
    times = []
    for i in range(2 * rate + 5):
        if i == penalty_at:
            lim.penalise(penalty)
        lim.acquire()
        times.append(clock.t)
        if answered[i % len(answered)]:
            lim.done()
    assert _most_in_any_window(times, 60.0) <= rate
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= min(gap * 1.1, 60.0 / rate) - 1e-9


# --- retries --------------------------------------------------------------------------------------------------

def test_retry_after_is_honoured(server: LoopbackServer) -> None:
    server.script(Fault.http(429, retry_after="1"))
    r = client().fetch(server.url + "/api/v2/studies", {"format": "json"}, validate=page_ok)
    assert r.status == 200
    assert [e.status for e in server.log] == [429, 200]
    assert gaps(server)[0] >= 1.0


def test_retry_after_on_503_is_honoured_too(server: LoopbackServer) -> None:
    server.script(Fault.http(503, retry_after="1"))
    client().fetch(server.url + "/api/v2/studies", validate=page_ok)
    assert [e.status for e in server.log] == [503, 200] and gaps(server)[0] >= 1.0


def test_429_without_retry_after_still_backs_off_exponentially(server: LoopbackServer) -> None:
    server.script(Fault.ncbi_429(), Fault.ncbi_429(), Fault.ncbi_429())
    c = client(backoff=0.15)
    c.fetch(server.url + "/api/v2/studies", validate=page_ok)
    g = gaps(server)
    assert [e.status for e in server.log] == [429, 429, 429, 200]
    assert g[0] >= 0.15 and g[1] >= 0.30 and g[2] >= 0.60
    assert c.requests_sent == 4


def test_5xx_burst_is_retried(server: LoopbackServer) -> None:
    server.script(Fault.http(500), Fault.http(502), Fault.http(503))
    c = client()
    assert json.loads(c.fetch(server.url + "/api/v2/studies", validate=page_ok).body)["totalCount"] == 21
    assert [e.status for e in server.log] == [500, 502, 503, 200]
    assert c.requests_sent == 4


@pytest.mark.parametrize("fault", [Fault.reset(), Fault.cut(), Fault.truncate(), Fault.html200(),
                                   Fault.hang(1.0), Fault.slow_body(1.0)], ids=lambda f: f.kind)
def test_one_bad_answer_is_retried(server: LoopbackServer, fault: Fault) -> None:
    server.script(fault)
    body = client(timeout=(1.0, 0.4)).fetch(server.url + "/api/v2/studies", validate=page_ok).body
    assert body == ctgov_pages()[0]
    assert len(server.log) == 2


def test_persistent_failure_gives_one_clear_error(server: LoopbackServer) -> None:
    server.script(Fault.burst(503, 30))
    with pytest.raises(BadResponse) as err:
        client(retries=2, attempts=2).fetch(server.url + "/api/v2/studies", what="CT.gov page 1")
    msg = str(err.value)
    assert "HTTP 503" in msg and "CT.gov page 1" in msg and "gave up after 2 attempts" in msg and "\n" not in msg
    assert len(server.log) == 6  # 2 attempts x (1 + 2 urllib3 retries)


def test_client_errors_are_not_retried(server: LoopbackServer) -> None:
    with pytest.raises(BadResponse) as err:
        client().fetch(server.url + "/api/v2/nowhere")
    assert err.value.status == 404
    assert len(server.log) == 1


def test_persistent_html_page_is_reported_not_accepted(server: LoopbackServer) -> None:
    server.script(*[Fault.html200() for _ in range(3)])
    with pytest.raises(BadResponse, match="gave up"):
        client(attempts=3).fetch(server.url + "/api/v2/studies", validate=page_ok)


def test_too_long_retry_after_stops_with_a_clear_message(server: LoopbackServer) -> None:
    server.script(Fault.http(429, retry_after="3600"))
    t = time.monotonic()
    with pytest.raises(RateLimited, match="3600s"):
        client().fetch(server.url + "/api/v2/studies")
    assert time.monotonic() - t < 2


def test_user_agent_is_descriptive(server: LoopbackServer) -> None:
    client().fetch(server.url + "/api/v2/studies")
    ua = server.log[0].headers["User-Agent"]
    assert ua == USER_AGENT and "evidence/" in ua and "Ketamine Evidence Dashboard" in ua


# --- secrets --------------------------------------------------------------------------------------------------

def test_redact_removes_keys_from_urls_and_text() -> None:
    url = f"http://h/efetch.fcgi?db=pubmed&api_key={SECRET}&id=1"
    assert SECRET not in redact(url)
    assert "api_key=REDACTED" in redact(url)
    assert SECRET not in redact(f"key is {SECRET}", [SECRET])


def test_transport_errors_never_carry_the_key(caplog: pytest.LogCaptureFixture) -> None:
    with LoopbackServer(CtgovApp(ctgov_pages())) as srv:
        url = srv.url
    caplog.set_level(logging.DEBUG)
    with pytest.raises(TransportError) as err:  # the server is gone: connection refused, retried, then reported
        client(retries=1, attempts=1, secrets=(SECRET,)).fetch(url + "/esearch.fcgi", {"api_key": SECRET})
    assert SECRET not in str(err.value)
    assert err.value.__cause__ is None and err.value.__suppress_context__
    assert SECRET not in caplog.text


def test_persistent_429_is_reported_as_rate_limited(server: LoopbackServer) -> None:
    server.script(*[Fault.ncbi_429() for _ in range(10)])
    with pytest.raises(RateLimited, match="HTTP 429"):
        client(retries=2, attempts=2).fetch(server.url + "/api/v2/studies", what="page 1")
    assert len(server.log) == 3  # 1 + 2 retries; a 429 is not re-asked again by the body loop
