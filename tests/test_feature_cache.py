"""The frozen-encoder token cache is keyed by content: a copied encoder reuses it, new texts do not."""

from __future__ import annotations

import shutil

import pytest
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


def test_feature_writer_and_memory_mapped_file_round_trip(tmp_path):
    """Examples written one at a time in any order read back exactly (float32) or rounded to float16;
    the file is plain safetensors; a file of save_features reads too; the reader pickles as its path;
    a write that misses an example leaves no file."""
    import pickle

    from safetensors.torch import load_file

    from deepfix.errors import DeepfixError
    from deepfix.models.feature_cache import FeatureFile, FeatureWriter, save_features

    torch.manual_seed(0)
    rows = [torch.randn(n, 5) for n in (3, 0, 7, 1)]
    for dtype in ("float16", "float32"):
        path = tmp_path / f"{dtype}.safetensors"
        with FeatureWriter(path, [len(r) for r in rows], 5, dtype, {"layer": 1}) as writer:
            for i in (2, 0, 3, 1):
                writer.write(i, rows[i])
        plain = load_file(str(path))
        assert plain["offsets"].tolist() == [0, 3, 3, 10, 11] and plain["vectors"].dtype == getattr(torch, dtype)
        file = FeatureFile(path)
        copy = pickle.loads(pickle.dumps(file))
        assert len(file) == 4 and file.metadata == {"layer": "1"} and file.nbytes == 11 * 5 * (2 if dtype == "float16" else 4)
        for i, row in enumerate(rows):
            assert torch.equal(file[i], row.to(getattr(torch, dtype))) and torch.equal(copy[i], file[i])
    save_features(tmp_path / "whole.safetensors", rows)
    assert all(torch.equal(FeatureFile(tmp_path / "whole.safetensors")[i], r) for i, r in enumerate(rows))
    with pytest.raises(DeepfixError, match="1 examples were never written"):
        with FeatureWriter(tmp_path / "cut.safetensors", [2, 2], 5) as writer:
            writer.write(0, torch.zeros(2, 5))
    with pytest.raises(DeepfixError, match="expected"):
        with FeatureWriter(tmp_path / "cut.safetensors", [2], 5) as writer:
            writer.write(0, torch.zeros(3, 5))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["float16.safetensors", "float32.safetensors", "whole.safetensors"]
