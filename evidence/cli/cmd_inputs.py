"""`inputs`: the study rows behind each pooled number, exactly as the dashboard's "rows behind the plot" shows."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evidence import vocab
from evidence.analysis.windows import WINDOW_KEYS
from evidence.cli.filter_flags import add_filter_arguments, filters_from_args
from evidence.cli.profile_flag import add_profile_argument
from evidence.settings import Settings

NAME = "inputs"
HELP = ("Print the study rows behind each pooled number (one outcome type, one window): group, study, arms, "
        "events/total (and the comparator's), visit, source tier, verification and canonical link.")
_FORMATS = ("csv", "json")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Flags of `inputs`."""
    p.add_argument("--outcome", default="response", choices=list(vocab.OUTCOMES),
                   help="outcome type: a rate (response, remission, si_response, ...) or its ketamine-vs-comparator "
                        "risk ratio (*_rr); default: response")
    p.add_argument("--window", default="24h", choices=[*WINDOW_KEYS, "all"],
                   help="timepoint window after the first dose (default: 24h; all = every window)")
    p.add_argument("--by", default="route", choices=list(vocab.GROUP_BY), help="grouping (default: route)")
    p.add_argument("--format", default="csv", choices=list(_FORMATS), help="output format (default: csv)")
    p.add_argument("--out", help="output file (default: standard output)")
    p.add_argument("--data-dir", help="data folder (default: $EVIDENCE_DATA_DIR or ./data)")
    add_profile_argument(p)
    add_filter_arguments(p)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Read the tables once, filter as the dashboard does, write the pooled rows."""
    from evidence import export
    from evidence.analysis.inputs import pool_inputs
    from evidence.selection import Snapshot
    from evidence.store import atomic_write_bytes, read_built_tables

    tables = read_built_tables(settings.data_dir)
    rows = pool_inputs(Snapshot(tables).select(filters_from_args(args)), args.outcome,
                       None if args.window == "all" else args.window, args.by)
    data = (export.to_csv_bytes if args.format == "csv" else export.to_json_bytes)(rows, [])
    if args.out:
        atomic_write_bytes(Path(args.out), data)
        print(f"wrote {args.out}: {len(rows)} rows", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0
