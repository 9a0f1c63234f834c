"""Closed-form checks for one linear-attention layer (Ahn et al. 2023/2024; von Oswald et al. 2023).

One layer predicts y_q by one step of preconditioned gradient descent from w = 0 on the in-context
least-squares loss: y_hat = x_q^T Gamma (1/n) sum_i x_i y_i. For w ~ N(0, I) and covariates with
unit variance, independent coordinates and E[x_j^4] = kappa, with Sigma_hat = (1/n) sum_i x_i x_i^T,

    E[Sigma_hat^2] = ((n + d + kappa - 2) / n) I,

so among Gamma = c I the loss E[(y_hat - y_q)^2] = d (c^2 (n+d+kappa-2)/n - 2c + 1) is minimised at
c* = n / (n + d + kappa - 2) with value d (d + kappa - 2) / (n + d + kappa - 2). For Gaussian
covariates (kappa = 3) this is the paper's d (d+1) / (n+d+1): 1.154 (n=20) and 2.727 (n=5), d=5.
"""

from __future__ import annotations

import torch

from .data import PromptSetting


def optimal_preconditioner_scale(setting: PromptSetting) -> float:
    """c* with Gamma* = c* I: the best one-step preconditioner."""
    return setting.n / (setting.n + setting.d + setting.kurtosis - 2)


def optimal_one_layer_loss(setting: PromptSetting) -> float:
    """d (d + kappa - 2) / (n + d + kappa - 2); = d(d+1)/(n+d+1) for Gaussian covariates."""
    d, n, k = setting.d, setting.n, setting.kurtosis
    return d * (d + k - 2) / (n + d + k - 2)


def preconditioned_gd_prediction(z0: torch.Tensor, gamma: torch.Tensor | float, n: int) -> torch.Tensor:
    """One step of preconditioned GD from w = 0, read off the prompt: x_q^T Gamma (1/n) X^T y.

    z0: (..., B, d+1, n+1); gamma: scalar or (d, d). Returns (..., B).
    """
    d = z0.shape[-2] - 1
    x, y = z0[..., :d, :n], z0[..., d, :n]  # (..., B, d, n), (..., B, n)
    x_query = z0[..., :d, n]  # (..., B, d)
    correlation = (x @ y.unsqueeze(-1)).squeeze(-1) / n  # (..., B, d) = (1/n) sum_i x_i y_i
    if not torch.is_tensor(gamma) or gamma.dim() == 0:
        return gamma * (x_query * correlation).sum(-1)
    return (x_query * (correlation @ gamma.T)).sum(-1)
