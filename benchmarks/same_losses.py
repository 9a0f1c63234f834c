"""Do two code trees train identically? The first N per-step losses of one fixed-seed Spider run each.

    python benchmarks/same_losses.py OLD_TREE NEW_TREE [--config configs/spider_cpu_2l.yaml]
        [--steps 100] [--set key=value ...] [--out FILE.json]

Runs ``deepfix spider train`` once from each tree (``PYTHONPATH`` = the tree, one torch thread, a
fresh run directory under a temporary folder, a loss logged at every step, no evaluation), reads
the ``train`` records of each ``metrics.jsonl`` and reports whether the two loss sequences are
equal: bit for bit, and the largest absolute difference. Data and the encoder cache come from the
environment (``DEEPFIX_SPIDER_DATA``, ``DEEPFIX_CACHE``) as for any run. Used for refactors that
must not change behaviour (and for optimisations that must not change the losses).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from deepfix.machine import Machine  # noqa: E402


def losses(tree: Path, config: str, steps: int, sets: list[str], run_dir: Path) -> list[float]:
    """Per-step training losses of one run of ``tree``'s code."""
    env = {**os.environ, "PYTHONPATH": str(tree), "OMP_NUM_THREADS": "1"}
    args = [sys.executable, "-m", "deepfix.cli", "spider", "train", "--config", str(tree / config),
            "--run-dir", str(run_dir), "--set", f"train.max_steps={steps}", "--set", "train.log_every=1",
            "--set", f"train.eval_every={steps + 1}", "--set", f"train.checkpoint_every={steps + 1}",
            "--set", "train.progress=false"]
    for item in sets:
        args += ["--set", item]
    subprocess.run(args, env=env, check=True, cwd=tree, stdout=subprocess.DEVNULL)
    records = [json.loads(line) for line in (run_dir / "metrics.jsonl").read_text().splitlines() if line.strip()]
    return [r["loss"] for r in records if r.get("event") == "train"][:steps]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--config", default="configs/spider_cpu_2l.yaml")
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--set", action="append", default=[])
    parser.add_argument("--out")
    args = parser.parse_args()
    machine = Machine()
    with tempfile.TemporaryDirectory() as tmp:
        old = losses(args.old.resolve(), args.config, args.steps, args.set, Path(tmp) / "old")
        new = losses(args.new.resolve(), args.config, args.steps, args.set, Path(tmp) / "new")
    git = lambda tree: subprocess.run(["git", "-C", str(tree), "rev-parse", "HEAD"], capture_output=True,
                                      text=True).stdout.strip()
    report = {"config": args.config, "overrides": args.set, "steps": len(old),
              "old": {"tree": str(args.old), "commit": git(args.old)}, "new": {"tree": str(args.new), "commit": git(args.new)},
              "identical": old == new and len(old) == args.steps,
              "max_abs_difference": max((abs(a - b) for a, b in zip(old, new)), default=None),
              "losses_old": old, "losses_new": new, "machine": machine.record(),
              "command": "python benchmarks/same_losses.py " + " ".join(sys.argv[1:])}
    text = json.dumps(report, indent=2)
    if args.out:
        Path(args.out).write_text(text + "\n")
    print(json.dumps({k: report[k] for k in ("steps", "identical", "max_abs_difference")}))


if __name__ == "__main__":
    main()
