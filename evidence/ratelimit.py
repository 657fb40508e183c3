"""A thread-safe client-side rate limiter with an injectable clock and sleep (shared by requests and retries)."""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable

Clock = Callable[[], float]
Sleep = Callable[[float], None]


class RateLimiter:
    """Keeps every window of `per` seconds, as the service counts arrivals, to at most `rate` requests.

    Two rules. Requests start at least `interval` apart: 1/rate (NCBI's "3 per second" is enforced over short
    windows, so no burst), or `min_gap` plus a 10 % margin for a service that counts per minute and asks for a crawl
    delay (ClinicalTrials.gov), so a short run is not padded to the long-run rate. And a request starts only once
    the one `rate` places before it has left the window: the service saw that one no later than its answer reached
    us, so the window is counted from when the caller reported it done(), which no network or scheduling jitter can
    undercut (a request still unanswered is assumed to arrive within `margin` x `per` of its start).
    A slot is claimed only when its caller is actually released, so a thread that wakes late pushes the next slot
    later instead of letting requests bunch up. The clock and sleep are seams so tests need not wait.
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
        if rate <= 0 or per <= 0 or margin < 0 or (min_gap is not None and min_gap < 0):
            raise ValueError("rate and per must be positive, margin and min_gap not negative")
        self.interval = per / rate if min_gap is None else min(min_gap * (1.0 + margin), per / rate)
        self.budget = max(1, int(rate))  # requests allowed in one window
        self.window = self.budget * per / rate  # == per for a whole rate; keeps a fractional rate's long-run rate
        self.jitter = margin * per  # how late a request never reported done may have reached the service
        self.clock = clock
        self.sleep = sleep
        self._lock = threading.Lock()
        self._next = float("-inf")
        self._slots: collections.deque[list[float]] = collections.deque(maxlen=self.budget)  # [start, seen-by]
        self._mine = threading.local()
        self.acquired = 0

    def acquire(self) -> float:
        """Block until the next request may go out; returns the seconds waited."""
        waited = 0.0
        while True:
            with self._lock:
                now = self.clock()
                start = self._next
                if len(self._slots) == self.budget:
                    start = max(start, self._slots[0][1] + self.window)  # the oldest must leave the window first
                wait = start - now
                if wait <= 0:
                    self._next = now + self.interval
                    slot = [now, now + self.jitter]
                    self._slots.append(slot)
                    self._mine.slot = slot
                    self.acquired += 1
                    return waited
            self.sleep(wait)
            waited += wait

    def done(self) -> None:
        """The calling thread's last request was answered (or failed): the service has seen it by now."""
        slot = getattr(self._mine, "slot", None)
        if slot is not None:
            with self._lock:
                slot[1] = max(slot[0], self.clock())
            self._mine.slot = None

    def penalise(self, seconds: float) -> None:
        """Push the next slot out, e.g. after a 429, so every thread backs off together."""
        with self._lock:
            self._next = max(self._next, self.clock() + seconds)
