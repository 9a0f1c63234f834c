"""The run behind ``deepfix demo``: short mixed-setup training on the bundled SQL-sketch task, then the flagship.

Goes through the same training loop as every deepfix run (:func:`deepfix.train.loop.train`), so
the demo leaves a complete run directory: resolved config, JSONL metrics, safetensors
checkpoints, summary and a PNG of its curves. Then, when deepfix ships a trained Text-to-SQL model
(:mod:`deepfix.tasks.spider.shipped_model`), it asks that model the questions of
:mod:`deepfix.tasks.spider.demo_questions` on the bundled example database; without one it says
so in one line.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from .init import get_scheme
from .tasks.sketch import SketchConfig, SketchTask
from .train.config import TrainConfig, from_dict
from .train.distributed import is_main_process
from .train.metrics import read_metrics


@dataclass
class DemoConfig:
    """What ``runs/demo/.../config.yaml`` records: the loop's settings and the task's."""

    train: TrainConfig = field(default_factory=lambda: TrainConfig(run_dir="runs/demo"))
    task: SketchConfig = field(default_factory=SketchConfig)


def demo_config(args) -> DemoConfig:
    scheme = get_scheme(args.init)
    warmup = args.steps // 10 if scheme.warmup else 0  # DT-Fixup: no warmup (paper Sec. 3)
    run_dir = args.run_dir or f"runs/demo/{args.init}-{args.layers}L-{time.strftime('%Y%m%d-%H%M%S')}"
    data = {
        "train": {
            "run_dir": run_dir,
            "seed": args.seed,
            "max_steps": args.steps,
            "batch_size": args.batch_size,
            "lr": args.lr,
            "warmup_steps": warmup,
            "schedule": "linear" if warmup else "poly",
            "power": 0.5,
            "grad_clip": 5.0,
            "eval_every": max(1, args.steps // 4),
            "log_every": 10,
            "checkpoint_every": max(1, args.steps // 2),
        },
        "task": {"model": {"init": args.init, "stack": {"num_layers": args.layers, "norm": "auto"}}},
    }
    return from_dict(DemoConfig, data, args.overrides, source="deepfix demo")


def run_demo(args) -> int:
    from .train.loop import train
    from .train.plots import plot_runs

    config = demo_config(args)
    started = time.time()
    task = SketchTask(config.task)
    summary = train(task, config, resume=args.resume)
    if not is_main_process():  # under torchrun, rank 0 reports
        return 0
    records = read_metrics(config.train.run_dir, "train")
    report = getattr(task, "init_report", {})  # absent when a finished run is resumed
    stack = config.task.model.stack
    curves = plot_runs([config.train.run_dir], Path(config.train.run_dir) / "curves.png", title="deepfix demo")
    train_cfg = config.train
    print("\ndeepfix demo — SQL-sketch prediction on bundled Spider questions (800 train / 200 dev)")
    print(f"  encoder      : frozen all-MiniLM-L6-v2 (cached features, {task.feature_size} wide)")
    print(f"  stack        : {stack.num_layers} layers, d={stack.d_model}, init={config.task.model.init}"
          + (f", mu={report['mu']:.2f}, factor={report['factor']:.4f}" if "mu" in report else ""))
    print(f"  training     : {summary['steps']} steps, batch {train_cfg.batch_size}, lr {train_cfg.lr}, "
          f"{train_cfg.schedule} schedule, warmup {train_cfg.warmup_steps}")
    if records and records[0]["loss"] is not None and records[-1]["loss"] is not None:
        print(f"  loss         : {records[0]['loss']:.3f} (first 10 steps) -> {records[-1]['loss']:.3f} (last 10)")
    if summary["diverged"]:
        print(f"  diverged     : at step {summary['diverged_step']} ({summary['diverged_reason']})")
    if summary.get("final_micro_f1") is not None:
        print(f"  dev micro-F1 : {summary['final_micro_f1']:.3f}")
        print(f"  dev exact    : {summary['final_exact_set_accuracy']:.3f} (whole sketch right; "
              f"best {summary['best_exact_set_accuracy']:.3f} at step {summary['best_step']})")
    print(f"  run dir      : {train_cfg.run_dir} (metrics.jsonl, checkpoints/, summary.json)")
    print(f"  curves       : {curves}")
    print(f"  time         : {time.time() - started:.0f} s")
    ask_flagship_questions()
    return 0


def ask_flagship_questions() -> None:
    """The shipped Text-to-SQL model on the example database's demo questions, or one line saying it is absent."""
    from .tasks.spider.demo_questions import run_demo_questions
    from .tasks.spider.shipped_model import SHIPPED_MODEL, shipped_model

    model = shipped_model()
    if model is None:
        print(f"\nno shipped Text-to-SQL model ({SHIPPED_MODEL}): skipping the questions on the example database")
        return
    started = time.time()
    run_demo_questions(model)
    print(f"  time : {time.time() - started:.0f} s")
