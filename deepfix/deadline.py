"""One deadline per request: every database read a request makes shares it.

A request (``spider ask``, one ``/api/ask`` of ``deepfix serve``) gets a :class:`Deadline` when it
arrives; value linking, value filling for every beam candidate and the query itself each stop at
that same moment, so a request ends within its limit however many reads it makes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Deadline:
    at: float  # a time.monotonic() value

    @classmethod
    def after(cls, seconds: float) -> "Deadline":
        return cls(time.monotonic() + seconds)

    def remaining(self) -> float:
        """Seconds left (0.0 once passed)."""
        return max(0.0, self.at - time.monotonic())

    def passed(self) -> bool:
        return time.monotonic() >= self.at

    def within(self, seconds: float) -> "Deadline":
        """The earlier of this deadline and ``seconds`` from now (a read's own limit inside the request's)."""
        return Deadline(min(self.at, time.monotonic() + seconds))


def limit(seconds: float, deadline: Deadline | None) -> Deadline:
    """``seconds`` from now, or earlier when the request's ``deadline`` comes first."""
    return deadline.within(seconds) if deadline is not None else Deadline.after(seconds)
