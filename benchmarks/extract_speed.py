"""Extraction speed: abstracts per second over the labelled abstracts (median of several runs).

    python benchmarks/extract_speed.py [--runs 5] [--repeat 10]

Each run extracts every abstract in data/curated/pubmed/abstracts `--repeat` times (the set replicated), timed with
time.perf_counter; the median and range over runs are printed with the machine's Python and CPU count.
Also times findings_tables (extraction + schema-checked DataFrames per abstract) and findings_tables_many (the same
rows, DataFrames built once for the whole batch).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evidence.extract import extract_abstract, findings_tables, findings_tables_many  # noqa: E402


def _rate(fn, texts: list[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    return len(texts) / (time.perf_counter() - t0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--data", type=Path, default=ROOT / "data" / "curated" / "pubmed" / "abstracts")
    args = ap.parse_args(argv)
    base = [p.read_text(encoding="utf-8") for p in sorted(args.data.glob("*.txt"))]
    texts = base * args.repeat
    chars = sum(len(t) for t in base) / max(1, len(base))
    _rate(extract_abstract, base)  # warm-up: regex compilation, imports
    ex = [_rate(extract_abstract, texts) for _ in range(args.runs)]
    tb = [_rate(lambda t: findings_tables("PMID:0", t, None, "pubmed"), texts) for _ in range(args.runs)]
    many = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        findings_tables_many((f"PMID:{i}", t, None, "pubmed") for i, t in enumerate(texts))
        many.append(len(texts) / (time.perf_counter() - t0))
    print(f"machine: Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs")
    print(f"input: {len(base)} abstracts x {args.repeat} = {len(texts)} per run, mean {chars:.0f} characters")
    print("| function | abstracts/s (median) | min | max | runs |")
    print("|---|---|---|---|---|")
    for name, r in (("extract_abstract", ex), ("findings_tables (one frame per abstract)", tb),
                    ("findings_tables_many (one frame per batch)", many)):
        print(f"| {name} | {statistics.median(r):.0f} | {min(r):.0f} | {max(r):.0f} | {len(r)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
