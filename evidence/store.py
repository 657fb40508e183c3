"""Disk layout of data/ and atomic, schema-checked reads and writes of tables and the manifest."""

from __future__ import annotations

import hashlib
import io
import json
import time
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from evidence import schema

# Re-exported: the data-folder layout and atomic writes are part of the store's interface.
from evidence.atomic import atomic_write_bytes as atomic_write_bytes
from evidence.errors import StoreError as StoreError
from evidence.layout import curated_dir as curated_dir
from evidence.layout import manifest_path as manifest_path
from evidence.layout import raw_dir as raw_dir
from evidence.layout import tables_dir as tables_dir

TABLE_NAMES: tuple[str, ...] = ("studies", "arms", "efficacy", "adverse_events", "publications")







def table_bytes(table: str, df: pd.DataFrame) -> bytes:
    """Serialise a schema-valid table to Parquet bytes, deterministically (no timestamps, fixed options)."""
    schema.validate(table, df)
    arrow = pa.Table.from_pandas(df, preserve_index=False)
    buf = io.BytesIO()
    pq.write_table(arrow, buf, compression="zstd", use_dictionary=True, write_statistics=False)
    return buf.getvalue()


def write_tables(data_dir: Path, tables: Mapping[str, pd.DataFrame], manifest: Mapping[str, object],
                 archive: bool = True) -> dict[str, str]:
    """Validate and serialise every table first, then swap files in; the manifest goes last.

    If any table fails validation nothing on disk changes; when the tables change, the previous snapshot is
    archived under snapshots/ first (for `diff`). Returns the SHA-256 of each table file.
    """
    payloads = {name: table_bytes(name, df) for name, df in tables.items()}
    hashes = {name: hashlib.sha256(b).hexdigest() for name, b in payloads.items()}
    current = read_manifest(data_dir).get("tables", {})
    if archive and {k: v.get("sha256") for k, v in current.items()} != hashes:  # type: ignore[union-attr]
        archive_current(data_dir)
    tdir = tables_dir(data_dir)
    for name, data in payloads.items():
        atomic_write_bytes(tdir / f"{name}.parquet", data)
    full = dict(manifest)
    full["tables"] = {name: {"rows": int(len(tables[name])), "sha256": hashes[name]} for name in sorted(tables)}
    atomic_write_bytes(manifest_path(data_dir), (json.dumps(full, indent=2, sort_keys=True) + "\n").encode())
    return hashes


def _frame(table: str, data: bytes | None, origin: Path) -> pd.DataFrame:
    """Parquet bytes -> schema-checked frame; None (no file) -> the empty table."""
    if data is None:
        return schema.empty(table)
    # One chunk per column: selecting rows from a many-chunk Arrow column costs about 3x as much, on every filter.
    df = pq.read_table(io.BytesIO(data)).combine_chunks().to_pandas()
    missing = [c for c in schema.columns(table) if c not in df.columns]
    if missing:
        raise schema.SchemaError(f"table {table!r}: missing column(s) {missing} in {origin}")
    for col in schema.TABLES[table]:
        if col.kind == "list":
            df[col.name] = [list(v) if v is not None else [] for v in df[col.name]]
        else:
            df[col.name] = df[col.name].astype(schema.DTYPES[col.kind])
    schema.validate(table, df)
    return df


def read_table(data_dir: Path, table: str) -> pd.DataFrame:
    """Read one table and check it against its schema; a missing table reads as empty."""
    path = tables_dir(data_dir) / f"{table}.parquet"
    return _frame(table, path.read_bytes() if path.exists() else None, path)


def read_tables(data_dir: Path, attempts: int = 50, wait: float = 0.05) -> dict[str, pd.DataFrame]:
    """Read every table as one consistent snapshot: the files must match the manifest's hashes.

    A build swaps table files one by one and the manifest last; a reader that catches it midway retries.
    """
    for _ in range(attempts):
        expected = read_manifest(data_dir).get("tables", {})
        blobs = {}
        for name in TABLE_NAMES:
            path = tables_dir(data_dir) / f"{name}.parquet"
            blobs[name] = path.read_bytes() if path.exists() else None
        consistent = all(
            name not in expected or (b is not None and hashlib.sha256(b).hexdigest() == expected[name]["sha256"])
            for name, b in blobs.items()
        )
        if consistent:
            return {name: _frame(name, b, tables_dir(data_dir) / f"{name}.parquet") for name, b in blobs.items()}
        time.sleep(wait)
    raise StoreError(f"tables in {tables_dir(data_dir)} do not match {manifest_path(data_dir)} (a build running?)")


def read_manifest(data_dir: Path) -> dict[str, object]:
    """The manifest of the current tables ({} when none was built yet)."""
    path = manifest_path(data_dir)
    if not path.exists():
        return {}
    return json.loads(path.read_text())


def snapshots_dir(data_dir: Path) -> Path:
    """Where earlier snapshots are archived, one folder each (tables/ + manifest.json)."""
    return Path(data_dir) / "snapshots"


def list_snapshots(data_dir: Path) -> list[Path]:
    """Archived snapshots, oldest first."""
    base = snapshots_dir(data_dir)
    return sorted(p for p in base.iterdir() if (p / "manifest.json").exists()) if base.exists() else []


def archive_current(data_dir: Path, keep: int = 10) -> Path | None:
    """Copy the current tables and manifest into snapshots/ before they are replaced; keep the last `keep`."""
    manifest = read_manifest(data_dir)
    if not manifest or not tables_dir(data_dir).exists():
        return None
    digest = hashlib.sha256(json.dumps(manifest.get("tables", {}), sort_keys=True).encode()).hexdigest()[:12]
    stamp = str(manifest.get("created_at", "unknown")).replace(":", "").replace("+", "Z")
    dest = snapshots_dir(data_dir) / f"{stamp}-{digest}"
    if not dest.exists():
        for p in sorted(tables_dir(data_dir).glob("*.parquet")):
            atomic_write_bytes(dest / "tables" / p.name, p.read_bytes())
        atomic_write_bytes(dest / "manifest.json", manifest_path(data_dir).read_bytes())
    for old in list_snapshots(data_dir)[:-keep]:
        for f in sorted(old.rglob("*"), reverse=True):
            f.unlink() if f.is_file() else f.rmdir()
        old.rmdir()
    return dest
