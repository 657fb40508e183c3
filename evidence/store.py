"""Disk layout of data/ and atomic, schema-checked reads and writes of tables and the manifest."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from evidence import legacy, schema

# Re-exported: the data-folder layout and atomic writes are part of the store's interface.
from evidence.atomic import atomic_write_bytes as atomic_write_bytes
from evidence.errors import ParseError
from evidence.errors import StoreError as StoreError
from evidence.layout import curated_dir as curated_dir
from evidence.layout import manifest_path as manifest_path
from evidence.layout import raw_dir as raw_dir
from evidence.layout import tables_dir as tables_dir

fcntl: ModuleType | None
try:
    import fcntl as _fcntl

    fcntl = _fcntl
except ImportError:  # Windows: no advisory locks; one build at a time is then the user's business
    fcntl = None

TABLE_NAMES: tuple[str, ...] = ("studies", "arms", "efficacy", "adverse_events", "publications")







def read_chunks(path: Path, max_bytes: int, chunk: int = 1024**2) -> Iterator[bytes]:
    """A user's input file in chunks, refused (ParseError) when it is not a regular file (/dev/zero, a pipe, a
    folder) or larger than `max_bytes`: checked before reading, and again while reading (a file that grows)."""
    path = Path(path)
    st = path.stat()
    if not stat.S_ISREG(st.st_mode):
        raise ParseError(f"{path}: not a regular file (a device, pipe or folder); refusing to read it")
    if st.st_size > max_bytes:
        raise ParseError(f"{path}: {st.st_size:,} bytes, more than the {max_bytes:,} accepted for one file")
    size = 0
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            size += len(block)
            if size > max_bytes:
                raise ParseError(f"{path}: more than the {max_bytes:,} bytes accepted for one file")
            yield block


def table_bytes(table: str, df: pd.DataFrame) -> bytes:
    """Serialise a schema-valid table to Parquet bytes, deterministically (no timestamps, fixed options)."""
    schema.validate(table, df)
    arrow = pa.Table.from_pandas(df, preserve_index=False)
    buf = io.BytesIO()
    pq.write_table(arrow, buf, compression="zstd", use_dictionary=True, write_statistics=False)
    return buf.getvalue()


def write_tables(data_dir: Path, tables: Mapping[str, pd.DataFrame], manifest: Mapping[str, object],
                 archive: bool = True) -> dict[str, str]:
    """Validate and serialise every table first, then switch to them in one committed step; the manifest goes last.

    If any table fails validation nothing on disk changes; when the tables change, the previous snapshot is
    archived under snapshots/ first (for `diff`). The switch is a redo log: the new files are staged complete, then
    one atomic write of the journal commits them, then they are moved in. A process killed after the commit is
    finished by the next build or reader (roll_forward); one killed before it leaves the old snapshot whole, and
    its staging folder is swept. Returns the SHA-256 of each table file.
    """
    payloads = {name: table_bytes(name, df) for name, df in tables.items()}
    hashes = {name: hashlib.sha256(b).hexdigest() for name, b in payloads.items()}
    full = dict(manifest)
    full["tables"] = {name: {"rows": int(len(tables[name])), "sha256": hashes[name]} for name in sorted(tables)}
    manifest_bytes = (json.dumps(full, indent=2, sort_keys=True) + "\n").encode()
    with build_lock(data_dir):
        sweep(data_dir)
        current = manifest_tables(read_manifest(data_dir))
        if archive and {k: v.get("sha256") for k, v in current.items()} != hashes:
            archive_current(data_dir)
        files = {f"tables/{name}.parquet": data for name, data in payloads.items()}
        files[MANIFEST_NAME] = manifest_bytes  # last: readers trust the manifest, so it moves in after its tables
        _switch(Path(data_dir), files)
    return hashes


MANIFEST_NAME = "manifest.json"
JOURNAL = ".swap.json"  # the commit point of a snapshot switch: staged files -> their places, in order
STAGING_PREFIX = ".staging-"


def _switch(data_dir: Path, files: Mapping[str, bytes]) -> None:
    """Stage every file, commit the journal in one atomic write, move the files in (the redo log of write_tables)."""
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=data_dir))
    moves = []
    for k, (rel, data) in enumerate(files.items()):
        staged = staging / f"{k:03d}-{Path(rel).name}"
        _write_synced(staged, data)
        moves.append([str(staged.relative_to(data_dir)), rel])
    _fsync_dir(staging)
    atomic_write_bytes(data_dir / JOURNAL, json.dumps({"moves": moves}).encode())  # committed from here on
    _fsync_dir(data_dir)
    roll_forward(data_dir)


def roll_forward(data_dir: Path) -> bool:
    """Finish a committed switch (idempotent: a move already done is skipped); True when there was one."""
    data_dir = Path(data_dir)
    journal = data_dir / JOURNAL
    if not journal.exists():
        return False
    try:
        moves = json.loads(journal.read_text())["moves"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        msg = f"{journal}: unreadable snapshot journal ({exc}); rebuild with `python -m evidence build`"
        raise StoreError(msg) from None
    for src, dest in moves:
        if (data_dir / src).exists():
            (data_dir / dest).parent.mkdir(parents=True, exist_ok=True)
            os.replace(data_dir / src, data_dir / dest)
    _fsync_dir(tables_dir(data_dir))
    _fsync_dir(data_dir)
    journal.unlink(missing_ok=True)
    for src, _ in moves:
        shutil.rmtree(data_dir / Path(src).parent, ignore_errors=True)
    return True


def sweep(data_dir: Path) -> None:
    """Before a build switches snapshots: finish a committed switch, then drop what killed writes left behind
    (uncommitted staging folders, half-written archives, temporary files of atomic writes)."""
    data_dir = Path(data_dir)
    roll_forward(data_dir)
    for p in data_dir.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(p, ignore_errors=True)
    for folder in (data_dir, tables_dir(data_dir), snapshots_dir(data_dir)):
        for p in folder.glob(".*.tmp") if folder.is_dir() else ():
            p.unlink(missing_ok=True)
    base = snapshots_dir(data_dir)
    for p in base.iterdir() if base.is_dir() else ():
        if p.is_dir() and (p.name.startswith(ARCHIVE_TMP) or not (p / MANIFEST_NAME).exists()):
            shutil.rmtree(p, ignore_errors=True)  # an archive killed midway: never trusted, redone by archive_current


_HELD: set[str] = set()  # build locks this process holds (write_tables inside build() takes it again)


@contextlib.contextmanager
def build_lock(data_dir: Path) -> Iterator[None]:
    """One build (or snapshot switch) at a time per data folder; StoreError at once when another one runs.

    An OS lock on the data folder itself (no lock file to leave in a checkout), released by the kernel even when
    its holder is SIGKILLed.
    """
    folder = Path(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    key = str(folder.resolve())
    if key in _HELD or fcntl is None:
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(f"another build is running on {data_dir}; wait for it to finish, then build "
                             "again") from None
        _HELD.add(key)
        try:
            yield
        finally:
            _HELD.discard(key)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _recover(data_dir: Path) -> None:
    """A reader that finds a committed switch whose writer is gone finishes it (never while a build runs)."""
    if not (Path(data_dir) / JOURNAL).exists() or str(Path(data_dir).resolve()) in _HELD:
        return
    try:
        with build_lock(data_dir):
            roll_forward(data_dir)
    except StoreError:
        pass  # a build is running: it finishes the switch itself
    except OSError:
        pass  # a read-only data folder: the next build finishes it


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(path, 0o644)


def _fsync_dir(path: Path) -> None:
    """Make renames inside a folder durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _frame(table: str, data: bytes | None, origin: Path) -> pd.DataFrame:
    """Parquet bytes -> schema-checked frame; None (no file) -> the empty table."""
    if data is None:
        return schema.empty(table)
    # One chunk per column: selecting rows from a many-chunk Arrow column costs about 3x as much, on every filter.
    df = legacy.upgrade(table, pq.read_table(io.BytesIO(data)).combine_chunks().to_pandas())
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
        _recover(data_dir)
        expected = manifest_tables(read_manifest(data_dir))
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


def read_built_tables(data_dir: Path) -> dict[str, pd.DataFrame]:
    """The tables a command reads, or one clear error when no build has written them yet."""
    tables = read_tables(data_dir)
    if tables["studies"].empty:
        raise StoreError(f"no tables in {tables_dir(data_dir)}: run `python -m evidence build` first")
    return tables


def read_manifest(data_dir: Path) -> dict[str, object]:
    """The manifest of the current tables ({} when none was built yet)."""
    path = manifest_path(data_dir)
    if not path.exists():
        return {}
    return json.loads(path.read_text())


def manifest_tables(manifest: Mapping[str, object]) -> dict[str, dict[str, object]]:
    """The manifest's per-table entries (rows, sha256), {} when it has none."""
    tables = manifest.get("tables")
    return tables if isinstance(tables, dict) else {}


def snapshots_dir(data_dir: Path) -> Path:
    """Where earlier snapshots are archived, one folder each (tables/ + manifest.json)."""
    return Path(data_dir) / "snapshots"


def list_snapshots(data_dir: Path) -> list[Path]:
    """Archived snapshots, oldest first."""
    base = snapshots_dir(data_dir)
    if not base.exists():
        return []
    return sorted(p for p in base.iterdir() if not p.name.startswith(".") and (p / MANIFEST_NAME).exists())


ARCHIVE_TMP = ".tmp-"


def archive_current(data_dir: Path, keep: int = 10) -> Path | None:
    """Copy the current tables and manifest into snapshots/ before they are replaced; keep the last `keep`.

    The copy is written into a hidden folder and renamed into place complete, so a process killed midway leaves
    nothing that `diff` would trust (sweep removes it and the next build archives again).
    """
    manifest = read_manifest(data_dir)
    if not manifest or not tables_dir(data_dir).exists():
        return None
    digest = hashlib.sha256(json.dumps(manifest.get("tables", {}), sort_keys=True).encode()).hexdigest()[:12]
    stamp = str(manifest.get("created_at", "unknown")).replace(":", "").replace("+", "Z")
    base = snapshots_dir(data_dir)
    dest = base / f"{stamp}-{digest}"
    if dest.exists() and not (dest / MANIFEST_NAME).exists():
        shutil.rmtree(dest)  # half-written by a version of this code that wrote in place
    if not dest.exists():
        base.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f"{ARCHIVE_TMP}{dest.name}.", dir=base))
        (tmp / "tables").mkdir()
        for p in sorted(tables_dir(data_dir).glob("*.parquet")):
            _write_synced(tmp / "tables" / p.name, p.read_bytes())
        _write_synced(tmp / MANIFEST_NAME, manifest_path(data_dir).read_bytes())
        _fsync_dir(tmp / "tables")
        _fsync_dir(tmp)
        os.chmod(tmp, 0o755)
        os.rename(tmp, dest)
        _fsync_dir(base)
    for old in list_snapshots(data_dir)[:-keep]:
        shutil.rmtree(old)
    return dest
