"""Dropout whose random mask costs a quarter of the random numbers: 16-bit thresholds.

Dropout (Srivastava et al., 2014) zeroes each element with probability p and scales the rest by
1 / (1 - p). On a CPU, ``F.dropout`` draws one random number per element
(``bernoulli_``, ~15 ns each on this project's 2-core machine), and in Spider's CPU setting that
was a tenth of a training step (``results/benchmarks/spider_step_profile_after.md``).

Here one 64-bit draw of the generator gives four 16-bit uniforms u in [0, 65536); an element is
dropped when u < t with t = round(p * 65536), and kept elements are scaled by 1 / (1 - t / 65536).
So the drop probability is p rounded to a multiple of 2^-16 (0.1 -> 0.100006; the same idea as
FlashAttention's 8-bit dropout threshold), and the expectation is kept exactly: E[dropout(x)] = x.
The generator is torch's default one, so seeding, checkpointed RNG state and exact resume work as
before; the stream of random numbers is not the one ``F.dropout`` would draw.

On a GPU (CUDA), ``F.dropout`` is a fused kernel already and is used as it is.
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F

#: Resolution of the drop threshold: uniforms are 16-bit.
LEVELS = 1 << 16
_LOW, _HIGH = -(1 << 63), (1 << 63) - 1  # the full int64 range: every bit of a draw is random


def drop_threshold(p: float) -> int:
    """t in [0, 65536]: an element is dropped when its 16-bit uniform is below t."""
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"dropout probability must be in [0, 1], got {p}")
    return round(p * LEVELS)


def keep_mask(shape: tuple[int, ...], p: float, device=None, generator: torch.Generator | None = None) -> torch.Tensor:
    """Bool mask of ``shape``, each element True (kept) with probability 1 - t / 65536."""
    numel = 1
    for size in shape:
        numel *= size
    words = torch.randint(_LOW, _HIGH, ((numel + 3) // 4,), dtype=torch.int64, device=device,
                          generator=generator)
    uniform = words.view(torch.int16)[:numel].view(shape)  # int16 in [-32768, 32767]: u - 32768
    return uniform >= drop_threshold(p) - (LEVELS >> 1)


def dropout_scale(shape: tuple[int, ...], p: float, like: torch.Tensor) -> torch.Tensor | None:
    """The factor dropout multiplies by: 0 where dropped, 1 / (1 - t / 65536) where kept, or None (p = 0).

    Drawing it ahead lets a loop draw the masks of all its steps in one call (the decoder does).
    """
    threshold = drop_threshold(p)
    if threshold == 0:
        return None
    if threshold == LEVELS:
        return like.new_zeros(shape)
    return keep_mask(shape, p, device=like.device).to(like.dtype).mul_(LEVELS / (LEVELS - threshold))


def dropout(x: torch.Tensor, p: float, training: bool = True) -> torch.Tensor:
    """x with elements zeroed with probability ~p (multiple of 2^-16) and the rest scaled: unbiased."""
    if not training or p == 0.0:
        return x
    if x.is_cuda:
        return F.dropout(x, p, training=True)
    scale = dropout_scale(tuple(x.shape), p, x)
    return x if scale is None else x * scale


class Dropout(nn.Dropout):
    """``nn.Dropout`` with the 16-bit mask of :func:`dropout` (no parameters: state dicts unchanged)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return dropout(x, self.p, self.training)
