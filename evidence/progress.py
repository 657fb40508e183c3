"""The progress seam: the library reports through a callback; the CLI draws a bar, the app st.progress."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """Called as work advances: stage name, units done, total units (None when unknown)."""

    def __call__(self, stage: str, done: int, total: int | None) -> None: ...


def no_progress(stage: str, done: int, total: int | None) -> None:
    """The default callback: report nothing."""
