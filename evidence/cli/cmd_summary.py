"""`summary`: the by-group summary table the dashboard shows, as CSV, JSON or Excel with a header block."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evidence import vocab
from evidence.cli.filter_flags import add_filter_arguments, filters_from_args
from evidence.cli.profile_flag import add_profile_argument, current_profile
from evidence.settings import DEFAULT_PROFILE, Settings

NAME = "summary"
HELP = ("Write the by-route (or population/drug/design) summary table the dashboard shows: studies, participants, "
        "onset, pooled response/remission per timepoint window, risk ratios vs control, adverse-event incidence.")
_FORMATS = ("csv", "json", "xlsx")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Flags of `summary`."""
    p.add_argument("--by", default="route", choices=list(vocab.GROUP_BY), help="grouping (default: route)")
    p.add_argument("--format", default="csv", choices=list(_FORMATS), help="output format (default: csv)")
    p.add_argument("--method", default="DL", type=str.upper, choices=list(vocab.POOLING_METHODS),
                   help="tau² estimator: DL (default) or REML")
    p.add_argument("--out", help="output file (default: standard output)")
    p.add_argument("--data-dir", help="data folder (default: $EVIDENCE_DATA_DIR or ./data)")
    add_profile_argument(p)
    add_filter_arguments(p)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Read the tables once, summarise, write atomically (or to stdout)."""
    from evidence import export
    from evidence.analysis.summary import header_block, summarise
    from evidence.selection import Snapshot
    from evidence.store import atomic_write_bytes, read_built_tables, read_manifest

    tables = read_built_tables(settings.data_dir)
    flt = filters_from_args(args)
    table = summarise(Snapshot(tables).select(flt), by=args.by, method=args.method)
    header = header_block(read_manifest(settings.data_dir), args.by, args.method, filters=flt.describe())
    if settings.profile != DEFAULT_PROFILE:  # another profile's export says whose summary it is
        title = f"{current_profile(settings).title} — summary by {args.by}"
        header = [("title", title), ("profile", settings.profile), *[kv for kv in header if kv[0] != "title"]]
    writer = {"csv": export.to_csv_bytes, "json": export.to_json_bytes, "xlsx": export.to_xlsx_bytes}[args.format]
    data = writer(table, header)
    if args.out:
        atomic_write_bytes(Path(args.out), data)
        print(f"wrote {args.out}: {len(table)} rows by {args.by} ({args.format})", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0
