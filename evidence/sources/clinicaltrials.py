"""ClinicalTrials.gov API v2 client: paged /studies search and /studies/{nctId}, saved raw and resumable.

Pages are saved as received (gzip) before anyone parses them; parsing into tables is evidence/parse's job. Each run
records the service's data release (/version dataTimestamp) in the state the build copies into the manifest.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Mapping
from pathlib import Path

from evidence.errors import ValidationError
from evidence.http import (
    DEFAULT_MAX_BODY,
    DEFAULT_REQUEST_DEADLINE,
    DEFAULT_RUN_DEADLINE,
    BadResponse,
    Client,
    Clock,
    FetchError,
    RateLimiter,
    Sleep,
    make_retry,
    make_session,
)
from evidence.progress import Progress, no_progress
from evidence.settings import DEFAULT_CTGOV_BASE_URL
from evidence.sources.rawcache import RawCache, RunResult, incomplete_error, state_int, state_reason, utc_now

log = logging.getLogger(__name__)

SOURCE = "ctgov"
MAX_PAGE_SIZE = 1000  # the API coerces anything larger down to 1000
# No published limit; the community reports ~50 requests/minute/IP and robots.txt says Crawl-delay: 1. We keep any
# minute to 30 requests, well under that, and never ask twice within 1 s (both plus the limiter's 10 % margin).
DEFAULT_REQUESTS_PER_MINUTE = 30.0
CRAWL_DELAY = 1.0
_NCT = re.compile(r"^NCT\d{8}$")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")  # the spec: yyyy-MM-dd'T'HH:mm:ss (UTC)


def make_client(
    requests_per_minute: float = DEFAULT_REQUESTS_PER_MINUTE,
    *,
    retries: int = 5,
    backoff_factor: float = 2.0,
    timeout: tuple[float, float] = (10.0, 120.0),
    clock: Clock = time.monotonic,
    sleep: Sleep = time.sleep,
    max_wait: float = 300.0,
    contact: str | None = None,
    crawl_delay: float = CRAWL_DELAY,
    max_body: int = DEFAULT_MAX_BODY,
    request_deadline: float = DEFAULT_REQUEST_DEADLINE,
    run_deadline: float | None = DEFAULT_RUN_DEADLINE,
) -> Client:
    """A polite client for CT.gov: its own session, one limiter shared with urllib3's retries.

    The service counts requests per minute, so the limiter keeps every minute within `requests_per_minute` and
    spaces requests by the crawl delay, rather than padding a three-request run to 2 s per request.
    """
    limiter = RateLimiter(requests_per_minute, per=60.0, min_gap=crawl_delay, clock=clock, sleep=sleep)
    retry = make_retry(retries, backoff_factor=backoff_factor, limiter=limiter, sleep=sleep, max_wait=max_wait)
    return Client(make_session(retry, contact=contact), limiter, timeout=timeout, backoff_factor=backoff_factor,
                  max_body=max_body, request_deadline=request_deadline, run_deadline=run_deadline)


def _page(body: bytes) -> dict[str, object]:
    """A search page, or BadResponse when the body is not one (HTML error page, truncated JSON, wrong shape)."""
    try:
        doc = json.loads(body)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        start = " ".join(body[:60].decode("utf-8", "replace").split())
        raise BadResponse(f"not JSON ({exc.__class__.__name__}: {exc}); body starts {start!r}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("studies"), list):
        raise BadResponse("JSON without a 'studies' array: not a ClinicalTrials.gov search page")
    return doc


class _PageCheck:
    """Validator of a search page that keeps what it parsed: a 1,000-study page costs ~70 ms to parse, once."""

    def __init__(self) -> None:
        self.doc: dict[str, object] = {}

    def __call__(self, body: bytes) -> None:
        self.doc = _page(body)


def _validate_study(body: bytes) -> None:
    try:
        doc = json.loads(body)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BadResponse(f"study record is not JSON ({exc})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("protocolSection"), dict):
        raise BadResponse("JSON without a protocolSection: not a ClinicalTrials.gov study record")


def _version_doc(body: bytes) -> dict[str, object]:
    try:
        doc = json.loads(body)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BadResponse(f"version answer is not JSON ({exc})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("apiVersion"), str):
        raise BadResponse("version answer has no apiVersion")
    return doc


def _validate_version(body: bytes) -> None:
    _version_doc(body)


def parse_version(body: bytes) -> dict[str, str]:
    """The /version answer ({"apiVersion", "dataTimestamp"}) as state fields, or BadResponse when it is not one."""
    doc = _version_doc(body)
    out = {"api_version": str(doc["apiVersion"])[:40]}
    stamp = doc.get("dataTimestamp")
    if isinstance(stamp, str) and _STAMP.match(stamp):
        out["data_timestamp"] = stamp
    elif stamp is not None:
        log.warning("ClinicalTrials.gov /version: unexpected dataTimestamp %r; not recorded", str(stamp)[:40])
    return out


def fetch_version(client: Client, base_url: str) -> dict[str, str]:
    """Which data release the service is serving (updated daily); {} with a warning when /version fails."""
    try:
        r = client.fetch(f"{base_url.rstrip('/')}/version", validate=_validate_version,
                         what="ClinicalTrials.gov /version")
        return parse_version(r.body)
    except FetchError as exc:
        log.warning("could not read the ClinicalTrials.gov data version (%s); continuing without it", exc)
        return {}


def study_id(study: object) -> str | None:
    """The NCT id of one study object of a page (None when absent)."""
    if not isinstance(study, dict):
        return None
    try:
        return str(study["protocolSection"]["identificationModule"]["nctId"])
    except (KeyError, TypeError):
        return None


def fetch_studies(
    params: Mapping[str, str],
    data_dir: Path,
    *,
    base_url: str = DEFAULT_CTGOV_BASE_URL,
    client: Client | None = None,
    page_size: int = MAX_PAGE_SIZE,
    max_studies: int | None = None,
    progress: Progress = no_progress,
    allow_partial: bool = False,
) -> RunResult:
    """Fetch every page of a /studies search into data/raw/ctgov, resuming an interrupted run of the same query.

    A run that knows it is incomplete (an empty page before the announced total, a page-token loop) raises
    FetchError and keeps the previous raw files, unless `allow_partial` (then the state says why it is partial).
    """
    cache = RawCache(data_dir, SOURCE, "page", ".json.gz")
    with cache.locked():
        return _fetch_studies(cache, params, base_url.rstrip("/"), client or make_client(),
                              max(1, min(int(page_size), MAX_PAGE_SIZE)), max_studies, progress, allow_partial)


def incomplete_reason(stopped: str, studies: int, total: object, max_studies: int | None) -> str:
    """Why a finished paging loop is known to have missed studies ("" when it ended the way the service ends)."""
    target = _target(total, max_studies)
    if stopped in ("repeated token", "no new studies"):
        return f"paging stopped on a {stopped.replace('no new', 'page with no new')} after {studies} studies" + (
            f" of {target}" if target is not None else "")
    if stopped == "empty page" and target is not None and studies < target:
        return f"an empty page after {studies} of the {target} studies the service announced"
    return ""


def _fetch_studies(cache: RawCache, params: Mapping[str, str], base_url: str, client: Client, page_size: int,
                   max_studies: int | None, progress: Progress, allow_partial: bool = False) -> RunResult:
    query = {str(k): str(v) for k, v in params.items() if k not in ("pageToken", "countTotal", "pageSize")}
    query["format"] = "json"
    run = {"query": query, "page_size": page_size, "max": max_studies}
    sent_before = client.requests_sent

    state = cache.load_state()
    resumed = False
    if state and state.get("phase") == "committing":  # a complete run was killed while moving its files in
        finished = _commit(cache, state, client.requests_sent - sent_before, resumed=True)
        if state.get("run") == run:
            return finished
    if state and state.get("run") == run and state.get("phase") == "fetching":
        resumed = True
    else:
        cache.discard_incoming()
    previous = state if resumed and state else {}
    state = {"source": SOURCE, "run": run, "phase": "fetching", "base_url": base_url,
             **fetch_version(client, base_url)}
    started = previous.get("data_timestamp_started") or previous.get("data_timestamp")
    if started and started != state.get("data_timestamp"):
        # the pages of this snapshot come from two data releases: say so in the manifest
        log.warning("ClinicalTrials.gov data changed from %s to %s while this fetch was interrupted", started,
                    state.get("data_timestamp"))
        state["data_timestamp_started"] = started
    cache.save_state(state)

    seen: set[str] = set()
    tokens: set[str] = set()
    index, total, token, duplicates = 0, None, None, 0
    stopped = ""
    # A resumed run continues from what was staged: the staged pages are the truth, not a counter.
    for i, body in cache.staged():
        if i != index + 1 or stopped:
            break
        doc = _page(body)
        index = i
        if i == 1 and isinstance(doc.get("totalCount"), int):
            total = doc["totalCount"]
        before = len(seen)
        duplicates += _add_ids(doc, seen)
        token, stopped = _next_token(doc, index, tokens, new=len(seen) - before)
    if resumed:
        log.info("resuming ClinicalTrials.gov fetch after page %d (%d studies staged)", index, len(seen))
        progress(SOURCE, len(seen), _target(total, max_studies))
    restarted = False

    while not stopped:
        if max_studies is not None and len(seen) >= max_studies:
            stopped = "max reached"
            break
        req = dict(query)
        want = page_size if max_studies is None else max(1, min(page_size, max_studies - len(seen)))
        req["pageSize"] = str(want)
        if index == 0:
            req["countTotal"] = "true"
        if token:
            req["pageToken"] = str(token)
        check = _PageCheck()
        try:
            r = client.fetch(f"{base_url}/studies", req, validate=check, what=f"ClinicalTrials.gov page {index + 1}")
        except BadResponse as exc:
            if token and resumed and not restarted and exc.status == 400:
                # The saved page token is no longer accepted (tokens are opaque and may expire): start over.
                log.warning("saved page token rejected (%s); restarting the fetch from page 1", exc)
                cache.discard_incoming()
                seen.clear()
                tokens.clear()
                index, total, token, duplicates, restarted = 0, None, None, 0, True
                continue
            raise
        doc = check.doc
        studies = doc["studies"]
        if not studies:
            stopped = "empty page"
            log.info("page %d is empty: end of results", index + 1)
            break
        index += 1
        cache.stage(index, r.body)
        if index == 1:
            total = doc.get("totalCount") if isinstance(doc.get("totalCount"), int) else None
        before = len(seen)
        dup = _add_ids(doc, seen)
        if dup:
            log.warning("page %d repeats %d studies already fetched; counted once", index, dup)
        duplicates += dup
        progress(SOURCE, len(seen), _target(total, max_studies))
        token, stopped = _next_token(doc, index, tokens, new=len(seen) - before)

    partial = incomplete_reason(stopped, len(seen), total, max_studies)
    if partial and not allow_partial:
        cache.discard_incoming()  # the next run starts afresh (a replayed loop would stop at the same place)
        cache.save_state(state)
        raise incomplete_error("ClinicalTrials.gov", partial)
    if partial:
        log.warning("ClinicalTrials.gov: committing an incomplete run (--allow-partial): %s", partial)
        state["partial"] = {"allowed": True, "reason": partial, "records": len(seen), "expected": total}
    state.update({"phase": "committing", "pages": index, "studies": len(seen), "total": total,
                  "duplicates": duplicates, "stopped": stopped})
    cache.save_state(state)
    return _commit(cache, state, client.requests_sent - sent_before, resumed=resumed)


def _commit(cache: RawCache, state: dict[str, object], requests: int, resumed: bool) -> RunResult:
    pages = state_int(state, "pages")
    state = {**state, "phase": "done", "finished_at": utc_now()}
    cache.commit(pages, state=state)
    cache.save_state(state)
    total = state.get("total")
    return RunResult(
        source=SOURCE,
        files=pages,
        records=state_int(state, "studies"),
        requests=requests,
        total=total if isinstance(total, int) else None,
        duplicates=state_int(state, "duplicates"),
        resumed=resumed,
        stopped=str(state.get("stopped") or "complete"),
        partial=state_reason(state),
    )


def _next_token(doc: Mapping[str, object], index: int, tokens: set[str], new: int) -> tuple[str | None, str]:
    """The token for the next page, or why paging stops (no token, a token seen before, a page with nothing new)."""
    token = doc.get("nextPageToken") or None
    if not token:
        return None, "no nextPageToken"
    if str(token) in tokens:
        log.warning("page %d returned a page token already used; stopping to avoid a loop", index)
        return None, "repeated token"
    if new == 0:
        log.warning("page %d brought no new studies; stopping to avoid a loop", index)
        return None, "no new studies"
    tokens.add(str(token))
    return str(token), ""


def _target(total: object, max_studies: int | None) -> int | None:
    if not isinstance(total, int):
        return max_studies
    return total if max_studies is None else min(total, max_studies)


def _add_ids(doc: Mapping[str, object], seen: set[str]) -> int:
    """Add the page's NCT ids to seen; return how many were already there."""
    dup = 0
    studies = doc.get("studies")
    for s in studies if isinstance(studies, list) else []:
        sid = study_id(s)
        if sid is None:
            continue
        if sid in seen:
            dup += 1
        seen.add(sid)
    return dup


def fetch_study(
    nct_id: str,
    data_dir: Path,
    *,
    base_url: str = DEFAULT_CTGOV_BASE_URL,
    client: Client | None = None,
) -> Path:
    """Fetch one record (an alias id is redirected, 301, to its canonical record) into data/raw/ctgov."""
    nct_id = nct_id.strip().upper()
    if not _NCT.match(nct_id):
        raise ValidationError(f"not an NCT id: {nct_id!r} (expected NCT followed by 8 digits)")
    client = client or make_client()
    r = client.fetch(f"{base_url.rstrip('/')}/studies/{nct_id}", {"format": "json"}, validate=_validate_study,
                     what=f"ClinicalTrials.gov record {nct_id}")
    canonical = study_id(json.loads(r.body)) or nct_id
    if canonical != nct_id:
        log.info("%s is an alias of %s", nct_id, canonical)
    if not _NCT.match(canonical):
        canonical = nct_id
    cache = RawCache(data_dir, SOURCE, "page", ".json.gz")
    return cache.write_extra(f"study-{canonical}.json.gz", r.body)
