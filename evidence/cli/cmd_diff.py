"""`diff`: what changed since the previous snapshot (studies, statuses, posted results, numbers)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from evidence.cli.profile_flag import add_profile_argument
from evidence.errors import StoreError
from evidence.settings import Settings

NAME = "diff"
HELP = "List studies added/removed, status changes, newly posted results and changed numbers between two snapshots."


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Flags of `diff`."""
    p.add_argument("--data-dir", help="data folder (default: $EVIDENCE_DATA_DIR or ./data)")
    add_profile_argument(p)
    p.add_argument("--from", dest="old", help="snapshot folder to compare from (default: the previous build)")
    p.add_argument("--to", dest="new", help="snapshot folder to compare to (default: the current tables)")
    p.add_argument("--json", action="store_true", help="print JSON records instead of a table")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Print the changes; exit 0 also when there are none (and say so)."""
    from evidence import store
    from evidence.diff import diff_snapshots

    new_dir = Path(args.new) if args.new else settings.data_dir
    if args.old:
        old_dir = Path(args.old)
    else:
        snaps = store.list_snapshots(settings.data_dir)
        if not snaps:
            raise StoreError(f"no earlier snapshot under {store.snapshots_dir(settings.data_dir)}: build twice first")
        old_dir = snaps[-1]
    changes = diff_snapshots(store.read_tables(old_dir), store.read_tables(new_dir))
    if args.json:
        print(json.dumps(changes.to_dict("records"), indent=2))
    elif changes.empty:
        print(f"no changes from {old_dir} to {new_dir}")
    else:
        print(f"{len(changes)} change(s) from {old_dir} to {new_dir}")
        print(changes.to_string(index=False, max_colwidth=60))
    return 0
