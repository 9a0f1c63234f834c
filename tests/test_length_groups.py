"""The stack on sub-batches of similar length (deepfix.nn.length_groups) computes what it computes on the
whole padded batch: the same values at valid positions and the same gradients."""

from __future__ import annotations

import dataclasses

import pytest
import torch

from deepfix.nn import StackConfig, TransformerStack
from deepfix.nn.length_groups import length_groups


def test_groups_cover_every_example_once_shortest_first():
    lengths = [90, 12, 15, 88, 40, 11, 95, 14]
    groups = length_groups(lengths, group_cost=0.02)
    assert sorted(i for g in groups for i in g) == list(range(8))
    assert len(groups) > 1
    tops = [max(lengths[i] for i in g) for g in groups]
    assert tops == sorted(tops)
    assert length_groups([50, 50, 50, 49]) == [[3, 0, 1, 2]]  # nothing to gain: one group
    assert length_groups(lengths, group_cost=10.0) == [sorted(range(8), key=lambda i: lengths[i])]


@pytest.mark.parametrize("norm,relations", [("none", 5), ("post", 0), ("pre", 5)])
def test_grouped_stack_equals_the_whole_batch(norm, relations):
    torch.manual_seed(0)
    config = StackConfig(num_layers=2, d_model=16, n_heads=4, d_ff=32, dropout=0.0, input_dropout=0.0,
                         norm=norm, num_relations=relations)
    g = torch.Generator().manual_seed(1)
    lengths = torch.tensor([30, 3, 4, 28, 5, 2])
    x = torch.randn(6, 30, 16, generator=g, dtype=torch.float64)
    padding = torch.arange(30)[None, :] >= lengths[:, None]
    rel = torch.randint(0, relations, (6, 30, 30), generator=g) if relations else None
    assert len(length_groups(lengths.tolist())) > 1  # the case splits
    results = []
    for grouped in (False, True):
        torch.manual_seed(2)
        stack = TransformerStack(dataclasses.replace(config, length_groups=grouped)).double().train()
        inputs = x.clone().requires_grad_()
        out = stack(inputs, padding, rel)
        out[~padding].square().sum().backward()
        results.append((out[~padding].detach(), inputs.grad[~padding],
                        {n: p.grad for n, p in stack.named_parameters() if p.grad is not None}))
    (out0, dx0, g0), (out1, dx1, g1) = results
    torch.testing.assert_close(out1, out0, rtol=1e-10, atol=1e-12)
    torch.testing.assert_close(dx1, dx0, rtol=1e-10, atol=1e-12)
    assert g0.keys() == g1.keys()
    for name in g0:
        torch.testing.assert_close(g1[name], g0[name], rtol=1e-10, atol=1e-12, msg=name)
