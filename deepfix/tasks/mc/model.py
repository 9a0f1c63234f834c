"""The multiple-choice model of DT-Fixup's ReClor experiment (Xu et al., ACL 2021, Sec. 4.2).

Every (passage + question, option) pair is encoded by the pretrained encoder f_e; the vanilla
transformer stack f_G (any depth, 0 = the usual "encoder + linear head" baseline) runs over the
pair's token vectors; a linear scorer f_o turns the pooled sequence into one score per option;
a softmax over a question's options gives its answer distribution.
"""

from __future__ import annotations

import torch
from torch import nn

from deepfix.errors import DeepfixError
from deepfix.models.heads import masked_mean


class OptionScorer(nn.Module):
    """f_o: pool one pair's hidden states (first token or mean of real tokens), then a linear score."""

    POOLS = ("first", "mean")

    def __init__(self, d_model: int, pool: str = "first"):
        super().__init__()
        if pool not in self.POOLS:
            raise DeepfixError(f"model.pool must be one of {self.POOLS}, got {pool!r}")
        self.pool = pool
        self.linear = nn.Linear(d_model, 1)

    def forward(self, hidden: torch.Tensor, padding_mask: torch.Tensor | None) -> torch.Tensor:
        # hidden (N, n, d); padding_mask (N, n) True = pad
        pooled = hidden[:, 0] if self.pool == "first" else masked_mean(hidden, padding_mask)  # (N, d)
        return self.linear(pooled).squeeze(-1)  # (N,)


def option_logits(pair_scores: torch.Tensor, slots: torch.Tensor, num_questions: int,
                  max_options: int) -> torch.Tensor:
    """Scatter the scores of the flattened pairs into a (B, k_max) grid; empty slots are -inf.

    ``slots`` (N,) long: the position ``question * k_max + option`` of each pair, so questions
    with fewer options than the batch's widest need no dummy pairs.
    """
    grid = pair_scores.new_full((num_questions * max_options,), float("-inf"))
    grid = grid.index_copy(0, slots, pair_scores)
    return grid.view(num_questions, max_options)  # (B, k_max)


class MCModel(nn.Module):
    """Pairs -> :class:`deepfix.models.mixed.MixedModel` (its head an :class:`OptionScorer`) -> option logits.

    With a frozen encoder the batches carry its cached outputs (``features``); with a fine-tuned
    one, ``mixed.encoder`` is attached and the batches carry token ids (``tokens``); with only its
    top layers trained, ``mixed.encoder`` is an :class:`~deepfix.models.upper_encoder.UpperLayers`
    and the batches carry the frozen lower layers' cached outputs.
    """

    def __init__(self, mixed: nn.Module):
        super().__init__()
        self.mixed = mixed

    def features(self, batch: dict) -> tuple[torch.Tensor, torch.Tensor]:
        """(N, n, H) encoder vectors of the batch's pairs and their (N, n) padding mask (True = pad)."""
        if "features" in batch:
            if self.mixed.encoder is not None:  # UpperLayers: the trained top of the encoder on cached vectors
                return self.mixed.encoder(batch["features"], batch["padding_mask"]), batch["padding_mask"]
            return batch["features"], batch["padding_mask"]
        if self.mixed.encoder is None:
            raise ValueError("batch has no cached features and the model has no encoder")
        tokens = batch["tokens"]
        hidden = self.mixed.encoder(tokens["input_ids"], tokens["attention_mask"])  # (N, n, H)
        return hidden, tokens["attention_mask"] == 0

    def forward(self, batch: dict) -> torch.Tensor:
        """(B, k_max) option logits; -inf where a question has fewer options."""
        features, padding_mask = self.features(batch)
        pair_scores = self.mixed(features, padding_mask)  # (N,)
        return option_logits(pair_scores, batch["slots"], batch["num_questions"], batch["max_options"])
