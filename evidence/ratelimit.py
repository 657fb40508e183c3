"""A thread-safe client-side rate limiter with an injectable clock and sleep (shared by requests and retries)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

Clock = Callable[[], float]
Sleep = Callable[[float], None]


class RateLimiter:
    """Spaces requests at least 1/rate seconds apart (plus a 10 % margin for network jitter), across threads.

    Even spacing guarantees no sliding window of `per` seconds ever holds more than `rate` requests, which is
    how NCBI and CT.gov count. A slot is claimed only when its caller is actually released, so a thread that
    wakes late pushes the next slot later instead of letting two requests bunch up. The clock and sleep are
    seams so tests need not wait.
    """

    def __init__(
        self,
        rate: float,
        per: float = 1.0,
        margin: float = 0.10,
        clock: Clock = time.monotonic,
        sleep: Sleep = time.sleep,
    ) -> None:
        if rate <= 0 or per <= 0:
            raise ValueError("rate and per must be positive")
        self.interval = per / rate * (1.0 + margin)
        self.clock = clock
        self.sleep = sleep
        self._lock = threading.Lock()
        self._next = float("-inf")
        self.acquired = 0

    def acquire(self) -> float:
        """Block until the next request may go out; returns the seconds waited."""
        waited = 0.0
        while True:
            with self._lock:
                now = self.clock()
                wait = self._next - now
                if wait <= 0:
                    self._next = now + self.interval
                    self.acquired += 1
                    return waited
            self.sleep(wait)
            waited += wait

    def penalise(self, seconds: float) -> None:
        """Push the next slot out, e.g. after a 429, so every thread backs off together."""
        with self._lock:
            self._next = max(self._next, self.clock() + seconds)
