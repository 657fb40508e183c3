"""The one door to the network: polite sessions (urllib3 Retry, timeouts, User-Agent), a shared rate limiter,
body-validating retries, secret redaction and one exception tree. Only this module imports requests."""

from __future__ import annotations

import logging
import re
import time
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from evidence import __version__
from evidence.errors import FetchError
from evidence.ratelimit import Clock, RateLimiter, Sleep  # noqa: F401  (re-exported: the fetchers' one import)

log = logging.getLogger(__name__)

USER_AGENT = (
    f"evidence/{__version__} (Ketamine Evidence Dashboard; open-source evidence fetcher; python-requests)"
)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
DEFAULT_TIMEOUT = (10.0, 60.0)  # (connect, read) seconds
# A decoded answer larger than this is refused (an efetch batch of 10,000 records is ~250 MB; 500 is ~12 MB).
DEFAULT_MAX_BODY = 512 * 1024**2
DEFAULT_REQUEST_DEADLINE = 300.0  # seconds for one request, body included (a trickling server cannot hold us)
DEFAULT_RUN_DEADLINE = 12 * 3600.0  # seconds for everything one client sends (a fetch run, the app's Refresh)
MAX_REDIRECTS = 5
CHUNK = 1024 * 1024

__all__ = ["BadResponse", "Client", "DeadlineExceeded", "FetchError", "RateLimited", "RateLimiter", "Response",
           "TransportError", "Unreachable", "make_retry", "make_session", "redact"]


class RateLimited(FetchError):
    """The service kept answering 429 (or asked us to wait longer than we allow)."""


class BadResponse(FetchError):
    """The service answered, but not with what we asked for (error status, error document, truncated body)."""

    def __init__(self, message: str, status: int | None = None, retryable: bool = True) -> None:
        super().__init__(message)
        self.status = status
        self.retryable = retryable  # False: asking the same way again cannot help (the caller may ask differently)


class TransportError(FetchError):
    """No usable answer: connection refused or reset, timeouts, a body cut off in transit."""


class Unreachable(TransportError):
    """The service's host cannot be reached at all (its name does not resolve, or the connection is refused): no
    network, or a wrong address. Not retried: waiting and asking again cannot help, and the reader should know at
    once instead of after many minutes of backoff."""


class DeadlineExceeded(TransportError):
    """A request or the whole run took longer than allowed; not retried (a trickling server would hold us again)."""


# --- secrets -----------------------------------------------------------------------------------------------

_SECRET_PARAM = re.compile(r"(?i)((?:api[_-]?key|apikey|token_secret)=)[^&\s'\"]+")


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """Remove api keys from URLs and messages, so logs, files and exceptions never carry them."""
    out = _SECRET_PARAM.sub(r"\1REDACTED", str(text))
    for s in secrets:
        if s:
            out = out.replace(s, "REDACTED")
    return out


class RedactingFilter(logging.Filter):
    """Scrubs api keys from records of loggers we do not own (urllib3 logs full URLs at DEBUG)."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage(), self.secrets)
        record.args = ()
        return True


def install_log_redaction(secrets: Iterable[str | None] = ()) -> RedactingFilter:
    """Attach a redacting filter to the third-party loggers that print request URLs."""
    flt = RedactingFilter(secrets)
    for name in ("urllib3.connectionpool", "urllib3.util.retry", "urllib3.response", __name__):
        logger = logging.getLogger(name)
        for old in [f for f in logger.filters if isinstance(f, RedactingFilter)]:
            logger.removeFilter(old)
        logger.addFilter(flt)
    return flt


# --- retries -----------------------------------------------------------------------------------------------


class PoliteRetry(Retry):
    """urllib3 Retry that backs off from the first retry (NCBI's 429 has no Retry-After), caps waits,
    sleeps through an injectable function and takes a rate-limiter slot before every retried request."""

    limiter: RateLimiter | None = None
    sleeper: Sleep = staticmethod(time.sleep)
    max_wait: float = 300.0

    def new(self, **kw: object) -> PoliteRetry:
        """Carry our extra attributes across urllib3's copy-on-increment."""
        r = super().new(**kw)
        r.limiter, r.sleeper, r.max_wait = self.limiter, self.sleeper, self.max_wait
        return r

    def increment(self, method: str | None = None, url: str | None = None, *args: Any,
                  **kw: Any) -> PoliteRetry:
        """As urllib3's, but a host that cannot be reached (name resolution failed, connection refused) ends the
        retries at once: no backoff for a machine with no network."""
        error = kw.get("error") if "error" in kw else (args[1] if len(args) > 1 else None)
        if isinstance(error, Exception) and unreachable_reason(error):
            # urllib3 hands its pool through **kw (None outside a pool); MaxRetryError takes it as it is
            raise urllib3.exceptions.MaxRetryError(kw.get("_pool"), url or "", error)  # type: ignore[arg-type]
        return super().increment(method, url, *args, **kw)

    def get_backoff_time(self) -> float:
        """backoff_factor * 2**(n-1) for the n-th consecutive error, starting at the first one."""
        n = 0
        for h in reversed(self.history):
            if h.redirect_location is not None:
                break
            n += 1
        if n == 0:
            return 0.0
        return float(min(self.backoff_max, self.backoff_factor * (2 ** (n - 1))))

    def sleep(self, response: urllib3.BaseHTTPResponse | None = None) -> None:
        """Wait what the server asked (Retry-After) or the backoff, whichever is longer, then queue politely."""
        wait = self.get_backoff_time()
        if response is not None and self.respect_retry_after_header:
            after = self.get_retry_after(response)
            if after is not None:
                if after > self.max_wait:
                    raise RateLimited(
                        f"server asked to wait {after:.0f}s before retrying (more than the {self.max_wait:.0f}s "
                        "we allow); try again later"
                    )
                wait = max(wait, after)
        status = getattr(response, "status", None)
        log.info("retrying after %s in %.2fs", status or "connection error", wait)
        if self.limiter is not None:
            self.limiter.done()  # the failed attempt was answered (or broke off): the service has counted it
            self.limiter.penalise(wait)
            self.limiter.acquire()
        elif wait > 0:
            self.sleeper(wait)


def make_retry(
    retries: int = 5,
    backoff_factor: float = 1.0,
    backoff_max: float = 60.0,
    limiter: RateLimiter | None = None,
    sleep: Sleep = time.sleep,
    max_wait: float = 300.0,
) -> PoliteRetry:
    """The retry policy: 429/5xx/connection/read errors, GET and POST (our POSTs are idempotent queries)."""
    r = PoliteRetry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        other=retries,
        redirect=5,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET", "POST", "HEAD"}),
        backoff_factor=backoff_factor,
        backoff_max=backoff_max,
        respect_retry_after_header=True,
        raise_on_status=False,
        raise_on_redirect=False,
    )
    r.limiter, r.sleeper, r.max_wait = limiter, sleep, max_wait
    return r


class LimitedAdapter(HTTPAdapter):
    """An adapter that takes a limiter slot for every request it sends, redirects included."""

    def __init__(self, limiter: RateLimiter | None, **kw: Any) -> None:
        super().__init__(**kw)
        self.limiter = limiter

    def send(self, request: requests.PreparedRequest, *args: Any, **kw: Any) -> requests.Response:
        """Wait for a slot, then send (urllib3 retries take their own slots in PoliteRetry.sleep); once the answer's
        head is here, tell the limiter, which counts its window from there."""
        if self.limiter is None:
            return super().send(request, *args, **kw)
        self.limiter.acquire()
        try:
            return super().send(request, *args, **kw)
        finally:
            self.limiter.done()


def make_session(
    retry: PoliteRetry | None = None, user_agent: str = USER_AGENT, contact: str | None = None
) -> requests.Session:
    """A requests Session whose every request and retry goes through the retry policy's limiter.

    One session per source, so the two services' limits are never mixed.
    """
    retry = retry if retry is not None else make_retry()
    s = requests.Session()
    adapter = LimitedAdapter(retry.limiter, max_retries=retry, pool_connections=2, pool_maxsize=4)
    s.mount("http://", adapter)
    s.mount("https://", adapter)
    s.headers["User-Agent"] = user_agent if not contact else f"{user_agent} mailto:{contact}"
    s.headers["Accept-Encoding"] = "gzip, deflate"  # the encodings Client decodes itself, with a size cap
    return s


# --- one request, validated ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Response:
    """What a fetcher keeps of an answer: status, final URL (redacted), headers and the body as received."""

    status: int
    url: str
    headers: Mapping[str, str]
    body: bytes


Validator = Callable[[bytes], object]  # raises on a bad body; what it returns is not used


@dataclass
class Client:
    """Sends requests through one session (from make_session) and its limiter, validates bodies, retries bad ones.

    Transport-level retries (429, 5xx, resets, timeouts) happen inside urllib3; a 200 whose body is not
    what we asked for (HTML error page, truncated JSON/XML, an error document) is retried here.
    """

    session: requests.Session
    limiter: RateLimiter
    timeout: tuple[float, float] = DEFAULT_TIMEOUT
    body_attempts: int = 4
    backoff_factor: float = 1.0
    secrets: tuple[str, ...] = ()
    max_body: int = DEFAULT_MAX_BODY  # decoded bytes of one answer
    request_deadline: float = DEFAULT_REQUEST_DEADLINE  # seconds per request (each retry gets its own)
    run_deadline: float | None = DEFAULT_RUN_DEADLINE  # seconds for everything this client sends
    clock: Callable[[], float] = time.monotonic
    _started: float = field(default=0.0, init=False, repr=False)

    def __post_init__(self) -> None:
        install_log_redaction(self.secrets)
        self._started = self.clock()

    @property
    def requests_sent(self) -> int:
        """Requests issued so far, retries and redirects included (each took a limiter slot)."""
        return self.limiter.acquired

    def _deadline(self, what: str) -> float:
        """When this request must be done: its own deadline, or the run's if that comes first."""
        now = self.clock()
        deadline = now + self.request_deadline
        if self.run_deadline is not None:
            run_end = self._started + self.run_deadline
            if now >= run_end:
                raise DeadlineExceeded(f"{what}: the run's deadline of {self.run_deadline:.0f}s has passed; stopped "
                                 "(run the same command again to resume)")
            deadline = min(deadline, run_end)
        return deadline

    def _send_once(
        self, method: str, url: str, params: Mapping[str, str] | None, data: Mapping[str, str] | None
    ) -> Response:
        deadline = self._deadline(f"{method} {self._safe(url)}")
        origin = _origin(url)
        try:
            for _hop in range(MAX_REDIRECTS + 1):
                # Redirects are followed here, not by requests: a 307/308 re-sends the body, and the key must
                # never travel to another host. stream=True: the body is read below, capped and under a deadline.
                remaining = max(0.1, deadline - self.clock())
                timeout = (min(self.timeout[0], remaining), min(self.timeout[1], remaining))
                resp = self.session.request(method, url, params=params, data=data, timeout=timeout, stream=True,
                                            allow_redirects=False)
                location = resp.headers.get("Location") if resp.status_code in _REDIRECTS else None
                if location is None:
                    try:
                        body = self._read_body(resp, deadline, f"{method} {self._safe(url)}")
                    finally:
                        resp.close()
                    return Response(resp.status_code, self._safe(resp.url), dict(resp.headers), body)
                resp.close()
                url = urljoin(resp.url, location)
                params = None  # the Location carries its own query
                if resp.status_code == 303 or (resp.status_code in (301, 302) and method == "POST"):
                    method, data = "GET", None  # what browsers and requests do
                if _origin(url) != origin:
                    url, data = self._strip_secrets(url), self._strip_data(data)
            raise TransportError(f"{method} {self._safe(url)}: more than {MAX_REDIRECTS} redirects")
        except RateLimited:
            raise
        except requests.exceptions.RetryError as exc:
            raise RateLimited(f"{method} {self._safe(url)}: gave up after retries ({self._safe(exc)})") from None
        except requests.exceptions.ConnectionError as exc:  # ConnectTimeout included
            if why := unreachable_reason(exc):
                host = urlsplit(url).netloc
                raise Unreachable(f"cannot reach {host} ({why}); check the network connection") from None
            if isinstance(exc, requests.exceptions.Timeout):
                raise TransportError(f"{method} {self._safe(url)}: timed out ({self._safe(exc)})") from None
            raise TransportError(f"{method} {self._safe(url)}: {type(exc).__name__}: {self._safe(exc)}") from None
        except (requests.exceptions.Timeout, urllib3.exceptions.TimeoutError) as exc:
            raise TransportError(f"{method} {self._safe(url)}: timed out ({self._safe(exc)})") from None
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError) as exc:
            raise TransportError(f"{method} {self._safe(url)}: {type(exc).__name__}: {self._safe(exc)}") from None

    def _strip_secrets(self, url: str) -> str:
        """A URL on another host without any of our secrets in its query (never send the key elsewhere)."""
        if not self.secrets:
            return url
        parts = urlsplit(url)
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if v not in self.secrets]
        log.warning("redirected to another host (%s); the API key is not sent there", parts.netloc)
        return urlunsplit(parts._replace(query=urlencode(query)))

    def _strip_data(self, data: Mapping[str, str] | None) -> Mapping[str, str] | None:
        if data is None or not self.secrets:
            return data
        return {k: v for k, v in data.items() if v not in self.secrets}

    def _read_body(self, resp: requests.Response, deadline: float, what: str) -> bytes:
        """The decoded body, refused past `max_body` bytes (a gzip bomb is stopped at the cap, not after inflating)
        and past the deadline (a server sending one byte at a time cannot hold the fetch)."""
        raw = resp.raw
        encoding = resp.headers.get("Content-Encoding", "").strip().lower()
        if encoding in ("", "identity"):
            decoder = None
        elif encoding in ("gzip", "x-gzip", "deflate"):
            decoder = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS)
        else:
            raise BadResponse(f"{what}: unsupported Content-Encoding {encoding!r}", retryable=False)
        read = getattr(raw, "read1", None) or raw.read
        parts: list[bytes] = []
        size = 0
        while True:
            if self.clock() > deadline:
                raise DeadlineExceeded(f"{what}: answer not complete within the deadline ({size} bytes so far)")
            chunk = read(CHUNK, decode_content=False)
            if not chunk:
                break
            if decoder is not None:
                chunk = decoder.decompress(chunk, self.max_body - size + 1)
            size += len(chunk)
            if size > self.max_body:
                raise BadResponse(f"{what}: answer larger than {self.max_body:,} bytes decoded; refused (raise the "
                                  "client's max_body if this is real)", retryable=False)
            parts.append(chunk)
        if decoder is not None:
            tail = decoder.flush()
            if size + len(tail) > self.max_body:
                raise BadResponse(f"{what}: answer larger than {self.max_body:,} bytes decoded; refused",
                                  retryable=False)
            parts.append(tail)
            if not decoder.eof:
                raise TransportError(f"{what}: compressed body cut off in transit")
        return b"".join(parts)

    def _safe(self, text: object) -> str:
        return redact(str(text), self.secrets)

    def fetch(
        self,
        url: str,
        params: Mapping[str, str] | None = None,
        *,
        data: Mapping[str, str] | None = None,
        validate: Validator | None = None,
        what: str = "response",
    ) -> Response:
        """GET (or POST when data is given) and return a body that passed `validate`, or raise FetchError."""
        method = "POST" if data is not None else "GET"
        last: FetchError | None = None
        for attempt in range(1, self.body_attempts + 1):
            try:
                r = self._send_once(method, url, params, data)
                if r.status == 429:
                    raise RateLimited(f"{what}: still rate-limited (HTTP 429) after retries; slow down or retry later")
                if r.status >= 400:
                    # the body may echo what we sent (NCBI's 429 names the caller): redact before it goes anywhere
                    raise BadResponse(self._safe(f"{what}: HTTP {r.status} from {r.url}: {_snippet(r.body)}"), r.status)
                if validate is not None:
                    try:
                        validate(r.body)
                    except BadResponse as exc:
                        raise BadResponse(self._safe(f"{what}: {exc}"), retryable=exc.retryable) from None
                    except (ValueError, TypeError, KeyError, RecursionError) as exc:  # the validator could not parse
                        msg = f"{what}: unexpected body ({type(exc).__name__}: {exc})"
                        raise BadResponse(self._safe(msg)) from None
                return r
            except Unreachable as exc:
                raise Unreachable(self._safe(f"{what}: {exc}")) from None
            except (RateLimited, DeadlineExceeded):
                raise
            except BadResponse as exc:
                if (exc.status is not None and 400 <= exc.status < 500) or not exc.retryable:
                    raise  # a client error does not get better by asking again
                last = exc
            except TransportError as exc:
                last = exc
            if attempt < self.body_attempts:
                wait = min(60.0, self.backoff_factor * (2 ** (attempt - 1)))
                log.warning("%s: attempt %d/%d failed (%s); retrying in %.1fs", what, attempt, self.body_attempts,
                            self._safe(last), wait)
                self.limiter.penalise(wait)
        assert last is not None
        msg = f"{self._safe(last)} (gave up after {self.body_attempts} attempts)"
        if isinstance(last, BadResponse):
            raise BadResponse(msg, last.status) from None
        raise type(last)(msg) from None


_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def unreachable_reason(exc: BaseException) -> str:
    """'the name ... does not resolve' or 'connection refused' when `exc` (or what it wraps) says the host cannot be
    reached at all; '' for any other error (a timeout or a reset may pass: those are retried)."""
    import socket

    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        e = todo.pop()
        if not isinstance(e, BaseException) or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, (urllib3.exceptions.NameResolutionError, socket.gaierror)):
            return "its name does not resolve: no network or DNS"
        if isinstance(e, ConnectionRefusedError):
            return "connection refused"
        todo += [e.__cause__, e.__context__, getattr(e, "reason", None), *[a for a in e.args
                                                                         if isinstance(a, BaseException)]]
    return ""


def _origin(url: str) -> tuple[str, str]:
    """Scheme and host:port: where a request goes (the key may only go to the configured one)."""
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


def _snippet(body: bytes, n: int = 120) -> str:
    """The start of a body, on one line, for an error message."""
    return " ".join(body[:n].decode("utf-8", "replace").split())
