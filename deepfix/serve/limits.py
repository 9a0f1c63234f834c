"""The serving limits, and a per-client request-rate limiter whose memory is bounded."""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    upload_bytes: int = 20 * 1024 * 1024  # largest uploaded sqlite file
    question_chars: int = 300             # longest question
    body_bytes: int = 16 * 1024           # largest JSON request body (a question of 300 characters is < 2 KiB)
    requests_per_minute: int = 60         # per client address, over every API call
    clients: int = 10_000                 # client addresses tracked by the rate limit at once
    query_seconds: float = 5.0            # per request: every database read of one ask ends by then
    rows: int = 100                       # rows of a result sent to the page
    uploads: int = 20                     # uploaded databases kept (oldest removed first)


class RateLimiter:
    """At most ``per_minute`` calls per key in any 60 s window (sliding window of call times).

    A key whose calls are all older than the window is forgotten, so memory follows the clients
    of the last minute; past ``max_keys`` of them a new key is refused until older ones expire
    (each address costs ~1 KB: 10,000 keys stay near 10 MB).
    """

    WINDOW = 60.0

    def __init__(self, per_minute: int, clock=time.monotonic, max_keys: int = 10_000):
        self.per_minute = per_minute
        self.clock = clock
        self.max_keys = max_keys
        self._calls: dict[str, deque] = {}
        self._lock = threading.Lock()
        self._next_sweep = 0.0

    def _sweep(self, now: float) -> None:
        """Forget every key with no call inside the window (at most once a second, O(keys))."""
        if now < self._next_sweep:
            return
        self._next_sweep = now + 1.0
        for key in [k for k, calls in self._calls.items() if now - calls[-1] >= self.WINDOW]:
            del self._calls[key]

    def allow(self, key: str) -> bool:
        now = self.clock()
        with self._lock:
            self._sweep(now)
            calls = self._calls.get(key)
            if calls is None:
                if len(self._calls) >= self.max_keys:
                    return False
                calls = self._calls[key] = deque()
            while calls and now - calls[0] >= self.WINDOW:
                calls.popleft()
            if len(calls) >= self.per_minute:
                return False
            calls.append(now)
            return True

    def __len__(self) -> int:
        return len(self._calls)
