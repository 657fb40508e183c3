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
- every other tab (Onset, Side effects, Claim check, Study explorer, Downloads): opening it, then a new selection
  while it is open (every route, a new minimum sample size each time: 10, 20, ... ; the studies kept are reported).
- rerun: the same view again. Medians of --runs.
- browser cold start (--browser): the clock starts when `streamlit run dashboard.py` is launched (a fresh
  process, empty caches) and stops when the first plotly chart's SVG is in the page. Chromium is already running;
  a new context (empty cache) calls page.goto as soon as /_stcore/health answers. The page's own timestamps split
  the time (bundle, websocket, script run, plotly chunk, draw). Also: chromium launch + first tab, a static page
  over loopback, a first visit 5 s after health (start-up work done), returning visits (browser cache filled,
  fresh server on the same port), a floor page (one metric
  + one plotly chart) and, with --baseline REV, an earlier revision cold-started in turn with this one.
  Browser part only: --sizes "" --browser --baseline REV.
"""

from __future__ import annotations

import argparse
import http.server
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
import threading
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OTHER_TABS = ("Onset", "Side effects", "Claim check", "Study explorer", "Downloads")
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
    tabs: dict[str, dict[str, float]] = {}
    shown: list[int] = []
    step = 0
    at.multiselect(key="routes").set_value([])  # every route: the heavy selections, not a one-route remnant
    for tab in OTHER_TABS:  # each tab: open it, then new selections (every route, a new minimum n each time)
        at.query_params["tab"] = tab
        t = time.perf_counter()
        at.run()
        opened = time.perf_counter() - t
        assert not at.exception, at.exception
        changes: list[float] = []
        for _ in range(runs):
            step += 1
            at.number_input(key="min_n").set_value(10 * step)
            t = time.perf_counter()
            at.run()
            changes.append(time.perf_counter() - t)
            assert not at.exception, at.exception
            shown.append(int(str(at.metric[0].value).replace(",", "")))
        tabs[tab] = {"open_s": opened, "filter_new_ms": 1000 * statistics.median(changes)}
    out["tabs"], out["tab_studies"] = tabs, [min(shown), max(shown)]
    if size != "snapshot":
        shutil.rmtree(tmp, ignore_errors=True)
    out.update(rerun_ms=1000 * statistics.median(reruns), filter_new_ms=1000 * statistics.median(new),
               filter_seen_ms=1000 * statistics.median(seen), response_filter_new_ms=1000 * statistics.median(heavy),
               peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


# Injected before the page's own scripts: timestamps (ms since navigation start) of the websocket, of the messages
# the server sends, and of the first title, metric and drawn chart in the page.
MARKS_JS = r"""
(() => {
  const T = window.__marks = {ws: []};
  const mark = (k) => { if (!(k in T)) T[k] = performance.now(); };
  const Native = window.WebSocket;
  window.WebSocket = function (...args) {
    const ws = new Native(...args);
    ws.addEventListener('open', () => mark('ws_open'));
    ws.addEventListener('message', () => T.ws.push(performance.now()));
    return ws;
  };
  window.WebSocket.prototype = Native.prototype;
  Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
  new MutationObserver(() => {
    if (document.querySelector('h1')) mark('title');
    if (document.querySelector('[data-testid="stMetricValue"]')) mark('metric');
    if (document.querySelector('.js-plotly-plot .main-svg')) mark('chart');
  }).observe(document, {childList: true, subtree: true});
})();
"""
READ_MARKS_JS = """() => {
  const m = window.__marks, nav = performance.getEntriesByType('navigation')[0];
  const plotly = performance.getEntriesByType('resource').find(r => r.name.includes('PlotlyChart'));
  const before = m.ws.filter(t => t <= m.chart);
  return {dom_content_loaded: nav.domContentLoadedEventEnd, ws_open: m.ws_open, title: m.title, metric: m.metric,
          server_done: before[before.length - 1], plotly_js_requested: plotly && plotly.startTime,
          plotly_js_loaded: plotly && plotly.responseEnd, chart: m.chart};
}"""
PHASES = (  # label, from mark, to mark (ms since navigation start; "goto" = page.goto called)
    ("HTML + JS bundle loaded and run (DOMContentLoaded)", "goto", "dom_content_loaded"),
    ("frontend boot to websocket open", "dom_content_loaded", "ws_open"),
    ("websocket open to title drawn (script starts, first element)", "ws_open", "title"),
    ("websocket open to last server message before the chart (script run done)", "ws_open", "server_done"),
    ("plotly chunk (4.7 MB) requested", "goto", "plotly_js_requested"),
    ("plotly chunk download", "plotly_js_requested", "plotly_js_loaded"),
    ("plotly chunk loaded to first chart drawn (parse, run, draw)", "plotly_js_loaded", "chart"),
    ("headline metrics drawn", "goto", "metric"),
    ("page.goto to first chart drawn", "goto", "chart"),
)


SETTLE_S = 5.0  # how long after /_stcore/health the "settled" first visit comes (a user reading the printed URL)
# What Streamlit and plotly.js cost in this browser whatever the app does: the smallest page with a chart.
FLOOR_PAGE = """import plotly.graph_objects as go
import streamlit as st

st.title("floor")
st.metric("Studies", 109)
st.plotly_chart(go.Figure(go.Bar(x=["oral", "intranasal"], y=[1, 2])), width="stretch")
"""


def _visit(context: object, url: str) -> dict[str, float]:
    """Open the dashboard in a new tab of `context`; seconds from page.goto to each mark."""
    page = context.new_page()  # type: ignore[attr-defined]
    page.add_init_script(MARKS_JS)
    t = time.perf_counter()
    page.goto(url, wait_until="commit")
    origin = page.evaluate("performance.timeOrigin") / 1000 - time.time() + time.perf_counter()  # navigation start
    page.locator(".js-plotly-plot .main-svg").first.wait_for(timeout=120_000)
    wall = time.perf_counter() - t
    marks = page.evaluate(READ_MARKS_JS)
    page.close()
    lag = origin - t  # page.goto called -> navigation start
    out = {k: lag + v / 1000 for k, v in marks.items() if v is not None}
    out["goto"] = 0.0
    out["chart"] = max(out.get("chart", wall), 0.0)
    return out


def _blank_page(browser: object) -> tuple[float, float]:
    """First tab of a new context, and page.goto of a static page served over loopback: the browser's own floor."""
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "index.html").write_text("<!doctype html><title>blank</title><h1>blank</h1>", encoding="utf-8")
        handler = partial(_QuietHandler, directory=tmp)
        with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as httpd:
            threading.Thread(target=httpd.serve_forever, daemon=True).start()
            t = time.perf_counter()
            context = browser.new_context()  # type: ignore[attr-defined]
            page = context.new_page()
            new_page = time.perf_counter() - t
            t = time.perf_counter()
            page.goto(f"http://127.0.0.1:{httpd.server_port}/index.html")
            goto = time.perf_counter() - t
            context.close()
            httpd.shutdown()
    return new_page, goto


def _checkout(rev: str, dst: Path) -> Path:
    """The tree of an earlier revision (code and shipped data), to serve it side by side with this one."""
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dst)], input=archive, check=True)
    return dst


def _browser(runs: int, baseline: str | None) -> dict[str, object]:
    """Cold starts of a fresh `streamlit run` + a running chromium on the shipped snapshot (interleaved with the
    baseline revision when given, and with the floor page), then returning visits (browser cache filled)."""
    from playwright.sync_api import sync_playwright

    from tests.served import ARGS, CHROMIUM, free_port, serve

    trees = {"this version": ROOT}
    out: dict[str, object] = {"runs": runs, "load_before": os.getloadavg()[0]}
    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        if baseline:
            Path(tmp, "baseline").mkdir()
            trees = {f"baseline {baseline}": _checkout(baseline, Path(tmp, "baseline")), **trees}
        Path(tmp, "floor").mkdir()
        Path(tmp, "floor", "dashboard.py").write_text(FLOOR_PAGE, encoding="utf-8")
        trees["floor: one metric + one plotly chart"] = Path(tmp, "floor")
        t = time.perf_counter()
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        out["chromium_launch_s"] = time.perf_counter() - t
        out["first_tab_s"], out["blank_page_goto_s"] = _blank_page(browser)
        cold: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        for i in range(runs):
            for name, root in trees.items():
                context = browser.new_context(viewport={"width": 1400, "height": 1400})  # empty cache
                t0 = time.perf_counter()
                with serve({}, Path(tmp) / f"cold-{i}.log", root=root) as url:
                    health = time.perf_counter() - t0
                    marks = _visit(context, url)
                context.close()
                cold[name].append(marks | {"health": health, "total": health + marks["chart"]})
        settled: dict[str, list[float]] = {name: [] for name in trees}
        for i in range(runs):  # a user opens the printed URL a few seconds after the start: start-up work is done
            for name, root in trees.items():
                context = browser.new_context(viewport={"width": 1400, "height": 1400})
                with serve({}, Path(tmp) / f"settled-{i}.log", root=root) as url:
                    time.sleep(SETTLE_S)
                    settled[name].append(_visit(context, url)["chart"])
                context.close()
        returning: dict[str, list[float]] = {name: [] for name in trees}
        for name, root in trees.items():
            port, context = free_port(), browser.new_context(viewport={"width": 1400, "height": 1400})
            with serve({}, Path(tmp) / "prime.log", root=root, port=port) as url:
                _visit(context, url)  # fills this origin's HTTP cache (the frontend's files are immutable)
            for i in range(runs):
                t0 = time.perf_counter()
                with serve({}, Path(tmp) / f"returning-{i}.log", root=root, port=port) as url:
                    health = time.perf_counter() - t0
                    returning[name].append(_visit(context, url)["chart"])
            context.close()
        browser.close()
    out["load_after"] = os.getloadavg()[0]
    med = statistics.median
    out["versions"] = {
        name: {"health_s": med(r["health"] for r in rows), "total_s": med(r["total"] for r in rows),
               "returning_goto_to_chart_s": med(returning[name]), "settled_goto_to_chart_s": med(settled[name]),
               "phases_s": {label: med(r[b] - r[a] for r in rows) if all(a in r and b in r for r in rows) else None
                            for label, a, b in PHASES}}
        for name, rows in cold.items()}
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Static files without a log line per request."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


def _browser_table(b: dict[str, object]) -> list[str]:
    """Markdown lines: the cold-start breakdown, one column per version."""
    versions: dict[str, dict] = b["versions"]  # type: ignore[assignment]
    names = list(versions)
    lines = ["", f"Browser cold start, shipped snapshot, medians of {b['runs']} fresh servers per version "
             f"(load average {b['load_before']:.1f} before, {b['load_after']:.1f} after):", "",
             "| seconds | " + " | ".join(names) + " |", "|--|" + "--|" * len(names)]

    def row(label: str, values: list[object]) -> None:
        lines.append(f"| {label} | " + " | ".join("–" if v is None else f"{v:.2f}" for v in values) + " |")

    row("`streamlit run` to /_stcore/health", [versions[n]["health_s"] for n in names])
    for label, _, _ in PHASES:
        row(label, [versions[n]["phases_s"][label] for n in names])
    row("**cold start, browser running** (`streamlit run` to first chart drawn)",
        [versions[n]["total_s"] for n in names])
    row("cold start including chromium launch and its first tab",
        [versions[n]["total_s"] + b["chromium_launch_s"] + b["first_tab_s"] for n in names])
    row(f"first visit {SETTLE_S:.0f} s after the server is healthy, page.goto to first chart",
        [versions[n]["settled_goto_to_chart_s"] for n in names])
    row("returning visit (browser cache filled), page.goto to first chart", [versions[n]["returning_goto_to_chart_s"]
                                                                              for n in names])
    lines += ["", f"Chromium launch {b['chromium_launch_s']:.2f} s; first tab of a new context "
              f"{b['first_tab_s']:.2f} s; page.goto of a static page over loopback {b['blank_page_goto_s']:.2f} s."]
    return lines


def _machine() -> str:
    cpu = os.cpu_count()
    return f"{platform.platform()}, Python {platform.python_version()}, {cpu} CPUs"


def main() -> None:
    """Run every size in a child process, then the browser cold start; print (and optionally write) a table."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="snapshot,1000,10000")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--browser", action="store_true")
    p.add_argument("--baseline", help="a git revision whose dashboard is cold-started side by side (--browser)")
    p.add_argument("--write", type=Path)
    p.add_argument("--one", help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.one:
        print(json.dumps(_one(a.one, a.runs)))
        return
    rows = []
    for size in [x for x in a.sizes.split(",") if x]:  # --sizes "" runs the browser part only
        res = subprocess.run([sys.executable, __file__, "--one", size, "--runs", str(a.runs)], cwd=ROOT,
                             capture_output=True, text=True, check=False)
        if res.returncode:
            rows.append({"size": size, "error": res.stderr.strip().splitlines()[-1:]})
        else:
            rows.append(json.loads(res.stdout.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), flush=True)
    lines = ["| tables | studies | first run (s) | rerun (ms) | filter change, new (ms) | filter change, seen (ms) "
             "| open Response tab (s) | filter change on Response, new (ms) | peak RSS (MB) |",
             "|--|--|--|--|--|--|--|--|--|"] if rows else []
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['size']} | error: {r['error']} | | | | | | | |")
            continue
        lines.append(f"| {r['size']} | {r['studies']} | {r['first_run_s']:.2f} | {r['rerun_ms']:.0f} | "
                     f"{r['filter_new_ms']:.0f} | {r['filter_seen_ms']:.0f} | {r['open_response_tab_s']:.2f} | "
                     f"{r['response_filter_new_ms']:.0f} | {r['peak_rss_mb']:.0f} |")
    tabbed = [r for r in rows if "tabs" in r]
    if tabbed:
        lines += ["", "Every other tab: opening it, then a filter change to a selection not seen before (every route, "
                  "a new minimum sample size each time; median of --runs), in ms; the last column: studies in those "
                  "selections (smallest-largest):", "",
                  "| tables | " + " | ".join(f"{t}: open | {t}: filter change" for t in OTHER_TABS)
                  + " | studies selected |", "|--|" + "--|--|" * len(OTHER_TABS) + "--|"]
        for r in tabbed:
            cells = [f"{1000 * r['tabs'][t]['open_s']:.0f} | {r['tabs'][t]['filter_new_ms']:.0f}" for t in OTHER_TABS]
            lo, hi = r["tab_studies"]
            lines.append(f"| {r['size']} | " + " | ".join(cells) + f" | {lo:,}-{hi:,} |")
    if a.browser:
        b = _browser(a.runs, a.baseline)
        print(json.dumps(b), flush=True)
        lines += _browser_table(b)
    table = "\n".join(lines)
    print(table)
    if a.write:
        cmd = "python benchmarks/dashboard_bench.py " + " ".join(sys.argv[1:])
        when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        old = a.write.read_text(encoding="utf-8") if a.write.exists() else ""
        notes = old[old.index("\n## ") + 1:] if "\n## " in old else ""  # hand-written sections are kept
        a.write.write_text(f"# Dashboard benchmark\n\nMachine: {_machine()} (shared with other jobs while "
                           f"measured).\nCommand: `{cmd}`\nMeasured: {when}\n\n{table}\n\n{notes}", encoding="utf-8")


if __name__ == "__main__":
    main()
