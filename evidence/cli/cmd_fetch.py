"""`fetch`: pull the profile's ClinicalTrials.gov studies and PubMed records into data/raw, politely and resumably."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TypedDict

from evidence.cli.bar import tqdm_progress
from evidence.cli.profile_flag import add_profile_argument, current_profile
from evidence.errors import EvidenceError
from evidence.http import DEFAULT_MAX_BODY, DEFAULT_REQUEST_DEADLINE, DEFAULT_RUN_DEADLINE, redact
from evidence.profile import Profile
from evidence.progress import Progress
from evidence.settings import Settings
from evidence.sources import clinicaltrials, pubmed
from evidence.sources.rawcache import RunResult

NAME = "fetch"
HELP = "Fetch the profile's ClinicalTrials.gov studies and PubMed records into data/raw (resumable; safe to interrupt)."

log = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Flags of `fetch`."""
    add_profile_argument(parser)
    parser.add_argument("--source", choices=("ctgov", "pubmed", "all"), default="all", help="which service to fetch")
    parser.add_argument("--max", type=_positive_int, default=None, metavar="N",
                        help="fetch at most N records per source")
    parser.add_argument("--data-dir", help="data folder (default: $EVIDENCE_DATA_DIR or ./data)")
    parser.add_argument("--nct", action="append", default=[], metavar="NCT_ID",
                        help="also fetch this ClinicalTrials.gov record by id (repeatable)")
    parser.add_argument("--batch-size", type=_positive_int, default=pubmed.DEFAULT_BATCH, metavar="N",
                        help=f"PubMed records per efetch request (default {pubmed.DEFAULT_BATCH})")
    parser.add_argument("--page-size", type=_positive_int, default=clinicaltrials.MAX_PAGE_SIZE, metavar="N",
                        help="ClinicalTrials.gov studies per page (max 1000)")
    parser.add_argument("--ctgov-rpm", type=float, default=clinicaltrials.DEFAULT_REQUESTS_PER_MINUTE, metavar="R",
                        help="ClinicalTrials.gov requests in any minute, at least 1 s apart as robots.txt asks "
                             "(default 30; the service tolerates ~50)")
    parser.add_argument("--allow-partial", action="store_true",
                        help="commit a run that is known to be incomplete (an empty page before the announced total, "
                             "a page-token loop, a short efetch batch) instead of keeping the previous raw files; "
                             "recorded in the manifest")
    parser.add_argument("--max-response-mb", type=_positive_int, default=DEFAULT_MAX_BODY // 1024**2, metavar="MB",
                        help="refuse an answer larger than this once decoded (default %(default)s)")
    parser.add_argument("--request-deadline", type=float, default=DEFAULT_REQUEST_DEADLINE, metavar="S",
                        help="seconds one request may take, body included (default %(default)s)")
    parser.add_argument("--run-deadline", type=float, default=DEFAULT_RUN_DEADLINE, metavar="S",
                        help="seconds a whole run may take per source; the next run resumes (default %(default)s)")
    parser.add_argument("--pubmed-rps", type=float, default=None, metavar="R",
                        help="PubMed requests per second (capped at NCBI's 3, or 10 with NCBI_API_KEY)")


def _positive_int(text: str) -> int:
    """argparse type: an integer of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


class _Limits(TypedDict):
    max_body: int
    request_deadline: float
    run_deadline: float


def _limits(args: argparse.Namespace) -> _Limits:
    """The size cap and deadlines of the flags, as make_client keywords."""
    return {"max_body": int(args.max_response_mb) * 1024**2, "request_deadline": float(args.request_deadline),
            "run_deadline": float(args.run_deadline)}


def _summary(r: RunResult) -> str:
    total = f" of {r.total}" if r.total is not None else ""
    extra = f", {r.duplicates} repeated records counted once" if r.duplicates else ""
    resumed = " (resumed)" if r.resumed else ""
    split = f", searched as {r.parts} publication-date ranges (over 10,000 hits)" if r.parts > 1 else ""
    partial = f"; INCOMPLETE (--allow-partial): {r.partial}" if r.partial else ""
    line = f"{r.source}: {r.records}{total} records in {r.files} files, {r.requests} requests{resumed}{extra}{split}"
    return line + partial


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Fetch each requested source; a failure leaves the previous raw files and tables untouched, exits 1."""
    profile = current_profile(settings)
    sources = ("ctgov", "pubmed") if args.source == "all" else (args.source,)
    failed = []
    lines = []
    secrets = (settings.ncbi_api_key,)
    for source in sources:
        try:
            with tqdm_progress(f"fetch {source}") as bars:
                lines.append(_fetch_one(source, args, settings, profile, bars))
        except EvidenceError as exc:
            failed.append(f"error: fetch {source} failed: {redact(str(exc), secrets)} (previous raw files kept)")
        except KeyboardInterrupt:
            print(f"interrupted: fetch {source} stopped; run the same command again to resume", file=sys.stderr)
            return 130
    for line in lines:
        print(line)
    for line in failed:
        print(line, file=sys.stderr)
    return 1 if failed else 0


def _fetch_one(source: str, args: argparse.Namespace, settings: Settings, profile: Profile, bars: Progress) -> str:
    """Run one source's fetch and return its summary line."""
    if source == "ctgov":
        if args.ctgov_rpm > 50:
            log.warning("--ctgov-rpm %.0f is above the ~50/minute ClinicalTrials.gov tolerates", args.ctgov_rpm)
        client = clinicaltrials.make_client(args.ctgov_rpm, contact=settings.ncbi_email, **_limits(args))
        r = clinicaltrials.fetch_studies(profile.ctgov_params, settings.data_dir, base_url=settings.ctgov_base_url,
                                         client=client, page_size=args.page_size, max_studies=args.max,
                                         progress=bars, allow_partial=args.allow_partial)
        lines = [_summary(r)]
        for nct in args.nct:
            path = clinicaltrials.fetch_study(nct, settings.data_dir, base_url=settings.ctgov_base_url, client=client)
            lines.append(f"saved {path.name}")
        return "; ".join(lines)
    client = pubmed.make_client(settings.ncbi_api_key, rate=args.pubmed_rps, contact=settings.ncbi_email,
                                **_limits(args))
    r = pubmed.fetch_articles(profile.pubmed_term, settings.data_dir, base_url=settings.pubmed_base_url,
                              email=settings.ncbi_email, api_key=settings.ncbi_api_key, client=client,
                              batch_size=args.batch_size, max_records=args.max, progress=bars,
                              allow_partial=args.allow_partial)
    return _summary(r)
