"""Frozen-encoder cache: pooled item vectors for a whole split, computed once, kept in safetensors.

With the pretrained encoder frozen (eval mode, no grad) its output for an example never changes,
so studies read the pooled vectors (one per question word / column / table, see :mod:`.layout`)
from disk and spend their time in the stack. One file per split::

    <cache_dir>/encoder-<split>-<key>.safetensors
        features (total_items, H) float16   pooled vectors of all examples, concatenated
        offsets  (N + 1,)        int64     example i owns rows offsets[i]:offsets[i+1]

``key`` hashes the **model** (its config.json and weight-file sizes), the **data** (bytes of
tables.json and the split's files) and the **layout** (:meth:`~.layout.LayoutBuilder.config` and the
pooling version), so any change to one of them makes a new file rather than reusing a stale one.
Files are written to a temporary name and renamed, so a cut run never leaves a half file.

Training the encoder's top k layers (``model.encoder_train_layers``) needs the frozen lower
layers' **token** outputs instead (pooling comes after the trained layers), one file per split::

    <cache_dir>/tokens-<split>-<key>.safetensors
        vectors  (total_tokens, H)  float16 or float32   hidden_states[L-k] of every example's tokens
        offsets  (N + 1,)           int64                example i owns rows offsets[i]:offsets[i+1]

keyed like the pooled file plus the layer index L-k, the dtype and :data:`TOKEN_STATES_VERSION`;
written one batch at a time and read through a memory map
(:class:`~deepfix.models.feature_cache.FeatureWriter` / :class:`~deepfix.models.feature_cache.FeatureFile`),
so neither encoding nor training holds the whole split in memory.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import load_file, save_file
from tqdm import tqdm

from deepfix.errors import DeepfixError

from deepfix.tasks.spider.inputs.preprocess import Prepared

from deepfix.files import atomic_path, cache_root
from deepfix.models.feature_cache import model_fingerprint  # noqa: F401  (the one encoder fingerprint)

POOLING_VERSION = "mean-subwords-v1"
#: What the token-state cache holds (part of its key): the frozen lower layers' outputs, unpooled.
TOKEN_STATES_VERSION = "lower-token-states-v1"


def default_cache_dir() -> Path:
    return cache_root() / "spider"


def data_fingerprint(root: Path, files: list[str]) -> str:
    digest = hashlib.sha256()
    for name in ["tables.json", *files]:
        path = Path(root) / name
        if path.is_file():
            digest.update(name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(model: dict, data: str, layout: dict, extra: dict | None = None) -> str:
    """The cache files' key; ``extra`` (the token cache's layer, dtype, version) only when given, so the
    pooled files keep their keys."""
    parts = {"model": model, "data": data, "layout": layout, "pooling": POOLING_VERSION}
    if extra is not None:
        parts["extra"] = extra
    blob = json.dumps(parts, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def pool_spans(hidden: torch.Tensor, spans: torch.Tensor) -> torch.Tensor:
    """Mean over each item's sub-word positions: hidden (n_tok, H), spans (items, 2) -> (items, H)."""
    prefix = torch.cat([hidden.new_zeros(1, hidden.shape[1]), hidden.cumsum(0)])  # (n_tok + 1, H)
    lengths = (spans[:, 1] - spans[:, 0]).clamp(min=1).unsqueeze(1).to(hidden.dtype)
    return (prefix[spans[:, 1]] - prefix[spans[:, 0]]) / lengths


def length_batches(prepared: list[Prepared], token_budget: int = 4096):
    """Example indices in batches of similar length (sorted by tokens), each within ``token_budget``
    tokens once padded, with the batch's (B, longest) token ids and attention mask."""
    order = sorted(range(len(prepared)), key=lambda i: len(prepared[i].layout.input_ids))
    start = 0
    while start < len(order):
        end = start + 1
        while end < len(order) and len(prepared[order[end]].layout.input_ids) * (end - start + 1) <= token_budget:
            end += 1
        batch = [prepared[i] for i in order[start:end]]
        longest = max(len(p.layout.input_ids) for p in batch)
        ids = torch.zeros(len(batch), longest, dtype=torch.long)
        mask = torch.zeros(len(batch), longest, dtype=torch.long)
        for row, p in enumerate(batch):
            ids[row, : len(p.layout.input_ids)] = torch.tensor(p.layout.input_ids)
            mask[row, : len(p.layout.input_ids)] = 1
        yield order[start:end], ids, mask
        start = end


@torch.no_grad()
def encode_prepared(model, prepared: list[Prepared], token_budget: int = 4096, progress: bool = True,
                    desc: str = "encode") -> list[torch.Tensor]:
    """Pooled item vectors (items_i, H) float32 for each example; batches sorted by length."""
    model.eval()
    out: list[torch.Tensor | None] = [None] * len(prepared)
    with tqdm(total=len(prepared), desc=desc, disable=not progress, file=sys.stderr) as bar:  # closed on errors too
        for indices, ids, mask in length_batches(prepared, token_budget):
            hidden = model(input_ids=ids, attention_mask=mask).last_hidden_state  # (B, n_tok, H)
            for row, i in enumerate(indices):
                out[i] = pool_spans(hidden[row].float(), torch.from_numpy(prepared[i].layout.spans))
            bar.update(len(indices))
    return out  # type: ignore[return-value]


def cache_path(cache_dir: Path, split: str, key: str) -> Path:
    return Path(cache_dir) / f"encoder-{split}-{key}.safetensors"


def save_features(path: Path, features: list[torch.Tensor], metadata: dict) -> None:
    offsets = np.cumsum([0] + [len(f) for f in features])
    tensors = {"features": torch.cat(features).to(torch.float16).contiguous(),
               "offsets": torch.from_numpy(offsets.astype(np.int64))}
    with atomic_path(path) as tmp:
        save_file(tensors, str(tmp), metadata={"deepfix": json.dumps(metadata)})


def load_features(path: Path) -> list[torch.Tensor]:
    tensors = load_file(str(path))
    features, offsets = tensors["features"], tensors["offsets"].tolist()
    return [features[a:b] for a, b in zip(offsets[:-1], offsets[1:])]


def cached_features(model_loader, model_dir, prepared: list[Prepared], split: str, data_key: str,
                    layout_config: dict, cache_dir: Path | None = None, progress: bool = True) -> tuple[list, dict]:
    """Load the split's pooled vectors from the cache, or compute (progress bar) and store them.

    Returns (features per example, info) with info = {path, hit, seconds}.
    """
    key = cache_key(model_fingerprint(model_dir), data_key, layout_config)
    path = cache_path(cache_dir or default_cache_dir(), split, key)
    if path.is_file():
        features = load_features(path)
        if len(features) != len(prepared):
            raise DeepfixError(f"{path}: holds {len(features)} examples, expected {len(prepared)} (delete it)")
        return features, {"path": str(path), "hit": True, "seconds": 0.0}
    model = model_loader(model_dir)
    start = time.perf_counter()
    features = encode_prepared(model, prepared, progress=progress, desc=f"encode {split}")
    seconds = time.perf_counter() - start
    save_features(path, features, {"split": split, "key": key, "model_dir": str(model_dir),
                                   "layout": layout_config, "pooling": POOLING_VERSION,
                                   "examples": len(prepared), "encode_seconds": round(seconds, 1)})
    return features, {"path": str(path), "hit": False, "seconds": seconds}


def token_states_path(cache_dir: Path, split: str, key: str) -> Path:
    return Path(cache_dir) / f"tokens-{split}-{key}.safetensors"


def cached_token_states(model_dir, prepared: list[Prepared], split: str, data_key: str, layout_config: dict,
                        train_layers: int, dtype: str = "float16", cache_dir: Path | None = None,
                        progress: bool = True, token_budget: int = 4096):
    """The frozen lower layers' token outputs (hidden_states[L-k], k = ``train_layers``) of every example,
    from the cache or computed once (progress bar) and stored; returns (FeatureFile, info) with
    info = {path, hit, seconds, bytes, tokens, examples}."""
    from deepfix.models.encoders import load_pretrained
    from deepfix.models.feature_cache import FeatureFile, FeatureWriter
    from deepfix.models.upper_encoder import LowerLayers, frozen_layer_count

    key_name = "model.encoder_train_layers"
    first = frozen_layer_count(model_dir, train_layers, key_name)
    extra = {"states": TOKEN_STATES_VERSION, "hidden_layer": first, "dtype": dtype}
    key = cache_key(model_fingerprint(model_dir), data_key, layout_config, extra)
    path = token_states_path(cache_dir or default_cache_dir(), split, key)
    lengths = [len(p.layout.input_ids) for p in prepared]
    start = time.perf_counter()
    hit = path.is_file()
    if not hit:
        lower = LowerLayers(load_pretrained(str(model_dir))[0], train_layers, key_name)
        metadata = {"deepfix": json.dumps({"split": split, "key": key, "model_dir": str(model_dir),
                                           "layout": layout_config, **extra, "examples": len(prepared)})}
        with FeatureWriter(path, lengths, lower.hidden_size, dtype, metadata) as writer, \
                tqdm(total=len(prepared), desc=f"encode {split} (layers below the top {train_layers})",
                     disable=not progress, file=sys.stderr) as bar:
            for indices, ids, mask in length_batches(prepared, token_budget):
                hidden = lower(ids, mask)  # (B, n_tok, H)
                for row, i in enumerate(indices):
                    writer.write(i, hidden[row, : lengths[i]])
                bar.update(len(indices))
    states = FeatureFile(path)
    if len(states) != len(prepared) or any(states.length(i) != n for i, n in enumerate(lengths)):
        raise DeepfixError(f"{path}: its examples' token counts differ from the prepared data's (delete it)")
    return states, {"path": str(path), "hit": hit, "seconds": 0.0 if hit else time.perf_counter() - start,
                    "bytes": path.stat().st_size, "tokens": int(sum(lengths)), "examples": len(prepared)}
