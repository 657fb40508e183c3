"""efetch an explicit PMID list (e.g. the papers registry records cite) by POST into data/raw/pubmed/pmids-*.xml.gz."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path

from evidence.errors import ValidationError
from evidence.http import Client
from evidence.progress import Progress, no_progress
from evidence.settings import DEFAULT_PUBMED_BASE_URL
from evidence.sources.eutils import ExpectArticles, article_ids, common_params
from evidence.sources.pubmed import DEFAULT_BATCH, MAX_BATCH, SOURCE, add_ids, call, make_client
from evidence.sources.rawcache import RawCache, RunResult


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
        raise ValidationError(f"not PMIDs: {', '.join(bad[:5])}")
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
        r = call(client, f"{base_url.rstrip('/')}/efetch.fcgi", {**common, "id": ",".join(chunk), "retmode": "xml"},
                  post=True, validate=ExpectArticles(len(chunk)), what=f"PubMed efetch ids batch {k}/{n_batches}")
        cache.stage(k, r.body)
        add_ids(article_ids(r.body), seen)
        progress(SOURCE, len(seen), len(ids))
    cache.commit(n_batches)
