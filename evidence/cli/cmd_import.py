"""`import FILE...`: add CT.gov JSON or PubMed XML a user already has to the raw cache, checked by the same parsers."""

from __future__ import annotations

import argparse
import gzip
import hashlib
import sys
from pathlib import Path

from evidence.cli.profile_flag import add_profile_argument
from evidence.errors import EvidenceError, ParseError
from evidence.parse.detect import MAX_DECOMPRESSED, MAX_INPUT, inflate
from evidence.settings import Settings

NAME = "import"
HELP = (
    "add ClinicalTrials.gov JSON (API page, /studies/{nctId} record, website download) or PubMed XML "
    "(efetch or XML export; .json/.xml, optionally .gz) to the raw cache; then run `build`"
)
SUFFIX = {"ctgov": ".json.gz", "pubmed": ".xml.gz"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Files to import and where the data directory is."""
    parser.add_argument("files", nargs="+", metavar="FILE", help="CT.gov JSON or PubMed XML file (.gz accepted)")
    parser.add_argument("--data-dir", help="data directory (default: $EVIDENCE_DATA_DIR or ./data)")
    add_profile_argument(parser)
    parser.add_argument("--max-mb", type=int, default=MAX_INPUT // 1024**2, metavar="MB",
                        help="largest file accepted (default %(default)s); its content may inflate to twice that")


def raw_name(kind: str, content: bytes) -> str:
    """Cache file name from the content hash, so importing the same file twice keeps one copy."""
    return f"import-{hashlib.sha256(content).hexdigest()[:16]}{SUFFIX[kind]}"


def import_file(path: Path, data_dir: Path, max_input: int = MAX_INPUT,
                max_content: int = MAX_DECOMPRESSED) -> tuple[Path, str, int, list[str], bool]:
    """Validate one file and store it gzip-compressed: (raw path, kind, records, warnings, newly written).

    ValueError (ParseError) when the file is neither kind, holds no parseable record, is not a regular file or is
    larger than `max_input` bytes (`max_content` once inflated; streamed, stopped at the cap); nothing is written then.
    """
    from evidence import store
    from evidence.parse.raw import parse_bytes

    content = inflate(store.read_chunks(path, max_input), max_content)
    kind, result = parse_bytes(content, str(path))
    main = "studies" if kind == "ctgov" else "publications"
    n = len(result.tables[main])
    if n == 0:
        reason = f" ({result.warnings[0]})" if result.warnings else ""
        raise ParseError(f"{path}: no {main} could be parsed from this {kind} file{reason}")
    target = store.raw_dir(data_dir, kind) / raw_name(kind, content)
    if target.exists():
        return target, kind, n, result.warnings, False
    # mtime=0 keeps the gzip bytes a pure function of the content.
    store.atomic_write_bytes(target, gzip.compress(content, compresslevel=6, mtime=0))
    return target, kind, n, result.warnings, True


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Import every file; a bad one is reported (exit 2) without stopping the others."""
    failed = 0
    imported = 0
    for name in args.files:
        path = Path(name)
        try:
            limit = max(1, int(getattr(args, "max_mb", MAX_INPUT // 1024**2))) * 1024**2
            target, kind, n, warnings, new = import_file(path, settings.data_dir, limit, 2 * limit)
        except (OSError, EvidenceError) as exc:
            failed += 1
            print(f"error: {path}: {exc}" if str(path) not in str(exc) else f"error: {exc}", file=sys.stderr)
            continue
        imported += 1
        what = "studies" if kind == "ctgov" else "articles"
        state = "imported" if new else "already imported"
        print(f"{path}: {state} as {kind}, {n} {what}, {len(warnings)} warning(s) -> {target}")
        for w in warnings[:5]:
            print(f"  warning: {w}")
        if len(warnings) > 5:
            print(f"  ... {len(warnings) - 5} more warning(s)")
    if imported:
        print("Run `python -m evidence build` to rebuild the tables with the imported data.")
    return 2 if failed else 0
