"""The serving limits, and a per-client request-rate limiter."""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    upload_bytes: int = 20 * 1024 * 1024  # largest uploaded sqlite file
    question_chars: int = 300             # longest question
    requests_per_minute: int = 60         # per client address, over every API call
    query_seconds: float = 5.0            # per SQL query (sqlite progress handler)
    rows: int = 100                       # rows of a result sent to the page
    uploads: int = 20                     # uploaded databases kept (oldest removed first)


class RateLimiter:
    """At most ``per_minute`` calls per key in any 60 s window (sliding window of call times)."""

    def __init__(self, per_minute: int, clock=time.monotonic):
        self.per_minute = per_minute
        self.clock = clock
        self._calls: dict[str, deque] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = self.clock()
        with self._lock:
            calls = self._calls.setdefault(key, deque())
            while calls and now - calls[0] >= 60.0:
                calls.popleft()
            if len(calls) >= self.per_minute:
                return False
            calls.append(now)
            return True
