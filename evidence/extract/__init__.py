"""Extraction of route, drug, population, design, N, efficacy, onset and adverse events (pure functions)."""

from evidence.extract.abstract import extract_abstract
from evidence.extract.tables import findings_tables

__all__ = ["extract_abstract", "findings_tables"]
