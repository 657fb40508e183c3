"""The CLI's side of the progress seam: a tqdm bar on stderr."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from tqdm import tqdm

from evidence.progress import Progress


@contextmanager
def tqdm_progress(desc: str) -> Iterator[Progress]:
    """Yield a progress callback that drives one tqdm bar (total set as soon as it is known)."""
    bar = tqdm(desc=desc, unit="", leave=False, dynamic_ncols=True)
    try:
        def report(stage: str, done: int, total: int | None) -> None:
            if total is not None and bar.total != total:
                bar.total = total
            bar.set_postfix_str(stage, refresh=False)
            bar.n = done
            bar.refresh()

        yield report
    finally:
        bar.close()
