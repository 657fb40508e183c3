"""Timepoint windows: which reported timepoints count as 'the same time after dosing' when pooling.

Ketamine reviews and meta-analyses report rates at a few conventional times after a dose: the acute hours
(40 min to 4–6 h post infusion/spray), 24 h, days 2–7 (day 3 and day 7 are the usual visits), the
2-3 week visits of repeated-dose courses, days 21–42 (the esketamine trials' day 28, the 3-6 week endpoints of
serial infusion or oral courses), and maintenance beyond 6 weeks. Windows are half-open [lo, hi) in hours,
except the last, which is open-ended. A study contributes at most one timepoint per arm per window: the
one closest to the window's anchor (its conventional visit), the earlier one on a tie.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Window:
    """A timepoint window [lo_hours, hi_hours) with the conventional visit it is anchored on."""

    key: str
    label: str
    lo_hours: float
    hi_hours: float
    anchor_hours: float

    def contains(self, hours: float) -> bool:
        """Whether a timepoint in hours falls in this window."""
        return self.lo_hours <= hours < self.hi_hours

    def span(self) -> str:
        """Readable range for headers and tables."""
        hi = "" if math.isinf(self.hi_hours) else f"{self.hi_hours:g}"
        return f"[{self.lo_hours:g}, {hi or 'inf'}) h"


WINDOWS: tuple[Window, ...] = (
    Window("acute", "acute (≤12 h; usually 2–6 h)", 0.0, 12.0, 4.0),
    Window("24h", "24 h (12–48 h)", 12.0, 48.0, 24.0),
    Window("d2_7", "days 2–7", 48.0, 192.0, 168.0),
    Window("d8_20", "days 8–20", 192.0, 504.0, 336.0),
    Window("d21_42", "days 21–42 (week 3–6)", 504.0, 1008.0, 672.0),
    Window("gt6w", "beyond 6 weeks", 1008.0, math.inf, 1344.0),
)
WINDOW_KEYS: tuple[str, ...] = tuple(w.key for w in WINDOWS)
NO_WINDOW = "no_timepoint"


def window_of(hours: float | None) -> str:
    """Key of the window a timepoint falls in, or NO_WINDOW when the timepoint is missing or negative."""
    if hours is None or (isinstance(hours, float) and math.isnan(hours)):
        return NO_WINDOW
    try:
        h = float(hours)
    except (TypeError, ValueError):
        return NO_WINDOW
    if math.isnan(h):
        return NO_WINDOW
    for w in WINDOWS:
        if w.contains(h):
            return w.key
    return NO_WINDOW


def get_window(key: str) -> Window:
    """The Window for a key; ValueError names the known keys."""
    for w in WINDOWS:
        if w.key == key:
            return w
    raise ValueError(f"unknown window {key!r}; known: {list(WINDOW_KEYS)}")


def describe_windows() -> str:
    """One line listing every window, for export headers."""
    return "; ".join(f"{w.key} = {w.label} {w.span()}" for w in WINDOWS)
