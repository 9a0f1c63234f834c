"""What training the encoder's top k layers costs per Spider training step, for k = 0 (frozen), 1, 2.

    python benchmarks/spider_encoder_step_cost.py [--data SPIDER_DIR] [--config configs/spider_cpu.yaml]
        [--k 0 1 2] [--steps 30] [--warmup 3] [--set key=value ...] [--out FILE.json]

For each k (``model.encoder_train_layers``) it loads the training split as that k trains on it (k = 0:
the pooled frozen vectors; k >= 1: the token outputs of the layers below the top k, computed once
and cached; the time and the cache file's size are reported), builds and initialises the model as
``spider train`` does (μ over the training part through the top layers), and times ``--steps``
training steps after ``--warmup`` untimed ones: teacher-forced loss, backward, gradient clipping,
AdamW with the encoder group at ``train.encoder_lr`` (unset: the paper's lr x 0.008), as the loop steps. One torch thread, no workers.
Every k runs the same batches (seeded draws, sorted into length buckets as ``train.length_bucketing``
does). Reports per k the median wall time per step, examples/s, process CPU-seconds per example, the
token cache (bytes, tokens, dtype, encode seconds or cache hit), the trained encoder parameters, and
the process's peak RSS; the JSON holds the command and ``deepfix.machine.Machine().record()``.

Data: ``--data`` or ``$DEEPFIX_SPIDER_DATA`` (``data.data`` of the config otherwise). The token
caches go to ``data.cache_dir`` (default $DEEPFIX_CACHE/spider); they are kept for later runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from deepfix.machine import Machine  # noqa: E402


def batch_plan(examples, batch_size: int, steps: int, seed: int, bucket: int) -> list[list[int]]:
    """``steps`` batches of example indices: seeded draws, each group of ``bucket`` sorted by gold length."""
    rng = random.Random(seed)
    out = []
    size = min(batch_size, len(examples))
    while len(out) < steps:
        pool = [rng.sample(range(len(examples)), size) for _ in range(max(1, bucket))]
        flat = sorted((i for b in pool for i in b), key=lambda i: len(examples[i].steps))
        out += [flat[k:k + size] for k in range(0, len(flat), size)]
    return out[:steps]


def measure(k: int, args, overrides: list[str]) -> dict:
    import torch

    from deepfix.tasks.spider.text2sql import Text2SQLTask, collate, load_config, load_examples, split_selection
    from deepfix.train.optim import build_optimizer

    config = load_config(args.config, [*overrides, f"model.encoder_train_layers={k}", "train.progress=false"])
    if config.train.encoder_lr is None:  # the paper's ratio (the cost does not depend on it)
        config.train.encoder_lr = config.train.lr * 0.008
    start = time.perf_counter()
    examples, info = load_examples(config.data, ("train",), progress=False, encoder_train_layers=k,
                                   cache_dtype=config.model.encoder_cache_dtype)
    load_seconds = time.perf_counter() - start
    train_part, valid_part = split_selection(examples["train"], config.data)
    task = Text2SQLTask(config, train_part, valid_part)
    start = time.perf_counter()
    model = task.build_model()
    init_seconds = time.perf_counter() - start
    encoder_parameters = task.encoder_parameters(model)
    optimizer = build_optimizer(model, config.train.lr, config.train.encoder_lr, config.train.weight_decay,
                                encoder_parameters=encoder_parameters or None)
    plan = batch_plan(train_part, config.train.batch_size, args.warmup + args.steps, config.train.seed,
                      config.train.length_bucketing)
    model.train()

    def step(indices: list[int]) -> float:
        batch = collate([train_part[i] for i in indices])
        optimizer.zero_grad(set_to_none=True)
        loss = model(batch)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), config.train.grad_clip)
        optimizer.step()
        return float(loss.detach())

    for indices in plan[:args.warmup]:
        step(indices)
    walls, losses = [], []
    cpu_start = time.process_time()
    for indices in plan[args.warmup:]:
        start = time.perf_counter()
        losses.append(step(indices))
        walls.append(time.perf_counter() - start)
    cpu = time.process_time() - cpu_start
    n = sum(len(indices) for indices in plan[args.warmup:])
    cache = info["cache"]["train"]
    record = {"k": k, "steps": args.steps, "batch_size": config.train.batch_size,
              "median_step_seconds": statistics.median(walls), "mean_step_seconds": statistics.fmean(walls),
              "examples_per_second": n / sum(walls), "cpu_seconds_per_example": cpu / n,
              "load_seconds": round(load_seconds, 2), "init_seconds": round(init_seconds, 2),
              "mu": task.init_report.get("mu_stats", {}).get("max"),
              "encoder_parameters": sum(p.numel() for p in encoder_parameters),
              "encoder_lr": config.train.encoder_lr, "first_losses": losses[:5],
              "peak_rss_mb_so_far": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    if k:
        record["token_cache"] = {"path": cache["path"], "hit": cache["hit"], "bytes": cache["bytes"],
                                 "tokens": cache["tokens"], "examples": cache["examples"],
                                 "dtype": config.model.encoder_cache_dtype,
                                 "encode_seconds": round(cache["seconds"], 1)}
    return record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=os.environ.get("DEEPFIX_SPIDER_DATA"),
                        help="Spider directory (default $DEEPFIX_SPIDER_DATA, else the config's data.data)")
    parser.add_argument("--config", default="configs/spider_cpu.yaml")
    parser.add_argument("--k", type=int, nargs="+", default=[0, 1, 2], help="encoder layers trained (0 = frozen)")
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3, help="steps not timed (allocator, caches)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--out", help="write the figures (JSON) here")
    args = parser.parse_args()

    import torch

    torch.set_num_threads(1)
    overrides = list(args.set) + ([f"data.data={args.data}"] if args.data else [])
    machine = Machine()
    runs = [measure(k, args, overrides) for k in args.k]
    frozen = next((r for r in runs if r["k"] == 0), None)
    if frozen is not None:
        for r in runs:
            r["step_cost_vs_frozen"] = r["median_step_seconds"] / frozen["median_step_seconds"]
    record = {"config": args.config, "data": args.data, "overrides": args.set, "runs": runs,
              "machine": machine.record(), "command": "python " + " ".join(sys.argv)}
    print(json.dumps(record, indent=2))
    if args.out:
        Path(args.out).write_text(json.dumps(record, indent=2) + "\n")


if __name__ == "__main__":
    main()
