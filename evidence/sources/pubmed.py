"""NCBI E-utilities client: esearch (history server) then batched efetch of PubMed XML, saved raw and resumable.

NCBI's rules are built in: tool and email on every request, api_key when given (sent in a POST body so it never
sits in a URL), a limiter shared by all requests and retries (3/s, 10/s with a key), back-off on 429 even without
Retry-After, and errors inside HTTP 200 (an <ERROR> document, truncated XML, an HTML page) retried, then
reported, never read as "0 results". Parsing articles into tables is evidence/parse's job.
"""

from __future__ import annotations

import collections
import logging
import math
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from evidence.http import (
    BadResponse,
    Client,
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
from evidence.sources.rawcache import RawCache, RunResult, utc_now

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
    clock: object = time.monotonic,
    sleep: Sleep = time.sleep,
    max_wait: float = 300.0,
    contact: str | None = None,
) -> Client:
    """A client whose one limiter never exceeds NCBI's rate (3/s, or 10/s with a key), retries included."""
    allowed = RATE_WITH_KEY if api_key else RATE_NO_KEY
    rate = allowed if rate is None else min(float(rate), allowed)
    limiter = RateLimiter(rate, per=1.0, clock=clock, sleep=sleep)  # type: ignore[arg-type]
    retry = make_retry(retries, backoff_factor=backoff_factor, limiter=limiter, sleep=sleep, max_wait=max_wait)
    install_log_redaction([api_key])
    secrets = (api_key,) if api_key else ()
    session = make_session(retry, contact=contact)
    return Client(session, limiter, timeout=timeout, backoff_factor=backoff_factor, secrets=secrets)


# --- fetching ------------------------------------------------------------------------------------------------


def _call(
    client: Client, url: str, params: Mapping[str, str], *, post: bool, validate: Validator, what: str
) -> Response:
    # With a key, everything goes as POST so the key is in the body, never in a URL a log or proxy could keep.
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
) -> RunResult:
    """esearch the term, then efetch every batch into data/raw/pubmed; an interrupted run resumes at the next batch."""
    cache = RawCache(data_dir, SOURCE, "efetch", ".xml.gz")
    with cache.locked():
        return _fetch_articles(cache, term, base_url.rstrip("/"), common_params(email, api_key),
                               client or make_client(api_key), max(1, min(int(batch_size), MAX_BATCH)),
                               max_records, progress)


def _fetch_articles(cache: RawCache, term: str, base_url: str, common: Mapping[str, str], client: Client,
                    batch_size: int, max_records: int | None, progress: Progress) -> RunResult:
    run = {"term": term, "batch_size": batch_size, "max": max_records}  # never the key
    sent_before = client.requests_sent

    state = cache.load_state()
    if state and state.get("phase") == "committing":  # a complete run was killed while moving its files in
        finished = _commit(cache, state, client.requests_sent - sent_before, resumed=True)
        if state.get("run") == run:
            return finished
    resumed = bool(state and state.get("run") == run and state.get("phase") == "fetching")

    search: Search | None = None
    if resumed:
        staged = cache.read_staged_extra(ESEARCH_FILE)
        search = parse_esearch(staged) if staged is not None else None
    if search is None:
        resumed = False
        cache.discard_incoming()
        cap = RETRIEVAL_CAP if max_records is None else min(max_records, RETRIEVAL_CAP)
        params = {**common, "term": term, "usehistory": "y", "retstart": "0", "retmax": str(cap)}
        r = _call(client, f"{base_url}/esearch.fcgi", params, post=False, validate=parse_esearch, what="PubMed esearch")
        search = parse_esearch(r.body)
        for w in search.warnings:
            log.warning("PubMed esearch: %s", w)
        if search.count > RETRIEVAL_CAP and (max_records is None or max_records > RETRIEVAL_CAP):
            raise FetchError(
                f"PubMed matched {search.count:,} records but E-utilities return only the first {RETRIEVAL_CAP:,}; "
                "narrow the profile's term (e.g. add a date range such as 2015:2020[dp]) or pass --max 10000"
            )
        cache.stage_extra(ESEARCH_FILE, r.body)
    target = search.count if max_records is None else min(search.count, max_records)
    n_batches = math.ceil(target / batch_size) if target else 0
    state = {"source": SOURCE, "run": run, "phase": "fetching", "count": search.count, "target": target,
             "batches": n_batches}
    cache.save_state(state)

    seen: set[str] = set()
    duplicates, done = 0, 0
    for i, body in cache.staged():
        if i != done + 1:
            break
        duplicates += _add(article_ids(body), seen)
        done = i
    if resumed:
        log.info("resuming PubMed fetch at batch %d of %d", done + 1, n_batches)
    progress(SOURCE, len(seen), target)

    use_history = bool(search.webenv and search.query_key)
    # Compressing and writing batches overlaps with requesting the next ones (zlib releases the GIL, so two
    # writers use two cores). Two writers may finish out of order; a resume only trusts the unbroken run of
    # staged batches from 1, so a gap left by a kill is simply fetched again. At most WRITE_QUEUE batches wait
    # in memory; a failed write stops the run at the next batch.
    pending: collections.deque[Future[Path]] = collections.deque()
    with ThreadPoolExecutor(max_workers=WRITERS, thread_name_prefix="pubmed-raw-writer") as writer:
        for k in range(done + 1, n_batches + 1):
            start = (k - 1) * batch_size
            n = min(batch_size, target - start)
            body, ids, use_history = _efetch_batch(client, base_url, common, search, start, n, use_history,
                                                   what=f"PubMed efetch batch {k}/{n_batches}")
            while pending and (pending[0].done() or len(pending) >= WRITE_QUEUE):
                pending.popleft().result()
            pending.append(writer.submit(cache.stage, k, body))
            dup = _add(ids, seen)
            if dup:
                log.warning("PubMed efetch batch %d repeats %d records already fetched; counted once", k, dup)
            duplicates += dup
            progress(SOURCE, len(seen), target)
        while pending:
            pending.popleft().result()

    state.update({"phase": "committing", "files": n_batches, "records": len(seen), "duplicates": duplicates})
    cache.save_state(state)
    return _commit(cache, state, client.requests_sent - sent_before, resumed=resumed)


def _efetch_batch(client: Client, base_url: str, common: Mapping[str, str], search: Search, start: int, n: int,
                  use_history: bool, what: str) -> tuple[bytes, list[str], bool]:
    """One batch through the history server, or by POSTing its ids once the WebEnv is lost; returns the body,
    its PMIDs and whether the history server is still usable."""
    validate = ExpectArticles(n)
    if use_history:
        params = {**common, "query_key": str(search.query_key), "WebEnv": str(search.webenv),
                  "retstart": str(start), "retmax": str(n), "retmode": "xml"}
        try:
            body = _call(client, f"{base_url}/efetch.fcgi", params, post=False, validate=validate, what=what).body
            return body, validate.ids, True
        except BadResponse as exc:
            if exc.status is not None or len(search.ids) < start + n:
                raise  # an HTTP error is an outage, not a lost WebEnv: asking differently would not help
            # An error document instead of articles: the history server forgets WebEnvs, but the ids from
            # esearch still name the batch.
            log.warning("%s via history server failed (%s); posting the id list instead", what, exc)
    ids = search.ids[start:start + n]
    if len(ids) < n:
        raise FetchError(f"{what}: esearch gave {len(search.ids)} ids, cannot name records {start}-{start + n}")
    params = {**common, "id": ",".join(ids), "retmode": "xml"}
    body = _call(client, f"{base_url}/efetch.fcgi", params, post=True, validate=validate, what=what).body
    return body, validate.ids, False


def _commit(cache: RawCache, state: dict[str, object], requests: int, resumed: bool) -> RunResult:
    files = int(state.get("files") or 0)
    cache.commit(files, extras=(ESEARCH_FILE,))
    state["phase"] = "done"
    state["finished_at"] = utc_now()
    cache.save_state(state)
    return RunResult(
        source=SOURCE,
        files=files,
        records=int(state.get("records") or 0),
        requests=requests,
        total=int(state.get("count") or 0),
        duplicates=int(state.get("duplicates") or 0),
        resumed=resumed,
    )


def _add(ids: Sequence[str], seen: set[str]) -> int:
    dup = sum(1 for i in ids if i in seen)
    seen.update(ids)
    return dup


def fetch_pmids(
    pmids: Sequence[str],
    data_dir: Path,
    *,
    base_url: str = DEFAULT_PUBMED_BASE_URL,
    email: str | None = None,
    api_key: str | None = None,
    client: Client | None = None,
    batch_size: int = DEFAULT_BATCH,
    progress: Progress = no_progress,
) -> RunResult:
    """efetch an explicit PMID list by POST (long lists do not fit in a URL) into data/raw/pubmed/pmids-*.xml.gz."""
    ids = list(dict.fromkeys(str(p).strip() for p in pmids if str(p).strip()))
    bad = [p for p in ids if not p.isdigit()]
    if bad:
        raise ValueError(f"not PMIDs: {', '.join(bad[:5])}")
    client = client or make_client(api_key)
    cache = RawCache(data_dir, SOURCE, "pmids", ".xml.gz", state_file="_state-pmids.json",
                     incoming_dir="_incoming-pmids")
    common = common_params(email, api_key)
    batch_size = max(1, min(int(batch_size), MAX_BATCH))
    sent_before = client.requests_sent
    seen: set[str] = set()
    n_batches = math.ceil(len(ids) / batch_size)
    with cache.locked():
        _fetch_id_batches(cache, client, base_url, common, ids, batch_size, seen, progress)
    return RunResult(SOURCE, n_batches, len(seen), client.requests_sent - sent_before, len(ids))


def _fetch_id_batches(cache: RawCache, client: Client, base_url: str, common: Mapping[str, str], ids: list[str],
                      batch_size: int, seen: set[str], progress: Progress) -> None:
    n_batches = math.ceil(len(ids) / batch_size)
    cache.discard_incoming()
    for k in range(1, n_batches + 1):
        chunk = ids[(k - 1) * batch_size:k * batch_size]
        r = _call(client, f"{base_url.rstrip('/')}/efetch.fcgi", {**common, "id": ",".join(chunk), "retmode": "xml"},
                  post=True, validate=ExpectArticles(len(chunk)), what=f"PubMed efetch ids batch {k}/{n_batches}")
        cache.stage(k, r.body)
        _add(article_ids(r.body), seen)
        progress(SOURCE, len(seen), len(ids))
    cache.commit(n_batches)
