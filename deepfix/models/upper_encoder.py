"""The top layers of a pretrained encoder, trained on the cached output of its frozen lower layers.

Fine-tuning all of a pretrained encoder is what costs on a CPU. Training only its top k layers
(the rest frozen) gives most of the fine-tuning's adaptation at a fraction of the cost, and the
frozen lower part's outputs never change, so they are computed once and cached
(:func:`deepfix.models.feature_cache.cached_encode` with ``hidden_layer = L - k``). This module
runs the k top layers (copies of the pretrained ones, trainable) on those cached vectors; on
the same tokens it equals the whole encoder's last hidden states (tested).

Works with Hugging Face BERT-style encoders (``encoder.layer`` list, bidirectional attention).
"""

from __future__ import annotations

import copy

import torch
from torch import nn

from deepfix.errors import DeepfixError


def encoder_layers(hf_model: nn.Module) -> nn.ModuleList:
    layers = getattr(getattr(hf_model, "encoder", None), "layer", None)
    if not isinstance(layers, nn.ModuleList):
        raise DeepfixError(f"{type(hf_model).__name__}: no encoder.layer list (training only the top layers "
                           "needs a BERT-style encoder)")
    return layers


class UpperLayers(nn.Module):
    """Layers L-k .. L-1 of ``hf_model``: cached hidden states (N, n, H) -> last hidden states (N, n, H)."""

    def __init__(self, hf_model: nn.Module, num_layers: int):
        super().__init__()
        layers = encoder_layers(hf_model)
        if not 1 <= num_layers <= len(layers):
            raise DeepfixError(f"model.train_layers: expected 1..{len(layers)} (the encoder's layers), "
                               f"got {num_layers}")
        self.config = hf_model.config
        self.first = len(layers) - num_layers  # index of the first trained layer = the cached hidden state
        self.layers = nn.ModuleList(copy.deepcopy(layer) for layer in layers[self.first:])
        self.hidden_size = int(hf_model.config.hidden_size)

    def forward(self, hidden: torch.Tensor, padding_mask: torch.Tensor) -> torch.Tensor:
        # hidden (N, n, H) = hidden_states[first] of the pretrained model; padding_mask (N, n), True = pad
        from transformers.masking_utils import create_bidirectional_mask

        mask = create_bidirectional_mask(config=self.config, inputs_embeds=hidden,
                                         attention_mask=(~padding_mask).long())
        for layer in self.layers:
            out = layer(hidden, attention_mask=mask)
            hidden = out[0] if isinstance(out, tuple) else out
        return hidden  # (N, n, H)
