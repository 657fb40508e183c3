"""A thread-safe client-side rate limiter with an injectable clock and sleep (shared by requests and retries)."""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable

Clock = Callable[[], float]
Sleep = Callable[[float], None]


class RateLimiter:
    """Keeps every window of `per` seconds to at most `rate` requests (plus a 10 % margin for network jitter).

    Without `min_gap`, requests are spaced evenly, 1/rate apart: NCBI's "3 requests/second" is enforced over short
    windows, so a burst is never safe there. With `min_gap` (a service that counts per minute and asks for a
    crawl delay, like ClinicalTrials.gov), requests go out `min_gap` apart until the window's budget of `rate` is
    spent, then wait for the oldest to leave the window: a short run is not padded to the long-run rate, and no
    window ever holds more than `rate`. A slot is claimed only when its caller is actually released, so a thread
    that wakes late pushes the next slot later instead of letting two requests bunch up. The clock and sleep are
    seams so tests need not wait.
    """

    def __init__(
        self,
        rate: float,
        per: float = 1.0,
        margin: float = 0.10,
        clock: Clock = time.monotonic,
        sleep: Sleep = time.sleep,
        min_gap: float | None = None,
    ) -> None:
        if rate <= 0 or per <= 0 or (min_gap is not None and min_gap < 0):
            raise ValueError("rate and per must be positive, min_gap not negative")
        spacing = per / rate if min_gap is None else min(min_gap, per / rate)
        self.interval = spacing * (1.0 + margin)  # the least time between two requests
        self.budget = None if min_gap is None else max(1, int(rate))  # requests allowed per window
        # the window the budget is counted over, stretched like the spacing so the long-run rate stays `rate`
        self.window = (self.budget or 1) * per / rate * (1.0 + margin)
        self.clock = clock
        self.sleep = sleep
        self._lock = threading.Lock()
        self._next = float("-inf")
        self._recent: collections.deque[float] = collections.deque(maxlen=self.budget or 1)
        self.acquired = 0

    def acquire(self) -> float:
        """Block until the next request may go out; returns the seconds waited."""
        waited = 0.0
        while True:
            with self._lock:
                now = self.clock()
                start = self._next
                if self.budget is not None and len(self._recent) == self.budget:
                    start = max(start, self._recent[0] + self.window)  # the oldest must leave the window first
                wait = start - now
                if wait <= 0:
                    self._next = now + self.interval
                    self._recent.append(now)
                    self.acquired += 1
                    return waited
            self.sleep(wait)
            waited += wait

    def penalise(self, seconds: float) -> None:
        """Push the next slot out, e.g. after a 429, so every thread backs off together."""
        with self._lock:
            self._next = max(self._next, self.clock() + seconds)
