"""Refresh panel: run the fetchers and the build with a progress bar; on failure say why and keep the snapshot."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import streamlit as st

from evidence.errors import EvidenceError
from evidence.profile import ProfileError, load_profile
from evidence.refresh import RefreshError, refresh
from evidence.settings import Settings
from evidence.sources import clinicaltrials, pubmed

log = logging.getLogger(__name__)
SOURCES = {"ClinicalTrials.gov": "ctgov", "PubMed": "pubmed"}
RUN_DEADLINE = 3600.0  # seconds a refresh may fetch per source: the page and the fetch lock are not held for hours


def show_error(label: str, detail: str) -> None:
    """An error box with our own words, then the service's text as plain text: an error body may hold Markdown or
    an image link, which must be shown, never rendered or fetched."""
    st.error(label)
    st.text(detail)


class FetchLog(logging.Handler):
    """Shows the fetchers' retry messages ("attempt 1/3 failed ...; retrying in 2.0s") and waits in the progress box
    while a refresh runs: a reader sees why it takes long instead of a frozen "starting"."""

    def __init__(self, show: Callable[[str], object], keep: int = 6) -> None:
        super().__init__(logging.INFO)
        self.show, self.keep = show, keep
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.WARNING:
            self.add(record.getMessage())

    def add(self, line: str) -> None:
        """Add one line (the last few are shown)."""
        self.lines = [*self.lines, line][-self.keep:]
        self.show("\n".join(self.lines))


def waiting_sleep(report: Callable[[str], None], sleep: Callable[[float], None] = time.sleep,
                  step: float = 0.5) -> Callable[[float], None]:
    """A sleep for the fetch clients that says how long it waits (when it is more than a second) and waits in short
    steps, so each step is a point where Streamlit can stop the run when the reader clicks Cancel."""
    def wait(seconds: float) -> None:
        if seconds > 1.0:
            report(f"waiting {seconds:.0f} s before the next request (service limit or retry back-off)")
        left = seconds
        while left > 0:
            sleep(min(step, left))
            left -= step
            if left > 0 and seconds > 1.0:
                report(f"waiting: {max(left, 0):.0f} s left")
    return wait


def render(settings: Settings) -> None:
    """Draw the refresh controls; a click fetches, rebuilds and reruns on the new snapshot."""
    st.caption(f"Fetches the profile '{settings.profile}' from ClinicalTrials.gov ({settings.ctgov_base_url}) and "
               f"PubMed ({settings.pubmed_base_url}), then rebuilds the tables. If anything fails, the current "
               "snapshot stays as it is.")
    picked = st.multiselect("Sources to refresh", list(SOURCES), default=list(SOURCES), key="refresh_sources")
    max_n = st.number_input("At most this many records per source (0 = all)", min_value=0, value=0, step=100,
                            key="refresh_max")
    if st.session_state.pop("refresh_running", False):  # the last run was stopped by Cancel (or left the page)
        st.info("The last refresh was cancelled; the snapshot is unchanged. A new refresh resumes what was fetched.")
    if not st.button("Refresh data now", key="refresh", disabled=not picked, type="primary"):
        return
    st.session_state["refresh_running"] = True
    with st.status("Refreshing the snapshot…", expanded=True) as status:
        st.button("Cancel", key="refresh_cancel", help="Stop the refresh; the current snapshot stays as it is.")
        bar = st.progress(0.0, text="starting")
        box = st.empty()
        fetch_log = FetchLog(lambda text: box.text(text))
        sleep = waiting_sleep(fetch_log.add)

        def progress(stage: str, done: int, total: int | None) -> None:
            frac = min(done / total, 1.0) if total else 0.0
            bar.progress(frac, text=f"{stage}: {done} of {total if total else '?'}")

        fetch_logger = logging.getLogger("evidence")
        fetch_logger.addHandler(fetch_log)
        try:
            profile = load_profile(settings.data_dir, settings.profile)
            report = refresh(settings, profile, [SOURCES[p] for p in picked], progress=progress,
                             max_records=int(max_n) or None,
                             ctgov_client=clinicaltrials.make_client(contact=settings.ncbi_email,
                                                                     run_deadline=RUN_DEADLINE, sleep=sleep),
                             pubmed_client=pubmed.make_client(settings.ncbi_api_key, contact=settings.ncbi_email,
                                                              run_deadline=RUN_DEADLINE, sleep=sleep))
        except (RefreshError, ProfileError, EvidenceError) as exc:
            st.session_state.pop("refresh_running", None)
            status.update(label="Refresh failed: the previous snapshot is kept", state="error")
            show_error("Refresh failed, previous snapshot kept. What went wrong:", str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - the app must show any failure as a message, never a traceback
            st.session_state.pop("refresh_running", None)
            log.exception("refresh failed")
            status.update(label="Refresh failed: the previous snapshot is kept", state="error")
            show_error(f"Refresh failed, previous snapshot kept. Unexpected error ({type(exc).__name__}):", str(exc))
            return
        finally:
            fetch_logger.removeHandler(fetch_log)
        st.session_state.pop("refresh_running", None)
        bar.progress(1.0, text="done")
        fetched = "; ".join(f"{k}: {r.records} records in {r.requests} requests" for k, r in report.fetched.items())
        counts = report.build.counts if report.build else {}
        status.update(label="Refresh complete", state="complete")
    st.session_state["refresh_message"] = f"Refreshed: fetched {fetched or 'nothing'}; new tables {counts}."
    st.rerun()
