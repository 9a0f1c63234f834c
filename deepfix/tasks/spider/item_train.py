"""The schema-item problem as a :class:`deepfix.train.task.Task` (the training-loop contract).

:class:`SchemaItemTask` owns data, model, loss and metric; the loop owns optimisation. The stack's
LayerNorm placement and warmup follow the init scheme (``SCHEMES[init].norm`` / ``.warmup``):
``standard`` = post-LN trained with linear warmup, ``dt_fixup`` = no LayerNorm, no warmup,
DT-Fixup scaling computed from μ measured on the training set (paper Sec. 3).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import torch
from torch import nn

from .item_task import ItemExample, ItemHead, batch_inputs, collate, evaluate_items, item_loss
from .relations import NUM_RELATIONS

try:
    from deepfix.train.task import Task
except ImportError:  # TEMPORARY: the training-loop package is not on main yet
    Task = object  # type: ignore[misc,assignment]

try:
    from deepfix.train.config import TrainConfig
except ImportError:  # TEMPORARY: the contract's TrainConfig, until deepfix.train.config is on main

    @dataclass
    class TrainConfig:  # type: ignore[no-redef]
        run_dir: str
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


@dataclass
class ItemModelConfig:
    layers: int = 4
    init: str = "dt_fixup"
    d_model: int = 128
    n_heads: int = 4  # d_model / n_heads = 32, the paper's relation-embedding size
    d_ff: int = 512
    dropout: float = 0.1
    input_dropout: float = 0.3
    mu_percentile: float | None = None  # None: μ = max norm (the paper); e.g. 95.0: robust variant


class SchemaItemTask(Task):
    dev_metric = "exact_set"
    dev_metric_mode = "max"

    def __init__(self, model: ItemModelConfig, train: list[ItemExample], dev: list[ItemExample], seed: int = 0):
        if not train or not dev:
            raise ValueError("schema-item task needs labelled train and dev examples")
        self.config = model
        self.train = train
        self.dev = dev
        self.seed = seed
        self.mu_stats = None  # μ statistics of the stack input (dict), set by build_model for dt_fixup
        self.init_report: dict = {}

    def build_model(self) -> nn.Module:
        from deepfix.init import SCHEMES
        from deepfix.models.mixed import MixedConfig, MixedModel, initialize_mixed_model
        from deepfix.nn import StackConfig

        c = self.config
        torch.manual_seed(self.seed)
        stack = StackConfig(num_layers=c.layers, d_model=c.d_model, n_heads=c.n_heads, d_ff=c.d_ff,
                            dropout=c.dropout, input_dropout=c.input_dropout, norm=SCHEMES[c.init].norm,
                            num_relations=NUM_RELATIONS)
        config = MixedConfig(stack=stack, init=c.init, mu_percentile=c.mu_percentile)
        model = MixedModel(config, self.train[0].features.shape[1], ItemHead(c.d_model))
        loader = torch.utils.data.DataLoader(self.train, batch_size=64, collate_fn=collate)
        self.init_report = initialize_mixed_model(model, loader, batch_inputs, progress=False)
        if "mu_stats" in self.init_report:
            self.mu_stats = self.init_report["mu_stats"]  # {'max', 'count', 'p95', 'p99'}
        return model

    def train_dataset(self):
        return self.train

    def collate(self, examples):
        return collate(examples)

    def compute_loss(self, model, batch) -> torch.Tensor:
        return item_loss(model(*batch_inputs(batch)), batch.labels)

    def evaluate(self, model) -> dict[str, float]:
        return evaluate_items(model, self.dev)

    def encoder_parameters(self, model) -> list:
        return []  # the encoder is frozen and cached


def fit(task, config, resume: bool = False) -> dict:
    """Train ``task`` under ``config`` (a TrainConfig). THE one switch point to the shared loop.

    Uses :func:`deepfix.train.loop.train` when it is available; until then the minimal loop
    below (same summary keys; no checkpoints).
    """
    try:
        from deepfix.train.loop import train
    except ImportError:
        return _minimal_train(task, config)
    return train(task, config, resume=resume)


def _minimal_train(task, config) -> dict:
    """Adam, grad-norm clip, the scheme's schedule, eval every ``eval_every``; history of dev metrics."""
    import math
    import time

    from deepfix.train.optim import build_optimizer, build_scheduler

    random.seed(config.seed)
    torch.manual_seed(config.seed)
    model = task.build_model()
    optimizer = build_optimizer(model, config.lr, weight_decay=config.weight_decay)
    scheduler = build_scheduler(optimizer, config.max_steps, warmup_steps=config.warmup_steps,
                                power=config.power, min_lr=config.min_lr, schedule=config.schedule)
    data = list(task.train_dataset())
    order: list[int] = []
    rng = random.Random(config.seed)
    history, step, diverged, start = [], 0, False, time.perf_counter()
    best = -math.inf if task.dev_metric_mode == "max" else math.inf
    model.train()
    while step < config.max_steps:
        if len(order) < config.batch_size:
            more = list(range(len(data)))
            rng.shuffle(more)
            order += more
        batch = task.collate([data[i] for i in order[:config.batch_size]])
        del order[:config.batch_size]
        loss = task.compute_loss(model, batch)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        norm = torch.nn.utils.clip_grad_norm_(model.parameters(), config.grad_clip)
        if not (torch.isfinite(loss) and torch.isfinite(norm)):
            diverged = True
            break
        optimizer.step()
        scheduler.step()
        step += 1
        if step % config.eval_every == 0 or step == config.max_steps:
            metrics = task.evaluate(model)
            model.train()
            history.append({"step": step, "loss": float(loss.detach()), **metrics})
            value = metrics[task.dev_metric]
            best = max(best, value) if task.dev_metric_mode == "max" else min(best, value)
    final = history[-1] if history else {}
    return {"steps": step, "diverged": diverged, f"best_{task.dev_metric}": best if history else None,
            f"final_{task.dev_metric}": final.get(task.dev_metric), "train_seconds": time.perf_counter() - start,
            "history": history}
