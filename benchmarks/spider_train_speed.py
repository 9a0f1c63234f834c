"""Spider training throughput of one config: examples/s and CPU-seconds per example, optionally a profile.

    python benchmarks/spider_train_speed.py [--config configs/spider_cpu_2l.yaml] [--steps 60]
        [--set key=value ...] [--profile results/benchmarks/spider_step_profile.md] [--out FILE.json]

Runs real training steps (teacher-forced loss, backward, gradient clipping, Adam) of the model the
config builds, on the cached Spider training features, one torch thread, no worker processes:
batches are drawn with a fixed seed and sorted into length buckets as ``train.length_bucketing``
does, so two code versions measured with the same arguments see the same batches. Reports the
median wall time per step, examples/s, and process CPU-seconds per example (``time.process_time``:
it cannot be lowered by extra threads or processes). ``--profile`` adds a ``torch.profiler``
breakdown of 10 steps: by phase (stack, decoder loss, backward, optimiser) and the top operators.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from deepfix.machine import Machine  # noqa: E402


def batches(examples, batch_size: int, steps: int, seed: int, bucket: int):
    """``steps`` batches: seeded random draws, each group of ``bucket`` sorted by gold length and recut."""
    rng = random.Random(seed)
    out = []
    while len(out) < steps:
        pool = [rng.sample(range(len(examples)), batch_size) for _ in range(max(1, bucket))]
        flat = sorted((i for b in pool for i in b), key=lambda i: len(examples[i].steps))
        out += [[examples[i] for i in flat[k:k + batch_size]] for k in range(0, len(flat), batch_size)]
    return out[:steps]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="configs/spider_cpu_2l.yaml")
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--warmup", type=int, default=5, help="steps not timed (allocator, caches)")
    parser.add_argument("--set", action="append", default=[])
    parser.add_argument("--profile", help="write a torch.profiler breakdown (markdown) here")
    parser.add_argument("--out", help="write the figures (JSON) here")
    args = parser.parse_args()

    import torch

    torch.set_num_threads(1)
    from deepfix.tasks.spider.text2sql import Text2SQLTask, collate, load_config, load_examples, split_holdout

    config = load_config(args.config, [*args.set, "train.progress=false"])
    examples, _ = load_examples(config.data, ("train",), progress=False)
    train_part, valid_part = split_holdout(examples["train"], config.data.holdout_fraction)
    task = Text2SQLTask(config, train_part, valid_part)
    model = task.build_model()
    model.train()
    from deepfix.train.optim import build_optimizer

    optimizer = build_optimizer(model, config.train.lr)  # the training loop's optimiser
    plan = batches(train_part, config.train.batch_size, args.warmup + args.steps, config.train.seed,
                   config.train.length_bucketing)

    def step(group, profile_phases: bool = False):
        from torch.profiler import record_function

        batch = collate(group)
        optimizer.zero_grad(set_to_none=True)
        if profile_phases:
            with record_function("phase: stack (encode)"):
                memory = model.encode(batch)
            with record_function("phase: decoder loss"):
                loss = model.decoder(memory, batch.kind, batch.index, batch.node_type, batch.parent)
            with record_function("phase: backward"):
                loss.backward()
            with record_function("phase: clip + Adam"):
                torch.nn.utils.clip_grad_norm_(model.parameters(), config.train.grad_clip)
                optimizer.step()
        else:
            loss = model(batch)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), config.train.grad_clip)
            optimizer.step()
        return float(loss)

    for group in plan[:args.warmup]:
        step(group)
    walls, losses = [], []
    machine = Machine()
    cpu_start = time.process_time()
    for group in plan[args.warmup:]:
        start = time.perf_counter()
        losses.append(step(group))
        walls.append(time.perf_counter() - start)
    cpu = time.process_time() - cpu_start
    n = args.steps * config.train.batch_size
    record = {"config": args.config, "overrides": args.set, "steps": args.steps,
              "batch_size": config.train.batch_size, "median_step_seconds": statistics.median(walls),
              "examples_per_second": n / sum(walls), "cpu_seconds_per_example": cpu / n,
              "first_losses": losses[:5],
              "machine": machine.record(),
              "command": "python " + " ".join(sys.argv)}
    print(json.dumps(record, indent=2))
    if args.out:
        Path(args.out).write_text(json.dumps(record, indent=2) + "\n")
    if args.profile:
        profile(step, plan[:10], record, Path(args.profile))


def profile(step, plan, record: dict, path: Path) -> None:
    from torch.profiler import ProfilerActivity, profile as torch_profile

    with torch_profile(activities=[ProfilerActivity.CPU], record_shapes=True) as prof:
        for group in plan:
            step(group, profile_phases=True)
    events = prof.key_averages()
    total = sum(e.self_cpu_time_total for e in events)
    phases = sorted((e for e in events if e.key.startswith("phase: ")), key=lambda e: -e.cpu_time_total)
    ops = sorted((e for e in events if not e.key.startswith("phase: ")), key=lambda e: -e.self_cpu_time_total)[:25]
    lines = [f"# Spider training step profile ({record['config']}, batch {record['batch_size']}, "
             f"{len(plan)} steps, 1 thread)", "",
             f"Machine: {record['machine']['cpu_count']} CPU cores, torch {record['machine']['torch']}, "
             f"load average at the start {record['machine']['load_average_before'][0]:.2f}. "
             f"Command: `{record['command']}`.", "",
             f"Timed run before profiling ({record['steps']} steps): median step {record['median_step_seconds']:.3f} s, "
             f"{record['examples_per_second']:.1f} examples/s, "
             f"{record['cpu_seconds_per_example'] * 1000:.1f} CPU-ms per example.", "",
             "| phase | CPU time (ms, all steps) | share |", "|---|---|---|"]
    lines += [f"| {e.key[7:]} | {e.cpu_time_total / 1000:.0f} | {e.cpu_time_total / total:.1%} |" for e in phases]
    lines += ["", "| operator (self time) | calls | self CPU (ms) | share |", "|---|---|---|---|"]
    lines += [f"| `{e.key}` | {e.count} | {e.self_cpu_time_total / 1000:.0f} | {e.self_cpu_time_total / total:.1%} |"
              for e in ops]
    shaped = sorted((e for e in prof.key_averages(group_by_input_shape=True) if e.key in ("aten::mm", "aten::addmm", "aten::bmm")),
                    key=lambda e: -e.self_cpu_time_total)[:15]
    lines += ["", "| matrix product | input shapes | calls | self CPU (ms) |", "|---|---|---|---|"]
    lines += [f"| `{e.key}` | {e.input_shapes} | {e.count} | {e.self_cpu_time_total / 1000:.0f} |" for e in shaped]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")
    print(f"profile -> {path}")


if __name__ == "__main__":
    main()
