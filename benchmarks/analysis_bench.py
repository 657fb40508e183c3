"""Analysis speed at scale: the evidence.analysis calls the dashboard's Response tab and summary make.

Run from the repository root (one command):

    python benchmarks/analysis_bench.py --sizes 1000,10000,100000 --runs 3 [--profile 10000]

Each size: synthetic schema-valid tables (benchmarks/synthetic.py) written to Parquet and read back through
evidence.store (Arrow-backed strings, as the dashboard sees them), then the median of --runs of:
summarise(by="route"), forest_rows(response, 24h), forest_rows(response_rr, 24h), ae_incidence, onset_stats.
--profile N prints a cProfile (top 25 by cumulative time) of one summarise + forest_rows at N studies.
"""

from __future__ import annotations

import argparse
import cProfile
import platform
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import write  # noqa: E402
from evidence import analysis, store  # noqa: E402

CALLS = {
    "summarise": lambda t: analysis.summarise(t, by="route"),
    "forest response/24h": lambda t: analysis.forest_rows(t, "response", "24h", by="route"),
    "forest response_rr/24h": lambda t: analysis.forest_rows(t, "response_rr", "24h", by="route"),
    "ae_incidence": lambda t: analysis.ae_incidence(t, by="route"),
    "onset_stats": lambda t: analysis.onset_stats(t, by="route"),
}


def load(n: int) -> dict:
    """Synthetic tables of n studies as the dashboard reads them (Parquet round trip)."""
    out = Path(tempfile.mkdtemp(prefix=f"analysis-bench-{n}-"))
    write(n, out)
    return store.read_tables(out)


def main() -> None:
    """CLI: --sizes, --runs, --profile."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="1000,10000,100000")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--profile", type=int, default=0, help="cProfile one summarise + forest_rows at N studies")
    a = p.parse_args()
    print(f"machine: {platform.platform()}, Python {platform.python_version()}, {platform.machine()}")
    if a.profile:
        t = load(a.profile)
        prof = cProfile.Profile()
        prof.enable()
        CALLS["summarise"](t)
        CALLS["forest response/24h"](t)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        return
    names = list(CALLS)
    print("| studies | " + " | ".join(f"{n} (s)" for n in names) + " |")
    print("|--|" + "--|" * len(names))
    for n in (int(s) for s in a.sizes.split(",")):
        t = load(n)
        cells = []
        for name in names:
            times = []
            for _ in range(a.runs):
                t0 = time.perf_counter()
                CALLS[name](t)
                times.append(time.perf_counter() - t0)
            cells.append(f"{statistics.median(times):.3f}")
        print(f"| {n:,} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
