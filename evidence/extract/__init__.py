"""Extraction of route, drug, population, design, N, efficacy, onset and adverse events (pure functions)."""

from evidence.extract.abstract import extract_abstract
from evidence.extract.tables import findings_rows, findings_tables, findings_tables_many

__all__ = ["extract_abstract", "findings_rows", "findings_tables", "findings_tables_many"]
