"""Raw response cache of one source: gzip files as received, staged until a fetch run completes, plus resume state.

A run writes each response to `<raw>/_incoming/<name>.incoming` (gzip, atomically) before anything parses it, and
records its progress in `<raw>/_state.json`. Only when the run is complete are the staged files renamed into
`<raw>/` (replacing the previous snapshot), so an interrupted or failed fetch leaves the previous raw files in
place and the build never sees half a run. None of these helper files ends in `.json.gz`/`.xml.gz`.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import logging
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from evidence.atomic import atomic_write_bytes
from evidence.errors import FetchError, StoreError
from evidence.layout import raw_dir

_gzip: ModuleType
try:  # ISA-L's deflate writes the same gzip format ~4x faster than zlib (a 12 MB efetch batch in ~30 ms, not ~130)
    from isal import igzip as _gzip
except ImportError:  # stdlib zlib: slower, same format; every reader (gzip.decompress) reads either
    _gzip = gzip

fcntl: ModuleType | None
try:
    import fcntl as _fcntl

    fcntl = _fcntl
except ImportError:  # Windows: no advisory locks; concurrent fetches into one folder are the user's business
    fcntl = None

log = logging.getLogger(__name__)

STATE_FILE = "_state.json"
COMMITTED_FILE = "_committed.json"  # the state of the run whose files are in place (what the build may cite)
LOCK_FILE = "_fetch.lock"
COMMIT_LOCK_FILE = "_commit.lock"  # held while files move in (fetch, exclusive) or are read (build, shared)
INCOMING_DIR = "_incoming"
INCOMING_SUFFIX = ".incoming"


def state_int(state: Mapping[str, object], key: str) -> int:
    """A count kept in a run's state file (JSON), 0 when absent or empty."""
    v = state.get(key)
    return int(v) if isinstance(v, (int, float, str)) and v else 0


def state_reason(state: Mapping[str, object]) -> str:
    """Why an incomplete run was let commit (its state's `partial` entry), "" for a complete run."""
    partial = state.get("partial")
    return str(partial.get("reason", "")) if isinstance(partial, dict) else ""


def utc_now() -> str:
    """When a run finished, for the manifest (ISO 8601, UTC, seconds)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def gzip_bytes(body: bytes) -> bytes:
    """Deterministic gzip (no timestamp, no name) so identical responses give identical files.

    Level 1: a 500-record efetch batch (~12 MB) must be stored within NCBI's 1/10 s between requests (with a key);
    level 6 saves only ~15% more space at about twice the time.
    """
    return _gzip.compress(body, compresslevel=1, mtime=0)


class RawCache:
    """The raw folder of one source and the run in progress in it."""

    def __init__(self, data_dir: Path, source: str, prefix: str, suffix: str, state_file: str = STATE_FILE,
                 incoming_dir: str = INCOMING_DIR) -> None:
        self.folder = raw_dir(data_dir, source)
        self.prefix = prefix
        self.suffix = suffix
        self.incoming = self.folder / incoming_dir
        self.state_path = self.folder / state_file
        self._name = re.compile(rf"^{re.escape(prefix)}-(\d{{5,}}){re.escape(suffix)}$")

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold this source's fetch lock, so two fetches never interleave their staged files.

        An OS file lock: released by the kernel even when the holder is SIGKILLed.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(self.folder / LOCK_FILE, "a+b") as fh:
            if fcntl is not None:
                try:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    msg = f"another fetch is already writing to {self.folder}; wait for it to finish"
                    raise FetchError(msg) from None
            try:
                yield
            finally:
                if fcntl is not None:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    # -- state -------------------------------------------------------------------------------------------------

    def load_state(self) -> dict[str, object] | None:
        """The saved state of the last run, or None when there is none (or it is unreadable)."""
        self._sweep_temp_files()
        if not self.state_path.exists():
            return None
        try:
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable resume state %s: %s", self.state_path, exc)
            return None
        return state if isinstance(state, dict) else None

    def save_state(self, state: dict[str, object]) -> None:
        """Persist progress atomically; called after each staged response."""
        text = json.dumps(state, indent=1, sort_keys=True) + "\n"
        atomic_write_bytes(self.state_path, text.encode("utf-8"))

    # -- files -------------------------------------------------------------------------------------------------

    def name(self, index: int) -> str:
        """File name of the index-th response of a run; names sort in fetch order."""
        return f"{self.prefix}-{index:05d}{self.suffix}"

    def stage(self, index: int, body: bytes) -> Path:
        """Write one response, gzip, as received, into the staging folder (atomically)."""
        return self.stage_gz(index, gzip_bytes(body))

    def stage_gz(self, index: int, gz: bytes) -> Path:
        """Write one response already compressed by gzip_bytes (so compressing can overlap with checking it)."""
        path = self.incoming / (self.name(index) + INCOMING_SUFFIX)
        atomic_write_bytes(path, gz)
        return path

    def stage_extra(self, relative: str, body: bytes) -> Path:
        """Stage a side document (e.g. the esearch answer) that commit() moves to `relative` under the raw folder."""
        path = self.incoming / (relative.replace("/", "__") + INCOMING_SUFFIX)
        atomic_write_bytes(path, gzip_bytes(body))
        return path

    def read_staged_extra(self, relative: str) -> bytes | None:
        """A staged side document, decompressed (None when absent)."""
        path = self.incoming / (relative.replace("/", "__") + INCOMING_SUFFIX)
        return gzip.decompress(path.read_bytes()) if path.exists() else None

    def write_extra(self, relative: str, body: bytes) -> Path:
        """Write a side document (e.g. an esearch answer) gzip, as received, at a path that is not an article set."""
        path = self.folder / relative
        atomic_write_bytes(path, gzip_bytes(body))
        return path

    def staged(self) -> Iterator[tuple[int, bytes]]:
        """The staged responses of the run in progress, in fetch order, decompressed."""
        if not self.incoming.is_dir():
            return
        items = []
        for p in self.incoming.iterdir():
            m = self._name.match(p.name.removesuffix(INCOMING_SUFFIX)) if p.name.endswith(INCOMING_SUFFIX) else None
            if m:
                items.append((int(m.group(1)), p))
        for index, p in sorted(items):
            yield index, gzip.decompress(p.read_bytes())

    def committed(self) -> list[Path]:
        """The files of the last complete run, in order."""
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if self._name.match(p.name))

    def drop_staged(self, index: int) -> None:
        """Forget one staged response (a short batch), so a resume asks for it again."""
        (self.incoming / (self.name(index) + INCOMING_SUFFIX)).unlink(missing_ok=True)

    def save_committed(self, state: dict[str, object]) -> None:
        """Record the state of the run now in place; the build cites this one, never a run still in progress."""
        text = json.dumps(state, indent=1, sort_keys=True) + "\n"
        atomic_write_bytes(self.folder / COMMITTED_FILE, text.encode("utf-8"))

    def discard_incoming(self) -> None:
        """Forget a staged run (e.g. its query changed)."""
        if self.incoming.is_dir():
            for p in self.incoming.iterdir():
                p.unlink(missing_ok=True)

    def commit(self, count: int, extras: tuple[str, ...] = (), state: dict[str, object] | None = None) -> None:
        """Move staged files 1..count (and staged extras) into place, drop older files beyond count.

        Idempotent, so a run killed while committing is finished by the next one. A run that found nothing
        never replaces a non-empty snapshot: an empty answer is more often a service or query problem than news.
        Files move under the exclusive commit lock, which a build holds shared while it reads, and the state
        (phase "committing" until `state` is recorded as committed) tells a build that a killed commit left a mix.
        """
        with _flock(self.folder / COMMIT_LOCK_FILE, shared=False):
            if self._commit(count, extras) and state is not None:
                self.save_committed(state)

    def _commit(self, count: int, extras: tuple[str, ...]) -> bool:
        if count == 0 and self.committed():
            log.warning("%s: this run fetched nothing; keeping the %d files of the previous run", self.folder,
                        len(self.committed()))
            self.discard_incoming()
            return False
        for rel in extras:
            src = self.incoming / (rel.replace("/", "__") + INCOMING_SUFFIX)
            if src.exists():
                (self.folder / rel).parent.mkdir(parents=True, exist_ok=True)
                os.replace(src, self.folder / rel)
        for index in range(1, count + 1):
            src = self.incoming / (self.name(index) + INCOMING_SUFFIX)
            if src.exists():
                os.replace(src, self.folder / self.name(index))
        for p in self.committed():
            m = self._name.match(p.name)
            if m and int(m.group(1)) > count:
                p.unlink(missing_ok=True)
        self.discard_incoming()
        return True

    def _sweep_temp_files(self) -> None:
        """Remove temporary files a killed atomic write left behind."""
        for folder in (self.folder, self.incoming):
            if folder.is_dir():
                for p in folder.glob(".*.tmp"):
                    p.unlink(missing_ok=True)



@contextlib.contextmanager
def _flock(path: Path, shared: bool) -> Iterator[None]:
    """Hold an OS file lock (blocking; the kernel releases it if the holder is killed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as fh:
        if fcntl is not None:
            fcntl.flock(fh.fileno(), fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


@contextlib.contextmanager
def reading_committed(data_dir: Path, sources: tuple[str, ...] = ("ctgov", "pubmed")) -> Iterator[dict[str, object]]:
    """While a build reads raw files: no commit moves files in, and a commit that was killed midway is refused.

    Yields each source's committed run state (for the manifest). StoreError when a source's last commit did not
    finish: its folder mixes two runs until the same fetch command is run again (which finishes the commit).
    """
    with contextlib.ExitStack() as stack:
        states: dict[str, object] = {}
        for source in sources:
            folder = raw_dir(data_dir, source)
            if not folder.is_dir():
                continue
            stack.enter_context(_flock(folder / COMMIT_LOCK_FILE, shared=True))
            state = _read_json(folder / STATE_FILE)
            if isinstance(state, dict) and state.get("phase") == "committing":
                raise StoreError(f"{folder}: a fetch was interrupted while moving its files in, so this folder mixes "
                                 f"two runs; run `python -m evidence fetch --source {source}` again to finish it, "
                                 "then build")
            committed = _read_json(folder / COMMITTED_FILE)
            if committed is None and isinstance(state, dict) and state.get("phase") == "done":
                committed = state  # a folder committed before the committed-state file existed
            if committed is not None:
                states[f"fetch_{source}"] = committed
        yield states


def _read_json(path: Path) -> object:
    """A small JSON file, None when absent, an error marker when unreadable."""
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"error": f"unreadable {path.name}"}


@dataclass
class RunResult:
    """What one fetch run did: the small summary a CLI prints and a benchmark counts."""

    source: str
    files: int  # raw files of the (now committed) run
    records: int  # distinct records in them
    requests: int  # HTTP requests this call issued, retries included
    total: int | None  # what the service said it had (None when unknown)
    duplicates: int = 0  # records seen again on a later page (kept raw, counted once)
    resumed: bool = False
    stopped: str = "complete"  # why paging ended
    parts: int = 1  # searches the run was split into (PubMed above 10,000 records: publication-date ranges)
    partial: str = ""  # why the run is known to be incomplete (committed only with --allow-partial)


def incomplete_error(source: str, reason: str) -> FetchError:
    """The one message of a run that knows it is incomplete and was not allowed to commit."""
    return FetchError(f"{source}: incomplete run ({reason}); the previous raw files are kept. Run the same command "
                      "again later, or pass --allow-partial to keep what was fetched (recorded in the manifest)")
