"""`extract`: one abstract's text in, the extracted study fields and findings (with character spans) out."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from evidence.cli.profile_flag import add_profile_argument, studied_drugs
from evidence.settings import Settings

NAME = "extract"
HELP = (
    "Extract drugs, routes, design, population, N, response/remission, onset and adverse events from one abstract; "
    "--agreement compares extraction with the curators on the snapshot's own abstracts."
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Flags of `extract`."""
    p.add_argument("file", nargs="?", default="-", help="abstract text file, or - for standard input (default)")
    p.add_argument("--json", action="store_true", help="print the JSON of DESIGN.md (spans index into the text)")
    p.add_argument(
        "--agreement",
        action="store_true",
        help="run the extractor over the snapshot's publication abstracts and compare with the curated values of "
        "the same study, arm, outcome and visit (no FILE needed)",
    )
    p.add_argument("--data-dir", help="data folder for --agreement (default: $EVIDENCE_DATA_DIR or ./data)")
    add_profile_argument(p)


def read_text(source: str) -> str:
    """The input as text: UTF-8 (bad bytes replaced), newlines read the way Python's text mode reads them."""
    raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    return raw.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Extract and print JSON or a readable summary."""
    from evidence.extract.drugs import studying

    if args.agreement:
        with studying(studied_drugs(settings)):
            return run_agreement(args, settings)
    from evidence.extract import extract_abstract

    text = read_text(args.file)
    result = extract_abstract(text, studied_drugs(settings))
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


def run_agreement(args: argparse.Namespace, settings: Settings) -> int:
    """'automatic extraction agrees with the curators on X of Y values; Z disagreements', then the list."""
    from evidence import store
    from evidence.extract.agreement import agreement

    report = agreement(store.read_built_tables(settings.data_dir))
    if args.json:
        frame = report.to_frame()
        print(json.dumps({
            "headline": report.headline(), "abstracts": report.abstracts, "values": len(report.comparisons),
            "agreements": len(report.agreements), "disagreements": len(report.disagreements),
            "auto_only": report.auto_only, "curated_only": report.curated_only,
            "comparisons": json.loads(frame.to_json(orient="records")),
        }, ensure_ascii=True, indent=2))
        return 0
    print(report.headline())
    print(f"({report.abstracts} abstracts read; {report.auto_only} extracted values with no curated counterpart, "
          f"{report.curated_only} curated values the extractor did not read)")
    for title, rows in (("disagreements", report.disagreements), ("agreements", report.agreements)):
        if not rows:
            continue
        print(f"\n{title}:")
        for c in rows:
            t = "-" if c.timepoint_hours is None else f"{c.timepoint_hours:g} h"
            print(f"  {c.study_id}  {c.arm:<16.16} {c.measure:<9} {t:>8}  curated {c.curated:g}  auto {c.auto:g}"
                  f"  [{c.curated_source}]")
            if not c.agrees:
                print(f"      auto read from: {c.auto_quote}")
    return 0
