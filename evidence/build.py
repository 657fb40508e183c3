"""build: curated CSVs + raw cache -> merged tables + manifest, deterministic and atomic."""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from evidence import __version__, schema, store
from evidence.curated import CURATED_FILES, CuratedInput, curated_tables
from evidence.merge import merge_tables
from evidence.progress import Progress, no_progress
from evidence.reconcile import reconcile

log = logging.getLogger(__name__)


@dataclass
class BuildReport:
    """What a build read and wrote."""

    counts: dict[str, int]
    raw_files: int
    warnings: list[str] = field(default_factory=list)
    manifest: dict[str, object] = field(default_factory=dict)


def read_curated(data_dir: Path) -> CuratedInput:
    """Read the curated CSVs as text (no type guessing) and the abstract files they cite."""
    base = store.curated_dir(data_dir)
    frames = {}
    for key, rel in CURATED_FILES.items():
        path = base / rel
        if not path.exists():
            raise FileNotFoundError(f"curated file missing: {path}")
        frames[key] = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    abstracts = {p.name: p.read_text(encoding="utf-8") for p in sorted((base / "pubmed" / "abstracts").glob("*.txt"))}
    for kind in ("trials", "arms", "values"):  # the trial layer: one file set per curator, read in name order
        parts = [pd.read_csv(p, dtype=str, keep_default_na=False, encoding="utf-8").assign(
                 _file=p.name, _row=lambda d: [str(i + 2) for i in range(len(d))])
                 for p in sorted((base / "trials").glob(f"{kind}_*.csv"))]
        if parts:
            frames[f"trials_{kind}"] = pd.concat(parts, ignore_index=True)
    return CuratedInput(frames=frames, abstracts=abstracts)


def raw_files(data_dir: Path) -> dict[str, list[Path]]:
    """Raw documents of each source in the order they are applied (file name order)."""
    return {
        "ctgov": sorted(store.raw_dir(data_dir, "ctgov").glob("*.json.gz")),
        "pubmed": sorted(store.raw_dir(data_dir, "pubmed").glob("*.xml.gz")),
    }


def _parse_raw(files: dict[str, list[Path]], warnings: list[str]) -> list[dict[str, pd.DataFrame]]:
    """Parse every raw document; a file that cannot be read is skipped with a warning, never fatal."""
    from evidence.parse.ctgov import parse_document
    from evidence.parse.pubmed import parse_pubmed_xml

    parsed = []
    for path in files["ctgov"]:
        try:
            doc = json.loads(gzip.decompress(path.read_bytes()))
        except (OSError, EOFError, ValueError) as exc:
            warnings.append(f"{path.name}: unreadable raw file skipped: {exc}")
            continue
        result = parse_document(doc, origin=path.name)
        warnings.extend(result.warnings)
        parsed.append(result.tables)
    for path in files["pubmed"]:
        try:
            data = gzip.decompress(path.read_bytes())
        except (OSError, EOFError) as exc:
            warnings.append(f"{path.name}: unreadable raw file skipped: {exc}")
            continue
        result = parse_pubmed_xml(data, origin=path.name)
        warnings.extend(result.warnings)
        parsed.append(result.tables)
    return parsed


def _extract_abstracts(
    publications: pd.DataFrame,
    warnings: list[str],
    extract_one: Callable[..., dict[str, pd.DataFrame]] | None = None,
) -> list[dict[str, pd.DataFrame]]:
    """Findings extracted from fetched abstracts (curated papers carry hand-checked findings instead).

    `extract_one` (default: the extractor) is the seam through which a test makes one abstract fail.
    """
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
            except Exception as exc:  # one bad abstract must not stop the build
                warnings.append(f"{ref}: extraction skipped: {exc}")
        return out


def _sha256_files(paths: list[Path]) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def build(
    data_dir: Path,
    profile: str = "ketamine-depression",
    progress: Progress = no_progress,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> BuildReport:
    """Build all tables; if anything fails before the swap, the previous tables and manifest stay intact."""
    data_dir = Path(data_dir)
    warnings: list[str] = []
    progress("curated", 0, 3)
    has_curated = store.curated_dir(data_dir).exists()
    curated = curated_tables(read_curated(data_dir)) if has_curated else {n: schema.empty(n) for n in store.TABLE_NAMES}
    progress("raw", 1, 3)
    files = raw_files(data_dir)
    parsed = _parse_raw(files, warnings) if any(files.values()) else []
    merged = merge_tables(curated, parsed, warnings)
    extracted = _extract_abstracts(merged["publications"], warnings)
    if extracted:
        merged = merge_tables(merged, extracted, warnings)
    merged, problems = reconcile(merged)
    warnings.extend(str(p) for p in problems)
    progress("write", 2, 3)
    curated_files = sorted(store.curated_dir(data_dir).rglob("*.*")) if has_curated else []
    inputs = curated_files + files["ctgov"] + files["pubmed"]
    manifest: dict[str, object] = {
        "created_at": clock().isoformat(timespec="seconds"),
        "profile": profile,
        "tool_version": __version__,
        "counts": {name: int(len(df)) for name, df in merged.items()},
        "raw_files": {k: len(v) for k, v in files.items()},
        "input_sha256": {str(Path(k).relative_to(data_dir)): v for k, v in _sha256_files(inputs).items()},
        "warnings": len(warnings),
        "validation_problems": [str(p) for p in problems],
    }
    manifest.update(_fetch_state(data_dir))
    store.write_tables(data_dir, merged, manifest)
    progress("done", 3, 3)
    for w in warnings:
        log.warning(w)
    return BuildReport(counts=manifest["counts"], raw_files=sum(len(v) for v in files.values()),
                       warnings=warnings, manifest=manifest)


def _fetch_state(data_dir: Path) -> dict[str, object]:
    """Queries and service timestamps the fetchers recorded, carried into the manifest."""
    out: dict[str, object] = {}
    for source in ("ctgov", "pubmed"):
        path = store.raw_dir(data_dir, source) / "_state.json"
        if path.exists():
            try:
                out[f"fetch_{source}"] = json.loads(path.read_text())
            except ValueError:
                out[f"fetch_{source}"] = {"error": "unreadable _state.json"}
    return out
