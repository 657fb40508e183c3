"""Dashboard latency at scale: AppTest reruns after a filter change, cold start to first chart, peak memory.

Run from the repository root (one command; each size runs in its own process so memory is measured apart):

    python benchmarks/dashboard_bench.py --sizes snapshot,1000,10000,100000 --runs 5 --browser \
        --write benchmarks/DASHBOARD_RESULTS.md

- snapshot = the shipped data/; N = synthetic schema-valid tables of N studies (benchmarks/synthetic.py).
- first run: a new AppTest's first script run (tables read, every analysis of the unfiltered view computed).
- filter change (new): select a route combination not seen before (cache miss: filter + analyses + charts).
- filter change (seen): go back to a combination already computed (cache hit) — what most clicks cost.
- Response tab: opening it (forest plot, pooled rates by window, controlled RRs computed), then a new filter
  change while it is open (the heaviest view: every pooled analysis of the new selection).
  (Filter changes above are measured on the default Overview tab: only the open tab runs.)
- rerun: the same view again. Medians of --runs.
- browser cold start: `streamlit run dashboard.py` started fresh; time to /_stcore/health and from page.goto to
  the first drawn plotly chart in Debian chromium (Playwright), medians of --runs fresh servers.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROUTE_CHOICES = [["intravenous"], ["intranasal"], ["oral"], ["intravenous", "oral"], ["intranasal", "oral"],
                 ["subcutaneous"], ["intramuscular"], ["sublingual"], ["intravenous", "intranasal"],
                 ["intramuscular", "oral"], ["sublingual", "oral"]]


def _one(size: str, runs: int) -> dict[str, object]:
    """Measure one size in this process (called in a child process)."""
    logging.disable(logging.WARNING)
    from streamlit.testing.v1 import AppTest

    out: dict[str, object] = {"size": size}
    if size != "snapshot":
        from benchmarks.synthetic import write

        tmp = Path(tempfile.mkdtemp(prefix="dash-bench-"))
        t = time.perf_counter()
        write(int(size), tmp)
        out["generate_s"] = time.perf_counter() - t
        os.environ["EVIDENCE_DATA_DIR"] = str(tmp)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=3600)
    t = time.perf_counter()
    at.run()
    out["first_run_s"] = time.perf_counter() - t
    assert not at.exception, at.exception
    out["studies"] = at.metric[0].value
    reruns, new, seen = [], [], []
    for _ in range(runs):
        t = time.perf_counter()
        at.run()
        reruns.append(time.perf_counter() - t)
    for choice in ROUTE_CHOICES[:runs]:
        at.multiselect(key="routes").set_value(choice)
        t = time.perf_counter()
        at.run()
        new.append(time.perf_counter() - t)
        assert not at.exception, at.exception
    for choice in ROUTE_CHOICES[:runs]:
        at.multiselect(key="routes").set_value(choice)
        t = time.perf_counter()
        at.run()
        seen.append(time.perf_counter() - t)
    at.query_params["tab"] = "Response"
    t = time.perf_counter()
    at.run()
    out["open_response_tab_s"] = time.perf_counter() - t
    heavy = []
    for choice in ROUTE_CHOICES[runs:2 * runs]:
        at.multiselect(key="routes").set_value(choice)
        t = time.perf_counter()
        at.run()
        heavy.append(time.perf_counter() - t)
        assert not at.exception, at.exception
    if size != "snapshot":
        shutil.rmtree(tmp, ignore_errors=True)
    out.update(rerun_ms=1000 * statistics.median(reruns), filter_new_ms=1000 * statistics.median(new),
               filter_seen_ms=1000 * statistics.median(seen), response_filter_new_ms=1000 * statistics.median(heavy),
               peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def _browser(runs: int) -> dict[str, object]:
    """Cold starts of the real server + chromium on the shipped snapshot."""
    from playwright.sync_api import sync_playwright

    from tests.served import ARGS, CHROMIUM, serve

    health, first_chart = [], []
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        for i in range(runs):
            t0 = time.perf_counter()
            with serve({}, Path(tmp) / f"streamlit-{i}.log") as url:
                health.append(time.perf_counter() - t0)
                page = browser.new_page(viewport={"width": 1400, "height": 1400})
                t1 = time.perf_counter()
                page.goto(url, wait_until="domcontentloaded")
                page.locator(".js-plotly-plot").filter(has_text="Studies by route").first.wait_for(timeout=120_000)
                first_chart.append(time.perf_counter() - t1)
                page.close()
        browser.close()
    return {"server_health_s": statistics.median(health), "goto_to_first_chart_s": statistics.median(first_chart),
            "cold_start_total_s": statistics.median(h + c for h, c in zip(health, first_chart, strict=True)),
            "runs": runs}


def _machine() -> str:
    cpu = os.cpu_count()
    return f"{platform.platform()}, Python {platform.python_version()}, {cpu} CPUs"


def main() -> None:
    """Run every size in a child process, then the browser cold start; print (and optionally write) a table."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="snapshot,1000,10000")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--browser", action="store_true")
    p.add_argument("--write", type=Path)
    p.add_argument("--one", help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.one:
        print(json.dumps(_one(a.one, a.runs)))
        return
    rows = []
    for size in a.sizes.split(","):
        res = subprocess.run([sys.executable, __file__, "--one", size, "--runs", str(a.runs)], cwd=ROOT,
                             capture_output=True, text=True, check=False)
        if res.returncode:
            rows.append({"size": size, "error": res.stderr.strip().splitlines()[-1:]})
        else:
            rows.append(json.loads(res.stdout.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), flush=True)
    lines = ["| tables | studies | first run (s) | rerun (ms) | filter change, new (ms) | filter change, seen (ms) "
             "| open Response tab (s) | filter change on Response, new (ms) | peak RSS (MB) |",
             "|--|--|--|--|--|--|--|--|--|"]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['size']} | error: {r['error']} | | | | | | | |")
            continue
        lines.append(f"| {r['size']} | {r['studies']} | {r['first_run_s']:.2f} | {r['rerun_ms']:.0f} | "
                     f"{r['filter_new_ms']:.0f} | {r['filter_seen_ms']:.0f} | {r['open_response_tab_s']:.2f} | "
                     f"{r['response_filter_new_ms']:.0f} | {r['peak_rss_mb']:.0f} |")
    if a.browser:
        b = _browser(a.runs)
        print(json.dumps(b), flush=True)
        lines += ["", "| browser cold start (shipped snapshot) | median (s) |", "|--|--|",
                  f"| `streamlit run` to /_stcore/health | {b['server_health_s']:.2f} |",
                  f"| page.goto to first drawn chart | {b['goto_to_first_chart_s']:.2f} |",
                  f"| total cold start | {b['cold_start_total_s']:.2f} |"]
    table = "\n".join(lines)
    print(table)
    if a.write:
        cmd = "python benchmarks/dashboard_bench.py " + " ".join(sys.argv[1:])
        when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        a.write.write_text(f"# Dashboard benchmark\n\nMachine: {_machine()} (shared with other jobs while "
                           f"measured).\nCommand: `{cmd}`\nMeasured: {when}\n\n{table}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
