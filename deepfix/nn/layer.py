"""One transformer layer: an attention sublayer and an MLP sublayer, each wrapped in a residual.

The residual wrapper owns LayerNorm placement and the two scalars the later initialisation
schemes act on, so a scheme is a function over a built model, not a constructor flag::

    out = LN_post( skip_scale ⊙ x + branch_gain · f( LN_pre(x) ) )

* ``norm="post"``: LN_post only (Vaswani et al., 2017; the paper's ``standard`` baseline).
* ``norm="pre"``: LN_pre only (a final LayerNorm closes the stack).
* ``norm="none"``: no LayerNorm at all (DT-Fixup, T-Fixup, ReZero).
* ``skip_scale`` (frozen ones by default) is DeepNorm's α or Admin's learnable ω.
* ``branch_gain`` (frozen one by default) is ReZero's learnable α, initialised at 0.
"""

from __future__ import annotations

from typing import Callable

import torch
from torch import nn

from ..errors import DeepfixError
from .attention import MultiHeadAttention
from .rows import Rows
from .dropout import Dropout

NORMS = ("none", "post", "pre")
ACTIVATIONS: dict[str, type[nn.Module]] = {"relu": nn.ReLU, "gelu": nn.GELU}


class Residual(nn.Module):
    """Residual connection with optional pre/post LayerNorm and scheme-controlled scalars."""

    def __init__(self, d_model: int, norm: str) -> None:
        super().__init__()
        if norm not in NORMS:
            raise DeepfixError(f"norm: expected one of {NORMS}, got {norm!r}")
        self.norm = norm
        self.pre_norm = nn.LayerNorm(d_model) if norm == "pre" else None
        self.post_norm = nn.LayerNorm(d_model) if norm == "post" else None
        self.skip_scale = nn.Parameter(torch.ones(d_model), requires_grad=False)  # (d,)
        self.branch_gain = nn.Parameter(torch.ones(()), requires_grad=False)  # ()

    def forward(self, x: torch.Tensor, branch: Callable[[torch.Tensor], torch.Tensor]) -> torch.Tensor:
        h = self.pre_norm(x) if self.pre_norm is not None else x
        out = self.skip_scale * x + self.branch_gain * branch(h)  # (B, n, d)
        return self.post_norm(out) if self.post_norm is not None else out


class MLP(nn.Module):
    """Position-wise feed-forward sublayer: Linear -> activation -> dropout -> Linear -> dropout."""

    def __init__(self, d_model: int, d_ff: int, dropout: float, activation: str) -> None:
        super().__init__()
        if activation not in ACTIVATIONS:
            raise DeepfixError(f"activation: expected one of {sorted(ACTIVATIONS)}, got {activation!r}")
        self.fc_in = nn.Linear(d_model, d_ff)
        self.fc_out = nn.Linear(d_ff, d_model)
        self.activation = ACTIVATIONS[activation]()
        self.dropout = Dropout(dropout)

    def residual_branch_weights(self) -> list[torch.Tensor]:
        return [self.fc_in.weight, self.fc_out.weight]

    def forward(self, x: torch.Tensor, rows: Rows | None = None) -> torch.Tensor:
        """x (..., d) -> (..., d); with ``rows``, x is the packed valid rows (N, d) of a padded batch."""
        if rows is None:
            return self.dropout(self.fc_out(self.dropout(self.activation(self.fc_in(x)))))
        h = self.dropout(self.activation(self.fc_in(x)))  # (N, d_ff)
        return self.dropout(self.fc_out(h))  # (N, d)


class TransformerLayer(nn.Module):
    """Attention sublayer then MLP sublayer (2 of the paper's L = 2N sublayers)."""

    def __init__(
        self,
        d_model: int,
        n_heads: int,
        d_ff: int,
        dropout: float = 0.1,
        attention_dropout: float = 0.0,
        norm: str = "none",
        num_relations: int = 0,
        activation: str = "relu",
        attention_chunk_rows: int | None = None,
    ) -> None:
        super().__init__()
        self.attention = MultiHeadAttention(d_model, n_heads, num_relations, attention_dropout, attention_chunk_rows)
        self.mlp = MLP(d_model, d_ff, dropout, activation)
        self.attention_residual = Residual(d_model, norm)
        self.mlp_residual = Residual(d_model, norm)
        self.dropout = Dropout(dropout)

    def residuals(self) -> list[Residual]:
        return [self.attention_residual, self.mlp_residual]

    def residual_branch_weights(self) -> list[torch.Tensor]:
        """Weights on the residual branches: v, w, r^v and both MLP matrices (DT-Fixup Sec. 3)."""
        return self.attention.residual_branch_weights() + self.mlp.residual_branch_weights()

    def forward(
        self,
        x: torch.Tensor,
        padding_mask: torch.Tensor | None = None,
        relations: torch.Tensor | None = None,
        rows: Rows | None = None,
        checked: bool = False,
    ) -> torch.Tensor:
        """x (B, n, d) -> (B, n, d). ``rows`` (:class:`~deepfix.nn.rows.Rows` of ``padding_mask``): the
        position-wise work runs on the valid positions only; padded positions keep the attention
        sublayer's output. ``checked``: the inputs were validated by the caller
        (:func:`~deepfix.nn.attention.check_attention_inputs`)."""
        x = self.attention_residual(x, lambda h: self.dropout(self.attention(h, padding_mask, relations, rows, checked)))
        if rows is None:
            return self.mlp_residual(x, self.mlp)  # (B, n, d)
        return rows.merge(x, self.mlp_residual(rows.pack(x), lambda h: self.mlp(h, rows)))  # (B, n, d)
