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

:func:`naive_relation_attention` is the direct, materialising reference used by tests and the
benchmark.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

from ..errors import DeepfixError


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
    """

    def __init__(
        self,
        d_model: int,
        n_heads: int,
        num_relations: int = 0,
        attention_dropout: float = 0.0,
    ) -> None:
        super().__init__()
        if d_model % n_heads:
            raise DeepfixError(f"d_model={d_model} is not divisible by n_heads={n_heads}")
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

    def _split_heads(self, t: torch.Tensor) -> torch.Tensor:
        batch, n, _ = t.shape
        return t.view(batch, n, self.n_heads, self.d_head).transpose(1, 2)  # (B, H, n, d_head)

    def forward(
        self,
        x: torch.Tensor,
        padding_mask: torch.Tensor | None = None,
        relations: torch.Tensor | None = None,
    ) -> torch.Tensor:
        """x: (B, n, d); padding_mask: (B, n) bool, True = padding; relations: (B, n, n) ids."""
        check_attention_inputs(x, padding_mask, relations, self.d_model, self.num_relations)
        batch, n, _ = x.shape
        q = self._split_heads(self.query(x))  # (B, H, n, dh)
        k = self._split_heads(self.key(x))  # (B, H, n, dh)
        v = self._split_heads(self.value(x))  # (B, H, n, dh)
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
        return self.output(z)

    @torch.no_grad()
    def _record_probe(self, scores: torch.Tensor, padding_mask: torch.Tensor | None) -> None:
        """scores (B, H, n, n) scaled logits, -inf on padded keys -> probe: max logit, mean entropy (nats)."""
        valid = scores.new_ones(scores.shape[0], scores.shape[2], dtype=torch.bool) if padding_mask is None \
            else ~padding_mask  # (B, n) valid queries
        rows = scores.transpose(1, 2)[valid]  # (queries, H, n)
        if rows.numel() == 0:
            return
        probs = F.softmax(rows, dim=-1)
        entropy = -torch.xlogy(probs, probs).sum(-1)  # (queries, H)
        self.probe["max_logit"] = float(rows.max())
        self.probe["entropy"] = float(entropy.mean())

    def _vanilla_attention(self, q, k, v, padding_mask) -> torch.Tensor:
        """softmax(q kᵀ / sqrt(d_z)) v with PyTorch's fused kernel (no (B, H, n, n) tensor kept)."""
        keep = None if padding_mask is None else ~padding_mask[:, None, None, :]  # (B, 1, 1, n)
        dropout = self.attention_dropout.p if self.training else 0.0
        return F.scaled_dot_product_attention(q, k, v, attn_mask=keep, dropout_p=dropout)  # (B, H, n, dh)

    def _relation_attention(self, q, k, v, padding_mask, relations) -> torch.Tensor:
        """Factored relation terms: gather from q E_kᵀ, scatter-add α by relation type, then × E_v."""
        batch, heads, n, _ = q.shape
        q = q * (1.0 / math.sqrt(self.d_head))  # (B, H, n, dh): the 1/sqrt(d_z) folded in once
        relation_index = relations.unsqueeze(1).expand(batch, heads, n, n)  # (B, H, n, n) view
        q_dot_relation = torch.matmul(q, self.relation_key.weight.t())  # (B, H, n, R)
        scores = torch.matmul(q, k.transpose(-1, -2))  # (B, H, n, n)
        scores = scores.add_(torch.gather(q_dot_relation, -1, relation_index))  # + q_i·r^k_ij
        if padding_mask is not None:  # an additive -inf bias: unlike masked_fill, its backward is free
            padding_bias = scores.new_zeros(padding_mask.shape).masked_fill_(padding_mask, float("-inf"))  # (B, n)
            scores = scores.add_(padding_bias[:, None, None, :])  # (B, 1, 1, n) broadcast over heads, queries
        if self.probe is not None:
            self._record_probe(scores, padding_mask)
        probs = self.attention_dropout(F.softmax(scores, dim=-1))  # (B, H, n, n)
        z = torch.matmul(probs, v)  # (B, H, n, dh)
        mass_per_relation = probs.new_zeros(batch, heads, n, self.num_relations)
        mass_per_relation.scatter_add_(-1, relation_index, probs)  # (B, H, n, R): Σ_{j: t_ij = t} α_ij
        return z + torch.matmul(mass_per_relation, self.relation_value.weight)  # + Σ_j α_ij r^v_ij


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
