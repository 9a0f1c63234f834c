"""A pretrained encoder split in two: frozen lower layers (outputs cached) and trained top layers.

Fine-tuning all of a pretrained encoder is what costs on a CPU. Training only its top k layers
(the rest frozen) gives most of the fine-tuning's adaptation at a fraction of the cost, and the
frozen lower part's outputs never change, so they are computed once and cached
(:func:`deepfix.models.feature_cache.cached_encode` with ``hidden_layer = L - k``, or Spider's
token cache). :class:`UpperLayers` runs the k top layers (copies of the pretrained ones,
trainable) on those cached vectors; on the same tokens it equals the whole encoder's last hidden
states (tested). :class:`LowerLayers` is the frozen rest (embeddings + layers 0 .. L-k-1), which
computes the cached vectors, and which a model that answers new questions runs in front of its
trained top layers. :func:`split_encoder` makes both from one loaded encoder; :func:`frozen_layer_count`
is L - k for an encoder directory, checking k.

Works with Hugging Face BERT-style encoders (``encoder.layer`` list, bidirectional attention),
MPNet included (its relative position bias, computed once in the encoder and shared by every
layer, is copied into the top part and trained with it).
"""

from __future__ import annotations

import copy
import os

import torch
from torch import nn

from deepfix.errors import DeepfixError


def encoder_layers(hf_model: nn.Module) -> nn.ModuleList:
    layers = getattr(getattr(hf_model, "encoder", None), "layer", None)
    if not isinstance(layers, nn.ModuleList):
        raise DeepfixError(f"{type(hf_model).__name__}: no encoder.layer list (training only the top layers "
                           "needs a BERT-style encoder)")
    return layers


def check_train_layers(total: int, train_layers: int, key: str = "model.train_layers") -> int:
    """``train_layers`` checked against the encoder's ``total`` layers; returns the frozen count L - k."""
    if not 1 <= train_layers <= total:
        raise DeepfixError(f"{key}: expected 1..{total} (the encoder's layers), got {train_layers}")
    return total - train_layers


def frozen_layer_count(encoder_dir: str | os.PathLike, train_layers: int, key: str = "model.train_layers") -> int:
    """How many layers of the encoder at ``encoder_dir`` stay frozen when its top ``train_layers`` train:
    L - k, the index of the hidden state that is cached (0 = the embeddings' output)."""
    from transformers import AutoConfig

    total = int(AutoConfig.from_pretrained(str(encoder_dir), local_files_only=True).num_hidden_layers)
    return check_train_layers(total, train_layers, key)


class UpperLayers(nn.Module):
    """Layers L-k .. L-1 of ``hf_model``: cached hidden states (N, n, H) -> last hidden states (N, n, H)."""

    def __init__(self, hf_model: nn.Module, num_layers: int, key: str = "model.train_layers"):
        super().__init__()
        layers = encoder_layers(hf_model)
        self.config = hf_model.config
        self.first = check_train_layers(len(layers), num_layers, key)  # the first trained layer = the cached state
        self.layers = nn.ModuleList(copy.deepcopy(layer) for layer in layers[self.first:])
        self.hidden_size = int(hf_model.config.hidden_size)
        bias = getattr(hf_model.encoder, "relative_attention_bias", None)  # MPNet: shared by every layer
        self.relative_attention_bias = copy.deepcopy(bias) if isinstance(bias, nn.Embedding) else None
        self._bucket = type(hf_model.encoder).relative_position_bucket if bias is not None else None

    def _position_bias(self, hidden: torch.Tensor) -> torch.Tensor:
        """MPNet's relative position bias (B, heads, n, n), as ``MPNetEncoder.compute_position_bias`` makes it."""
        n = hidden.shape[1]
        position = torch.arange(n, dtype=torch.long, device=hidden.device)
        bucket = self._bucket(position[None, :] - position[:, None])  # its defaults, as the encoder calls it
        values = self.relative_attention_bias(bucket).permute(2, 0, 1).unsqueeze(0)  # (1, heads, n, n)
        return values.expand(hidden.shape[0], -1, n, n).contiguous()

    def forward(self, hidden: torch.Tensor, padding_mask: torch.Tensor) -> torch.Tensor:
        # hidden (N, n, H) = hidden_states[first] of the pretrained model; padding_mask (N, n), True = pad
        from transformers.masking_utils import create_bidirectional_mask

        mask = create_bidirectional_mask(config=self.config, inputs_embeds=hidden,
                                         attention_mask=(~padding_mask).long())
        extra = {"position_bias": self._position_bias(hidden)} if self.relative_attention_bias is not None else {}
        for layer in self.layers:
            out = layer(hidden, attention_mask=mask, **extra)
            hidden = out[0] if isinstance(out, tuple) else out
        return hidden  # (N, n, H)


class LowerLayers(nn.Module):
    """The frozen part of ``hf_model`` below its top ``num_layers``: token ids -> hidden_states[L-k] (N, n, H).

    Takes ``hf_model`` over (its layer list is cut to the lower L-k layers; make the
    :class:`UpperLayers` first), puts it in eval mode and turns its gradients off: it never trains.
    """

    def __init__(self, hf_model: nn.Module, num_layers: int, key: str = "model.train_layers"):
        super().__init__()
        layers = encoder_layers(hf_model)
        self.first = check_train_layers(len(layers), num_layers, key)
        hf_model.encoder.layer = nn.ModuleList(list(layers)[: self.first])
        self.model = hf_model.eval()
        for parameter in self.model.parameters():
            parameter.requires_grad_(False)
        self.hidden_size = int(hf_model.config.hidden_size)

    def train(self, mode: bool = True) -> "LowerLayers":
        return super().train(False)  # frozen: always as it ran when its outputs were cached

    @torch.no_grad()
    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state


def split_encoder(hf_model: nn.Module, train_layers: int, key: str = "model.train_layers") -> tuple[LowerLayers, UpperLayers]:
    """(frozen lower part, trainable copy of the top ``train_layers`` layers) of one loaded encoder."""
    upper = UpperLayers(hf_model, train_layers, key)
    return LowerLayers(hf_model, train_layers, key), upper
