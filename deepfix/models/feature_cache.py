"""Frozen-encoder outputs, computed once and cached on disk in safetensors.

With the pretrained encoder frozen, its outputs never change, so studies encode every text once
and then spend their time in the stack. A cache file holds the token vectors of all texts
concatenated, ``vectors`` (Σ T_i, H), and ``offsets`` (N + 1,); the key hashes the model
(:func:`model_fingerprint`, by content), the texts and the tokenisation settings, so a change in any of them recomputes.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Sequence

import torch
from safetensors.torch import load_file, save_file
from tqdm.auto import tqdm

from ..errors import DeepfixError
from ..files import atomic_path


def model_fingerprint(model_dir: str | os.PathLike) -> dict:
    """What identifies a pretrained encoder by content: its config.json's hash and its weight files' sizes.

    The one encoder fingerprint of every feature cache (Spider's pooled items, multiple choice's
    token vectors): moving or copying the directory keeps the cache valid, new weights do not.
    """
    root = Path(model_dir)
    config = root / "config.json"
    if not config.is_file():
        raise DeepfixError(f"{config}: missing (not a pretrained model directory)")
    weights = sorted((p.name, p.stat().st_size) for p in root.iterdir()
                     if p.suffix in {".safetensors", ".bin"})
    return {"config_sha": hashlib.sha256(config.read_bytes()).hexdigest(), "weights": weights}


def cache_key(*parts) -> str:
    """A short stable hash of JSON-serialisable parts (model path, texts, settings)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(json.dumps(part, sort_keys=True, default=str).encode())
    return digest.hexdigest()[:16]


@torch.no_grad()
def encode_texts(
    hf_model,
    tokenizer,
    texts: Sequence[str | tuple[str, str]],
    batch_size: int = 32,
    max_length: int = 128,
    progress: bool = True,
    hidden_layer: int | None = None,
) -> list[torch.Tensor]:
    """Hidden states of each text (or text pair), without padding: a list of (T_i, H).

    ``hidden_layer``: None = the last layer's output; L = the input of layer L (``hidden_states[L]``
    of the Hugging Face output: 0 = the embeddings), for training only the layers above it.
    """
    hf_model.eval()
    order = sorted(range(len(texts)), key=lambda i: len(str(texts[i])))  # length-bucketed batches
    results: dict[int, torch.Tensor] = {}
    with tqdm(total=len(texts), desc="encoding (frozen)", disable=not progress, leave=False) as bar:  # closed on errors too
        for start in range(0, len(order), batch_size):
            indices = order[start : start + batch_size]
            batch = [texts[i] for i in indices]
            if isinstance(batch[0], tuple):
                tokens = tokenizer([a for a, _ in batch], [b for _, b in batch], padding=True, truncation=True,
                                   max_length=max_length, return_tensors="pt")
            else:
                tokens = tokenizer(batch, padding=True, truncation=True, max_length=max_length, return_tensors="pt")
            output = hf_model(input_ids=tokens["input_ids"], attention_mask=tokens["attention_mask"],
                              output_hidden_states=hidden_layer is not None)
            hidden = output.last_hidden_state if hidden_layer is None else output.hidden_states[hidden_layer]
            for row, index in enumerate(indices):
                length = int(tokens["attention_mask"][row].sum())
                results[index] = hidden[row, :length].clone()  # (T_i, H)
            bar.update(len(indices))
    return [results[i] for i in range(len(texts))]


def save_features(path: str | os.PathLike, features: list[torch.Tensor], metadata: dict | None = None) -> None:
    """Write a cache file atomically (temp file + rename)."""
    lengths = torch.tensor([0] + [f.shape[0] for f in features], dtype=torch.int64)
    tensors = {"vectors": torch.cat(features).contiguous(), "offsets": torch.cumsum(lengths, 0)}
    with atomic_path(path) as temporary:
        save_file(tensors, str(temporary), metadata={k: str(v) for k, v in (metadata or {}).items()})


def load_features(path: str | os.PathLike) -> list[torch.Tensor]:
    tensors = load_file(str(path))
    vectors, offsets = tensors["vectors"], tensors["offsets"].tolist()
    return [vectors[offsets[i] : offsets[i + 1]] for i in range(len(offsets) - 1)]


def cached_encode(
    cache_dir: str | os.PathLike,
    encoder_dir: str | os.PathLike,
    texts: Sequence[str | tuple[str, str]],
    max_length: int = 128,
    batch_size: int = 32,
    progress: bool = True,
    hidden_layer: int | None = None,
) -> list[torch.Tensor]:
    """Encode ``texts`` with the frozen encoder at ``encoder_dir``, reusing the on-disk cache.

    ``hidden_layer`` as in :func:`encode_texts` (it is part of the cache key when set).
    """
    from .encoders import load_pretrained

    parts = [model_fingerprint(encoder_dir), list(texts), max_length]
    key = cache_key(*parts, *([{"hidden_layer": hidden_layer}] if hidden_layer is not None else []))
    path = Path(cache_dir) / f"features-{key}.safetensors"
    if path.is_file():
        return load_features(path)
    hf_model, tokenizer = load_pretrained(encoder_dir)
    features = encode_texts(hf_model, tokenizer, texts, batch_size, max_length, progress, hidden_layer)
    save_features(path, features, {"encoder": encoder_dir, "max_length": max_length, "count": len(texts),
                                   "hidden_layer": hidden_layer})
    return features
