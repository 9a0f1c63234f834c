"""Stand-in for the project's training loop (``deepfix.train``) until it lands on main.

Same contract as ``deepfix.train.{task,config,loop}`` (Task, TrainConfig, load_config, train),
so :mod:`deepfix.tasks.mc.task` switches by changing one import. Deliberately minimal: the core's
optimiser groups and schedules (:mod:`deepfix.train.optim`), gradient clipping,
stop on a non-finite loss, evaluation and safetensors checkpoints (best + last), per-run resume.
"""

from __future__ import annotations

import abc
import dataclasses
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
import yaml
from safetensors.torch import load_file, save_file
from tqdm import tqdm

from deepfix.errors import DeepfixError
from deepfix.train.optim import build_optimizer, build_scheduler


class Task(abc.ABC):
    dev_metric: str = "loss"
    dev_metric_mode: str = "min"

    @abc.abstractmethod
    def build_model(self) -> torch.nn.Module: ...

    @abc.abstractmethod
    def train_dataset(self) -> torch.utils.data.Dataset: ...

    @abc.abstractmethod
    def collate(self, examples: list) -> Any: ...

    @abc.abstractmethod
    def compute_loss(self, model, batch) -> torch.Tensor: ...

    @abc.abstractmethod
    def evaluate(self, model) -> dict[str, float]: ...

    def encoder_parameters(self, model) -> list:
        return []


@dataclass
class TrainConfig:
    run_dir: str = "runs/default"
    seed: int = 0
    max_steps: int = 1000
    batch_size: int = 16
    lr: float = 5e-4
    encoder_lr: float | None = None
    warmup_steps: int = 0
    schedule: str = "poly"
    power: float = 0.5
    min_lr: float = 0.0
    grad_clip: float = 5.0
    weight_decay: float = 0.0
    eval_every: int = 100
    log_every: int = 10
    checkpoint_every: int = 100
    keep_last: int = 2
    on_nonfinite: str = "stop"
    progress: bool = True


def _build(cls, values: dict, path: str):
    names = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(values) - set(names))
    if unknown:
        raise DeepfixError(f"{path}: unknown key(s) {unknown} in {cls.__name__}")
    kwargs = {}
    for key, value in values.items():
        factory = names[key].default_factory
        nested = type(factory()) if factory is not dataclasses.MISSING else None
        is_section = nested is not None and dataclasses.is_dataclass(nested) and isinstance(value, dict)
        kwargs[key] = _build(nested, value, path) if is_section else value
    return cls(**kwargs)


def load_config(cls, path: str | None, overrides: list[str] | None = None):
    """A ``cls`` dataclass from YAML (nested sections) plus ``a.b=value`` overrides (YAML values)."""
    values: dict = {}
    if path:
        try:
            values = yaml.safe_load(Path(path).read_text()) or {}
        except FileNotFoundError:
            raise DeepfixError(f"{path}: no such config file") from None
        except yaml.YAMLError as error:
            raise DeepfixError(f"{path}: bad YAML ({str(error).splitlines()[0]})") from None
    for item in overrides or []:
        key, sep, raw = item.partition("=")
        if not sep:
            raise DeepfixError(f"override {item!r}: expected key=value")
        node = values
        *parents, leaf = key.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = yaml.safe_load(raw)
    return _build(cls, values, path or "config")


def _save_state(run_dir: Path, name: str, model, optimisation, step: int, best: float | None) -> None:
    ckpt = run_dir / "checkpoints"
    ckpt.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().contiguous() for k, v in model.state_dict().items()}
    save_file(state, str(ckpt / f"{name}.safetensors.tmp"))
    os.replace(ckpt / f"{name}.safetensors.tmp", ckpt / f"{name}.safetensors")
    if optimisation is not None:
        optimizer, scheduler = optimisation
        torch.save({"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict(), "step": step,
                    "best": best}, ckpt / f"{name}.state.tmp")
        os.replace(ckpt / f"{name}.state.tmp", ckpt / f"{name}.state")


def train(task: Task, config: TrainConfig, resume: bool = False) -> dict:
    """Train ``task`` for ``config.max_steps`` steps; returns and writes ``summary.json``."""
    run_dir = Path(config.run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(config.seed)
    model = task.build_model()
    optimizer = build_optimizer(model, config.lr, config.encoder_lr, config.weight_decay,
                                encoder_parameters=task.encoder_parameters(model))
    scheduler = build_scheduler(optimizer, config.max_steps, config.warmup_steps, config.power,
                                config.min_lr, config.schedule)
    step, best, sign = 0, None, (1.0 if task.dev_metric_mode == "max" else -1.0)
    last = run_dir / "checkpoints" / "last.safetensors"
    if resume and last.is_file():
        model.load_state_dict(load_file(str(last)))
        state = torch.load(run_dir / "checkpoints" / "last.state", weights_only=True)
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        step, best = state["step"], state["best"]
    (run_dir / "config.yaml").write_text(yaml.safe_dump(dataclasses.asdict(config)))
    generator = torch.Generator().manual_seed(config.seed)
    loader = torch.utils.data.DataLoader(task.train_dataset(), batch_size=config.batch_size, shuffle=True,
                                         collate_fn=task.collate, generator=generator, drop_last=False)
    metrics_log = open(run_dir / "metrics.jsonl", "a")
    start, diverged, dev = time.time(), False, {}

    def evaluate() -> dict:
        model.eval()
        with torch.no_grad():
            result = task.evaluate(model)
        model.train()
        return result

    bar = tqdm(total=config.max_steps, initial=step, desc="training", disable=not config.progress)
    model.train()
    # Skip the batches a resumed run already consumed, so the data order matches an uncut run.
    skip = step % max(1, len(loader))
    while step < config.max_steps and not diverged:
        for batch in loader:
            if skip:
                skip -= 1
                continue
            loss = task.compute_loss(model, batch)
            if not torch.isfinite(loss):
                if config.on_nonfinite == "skip":
                    optimizer.zero_grad()
                    continue
                diverged = True
                break
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), config.grad_clip)
            optimizer.step()
            scheduler.step()
            step += 1
            bar.update(1)
            record = {"step": step, "loss": float(loss.detach())}
            if step % config.eval_every == 0 or step == config.max_steps:
                dev = evaluate()
                record.update({f"dev_{k}": v for k, v in dev.items()})
                value = dev[task.dev_metric]
                if best is None or sign * value > sign * best:
                    best = value
                    _save_state(run_dir, "best", model, None, step, best)
            if step % config.log_every == 0 or "dev_" + task.dev_metric in record:
                metrics_log.write(json.dumps(record) + "\n")
                metrics_log.flush()
            if step % config.checkpoint_every == 0 or step == config.max_steps:
                _save_state(run_dir, "last", model, (optimizer, scheduler), step, best)
            if step >= config.max_steps:
                break
    bar.close()
    metrics_log.close()
    if not dev and not diverged:
        dev = evaluate()
    summary = {"steps": step, "diverged": diverged, f"best_{task.dev_metric}": best,
               f"final_{task.dev_metric}": dev.get(task.dev_metric), "train_seconds": time.time() - start}
    (run_dir / "summary.json").write_text(json.dumps(summary, indent=1))
    return summary
