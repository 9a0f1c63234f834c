"""Position-wise work on the valid rows only (deepfix.nn.rows) computes what the padded stack does:
the same forward values at valid positions (in training mode with dropout off: packed rows draw
dropout noise for the valid rows only) and the same gradients. Both agree to float32 rounding only:
a matrix product over 3 packed rows and one over 33 padded rows may take different kernels (Intel's
AVX-512 and AVX2 paths block the sums differently), and weight gradients sum over fewer rows."""

from __future__ import annotations

import pytest
import torch

from deepfix.nn import StackConfig, TransformerStack
from deepfix.nn.rows import Rows


def _batch(seed: int, relations: int):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(3, 11, 16, generator=g)
    lengths = torch.tensor([11, 6, 3])
    padding = torch.arange(11)[None, :] >= lengths[:, None]  # (3, 11)
    rel = torch.randint(0, relations, (3, 11, 11), generator=g) if relations else None
    return x, padding, rel


@pytest.mark.parametrize("norm,relations", [("none", 5), ("post", 0), ("pre", 5)])
def test_valid_rows_match_the_padded_computation(norm, relations):
    torch.manual_seed(0)
    stack = TransformerStack(StackConfig(num_layers=2, d_model=16, n_heads=4, d_ff=32, dropout=0.0,
                                         input_dropout=0.0, norm=norm, num_relations=relations,
                                         length_groups=False))
    stack.train()
    x, padding, rel = _batch(1, relations)
    # A fixed random readout: the sum of squares of a LayerNorm's output is constant, so with the
    # post-norm stack it would leave only rounding noise in the gradients.
    readout = torch.randn(int((~padding).sum()), 16, generator=torch.Generator().manual_seed(2))
    outputs, grads = [], []
    for packed in (False, True):
        if packed:
            out = stack(x, padding, rel)
        else:  # the padded computation: every layer without rows
            h = stack.input_dropout(x)
            for layer in stack.layers:
                h = layer(h, padding, rel)
            out = stack.final_norm(h) if stack.final_norm is not None else h
        stack.zero_grad()
        (out[~padding] * readout).sum().backward()
        outputs.append(out[~padding].detach())
        grads.append({name: p.grad.clone() for name, p in stack.named_parameters() if p.grad is not None})
    # A float32 dot product of length n is exact to about n * eps relative to the sum of |terms|;
    # the widest sum here is the feed-forward's (d_ff = 32), and each of the 2 layers adds its own.
    rtol = 2 * 32 * torch.finfo(torch.float32).eps
    torch.testing.assert_close(outputs[1], outputs[0], rtol=rtol, atol=rtol * outputs[0].abs().max().item())
    assert grads[0].keys() == grads[1].keys()
    # Weight gradients sum over the 20 valid rows (padded: 33, with zeros), measured against the
    # largest gradient (some, e.g. the key bias's, are zero in exact arithmetic and hold only rounding).
    scale = max(g.abs().max().item() for g in grads[0].values())
    gtol = 2 * 33 * torch.finfo(torch.float32).eps
    for name in grads[0]:
        torch.testing.assert_close(grads[1][name], grads[0][name], rtol=gtol, atol=gtol * scale, msg=name)


def test_rows_pack_unpack_merge():
    padding = torch.tensor([[False, False, True], [False, True, True]])
    rows = Rows(padding)
    x = torch.arange(18, dtype=torch.float32).view(2, 3, 3)
    packed = rows.pack(x)  # (3, 3): positions (0,0), (0,1), (1,0)
    assert torch.equal(packed, x[~padding])
    assert torch.equal(rows.unpack(packed)[padding], torch.zeros(3, 3))
    assert torch.equal(rows.merge(x, packed * 0)[~padding], torch.zeros(3, 3))
    assert torch.equal(rows.merge(x, packed * 0)[padding], x[padding])
    assert Rows.of(None) is None and Rows.of(torch.zeros(2, 3, dtype=torch.bool)) is None
