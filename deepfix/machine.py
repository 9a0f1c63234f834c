"""What a measurement ran on, read at run time: one record for every benchmark and study.

    machine = Machine()          # load average read now
    ...                          # the measurement
    record["machine"] = machine.record()   # + the load average read now

The record holds the platform, CPU model and count, torch version and thread count, and the load
average before and after, so a figure is never labelled by a fixed string ("shared with ~6 jobs").
"""

from __future__ import annotations

import os
import platform
from pathlib import Path

import torch


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo (the processor's architecture where it cannot be read)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.machine()


class Machine:
    """The machine's state at the start of a measurement; :meth:`record` adds the state at its end."""

    def __init__(self) -> None:
        self.load_before = list(os.getloadavg())

    def record(self) -> dict:
        return {"platform": platform.platform(), "cpu": cpu_model(), "cpu_count": os.cpu_count(),
                "torch": torch.__version__, "torch_threads": torch.get_num_threads(),
                "load_average_before": self.load_before, "load_average_after": list(os.getloadavg())}
