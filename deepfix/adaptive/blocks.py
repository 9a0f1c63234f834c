"""Transformer decoder blocks: causal self-attention, cross-attention to the memory, MLP.

One block (Vaswani et al., 2017, Sec. 3.1; the residual wrapper of :mod:`deepfix.nn.layer` owns
the LayerNorm placement, ``none`` for DT-Fixup, ``post`` for the standard baseline)::

    x = R_self (x, SelfAttention(x, earlier steps))
    x = R_cross(x, CrossAttention(x, memory))
    x = R_mlp  (x, MLP(x))

Training runs all steps at once under a causal mask (:meth:`DecoderBlock.forward`); inference
runs one step at a time with cached keys/values (:meth:`DecoderBlock.step`), where only the rows
still *active* in the stack compute the block and every row's self-attention key/value at this
block is computed from its current input — for a row that has exited, the state copied from its
exit block (Elbayad et al., 2020, Sec. 3.1, "state copying").
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F

from deepfix.nn.layer import MLP, Residual
from deepfix.nn.dropout import Dropout


class Attention(nn.Module):
    """Multi-head scaled dot-product attention with its own key/value projections."""

    def __init__(self, d_model: int, heads: int, d_source: int | None = None) -> None:
        super().__init__()
        self.heads = heads
        d_source = d_source or d_model
        self.query = nn.Linear(d_model, d_model)
        self.key = nn.Linear(d_source, d_model)
        self.value = nn.Linear(d_source, d_model)
        self.out = nn.Linear(d_model, d_model)

    def residual_branch_weights(self) -> list[torch.Tensor]:
        """v and w: the branch's value path (DT-Fixup Sec. 3 rescales these, never q or k)."""
        return [self.value.weight, self.out.weight]

    def split(self, x: torch.Tensor) -> torch.Tensor:
        """(..., n, d) -> (..., heads, n, d / heads)"""
        *lead, n, d = x.shape
        return x.view(*lead, n, self.heads, d // self.heads).transpose(-3, -2)

    def keys_values(self, source: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """source (B, n, d_source) -> keys, values (B, heads, n, d / heads)"""
        return self.split(self.key(source)), self.split(self.value(source))

    def attend(self, x: torch.Tensor, keys: torch.Tensor, values: torch.Tensor,
               mask: torch.Tensor | None = None, slots: torch.Tensor | None = None) -> torch.Tensor:
        """x (B, t, d) over keys/values (B, heads, n, dh); mask (B or 1, 1, t, n) bool, True = may attend.

        ``slots`` (B,) long: keys/values are a pool (P, heads, n, dh) and row b reads slot ``slots[b]``;
        the queries are laid into their slots (other slots attend with zero queries, and are dropped).
        """
        q = self.split(self.query(x))                                             # (B, heads, t, dh)
        if slots is not None:
            laid = q.new_zeros(keys.shape[0], *q.shape[1:])                       # (P, heads, t, dh)
            laid[slots] = q
            q = laid
        context = F.scaled_dot_product_attention(q, keys, values, attn_mask=mask)  # (B or P, heads, t, dh)
        if slots is not None:
            context = context[slots]                                              # (B, heads, t, dh)
        B, _, t, _ = context.shape
        return self.out(context.transpose(1, 2).reshape(B, t, -1))               # (B, t, d)

    def attend_grouped(self, x: torch.Tensor, keys: torch.Tensor, values: torch.Tensor, mask: torch.Tensor,
                       groups: "Groups") -> torch.Tensor:
        """Rows x (A, d) over the memory of their examples, without copying it per row.

        keys/values (B, heads, n, dh) and mask (B, 1, 1, n) of the chunk's examples; the rows'
        queries are laid out (B, heads, S, dh), S = most rows of one example (the beam), so one
        batched attention serves every row (empty slots attend too, and are dropped). Returns (A, d).
        """
        A = x.shape[0]
        q = self.split(self.query(x).unsqueeze(1))[:, :, 0]                            # (A, heads, dh)
        laid = q.new_zeros(keys.shape[0], groups.width, *q.shape[1:])                    # (B, S, heads, dh)
        laid[groups.example, groups.slot] = q
        context = F.scaled_dot_product_attention(laid.transpose(1, 2), keys, values, attn_mask=mask)  # (B, heads, S, dh)
        return self.out(context.transpose(1, 2)[groups.example, groups.slot].reshape(A, -1))


class Groups:
    """Rows by example for :meth:`Attention.attend_grouped`: each row's example (``example`` (A,)),
    its slot among its example's rows (``slot`` (A,)) and the most rows of one example, ``width``."""

    def __init__(self, example: torch.Tensor, num_examples: int) -> None:
        self.example = example
        counts = torch.bincount(example, minlength=num_examples)
        self.width = int(counts.max()) if example.numel() else 0
        order = torch.argsort(example, stable=True)
        start = counts.cumsum(0) - counts
        self.slot = torch.empty_like(example)
        self.slot[order] = torch.arange(example.shape[0], device=example.device) - start[example[order]]


class DecoderBlock(nn.Module):
    """Self-attention, cross-attention and MLP sublayers, each in a :class:`Residual` (3 branches)."""

    def __init__(self, d_model: int, d_memory: int, heads: int, d_ff: int, dropout: float, norm: str) -> None:
        super().__init__()
        self.self_attention = Attention(d_model, heads)
        self.cross_attention = Attention(d_model, heads, d_memory)
        self.mlp = MLP(d_model, d_ff, dropout, "relu")
        self.self_residual = Residual(d_model, norm)
        self.cross_residual = Residual(d_model, norm)
        self.mlp_residual = Residual(d_model, norm)
        self.dropout = Dropout(dropout)

    def residuals(self) -> list[Residual]:
        return [self.self_residual, self.cross_residual, self.mlp_residual]

    def self_branch_weights(self) -> list[torch.Tensor]:
        """Branch weights whose input is the decoder stream: self-attention v, w and both MLP matrices."""
        return self.self_attention.residual_branch_weights() + self.mlp.residual_branch_weights()

    def cross_branch_weights(self) -> list[torch.Tensor]:
        """Branch weights whose input is the memory (cross-attention v) and its output w."""
        return self.cross_attention.residual_branch_weights()

    def forward(self, x: torch.Tensor, causal: torch.Tensor, memory_kv: tuple, memory_mask: torch.Tensor) -> torch.Tensor:
        """Teacher forcing. x (B, T, d); causal (1, 1, T, T) and memory_mask (B, 1, 1, n) bool (True = attend)."""
        x = self.self_residual(x, lambda h: self.dropout(
            self.self_attention.attend(h, *self.self_attention.keys_values(h), causal)))
        x = self.cross_residual(x, lambda h: self.dropout(self.cross_attention.attend(h, *memory_kv, memory_mask)))
        return self.mlp_residual(x, self.mlp)  # (B, T, d)

    def fused_keys_values(self) -> tuple[torch.Tensor, torch.Tensor]:
        """The self-attention key and value projections as one (2d, d) weight and (2d,) bias (search)."""
        attention = self.self_attention
        return (torch.cat([attention.key.weight, attention.value.weight]),
                torch.cat([attention.key.bias, attention.value.bias]))

    def step(self, x: torch.Tensor, cache: torch.Tensor, slots: torch.Tensor, t: int, active: torch.Tensor | None,
             groups: Groups, fused: tuple, memory_kv: tuple, memory_mask: torch.Tensor) -> torch.Tensor:
        """One decoding step for N rows (no dropout: inference).

        x (N, d): this block's input for every row (an exited row's copied state); cache
        (2, P, heads, capacity >= t + 1, dh): the keys and values of steps < t at this block in P
        slots (the searcher keeps the pool), this step's written here (steps innermost but one:
        each slot's history is one block per head, the layout attention reads fastest); slots (N,) long: each row's slot; active (A,) long: the rows that compute the
        block (None = all); groups: the active rows by example (:class:`Groups`); fused:
        :meth:`fused_keys_values`; memory_kv: the memory's keys/values, (B, heads, n, dh) each,
        memory_mask (B, 1, 1, n). Returns x with the active rows updated.

        Self-attention runs over the whole pool when the computing rows fill at least a third of it
        (queries laid into their slots, so no row's history is copied), else over the rows' histories
        gathered; each (slot, head) attends on its own, so both give the same values.
        """
        N, d = x.shape
        heads = self.self_attention.heads
        kv = F.linear(x, *fused).view(N, 2, heads, d // heads).transpose(0, 1)  # (2, N, heads, dh)
        cache[:, :, :, t].index_copy_(1, slots, kv)                              # into the rows' slots
        if active is not None and active.numel() == 0:  # every row has exited: only the copied states' k/v
            return x
        history = cache[:, :, :, :t + 1]                                         # (2, P, heads, t + 1, dh)
        if active is None:
            h, own = x, slots
        else:
            h, own = x.index_select(0, active), slots.index_select(0, active)
        pooled = 3 * own.shape[0] >= history.shape[1]
        if not pooled:  # few rows: their histories, gathered
            history = history.index_select(1, own)
        keys, values = history[0], history[1]                                    # (P or A, heads, t + 1, dh)
        h = h.unsqueeze(1)                                          # (A, 1, d)
        h = self.self_residual(h, lambda y: self.self_attention.attend(y, keys, values, slots=own if pooled else None))
        h = self.cross_residual(h, lambda y: self.cross_attention.attend_grouped(
            y[:, 0], *memory_kv, memory_mask, groups).unsqueeze(1))
        h = self.mlp_residual(h, self.mlp).squeeze(1)               # (A, d)
        return h if active is None else x.index_copy(0, active, h)
