"""The frozen-encoder token cache is keyed by content: a copied encoder reuses it, new texts do not."""

from __future__ import annotations

import shutil

import torch

from deepfix.models.feature_cache import cached_encode, model_fingerprint


def test_cache_is_keyed_by_the_encoders_content_not_its_path(tiny_encoder_dir, tmp_path):
    texts = ["the cat sat", "a dog ran"]
    cache = tmp_path / "cache"
    first = cached_encode(cache, tiny_encoder_dir, texts, max_length=16, progress=False)
    assert len(list(cache.glob("features-*.safetensors"))) == 1
    copy = tmp_path / "copied_encoder"
    shutil.copytree(tiny_encoder_dir, copy)
    assert model_fingerprint(copy) == model_fingerprint(tiny_encoder_dir)
    again = cached_encode(cache, copy, texts, max_length=16, progress=False)  # a hit: no second file
    assert len(list(cache.glob("features-*.safetensors"))) == 1
    assert all(torch.equal(a, b) for a, b in zip(first, again))
    cached_encode(cache, copy, texts[:1], max_length=16, progress=False)  # other texts: a new file
    assert len(list(cache.glob("features-*.safetensors"))) == 2
