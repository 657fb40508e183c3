"""A small threaded HTTP server on 127.0.0.1 that replays REAL recorded responses (tests/fixtures) and injects faults.

Reusable by any test or benchmark (the replayed services are tests/ctgov_app.py and tests/pubmed_app.py):

    with LoopbackServer(CtgovApp(ctgov_pages())) as srv:
        srv.script(Fault.http(429, retry_after="1"), Fault.reset(), path="/api/v2/studies")
        fetch_studies(..., base_url=srv.url + "/api/v2")
        srv.log  # every request: arrival time, method, path, params, status, fault

Faults are consumed in order by the requests they match. `rate_limit=(n, seconds)` makes the server answer 429 to
any request that would be the (n+1)-th inside a sliding window, the way NCBI enforces 3 requests/second.
"""

from __future__ import annotations

import collections
import socket
import struct
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class Request:
    """One request as the server saw it (query string and form body merged into params)."""

    method: str
    path: str
    params: dict[str, str]
    headers: dict[str, str]
    body: bytes
    query: str


@dataclass
class Reply:
    """What an app answers."""

    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Fault:
    """One scripted misbehaviour, used up by the first matching request."""

    kind: str
    status: int = 200
    seconds: float = 0.0
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def http(cls, status: int, retry_after: str | None = None, body: bytes = b"") -> Fault:
        """An error status (429/500/502/503...), optionally with Retry-After."""
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        return cls("status", status=status, body=body or f"error {status}".encode(), headers=headers)

    @classmethod
    def burst(cls, status: int, n: int) -> list[Fault]:
        """n errors in a row."""
        return [cls.http(status) for _ in range(n)]

    @classmethod
    def ncbi_429(cls) -> Fault:
        """NCBI's real over-the-limit answer (recorded body; NCBI sends no Retry-After)."""
        return cls("status", status=429, body=(FIXTURES / "pubmed" / "error_429_rate_limit.json").read_bytes())

    @classmethod
    def hang(cls, seconds: float) -> Fault:
        """Say nothing for `seconds` before answering: a read timeout for a client with a shorter timeout."""
        return cls("hang", seconds=seconds)

    @classmethod
    def slow_body(cls, seconds: float) -> Fault:
        """Send the headers and half the body, stall, then the rest."""
        return cls("slow_body", seconds=seconds)

    @classmethod
    def reset(cls) -> Fault:
        """Close the connection with a TCP reset before answering."""
        return cls("reset")

    @classmethod
    def truncate(cls) -> Fault:
        """The real body cut in half, with a Content-Length that matches the cut (valid HTTP, broken JSON/XML)."""
        return cls("truncate")

    @classmethod
    def cut(cls) -> Fault:
        """The real body cut in half, the full Content-Length announced, then the connection closed."""
        return cls("cut")

    @classmethod
    def html200(cls) -> Fault:
        """A proxy/maintenance HTML page with status 200."""
        body = b"<!DOCTYPE html><html><head><title>Service unavailable</title></head><body><h1>Down for maintenance" \
               b"</h1><p>Please try again later.</p></body></html>"
        return cls("replace", status=200, body=body, headers={"Content-Type": "text/html; charset=utf-8"})

    @classmethod
    def replace(cls, body: bytes, status: int = 200, content_type: str = "text/xml") -> Fault:
        """Any other answer, e.g. an <ERROR> document inside HTTP 200."""
        return cls("replace", status=status, body=body, headers={"Content-Type": content_type})


@dataclass
class Logged:
    """One entry of the request log."""

    t: float
    method: str
    path: str
    params: dict[str, str]
    query: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 0
    fault: str | None = None


App = Callable[[Request], Reply]


def max_in_window(times: Sequence[float], seconds: float) -> int:
    """The most timestamps inside any window of `seconds` (how a sliding-window rate limit counts)."""
    times = sorted(times)
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - seconds:
            j += 1
        best = max(best, i - j + 1)
    return best


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up (timeouts, killed processes) are expected here, not worth a traceback."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


class LoopbackServer:
    """The server; use as a context manager. `url` is http://127.0.0.1:PORT."""

    def __init__(self, app: App, rate_limit: tuple[int, float] | None = None, rate_retry_after: str | None = None):
        self.app = app
        self.rate_limit = rate_limit
        self.rate_retry_after = rate_retry_after
        self.log: list[Logged] = []
        self._faults: list[tuple[Callable[[Request], bool], Fault]] = []
        self._lock = threading.Lock()
        self._window: collections.deque[float] = collections.deque()
        self._stop = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

            def do_GET(self) -> None:  # noqa: N802
                owner._handle(self)

            def do_POST(self) -> None:  # noqa: N802
                owner._handle(self)

        self._httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop serving and release the port."""
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    # -- scripting -----------------------------------------------------------------------------------------------

    def script(self, *faults: Fault | Sequence[Fault], path: str | None = None,
               when: Callable[[Request], bool] | None = None) -> None:
        """Queue faults for the next requests whose path contains `path` (and that `when` accepts)."""
        def match(req: Request) -> bool:
            return (path is None or path in req.path) and (when is None or when(req))
        with self._lock:
            for f in faults:
                for one in ([f] if isinstance(f, Fault) else f):
                    self._faults.append((match, one))

    def clear_faults(self) -> None:
        """Drop the faults not yet used (the service has recovered)."""
        with self._lock:
            self._faults.clear()

    @property
    def pending_faults(self) -> int:
        """Faults not yet used up."""
        with self._lock:
            return len(self._faults)

    # -- measurements ------------------------------------------------------------------------------------------

    def max_in_window(self, seconds: float = 1.0, statuses: Sequence[int] | None = None) -> int:
        """The most requests that arrived within any window of `seconds` (server-side timestamps)."""
        return max_in_window([e.t for e in self.log if statuses is None or e.status in statuses], seconds)

    def count(self, path: str | None = None, status: int | None = None) -> int:
        """How many logged requests match."""
        return sum(1 for e in self.log if (path is None or path in e.path) and (status is None or e.status == status))

    # -- serving -----------------------------------------------------------------------------------------------

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        t = time.monotonic()
        split = urlsplit(h.path)
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        params = dict(parse_qsl(split.query, keep_blank_values=True))
        if h.command == "POST" and body:
            params.update(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        req = Request(h.command, split.path, params, dict(h.headers.items()), body, split.query)
        entry = Logged(t, h.command, split.path, params, split.query, body, dict(h.headers.items()))
        with self._lock:
            self.log.append(entry)
            limited = False
            if self.rate_limit is not None:
                n, window = self.rate_limit
                while self._window and self._window[0] <= t - window:
                    self._window.popleft()
                limited = len(self._window) >= n
                self._window.append(t)
            fault = None
            if not limited:
                for i, (match, _f) in enumerate(self._faults):
                    if match(req):
                        fault = self._faults.pop(i)[1]
                        break
        try:
            if limited:
                entry.fault = "rate_limit"
                headers = {"Retry-After": self.rate_retry_after} if self.rate_retry_after else {}
                body429 = (FIXTURES / "pubmed" / "error_429_rate_limit.json").read_bytes()
                self._send(h, entry, Reply(429, body429, "application/json", headers))
                return
            if fault is not None:
                entry.fault = fault.kind
                if fault.kind == "reset":
                    entry.status = -1
                    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    h.connection.close()
                    h.close_connection = True
                    return
                if fault.kind == "hang":
                    self._stop.wait(fault.seconds)
                if fault.kind in ("status", "replace"):
                    ctype = fault.headers.get("Content-Type", "text/plain")
                    extra = {k: v for k, v in fault.headers.items() if k != "Content-Type"}
                    self._send(h, entry, Reply(fault.status, fault.body or b"", ctype, extra))
                    return
            reply = self.app(req)
            if fault is not None and fault.kind in ("truncate", "cut", "slow_body"):
                half = reply.body[: max(1, len(reply.body) // 2)]
                if fault.kind == "truncate":
                    self._send(h, entry, Reply(reply.status, half, reply.content_type, reply.headers))
                    return
                self._send_head(h, entry, reply, len(reply.body))
                h.wfile.write(half)
                h.wfile.flush()
                if fault.kind == "cut":
                    h.close_connection = True
                    h.connection.shutdown(socket.SHUT_RDWR)
                    return
                self._stop.wait(fault.seconds)
                h.wfile.write(reply.body[len(half):])
                return
            self._send(h, entry, reply)
        except (BrokenPipeError, ConnectionResetError, OSError):
            h.close_connection = True

    def _send_head(self, h: BaseHTTPRequestHandler, entry: Logged, reply: Reply, length: int) -> None:
        entry.status = reply.status
        h.send_response(reply.status)
        h.send_header("Content-Type", reply.content_type)
        h.send_header("Content-Length", str(length))
        for k, v in reply.headers.items():
            h.send_header(k, v)
        h.end_headers()

    def _send(self, h: BaseHTTPRequestHandler, entry: Logged, reply: Reply) -> None:
        self._send_head(h, entry, reply, len(reply.body))
        h.wfile.write(reply.body)
        h.wfile.flush()
