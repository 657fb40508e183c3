"""Analysis speed at scale: the evidence.analysis calls the dashboard's Response tab and summary make.

Run from the repository root (one command):

    python benchmarks/analysis_bench.py --sizes 1000,10000,100000 --runs 3 [--profile 10000]

Each size: synthetic schema-valid tables (benchmarks/synthetic.py) written to Parquet and read back through
evidence.store (Arrow-backed strings, as the dashboard sees them), then the median of --runs of:
summarise(by="route"), forest_rows(response, 24h), forest_rows(response_rr, 24h), controlled_rr(response),
ae_incidence, onset_stats, each on plain tables (nothing shared between calls), and the Response tab's analyses
for a new filter selection (routes intravenous + intranasal, about a third of the studies): forest_rows(response,
24h) + the rate rows of summarise + controlled_rr(response), then forest_rows(response_rr, 24h) (another outcome
on the same selection) -- on the selection's tables as a plain dict (nothing shared), on the same tables prepared
(frames shared, no parent), and on Snapshot.select's selection, whose parent (the snapshot's whole selection) has
its frames built already (the app's case after the tab was opened once).
Run against an older checkout (copy this file into its benchmarks/): before evidence.selection existed, the app's
path was filters.filter_tables on value_base(tables) with a shared StudyIndex, prepared with prepare(value_base)
as parent; that is what the last case runs there.
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import write  # noqa: E402
from evidence import analysis, store  # noqa: E402
from evidence.filters import Filters  # noqa: E402

CALLS = {
    "summarise": lambda t: analysis.summarise(t, by="route"),
    "forest response/24h": lambda t: analysis.forest_rows(t, "response", "24h", by="route"),
    "forest response_rr/24h": lambda t: analysis.forest_rows(t, "response_rr", "24h", by="route"),
    "controlled_rr": lambda t: analysis.controlled_rr(t, "response"),
    "ae_incidence": lambda t: analysis.ae_incidence(t, by="route"),
    "onset_stats": lambda t: analysis.onset_stats(t, by="route"),
}
SELECTION = Filters(routes=("intravenous", "intranasal"))


class AppPath:
    """How the app gets a selection whose analyses are cut from the whole snapshot's: Snapshot.select, or on an
    older checkout filter_tables on the value base with its StudyIndex, prepared with that base as parent."""

    def __init__(self, tables: dict) -> None:
        try:
            from evidence.selection import Snapshot
        except ImportError:
            from evidence.filters import filter_tables, value_base  # type: ignore[attr-defined]
            from evidence.membership import StudyIndex

            base = value_base(tables, Filters())
            index, self.parent = StudyIndex(base), analysis.prepare(base)
            self.select = lambda f: analysis.prepare(filter_tables(base, f, index), parent=self.parent)
        else:
            snapshot = Snapshot(tables)
            self.parent, self.select = snapshot.whole(Filters()), snapshot.select


def _rates(t: Any) -> object:
    """The rate rows the Response tab plots (older code: the whole summary, which is what it computed)."""
    try:
        return analysis.summarise(t, by="route", outcomes=("response", "remission"))
    except TypeError:
        return analysis.summarise(t, by="route")


def response_tab(app: AppPath, mode: str) -> tuple[float, float]:
    """Seconds for a new selection's Response tab analyses, then for switching it to another outcome."""
    t0 = time.perf_counter()
    sel: Any = app.select(SELECTION)
    if mode != "parent":
        sel = dict(sel) if mode == "plain" else analysis.prepare(dict(sel))
    analysis.forest_rows(sel, "response", "24h", by="route")
    _rates(sel)
    analysis.controlled_rr(sel, "response")
    t1 = time.perf_counter()
    analysis.forest_rows(sel, "response_rr", "24h", by="route")
    return t1 - t0, time.perf_counter() - t1


def load(n: int) -> dict:
    """Synthetic tables of n studies as the dashboard reads them (Parquet round trip; the files are removed)."""
    with tempfile.TemporaryDirectory(prefix=f"analysis-bench-{n}-") as tmp:
        write(n, Path(tmp))
        return store.read_tables(Path(tmp))


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
    modes = ("plain", "prepared", "parent")
    print("| studies | " + " | ".join(f"{n} (s)" for n in names) + " | " +
          " | ".join(f"Response tab new selection, {m} (s) | then another outcome, {m} (s)" for m in modes) + " |")
    print("|--|" + "--|" * (len(names) + 2 * len(modes)))
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
        app = AppPath(t)  # the tab opened once on the whole snapshot: the parent's frames exist
        analysis.forest_rows(app.parent, "response", "24h", by="route")
        analysis.forest_rows(app.parent, "response_rr", "24h", by="route")
        _rates(app.parent)
        for mode in modes:
            runs = [response_tab(app, mode) for _ in range(a.runs)]
            cells += [f"{statistics.median(r[0] for r in runs):.3f}", f"{statistics.median(r[1] for r in runs):.3f}"]
        print(f"| {n:,} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
