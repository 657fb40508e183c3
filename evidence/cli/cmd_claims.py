"""`claims`: the Claim check tab on the command line: each claim's verdict, summary, caveats and evidence rows."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from evidence import vocab
from evidence.cli.filter_flags import add_filter_arguments, filters_from_args
from evidence.cli.profile_flag import add_profile_argument, studied_drugs
from evidence.errors import EvidenceError
from evidence.profile import ProfileError, load_profile
from evidence.settings import Settings

NAME = "claims"
HELP = ("Check the profile's claims against the (filtered) evidence, as the dashboard's Claim check tab does: verdict, "
        "summary with the numbers, caveats and every row it rests on (row ids, arm labels, sources).")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Flags of `claims`."""
    p.add_argument("--format", default="json", choices=["json", "csv"], help="output format (default: json)")
    p.add_argument("--method", default="DL", type=str.upper, choices=list(vocab.POOLING_METHODS),
                   help="tau² estimator: DL (default) or REML")
    p.add_argument("--claim", action="append", help="only this claim id (repeatable)")
    p.add_argument("--out", help="output file (default: standard output)")
    p.add_argument("--data-dir", help="data folder (default: $EVIDENCE_DATA_DIR or ./data)")
    add_profile_argument(p)
    add_filter_arguments(p)


def claim_list(settings: Settings) -> tuple[dict[str, str], ...]:
    """The profile's claims, else the default list (as the dashboard does)."""
    from evidence.claims import DEFAULT_CLAIMS

    try:
        claims = load_profile(settings.root_dir, settings.profile).claims
    except ProfileError:
        claims = ()
    return tuple(dict(c) for c in claims) or DEFAULT_CLAIMS


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Read the tables, filter, check every claim, write JSON or CSV (atomically, or to stdout)."""
    from evidence import claims as cl
    from evidence import export
    from evidence.selection import Snapshot
    from evidence.store import atomic_write_bytes, read_built_tables, read_manifest

    tables = read_built_tables(settings.data_dir)
    flt = filters_from_args(args)
    wanted = claim_list(settings)
    if args.claim:
        known = {c["id"] for c in wanted}
        unknown = [c for c in args.claim if c not in known]
        if unknown:
            raise EvidenceError(f"unknown claim id(s) {unknown}; known: {sorted(known)}")
        wanted = tuple(c for c in wanted if c["id"] in args.claim)
    inputs = cl.gather(Snapshot(tables).select(flt), method=args.method,
                       regulatory_facts=cl.load_facts(settings.data_dir))
    results = cl.check_claims(inputs, wanted, studied=studied_drugs(settings).words)
    manifest = read_manifest(settings.data_dir)
    header = [("snapshot", manifest.get("created_at", "")), ("profile", settings.profile), ("method", args.method),
              ("filters", "; ".join(f"{k}={v}" for k, v in flt.describe().items()) or "none")]
    if args.format == "json":
        doc = {"header": dict(header), "claims": cl.claims_json(results)}
        data = (json.dumps(doc, ensure_ascii=False, indent=1, default=str) + "\n").encode("utf-8")
    else:
        data = export.to_csv_bytes(cl.claims_frame(results), header)
    if args.out:
        atomic_write_bytes(Path(args.out), data)
        print(f"wrote {args.out}: {len(results)} claims ({args.format})", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0
