"""Beam-search speed of two deepfix code trees on one trained run, alternating, same machine state.

    python benchmarks/beam_before_after.py --old OLD_TREE --checkpoint RUN [--new .] [--beams 1 5]
        [--rounds 2] [--out results/benchmarks/beam_before_after.json]

OLD_TREE: a checkout of the earlier code (e.g. ``git worktree add /tmp/old <commit>``). Each round
runs ``deepfix spider eval --split dev`` (one torch thread) with the old tree, then the new one, per
beam size, and records questions/s (decoding only, as ``spider eval`` measures it) and whether the
two trees' predictions.sql are byte-identical. The machine (cpu count, load average before/after,
torch version) is recorded at run time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from deepfix.machine import Machine


def evaluate(tree: Path, checkpoint: str, beam: int, out: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree), "OMP_NUM_THREADS": "1"}
    subprocess.run([sys.executable, "-m", "deepfix.cli", "spider", "eval", "--checkpoint", checkpoint, "--split",
                    "dev", "--beam-size", str(beam), "--no-progress", "--out", str(out)],
                   cwd=tree, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return json.loads((out / "metrics.json").read_text())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", required=True, type=Path)
    parser.add_argument("--new", default=Path(__file__).resolve().parents[1], type=Path)
    parser.add_argument("--checkpoint", required=True)
    parser.add_argument("--beams", type=int, nargs="+", default=[1, 5])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--out", default="results/benchmarks/beam_before_after.json")
    args = parser.parse_args()

    machine = Machine()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for beam in args.beams:
            speeds = {"old": [], "new": []}
            identical = True
            for round_ in range(args.rounds):
                outputs = {}
                for name, tree in (("old", args.old), ("new", args.new)):
                    out = Path(tmp) / f"{name}-{beam}-{round_}"
                    metrics = evaluate(tree.resolve(), args.checkpoint, beam, out)
                    speeds[name].append(metrics["questions_per_second"])
                    outputs[name] = (out / "predictions.sql").read_bytes()
                identical &= outputs["old"] == outputs["new"]
            old, new = statistics.median(speeds["old"]), statistics.median(speeds["new"])
            results.append({"beam_size": beam, "old_questions_per_second": speeds["old"],
                            "new_questions_per_second": speeds["new"], "speedup_of_medians": new / old,
                            "identical_predictions": identical, "questions": metrics["n"]})
            print(json.dumps(results[-1]))
    record = {"command": "python " + " ".join(sys.argv), "checkpoint": args.checkpoint,
              "old_tree": str(args.old), "results": results,
              "machine": machine.record()}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(record, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
