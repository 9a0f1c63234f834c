"""Benchmark: MultiHeadAttention at an earlier commit vs the checkout, forward + backward.

Measures the effect of a change to ``deepfix/nn/attention.py``: the file at ``--before`` (a git
revision; default ee5d950, the core as first landed) is loaded from ``git show`` as a separate
module, next to the checkout's. Both run the same step as benchmarks/relation_attention.py
(batch 16, d 256, 8 heads, padding mask, forward + backward of one attention layer, float32),
relation-aware (50 relation types) and vanilla, at n = 128, 256.

Time: interleaved rounds in this process, median and min/max. Peak memory: a fresh subprocess per
(version, setting), peak RSS increase over a warm baseline with MALLOC_MMAP_THRESHOLD_=131072
(method as in benchmarks/relation_attention.py).

Run: OMP_NUM_THREADS=1 nice -n -5 python benchmarks/attention_before_after.py > results/benchmarks/attention_before_after.json
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import torch

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from deepfix.machine import Machine  # noqa: E402

from deepfix.nn import attention as current_attention  # noqa: E402


def load_revision(revision: str):
    """deepfix/nn/attention.py at ``revision`` as a stand-alone module."""
    source = subprocess.run(["git", "show", f"{revision}:deepfix/nn/attention.py"], cwd=REPO_ROOT,
                            capture_output=True, text=True, check=True).stdout
    source = source.replace("from ..errors import", "from deepfix.errors import")
    path = Path(tempfile.gettempdir()) / f"deepfix_attention_{revision}.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location(f"deepfix_attention_{revision}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(module, n: int, relations: int):
    torch.manual_seed(0)
    attention = module.MultiHeadAttention(256, 8, relations)
    generator = torch.Generator().manual_seed(0)
    x = torch.randn(16, n, 256, generator=generator).requires_grad_(True)  # (B, n, d)
    lengths = torch.randint(n // 2, n + 1, (16,), generator=generator)
    padding_mask = torch.arange(n)[None, :] >= lengths[:, None]  # (B, n), True = pad
    relation_ids = torch.randint(0, relations, (16, n, n), generator=generator) if relations else None
    weights = torch.randn(16, n, 256, generator=generator)  # (B, n, d)
    return attention, x, padding_mask, relation_ids, weights


def step(attention, x, padding_mask, relation_ids, weights) -> None:
    (attention(x, padding_mask, relation_ids) * weights).sum().backward()
    attention.zero_grad(set_to_none=True)
    x.grad = None


def _status_kib(field: str) -> int:
    return int(re.search(rf"{field}:\s+(\d+) kB", Path("/proc/self/status").read_text()).group(1))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="ee5d950")
    parser.add_argument("--sizes", type=int, nargs="+", default=[128, 256])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--worker", nargs=3, metavar=("VERSION", "N", "RELATIONS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    modules = {"before": load_revision(args.before), "after": current_attention}
    if args.worker:
        version, n, relations = args.worker[0], int(args.worker[1]), int(args.worker[2])
        step(*build(modules[version], 16, relations))
        inputs = build(modules[version], n, relations)
        Path("/proc/self/clear_refs").write_text("5")
        baseline = _status_kib("VmRSS")
        step(*inputs)
        print((_status_kib("VmHWM") - baseline) * 1024)
        return 0

    machine = Machine()
    env = {**os.environ, "MALLOC_MMAP_THRESHOLD_": str(128 * 1024), "OMP_NUM_THREADS": "1"}
    rows = []
    for relations in (50, 0):
        for n in args.sizes:
            inputs = {version: build(module, n, relations) for version, module in modules.items()}
            for version in inputs:
                step(*inputs[version])
            times: dict[str, list[float]] = {version: [] for version in inputs}
            for _ in range(args.repeats):
                for version in inputs:
                    started = time.perf_counter()
                    step(*inputs[version])
                    times[version].append(time.perf_counter() - started)
            peaks = {}
            for version in inputs:
                command = [sys.executable, __file__, "--before", args.before, "--worker", version, str(n), str(relations)]
                peaks[version] = int(subprocess.run(command, env=env, capture_output=True, text=True,
                                                    check=True).stdout.split()[-1])
            rows.append({
                "attention": "relation" if relations else "vanilla", "n": n,
                "speedup": statistics.median(times["before"]) / statistics.median(times["after"]),
                "memory_ratio": peaks["before"] / peaks["after"],
                "time_s": {v: {"median": statistics.median(t), "min": min(t), "max": max(t)} for v, t in times.items()},
                "peak_bytes": peaks,
            })
            print(f"{rows[-1]['attention']} n={n}: speedup {rows[-1]['speedup']:.2f}, "
                  f"memory ratio {rows[-1]['memory_ratio']:.2f}", file=sys.stderr, flush=True)
    print(json.dumps({
        "before": args.before, "after": "checkout", "rows": rows,
        "machine": machine.record(),
        "command": "OMP_NUM_THREADS=1 nice -n -5 python benchmarks/attention_before_after.py " + " ".join(
            argv if argv is not None else sys.argv[1:]),
    }, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
