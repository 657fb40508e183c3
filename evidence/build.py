"""build: curated CSVs + raw cache -> merged tables + manifest, deterministic and atomic."""

from __future__ import annotations

import hashlib
import io
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from evidence import __version__, schema, store
from evidence.curated import CURATED_FILES, CuratedInput, curated_tables
from evidence.merge import merge_tables
from evidence.progress import Progress, no_progress
from evidence.reconcile import reconcile
from evidence.sources.rawcache import reading_committed

if TYPE_CHECKING:
    from evidence.extract.drugs import StudyDrugs

log = logging.getLogger(__name__)


@dataclass
class BuildReport:
    """What a build read and wrote."""

    counts: dict[str, int]
    raw_files: int
    warnings: list[str] = field(default_factory=list)
    manifest: dict[str, object] = field(default_factory=dict)


def read_curated(data_dir: Path, hashes: dict[str, str] | None = None) -> CuratedInput:
    """Read the curated CSVs as text (no type guessing) and the abstract files they cite; each file's SHA-256 is
    taken of the very bytes parsed (into `hashes`), so the manifest names exactly what the build read."""
    base = store.curated_dir(data_dir)
    seen = hashes if hashes is not None else {}
    frames = {}
    for key, rel in CURATED_FILES.items():
        path = base / rel
        if not path.exists():
            raise FileNotFoundError(f"curated file missing: {path}")
        frames[key] = pd.read_csv(io.BytesIO(_read(path, seen)), dtype=str, keep_default_na=False, encoding="utf-8")
    abstracts = {p.name: _read(p, seen).decode("utf-8") for p in sorted((base / "pubmed" / "abstracts").glob("*.txt"))}
    for kind in ("trials", "arms", "values"):  # the trial layer: one file set per curator, read in name order
        parts = [pd.read_csv(io.BytesIO(_read(p, seen)), dtype=str, keep_default_na=False, encoding="utf-8").assign(
                 _file=p.name, _row=lambda d: [str(i + 2) for i in range(len(d))])
                 for p in sorted((base / "trials").glob(f"{kind}_*.csv"))]
        if parts:
            frames[f"trials_{kind}"] = pd.concat(parts, ignore_index=True)
    return CuratedInput(frames=frames, abstracts=abstracts)


def _read(path: Path, hashes: dict[str, str]) -> bytes:
    """A file's bytes, its SHA-256 recorded under its path as they are read."""
    data = path.read_bytes()
    hashes[str(path)] = hashlib.sha256(data).hexdigest()
    return data


def raw_files(data_dir: Path) -> dict[str, list[Path]]:
    """Raw documents of each source in the order they are applied (file name order)."""
    return {
        "ctgov": sorted(store.raw_dir(data_dir, "ctgov").glob("*.json.gz")),
        "pubmed": sorted(store.raw_dir(data_dir, "pubmed").glob("*.xml.gz")),
    }


def _parse_raw(files: dict[str, list[Path]], warnings: list[str], hashes: dict[str, str] | None = None,
               skipped: dict[str, int] | None = None) -> list[dict[str, pd.DataFrame]]:
    """Parse every raw document; a file that cannot be read is skipped with a warning, never fatal."""
    from evidence.parse.ctgov import parse_document
    from evidence.parse.detect import decompress
    from evidence.parse.pubmed import parse_pubmed_xml

    seen = hashes if hashes is not None else {}
    skips = skipped if skipped is not None else {}
    parsed = []
    for path in files["ctgov"]:
        try:
            doc = json.loads(decompress(_read(path, seen)))
        except (OSError, EOFError, ValueError, RecursionError) as exc:
            warnings.append(f"{path.name}: unreadable raw file skipped: {exc}")
            skips["raw_files"] = skips.get("raw_files", 0) + 1
            continue
        result = parse_document(doc, origin=path.name)
        skips["ctgov_records"] = skips.get("ctgov_records", 0) + result.skipped
        warnings.extend(result.warnings)
        parsed.append(result.tables)
    for path in files["pubmed"]:
        try:
            data = decompress(_read(path, seen))  # capped: a bomb is skipped with a warning, not inflated
        except (OSError, EOFError, ValueError) as exc:
            warnings.append(f"{path.name}: unreadable raw file skipped: {exc}")
            skips["raw_files"] = skips.get("raw_files", 0) + 1
            continue
        result = parse_pubmed_xml(data, origin=path.name)
        skips["pubmed_records"] = skips.get("pubmed_records", 0) + result.skipped
        warnings.extend(result.warnings)
        parsed.append(result.tables)
    return parsed


def _extract_abstracts(
    publications: pd.DataFrame,
    warnings: list[str],
    extract_one: Callable[..., dict[str, pd.DataFrame]] | None = None,
    skipped: dict[str, int] | None = None,
) -> list[dict[str, pd.DataFrame]]:
    """Findings extracted from fetched abstracts (curated papers carry hand-checked findings instead).

    `extract_one` (default: the extractor) is the seam through which a test makes one abstract fail; each
    abstract skipped is counted in `skipped["abstracts"]` (the manifest's skipped_records).
    """
    skipped = skipped if skipped is not None else {}
    todo = publications[(publications["source_kind"] != "curated") & publications["abstract"].fillna("").ne("")]
    if todo.empty:
        return []
    from evidence.extract import findings_tables, findings_tables_many

    one = extract_one or findings_tables
    records = [(p["study_id"], p["abstract"], p["source_url"], p["ref_id"]) for p in todo.to_dict("records")]
    try:
        if extract_one is not None:
            return [one(*r) for r in records]
        return [findings_tables_many(records)]
    except Exception:  # find the bad abstract: one at a time, skipping only it
        out = []
        for study_id, text, url, ref in records:
            try:
                out.append(one(study_id, text, url, ref))
            except Exception as exc:  # one bad abstract must not stop the build: skipped, warned, counted
                warnings.append(f"{ref}: extraction skipped: {exc}")
                skipped["abstracts"] = skipped.get("abstracts", 0) + 1
        return out


def build(
    data_dir: Path,
    profile: str = "ketamine-depression",
    progress: Progress = no_progress,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    drugs: StudyDrugs | None = None,
) -> BuildReport:
    """Build all tables; if anything fails before the swap, the previous tables and manifest stay intact.

    `drugs` is the profile's studied drug (Profile.study_drugs(); default: the ketamine forms): registry arms and
    abstract findings of that drug are the experimental ones, every other drug is a comparator. One build at a time
    per data folder (StoreError at once when another runs), so an older build can never finish last and undo a
    newer one.
    """
    from evidence.extract.drugs import studying

    with store.build_lock(Path(data_dir)), studying(drugs):
        return _build(Path(data_dir), profile, progress, clock)


def _build(data_dir: Path, profile: str, progress: Progress, clock: Callable[[], datetime]) -> BuildReport:
    warnings: list[str] = []
    read: dict[str, str] = {}  # path -> SHA-256 of the bytes actually parsed
    skipped: dict[str, int] = {}  # records (and raw files) skipped with a warning, by kind
    progress("curated", 0, 3)
    has_curated = store.curated_dir(data_dir).exists()
    curated = (curated_tables(read_curated(data_dir, read)) if has_curated
               else {n: schema.empty(n) for n in store.TABLE_NAMES})
    progress("raw", 1, 3)
    with reading_committed(data_dir) as fetch_states:  # no fetch commit moves files in while they are read
        files = raw_files(data_dir)
        parsed = _parse_raw(files, warnings, read, skipped) if any(files.values()) else []
    merged = merge_tables(curated, parsed, warnings)
    extracted = _extract_abstracts(merged["publications"], warnings, skipped=skipped)
    if extracted:
        merged = merge_tables(merged, extracted, warnings)
    merged, problems = reconcile(merged)
    warnings.extend(str(p) for p in problems)
    progress("write", 2, 3)
    counts = {name: int(len(df)) for name, df in merged.items()}
    manifest: dict[str, object] = {
        "created_at": clock().isoformat(timespec="seconds"),
        "profile": profile,
        "tool_version": __version__,
        "counts": counts,
        "raw_files": {k: len(v) for k, v in files.items()},
        "input_sha256": {str(Path(k).relative_to(data_dir)): v for k, v in sorted(read.items())},
        "warnings": len(warnings),
        "validation_problems": [str(p) for p in problems],
        "skipped_records": dict(sorted(skipped.items())),
    }
    manifest.update(fetch_states)
    store.write_tables(data_dir, merged, manifest)
    progress("done", 3, 3)
    for w in warnings:
        log.warning(w)
    return BuildReport(counts=counts, raw_files=sum(len(v) for v in files.values()),
                       warnings=warnings, manifest=manifest)
