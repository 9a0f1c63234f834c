"""Benchmark: naive vs factored vs row-chunked relation-aware self-attention, forward + backward.

Implementations (same parameters, same outputs):

* ``naive``: :func:`deepfix.nn.naive_relation_attention`, which materialises r^k_ij and r^v_ij as
  (B, n, n, d_head) tensors, as RAT-SQL does;
* ``factored``: :class:`deepfix.nn.MultiHeadAttention` with ``chunk_rows=0``, which gathers q·E_k^T
  from an (n, R) table and scatter-adds α by relation type before one matmul with E_v (never an n×n×d
  tensor, but the (B, H, n, n) scores and probabilities of all rows at once);
* ``chunked``: the same factored terms through ``ChunkedRelationAttention`` (``chunk_rows`` =
  ``--chunk-rows``, default :data:`deepfix.nn.attention.CHUNK_ROWS`): query rows in blocks, each block's
  (B, H, rows, n) scores recomputed in the backward, at every n (whatever the automatic threshold);
* ``naive_per_head`` (only at the sizes in ``--per-head-sizes``, memory grows 8× faster):
  the textbook form that also broadcasts k_j + r^k_ij per head, (B, H, n, n, d_head).

Setting: batch 16, d_model 256, 8 heads (d_head 32), 50 relation types drawn uniformly, a padding
mask with example lengths drawn in [n/2, n], float32, training mode, attention dropout 0. One
"step" = forward of one attention layer (with its q, k, v, output projections) + backward of
(out · w).sum() for a fixed random w.

Time: in this process, per n: one warm-up step of each implementation, then ``--repeats`` rounds
that time one step of each implementation in turn (interleaved, so load changes hit both alike);
median and min/max are reported; speedup = median naive / median factored; the ``chunked`` entry
holds median naive / median chunked and median factored / median chunked.

Peak memory: each (implementation, n) runs in a fresh Python subprocess which builds the layer and
inputs, runs one warm-up step at n=16 (kernels, thread pools, allocator arenas), then resets the
kernel's RSS high-water mark (writes "5" to /proc/self/clear_refs), reads VmRSS as the baseline,
runs one step at n, and reads VmHWM. peak = VmHWM − baseline: the extra resident memory the step
needed, inputs excluded. PyTorch's CPU allocator does not cache, and the worker runs with
MALLOC_MMAP_THRESHOLD_=131072 (glibc maps every block ≥ 128 KiB on its own and unmaps it on free),
so resident memory follows the live tensors rather than heap fragmentation: this is what the step
really held at its peak. memory_ratio = naive peak / factored peak (``chunked``: naive / chunked and
factored / chunked).

``auto_chunk_rows`` is what ``MultiHeadAttention(chunk_rows=None)`` (the default) uses at that n
(0 = unchunked). ``meta.machine`` is read at run time: CPU count, load average before and after,
torch threads and version.

Run: OMP_NUM_THREADS=1 python benchmarks/relation_attention.py > results/benchmarks/relation_attention.json
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from deepfix.machine import Machine  # noqa: E402

from deepfix.nn import MultiHeadAttention, naive_relation_attention  # noqa: E402
from deepfix.nn.attention import CHUNK_ROWS  # noqa: E402

IMPLEMENTATIONS = ("naive", "factored", "chunked", "naive_per_head")


def naive_per_head(attention: MultiHeadAttention, x, padding_mask, relations) -> torch.Tensor:
    """Textbook form: per-head keys k_j + r^k_ij and values v_j + r^v_ij, (B, H, n, n, d_head)."""
    batch, n, _ = x.shape
    q = attention._split_heads(attention.query(x))  # (B, H, n, dh)
    k = attention._split_heads(attention.key(x))  # (B, H, n, dh)
    v = attention._split_heads(attention.value(x))  # (B, H, n, dh)
    keys = k.unsqueeze(2) + attention.relation_key(relations).unsqueeze(1)  # (B, H, n_i, n_j, dh)
    values = v.unsqueeze(2) + attention.relation_value(relations).unsqueeze(1)  # (B, H, n_i, n_j, dh)
    scores = torch.einsum("bhid,bhijd->bhij", q, keys) / math.sqrt(attention.d_head)  # (B, H, n, n)
    scores = scores.masked_fill(padding_mask[:, None, None, :], float("-inf"))
    z = torch.einsum("bhij,bhijd->bhid", F.softmax(scores, dim=-1), values)  # (B, H, n, dh)
    return attention.output(z.transpose(1, 2).reshape(batch, n, attention.d_model))


def build(args, n: int, seed: int = 0):
    torch.manual_seed(seed)
    attention = MultiHeadAttention(args.d_model, args.heads, args.relations)
    generator = torch.Generator().manual_seed(seed)
    x = torch.randn(args.batch, n, args.d_model, generator=generator)  # (B, n, d)
    lengths = torch.randint(n // 2, n + 1, (args.batch,), generator=generator)
    padding_mask = torch.arange(n)[None, :] >= lengths[:, None]  # (B, n), True = pad
    relations = torch.randint(0, args.relations, (args.batch, n, n), generator=generator)  # (B, n, n)
    weights = torch.randn(args.batch, n, args.d_model, generator=generator)  # (B, n, d)
    return attention, x.requires_grad_(True), padding_mask, relations, weights


def step(impl: str, chunk_rows: int, attention, x, padding_mask, relations, weights) -> None:
    """Forward + backward of one attention layer."""
    if impl in ("factored", "chunked"):
        attention.chunk_rows = 0 if impl == "factored" else chunk_rows
        out = attention(x, padding_mask, relations)
    elif impl == "naive":
        out = naive_relation_attention(attention, x, padding_mask, relations)
    else:
        out = naive_per_head(attention, x, padding_mask, relations)
    (out * weights).sum().backward()
    attention.zero_grad(set_to_none=True)
    x.grad = None


def _status_kib(field: str) -> int:
    return int(re.search(rf"{field}:\s+(\d+) kB", Path("/proc/self/status").read_text()).group(1))


def memory_worker(args) -> None:
    """Run in a fresh subprocess: print the peak RSS increase (bytes) of one step at n."""
    torch.set_num_threads(args.threads)
    impl, n = args.worker_impl, args.worker_n
    step(impl, args.chunk_rows, *build(args, 16))  # warm-up at a tiny size
    inputs = build(args, n)
    Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM to the current RSS
    baseline = _status_kib("VmRSS")
    step(impl, args.chunk_rows, *inputs)
    peak = _status_kib("VmHWM")
    print(json.dumps({"impl": impl, "n": n, "peak_bytes": (peak - baseline) * 1024, "baseline_bytes": baseline * 1024}))


def measure_memory(args, impl: str, n: int) -> dict:
    command = [sys.executable, __file__, "--worker-impl", impl, "--worker-n", str(n), "--threads", str(args.threads),
               "--batch", str(args.batch), "--d-model", str(args.d_model), "--heads", str(args.heads),
               "--relations", str(args.relations), "--chunk-rows", str(args.chunk_rows)]
    # A fixed glibc mmap threshold: every allocation ≥ 128 KiB gets its own mapping, returned to the
    # kernel when freed, so resident memory follows the live tensors instead of heap fragmentation.
    env = {**os.environ, "MALLOC_MMAP_THRESHOLD_": str(128 * 1024), "OMP_NUM_THREADS": str(args.threads)}
    result = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_time(args, n: int, impls: list[str]) -> dict[str, list[float]]:
    inputs = build(args, n)
    for impl in impls:  # warm-up
        step(impl, args.chunk_rows, *inputs)
    times: dict[str, list[float]] = {impl: [] for impl in impls}
    for _ in range(args.repeats):
        for impl in impls:
            started = time.perf_counter()
            step(impl, args.chunk_rows, *inputs)
            times[impl].append(time.perf_counter() - started)
    return times


def spread(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "all": values}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[128, 192, 256, 384, 512])
    parser.add_argument("--per-head-sizes", type=int, nargs="*", default=[128])
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--d-model", type=int, default=256)
    parser.add_argument("--heads", type=int, default=8)
    parser.add_argument("--relations", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--chunk-rows", type=int, default=CHUNK_ROWS)
    parser.add_argument("--worker-impl", choices=IMPLEMENTATIONS, help=argparse.SUPPRESS)
    parser.add_argument("--worker-n", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker_impl:
        memory_worker(args)
        return 0
    torch.set_num_threads(args.threads)
    machine = Machine()
    rows = []
    for n in args.sizes:
        impls = ["naive", "factored", "chunked"] + (["naive_per_head"] if n in args.per_head_sizes else [])
        print(f"n={n}: timing {impls} x{args.repeats}", file=sys.stderr, flush=True)
        times = measure_time(args, n, impls)
        peaks = {}
        for impl in impls:
            print(f"n={n}: peak memory of {impl} (fresh process)", file=sys.stderr, flush=True)
            peaks[impl] = measure_memory(args, impl, n)["peak_bytes"]
        median = {impl: statistics.median(values) for impl, values in times.items()}
        row = {
            "n": n,
            "speedup": median["naive"] / median["factored"],
            "memory_ratio": peaks["naive"] / peaks["factored"],
            "chunked": {
                "chunk_rows": args.chunk_rows,
                "speedup_vs_naive": median["naive"] / median["chunked"],
                "memory_ratio_vs_naive": peaks["naive"] / peaks["chunked"],
                "speedup_vs_factored": median["factored"] / median["chunked"],
                "memory_ratio_vs_factored": peaks["factored"] / peaks["chunked"],
            },
            "auto_chunk_rows": MultiHeadAttention(args.d_model, args.heads, args.relations).relation_chunk_rows(n),
            "time_s": {impl: spread(values) for impl, values in times.items()},
            "peak_bytes": peaks,
        }
        if "naive_per_head" in impls:
            row["per_head_speedup"] = statistics.median(times["naive_per_head"]) / statistics.median(times["factored"])
            row["per_head_memory_ratio"] = peaks["naive_per_head"] / peaks["factored"]
        rows.append(row)
    meta = {
        "machine": {**machine.record(), "omp_num_threads": os.environ.get("OMP_NUM_THREADS"), "nice": os.nice(0)},
        "setting": {"batch": args.batch, "d_model": args.d_model, "heads": args.heads, "relations": args.relations,
                    "repeats": args.repeats, "chunk_rows": args.chunk_rows, "dtype": "float32",
                    "step": "forward + backward of one attention layer"},
        "command": f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', '')} "
                   + (f"nice -n {os.nice(0)} " if os.nice(0) else "") + "python benchmarks/relation_attention.py "
                   + " ".join(argv if argv is not None else sys.argv[1:]),
    }
    for row in rows:
        row["meta"] = meta
    print(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
