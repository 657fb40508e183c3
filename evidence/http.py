"""The one door to the network: polite sessions (urllib3 Retry, timeouts, User-Agent), a shared rate limiter,
body-validating retries, secret redaction and one exception tree. Only this module imports requests."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

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

__all__ = ["BadResponse", "Client", "FetchError", "RateLimited", "RateLimiter", "Response", "TransportError",
           "make_retry", "make_session", "redact"]


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
    sleeper: Sleep = staticmethod(time.sleep)  # type: ignore[assignment]
    max_wait: float = 300.0

    def new(self, **kw: object) -> PoliteRetry:
        """Carry our extra attributes across urllib3's copy-on-increment."""
        r = super().new(**kw)
        r.limiter, r.sleeper, r.max_wait = self.limiter, self.sleeper, self.max_wait
        return r

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

    def sleep(self, response: object = None) -> None:
        """Wait what the server asked (Retry-After) or the backoff, whichever is longer, then queue politely."""
        wait = self.get_backoff_time()
        if response is not None and self.respect_retry_after_header:
            after = self.get_retry_after(response)  # type: ignore[arg-type]
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

    def __init__(self, limiter: RateLimiter | None, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.limiter = limiter

    def send(self, request: requests.PreparedRequest, *args: object, **kw: object) -> requests.Response:
        """Wait for a slot, then send (urllib3 retries take their own slots in PoliteRetry.sleep); once the answer's
        head is here, tell the limiter, which counts its window from there."""
        if self.limiter is None:
            return super().send(request, *args, **kw)  # type: ignore[arg-type]
        self.limiter.acquire()
        try:
            return super().send(request, *args, **kw)  # type: ignore[arg-type]
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
    return s


# --- one request, validated ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Response:
    """What a fetcher keeps of an answer: status, final URL (redacted), headers and the body as received."""

    status: int
    url: str
    headers: Mapping[str, str]
    body: bytes


Validator = Callable[[bytes], None]


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

    def __post_init__(self) -> None:
        install_log_redaction(self.secrets)

    @property
    def requests_sent(self) -> int:
        """Requests issued so far, retries and redirects included (each took a limiter slot)."""
        return self.limiter.acquired

    def _send_once(
        self, method: str, url: str, params: Mapping[str, str] | None, data: Mapping[str, str] | None
    ) -> Response:
        try:
            # stream=True and one raw read: requests' own reading in 10 kB chunks costs more than NCBI's
            # rate leaves between two 10 MB batches. A body cut off in transit raises here, in our retry loop.
            resp = self.session.request(method, url, params=params, data=data, timeout=self.timeout, stream=True)
            try:
                body = resp.raw.read(decode_content=True)
            finally:
                resp.close()
        except RateLimited:
            raise
        except requests.exceptions.RetryError as exc:
            raise RateLimited(f"{method} {self._safe(url)}: gave up after retries ({self._safe(exc)})") from None
        except (requests.exceptions.Timeout, urllib3.exceptions.TimeoutError) as exc:
            raise TransportError(f"{method} {self._safe(url)}: timed out ({self._safe(exc)})") from None
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError) as exc:
            raise TransportError(f"{method} {self._safe(url)}: {type(exc).__name__}: {self._safe(exc)}") from None
        return Response(resp.status_code, self._safe(resp.url), dict(resp.headers), body)

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
                    except (ValueError, TypeError, KeyError) as exc:  # a validator's own parse error counts as bad
                        msg = f"{what}: unexpected body ({type(exc).__name__}: {exc})"
                        raise BadResponse(self._safe(msg)) from None
                return r
            except RateLimited:
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


def _snippet(body: bytes, n: int = 120) -> str:
    """The start of a body, on one line, for an error message."""
    return " ".join(body[:n].decode("utf-8", "replace").split())
