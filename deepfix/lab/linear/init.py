"""Initialisation schemes for (deep) linear transformers, after deepfix's schemes for real stacks.

In a linear-attention layer, P plays the value-times-output projection (W_O W_V) and Q plays
W_K^T W_Q of softmax attention. The schemes reuse the factors of :mod:`deepfix.init` (DT-Fixup, Xu et al. 2021,
Sec. 3; T-Fixup, Huang et al. 2020) on these roles:

- ``small``:     every trainable entry N(0, std^2) with a small std (default 0.05): the
                 near-zero start under which the paper-style runs of the lab train at L <= 6.
- ``standard``:  every trainable block Xavier-normal (std sqrt(2 / (fan_in + fan_out))). A layer
                 is cubic in Z, so at this scale the output of an L-layer model grows like a
                 polynomial of degree 3^L: only shallow models start in a trainable region.
- ``t_fixup``:   Xavier, then P *= (0.67 L^{-1/4})^2 (T-Fixup scales both v and w by 0.67 N^{-1/4});
                 Q stays Xavier (T-Fixup leaves q and k alone).
- ``dt_fixup``:  Xavier, then P *= (L^{-1/2} / (2 mu))^2 (DT-Fixup scales v and w by
                 N^{-1/2} / (2 mu), mu = input norm); Q stays Xavier. mu is the 95th percentile of
                 the prompt-column norms ||(x_i, y_i)|| (the robust variant the DT-Fixup paper names),
                 measured on a profile batch.

In the sparse parameterisation only the trainable blocks B (of P) and A (of Q) are scaled; the
fixed 1 in P's corner stays. Runs that share a seed share their initial weights.
"""

from __future__ import annotations

import math

import torch

from deepfix.errors import DeepfixError
from deepfix.init.schemes import dt_fixup_factor, t_fixup_factor

from .model import LinearTransformer
from .settings import LINEAR_INIT_SCHEMES

SMALL_STD = 0.05


def prompt_norm_percentile(z0: torch.Tensor, n: int, percentile: float = 95.0) -> float:
    """The lab's mu (robust input norm): the ``percentile`` of ||column|| over the context columns of
    z0 (B, D, n+1). The real stacks' mu is :func:`deepfix.init.mu.estimate_mu`, over a data loader."""
    norms = z0[..., :n].norm(dim=-2).flatten()  # (B * n,)
    return float(torch.quantile(norms, percentile / 100.0))


def value_scale(scheme: str, num_layers: int, mu: float | None = None) -> float:
    """The factor applied to P's trainable block after Xavier initialisation."""
    if scheme in ("small", "standard"):
        return 1.0
    if scheme == "t_fixup":
        return t_fixup_factor(num_layers) ** 2  # v and w each scaled: P = w v gets the square
    if scheme == "dt_fixup":
        if mu is None or mu <= 0:
            raise DeepfixError("init scheme 'dt_fixup' needs the input norm mu (> 0)")
        return dt_fixup_factor(num_layers, mu, relation_aware=False) ** 2
    raise DeepfixError(f"--init {scheme!r}: choose one of {', '.join(LINEAR_INIT_SCHEMES)}")


@torch.no_grad()
def initialize(model: LinearTransformer, scheme: str, run_seeds: list[int], mu: float | None = None,
               small_std: float = SMALL_STD) -> float:
    """Draw every run's weights (run r from seed ``run_seeds[r]``) and apply ``scheme``.

    Returns the factor applied to P's trainable block.
    """
    if len(run_seeds) != model.num_runs:
        raise DeepfixError(f"{len(run_seeds)} seeds for {model.num_runs} runs")
    scale = value_scale(scheme, model.num_layers, mu)
    value, key_query = model.value_like, model.key_query_like
    size = value.shape[-1]
    std = small_std if scheme == "small" else math.sqrt(2.0 / (size + size))  # Xavier: size x size
    for run, seed in enumerate(run_seeds):
        generator = torch.Generator().manual_seed(int(seed))
        value[run] = torch.randn(value.shape[1:], generator=generator) * std * scale
        key_query[run] = torch.randn(key_query.shape[1:], generator=generator) * std
    return scale
