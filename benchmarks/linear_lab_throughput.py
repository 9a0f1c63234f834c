"""Training throughput of the linear-transformer lab: optimizer steps per second.

Measures full training steps (fresh prompts, forward, backward, clipping, Adam update) at batch
1000 and L = 3 (the paper's training configuration), for one run and for a population of runs
trained together. Prints one JSON object. Usage:

    python benchmarks/linear_lab_throughput.py [--steps 200] [--threads 1] [--runs 1,6]
"""

from __future__ import annotations

import argparse
import json
import time

import torch

from deepfix.lab.linear.data import get_setting, sample_prompts
from deepfix.lab.linear.init import initialize
from deepfix.lab.linear.model import LinearTransformer, squared_error
from deepfix.lab.linear.optim import PopulationOptimizer
from deepfix.machine import Machine


def measure(runs: int, steps: int, batch: int, layers: int, setting_name: str) -> dict:
    setting = get_setting(setting_name)
    model = LinearTransformer(layers, setting.d, "full", num_runs=runs)
    initialize(model, "small", list(range(runs)))
    optimizer = PopulationOptimizer(list(model.parameters()), "adam", torch.full((runs,), 1e-2))
    generator = torch.Generator().manual_seed(0)

    def step() -> None:
        z0, y = sample_prompts(setting, batch, generator)  # shared by the runs
        model.zero_grad(set_to_none=False)
        squared_error(model(z0, setting.n), y).sum().backward()
        optimizer.step()

    for _ in range(10):  # warm-up
        step()
    start = time.perf_counter()
    for _ in range(steps):
        step()
    seconds = time.perf_counter() - start
    return {"runs": runs, "steps": steps, "seconds": seconds, "steps_per_second": steps / seconds,
            "run_steps_per_second": runs * steps / seconds,
            "prompt_layers_per_second": runs * steps * batch * layers / seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--layers", type=int, default=3)
    parser.add_argument("--runs", default="1,6")
    parser.add_argument("--setting", default="gaussian-n20")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    machine = Machine()
    results = [measure(int(r), args.steps, args.batch, args.layers, args.setting) for r in args.runs.split(",")]
    print(json.dumps({
        "benchmark": "linear_lab_throughput", "batch": args.batch, "layers": args.layers, "setting": args.setting,
        "optimizer": "adam", "parameterisation": "full", "threads": args.threads,
        "machine": machine.record(),
        "results": results,
    }, indent=1))


if __name__ == "__main__":
    main()
