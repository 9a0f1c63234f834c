"""The one training loop every deepfix run goes through.

``train(task, config)`` seeds every RNG, builds the task's model, optimiser (parameter groups:
pretrained encoder at ``encoder_lr``) and schedule (no-warmup poly decay for DT-Fixup, paper
Sec. 3; linear warmup for the standard baseline), then steps through seeded, sharded epochs:
forward/backward, the divergence guard, gradient clipping, optimiser and scheduler steps,
JSONL metrics, evaluation, checkpoints (last ``keep_last`` + best). ``resume=True`` continues
from the newest checkpoint exactly where it was (weights, optimiser, scheduler, every RNG, the
position in the epoch's permutation), so a run killed at any moment and resumed writes the same
losses as a run never interrupted.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import torch
import yaml
from torch.utils.data import DataLoader
from tqdm.auto import tqdm

from ..errors import DeepfixError
from . import checkpoint as ckpt
from .config import TrainConfig, find_train_config, from_dict, save_config, to_dict
from .distributed import (
    DistContext,
    barrier,
    broadcast_object,
    check_gradients_synchronised,
    gather_objects,
    init_distributed,
    mean_across,
    shutdown,
    unwrap,
    wrap_model,
)
from .metrics import MetricsWriter, provenance, read_json, truncate_after, write_json
from .optim import build_optimizer, build_scheduler
from .sampling import bucket_by_length, epoch_batches, steps_per_epoch
from .seed import preserved_rng, rng_state, seed_everything, set_rng_state
from .task import Task
from .average import WeightAverage
from .telemetry import LayerTelemetry

CONFIG_FILE = "config.yaml"
# Keys a resumed run may change: they do not alter what is computed.
RESUMABLE_CHANGES = {"progress", "device", "num_workers", "run_dir", "find_unused_parameters",
                     "layer_stats_every", "layer_stats_growth_warning"}
_RANK_SEED_STRIDE = 1_000_003


def train(task: Task, config: TrainConfig | Any, resume: bool = False) -> dict:
    """Train ``task`` as ``config`` says; return the summary (also written to ``run_dir/summary.json``).

    ``config`` is a :class:`TrainConfig` or a task config that composes one (the whole config is
    then what ``run_dir/config.yaml`` records). Summary keys: ``steps``, ``diverged``,
    ``best_<metric>``, ``best_step``, ``final_<metric>`` (each metric of the last evaluation),
    ``skipped_batches``, ``train_seconds``, ``examples_per_second``, ``last_checkpoint``, ...

    Under ``torchrun`` every process calls this; rank 0 writes the run directory.
    """
    train_config = find_train_config(config)
    ctx = init_distributed(train_config.device)
    try:
        return _Run(task, train_config, config, ctx).run(resume)
    finally:
        shutdown(ctx)


def to_device(batch: Any, device: torch.device) -> Any:
    """Move the tensors of a batch (nested in dicts, lists, tuples, or objects with ``.to``)."""
    if isinstance(batch, torch.Tensor):
        return batch.to(device, non_blocking=True)
    if isinstance(batch, dict):
        return {k: to_device(v, device) for k, v in batch.items()}
    if isinstance(batch, tuple) and hasattr(batch, "_fields"):
        return type(batch)(*(to_device(v, device) for v in batch))
    if isinstance(batch, (list, tuple)):
        return type(batch)(to_device(v, device) for v in batch)
    if hasattr(batch, "to") and callable(batch.to) and not isinstance(batch, torch.nn.Module):
        return batch.to(device)
    return batch


@dataclasses.dataclass
class _Window:
    """Running sums between two train records (saved in checkpoints so resumed records match)."""

    loss: float = 0.0
    grad_norm: float = 0.0
    finite_steps: int = 0
    steps: int = 0
    seconds: float = 0.0
    grad_norm_max: float = 0.0  # the largest single-step norm (the mean hides spikes)
    stack_grad_norm_max: float | None = None  # the same for the stacks' parameters (telemetry on)

    def add(self, loss: float, grad_norm: float, finite: bool, seconds: float, stack_grad_norm: float | None = None) -> None:
        if finite:
            self.loss += loss
            self.grad_norm += grad_norm
            self.grad_norm_max = max(self.grad_norm_max, grad_norm)
            if stack_grad_norm is not None:
                self.stack_grad_norm_max = max(self.stack_grad_norm_max or 0.0, stack_grad_norm)
            self.finite_steps += 1
        self.steps += 1
        self.seconds += seconds


class _Run:
    def __init__(self, task: Task, config: TrainConfig, full_config: Any, ctx: DistContext):
        self.metric, self.mode = task.dev_metric, task.dev_metric_mode
        if self.mode not in ("min", "max"):
            raise DeepfixError(f"{type(task).__name__}.dev_metric_mode: expected 'min' or 'max', got {self.mode!r}")
        self.task, self.config, self.full_config, self.ctx = task, config, full_config, ctx
        self.run_dir = Path(config.run_dir)
        self.ckpt_root = self.run_dir / "checkpoints"
        # Progress of the run (all of it goes into checkpoints).
        self.step = 0
        self.epoch = 0
        self.batch_in_epoch = 0
        self.skipped = 0
        self.best: dict | None = None
        self.last_eval: dict | None = None
        self.window = _Window()
        self.train_seconds = 0.0
        self.diverged: dict | None = None
        self.last_checkpoint: str | None = None
        self.telemetry: LayerTelemetry | None = None
        self.average: WeightAverage | None = None  # EMA of the weights (train.ema_decay > 0)

    # ---------------------------------------------------------------------------------- setup

    def _find_resume_point(self, resume: bool) -> str | None:
        """On rank 0: the checkpoint to continue from (None: start fresh); refuse to clobber a run."""
        if not self.ctx.is_main:
            return None
        existing = ckpt.latest_checkpoint(self.ckpt_root)
        has_run = existing is not None or (self.run_dir / "metrics.jsonl").exists()
        if not resume and has_run:
            raise DeepfixError(
                f"{self.run_dir}: already holds a run; resume it (--resume) or choose another run_dir"
            )
        if resume and (self.run_dir / CONFIG_FILE).exists():
            self._check_same_config()
        return str(existing) if resume and existing is not None else None

    def _check_same_config(self) -> None:
        path = self.run_dir / CONFIG_FILE
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if dataclasses.is_dataclass(self.full_config) and isinstance(raw, dict):
            try:  # a run saved before a key was renamed: compare it in today's shape (defaults filled)
                raw = to_dict(from_dict(type(self.full_config), raw, source=str(path), notices=False))
            except DeepfixError:
                pass  # not loadable as today's config: compare the keys as written
        saved = _flatten(raw)
        now = _flatten(to_dict(self.full_config))
        for key in sorted(set(saved) | set(now)):
            if key.split(".")[-1] in RESUMABLE_CHANGES:
                continue
            if saved.get(key) != now.get(key):
                raise DeepfixError(
                    f"{path}, field {key!r}: the run used {saved.get(key)!r}, now {now.get(key)!r}; "
                    "a resumed run keeps its config (start a new run_dir to change it)"
                )

    def _build(self, resume_from: str | None):
        cfg, ctx = self.config, self.ctx
        seed_everything(cfg.seed)
        self.task.device = ctx.device  # tasks may build/initialise (mu estimation) on it
        model = self.task.build_model().to(ctx.device)
        encoder_params = self.task.encoder_parameters(model) or None
        optimizer = build_optimizer(model, cfg.lr, cfg.encoder_lr, cfg.weight_decay, encoder_parameters=encoder_params)
        scheduler = build_scheduler(
            optimizer, cfg.max_steps, cfg.warmup_steps, cfg.power, cfg.min_lr, schedule=cfg.schedule
        )
        if cfg.ema_decay > 0:
            self.average = WeightAverage(model, cfg.ema_decay)
        # Each rank's own stream for dropout etc. (rank 0 continues with `seed` itself).
        seed_everything(cfg.seed + _RANK_SEED_STRIDE * ctx.rank)
        if resume_from is not None:
            ckpt.load_weights(resume_from, model)
            self._restore(ckpt.load_state(resume_from), optimizer, scheduler)
            self.last_checkpoint = Path(resume_from).name
        return model, optimizer, scheduler

    def _restore(self, state: dict, optimizer, scheduler) -> None:
        self.step = state["step"]
        self.epoch = state["epoch"]
        self.batch_in_epoch = state["batch_in_epoch"]
        self.skipped = state["skipped"]
        self.best = state["best"]
        self.last_eval = state["last_eval"]
        self.window = _Window(**state["window"])
        self.train_seconds = state["train_seconds"]
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        if self.average is not None:
            self.average.load_state_dict(state["ema"])
        rngs = state["rng"]
        if len(rngs) == self.ctx.world_size:
            set_rng_state(rngs[self.ctx.rank])
        elif self.ctx.is_main:
            warnings.warn(
                f"checkpoint has RNG states of {len(rngs)} processes, this run has {self.ctx.world_size}: "
                "data order continues exactly, dropout streams restart from the seed"
            )

    def _state(self, optimizer, scheduler) -> dict:
        rngs = gather_objects(rng_state(), self.ctx)  # collective: every rank calls it
        return {
            "step": self.step,
            "epoch": self.epoch,
            "batch_in_epoch": self.batch_in_epoch,
            "position": self.batch_in_epoch * self.config.batch_size,  # index into the epoch's permutation
            "skipped": self.skipped,
            "best": self.best,
            "last_eval": self.last_eval,
            "window": dataclasses.asdict(self.window),
            "train_seconds": self.train_seconds,
            "world_size": self.ctx.world_size,
            "optimizer": optimizer.state_dict(),
            "scheduler": scheduler.state_dict(),
            "rng": rngs,
            **({"ema": self.average.state_dict()} if self.average is not None else {}),
        }

    def _write_run_files(self, resumed: bool) -> None:
        self.run_dir.mkdir(parents=True, exist_ok=True)
        save_config(self.full_config, self.run_dir / CONFIG_FILE)
        run_file = self.run_dir / "run.json"
        info = provenance(self.ctx.world_size)
        if resumed and run_file.exists():
            previous = read_json(run_file)
            previous.setdefault("resumes", []).append({**info, "from_step": self.step})
            info = previous
        write_json(run_file, info)
        truncate_after(self.run_dir, self.step)  # drop records written after the checkpoint

    # ----------------------------------------------------------------------------------- loop

    def run(self, resume: bool) -> dict:
        ctx, cfg, task = self.ctx, self.config, self.task
        error = None
        try:
            resume_from = self._find_resume_point(resume)
        except DeepfixError as exc:
            error = str(exc)
            resume_from = None
        error, resume_from = broadcast_object((error, resume_from), ctx)
        if error is not None:
            raise DeepfixError(error)
        model, optimizer, scheduler = self._build(resume_from)
        bare = model
        if cfg.layer_stats_every:
            self.telemetry = LayerTelemetry(bare, cfg.layer_stats_growth_warning) or None
        model = wrap_model(model, ctx, cfg.find_unused_parameters)
        dataset = task.train_dataset()
        size = len(dataset)
        per_epoch = steps_per_epoch(size, cfg.batch_size)
        epoch_batches(size, cfg.batch_size, cfg.seed, 0, ctx.rank, ctx.world_size)  # validates sizes early
        lengths = task.example_lengths() if cfg.length_bucketing > 1 else None
        if cfg.length_bucketing > 1 and lengths is None:
            raise DeepfixError("train config, field 'length_bucketing': this task defines no example lengths")
        writer = None
        if ctx.is_main:
            self._write_run_files(resumed=resume_from is not None)
            writer = MetricsWriter(self.run_dir)
        barrier(ctx)
        bar = tqdm(
            total=cfg.max_steps,
            initial=self.step,
            disable=not (cfg.progress and ctx.is_main),
            desc=self.run_dir.name,
            dynamic_ncols=True,
            file=sys.stderr,
        )
        first_step = True
        try:
            while self.step < cfg.max_steps and self.diverged is None:
                batches = epoch_batches(size, cfg.batch_size, cfg.seed, self.epoch, ctx.rank, ctx.world_size)
                if lengths is not None:
                    batches = bucket_by_length(batches, lengths, cfg.length_bucketing, cfg.seed, self.epoch)
                loader = DataLoader(
                    dataset,
                    batch_sampler=batches[self.batch_in_epoch :],
                    collate_fn=task.collate,
                    num_workers=cfg.num_workers,
                    generator=torch.Generator().manual_seed(cfg.seed + self.epoch),  # keeps the global RNG untouched
                )
                mark = time.perf_counter()
                for batch in loader:
                    self._train_step(model, optimizer, scheduler, batch, first_step, mark, writer, bar)
                    first_step = False
                    self.batch_in_epoch += 1
                    if self.batch_in_epoch >= per_epoch:
                        self.epoch, self.batch_in_epoch = self.epoch + 1, 0
                    if self.diverged is not None:
                        break
                    self._maybe_eval_and_checkpoint(model, bare, optimizer, scheduler, writer)
                    mark = time.perf_counter()
                    if self.step >= cfg.max_steps:
                        break
        finally:
            bar.close()
            if writer is not None:
                writer.close()
            if self.telemetry is not None:
                self.telemetry.remove()
        summary = self._summary()
        if ctx.is_main:
            write_json(self.run_dir / "summary.json", summary)
            if self.diverged is not None:
                print(
                    f"deepfix: run {self.run_dir} diverged at step {self.diverged['step']}: {self.diverged['reason']}; "
                    f"last good checkpoint: {self.last_checkpoint or 'none'}",
                    file=sys.stderr,
                )
        barrier(ctx)
        return summary

    def _train_step(self, model, optimizer, scheduler, batch, first_step, mark, writer, bar) -> None:
        cfg, ctx = self.config, self.ctx
        model.train()
        batch = to_device(batch, ctx.device)
        every = cfg.layer_stats_every
        armed = self.telemetry is not None and (self.step == 0 or (self.step + 1) % every == 0)
        if armed:
            self.telemetry.arm()
        loss = self.task.compute_loss(model, batch)
        if not (isinstance(loss, torch.Tensor) and loss.dim() == 0):
            raise DeepfixError(f"{type(self.task).__name__}.compute_loss must return a scalar tensor, got {loss!r}")
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        if first_step:
            check_gradients_synchronised(model, ctx)
        if armed:
            self.telemetry.after_backward()
        stack_grad_norm = self.telemetry.stack_grad_norm() if self.telemetry is not None else None
        grad_norm = self._grad_norm(optimizer)
        loss_value = float(mean_across(loss.detach().float(), ctx))  # the global batch's loss
        lrs = [group["lr"] for group in optimizer.param_groups]
        self.step += 1
        finite = math.isfinite(loss_value) and math.isfinite(grad_norm)
        if finite:
            if armed:
                self.telemetry.before_update()
            optimizer.step()
            if self.average is not None:
                self.average.update(model.module if hasattr(model, "module") else model)
            if armed:
                for record in self.telemetry.after_update(self.step, lrs[0]):
                    if writer is not None:
                        writer.write(record)
        elif cfg.on_nonfinite == "skip":
            self.skipped += 1
            optimizer.zero_grad(set_to_none=True)
        else:
            what = "loss" if not math.isfinite(loss_value) else "gradient norm"
            value = loss_value if not math.isfinite(loss_value) else grad_norm
            self.diverged = {"step": self.step, "reason": f"non-finite {what} ({value})"}
            if writer is not None:
                writer.write({"event": "diverged", **self.diverged})
            self.step -= 1  # the weights are those after the previous step
            return
        with warnings.catch_warnings():  # "scheduler.step() before optimizer.step()" after a skipped batch
            warnings.simplefilter("ignore", UserWarning)
            scheduler.step()
        seconds = time.perf_counter() - mark
        self.train_seconds += seconds
        self.window.add(loss_value, grad_norm, finite, seconds, stack_grad_norm)
        bar.update(1)
        if self.step % cfg.log_every == 0 or self.step >= cfg.max_steps:
            record = self._train_record(lrs)
            if writer is not None:
                writer.write(record)
            bar.set_postfix(loss=f"{record['loss']:.4g}" if record["loss"] is not None else "nan", lr=f"{lrs[0]:.2e}")

    def _grad_norm(self, optimizer) -> float:
        params = [p for group in optimizer.param_groups for p in group["params"] if p.grad is not None]
        if not params:
            return 0.0
        if self.config.grad_clip > 0:
            return float(torch.nn.utils.clip_grad_norm_(params, self.config.grad_clip))
        return float(torch.nn.utils.get_total_norm([p.grad for p in params]))

    def _train_record(self, lrs: list[float]) -> dict:
        w, cfg = self.window, self.config
        record = {
            "event": "train",
            "step": self.step,
            "epoch": self.epoch,
            "loss": w.loss / w.finite_steps if w.finite_steps else None,
            "lr": lrs,
            "grad_norm": w.grad_norm / w.finite_steps if w.finite_steps else None,
            "grad_norm_max": w.grad_norm_max if w.finite_steps else None,
            **({"stack_grad_norm_max": w.stack_grad_norm_max} if w.stack_grad_norm_max is not None else {}),
            "step_time": w.seconds / w.steps,
            "examples_per_s": cfg.batch_size * w.steps / w.seconds if w.seconds > 0 else None,
            "skipped": self.skipped,
        }
        self.window = _Window()
        return record

    def _maybe_eval_and_checkpoint(self, model, bare, optimizer, scheduler, writer) -> None:
        cfg, ctx, task = self.config, self.ctx, self.task
        final = self.step >= cfg.max_steps
        new_best = False
        if self.step % cfg.eval_every == 0 or final:
            metrics = self._evaluate(bare)
            self.last_eval = {"step": self.step, **metrics}
            if writer is not None:
                writer.write({"event": "eval", **self.last_eval})
            value = metrics[self.metric]
            if math.isfinite(value) and (
                self.best is None
                or (value < self.best["value"] if self.mode == "min" else value > self.best["value"])
            ):
                self.best = {"step": self.step, "value": value}
                new_best = True
        if self.step % cfg.checkpoint_every == 0 or final or new_best:
            state = self._state(optimizer, scheduler)
            if ctx.is_main:
                ckpt.save_checkpoint(self.ckpt_root, self.step, bare, state, average=self.average)
                if new_best:
                    ckpt.write_best(self.ckpt_root, self.step, self.metric, self.best["value"])
                ckpt.prune_checkpoints(self.ckpt_root, cfg.keep_last)
            self.last_checkpoint = ckpt.checkpoint_name(self.step)

    def _evaluate(self, bare: torch.nn.Module) -> dict[str, float]:
        """Rank 0 evaluates; the others receive its metrics (or its error, so none waits forever)."""
        metrics, error = None, None
        if self.ctx.is_main:
            try:
                metrics = self._evaluate_here(bare)
            except Exception as exc:
                if not self.ctx.distributed:
                    raise
                error = exc if isinstance(exc, DeepfixError) else RuntimeError(f"evaluation failed on rank 0: {exc!r}")
        metrics, error_text, is_user_error = broadcast_object(
            (metrics, str(error) if error else None, isinstance(error, DeepfixError)), self.ctx
        )
        if error_text is not None:
            raise (DeepfixError if is_user_error else RuntimeError)(error_text)
        return metrics

    def _evaluate_here(self, bare: torch.nn.Module) -> dict[str, float]:
        start = time.perf_counter()
        bare.eval()
        averaged = self.average.applied(bare) if self.average is not None else contextlib.nullcontext()
        with torch.no_grad(), preserved_rng(), averaged:  # a run that averages is judged by its average
            raw = self.task.evaluate(bare)
        bare.train()
        name = type(self.task).__name__
        if not isinstance(raw, dict) or self.metric not in raw:
            raise DeepfixError(f"{name}.evaluate must return a dict with its dev_metric {self.metric!r}")
        metrics = {str(k): float(v) for k, v in raw.items()}
        metrics["eval_seconds"] = time.perf_counter() - start
        return metrics

    def _summary(self) -> dict:
        cfg, metric = self.config, self.metric
        summary: dict[str, Any] = {
            "steps": self.step,
            "max_steps": cfg.max_steps,
            "diverged": self.diverged is not None,
            "diverged_step": self.diverged["step"] if self.diverged else None,
            "diverged_reason": self.diverged["reason"] if self.diverged else None,
            "skipped_batches": self.skipped,
            "dev_metric": metric,
            "dev_metric_mode": self.mode,
            f"best_{metric}": self.best["value"] if self.best else None,
            "best_step": self.best["step"] if self.best else None,
        }
        for key, value in (self.last_eval or {}).items():
            if key not in ("step", "eval_seconds"):
                summary[f"final_{key}"] = value
        summary["final_eval_step"] = (self.last_eval or {}).get("step")
        summary["train_seconds"] = self.train_seconds
        summary["examples_per_second"] = (
            self.step * cfg.batch_size / self.train_seconds if self.train_seconds > 0 else None
        )
        summary["world_size"] = self.ctx.world_size
        summary["last_checkpoint"] = self.last_checkpoint
        return summary


def _flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    if not isinstance(data, dict):
        return {prefix.rstrip("."): data}
    out: dict[str, Any] = {}
    for key, value in data.items():
        out.update(_flatten(value, f"{prefix}{key}."))
    return out
