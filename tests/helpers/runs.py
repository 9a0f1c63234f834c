"""Helpers for training-loop tests: run the example task in-process or as a subprocess."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import torch
from safetensors.torch import load_file

from deepfix.train.config import load_config
from deepfix.train.loop import train

from .example_task import ExampleConfig, ExampleTask

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).resolve().parent / "example_task.py"


def example_config(run_dir, *overrides: str) -> ExampleConfig:
    base = [f"train.run_dir={run_dir}", "train.progress=false", "train.batch_size=8", "train.lr=1e-2"]
    return load_config(ExampleConfig, None, base + list(overrides))


@contextlib.contextmanager
def single_thread():
    """Exact float reproducibility across processes: one intra-op thread, as the subprocesses use."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


def run_example(run_dir, *overrides: str, resume: bool = False) -> dict:
    config = example_config(run_dir, *overrides)
    with single_thread():
        return train(ExampleTask(config), config, resume=resume)


def run_script(run_dir, *overrides: str, env: dict | None = None, launcher: list[str] | None = None,
               timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the example task in a fresh process (optionally under a launcher such as torchrun)."""
    args = [f"train.run_dir={run_dir}", "train.progress=false", "train.batch_size=8", "train.lr=1e-2", *overrides]
    full_env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT), **(env or {})}
    command = [*(launcher or [sys.executable]), str(SCRIPT), *args]
    return subprocess.run(command, cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=timeout)


def train_losses(run_dir) -> list[tuple[int, float]]:
    lines = (Path(run_dir) / "metrics.jsonl").read_text().splitlines()
    return [(r["step"], r["loss"]) for r in map(json.loads, lines) if r["event"] == "train"]


def final_weights(run_dir) -> dict[str, torch.Tensor]:
    root = Path(run_dir) / "checkpoints"
    name = (root / "latest").read_text().strip()
    return load_file(str(root / name / "model.safetensors"))
