"""Prompts for in-context linear regression (Ahn et al., ICLR 2024, Sec. 2; von Oswald et al. 2023).

A prompt is the matrix Z0 in R^{(d+1) x (n+1)}: column i <= n is (x_i, y_i) with y_i = <w, x_i>,
the last column is (x_q, 0); the target is y_q = <w, x_q>. The task vector w ~ N(0, I_d) is drawn
afresh for every prompt. Covariates are Gaussian, or heavy-tailed: every coordinate i.i.d.
Student-t with ``dof`` degrees of freedom, rescaled to unit variance so that only the tails differ
from the Gaussian settings (this exact heavy-tailed law is deepfix's choice; the paper's settings
are "Gaussian n=20", "Gaussian n=5" and "heavy-tailed covariates").
"""

from __future__ import annotations

import torch

from deepfix.errors import DeepfixError

from .settings import SETTINGS, PromptSetting, get_setting  # noqa: F401  (re-exported)


def sample_covariates(setting: PromptSetting, shape: tuple[int, ...], generator) -> torch.Tensor:
    """Covariates of the given shape (last axis = coordinates), unit variance per coordinate."""
    x = torch.randn(shape, generator=generator)
    if setting.covariates == "gaussian":
        return x
    if setting.covariates == "laplace":
        u = torch.rand(shape, generator=generator).clamp_min(1e-12)
        magnitude = -torch.log(u) / 2**0.5  # Exponential with mean 1/sqrt(2): unit-variance Laplace
        return torch.where(x >= 0, magnitude, -magnitude)  # the sign from the Gaussian draw
    if setting.covariates == "student_t":
        if setting.dof <= 2:
            raise DeepfixError(f"setting {setting.name!r}, field 'dof': must be > 2 (finite variance)")
        chi2 = torch.randn((*shape, setting.dof), generator=generator).square().sum(-1)
        t = x / torch.sqrt(chi2 / setting.dof)
        return t * ((setting.dof - 2) / setting.dof) ** 0.5  # unit variance
    raise DeepfixError(f"setting {setting.name!r}, field 'covariates': unknown {setting.covariates!r}")


def sample_prompts(
    setting: PromptSetting, batch: int, generator: torch.Generator | None = None, groups: int | None = None
) -> tuple[torch.Tensor, torch.Tensor]:
    """Draw prompts. Returns ``(Z0, y_query)``: Z0 (B, d+1, n+1) and y_query (B,).

    With ``groups=G`` the leading shape is (G, B) instead of (B,): one independent stream per seed.
    """
    lead = (batch,) if groups is None else (groups, batch)
    d, n = setting.d, setting.n
    x = sample_covariates(setting, (*lead, n + 1, d), generator)  # (..., n+1, d)
    w = torch.randn((*lead, d, 1), generator=generator)  # (..., d, 1)
    y = (x @ w).squeeze(-1)  # (..., n+1)
    z0 = torch.cat([x.transpose(-1, -2), y.unsqueeze(-2)], dim=-2)  # (..., d+1, n+1)
    z0[..., d, n] = 0.0  # the query's label is hidden
    return z0, y[..., n]
