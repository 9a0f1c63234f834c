"""Attention of a teacher-forced decoder's steps over one fixed memory, with the memory's gradients
summed once for all steps.

Every step t of the tree decoder attends from its query q_t over the same keys and values (the
projected stack output, :meth:`~.lstm.TreeDecoder.prepare`)::

    s_t = q_t K^T / sqrt(d_h) + b,   p_t = softmax(s_t),   c_t = p_t V        (b = -inf on padding)

Autograd would give every step its own (B, heads, n, d_h) gradient of K and of V and add them up:
T allocations, fills and sums of memory-sized tensors, most of a decoder step's backward on a CPU
(measured: a fused attention kernel's backward at ~1 ms per step, dominated by them). Their sum is
two matrix products over all steps at once::

    dK = Σ_t ds_t^T q_t / sqrt(d_h) = DS^T Q / sqrt(d_h),    dV = Σ_t p_t^T dc_t = P^T dC

with ds_t = p_t ⊙ (dp_t − (p_t · dp_t)), dp_t = dc_t V^T. :class:`MemoryAttention` does that: a
step's backward returns only dq_t and keeps (q_t, p_t, ds_t, dc_t); the memory's own backward node,
which autograd runs after every step's, forms dK and dV from all of them. Same values and gradients
as the step-by-step computation, to float rounding (tested). Not for double backward.
"""

from __future__ import annotations

import math

import torch


class MemoryAttention:
    """keys (B, heads, n, dh), values (B, heads, n, dh), padding (B, n) True = pad; call with q (B, heads, 1, dh)."""

    def __init__(self, keys: torch.Tensor, values: torch.Tensor, padding: torch.Tensor) -> None:
        self.scale = 1.0 / math.sqrt(keys.shape[-1])
        self.bias = keys.new_zeros(padding.shape).masked_fill_(padding, float("-inf"))[:, None, None, :]  # (B,1,1,n)
        self.saved: list[tuple[torch.Tensor, ...]] = []  # per step, filled by its backward: (q, p, ds, dc)
        self.keys_t = self.values = None  # set by _Memory.forward (detached)
        self.memory = _Memory.apply(keys, values, self)  # () a handle: every step depends on it

    def __call__(self, q: torch.Tensor) -> torch.Tensor:
        """q (B, heads, 1, dh) -> context (B, heads, 1, dh)."""
        return _Step.apply(q, self.memory, self)


class _Memory(torch.autograd.Function):
    @staticmethod
    def forward(ctx, keys, values, attention: MemoryAttention):
        attention.keys_t = keys.detach().transpose(2, 3).contiguous()  # (B, heads, dh, n)
        attention.values = values.detach().contiguous()               # (B, heads, n, dh)
        ctx.attention = attention
        return keys.new_zeros(())

    @staticmethod
    def backward(ctx, _):
        attention = ctx.attention
        if not attention.saved:
            return None, None, None
        q, p, ds, dc = (torch.cat(parts, 2) for parts in zip(*attention.saved))  # (B, heads, T, ·)
        attention.saved.clear()
        d_keys = torch.matmul(ds.transpose(2, 3), q).mul_(attention.scale)  # (B, heads, n, dh)
        d_values = torch.matmul(p.transpose(2, 3), dc)                      # (B, heads, n, dh)
        return d_keys, d_values, None


class _Step(torch.autograd.Function):
    @staticmethod
    def forward(ctx, q, memory, attention: MemoryAttention):
        scores = torch.matmul(q, attention.keys_t).mul_(attention.scale).add_(attention.bias)  # (B, heads, 1, n)
        p = torch.softmax(scores, -1)
        ctx.save_for_backward(q, p)
        ctx.attention = attention
        return torch.matmul(p, attention.values)  # (B, heads, 1, dh)

    @staticmethod
    def backward(ctx, dc):
        q, p = ctx.saved_tensors
        attention = ctx.attention
        dp = torch.matmul(dc, attention.values.transpose(2, 3))  # (B, heads, 1, n)
        ds = p * (dp - (dp * p).sum(-1, keepdim=True))          # softmax backward
        attention.saved.append((q, p, ds, dc))
        dq = torch.matmul(ds, attention.keys_t.transpose(2, 3)).mul_(attention.scale)  # (B, heads, 1, dh)
        return dq, torch.zeros((), dtype=q.dtype, device=q.device), None
