"""Task heads f_o that read the stack's output."""

from __future__ import annotations

import torch
from torch import nn
from deepfix.nn.dropout import Dropout


def masked_mean(hidden: torch.Tensor, padding_mask: torch.Tensor | None) -> torch.Tensor:
    """Mean over valid positions: (B, n, d) -> (B, d)."""
    if padding_mask is None:
        return hidden.mean(dim=1)
    valid = (~padding_mask).unsqueeze(-1).to(hidden.dtype)  # (B, n, 1)
    return (hidden * valid).sum(dim=1) / valid.sum(dim=1).clamp(min=1.0)


class PooledClassifier(nn.Module):
    """Mean-pool the valid positions, then one linear layer: (B, n, d) -> logits (B, num_outputs)."""

    def __init__(self, d_model: int, num_outputs: int, dropout: float = 0.0) -> None:
        super().__init__()
        self.dropout = Dropout(dropout)
        self.linear = nn.Linear(d_model, num_outputs)

    def forward(self, hidden: torch.Tensor, padding_mask: torch.Tensor | None = None) -> torch.Tensor:
        return self.linear(self.dropout(masked_mean(hidden, padding_mask)))
