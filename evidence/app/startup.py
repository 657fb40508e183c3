"""Server start-up: draw the first page once, in the background, before anyone connects.

Streamlit runs the page script only when a browser session connects, so the first visitor used to wait for the
imports (pandas, pyarrow, the evidence package: about 1 s), the snapshot read and the first figures. The start-up
hook runs the script once in a session with no browser (Streamlit's own script check), which fills the module and
cache state every later session shares; it overlaps with the browser loading the frontend. It stays light: only
the standard library and streamlit are imported here, so the server answers /_stcore/health as early as before.
"""

from __future__ import annotations

import asyncio
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


@asynccontextmanager
async def lifespan(app: object) -> AsyncIterator[None]:
    """st.App start-up hook: start the warm-up without delaying the server, cancel it on shutdown."""
    task = asyncio.get_running_loop().create_task(warm_up(), name="dashboard-warm-up")
    try:
        yield None
    finally:
        task.cancel()
