"""(passage + question, option) pairs: their texts, tokens, and frozen-encoder features.

Each option of each question is one pair ``[CLS] passage question [SEP] option [SEP]``. Pairs
longer than ``max_length`` lose tokens from the longer side first (``truncation=True``, i.e.
longest_first): the passage, except for the few options longer than it. All pairs of a list of
questions are flattened; question ``i`` owns rows ``offsets[i]:offsets[i+1]``.

With a frozen encoder every pair is encoded once by :func:`deepfix.models.feature_cache.cached_encode`
(safetensors on disk, keyed by the encoder, the texts and ``max_length``); with a fine-tuned
encoder the batches carry token ids instead (:func:`tokenize_pairs`).
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from .data import MCExample


def pair_texts(examples: list[MCExample]) -> list[tuple[str, str]]:
    """One (passage + " " + question, option) text pair per option, questions in order."""
    return [(f"{e.passage} {e.question}", option) for e in examples for option in e.options]


def pair_offsets(examples: list[MCExample]) -> torch.Tensor:
    """(E+1,) first pair row of each question."""
    counts = torch.tensor([0] + [len(e.options) for e in examples], dtype=torch.long)
    return torch.cumsum(counts, 0)


@dataclass
class PairTokens:
    """Token ids of every pair, padded to ``max_length`` (fine-tuned encoder)."""

    input_ids: torch.Tensor       # (P, L) long
    attention_mask: torch.Tensor  # (P, L) long, 1 = real token


def tokenize_pairs(tokenizer, examples: list[MCExample], max_length: int) -> PairTokens:
    texts = pair_texts(examples)
    encoded = tokenizer([a for a, _ in texts], [b for _, b in texts], truncation=True, max_length=max_length,
                        padding="max_length", return_tensors="pt")
    return PairTokens(encoded["input_ids"], encoded["attention_mask"])


def pad_features(features: list[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    """Variable-length (T_i, H) vectors -> (N, n, H) float32 zero-padded and (N, n) mask, True = pad."""
    width = max(f.shape[0] for f in features)
    out = features[0].new_zeros(len(features), width, features[0].shape[1], dtype=torch.float32)
    padding_mask = torch.ones(len(features), width, dtype=torch.bool)
    for row, f in enumerate(features):
        out[row, : f.shape[0]] = f
        padding_mask[row, : f.shape[0]] = False
    return out, padding_mask
