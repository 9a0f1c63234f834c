"""Multi-head self-attention, vanilla and relation-aware.

Relation-aware attention (Shaw et al., 2018; RAT-SQL, Wang et al., 2020; DT-Fixup Sec. 2)::

    e_ij = x_i q (x_j k + r^k_ij)^T / sqrt(d_z)          (scores)
    α_ij = softmax_j(e_ij)
    z_i  = Σ_j α_ij (x_j v + r^v_ij)                     (values)

r^k_ij = E_k[t_ij], r^v_ij = E_v[t_ij] are looked up by the relation type t_ij of the pair (i, j).
As in the DT-Fixup authors' code, one table of shape (R, d_head) per layer is shared by all heads.

:class:`MultiHeadAttention` computes the relation terms in factored form and never builds an
n×n×d tensor:

* scores:  q_i · r^k_ij = (q_i E_k^T)[t_ij]   — an (n, R) table per query, then a gather;
* values:  Σ_j α_ij r^v_ij = Σ_t (Σ_{j: t_ij = t} α_ij) E_v[t]  — scatter-add α into (n, R),
  then one matmul with E_v.

For long inputs the relation path also runs in row chunks (:class:`ChunkedRelationAttention`,
``chunk_rows``): query rows i are processed a block at a time, so only a (B, H, rows, n) block of
e_ij / α_ij is ever alive, in the forward and (by recomputing it) in the backward.

:func:`naive_relation_attention` is the direct, materialising reference used by tests and the
benchmark.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

from ..errors import DeepfixError
from .rows import Rows

# Automatic row chunking of the relation path (chunk_rows=None): blocks of CHUNK_ROWS query rows once
# n >= CHUNK_MIN_LENGTH. Below that the unchunked form is as fast or faster (the chunked backward
# recomputes e_ij) and its (B, H, n, n) tensors are small; measured by benchmarks/relation_attention.py.
CHUNK_ROWS = 32
CHUNK_MIN_LENGTH = 256


def check_attention_inputs(
    x: torch.Tensor,
    padding_mask: torch.Tensor | None,
    relations: torch.Tensor | None,
    d_model: int,
    num_relations: int,
) -> None:
    """Raise one clear :class:`DeepfixError` for inputs of the wrong shape, type or range."""
    if x.dim() != 3 or x.shape[-1] != d_model:
        raise DeepfixError(f"attention input: expected shape (batch, n, {d_model}), got {tuple(x.shape)}")
    batch, n, _ = x.shape
    if padding_mask is not None:
        if padding_mask.shape != (batch, n):
            raise DeepfixError(
                f"padding_mask: expected shape {(batch, n)} to match the input, got {tuple(padding_mask.shape)}"
            )
        if padding_mask.dtype != torch.bool:
            raise DeepfixError(f"padding_mask: expected dtype bool (True = padding), got {padding_mask.dtype}")
    if num_relations == 0:
        if relations is not None:
            raise DeepfixError("relations: given to a vanilla attention layer (num_relations=0)")
        return
    if relations is None:
        raise DeepfixError(f"relations: required by relation-aware attention ({num_relations} relation types)")
    if relations.shape != (batch, n, n):
        raise DeepfixError(f"relations: expected shape {(batch, n, n)}, got {tuple(relations.shape)}")
    if relations.dtype not in (torch.int64, torch.int32):
        raise DeepfixError(f"relations: expected an integer tensor of relation ids, got {relations.dtype}")
    if relations.numel():
        low, high = int(relations.min()), int(relations.max())
        if low < 0 or high >= num_relations:
            bad = low if low < 0 else high
            raise DeepfixError(f"relations: relation id {bad} out of range [0, {num_relations})")


class MultiHeadAttention(nn.Module):
    """Multi-head self-attention; relation-aware when ``num_relations > 0``.

    Weights on the residual branch (scaled by DT-Fixup / T-Fixup / DeepNorm): ``value``,
    ``output`` and ``relation_value``. ``query``, ``key`` and ``relation_key`` stay at Xavier.

    ``chunk_rows`` (relation-aware only): query rows per block of :class:`ChunkedRelationAttention`;
    ``None`` = automatic (:data:`CHUNK_ROWS` rows once n >= :data:`CHUNK_MIN_LENGTH`, else unchunked),
    ``0`` = never chunk. Same values either way; chunking is skipped while attention dropout is active.
    """

    def __init__(
        self,
        d_model: int,
        n_heads: int,
        num_relations: int = 0,
        attention_dropout: float = 0.0,
        chunk_rows: int | None = None,
    ) -> None:
        super().__init__()
        if d_model % n_heads:
            raise DeepfixError(f"d_model={d_model} is not divisible by n_heads={n_heads}")
        if chunk_rows is not None and chunk_rows < 0:
            raise DeepfixError(f"chunk_rows: expected None (automatic), 0 (off) or a row count > 0, got {chunk_rows}")
        self.chunk_rows = chunk_rows
        self.d_model, self.n_heads, self.d_head = d_model, n_heads, d_model // n_heads
        self.num_relations = num_relations
        self.query = nn.Linear(d_model, d_model)
        self.key = nn.Linear(d_model, d_model)
        self.value = nn.Linear(d_model, d_model)
        self.output = nn.Linear(d_model, d_model)
        self.attention_dropout = nn.Dropout(attention_dropout)
        if num_relations:
            self.relation_key = nn.Embedding(num_relations, self.d_head)  # E_k: (R, d_head)
            self.relation_value = nn.Embedding(num_relations, self.d_head)  # E_v: (R, d_head)
        else:
            self.relation_key = self.relation_value = None
        # Telemetry (deepfix.train.telemetry): when a dict, each forward stores the largest attention
        # logit and the mean attention entropy over valid queries in it. Never changes the output.
        self.probe: dict | None = None

    def residual_branch_weights(self) -> list[torch.Tensor]:
        """v, w and r^v: the weights DT-Fixup scales (paper Sec. 3, Theorem 3.1)."""
        weights = [self.value.weight, self.output.weight]
        if self.relation_value is not None:
            weights.append(self.relation_value.weight)
        return weights

    def relation_chunk_rows(self, n: int) -> int:
        """Query rows per block of the relation path at length n; 0 = unchunked."""
        if self.chunk_rows is not None:
            return self.chunk_rows
        return CHUNK_ROWS if n >= CHUNK_MIN_LENGTH else 0

    def _split_heads(self, t: torch.Tensor) -> torch.Tensor:
        batch, n, _ = t.shape
        return t.view(batch, n, self.n_heads, self.d_head).transpose(1, 2)  # (B, H, n, d_head)

    def forward(
        self,
        x: torch.Tensor,
        padding_mask: torch.Tensor | None = None,
        relations: torch.Tensor | None = None,
        rows: Rows | None = None,
        checked: bool = False,
    ) -> torch.Tensor:
        """x: (B, n, d); padding_mask: (B, n) bool, True = padding; relations: (B, n, n) ids.

        ``rows`` (the :class:`~deepfix.nn.rows.Rows` of ``padding_mask``): the four projections run on
        the valid positions only; padded keys and values are zeros (masked either way) and padded
        positions of the output are zeros. ``checked``: the caller has already run
        :func:`check_attention_inputs` on these inputs (a stack checks once per batch, not per layer:
        the relation-id range check is two reductions over (B, n, n), and a host sync on a GPU).
        """
        if not checked:
            check_attention_inputs(x, padding_mask, relations, self.d_model, self.num_relations)
        batch, n, _ = x.shape
        if rows is None:
            q, k, v = (self._split_heads(f(x)) for f in (self.query, self.key, self.value))  # (B, H, n, dh)
        else:
            packed = rows.pack(x)  # (N, d)
            q, k, v = (self._split_heads(rows.unpack(f(packed))) for f in (self.query, self.key, self.value))
        if self.probe is not None and relations is None:  # the fused kernel hides its logits: recompute them
            scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(self.d_head)  # (B, H, n, n)
            if padding_mask is not None:
                scores = scores.masked_fill(padding_mask[:, None, None, :], float("-inf"))
            self._record_probe(scores, padding_mask)
        if relations is None:
            z = self._vanilla_attention(q, k, v, padding_mask)  # (B, H, n, dh)
        else:
            z = self._relation_attention(q, k, v, padding_mask, relations.long())  # (B, H, n, dh)
        z = z.transpose(1, 2).reshape(batch, n, self.d_model)  # (B, n, d)
        return self.output(z) if rows is None else rows.unpack(self.output(rows.pack(z)))

    @torch.no_grad()
    def _record_probe(self, scores: torch.Tensor, padding_mask: torch.Tensor | None) -> None:
        """scores (B, H, n, n) scaled logits, -inf on padded keys -> probe: max logit, mean entropy (nats)."""
        self._record_probe_blocks([scores], padding_mask)

    @torch.no_grad()
    def _record_probe_blocks(self, blocks, padding_mask: torch.Tensor | None) -> None:
        """Same as :meth:`_record_probe`, from consecutive row blocks (B, H, rows, n) of the logits."""
        max_logit, entropy_sum, count, start = -math.inf, 0.0, 0, 0
        for scores in blocks:
            batch, _, rows, _ = scores.shape
            valid = ~padding_mask[:, start:start + rows] if padding_mask is not None else \
                scores.new_ones(batch, rows, dtype=torch.bool)  # (B, rows) valid queries
            start += rows
            queries = scores.transpose(1, 2)[valid]  # (queries, H, n)
            if queries.numel() == 0:
                continue
            probs = F.softmax(queries, dim=-1)
            entropy = -torch.xlogy(probs, probs).sum(-1)  # (queries, H)
            max_logit = max(max_logit, float(queries.max()))
            entropy_sum, count = entropy_sum + float(entropy.sum()), count + entropy.numel()
        if count:
            self.probe["max_logit"] = max_logit
            self.probe["entropy"] = entropy_sum / count

    def _vanilla_attention(self, q, k, v, padding_mask) -> torch.Tensor:
        """softmax(q kᵀ / sqrt(d_z)) v with PyTorch's fused kernel (no (B, H, n, n) tensor kept)."""
        keep = None if padding_mask is None else ~padding_mask[:, None, None, :]  # (B, 1, 1, n)
        dropout = self.attention_dropout.p if self.training else 0.0
        return F.scaled_dot_product_attention(q, k, v, attn_mask=keep, dropout_p=dropout)  # (B, H, n, dh)

    def _relation_attention(self, q, k, v, padding_mask, relations) -> torch.Tensor:
        """Factored relation terms: gather from q E_kᵀ, scatter-add α by relation type, then × E_v.

        In blocks of query rows (:class:`ChunkedRelationAttention`) when ``relation_chunk_rows(n)`` > 0.
        """
        batch, heads, n, _ = q.shape
        q = q * (1.0 / math.sqrt(self.d_head))  # (B, H, n, dh): the 1/sqrt(d_z) folded in once
        padding_bias = None if padding_mask is None else \
            q.new_zeros(padding_mask.shape).masked_fill_(padding_mask, float("-inf"))  # (B, n)
        rows = self.relation_chunk_rows(n)
        if rows and not (self.training and self.attention_dropout.p > 0):
            if self.probe is not None:  # the chunked path keeps no logits: recompute them block by block
                k_t = k.transpose(-1, -2).contiguous()  # (B, H, dh, n)
                self._record_probe_blocks((relation_scores(q[:, :, i:i + rows], k_t, self.relation_key.weight,
                                                           relations[:, i:i + rows], padding_bias)
                                           for i in range(0, n, rows)), padding_mask)
            return ChunkedRelationAttention.apply(
                q, k, v, self.relation_key.weight, self.relation_value.weight, relations, padding_bias, rows)
        relation_index = relations.unsqueeze(1).expand(batch, heads, n, n)  # (B, H, n, n) view
        q_dot_relation = torch.matmul(q, self.relation_key.weight.t())  # (B, H, n, R)
        scores = torch.matmul(q, k.transpose(-1, -2))  # (B, H, n, n)
        scores = scores.add_(torch.gather(q_dot_relation, -1, relation_index))  # + q_i·r^k_ij
        if padding_bias is not None:  # an additive -inf bias: unlike masked_fill, its backward is free
            scores = scores.add_(padding_bias[:, None, None, :])  # (B, 1, 1, n) broadcast over heads, queries
        if self.probe is not None:
            self._record_probe(scores, padding_mask)
        probs = self.attention_dropout(F.softmax(scores, dim=-1))  # (B, H, n, n)
        z = torch.matmul(probs, v)  # (B, H, n, dh)
        mass_per_relation = probs.new_zeros(batch, heads, n, self.num_relations)
        mass_per_relation.scatter_add_(-1, relation_index, probs)  # (B, H, n, R): Σ_{j: t_ij = t} α_ij
        return z + torch.matmul(mass_per_relation, self.relation_value.weight)  # + Σ_j α_ij r^v_ij


def relation_scores(
    q: torch.Tensor,
    k_t: torch.Tensor,
    relation_key: torch.Tensor,
    relations: torch.Tensor,
    padding_bias: torch.Tensor | None,
) -> torch.Tensor:
    """e_ij = q_i·k_j + q_i·r^k_ij (+ -inf on padded keys j) for a block of query rows i.

    q: (B, H, rows, dh) with 1/sqrt(d_z) folded in; k_t: (B, H, dh, n) contiguous; relation_key:
    E_k (R, dh); relations: (B, rows, n) ids; padding_bias: (B, n), -inf on padding, or None.
    """
    batch, heads, rows, d_head = q.shape
    n = k_t.shape[-1]
    relation_index = relations.unsqueeze(1).expand(batch, heads, rows, n)  # (B, H, rows, n) view
    scores = torch.gather(torch.matmul(q, relation_key.t()), -1, relation_index)  # (B, H, rows, n): q_i·r^k_ij
    scores.view(batch * heads, rows, n).baddbmm_(q.reshape(batch * heads, rows, d_head),
                                                 k_t.view(batch * heads, d_head, n))  # + q_i·k_j
    if padding_bias is not None:
        scores = scores.add_(padding_bias[:, None, None, :])
    return scores


class ChunkedRelationAttention(torch.autograd.Function):
    """Relation-aware attention over blocks of query rows, recomputing each block in the backward.

    For the query rows i of a block (q with 1/sqrt(d_z) folded in, t_ij the relation ids, b_j = -inf
    on padded keys, else 0), the forward of the module docstring's equations::

        e_ij = q_i·k_j + q_i·E_k[t_ij] + b_j,   α_ij = softmax_j(e_ij)
        z_i  = Σ_j α_ij v_j + Σ_t m_it E_v[t],   m_it = Σ_{j: t_ij = t} α_ij

    and, with D_i = dz_i·z_i (= Σ_j α_ij dα_ij), their backward::

        dα_ij = dz_i·v_j + dz_i·E_v[t_ij],   de_ij = α_ij (dα_ij − D_i)
        dq_i  = Σ_j de_ij k_j + Σ_t (Σ_{j: t_ij = t} de_ij) E_k[t],   dk_j = Σ_i de_ij q_i
        dv_j  = Σ_i α_ij dz_i,   dE_k[t] = Σ_i (Σ_{j: t_ij = t} de_ij) q_i,   dE_v[t] = Σ_i m_it dz_i

    Saved for the backward: the inputs, z and m (B, H, n, R), all linear in n. e, α and de exist
    one (B, H, rows, n) block at a time, never for all n rows.
    """

    @staticmethod
    def forward(ctx, q, k, v, relation_key, relation_value, relations, padding_bias, rows):
        """q, k, v: (B, H, n, dh); relation_key, relation_value: (R, dh); relations: (B, n, n) int64;
        padding_bias: (B, n) or None; rows: query rows per block. Returns z: (B, H, n, dh)."""
        batch, heads, n, d_head = q.shape
        q, v = q.contiguous(), v.contiguous()  # (B, H, n, dh)
        k_t = k.transpose(-1, -2).contiguous()  # (B, H, dh, n)
        z = q.new_empty(batch, heads, n, d_head)  # (B, H, n, dh)
        mass = q.new_empty(batch, heads, n, relation_key.shape[0])  # (B, H, n, R): m_it
        for start in range(0, n, rows):
            block = slice(start, start + rows)
            probs = F.softmax(relation_scores(q[:, :, block], k_t, relation_key, relations[:, block], padding_bias),
                              dim=-1)  # (B, H, rows, n): α_ij
            relation_index = relations[:, None, block].expand(probs.shape)  # (B, H, rows, n) view
            mass_block = probs.new_zeros(mass[:, :, block].shape).scatter_add_(-1, relation_index, probs)
            mass[:, :, block] = mass_block  # (B, H, rows, R)
            z[:, :, block] = torch.matmul(probs, v) + torch.matmul(mass_block, relation_value)
        ctx.save_for_backward(q, k_t, v, relation_key, relation_value, relations, padding_bias, z, mass)
        ctx.rows = rows
        return z

    @staticmethod
    def backward(ctx, dz):
        q, k_t, v, relation_key, relation_value, relations, padding_bias, z, mass = ctx.saved_tensors
        batch, heads, n, d_head = q.shape
        bh, rows = batch * heads, ctx.rows
        dz = dz.contiguous()  # (B, H, n, dh)
        v_t = v.transpose(-1, -2).contiguous()  # (B, H, dh, n)
        d_dot_z = (dz * z).sum(-1, keepdim=True)  # (B, H, n, 1): D_i
        dq = torch.empty_like(q)  # (B, H, n, dh)
        dk, dv = torch.zeros_like(q), torch.zeros_like(v)  # (B, H, n, dh)
        d_relation_key = torch.zeros_like(relation_key)  # (R, dh)
        d_relation_value = mass.flatten(0, 2).t() @ dz.flatten(0, 2)  # (R, dh): Σ_i m_it dz_i
        for start in range(0, n, rows):
            block = slice(start, start + rows)
            q_block, dz_block = q[:, :, block], dz[:, :, block]  # (B, H, rows, dh)
            probs = F.softmax(relation_scores(q_block, k_t, relation_key, relations[:, block], padding_bias),
                              dim=-1)  # (B, H, rows, n): α_ij, recomputed
            block_rows = probs.shape[2]
            relation_index = relations[:, None, block].expand(probs.shape)  # (B, H, rows, n) view
            dv.view(bh, n, d_head).baddbmm_(probs.view(bh, block_rows, n).transpose(1, 2),
                                            dz_block.reshape(bh, block_rows, d_head))  # += Σ_i α_ij dz_i
            d_probs = torch.gather(torch.matmul(dz_block, relation_value.t()), -1, relation_index)  # dz_i·E_v[t_ij]
            d_probs.view(bh, block_rows, n).baddbmm_(dz_block.reshape(bh, block_rows, d_head),
                                                     v_t.view(bh, d_head, n))  # + dz_i·v_j
            d_scores = d_probs.sub_(d_dot_z[:, :, block]).mul_(probs)  # (B, H, rows, n): de_ij
            d_mass = probs.new_zeros(mass[:, :, block].shape)  # (B, H, rows, R): Σ_{j: t_ij = t} de_ij
            d_mass.scatter_add_(-1, relation_index, d_scores)
            dq[:, :, block] = torch.matmul(d_scores, k_t.transpose(-1, -2)) + torch.matmul(d_mass, relation_key)
            dk.view(bh, n, d_head).baddbmm_(d_scores.view(bh, block_rows, n).transpose(1, 2),
                                            q_block.reshape(bh, block_rows, d_head))  # += Σ_i de_ij q_i
            d_relation_key.addmm_(d_mass.flatten(0, 2).t(), q_block.flatten(0, 2))  # += Σ_i (Σ_j de_ij) q_i
        return dq, dk, dv, d_relation_key, d_relation_value, None, None, None


def naive_relation_attention(
    attention: MultiHeadAttention,
    x: torch.Tensor,
    padding_mask: torch.Tensor | None = None,
    relations: torch.Tensor | None = None,
) -> torch.Tensor:
    """Reference implementation that materialises r^k_ij and r^v_ij as (B, n, n, d_head) tensors.

    The direct formula, as RAT-SQL computes it: look up one d_head vector per pair (i, j) (shared
    by the heads), then e_ij = (q_i·k_j + q_i·r^k_ij)/sqrt(d_z) and z_i = Σ_j α_ij v_j + Σ_j α_ij r^v_ij.
    Same parameters and result as ``attention(x, padding_mask, relations)``; for tests and the
    benchmark only (memory grows as n²·d_head per example).
    """
    check_attention_inputs(x, padding_mask, relations, attention.d_model, attention.num_relations)
    batch, n, _ = x.shape
    q = attention._split_heads(attention.query(x))  # (B, H, n, dh)
    k = attention._split_heads(attention.key(x))  # (B, H, n, dh)
    v = attention._split_heads(attention.value(x))  # (B, H, n, dh)
    scores = torch.matmul(q, k.transpose(-1, -2))  # (B, H, n, n): q_i·k_j
    if relations is not None:
        r_k = attention.relation_key(relations.long())  # (B, n, n, dh): r^k_ij
        scores = scores + torch.einsum("bhid,bijd->bhij", q, r_k)  # + q_i·r^k_ij
    scores = scores / math.sqrt(attention.d_head)
    if padding_mask is not None:
        scores = scores.masked_fill(padding_mask[:, None, None, :], float("-inf"))
    probs = attention.attention_dropout(F.softmax(scores, dim=-1))  # (B, H, n, n)
    z = torch.matmul(probs, v)  # (B, H, n, dh): Σ_j α_ij v_j
    if relations is not None:
        r_v = attention.relation_value(relations.long())  # (B, n, n, dh): r^v_ij
        z = z + torch.einsum("bhij,bijd->bhid", probs, r_v)  # + Σ_j α_ij r^v_ij
    return attention.output(z.transpose(1, 2).reshape(batch, n, attention.d_model))
