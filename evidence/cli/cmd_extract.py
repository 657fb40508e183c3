"""`extract`: one abstract's text in, the extracted study fields and findings (with character spans) out."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from evidence.extract import extract_abstract
from evidence.settings import Settings

NAME = "extract"
HELP = "Extract drugs, routes, design, population, N, response/remission, onset and adverse events from one abstract."


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Flags of `extract`."""
    p.add_argument("file", nargs="?", default="-", help="abstract text file, or - for standard input (default)")
    p.add_argument("--json", action="store_true", help="print the JSON of DESIGN.md (spans index into the text)")


def read_text(source: str) -> str:
    """The input as text: UTF-8 (bad bytes replaced), newlines read the way Python's text mode reads them."""
    raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    return raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Extract and print JSON or a readable summary."""
    text = read_text(args.file)
    result = extract_abstract(text)
    if args.json:
        print(json.dumps(result, ensure_ascii=True, indent=2))
        return 0
    print(render(result, text))
    return 0


def render(result: dict, text: str) -> str:
    """A plain-text view: study fields, then one line per finding with the quoted span."""
    lines = [
        f"drugs:      {', '.join(result['drugs']) or '-'}",
        f"routes:     {', '.join(result['routes']) or '-'}",
        f"design:     {result['design']} ({result['design_confidence']})",
        f"population: {', '.join(result['population']) or '-'}",
        f"N:          {result['n'] if result['n'] is not None else '-'} (randomized {result['n_randomized']}, "
        f"enrolled {result['n_enrolled']}, analysed {result['n_analysed']})",
        f"comparator: {result['comparator'] or '-'}",
        "",
    ]
    if not result["findings"]:
        lines.append("no findings")
    else:
        head = f"{'kind':<15} {'arm':<18} {'route':<13} {'value':>7} {'unit':<8} {'t (h)':>7} {'conf':<9} quote"
        lines += [head, "-" * len(head)]
        for f in result["findings"]:
            a, b = f["span"]
            quote = " ".join(text[a:b].split())
            quote = quote if len(quote) <= 70 else quote[:69] + "…"
            t = "" if f["timepoint_hours"] is None else f"{f['timepoint_hours']:g}"
            value = "" if f["value"] is None else f"{f['value']:g}"
            lines.append(
                f"{f['kind']:<15} {str(f['arm'] or '-'):<18.18} {str(f['route'] or '-'):<13} {value:>7} "
                f"{f['unit']:<8} {t:>7} {f['confidence']:<9} [{a}:{b}] {quote}"
            )
    return "\n".join(lines)
