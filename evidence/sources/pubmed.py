"""NCBI E-utilities client: esearch (history server) then batched efetch of PubMed XML, saved raw and resumable.

NCBI's rules are built in: tool and email on every request, api_key when given (sent in a POST body so it never
sits in a URL), a limiter shared by all requests and retries (3/s, 10/s with a key), back-off on 429 even without
Retry-After, and errors inside HTTP 200 (an <ERROR> document, truncated XML, an HTML page) retried, then
reported, never read as "0 results". A search above the 10,000 records one search hands out is split by publication
date (pubmed_split). Body checks live in eutils; explicit PMID lists in pubmed_ids; parsing in evidence/parse.
"""

from __future__ import annotations

import collections
import datetime as dt
import logging
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from evidence.http import (
    DEFAULT_MAX_BODY,
    DEFAULT_REQUEST_DEADLINE,
    DEFAULT_RUN_DEADLINE,
    BadResponse,
    Client,
    Clock,
    FetchError,
    RateLimiter,
    Response,
    Sleep,
    Validator,
    install_log_redaction,
    make_retry,
    make_session,
)
from evidence.progress import Progress, no_progress
from evidence.settings import DEFAULT_PUBMED_BASE_URL
from evidence.sources.eutils import (  # noqa: F401  (re-exported: callers and tests import them from here)
    TOOL,
    ExpectArticles,
    Search,
    article_ids,
    article_ids_parsed,
    common_params,
    parse_esearch,
)
from evidence.sources.pubmed_split import EARLIEST, Batch, Part, fmt, plan_batches, split_by_date
from evidence.sources.rawcache import (
    RawCache,
    RunResult,
    gzip_bytes,
    incomplete_error,
    state_int,
    state_reason,
    utc_now,
)

log = logging.getLogger(__name__)

SOURCE = "pubmed"
RETRIEVAL_CAP = 10_000  # E-utilities return only the first 10,000 records of a PubMed search
DEFAULT_BATCH = 500
MAX_BATCH = 10_000
RATE_NO_KEY, RATE_WITH_KEY = 3.0, 10.0
WRITERS = 2
WRITE_QUEUE = 4  # efetch batches held in memory while the writer compresses (each ~10 MB at 500 records)
ESEARCH_FILE = "esearch/esearch-00001.xml.gz"  # a subfolder: not an article set for the build

def make_client(
    api_key: str | None = None,
    *,
    rate: float | None = None,
    retries: int = 5,
    backoff_factor: float = 1.0,
    timeout: tuple[float, float] = (10.0, 120.0),
    clock: Clock = time.monotonic,
    sleep: Sleep = time.sleep,
    max_wait: float = 300.0,
    contact: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    request_deadline: float = DEFAULT_REQUEST_DEADLINE,
    run_deadline: float | None = DEFAULT_RUN_DEADLINE,
) -> Client:
    """A client whose one limiter never exceeds NCBI's rate (3/s, or 10/s with a key), retries included."""
    allowed = RATE_WITH_KEY if api_key else RATE_NO_KEY
    rate = allowed if rate is None else min(float(rate), allowed)
    limiter = RateLimiter(rate, per=1.0, clock=clock, sleep=sleep)
    retry = make_retry(retries, backoff_factor=backoff_factor, limiter=limiter, sleep=sleep, max_wait=max_wait)
    install_log_redaction([api_key])
    secrets = (api_key,) if api_key else ()
    session = make_session(retry, contact=contact)
    return Client(session, limiter, timeout=timeout, backoff_factor=backoff_factor, secrets=secrets,
                  max_body=max_body, request_deadline=request_deadline, run_deadline=run_deadline)


# --- fetching ------------------------------------------------------------------------------------------------


def call(
    client: Client, url: str, params: Mapping[str, str], *, post: bool, validate: Validator, what: str
) -> Response:
    """One E-utilities request; with a key, always a POST, so the key sits in the body, never in a URL."""
    if post or "api_key" in params:
        return client.fetch(url, data=dict(params), validate=validate, what=what)
    return client.fetch(url, dict(params), validate=validate, what=what)


def fetch_articles(
    term: str,
    data_dir: Path,
    *,
    base_url: str = DEFAULT_PUBMED_BASE_URL,
    email: str | None = None,
    api_key: str | None = None,
    client: Client | None = None,
    batch_size: int = DEFAULT_BATCH,
    max_records: int | None = None,
    progress: Progress = no_progress,
    today: dt.date | None = None,
    allow_partial: bool = False,
) -> RunResult:
    """esearch the term, then efetch every batch into data/raw/pubmed; an interrupted run resumes at the next batch.

    A search above E-utilities' 10,000-record window is split by publication date (`today` bounds the newest
    range; default: the current UTC date). A batch that brings fewer records than it asked for makes the run
    incomplete: FetchError, previous raw files kept, the short batches asked again on the next run, unless
    `allow_partial` (then the state and the manifest say how many records are missing).
    """
    cache = RawCache(data_dir, SOURCE, "efetch", ".xml.gz")
    latest = dt.date((today or dt.datetime.now(dt.UTC).date()).year + 1, 12, 31)  # issues dated next year exist
    with cache.locked():
        return _fetch_articles(cache, term, base_url.rstrip("/"), common_params(email, api_key),
                               client or make_client(api_key), max(1, min(int(batch_size), MAX_BATCH)),
                               max_records, progress, latest, allow_partial)


def _esearch(client: Client, base_url: str, params: Mapping[str, str], what: str) -> Part:
    r = call(client, f"{base_url}/esearch.fcgi", params, post=False, validate=parse_esearch, what=what)
    search = parse_esearch(r.body)
    for w in search.warnings:
        log.warning("%s: %s", what, w)
    return Part(None, None, search, r.body)


def _search(client: Client, base_url: str, common: Mapping[str, str], term: str, max_records: int | None,
            latest: dt.date) -> tuple[int, list[Part]]:
    """The search's total and its retrievable parts: the search itself, or date ranges of <= 10,000 hits each."""
    cap = RETRIEVAL_CAP if max_records is None else min(max_records, RETRIEVAL_CAP)
    params = {**common, "term": term, "usehistory": "y", "retstart": "0", "retmax": str(cap)}
    whole = _esearch(client, base_url, params, "PubMed esearch")
    count = whole.search.count
    if count <= RETRIEVAL_CAP or (max_records is not None and max_records <= RETRIEVAL_CAP):
        return count, [whole]
    log.info("PubMed matched %d records, more than the %d one search hands out: splitting by publication date",
             count, RETRIEVAL_CAP)

    def in_range(lo: dt.date, hi: dt.date) -> Part:
        q = {**params, "retmax": str(RETRIEVAL_CAP), "datetype": "pdat", "mindate": fmt(lo), "maxdate": fmt(hi)}
        part = _esearch(client, base_url, q, f"PubMed esearch {fmt(lo)}-{fmt(hi)}")
        return Part(lo, hi, part.search, part.body)

    parts = split_by_date(in_range, EARLIEST, latest, RETRIEVAL_CAP, known_count=count)
    return count, parts


def split_shortfall(count: int, parts: list[Part]) -> str:
    """Why the date ranges cannot hold every record the search matched ("" when they add up).

    Ranges may overlap (an article dated in two), so their sum can exceed the count, never fall short of it.
    """
    if len(parts) < 2:
        return ""
    found = sum(p.search.count for p in parts)
    if found >= count:
        return ""
    return (f"the publication-date ranges hold {found} records but the search matched {count} (records without a "
            f"publication date in {fmt(EARLIEST)}-?, or the database changed during the split)")


def _part_file(k: int, parts: int) -> str:
    return ESEARCH_FILE if parts == 1 else f"esearch/esearch-{k + 2:05d}.xml.gz"  # 00001: the unsplit search


def _staged_parts(cache: RawCache, state: Mapping[str, object]) -> list[Part] | None:
    """The parts of the interrupted run, from their staged esearch answers (None when any is missing)."""
    described = state.get("parts")
    if not isinstance(described, list) or not described:
        return None
    parts = []
    for k, d in enumerate(described):
        body = cache.read_staged_extra(_part_file(k, len(described)))
        if body is None or not isinstance(d, dict):
            return None
        lo, hi = d.get("mindate"), d.get("maxdate")
        parts.append(Part(_date(lo), _date(hi), parse_esearch(body), body))
    return parts


def _date(text: object) -> dt.date | None:
    return dt.datetime.strptime(text, "%Y/%m/%d").date() if isinstance(text, str) else None


def _fetch_articles(cache: RawCache, term: str, base_url: str, common: Mapping[str, str], client: Client,
                    batch_size: int, max_records: int | None, progress: Progress, latest: dt.date,
                    allow_partial: bool = False) -> RunResult:
    run = {"term": term, "batch_size": batch_size, "max": max_records}  # never the key
    sent_before = client.requests_sent

    state = cache.load_state()
    if state and state.get("phase") == "committing":  # a complete run was killed while moving its files in
        finished = _commit(cache, state, client.requests_sent - sent_before, resumed=True)
        if state.get("run") == run:
            return finished
    resumed = bool(state and state.get("run") == run and state.get("phase") == "fetching")
    parts = _staged_parts(cache, state) if resumed and state else None
    shortfall = ""
    if parts is not None:
        count = state_int(state or {}, "count")
    else:
        resumed = False
        cache.discard_incoming()
        count, parts = _search(client, base_url, common, term, max_records, latest)
        shortfall = split_shortfall(count, parts)
        if shortfall and not allow_partial:
            raise incomplete_error("PubMed", shortfall)
        if shortfall:
            log.warning("PubMed: %s; continuing (--allow-partial)", shortfall)
        for k, part in enumerate(parts):
            cache.stage_extra(_part_file(k, len(parts)), part.body)
    target = count if max_records is None else min(count, max_records)
    plan = plan_batches(parts, batch_size, target)
    target = sum(b.n for b in plan)  # distinct records asked for: ranges that overlap are counted once
    n_batches = len(plan)
    state = {"source": SOURCE, "run": run, "phase": "fetching", "count": count, "target": target,
             "batches": n_batches, "parts": [p.describe() for p in parts]}
    if shortfall:
        state["partial"] = {"allowed": True, "reason": shortfall, "records": target, "expected": count}
    cache.save_state(state)

    seen: set[str] = set()
    duplicates, done = 0, 0
    short: dict[int, int] = {}  # batch -> records it lacks
    for i, body in cache.staged():
        if i != done + 1 or i > n_batches:
            break
        ids = article_ids(body)
        duplicates += add_ids(ids, seen)
        if len(ids) < plan[i - 1].n:
            short[i] = plan[i - 1].n - len(ids)
        done = i
    if resumed:
        log.info("resuming PubMed fetch at batch %d of %d", done + 1, n_batches)
    progress(SOURCE, len(seen), target)

    use_history = True
    # Compressing and writing batches overlaps with checking them and with requesting the next ones (gzip
    # releases the GIL, so two writers use two cores). Two writers may finish out of order; a resume only trusts
    # the unbroken run of staged batches from 1, so a gap left by a kill is simply fetched again. At most
    # WRITE_QUEUE batches wait in memory; a failed write stops the run at the next batch.
    pending: collections.deque[Future[Path]] = collections.deque()
    with ThreadPoolExecutor(max_workers=WRITERS, thread_name_prefix="pubmed-raw-writer") as writer:
        for k in range(done + 1, n_batches + 1):
            batch = plan[k - 1]
            gz, ids, use_history = _efetch_batch(client, base_url, common, parts[batch.part].search, batch,
                                                 use_history, writer, what=f"PubMed efetch batch {k}/{n_batches}")
            while pending and (pending[0].done() or len(pending) >= WRITE_QUEUE):
                pending.popleft().result()
            # gz was queued before this write, so a writer that waits on it never waits on a task not yet started
            pending.append(writer.submit(_stage_compressed, cache, k, gz))
            dup = add_ids(ids, seen)
            if len(ids) < batch.n:
                short[k] = batch.n - len(ids)
            if dup:
                log.warning("PubMed efetch batch %d repeats %d records already fetched; counted once", k, dup)
            duplicates += dup
            progress(SOURCE, len(seen), target)
        while pending:
            pending.popleft().result()

    if short:
        missing = sum(short.values())
        reason = (f"{len(short)} efetch batch(es) brought {missing} fewer records than asked for "
                  f"({len(seen)} of {target} records)")
        if not allow_partial:
            for k in short:
                cache.drop_staged(k)  # asked again on the next run, which resumes at the first of them
            raise incomplete_error("PubMed", reason)
        log.warning("PubMed: committing an incomplete run (--allow-partial): %s", reason)
        earlier = state.get("partial")
        if isinstance(earlier, dict):
            reason = f"{earlier['reason']}; {reason}"
        state["partial"] = {"allowed": True, "reason": reason, "records": len(seen), "expected": target}
    state.update({"phase": "committing", "files": n_batches, "records": len(seen), "duplicates": duplicates})
    cache.save_state(state)
    return _commit(cache, state, client.requests_sent - sent_before, resumed=resumed)


class _CompressWhileChecking:
    """An efetch validator that hands the body to a writer thread for gzip before the scan checks it, so the two
    overlap (gzip releases the GIL, the scan holds it); the gzip of a body the check rejects is simply dropped."""

    def __init__(self, check: ExpectArticles, pool: ThreadPoolExecutor) -> None:
        self.check = check
        self.pool = pool
        self.gz: Future[bytes] | None = None

    def __call__(self, body: bytes) -> None:
        if self.gz is not None:
            self.gz.cancel()  # an earlier, rejected attempt
        self.gz = self.pool.submit(gzip_bytes, body)
        self.check(body)

    def accepted(self) -> tuple[Future[bytes], list[str]]:
        """The accepted body's gzip (in progress) and its PMIDs."""
        assert self.gz is not None
        return self.gz, self.check.ids


def _stage_compressed(cache: RawCache, index: int, gz: Future[bytes]) -> Path:
    return cache.stage_gz(index, gz.result())


def _efetch_batch(client: Client, base_url: str, common: Mapping[str, str], search: Search, batch: Batch,
                  use_history: bool, pool: ThreadPoolExecutor, what: str) -> tuple[Future[bytes], list[str], bool]:
    """One batch through the history server, or by POSTing its ids (planned so, or once the WebEnv is lost);
    returns the body's gzip (being compressed on `pool`), its PMIDs and whether the history server is still usable."""
    validate = _CompressWhileChecking(ExpectArticles(batch.n), pool)
    if batch.history and use_history and search.webenv and search.query_key:
        params = {**common, "query_key": str(search.query_key), "WebEnv": str(search.webenv),
                  "retstart": str(batch.start), "retmax": str(batch.n), "retmode": "xml"}
        try:
            call(client, f"{base_url}/efetch.fcgi", params, post=False, validate=validate, what=what)
            return (*validate.accepted(), True)
        except BadResponse as exc:
            if exc.status is not None or len(batch.ids) < batch.n:
                raise  # an HTTP error is an outage, not a lost WebEnv: asking differently would not help
            # An error document instead of articles: the history server forgets WebEnvs, but the ids from
            # esearch still name the batch.
            log.warning("%s via history server failed (%s); posting the id list instead", what, exc)
        use_history = False
    if len(batch.ids) < batch.n:
        raise FetchError(f"{what}: esearch gave {len(batch.ids)} ids, cannot name records "
                         f"{batch.start}-{batch.start + batch.n}")
    params = {**common, "id": ",".join(batch.ids), "retmode": "xml"}
    call(client, f"{base_url}/efetch.fcgi", params, post=True, validate=validate, what=what)
    return (*validate.accepted(), use_history)


def _commit(cache: RawCache, state: dict[str, object], requests: int, resumed: bool) -> RunResult:
    files = state_int(state, "files")
    parts = state.get("parts")
    n_parts = len(parts) if isinstance(parts, list) else 1
    extras = tuple(_part_file(k, n_parts) for k in range(n_parts))
    state = {**state, "phase": "done", "finished_at": utc_now()}
    cache.commit(files, extras=extras, state=state)
    if files:  # esearch answers of an older, more split run must not sit beside this run's
        for old in (cache.folder / "esearch").glob("esearch-*.xml.gz"):
            if f"esearch/{old.name}" not in extras:
                old.unlink(missing_ok=True)
    cache.save_state(state)
    return RunResult(
        source=SOURCE,
        files=files,
        records=state_int(state, "records"),
        requests=requests,
        total=state_int(state, "count"),
        duplicates=state_int(state, "duplicates"),
        resumed=resumed,
        parts=n_parts,
        partial=state_reason(state),
    )


def add_ids(ids: Sequence[str], seen: set[str]) -> int:
    """Add a batch's PMIDs to seen; return how many were already there (kept raw, counted once)."""
    dup = sum(1 for i in ids if i in seen)
    seen.update(ids)
    return dup
