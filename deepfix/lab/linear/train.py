"""Train a population of linear transformers: seeds x learning rates, vectorised in one model.

Ahn et al. (ICLR 2024), Sec. 3: fresh prompts every step (batch 1000 in the paper), gradient-norm
clipping 1.0, SGD with momentum 0.9 vs Adam(beta1 = beta2 = 0.9), learning rate tuned on a grid,
several seeds. Runs that share a seed share their initial weights and their prompt stream, so
the learning rates of one seed are compared on identical data. All runs are evaluated on one fixed
set of prompts. A run whose weights become non-finite is frozen and reported as diverged, as is a
run whose final evaluation loss is not finite. A huge *minibatch* loss is not divergence: the
prediction is a polynomial of degree ~3^L in the prompt, so at depth a single extreme prompt can
give a loss of 1e10 while the model is fine (measured at L = 6); the optimizer skips gradient
entries that are not finite and clipping bounds the rest.

Why the lab has its own loop rather than :func:`deepfix.train.loop.train`: the shared loop trains
one model of one Task (one optimiser, one lr schedule, checkpoints, DDP); here every step updates
a *population* (seeds x learning rates stacked in one vectorised model, each run with its own lr
and its own divergence freeze) on prompts drawn fresh at every step, and a result is the whole
population's curves. Its configuration is therefore :class:`PopulationConfig`, not the loop's
``TrainConfig``.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

import torch
from tqdm import tqdm

from deepfix.errors import DeepfixError

from .data import PromptSetting, get_setting, sample_prompts
from .init import LINEAR_INIT_SCHEMES, initialize, prompt_norm_percentile
from .model import LinearTransformer, squared_error
from .optim import OPTIMIZERS, PopulationOptimizer

EVAL_SEED = 1_000_003  # the fixed evaluation prompts
PROFILE_SEED = 1_000_033  # prompts on which DT-Fixup's mu is measured


@dataclass
class PopulationConfig:
    """Everything that defines one population of runs."""

    setting: str = "gaussian-n20"
    num_layers: int = 3
    parameterisation: str = "full"
    optimizer: str = "adam"
    lrs: list[float] = field(default_factory=lambda: [1e-3])
    seeds: list[int] = field(default_factory=lambda: [0])
    steps: int = 2000
    batch: int = 1000
    clip: float | None = 1.0
    warmup_steps: int = 0
    init: str = "small"
    init_std: float = 0.05
    momentum: float = 0.9
    betas: tuple[float, float] = (0.9, 0.9)
    eval_prompts: int = 10_000
    eval_every: int = 100
    snapshot_steps: list[int] = field(default_factory=list)

    def validate(self) -> PromptSetting:
        """Raise a one-line DeepfixError naming the bad option; return the data setting."""
        setting = get_setting(self.setting)
        checks = [
            (self.num_layers >= 1, "--layers", "must be >= 1"),
            (self.optimizer in OPTIMIZERS, "--optimizer", f"choose one of {', '.join(OPTIMIZERS)}"),
            (self.init in LINEAR_INIT_SCHEMES, "--init", f"choose one of {', '.join(LINEAR_INIT_SCHEMES)}"),
            (self.steps >= 1, "--steps", "must be >= 1"),
            (self.batch >= 1, "--batch", "must be >= 1"),
            (len(self.lrs) > 0 and all(lr > 0 and math.isfinite(lr) for lr in self.lrs), "--lr", "must be positive numbers"),
            (len(self.seeds) > 0, "--seeds", "need at least one seed"),
            (self.clip is None or self.clip > 0, "--clip", "must be > 0"),
            (self.warmup_steps >= 0, "--warmup", "must be >= 0"),
            (self.eval_prompts >= 1 and self.eval_every >= 1, "--eval-prompts/--eval-every", "must be >= 1"),
        ]
        for ok, option, message in checks:
            if not ok:
                raise DeepfixError(f"{option}: {message} (got {getattr(self, option.lstrip('-').split('/')[0].replace('-', '_'), '?')})")
        return setting

    @property
    def num_runs(self) -> int:
        return len(self.seeds) * len(self.lrs)

    def run_table(self) -> list[dict]:
        """Run r = (seed index s, lr index g) with r = s * len(lrs) + g."""
        return [{"seed": s, "lr": lr} for s in self.seeds for lr in self.lrs]


@dataclass
class PopulationResult:
    """What a population produced; ``final_eval[r]`` is NaN for a diverged run."""

    config: PopulationConfig
    runs: list[dict]
    eval_steps: list[int]
    eval_loss: torch.Tensor  # (E, R)
    train_loss: torch.Tensor  # (steps, R), per-step minibatch loss
    grad_norm: torch.Tensor  # (steps, R), before clipping
    diverged: torch.Tensor  # (R,) bool
    final_params: dict[str, torch.Tensor]  # value_like / key_query_like, (R, L, k, k)
    snapshots: dict[int, dict[str, torch.Tensor]]
    init_scale: float
    mu: float | None
    seconds: float = 0.0

    @property
    def final_eval(self) -> torch.Tensor:
        return torch.where(self.diverged, torch.full_like(self.eval_loss[-1], math.nan), self.eval_loss[-1])

    def best_lr(self) -> tuple[float, torch.Tensor]:
        """Learning rate with the lowest mean final eval loss over seeds (diverged = +inf)."""
        final = torch.nan_to_num(self.final_eval, nan=math.inf).reshape(len(self.config.seeds), -1)
        mean = final.mean(0)
        best = int(torch.argmin(mean))
        return self.config.lrs[best], final[:, best]

    def lr_index(self, lr: float) -> list[int]:
        """Run indices (one per seed) trained with ``lr``."""
        g = self.config.lrs.index(lr)
        return [s * len(self.config.lrs) + g for s in range(len(self.config.seeds))]


@torch.no_grad()
def evaluate(model: LinearTransformer, z0: torch.Tensor, y: torch.Tensor, n: int, chunk: int = 2500) -> torch.Tensor:
    """Per-run mean squared error (R,) on fixed prompts z0 (B, D, n+1), in chunks."""
    total = torch.zeros(model.num_runs)
    for start in range(0, z0.shape[0], chunk):
        pred = model(z0[start : start + chunk], n)  # (R, b)
        total += (pred - y[start : start + chunk]).square().sum(-1)
    return total / z0.shape[0]


def weights_finite(model: LinearTransformer) -> torch.Tensor:
    """(R,) bool: every weight of the run is finite."""
    return torch.stack([p.detach().flatten(1).isfinite().all(1) for p in model.parameters()]).all(0)


def eval_prompts(setting: PromptSetting, count: int) -> tuple[torch.Tensor, torch.Tensor]:
    """The fixed evaluation prompts of a setting (same for every run and command)."""
    return sample_prompts(setting, count, torch.Generator().manual_seed(EVAL_SEED))


def build_population(config: PopulationConfig, setting: PromptSetting) -> tuple[LinearTransformer, float, float | None]:
    """A freshly initialised population; returns (model, P's init scale, mu or None)."""
    model = LinearTransformer(config.num_layers, setting.d, config.parameterisation, config.num_runs)
    mu = None
    if config.init == "dt_fixup":
        profile, _ = sample_prompts(setting, 1000, torch.Generator().manual_seed(PROFILE_SEED))
        mu = prompt_norm_percentile(profile, setting.n)
    seeds = [run["seed"] for run in config.run_table()]
    scale = initialize(model, config.init, seeds, mu, small_std=config.init_std)
    return model, scale, mu


def train_population(config: PopulationConfig, progress: bool = True, desc: str | None = None) -> PopulationResult:
    """Train every (seed, lr) run of ``config`` for ``config.steps`` steps."""
    import time

    setting = config.validate()
    model, scale, mu = build_population(config, setting)
    lrs = torch.tensor([run["lr"] for run in config.run_table()])
    optimizer = PopulationOptimizer(
        list(model.parameters()), config.optimizer, lrs, momentum=config.momentum,
        betas=config.betas, clip=config.clip, warmup_steps=config.warmup_steps,
    )
    streams = [torch.Generator().manual_seed(1000 + seed) for seed in config.seeds]
    z_eval, y_eval = eval_prompts(setting, config.eval_prompts)
    train_loss = torch.zeros(config.steps, config.num_runs)
    grad_norm = torch.zeros(config.steps, config.num_runs)
    eval_steps, eval_loss, snapshots = [0], [evaluate(model, z_eval, y_eval, setting.n)], {}
    if 0 in config.snapshot_steps:
        snapshots[0] = {k: v.detach().clone() for k, v in model.named_parameters()}
    start = time.perf_counter()
    with tqdm(range(1, config.steps + 1), desc=desc or f"{config.setting} L={config.num_layers} {config.optimizer}",
              disable=not progress, leave=False, mininterval=1.0) as bar:  # closed on errors too
        for step in bar:
            batches = [sample_prompts(setting, config.batch, g) for g in streams]
            z0 = torch.stack([b[0] for b in batches])  # (S, B, D, n+1)
            y = torch.stack([b[1] for b in batches])  # (S, B)
            model.zero_grad(set_to_none=False)
            loss = squared_error(model(z0, setting.n), y)  # (R,)
            torch.where(optimizer.active, loss, torch.zeros_like(loss)).sum().backward()
            grad_norm[step - 1] = optimizer.step()
            optimizer.active &= weights_finite(model)
            train_loss[step - 1] = loss.detach()
            if step in config.snapshot_steps:
                snapshots[step] = {k: v.detach().clone() for k, v in model.named_parameters()}
            if step % config.eval_every == 0 or step == config.steps:
                eval_steps.append(step)
                eval_loss.append(evaluate(model, z_eval, y_eval, setting.n))
                if progress:
                    live = eval_loss[-1][optimizer.active]
                    bar.set_postfix(best_eval=f"{float(live.min()) if live.numel() else math.nan:.4g}")
    seconds = time.perf_counter() - start
    return PopulationResult(
        config=config, runs=config.run_table(), eval_steps=eval_steps, eval_loss=torch.stack(eval_loss),
        train_loss=train_loss, grad_norm=grad_norm, diverged=~optimizer.active | ~torch.isfinite(eval_loss[-1]),
        final_params={"value_like": model.value_like.detach().clone(), "key_query_like": model.key_query_like.detach().clone()},
        snapshots=snapshots, init_scale=scale, mu=mu, seconds=seconds,
    )


def config_dict(config: PopulationConfig) -> dict:
    return asdict(config)
