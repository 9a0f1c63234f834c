"""Wall time of ``python -m deepfix.cli --help`` as whole processes (start-up + imports + parser).

    python benchmarks/cli_help_speed.py [--old OLD_TREE] [--new NEW_TREE] [--runs 10] [--warmup 2]
                                        [--out results/benchmarks/cli_help_speed.json]

Each run is a fresh interpreter in the tree's folder with the tree on ``PYTHONPATH`` (so that
tree's ``deepfix`` is the one imported; checked once per tree). ``--warmup`` untimed runs per tree
first fill the file cache, then the timed runs; with ``--old`` they alternate old, new, old, ... so
both trees see the same machine load. Reports median, min and max per tree, and old/new of the medians.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from deepfix.machine import Machine  # noqa: E402

ARGV = ["-m", "deepfix.cli", "--help"]


def environment(tree: Path) -> dict:
    return {**os.environ, "PYTHONPATH": str(tree)}


def commit(tree: Path) -> str:
    done = subprocess.run(["git", "-C", str(tree), "rev-parse", "HEAD"], capture_output=True, text=True)
    return done.stdout.strip()


def check_imports_tree(tree: Path) -> None:
    """Fail unless a process started like the timed ones imports deepfix from ``tree``."""
    done = subprocess.run([sys.executable, "-c", "import deepfix; print(deepfix.__file__)"], cwd=tree,
                          env=environment(tree), capture_output=True, text=True, check=True)
    found = Path(done.stdout.strip()).resolve()
    if not found.is_relative_to(tree):
        raise SystemExit(f"{tree}: the interpreter imports deepfix from {found}, not from this tree")


def one_run(tree: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *ARGV], cwd=tree, env=environment(tree), stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, help="another checkout to time in the same run (e.g. the commit before)")
    parser.add_argument("--new", type=Path, default=Path(__file__).resolve().parents[1],
                        help="the checkout to time (default: the one holding this script)")
    parser.add_argument("--runs", type=int, default=10, help="timed runs per tree (default 10)")
    parser.add_argument("--warmup", type=int, default=2, help="untimed runs per tree first (default 2)")
    parser.add_argument("--out", default="results/benchmarks/cli_help_speed.json")
    args = parser.parse_args()
    trees = {"new": args.new.resolve()} if args.old is None else {"old": args.old.resolve(), "new": args.new.resolve()}
    for tree in trees.values():
        check_imports_tree(tree)
    machine = Machine()
    for tree in trees.values():
        for _ in range(args.warmup):
            one_run(tree)
    times = {side: [] for side in trees}
    for _ in range(args.runs):
        for side, tree in trees.items():  # alternate: both trees see the same load
            times[side].append(one_run(tree))
    record = {
        "what": "wall time of one process: python " + " ".join(ARGV) + f" ({args.warmup} warm-up runs per tree, "
                f"then {args.runs} timed runs per tree" + (", alternating old and new)" if "old" in trees else ")"),
        "python": sys.version.split()[0],
        "trees": {side: {"tree": str(tree), "commit": commit(tree),
                         "median_seconds": round(statistics.median(times[side]), 4),
                         "min_seconds": round(min(times[side]), 4), "max_seconds": round(max(times[side]), 4),
                         "seconds": [round(t, 4) for t in times[side]]}
                  for side, tree in trees.items()},
        "machine": machine.record(),
        "command": "python " + " ".join(sys.argv),
    }
    if "old" in trees:
        record["old_over_new_median"] = round(statistics.median(times["old"]) / statistics.median(times["new"]), 2)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(record, indent=2) + "\n")
    print(json.dumps(record, indent=2))


if __name__ == "__main__":
    main()
