"""A stack of N transformer layers: the paper's f_G (L = 2N sublayers)."""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from ..errors import DeepfixError
from .attention import check_attention_inputs
from .layer import Residual, TransformerLayer
from .rows import Rows
from .dropout import Dropout
from .length_groups import length_groups, run_in_groups


@dataclass
class StackConfig:
    """Shape of f_G. ``num_relations = 0`` gives vanilla attention, > 0 relation-aware attention."""

    num_layers: int = 4
    d_model: int = 256
    n_heads: int = 8
    d_ff: int = 1024
    dropout: float = 0.1  # on linear layers inside the stack
    input_dropout: float = 0.0  # on the stack's input (0.6 in the paper's Spider setting)
    attention_dropout: float = 0.0
    norm: str = "none"  # none | post | pre | auto (the init scheme's placement: resolved by MixedConfig)
    num_relations: int = 0
    activation: str = "relu"
    # relation path in blocks of query rows (MultiHeadAttention.chunk_rows): None = automatic, 0 = off
    attention_chunk_rows: int | None = None
    # run the stack on sub-batches of similar length when that saves attention work (deepfix.nn.length_groups);
    # the same output at valid positions either way
    length_groups: bool = True

    def __post_init__(self) -> None:
        if self.norm == "":  # the multiple-choice config's spelling of auto before the stack was composed
            self.norm = "auto"
        if self.norm not in ("none", "post", "pre", "auto"):
            raise DeepfixError(f"norm: expected none, post, pre or auto, got {self.norm!r}")
        if self.num_layers < 0:
            raise DeepfixError(f"num_layers: expected >= 0, got {self.num_layers}")
        for name in ("dropout", "input_dropout", "attention_dropout"):
            value = getattr(self, name)
            if not 0.0 <= value < 1.0:
                raise DeepfixError(f"{name}: expected a probability in [0, 1), got {value}")
        if self.attention_chunk_rows is not None and self.attention_chunk_rows < 0:
            raise DeepfixError(f"attention_chunk_rows: expected None (automatic), 0 (off) or > 0, got "
                               f"{self.attention_chunk_rows}")


class TransformerStack(nn.Module):
    """N transformer layers with input dropout and, for pre-LN, a closing LayerNorm."""

    def __init__(self, config: StackConfig) -> None:
        super().__init__()
        self.config = config
        self.input_dropout = Dropout(config.input_dropout)
        self.layers = nn.ModuleList(
            TransformerLayer(
                config.d_model,
                config.n_heads,
                config.d_ff,
                config.dropout,
                config.attention_dropout,
                config.norm,
                config.num_relations,
                config.activation,
                config.attention_chunk_rows,
            )
            for _ in range(config.num_layers)
        )
        self.final_norm = nn.LayerNorm(config.d_model) if config.norm == "pre" and config.num_layers else None
        # True while an observer (deepfix.train.telemetry) records whole-batch figures per layer: no sub-batches
        self.whole_batch = False

    @property
    def num_layers(self) -> int:
        return len(self.layers)

    @property
    def relation_aware(self) -> bool:
        return self.config.num_relations > 0

    def residuals(self) -> list[Residual]:
        return [residual for layer in self.layers for residual in layer.residuals()]

    def residual_branch_weights(self) -> list[torch.Tensor]:
        return [weight for layer in self.layers for weight in layer.residual_branch_weights()]

    def forward(
        self,
        x: torch.Tensor,
        padding_mask: torch.Tensor | None = None,
        relations: torch.Tensor | None = None,
    ) -> torch.Tensor:
        """x: (B, n, d) -> (B, n, d). padding_mask: (B, n) True = pad. relations: (B, n, n) ids.

        With ``length_groups`` (and nothing recording whole-batch figures: ``whole_batch``, probes), a batch of
        widely spread lengths runs as sub-batches of similar length (:mod:`deepfix.nn.length_groups`).
        The inputs are validated once here (:func:`~deepfix.nn.attention.check_attention_inputs`), not in
        every layer.
        """
        if self.layers:
            check_attention_inputs(x, padding_mask, relations, self.config.d_model, self.config.num_relations)
        if self.config.length_groups and not self.whole_batch and padding_mask is not None and self.layers \
                and x.shape[0] > 1 and all(layer.attention.probe is None for layer in self.layers):
            groups = length_groups((~padding_mask).sum(1).tolist())
            if len(groups) > 1:
                return run_in_groups(self._forward, x, padding_mask, relations, groups)
        return self._forward(x, padding_mask, relations)

    def _forward(self, x: torch.Tensor, padding_mask: torch.Tensor | None, relations: torch.Tensor | None):
        x = self.input_dropout(x)
        rows = Rows.of(padding_mask)  # position-wise work on the valid positions only (deepfix.nn.rows)
        for layer in self.layers:
            x = layer(x, padding_mask, relations, rows=rows, checked=True)
        return self.final_norm(x) if self.final_norm is not None else x
