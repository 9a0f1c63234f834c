"""Spider training throughput of two code trees, measured in one run: rounds alternate old and new.

    python benchmarks/spider_train_speed_ab.py OLD_TREE NEW_TREE [--rounds 3] [--steps 30]
        [--config configs/spider_cpu_2l.yaml] [--out FILE.json]

Each round runs ``benchmarks/spider_train_speed.py`` of the old tree, then of the new one (each in
its own process, its own tree on ``PYTHONPATH``, one torch thread, the same batches), so both see
the same machine load; the ratio is of the medians over rounds. Also compares the first losses.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from deepfix.machine import Machine  # noqa: E402


def commit(tree: Path) -> str:
    return subprocess.run(["git", "-C", str(tree), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()


def measure(tree: Path, config: str, steps: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree), "OMP_NUM_THREADS": "1"}
    done = subprocess.run([sys.executable, str(tree / "benchmarks" / "spider_train_speed.py"), "--config", config,
                           "--steps", str(steps)], env=env, cwd=tree, capture_output=True, text=True, check=True)
    return json.loads(done.stdout[done.stdout.index("{"):])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--config", default="configs/spider_cpu_2l.yaml")
    parser.add_argument("--out")
    args = parser.parse_args()
    machine = Machine()
    runs = {"old": [], "new": []}
    for round_ in range(args.rounds):
        for side in ("old", "new"):
            runs[side].append(measure(getattr(args, side).resolve(), args.config, args.steps))
            print(f"round {round_ + 1} {side}: {runs[side][-1]['examples_per_second']:.1f} examples/s", file=sys.stderr)
    summary = {}
    for side in ("old", "new"):
        summary[side] = {
            "tree": str(getattr(args, side)), "commit": commit(getattr(args, side)),
            "examples_per_second": [r["examples_per_second"] for r in runs[side]],
            "cpu_seconds_per_example": [r["cpu_seconds_per_example"] for r in runs[side]],
            "first_losses": runs[side][0]["first_losses"],
        }
    old, new = summary["old"], summary["new"]
    record = {
        "config": args.config, "steps_per_run": args.steps, "rounds": args.rounds, **summary,
        "speedup_examples_per_second": statistics.median(new["examples_per_second"]) /
        statistics.median(old["examples_per_second"]),
        "speedup_cpu_seconds_per_example": statistics.median(old["cpu_seconds_per_example"]) /
        statistics.median(new["cpu_seconds_per_example"]),
        "first_losses_max_relative_difference": max(abs(a - b) / abs(a) for a, b in
                                                    zip(old["first_losses"], new["first_losses"])),
        "machine": machine.record(), "command": "python " + " ".join(sys.argv),
    }
    text = json.dumps(record, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")


if __name__ == "__main__":
    main()
