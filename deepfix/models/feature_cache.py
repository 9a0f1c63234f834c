"""Frozen-encoder outputs, computed once and cached on disk in safetensors.

With the pretrained encoder frozen, its outputs never change, so studies encode every text once
and then spend their time in the stack. A cache file holds the token vectors of all texts
concatenated, ``vectors`` (Σ T_i, H), and ``offsets`` (N + 1,); the key hashes the model
(:func:`model_fingerprint`, by content), the texts and the tokenisation settings, so a change in any of them recomputes.

Token vectors of a whole data set can outgrow memory (Spider's ~8,000 examples of up to 512 tokens
at width 384 are gigabytes), so such a file can also be written one example at a time
(:class:`FeatureWriter`, the example sizes known up front) and read through a memory map
(:class:`FeatureFile`): an example's rows are read from disk when a batch asks for them.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from pathlib import Path
from typing import Sequence

import numpy as np
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


#: safetensors dtype names of the widths a feature file may hold
_DTYPES = {"float16": ("F16", np.float16), "float32": ("F32", np.float32)}
_NUMPY = {"F16": np.float16, "F32": np.float32, "BF16": None}


class FeatureWriter:
    """Write a ``vectors`` / ``offsets`` feature file one example at a time, in any order.

    The file is a plain safetensors file (``offsets`` (N+1,) int64, then ``vectors`` (Σ T_i, H)),
    laid out from ``lengths`` before anything is encoded, so only one batch is ever in memory.
    Written under a temporary name and renamed when every example is in (a cut run leaves no file)::

        with FeatureWriter(path, lengths, width, "float16", metadata) as writer:
            writer.write(i, vectors_of_example_i)  # (lengths[i], width)
    """

    def __init__(self, path: str | os.PathLike, lengths: Sequence[int], width: int, dtype: str = "float16",
                 metadata: dict | None = None):
        if dtype not in _DTYPES:
            raise DeepfixError(f"feature file dtype: expected one of {sorted(_DTYPES)}, got {dtype!r}")
        self.path, self.width, self.dtype = Path(path), int(width), dtype
        self.offsets = np.concatenate([[0], np.cumsum(np.asarray(lengths, dtype=np.int64))]).astype(np.int64)
        self.metadata = {k: str(v) for k, v in (metadata or {}).items()}
        self._written = np.zeros(len(lengths), dtype=bool)

    def __enter__(self) -> "FeatureWriter":
        self._atomic = atomic_path(self.path)
        self._temporary = self._atomic.__enter__()
        name, numpy_dtype = _DTYPES[self.dtype]
        offsets_bytes = self.offsets.nbytes
        vector_bytes = int(self.offsets[-1]) * self.width * np.dtype(numpy_dtype).itemsize
        header = {"offsets": {"dtype": "I64", "shape": [len(self.offsets)], "data_offsets": [0, offsets_bytes]},
                  "vectors": {"dtype": name, "shape": [int(self.offsets[-1]), self.width],
                              "data_offsets": [offsets_bytes, offsets_bytes + vector_bytes]},
                  "__metadata__": self.metadata}
        blob = json.dumps(header, separators=(",", ":")).encode()
        blob += b" " * (-(8 + len(blob)) % 8)  # the data starts 8-byte aligned
        start = 8 + len(blob)
        with open(self._temporary, "wb") as handle:
            handle.write(struct.pack("<Q", len(blob)))
            handle.write(blob)
            handle.write(self.offsets.tobytes())
            handle.truncate(start + offsets_bytes + vector_bytes)
        self._vectors = (np.memmap(self._temporary, dtype=numpy_dtype, mode="r+", offset=start + offsets_bytes,
                                   shape=(int(self.offsets[-1]), self.width)) if vector_bytes else None)
        return self

    def write(self, index: int, vectors: torch.Tensor) -> None:
        start, stop = int(self.offsets[index]), int(self.offsets[index + 1])
        if tuple(vectors.shape) != (stop - start, self.width):
            raise DeepfixError(f"{self.path}: example {index} has shape {tuple(vectors.shape)}, "
                               f"expected {(stop - start, self.width)}")
        if self._vectors is not None and stop > start:
            self._vectors[start:stop] = vectors.detach().to(getattr(torch, self.dtype)).cpu().numpy()
        self._written[index] = True

    def __exit__(self, kind, value, traceback) -> bool:
        try:
            if self._vectors is not None:
                self._vectors.flush()
            self._vectors = None
            if kind is None and not self._written.all():
                missing = int((~self._written).sum())
                raise DeepfixError(f"{self.path}: {missing} examples were never written")
        except BaseException as error:
            self._atomic.__exit__(type(error), error, error.__traceback__)
            raise
        return bool(self._atomic.__exit__(kind, value, traceback))


class FeatureFile:
    """A ``vectors`` / ``offsets`` feature file read through a memory map: ``file[i]`` is example i's
    (T_i, H) vectors, read from disk when used (the page cache keeps what is read often).

    Reads files of :class:`FeatureWriter` and :func:`save_features` alike. Pickles as its path (a
    DataLoader worker opens its own map).
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        try:
            with open(self.path, "rb") as handle:
                (size,) = struct.unpack("<Q", handle.read(8))
                header = json.loads(handle.read(size))
        except (OSError, ValueError, struct.error) as error:
            raise DeepfixError(f"{self.path}: not a readable feature file ({type(error).__name__})") from None
        start = 8 + size
        self.metadata = header.pop("__metadata__", {}) or {}
        try:
            offsets, vectors = header["offsets"], header["vectors"]
        except KeyError:
            raise DeepfixError(f"{self.path}: not a feature file (no 'offsets' and 'vectors')") from None
        numpy_dtype = _NUMPY.get(vectors["dtype"])
        if offsets["dtype"] != "I64" or numpy_dtype is None:
            raise DeepfixError(f"{self.path}: unsupported feature file dtypes {offsets['dtype']}/{vectors['dtype']}")
        begin, end = offsets["data_offsets"]
        self.offsets = np.fromfile(self.path, dtype=np.int64, count=(end - begin) // 8, offset=start + begin)
        rows, self.width = (int(x) for x in vectors["shape"])
        self.dtype = torch.float16 if numpy_dtype is np.float16 else torch.float32
        if rows:  # copy-on-write map: tensors made from it are writable, writes never reach the file
            self._vectors = np.memmap(self.path, dtype=numpy_dtype, mode="c",
                                      offset=start + vectors["data_offsets"][0], shape=(rows, self.width))
        else:
            self._vectors = np.zeros((0, self.width), dtype=numpy_dtype)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def length(self, index: int) -> int:
        return int(self.offsets[index + 1] - self.offsets[index])

    def __getitem__(self, index: int) -> torch.Tensor:
        if not 0 <= index < len(self):
            raise IndexError(index)
        return torch.from_numpy(self._vectors[int(self.offsets[index]) : int(self.offsets[index + 1])])

    @property
    def nbytes(self) -> int:
        return int(self._vectors.nbytes)

    def __getstate__(self) -> dict:
        return {"path": str(self.path)}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"])
