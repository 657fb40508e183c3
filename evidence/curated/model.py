"""The curated input as read from data/curated: CSV frames and abstract texts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

CURATED_FILES: dict[str, str] = {
    "ct_studies": "ctgov/studies.csv",
    "ct_arms": "ctgov/arms.csv",
    "ct_outcomes": "ctgov/outcomes.csv",
    "ct_aes": "ctgov/adverse_events.csv",
    "publications": "pubmed/publications.csv",
    "findings": "pubmed/findings.csv",
}


@dataclass(frozen=True)
class CuratedInput:
    """The curated CSVs as string frames plus abstract texts keyed by file name."""

    frames: Mapping[str, pd.DataFrame]
    abstracts: Mapping[str, str]
