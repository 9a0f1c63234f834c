"""One seed for every random number generator, and their states for exact resume.

``seed_everything(seed)`` seeds Python's ``random``, NumPy's global generator and PyTorch (CPU and
every CUDA device). ``rng_state()`` / ``set_rng_state()`` capture and restore all of them, so a
checkpoint continues the same random streams (dropout masks, task-side shuffles).
"""

from __future__ import annotations

import contextlib
import random
from typing import Any, Iterator

import numpy as np
import torch


def seed_everything(seed: int) -> None:
    """Seed python ``random``, numpy and torch (CPU + all CUDA devices) from one integer."""
    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)  # also seeds every CUDA device


def rng_state() -> dict[str, Any]:
    """Every generator's state: python (tuple), numpy (tuple with an array), torch (byte tensors)."""
    state: dict[str, Any] = {
        "python": random.getstate(),
        "numpy": np.random.get_state(),
        "torch": torch.get_rng_state(),
    }
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def set_rng_state(state: dict[str, Any]) -> None:
    """Restore the states captured by :func:`rng_state` (after a round trip through a checkpoint)."""
    version, internal, gauss = state["python"]
    random.setstate((version, tuple(internal), gauss))
    name, keys, pos, has_gauss, cached = state["numpy"]
    np.random.set_state((name, np.asarray(keys, dtype=np.uint32), int(pos), int(has_gauss), float(cached)))
    torch.set_rng_state(state["torch"].to(torch.uint8).cpu())
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all([s.to(torch.uint8).cpu() for s in state["cuda"]])


@contextlib.contextmanager
def preserved_rng() -> Iterator[None]:
    """Run a block (e.g. evaluation) without advancing the training run's random streams.

    With it, how often a run evaluates does not change its training losses.
    """
    saved = rng_state()
    try:
        yield
    finally:
        set_rng_state(saved)
