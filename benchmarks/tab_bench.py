"""One dashboard tab's new-selection latency on given tables, for before/after runs of two checkouts side by side.

Run from the repository root, on tables written by benchmarks/synthetic.py (the same steps as dashboard_bench.py,
one tab only, so each process is short enough to alternate with another checkout's):

    python benchmarks/synthetic.py --studies 100000 --out /tmp/t100k
    python benchmarks/tab_bench.py --data /tmp/t100k --tab Overview --changes 3

Overview: a new route combination each change (dashboard_bench.py's `filter_new`). Any other tab: every route, the
tab opened, then a new minimum sample size each change (10, 20, ...; dashboard_bench.py's per-tab figure).
Prints one line: the tab, the first run, the opening and each change in ms, and their median. Copied into an older
checkout's benchmarks/, it times that checkout's dashboard.py.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROUTE_CHOICES = [["intravenous"], ["intranasal"], ["oral"], ["intravenous", "oral"], ["intranasal", "oral"],
                 ["subcutaneous"], ["intramuscular"], ["sublingual"], ["intravenous", "intranasal"]]


def measure(data: Path, tab: str, changes: int) -> dict[str, object]:
    """Milliseconds of the first run, the tab's opening and each new selection on it."""
    logging.disable(logging.WARNING)
    os.environ["EVIDENCE_DATA_DIR"] = str(data)
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=3600)
    t = time.perf_counter()
    at.run()
    first = time.perf_counter() - t
    assert not at.exception, at.exception
    opened = 0.0
    if tab != "Overview":
        at.multiselect(key="routes").set_value([])
        at.query_params["tab"] = tab
        t = time.perf_counter()
        at.run()
        opened = time.perf_counter() - t
        assert not at.exception, at.exception
    times = []
    for step in range(1, changes + 1):
        if tab == "Overview":
            at.multiselect(key="routes").set_value(ROUTE_CHOICES[step - 1])
        else:
            at.number_input(key="min_n").set_value(10 * step)
        t = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - t)
        assert not at.exception, at.exception
    return {"tab": tab, "first_ms": 1000 * first, "open_ms": 1000 * opened, "changes_ms": [1000 * x for x in times],
            "median_ms": 1000 * statistics.median(times), "studies": at.metric[0].value}


def main() -> None:
    """CLI: --data, --tab, --changes."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, required=True, help="a data folder written by benchmarks/synthetic.py")
    p.add_argument("--tab", default="Overview")
    p.add_argument("--changes", type=int, default=3)
    a = p.parse_args()
    r = measure(a.data, a.tab, min(a.changes, len(ROUTE_CHOICES)))
    print(f"{r['tab']}: first {r['first_ms']:.0f} ms, open {r['open_ms']:.0f} ms, changes "
          + ", ".join(f"{x:.0f}" for x in r["changes_ms"])  # type: ignore[attr-defined]
          + f" ms, median {r['median_ms']:.0f} ms ({r['studies']} studies shown last)", flush=True)


if __name__ == "__main__":
    main()
