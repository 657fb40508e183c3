"""Typed study rows: what parsers, curation and the merge build, turned into the studies table at one edge."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any, TypeGuard

import pandas as pd

from evidence import schema


@dataclass
class StudyRow:
    """One row of the studies table, field for field (schema.TABLES["studies"]); None is a missing value."""

    study_id: str
    title: str | None = None
    year: int | None = None
    design: str = "other"
    allocation: str | None = None
    masking: str | None = None
    phase: str | None = None
    status: str | None = None
    enrollment: int | None = None
    drugs: list[str] = field(default_factory=list)
    routes: list[str] = field(default_factory=list)
    population: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    comparator: str | None = None
    comparator_class: str | None = None  # None only before the curated fold fills "unknown"
    sponsor: str | None = None
    nct_ids: list[str] = field(default_factory=list)
    pmids: list[str] = field(default_factory=list)
    dois: list[str] = field(default_factory=list)
    url: str | None = None
    has_results: bool | None = None
    sources: list[str] = field(default_factory=list)
    source_urls: list[str] = field(default_factory=list)
    last_updated: str | None = None
    is_secondary: bool = False
    notes: str | None = None
    acronym: str | None = None
    first_author: str | None = None
    label: str | None = None
    field_conflicts: list[str] = field(default_factory=list)  # set by the merge: fields the sources disagree on

    def record(self) -> dict[str, object]:
        """The row as a column -> value mapping (for schema-driven table building)."""
        return asdict(self)

    @classmethod
    def from_record(cls, rec: Mapping[Hashable, object]) -> StudyRow:
        """A row read back from a studies frame (`to_dict("records")`): missing cells (NA, NaN) become None."""
        values: dict[str, Any] = {}  # cells of a frame: their types are the schema's, not known statically
        for f in fields(cls):
            v = rec.get(f.name)
            if v is None or v is pd.NA or (isinstance(v, float) and v != v):
                continue  # the field's default (None, or [] for a list; design/is_secondary are never missing)
            values[f.name] = list(v) if f.name in LIST_FIELDS and _is_cells(v) else v
        return cls(**values)


def _is_cells(v: object) -> TypeGuard[Iterable[object]]:
    """A list cell (a list, or an array as Parquet returns it), not a lone string."""
    return isinstance(v, Iterable) and not isinstance(v, str)


LIST_FIELDS: tuple[str, ...] = tuple(c.name for c in schema.TABLES["studies"] if c.kind == "list")


def study_records(frame: pd.DataFrame) -> list[StudyRow]:
    """The typed rows of a studies frame."""
    return [StudyRow.from_record(r) for r in frame.to_dict("records")]


def studies_frame(rows: Iterable[StudyRow]) -> pd.DataFrame:
    """The studies table of typed rows, cast and checked by the schema: the one place a StudyRow becomes a frame."""
    return schema.coerce("studies", pd.DataFrame([r.record() for r in rows], columns=schema.columns("studies")))
