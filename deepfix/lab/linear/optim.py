"""SGD with momentum and Adam for a population of runs, each with its own learning rate.

``torch.optim`` applies one learning rate per parameter group; a population stores R runs in one
tensor (leading axis R), so a learning-rate grid needs a learning rate per slice. The updates are
the textbook ones, identical to ``torch.optim.SGD(momentum=m)`` / ``torch.optim.Adam`` for one run
(tests check this), preceded by per-run global gradient-norm clipping (as
``torch.nn.utils.clip_grad_norm_`` for each run) and an optional linear learning-rate warmup.
Runs can be frozen (``active=False``), e.g. after they diverge.
"""

from __future__ import annotations

import torch

from deepfix.errors import DeepfixError

OPTIMIZERS = ("sgd", "adam")


def _per_run(values: torch.Tensor, like: torch.Tensor) -> torch.Tensor:
    """(R,) -> (R, 1, ..., 1) broadcastable against ``like`` (R, ...)."""
    return values.reshape((-1,) + (1,) * (like.dim() - 1))


class PopulationOptimizer:
    """One optimizer stepping R runs stored along axis 0 of every parameter."""

    def __init__(
        self,
        params: list[torch.nn.Parameter],
        kind: str,
        lr: torch.Tensor,  # (R,)
        momentum: float = 0.9,
        betas: tuple[float, float] = (0.9, 0.9),
        eps: float = 1e-8,
        clip: float | None = 1.0,
        warmup_steps: int = 0,
    ):
        if kind not in OPTIMIZERS:
            raise DeepfixError(f"--optimizer {kind!r}: choose one of {', '.join(OPTIMIZERS)}")
        self.params, self.kind = list(params), kind
        self.lr = torch.as_tensor(lr, dtype=torch.float32)
        self.momentum, self.betas, self.eps = momentum, betas, eps
        self.clip, self.warmup_steps = clip, warmup_steps
        self.active = torch.ones_like(self.lr, dtype=torch.bool)
        self.steps = 0
        self.first = [torch.zeros_like(p) for p in self.params]  # momentum buffer / Adam m
        self.second = [torch.zeros_like(p) for p in self.params]  # Adam v

    def grad_norms(self) -> torch.Tensor:
        """Global gradient norm of each run, (R,)."""
        total = sum(p.grad.flatten(1).square().sum(1) for p in self.params)
        return total.sqrt()

    @torch.no_grad()
    def step(self) -> torch.Tensor:
        """Clip, then update every active run. Returns the pre-clipping gradient norms (R,)."""
        norms = self.grad_norms()
        scale = torch.ones_like(norms)
        if self.clip is not None:
            scale = (self.clip / (norms + 1e-6)).clamp(max=1.0)
        self.steps += 1
        warm = min(1.0, self.steps / self.warmup_steps) if self.warmup_steps else 1.0
        lr = self.lr * warm * self.active
        for i, p in enumerate(self.params):
            g = p.grad * _per_run(scale, p)
            g = torch.where(torch.isfinite(g), g, torch.zeros_like(g))  # frozen runs may hold NaN
            if self.kind == "sgd":
                buf = self.first[i]
                if self.steps == 1:
                    buf.copy_(g)  # torch.optim.SGD starts the buffer at the first gradient
                else:
                    buf.mul_(self.momentum).add_(g)
                p.sub_(_per_run(lr, p) * buf)
            else:
                beta1, beta2 = self.betas
                m, v = self.first[i], self.second[i]
                m.mul_(beta1).add_(g, alpha=1 - beta1)
                v.mul_(beta2).addcmul_(g, g, value=1 - beta2)
                m_hat = m / (1 - beta1**self.steps)
                v_hat = v / (1 - beta2**self.steps)
                p.sub_(_per_run(lr, p) * m_hat / (v_hat.sqrt() + self.eps))
        return norms
