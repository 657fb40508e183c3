"""`build`: curated CSVs + raw cache -> data/tables/*.parquet + data/manifest.json."""

from __future__ import annotations

import argparse

from evidence.cli.profile_flag import add_profile_argument, studied_drugs
from evidence.settings import Settings

NAME = "build"
HELP = "Turn the curated CSVs and the raw cache into schema-checked tables and a manifest (deterministic, atomic)."


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Flags of `build`."""
    p.add_argument("--data-dir", help="data folder (default: $EVIDENCE_DATA_DIR or ./data)")
    add_profile_argument(p)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Build and print one line of counts."""
    from evidence.build import build
    from evidence.cli.bar import tqdm_progress

    with tqdm_progress("build") as progress:
        report = build(settings.data_dir, profile=settings.profile, progress=progress, drugs=studied_drugs(settings))
    counts = ", ".join(f"{k} {v}" for k, v in report.counts.items())
    where = settings.data_dir / "tables"
    print(f"built {where}: {counts}; {report.raw_files} raw files; {len(report.warnings)} warnings")
    return 0
