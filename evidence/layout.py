"""Where things live under a data folder (paths only; light enough for every command to import)."""

from __future__ import annotations

from pathlib import Path


def tables_dir(data_dir: Path) -> Path:
    """Where the built Parquet tables live."""
    return Path(data_dir) / "tables"


def raw_dir(data_dir: Path, source: str) -> Path:
    """Where raw responses of one source are cached, as received."""
    return Path(data_dir) / "raw" / source


def curated_dir(data_dir: Path) -> Path:
    """Where the curated, per-value-sourced CSVs live."""
    return Path(data_dir) / "curated"


def manifest_path(data_dir: Path) -> Path:
    """The manifest that describes the current tables."""
    return Path(data_dir) / "manifest.json"
