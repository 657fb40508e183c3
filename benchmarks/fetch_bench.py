"""Fetch efficiency vs the rate-limit floor, against a loopback server (in its own process) that enforces the limit.

    python benchmarks/fetch_bench.py [--runs 3] [--pubmed-records 5000] [--batch 500] [--ctgov-studies 2000]
                                      [--split-records 10400] [--only pubmed,key,split,ctgov[,ctgov-long]]
                                      [--ctgov-rpm R] [--no-prebuild] [--code DIR]

Scenarios (all with the library's default politeness settings, as `python -m evidence fetch` uses them):
- PubMed, no key: server answers 429 above 3 requests/s; 1 esearch + ceil(N/batch) efetch expected.
- PubMed, with a key: server answers 429 above 10 requests/s.
- PubMed over 10,000 records (the 4 smallest real articles replicated, synthetic publication dates 2001-2024): the
  search is split by date; 1 esearch + the bisection's range searches + the planned efetch batches expected.
- ClinicalTrials.gov: server answers 429 above 50 requests/minute (the community-reported limit); pageSize 1000;
  1 /version + ceil(N/1000) pages expected. `--only ctgov-long`: 600 studies at pageSize 10, 61 requests, more than
  the client lets into one minute (its default keeps any minute to 30), so the per-minute budget binds.
The served bodies replicate the real recorded fixture articles/studies (tests/fixtures) with new, distinct ids.
Floor = requests needed / allowed rate (the issue's definition). The client's own floor is when its last request may
start at the earliest under its own default rules kept exactly: NCBI 1/rate apart; CT.gov 1 s apart (robots.txt
Crawl-delay) and at most 30 in any minute. wall / own floor shows what the client loses to margin, CPU and the
last answer; wall / floor, what its politeness costs against the service's limit.
Prints a Markdown table of medians (and the per-run numbers), with the CPU time of the fetching process and of the
server process (which shares the machine's cores but is not the client's
cost; it prebuilds its efetch batches so that serving one costs no 12 MB join).
`--code DIR` imports the `evidence` package from another checkout (e.g. `git archive` of an older commit), so the
client before and after a change can be measured with the same server and scenarios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import multiprocessing as mp
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if "--code" in sys.argv:  # before argparse: the package must come from there before it is first imported
    sys.path.insert(0, str(Path(sys.argv[sys.argv.index("--code") + 1]).resolve()))

from evidence import vocab  # noqa: E402
from evidence.sources import clinicaltrials as ct  # noqa: E402
from evidence.sources import pubmed as pm  # noqa: E402
from tests.loopback import max_in_window  # noqa: E402

CTGOV_PARAMS = {"query.intr": " OR ".join(vocab.KETAMINE_FORMS), "query.cond": "depression"}


def _serve(kind: str, n: int, page_size: int, limit: tuple[int, float], conn, prebuild: bool) -> None:  # noqa: ANN001
    """Server process: build the replicated bodies, serve until told to stop, hand back the request log."""
    from tests.ctgov_app import CtgovApp, replicate_studies
    from tests.loopback import LoopbackServer
    from tests.pubmed_app import PubmedApp, replicate_articles, synthetic_dates

    app: PubmedApp | CtgovApp
    if kind == "pubmed-split":
        app = PubmedApp(replicate_articles(n, smallest=4), dates=synthetic_dates(n))
    else:
        app = PubmedApp(replicate_articles(n)) if kind == "pubmed" else CtgovApp(replicate_studies(n, page_size))
    if isinstance(app, PubmedApp) and kind == "pubmed" and prebuild:
        app.prebuild(page_size)
    cpu = time.process_time()
    with LoopbackServer(app, rate_limit=limit) as srv:
        conn.send(srv.url)
        while True:
            cmd = conn.recv()
            if cmd == "stop":
                break
            if cmd == "mark":
                cpu = time.process_time()
                conn.send(None)
                continue
            log = [(e.t, e.status, e.path) for e in srv.log]
            srv.log.clear()
            conn.send((log, time.process_time() - cpu))


class Server:
    """A loopback server in a child process, so serving does not share the fetcher's CPU time slice (GIL)."""

    prebuild = True  # main() may turn it off, to show what building each batch costs the server

    def __init__(self, kind: str, n: int, page_size: int, limit: tuple[int, float]) -> None:
        ctx = mp.get_context("fork")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(kind, n, page_size, limit, child, self.prebuild), daemon=True)
        self.proc.start()
        self.url: str = self.conn.recv()

    def mark(self) -> None:
        """Start counting the server's CPU time (for the run about to start)."""
        self.conn.send("mark")
        self.conn.recv()

    def take_log(self) -> tuple[list[tuple[float, int, str]], float]:
        """The requests the server saw since the last call, and its CPU seconds since mark()."""
        self.conn.send("log")
        return self.conn.recv()

    def close(self) -> None:
        self.conn.send("stop")
        self.proc.join(10)


def run_pubmed(n: int, batch: int, runs: int, key: str | None) -> dict[str, object]:
    rate = pm.RATE_WITH_KEY if key else pm.RATE_NO_KEY
    srv = Server("pubmed", n, batch, (int(rate), 1.0))
    rows = []
    try:
        for _ in range(runs):
            time.sleep(1.5)  # let the server's window empty between runs
            srv.mark()
            with tempfile.TemporaryDirectory() as d:
                client = pm.make_client(key)
                t, cpu = time.perf_counter(), time.process_time()
                r = pm.fetch_articles("ketamine[tiab] AND depress*[tiab]", Path(d), base_url=srv.url,
                                      email="bench@example.org", api_key=key, client=client, batch_size=batch)
                wall, cpu = time.perf_counter() - t, time.process_time() - cpu
            log, server_cpu = srv.take_log()
            assert r.records == n, r
            rows.append(_row(wall, cpu, server_cpu, r.requests, log, 1.0))
    finally:
        srv.close()
    needed = 1 + math.ceil(n / batch)
    return _summary(f"PubMed {n:,} records, batch {batch}, " + ("with key (10/s)" if key else "no key (3/s)"),
                    needed, rate, "1 s", rows)


def split_plan(n: int, batch: int, today: dt.date) -> int:
    """Requests the date-split fetch of the synthetic corpus takes: 1 esearch, the bisection's range searches, the
    planned efetch batches (the same pure planner, run over an in-memory search of the same dates)."""
    from evidence.sources.eutils import Search
    from evidence.sources.pubmed_split import EARLIEST, Part, plan_batches, split_by_date
    from tests.pubmed_app import synthetic_dates

    dates = synthetic_dates(n)
    asked = []

    def search(lo: dt.date, hi: dt.date) -> Part:
        asked.append((lo, hi))
        hits = tuple(str(i) for i, ds in enumerate(dates) if any(lo <= d <= hi for d in ds))
        return Part(lo, hi, Search(len(hits), "W", "1", hits))

    parts = split_by_date(search, EARLIEST, dt.date(today.year + 1, 12, 31), pm.RETRIEVAL_CAP, known_count=n)
    return 1 + len(asked) + len(plan_batches(parts, batch, n))


def run_pubmed_split(n: int, batch: int, runs: int) -> dict[str, object]:
    rate = pm.RATE_NO_KEY
    srv = Server("pubmed-split", n, batch, (int(rate), 1.0))
    rows = []
    try:
        for _ in range(runs):
            time.sleep(1.5)
            srv.mark()
            with tempfile.TemporaryDirectory() as d:
                client = pm.make_client(None)
                t, cpu = time.perf_counter(), time.process_time()
                r = pm.fetch_articles("ketamine[tiab] AND depress*[tiab]", Path(d), base_url=srv.url,
                                      email="bench@example.org", client=client, batch_size=batch)
                wall, cpu = time.perf_counter() - t, time.process_time() - cpu
            log, server_cpu = srv.take_log()
            assert r.records == n and r.parts > 1, r
            rows.append(_row(wall, cpu, server_cpu, r.requests, log, 1.0))
    finally:
        srv.close()
    needed = split_plan(n, batch, dt.datetime.now(dt.UTC).date())
    return _summary(f"PubMed {n:,} records (> 10,000: split by date), batch {batch}, no key (3/s)", needed, rate,
                    "1 s", rows)


def run_ctgov(n: int, runs: int, page: int = ct.MAX_PAGE_SIZE, per_minute: int = 50,
              rpm: float = ct.DEFAULT_REQUESTS_PER_MINUTE) -> dict[str, object]:
    srv = Server("ctgov", n, page, (per_minute, 60.0))
    rows = []
    try:
        for _ in range(runs):
            srv.mark()
            with tempfile.TemporaryDirectory() as d:
                client = ct.make_client(rpm)
                t, cpu = time.perf_counter(), time.process_time()
                r = ct.fetch_studies(CTGOV_PARAMS, Path(d), base_url=srv.url + "/api/v2", client=client,
                                     page_size=page)
                wall, cpu = time.perf_counter() - t, time.process_time() - cpu
            log, server_cpu = srv.take_log()
            assert r.records == n, r
            rows.append(_row(wall, cpu, server_cpu, r.requests, log, 60.0))
    finally:
        srv.close()
    needed = 1 + math.ceil(n / page)  # GET /version (the data release for the manifest), then one per page
    delay = getattr(ct, "CRAWL_DELAY", None)  # None: a checkout whose limiter spaced requests evenly at rpm
    own = rules_floor(needed, 60.0 / rpm if delay is None else min(delay, 60.0 / rpm), int(rpm) if delay else 1,
                      60.0 if delay else 60.0 / rpm)
    rules = f"{rpm:g}/min" + (f", {delay:g} s apart" if delay else " evenly")
    which = "default" if rpm == ct.DEFAULT_REQUESTS_PER_MINUTE else "set to"
    return _summary(f"CT.gov {n:,} studies, pageSize {page}, client {which} {rules}", needed, per_minute / 60.0,
                    "60 s", rows, own)


def _row(wall: float, cpu: float, server_cpu: float, requests: int, log: list[tuple[float, int, str]],
         window: float) -> dict[str, float]:
    """One run's numbers: the client's count and the server's view of the same run."""
    return {"wall": wall, "cpu": cpu, "server_cpu": server_cpu, "requests": requests, "server": len(log),
            "r429": sum(1 for _, status, _ in log if status == 429),
            "maxwin": max_in_window([t for t, _, _ in log], window)}


def rules_floor(n: int, gap: float, budget: int, window: float) -> float:
    """When the n-th request may start at the earliest under a client's own rules, kept exactly (no margin):
    `gap` seconds apart and at most `budget` in any `window` seconds."""
    t: list[float] = []
    for i in range(n):
        t.append(0.0 if i == 0 else max(t[-1] + gap, t[i - budget] + window if i >= budget else 0.0))
    return t[-1]


def _summary(name: str, needed: int, rate: float, window: str, rows: list[dict[str, float]],
             own: float | None = None) -> dict[str, object]:
    floor = needed / rate
    own = (needed - 1) / rate if own is None else own  # NCBI: evenly spaced at the allowed rate
    wall = statistics.median(r["wall"] for r in rows)
    return {"name": name, "needed": needed, "issued": statistics.median(r["requests"] for r in rows),
            "own": own, "own_ratio": wall / own if own else float("nan"),
            "server": max(r["server"] for r in rows), "r429": max(r["r429"] for r in rows),
            "maxwin": max(r["maxwin"] for r in rows), "window": window, "floor": floor, "wall": wall,
            "ratio": wall / floor, "cpu": statistics.median(r["cpu"] for r in rows),
            "server_cpu": statistics.median(r["server_cpu"] for r in rows),
            "walls": [round(r["wall"], 2) for r in rows]}


def machine() -> str:
    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    return (f"{os.cpu_count()} CPUs ({model}), Python {platform.python_version()}, {platform.system()} "
            f"{platform.release()}, load average at start {', '.join(f'{x:.2f}' for x in load)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pubmed-records", type=int, default=5000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--ctgov-studies", type=int, default=2000)
    ap.add_argument("--split-records", type=int, default=10_400,
                    help="PubMed records for the over-10,000 (date-split) scenario")
    ap.add_argument("--only", default="pubmed,key,split,ctgov",
                    help="comma-separated scenarios to run: pubmed (no key), key, split, ctgov, ctgov-long (600 "
                         "studies at pageSize 10: 61 requests, past the per-minute budget; ~2 min per run)")
    ap.add_argument("--no-prebuild", action="store_true",
                    help="let the server build each efetch batch per request (as before), to see its CPU cost")
    ap.add_argument("--ctgov-rpm", type=float, default=ct.DEFAULT_REQUESTS_PER_MINUTE,
                    help="the CT.gov client's requests per minute (default: the library's default)")
    ap.add_argument("--code", metavar="DIR", help="import the evidence package from this checkout instead")
    a = ap.parse_args()
    only = set(a.only.split(","))
    Server.prebuild = not a.no_prebuild
    print(f"machine: {machine()}")
    print(f"client code: {Path(pm.__file__).resolve().parent.parent}")
    results: list[dict[str, Any]] = []
    if "pubmed" in only:
        results.append(run_pubmed(a.pubmed_records, a.batch, a.runs, None))
    if "key" in only:
        results.append(run_pubmed(a.pubmed_records, a.batch, a.runs, "bench-key-not-secret"))
    if "split" in only:
        results.append(run_pubmed_split(a.split_records, a.batch, a.runs))
    if "ctgov" in only:
        results.append(run_ctgov(a.ctgov_studies, a.runs, rpm=a.ctgov_rpm))
    if "ctgov-long" in only:
        results.append(run_ctgov(600, a.runs, page=10, rpm=a.ctgov_rpm))
    print()
    print("| scenario | requests needed | issued (median) | seen by server (max) | 429s | max per window | "
          "floor | wall (median) | wall / floor | client's own floor | wall / own floor | client CPU (median) | "
          "server CPU (median) | runs (s) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['name']} | {r['needed']} | {r['issued']:.0f} | {r['server']} | {r['r429']} | "
              f"{r['maxwin']} / {r['window']} | {r['floor']:.2f} s | {r['wall']:.2f} s | **{r['ratio']:.2f}x** | "
              f"{r['own']:.2f} s | {r['own_ratio']:.2f}x | "
              f"{r['cpu']:.2f} s | {r['server_cpu']:.2f} s | "
              f"{', '.join(map(str, r['walls']))} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
