"""Table schemas: the columns, dtypes and vocabularies every table is checked against on write and read."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from evidence import vocab


class SchemaError(ValueError):
    """A table that does not match its schema; the message names table, column and values."""


@dataclass(frozen=True)
class Column:
    """One column: its kind (str/int/float/bool/list), optional vocabulary and nullability."""

    name: str
    kind: str
    vocab: tuple[str, ...] | None = None
    nullable: bool = True
    fill: bool | str | None = None  # value of a column a producer may leave out (set later by the build), else required
    optional: bool = False


# pandas dtype each kind is stored as; list columns hold Python lists of str.
DTYPES: dict[str, Literal["string", "Int64", "Float64", "boolean", "object"]] = {
    "str": "string",
    "int": "Int64",
    "float": "Float64",
    "bool": "boolean",
    "list": "object",
}


def _c(name: str, kind: str, vocab_: tuple[str, ...] | None = None, nullable: bool = True) -> Column:
    return Column(name, kind, vocab_, nullable)


def _later(name: str, kind: str, fill: bool | str | None = None, nullable: bool = True) -> Column:
    """A column the build fills after parsing (producers may omit it; coerce puts `fill` there)."""
    return Column(name, kind, None, nullable, fill, True)


PROVENANCE = [
    _c("source_kind", "str", vocab.SOURCE_KINDS, nullable=False),
    _c("source_tier", "str", vocab.SOURCE_TIERS, nullable=False),
    _c("verification", "str", vocab.VERIFICATION, nullable=False),
    _c("provenance", "str", nullable=False),
    _c("source_url", "str"),
    _later("read_from", "str"),
    _later("report", "str"),
    _c("notes", "str"),
]
# Set by the build's reconciliation (evidence/reconcile.py): whether a value is the one report of its arm, outcome
# and visit that analyses use, and how the other reports of the same arm and visit compare with it (in words in
# `cross_check`; as agree/conflict/unmatched/rejected in `cross_check_status`, the column code reads).
RECONCILED = [
    _later("arm_key", "str"),
    _later("selected", "bool", fill=True, nullable=False),
    _later("cross_check", "str"),
    Column("cross_check_status", "str", vocab.CROSS_CHECK_STATUSES, True, None, True),
]

TABLES: dict[str, list[Column]] = {
    "studies": [
        _c("study_id", "str", nullable=False),
        _c("title", "str"),
        _c("year", "int"),
        _c("design", "str", vocab.DESIGNS, nullable=False),
        _c("allocation", "str"),
        _c("masking", "str"),
        _c("phase", "str"),
        _c("status", "str"),
        _c("enrollment", "int"),
        _c("drugs", "list", vocab.DRUGS),
        _c("routes", "list", vocab.ROUTES),
        _c("population", "list", vocab.POPULATIONS),
        _c("conditions", "list"),
        _c("comparator", "str"),
        _c("comparator_class", "str", vocab.COMPARATOR_CLASSES, nullable=False),
        _c("sponsor", "str"),
        _c("nct_ids", "list"),
        _c("pmids", "list"),
        _c("dois", "list"),
        _c("url", "str"),
        _c("has_results", "bool"),
        _c("sources", "list", vocab.SOURCES),
        _c("source_urls", "list"),
        _c("last_updated", "str"),
        _c("is_secondary", "bool", nullable=False),
        _c("notes", "str"),
        _later("acronym", "str"),
        _later("first_author", "str"),
        _later("label", "str"),
        # One line per field the merged sources disagree on ("conflict in year: ctgov=2021; curated=2020 ...");
        # the same lines are also in `notes`, for reading.
        _later("field_conflicts", "list"),
    ],
    "arms": [
        _c("study_id", "str", nullable=False),
        _c("arm_id", "str", nullable=False),
        _c("label", "str"),
        _c("role", "str", vocab.ARM_ROLES, nullable=False),
        _c("drug", "str", vocab.DRUGS, nullable=False),
        _c("agent", "str"),
        _c("route", "str", vocab.ROUTES, nullable=False),
        _c("dose_text", "str"),
        _c("dose_mg_per_kg", "float"),
        _c("n", "int"),
        _later("aliases", "list"),
        *PROVENANCE,
    ],
    "efficacy": [
        _c("study_id", "str", nullable=False),
        _c("arm_id", "str"),
        _c("arm_label", "str"),
        _c("route", "str", vocab.ROUTES, nullable=False),
        _c("drug", "str", vocab.DRUGS, nullable=False),
        _c("measure", "str", vocab.MEASURES, nullable=False),
        _c("scale", "str"),
        _c("definition", "str"),
        _c("param_type", "str"),
        _c("timepoint_text", "str"),
        _c("timepoint_hours", "float"),
        _c("value", "float"),
        _c("unit", "str"),
        _c("dispersion", "str"),
        _c("n_events", "int"),
        _c("n_total", "int"),
        _c("is_comparison", "bool", nullable=False),
        _later("first_period", "bool"),
        *PROVENANCE,
        *RECONCILED,
    ],
    "adverse_events": [
        _c("study_id", "str", nullable=False),
        _c("arm_id", "str"),
        _c("arm_label", "str"),
        _c("route", "str", vocab.ROUTES, nullable=False),
        _c("drug", "str", vocab.DRUGS, nullable=False),
        _c("term", "str", nullable=False),
        _c("category", "str", vocab.AE_CATEGORIES, nullable=False),
        _c("serious", "bool"),
        _c("n_affected", "int"),
        _c("n_at_risk", "int"),
        _c("percent", "float"),
        # A registry's per-group total ("Total: serious adverse events"), not an event term: never counted as one.
        Column("is_group_total", "bool", None, False, False, True),
        *PROVENANCE,
        *RECONCILED,
    ],
    "publications": [
        _c("pmid", "str"),
        _c("doi", "str"),
        _c("ref_id", "str", nullable=False),
        _c("title", "str"),
        _c("authors", "list"),
        _c("journal", "str"),
        _c("year", "int"),
        _c("pub_types", "list"),
        _c("design", "str", vocab.DESIGNS, nullable=False),
        _c("mesh", "list"),
        _c("language", "str"),
        _c("abstract", "str"),
        _c("abstract_sections", "list"),
        _c("nct_ids", "list"),
        _c("study_id", "str", nullable=False),
        _c("source_kind", "str", vocab.SOURCE_KINDS, nullable=False),
        _c("source_url", "str"),
    ],
}

# Row identity of each table: unique on write.
KEYS: dict[str, tuple[str, ...]] = {
    "studies": ("study_id",),
    "arms": ("study_id", "arm_id"),
    "publications": ("ref_id",),
}


def columns(table: str) -> list[str]:
    """The column names of a table in their fixed order."""
    return [c.name for c in _spec(table)]


def _spec(table: str) -> list[Column]:
    if table not in TABLES:
        raise SchemaError(f"unknown table {table!r}; known: {sorted(TABLES)}")
    return TABLES[table]


def empty(table: str) -> pd.DataFrame:
    """An empty, schema-valid frame of a table."""
    return pd.DataFrame({c.name: pd.Series([], dtype=DTYPES[c.kind]) for c in _spec(table)})


def coerce(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """Order columns and cast them to the schema's dtypes (lists stay lists); then validate."""
    spec = _spec(table)
    missing = [c.name for c in spec if c.name not in df.columns and not c.optional]
    if missing:
        raise SchemaError(f"table {table!r}: missing column(s) {missing}")
    df = df.assign(**{c.name: c.fill for c in spec if c.name not in df.columns})
    for c in spec:  # rows concatenated from producers that left a build-filled column out
        if c.optional and c.fill is not None and df[c.name].isna().any():
            df[c.name] = df[c.name].astype("object").where(df[c.name].notna(), c.fill)
    extra = [n for n in df.columns if n not in {c.name for c in spec}]
    if extra:
        raise SchemaError(f"table {table!r}: unexpected column(s) {extra}")
    out = pd.DataFrame(index=range(len(df)))
    for c in spec:
        s = df[c.name].reset_index(drop=True)
        if c.kind == "list":
            out[c.name] = [_as_list(v) for v in s]
        else:
            try:
                out[c.name] = s.astype(DTYPES[c.kind])
            except (TypeError, ValueError) as exc:
                raise SchemaError(f"table {table!r}, column {c.name!r}: cannot cast to {c.kind}: {exc}") from exc
    validate(table, out)
    return out


def _as_list(v: object) -> list[str]:
    if v is None:
        return []
    if isinstance(v, float) and v != v:
        return []
    if isinstance(v, str):
        return [v]
    if not isinstance(v, Iterable):
        raise TypeError(f"{type(v).__name__} object is not a list")
    return [str(x) for x in v]


def validate(table: str, df: pd.DataFrame) -> None:
    """Raise SchemaError unless df has exactly the table's columns, dtypes and vocabulary values."""
    spec = _spec(table)
    names = [c.name for c in spec]
    missing = [n for n in names if n not in df.columns]
    if missing:
        raise SchemaError(f"table {table!r}: missing column(s) {missing}")
    extra = [n for n in df.columns if n not in names]
    if extra:
        raise SchemaError(f"table {table!r}: unexpected column(s) {extra}")
    for c in spec:
        s = df[c.name]
        want = DTYPES[c.kind]
        if c.kind == "list":
            bad = [v for v in s if not isinstance(v, (list, tuple)) and not hasattr(v, "tolist")]
            if bad:
                raise SchemaError(f"table {table!r}, column {c.name!r}: expected lists, got e.g. {bad[:3]!r}")
        elif str(s.dtype) != want:
            raise SchemaError(f"table {table!r}, column {c.name!r}: dtype {s.dtype} but schema says {want}")
        if not c.nullable:
            nulls = int(s.isna().sum()) if c.kind != "list" else 0
            if nulls:
                raise SchemaError(f"table {table!r}, column {c.name!r}: {nulls} missing value(s) in a required column")
        if c.vocab is not None:
            values = set(_flat(s)) if c.kind == "list" else set(s.dropna().unique())
            unknown = sorted({str(v) for v in values} - set(c.vocab))
            if unknown:
                raise SchemaError(
                    f"table {table!r}, column {c.name!r}: value(s) not in vocabulary: {unknown[:10]}; "
                    f"allowed: {list(c.vocab)}"
                )
    key = KEYS.get(table)
    if key and len(df):
        dup = df.duplicated(list(key), keep=False)
        if dup.any():
            sample = df.loc[dup, list(key)].head(5).to_dict("records")
            raise SchemaError(f"table {table!r}: duplicate key {key}: {sample}")


def _flat(s: pd.Series) -> list[object]:
    out: list[object] = []
    for v in s:
        if v is not None:
            out.extend(list(v))
    return out
