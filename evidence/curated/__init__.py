"""The curated, per-value-sourced CSVs -> schema tables (pure: frames and texts in, frames out)."""

from __future__ import annotations

import pandas as pd

from evidence.curated.model import CURATED_FILES, CuratedInput
from evidence.curated.studies import build_arms, build_publications, build_studies, paper_links
from evidence.curated.values import build_adverse_events, build_efficacy

__all__ = ["CURATED_FILES", "CuratedInput", "curated_tables"]


def curated_tables(inp: CuratedInput) -> dict[str, pd.DataFrame]:
    """All five tables from the curated input."""
    links = paper_links(inp)  # which trial each paper reports: decided once, used by every table
    publications = build_publications(inp, links)
    studies = build_studies(inp, publications, links)
    arms = build_arms(inp)
    return {
        "studies": studies,
        "arms": arms,
        "efficacy": build_efficacy(inp, studies, arms, publications),
        "adverse_events": build_adverse_events(inp, studies, arms, publications),
        "publications": publications,
    }
