"""The valid token rows of a padded batch: position-wise work runs on them only.

A batch (B, n, d) of examples of different lengths is mostly padding when lengths vary (measured on
Spider's CPU setting: 52% of the stack's positions are valid). Linear layers, activations, dropout
and residual sums act on each position alone, so the stack computes them on the packed valid rows
(N, d) and leaves the attention core, which mixes positions, in the padded layout::

    rows = Rows(padding_mask)          # once per batch
    h = rows.pack(x)                   # (B, n, d) -> (N, d)
    x = rows.unpack(f(h))              # (N, d') -> (B, n, d'), zeros at padded positions

Dropout on packed rows draws random numbers for the valid rows only (so a seeded run's random
stream differs from the padded computation's; without dropout the values are the same). Padded positions no longer hold numbers
(zeros, or the stream as it entered a sublayer); nothing downstream reads them (attention masks
padded keys, the decoder masks padded memory).
"""

from __future__ import annotations

import torch
from torch import nn


class Rows:
    """Index of the valid (non-padding) positions of a (B, n) padding mask."""

    def __init__(self, padding_mask: torch.Tensor) -> None:
        batch, n = padding_mask.shape
        self.shape = (batch, n)
        self.total = batch * n
        self.index = (~padding_mask).reshape(-1).nonzero().squeeze(1)  # (N,) flat positions b * n + i

    @classmethod
    def of(cls, padding_mask: torch.Tensor | None) -> "Rows | None":
        """Rows of a mask with padding in it; None when there is none (nothing to skip)."""
        if padding_mask is None or not bool(padding_mask.any()):
            return None
        return cls(padding_mask)

    def pack(self, x: torch.Tensor) -> torch.Tensor:
        """(B, n, d) -> (N, d): the valid positions, in order."""
        return x.reshape(self.total, x.shape[-1]).index_select(0, self.index)

    def unpack(self, packed: torch.Tensor) -> torch.Tensor:
        """(N, d) -> (B, n, d), zeros at padded positions."""
        full = packed.new_zeros(self.total, packed.shape[-1])
        return full.index_copy(0, self.index, packed).view(*self.shape, packed.shape[-1])

    def merge(self, x: torch.Tensor, packed: torch.Tensor) -> torch.Tensor:
        """(B, n, d) with its valid positions replaced by ``packed`` (N, d); padded ones keep ``x``."""
        return x.reshape(self.total, x.shape[-1]).index_copy(0, self.index, packed).view_as(x)
