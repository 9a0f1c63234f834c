"""Training the Text-to-SQL task: one switch point, :func:`fit`.

:func:`fit` runs the shared training loop (:func:`deepfix.train.loop.train`: checkpoints under
``run_dir/checkpoints/step_*``, ``best.json``, ``metrics.jsonl``, ``summary.json``, exact resume);
``deepfix spider eval/ask --checkpoint RUN_DIR`` read its best checkpoint. :func:`minimal_fit` is
the loop this module used before the shared one landed (self-contained ``model-best.safetensors`` /
``model-last.safetensors`` files, also readable by eval/ask); the committed CPU result was trained with it.
"""

from __future__ import annotations

import json
import math
import os
import random
import sys
import time
from pathlib import Path

import torch
import yaml
from tqdm import tqdm

from deepfix.errors import DeepfixError

from .text2sql import SpiderConfig, Text2SQLTask, config_to_dict, save_model, set_seed


def _write_atomic(path: Path, text: str) -> None:
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(text)
    os.replace(temp, path)


def fit(task: Text2SQLTask, config: SpiderConfig, resume: bool = False, loop: str = "shared") -> dict:
    """Train ``task`` under ``config.train`` with the shared loop (``loop="minimal"``: the old one)."""
    if loop == "minimal":
        return minimal_fit(task, config, resume)
    from deepfix.train.loop import train

    return train(task, config, resume=resume)


def minimal_fit(task: Text2SQLTask, config: SpiderConfig, resume: bool = False) -> dict:
    """Train ``task`` under ``config.train``; returns the summary (also in run_dir/summary.json)."""
    cfg = config.train
    run_dir = Path(cfg.run_dir)
    state_path = run_dir / "checkpoints" / "last.pt"
    if state_path.exists() and not resume:
        raise DeepfixError(f"{run_dir}: already holds a run; continue it with --resume or choose another run_dir")
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / "checkpoints").mkdir(exist_ok=True)
    config_text = yaml.safe_dump(config_to_dict(config), sort_keys=False)
    if resume and (run_dir / "config.yaml").exists() and state_path.exists():
        if yaml.safe_load((run_dir / "config.yaml").read_text())["model"] != config_to_dict(config)["model"]:
            raise DeepfixError(f"{run_dir}/config.yaml: the model section differs from --config (a resumed run keeps its model)")
    _write_atomic(run_dir / "config.yaml", config_text)

    from deepfix.train.optim import build_optimizer, build_scheduler

    set_seed(cfg.seed)
    model = task.build_model()
    optimizer = build_optimizer(model, cfg.lr, encoder_lr=cfg.encoder_lr, weight_decay=cfg.weight_decay,
                                encoder_parameters=task.encoder_parameters(model))
    scheduler = build_scheduler(optimizer, cfg.max_steps, warmup_steps=cfg.warmup_steps, power=cfg.power,
                                min_lr=cfg.min_lr, schedule=cfg.schedule)
    data = list(task.train_dataset())
    rng = random.Random(cfg.seed)
    progress = {"step": 0, "order": [], "best": None, "train_seconds": 0.0, "epoch": 0, "resumes": 0}
    if resume and state_path.exists():
        state = torch.load(state_path, map_location="cpu", weights_only=False)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        rng.setstate(state["python_rng"])
        torch.set_rng_state(state["torch_rng"])
        progress = state["progress"]
        progress["resumes"] += 1
        with open(run_dir / "metrics.jsonl", "a") as log:
            log.write(json.dumps({"event": "resume", "step": progress["step"]}) + "\n")
    elif (run_dir / "metrics.jsonl").exists():
        (run_dir / "metrics.jsonl").unlink()

    def log(record: dict) -> None:
        with open(run_dir / "metrics.jsonl", "a") as handle:
            handle.write(json.dumps(record) + "\n")

    def checkpoint() -> None:
        temp = state_path.with_name(".last.pt.tmp")
        torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(),
                    "scheduler": scheduler.state_dict(), "python_rng": rng.getstate(),
                    "torch_rng": torch.get_rng_state(), "progress": progress}, temp)
        os.replace(temp, state_path)
        save_model(run_dir / "model-last.safetensors", model, config, task.feature_size, {"step": progress["step"]})

    def evaluate() -> dict:
        model.eval()
        with torch.no_grad():
            metrics = task.evaluate(model)
        model.train()
        value = metrics[task.dev_metric]
        best = progress["best"]
        if best is None or (value > best if task.dev_metric_mode == "max" else value < best):
            progress["best"] = value
            save_model(run_dir / "model-best.safetensors", model, config, task.feature_size,
                       {"step": progress["step"], task.dev_metric: value})
        log({"event": "eval", "step": progress["step"], **metrics, f"best_{task.dev_metric}": progress["best"]})
        return metrics

    log({"event": "start" if not progress["resumes"] else "continue", "step": progress["step"],
         "train_examples": len(data), "init": task.init_report})
    model.train()
    bar = tqdm(total=cfg.max_steps, initial=progress["step"], desc="train", disable=not cfg.progress,
               file=sys.stderr, dynamic_ncols=True)
    window, diverged, skipped, last = [], False, 0, {}
    started = time.perf_counter()
    try:
        while progress["step"] < cfg.max_steps:
            tick = time.perf_counter()
            if len(progress["order"]) < cfg.batch_size:
                more = list(range(len(data)))
                rng.shuffle(more)
                progress["order"] += more
                progress["epoch"] += 1
            batch = task.collate([data[i] for i in progress["order"][:cfg.batch_size]])
            del progress["order"][:cfg.batch_size]
            loss = task.compute_loss(model, batch)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            norm = torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.grad_clip)
            if not (torch.isfinite(loss) and torch.isfinite(norm)):
                if cfg.on_nonfinite == "stop":
                    diverged = True
                    log({"event": "diverged", "step": progress["step"]})
                    break
                skipped += 1
                continue
            optimizer.step()
            scheduler.step()
            progress["step"] += 1
            progress["train_seconds"] += time.perf_counter() - tick
            window.append(loss.item())
            bar.update(1)
            step = progress["step"]
            if step % cfg.log_every == 0:
                record = {"event": "train", "step": step, "loss": sum(window) / len(window),
                          "lr": scheduler.get_last_lr()[0], "train_seconds": round(progress["train_seconds"], 1)}
                bar.set_postfix(loss=f"{record['loss']:.3f}", best=progress["best"])
                log(record)
                window = []
            final = step == cfg.max_steps
            if step % cfg.eval_every == 0 or final:
                last = evaluate()
            if step % cfg.checkpoint_every == 0 or final:
                checkpoint()
    finally:
        bar.close()
    summary = {"steps": progress["step"], "diverged": diverged, "skipped_batches": skipped,
               f"best_{task.dev_metric}": progress["best"], f"final_{task.dev_metric}": last.get(task.dev_metric),
               "train_seconds": round(progress["train_seconds"], 1), "epochs_started": progress["epoch"],
               "resumes": progress["resumes"], "wall_seconds_this_session": round(time.perf_counter() - started, 1),
               "mu": task.init_report.get("mu"), "init_factor": task.init_report.get("factor")}
    summary = {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in summary.items()}
    _write_atomic(run_dir / "summary.json", json.dumps(summary, indent=2) + "\n")
    return summary
