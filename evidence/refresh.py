"""Refresh: fetch every source of a profile, then build; any failure keeps the previous snapshot."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from evidence.build import BuildReport, build
from evidence.http import Client, FetchError
from evidence.profile import Profile
from evidence.progress import Progress, no_progress
from evidence.settings import Settings
from evidence.sources import clinicaltrials, pubmed
from evidence.sources.rawcache import RunResult

log = logging.getLogger(__name__)


class RefreshError(RuntimeError):
    """A fetch or build failed; the tables and manifest on disk are the previous ones."""


@dataclass
class RefreshReport:
    """What a refresh fetched and built."""

    fetched: dict[str, RunResult] = field(default_factory=dict)
    build: BuildReport | None = None


def refresh(
    settings: Settings,
    profile: Profile,
    sources: Sequence[str] = ("ctgov", "pubmed"),
    *,
    progress: Progress = no_progress,
    max_records: int | None = None,
    ctgov_client: Client | None = None,
    pubmed_client: Client | None = None,
) -> RefreshReport:
    """Fetch the profile's queries into data/raw, then rebuild the tables; raise RefreshError on any failure."""
    report = RefreshReport()
    try:
        if "ctgov" in sources:
            report.fetched["ctgov"] = clinicaltrials.fetch_studies(
                profile.ctgov_params, settings.data_dir, base_url=settings.ctgov_base_url, client=ctgov_client,
                max_studies=max_records, progress=progress)
        if "pubmed" in sources:
            report.fetched["pubmed"] = pubmed.fetch_articles(
                profile.pubmed_term, settings.data_dir, base_url=settings.pubmed_base_url, email=settings.ncbi_email,
                api_key=settings.ncbi_api_key, client=pubmed_client, max_records=max_records, progress=progress)
    except FetchError as exc:
        raise RefreshError(f"fetch failed, previous snapshot kept: {exc}") from exc
    try:
        report.build = build(settings.data_dir, profile=profile.name, progress=progress, drugs=profile.study_drugs())
    except (OSError, ValueError, RuntimeError) as exc:
        raise RefreshError(f"build failed, previous snapshot kept: {exc}") from exc
    return report
