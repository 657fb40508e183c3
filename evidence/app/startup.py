"""Server start-up: draw the first page once, in the background, before anyone connects; then load the other views.

Streamlit runs the page script only when a browser session connects, so the first visitor used to wait for the
imports (pandas, pyarrow, the evidence package: about 1 s), the snapshot read and the first figures. The start-up
hook runs the script once in a session with no browser (Streamlit's own script check), which fills the module and
cache state every later session shares; it overlaps with the browser loading the frontend. It stays light: only
the standard library and streamlit are imported here, so the server answers /_stcore/health as early as before.

The other tabs' modules (and evidence.analysis: scipy and statsmodels) are imported on first use so the first page
does not wait for them, which made the first click on Response cost 1.6 s of imports. A few seconds after the
warm-up, when the first visitor's page is drawn, a background thread imports them and computes the unfiltered
view's analyses (forest, rates, risk ratios, adverse events, onset) under the keys a session reads.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from streamlit.logger import get_logger

log = get_logger(__name__)  # Streamlit's handler and level (logger.level), so the line shows in the server log


async def warm_up() -> bool:
    """Run the page script once in a session with no browser; True when it ran without an error."""
    from streamlit import runtime

    if not runtime.exists():
        return False
    t = time.perf_counter()
    try:
        ok, msg = await runtime.get_instance().does_script_run_without_error()
    except Exception:  # a failed warm-up must never stop the server: the first visitor just waits longer
        log.exception("dashboard warm-up failed")
        return False
    log.log(logging.INFO if ok else logging.WARNING, "dashboard warm-up script run: %s in %.2f s", msg,
            time.perf_counter() - t)
    return bool(ok)


VIEWS = ("evidence.analysis", "evidence.app.onset", "evidence.app.response", "evidence.app.side_effects",
         "evidence.app.claims", "evidence.app.explorer", "evidence.app.downloads", "evidence.app.refresh",
         "evidence.app.changes", "evidence.app.extraction_check")
PRELOAD_AFTER_S = 5.0  # after the warm-up: the first visitor's page is drawn by then (cold start ~6 s here)


def _import_views() -> None:
    for name in VIEWS:
        importlib.import_module(name)
    _warm_default_analyses()


def _warm_default_analyses() -> None:
    """The unfiltered view's analyses (forest, rates, risk ratios, AEs, onset), so the first click on a tab finds
    them computed; under the same cache keys a session uses (evidence.app.data)."""
    from evidence.app.data import Analysed, manifest_key
    from evidence.app.state import VIEW_DEFAULTS
    from evidence.filters import Filters
    from evidence.settings import Settings

    settings = Settings.from_env()
    a = Analysed(str(settings.data_dir), manifest_key(settings.data_dir), (), VIEW_DEFAULTS["method"], Filters())
    if a.empty:
        return
    a.forest(VIEW_DEFAULTS["outcome"], VIEW_DEFAULTS["window"])
    a.inputs(VIEW_DEFAULTS["outcome"], VIEW_DEFAULTS["window"])
    a.rr(VIEW_DEFAULTS["outcome"])
    a.arm_rows(VIEW_DEFAULTS["outcome"])
    for name in ("rates", "ae", "ae_serious", "onset", "onset_stats", "names", "crossover"):
        getattr(a, name)


async def preload_views(delay: float = PRELOAD_AFTER_S) -> bool:
    """Import the other tabs' modules in a thread, `delay` seconds from now; True when all imported."""
    await asyncio.sleep(delay)
    t = time.perf_counter()
    try:
        await asyncio.to_thread(_import_views)
    except Exception:  # an import error shows up (with its traceback) when the tab is opened; the server carries on
        log.exception("dashboard view preload failed")
        return False
    log.info("dashboard views preloaded in %.2f s", time.perf_counter() - t)
    return True


async def start_up() -> None:
    """The warm-up, then the preload."""
    await warm_up()
    await preload_views()


@asynccontextmanager
async def lifespan(app: object) -> AsyncIterator[None]:
    """st.App start-up hook: start the warm-up and preload without delaying the server, cancel them on shutdown."""
    task = asyncio.get_running_loop().create_task(start_up(), name="dashboard-warm-up")
    try:
        yield None
    finally:
        task.cancel()
