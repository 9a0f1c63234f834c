"""The 16-bit-threshold dropout (deepfix.nn.dropout): the drop rate, an unbiased output, the gradient
through the mask, seeding, and the edge probabilities."""

from __future__ import annotations

import pytest
import torch

from deepfix.nn.dropout import LEVELS, Dropout, drop_threshold, dropout, keep_mask


def test_threshold_rounds_p_to_a_multiple_of_2_to_the_minus_16():
    assert drop_threshold(0.1) == 6554 and drop_threshold(0.0) == 0 and drop_threshold(1.0) == LEVELS
    with pytest.raises(ValueError):
        drop_threshold(1.5)


@pytest.mark.parametrize("p", [0.1, 0.3, 0.6])
def test_drop_rate_and_mean_are_those_of_dropout(p):
    torch.manual_seed(0)
    n = 400_000
    kept = keep_mask((n,), p)
    rate = 1 - kept.float().mean().item()
    expected = drop_threshold(p) / LEVELS
    assert abs(rate - expected) < 5 * (expected * (1 - expected) / n) ** 0.5  # within 5 standard errors
    x = torch.full((n,), 2.0)
    out = dropout(x, p)
    dropped = out == 0
    assert torch.equal(dropped, ~(out > 0))  # every element is either 0 or scaled
    assert torch.allclose(out[~dropped], torch.tensor(2.0 * LEVELS / (LEVELS - drop_threshold(p))))
    assert abs(out.mean().item() - 2.0) < 5 * 2.0 * (p / (1 - p) / n) ** 0.5  # unbiased


def test_mask_bits_are_independent_across_the_four_lanes_of_a_draw():
    torch.manual_seed(1)
    kept = keep_mask((4 * 100_000,), 0.5).view(-1, 4).float()
    rates = kept.mean(0)  # each 16-bit lane of the 64-bit words
    assert torch.all((rates - 0.5).abs() < 0.01)
    both = (kept[:, 0] * kept[:, 3]).mean().item()
    assert abs(both - 0.25) < 0.01  # lanes of one word are not correlated


def test_gradient_is_the_mask_times_the_scale_and_seeding_repeats_it():
    x = torch.randn(64, 32, requires_grad=True)
    torch.manual_seed(7)
    out = dropout(x, 0.25)
    out.sum().backward()
    scale = LEVELS / (LEVELS - drop_threshold(0.25))
    expected = (out.detach() != 0).float() * scale
    assert torch.allclose(x.grad, expected)
    torch.manual_seed(7)
    assert torch.equal(dropout(x, 0.25), out)


def test_module_is_identity_in_eval_and_at_p0_and_zero_at_p1():
    x = torch.randn(5, 7)
    module = Dropout(0.4)
    assert torch.equal(module.eval()(x), x)
    assert torch.equal(Dropout(0.0).train()(x), x)
    assert torch.equal(Dropout(1.0).train()(x), torch.zeros(5, 7))
    assert module.state_dict() == {}
    odd = Dropout(0.5).train()(torch.ones(3, 5, 7))  # numel not a multiple of 4
    assert odd.shape == (3, 5, 7)
