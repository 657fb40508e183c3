"""`validation-note`: the snapshot's pooled 24 h response next to published meta-analyses (VALIDATION.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evidence.cli.profile_flag import add_profile_argument
from evidence.settings import Settings

NAME = "validation-note"
HELP = ("Write the validation note: the snapshot's pooled ketamine-vs-placebo/midazolam response at 24 h (all, by "
        "drug, by route) next to the meta-analyses' pooled estimates the curators quoted, and why they differ.")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Flags of `validation-note`."""
    p.add_argument("--out", help="output file (default: standard output), e.g. data/curated/VALIDATION.md")
    p.add_argument("--data-dir", help="data folder (default: $EVIDENCE_DATA_DIR or ./data)")
    add_profile_argument(p)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Read the snapshot once and write the note."""
    from evidence.filters import Filters
    from evidence.selection import Snapshot
    from evidence.store import atomic_write_bytes, read_built_tables, read_manifest
    from evidence.validation_note import validation_note

    tables = read_built_tables(settings.data_dir)
    manifest = read_manifest(settings.data_dir)
    snapshot = f"built {manifest.get('created_at', 'unknown')}, profile {manifest.get('profile', 'unknown')}"
    text = validation_note(Snapshot(tables).select(Filters()), snapshot).encode("utf-8")
    if args.out:
        atomic_write_bytes(Path(args.out), text)
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(text)
    return 0
