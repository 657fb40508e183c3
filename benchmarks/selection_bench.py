"""A new selection at scale without Streamlit: Snapshot.select for a route filter plus the Overview headline's counts.

Run from the repository root (one command; --tables reuses a data folder written by benchmarks/synthetic.py):

    python benchmarks/selection_bench.py --studies 100000 [--tables DIR]

Nine route filters, each new, on one snapshot whose StudyIndex is warm (the app's case); prints the median and the
fastest in ms. Copied into an older checkout's benchmarks/, it runs that checkout's path (filter_tables on
value_base with a shared StudyIndex, as its evidence/app/data.py did).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import write  # noqa: E402
from evidence import store, vocab  # noqa: E402
from evidence.filters import Filters  # noqa: E402

ROUTES = [("intravenous",), ("intranasal",), ("oral",), ("intravenous", "oral"), ("intranasal", "oral"),
          ("subcutaneous",), ("intramuscular",), ("sublingual",), ("intravenous", "intranasal")]
UNVERIFIED = tuple(c for c in vocab.VERIFICATION if c != "verified")


def selector(tables: dict) -> Callable[[Filters], Any]:
    """The app's way to a selection: Snapshot.select, or on an older checkout filter_tables with a shared index."""
    try:
        from evidence.selection import Snapshot
    except ImportError:
        from evidence.filters import filter_tables, value_base  # type: ignore[attr-defined]
        from evidence.membership import StudyIndex

        base = value_base(tables, Filters())
        index = StudyIndex(base)
        return lambda f: filter_tables(base, f, index)
    return Snapshot(tables).select


def main() -> None:
    """CLI: --studies, --tables."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--studies", type=int, default=100_000)
    p.add_argument("--tables", type=Path, help="a data folder written by benchmarks/synthetic.py (else a new one)")
    a = p.parse_args()
    if a.tables:
        tables = store.read_tables(a.tables)
    else:
        with tempfile.TemporaryDirectory(prefix="selection-bench-") as tmp:
            write(a.studies, Path(tmp))
            tables = store.read_tables(Path(tmp))
    select = selector(tables)
    select(Filters(routes=("oral",), min_n=1)).count("efficacy")  # the index's positions and codes, once
    times = []
    for routes in ROUTES:
        t0 = time.perf_counter()
        sel = select(Filters(routes=routes))
        len(sel["studies"]), sel.count("efficacy"), sel.count("adverse_events")
        sum(sel.count(t, "verification", UNVERIFIED) for t in ("efficacy", "adverse_events"))
        times.append(time.perf_counter() - t0)
    print(f"{len(tables['studies']):,} studies: new selection + headline counts, median "
          f"{statistics.median(times) * 1000:.0f} ms, fastest {min(times) * 1000:.0f} ms over {len(times)}")


if __name__ == "__main__":
    main()
