import numpy as np
import pytest
import torch

from deepfix.errors import DeepfixError
from deepfix.init import estimate_mu


def make_batches(seed=0):
    generator = torch.Generator().manual_seed(seed)
    batches = []
    for batch_size, n in [(4, 7), (3, 11), (5, 2)]:
        x = torch.randn(batch_size, n, 6, generator=generator) * torch.rand(batch_size, n, 1, generator=generator) * 10
        lengths = torch.randint(1, n + 1, (batch_size,), generator=generator)
        padding_mask = torch.arange(n)[None, :] >= lengths[:, None]
        x[padding_mask] = 1000.0  # huge vectors at padding must be ignored
        batches.append((x, padding_mask))
    return batches


def test_matches_brute_force():
    batches = make_batches()
    stats = estimate_mu(lambda batch: batch, batches, percentiles=(50.0, 95.0), progress=False)
    valid_norms = np.concatenate([x[~m].norm(dim=-1).numpy() for x, m in batches])
    assert stats.count == valid_norms.size
    assert stats.max == pytest.approx(float(valid_norms.max()), rel=1e-6)
    assert stats.max < 1000.0
    for q in (50.0, 95.0):
        assert stats.percentiles[q] == pytest.approx(float(np.percentile(valid_norms, q)), rel=1e-6)


def test_runs_in_eval_mode_and_restores_training_mode():
    layer = torch.nn.Dropout(0.9)
    layer.train()
    modes = []

    def encode(batch):
        modes.append(layer.training)
        x, m = batch
        return layer(x), m

    stats = estimate_mu(encode, make_batches(), progress=False, modules=[layer])
    assert modes == [False, False, False]
    assert layer.training
    assert stats.max > 0


def test_no_valid_positions_is_an_error():
    x = torch.randn(2, 3, 4)
    with pytest.raises(DeepfixError, match="no non-padding positions"):
        estimate_mu(lambda b: b, [(x, torch.ones(2, 3, dtype=torch.bool))], progress=False)
