"""Behaviour unchanged across a refactor: the same training losses and the same predictions.

    python benchmarks/behaviour_check.py --old /path/to/checkout/at/before [--steps 100]
        [--out results/structure/behaviour_check.json] [--parts demo,losses,dev]

For each of ``configs/spider_cpu.yaml`` and ``configs/spider_cpu_2l.yaml`` (as they are in the old
checkout), trains ``--steps`` steps with the config's fixed seed in both trees (one thread, the
loss logged every step) and compares the losses exactly; then decodes all Spider dev questions
with the shipped model at beam 5 in both trees and compares ``predictions.sql`` line by line; and
asks the shipped model every demo question on the example database in both trees (the library call,
beam 5) and compares each answer's SQL and its candidates' SQL and scores exactly. Each
tree runs as its own process from its own directory, so each imports its own ``deepfix``. Needs
``$DEEPFIX_SPIDER_DATA`` (and reuses the feature cache).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from deepfix.machine import Machine  # noqa: E402

CONFIGS = ("configs/spider_cpu.yaml", "configs/spider_cpu_2l.yaml")


def deepfix(tree: Path, *args: str) -> None:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-m", "deepfix.cli", *args], cwd=tree, env=env, capture_output=True,
                          text=True)
    if done.returncode != 0:
        raise SystemExit(f"{tree}: deepfix {' '.join(args)} failed:\n{done.stderr[-2000:]}")


def losses(tree: Path, config: Path, steps: int, run_dir: Path) -> list[float]:
    deepfix(tree, "spider", "train", "--config", str(config), "--run-dir", str(run_dir),
            "--set", f"train.max_steps={steps}", "--set", "train.log_every=1", "--set", f"train.eval_every={10 * steps}",
            "--set", f"train.checkpoint_every={10 * steps}", "--set", "train.progress=false")
    records = [json.loads(line) for line in (run_dir / "metrics.jsonl").read_text().splitlines() if line.strip()]
    return [r["loss"] for r in records if r.get("event") == "train"]


def predictions(tree: Path, out: Path) -> list[str]:
    deepfix(tree, "spider", "eval", "--checkpoint", str(ROOT / "deepfix/data/models/text2sql.safetensors"),
            "--split", "dev", "--beam-size", "5", "--out", str(out), "--no-progress")
    return (out / "predictions.sql").read_text().splitlines()


DEMO_ANSWERS = """
import json
from deepfix import Text2SQL
from deepfix.tasks.spider.demo_questions import DEMO_QUESTIONS
from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE

model = Text2SQL.load()
answers = [model.ask(EXAMPLE_DATABASE, q.question) for q in DEMO_QUESTIONS]
print(json.dumps([{"question": a.question, "sql": a.sql, "rows": [list(map(str, r)) for r in a.rows],
                   "candidates": [[c.sql, c.score] for c in a.candidates]} for a in answers]))
"""


def demo_answers(tree: Path) -> list[dict]:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-c", DEMO_ANSWERS], cwd=tree, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{tree}: the demo questions failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--old", required=True, help="a checkout of the 'before' commit")
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--out", default="results/structure/behaviour_check.json")
    parser.add_argument("--parts", default="demo,losses,dev", help="comma-separated subset of demo, losses, dev")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    old, new = Path(args.old).resolve(), ROOT

    def head(tree: Path) -> str:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=tree, capture_output=True, text=True).stdout.strip()

    record = {"what": "same losses of fixed-seed runs and same beam-5 dev predictions of the shipped model, "
                      "before and after", "command": "python " + " ".join(sys.argv),
              "before": head(old), "after": head(new), "configs": {}}
    start = time.perf_counter()
    if "demo" in parts:
        before, after = demo_answers(old), demo_answers(new)
        record["demo_answers"] = {"questions": len(before), "identical": before == after,
                                  "differing": [a["question"] for a, b in zip(before, after) if a != b]}
        print(record["demo_answers"], flush=True)
    with tempfile.TemporaryDirectory(prefix="deepfix-behaviour-") as temp:
        temp = Path(temp)
        for config in CONFIGS if "losses" in parts else ():
            source = old / config  # the config as of "before", used by both trees
            digest = hashlib.sha256(source.read_bytes()).hexdigest()
            before = losses(old, source, args.steps, temp / f"old-{source.stem}")
            after = losses(new, source, args.steps, temp / f"new-{source.stem}")
            record["configs"][config] = {"sha256": digest, "steps": len(before), "identical": before == after,
                                         "first_losses": before[:3], "max_abs_difference":
                                         max((abs(a - b) for a, b in zip(before, after)), default=None)}
            print(config, record["configs"][config], flush=True)
        if "dev" in parts:
            before, after = predictions(old, temp / "old-eval"), predictions(new, temp / "new-eval")
            record["dev_predictions"] = {"questions": len(before), "identical": before == after,
                                         "differing": sum(a != b for a, b in zip(before, after))}
            print(record["dev_predictions"], flush=True)
    record["seconds"] = round(time.perf_counter() - start, 1)
    record["machine"] = Machine().record()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(record, indent=2) + "\n")


if __name__ == "__main__":
    main()
