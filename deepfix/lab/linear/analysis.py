"""Optimisation statistics of the linear transformer (Ahn et al., ICLR 2024, Sec. 4).

- Stochastic-gradient noise: K minibatch gradients at fixed weights minus their mean (the
  empirical full gradient); the paper shows its norm is heavy-tailed, unlike Gaussian noise of the
  same covariance (Simsekli et al. 2019; Zhang et al. 2020). Tail heaviness is summarised by the
  Hill estimator of the tail index alpha (smaller alpha = heavier tail). The mean is taken over the
  same K minibatches rather than over an independent large batch: per-prompt gradients are
  polynomials of high degree in the data, so one extreme prompt in a separate reference batch would
  shift every noise vector alike and hide the tail instead of showing it.
- Robust condition number of the loss Hessian (Jiang et al. 2022): lambda_max / median |lambda_i|,
  computed from the exact Hessian (the models have a few hundred parameters).
"""

from __future__ import annotations

import math

import torch

from .data import PromptSetting, sample_prompts
from .model import assemble, forward_prompts


def _loss(value: torch.Tensor, key_query: torch.Tensor, parameterisation: str, z0, y, n) -> torch.Tensor:
    """Mean squared error of one model (value/key_query (L, k, k)) on prompts z0 (B, D, n+1)."""
    P, Q = assemble(value, key_query, parameterisation)
    return (forward_prompts(P, Q, z0, n) - y).square().mean()


def minibatch_gradients(value, key_query, parameterisation: str, setting: PromptSetting, batch: int,
                        count: int, generator: torch.Generator, chunk: int = 250) -> torch.Tensor:
    """``count`` independent minibatch gradients (count, p), each from ``batch`` fresh prompts.

    Vectorised like a population: the weights are replicated along a run axis and every replica
    sees its own minibatch, so one backward pass gives ``chunk`` gradients.
    """
    out = []
    for start in range(0, count, chunk):
        k = min(chunk, count - start)
        v = value.detach().expand(k, *value.shape).clone().requires_grad_(True)  # (k, L, s, s)
        q = key_query.detach().expand(k, *key_query.shape).clone().requires_grad_(True)
        z0, y = sample_prompts(setting, batch, generator, groups=k)  # (k, b, D, n+1), (k, b)
        P, Q = assemble(v, q, parameterisation)
        losses = (forward_prompts(P, Q, z0, setting.n) - y).square().mean(-1)  # (k,)
        losses.sum().backward()
        out.append(torch.cat([v.grad.flatten(1), q.grad.flatten(1)], dim=1))
    return torch.cat(out)


def gaussian_like(noise: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    """Gaussian vectors (K, p) with the empirical mean and covariance of ``noise`` (K, p)."""
    mean = noise.mean(0)
    centred = noise - mean  # (K, p)
    mix = torch.randn(noise.shape[0], noise.shape[0], generator=generator, dtype=noise.dtype)
    return mean + mix @ centred / math.sqrt(noise.shape[0] - 1)


def hill_tail_index(samples: torch.Tensor, tail_fraction: float = 0.1) -> float:
    """Hill estimator of the tail index alpha of positive samples, from the top ``tail_fraction``."""
    x = torch.sort(samples.double().flatten(), descending=True).values
    k = max(2, int(tail_fraction * x.numel()))
    return float(1.0 / torch.log(x[:k] / x[k]).mean())


def noise_statistics(value, key_query, parameterisation: str, setting: PromptSetting, batch: int = 64,
                     count: int = 2000, seed: int = 0) -> dict:
    """Norms of minibatch gradient noise and of matched Gaussian noise, with tail indices."""
    generator = torch.Generator().manual_seed(seed)
    grads = minibatch_gradients(value, key_query, parameterisation, setting, batch, count, generator)  # (K, p)
    full = grads.mean(0)  # the empirical full gradient over K * batch prompts
    noise = grads - full
    gauss = gaussian_like(noise, generator)
    norms, gauss_norms = noise.norm(dim=1), gauss.norm(dim=1)  # (K,), (K,)

    def summary(x: torch.Tensor) -> dict:
        q = torch.quantile(x.double(), torch.tensor([0.5, 0.99], dtype=torch.double))
        return {"hill_alpha": hill_tail_index(x), "median": float(q[0]), "p99": float(q[1]),
                "p99_over_median": float(q[1] / q[0]), "max_over_median": float(x.max() / q[0])}

    return {
        "batch": batch, "count": count,
        "full_grad_norm": float(full.norm()),
        "sgd_noise": summary(norms), "gaussian_noise": summary(gauss_norms),
        "sgd_noise_norms": norms.tolist(), "gaussian_noise_norms": gauss_norms.tolist(),
    }


def hessian(value, key_query, parameterisation: str, z0: torch.Tensor, y: torch.Tensor, n: int) -> torch.Tensor:
    """Exact Hessian (p, p) of the loss on prompts z0 with respect to (value, key_query), in float64
    (the loss is a high-degree polynomial of the weights; float32 loses the small eigenvalues)."""
    split = value.numel()

    def loss_of(theta: torch.Tensor) -> torch.Tensor:
        v = theta[:split].reshape(value.shape)
        q = theta[split:].reshape(key_query.shape)
        return _loss(v, q, parameterisation, z0.double(), y.double(), n)

    theta = torch.cat([value.flatten(), key_query.flatten()]).detach().double().requires_grad_(True)
    (grad,) = torch.autograd.grad(loss_of(theta), theta, create_graph=True)  # (p,)
    rows = [torch.autograd.grad(grad[i], theta, retain_graph=True)[0] for i in range(theta.numel())]
    return torch.stack(rows)  # (p, p), one Hessian-vector product per row


def robust_condition_number(eigenvalues: torch.Tensor) -> float:
    """lambda_max / median |lambda| (Jiang et al. 2022's robust condition number)."""
    return float(eigenvalues.max() / eigenvalues.abs().median())


def hessian_statistics(value, key_query, parameterisation: str, z0, y, n: int) -> dict:
    """Top eigenvalue, median |eigenvalue| and robust condition number at one point."""
    eigenvalues = torch.linalg.eigvalsh(hessian(value, key_query, parameterisation, z0, y, n))
    loss = float(_loss(value.double(), key_query.double(), parameterisation, z0.double(), y.double(), n))
    return {"loss": loss, "lambda_max": float(eigenvalues.max()), "lambda_min": float(eigenvalues.min()),
            "median_abs_lambda": float(eigenvalues.abs().median()),
            "robust_condition_number": robust_condition_number(eigenvalues)}
