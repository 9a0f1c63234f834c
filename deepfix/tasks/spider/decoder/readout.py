"""What every grammar decoder shares: action embeddings, the memory read, rule and pointer scores.

From the decoder's output ``o_t`` at a step (RAT-SQL, Wang et al., 2020, Sec. 4):

* **rules**: a linear layer over every grammar rule, *masked* to the rules whose left-hand side
  is the frontier's (``TreeBuilder.frontier``), so only grammar-valid trees can be produced;
* **columns / tables**: pointer networks, ``score_j = (W_q o_t) · (W_k m_j) / sqrt(d)`` over the
  stack's column (table) vectors m_j of this example (RAT-SQL's memory pointer without the
  question-alignment term);
* **values**: Spider's exact match ignores values, so the decoder emits placeholders
  (``None`` for literals, rendered ``'value'``; ``1`` for LIMIT) at no cost.

Training reads the gold actions' negative log-likelihood (:meth:`GrammarReadout.token_nll`), with
label smoothing on column selection.
"""

from __future__ import annotations

import math

import torch
from torch import nn
from torch.nn import functional as F

from deepfix.errors import DeepfixError
from deepfix.nn.dropout import Dropout
from deepfix.tasks.spider.sql.grammar import RULES

from .actions import COLUMN, KINDS, NODE_TYPES, RULE, TABLE, VALUE, _lhs_mask
from .config import DecoderConfig
from .memory import Memory


class GrammarReadout(nn.Module):
    """Base of the grammar decoders: the modules and scores around the decoder's own computation.

    It creates every module it reads, in two calls that bracket the decoder's own modules, so each
    decoder keeps its parameter order (and so its initialisation under a seed, and its state-dict
    order): :meth:`_build_embeddings` first (action, kind, pointer and node-type embeddings), then
    the decoder's modules, then :meth:`_build_readout` (dropout, rule scores, pointers, the memory
    read). Subclasses: :class:`~deepfix.tasks.spider.decoder.lstm.TreeDecoder` and
    :class:`~deepfix.tasks.spider.decoder.transformer.TransformerTreeDecoder`.
    """

    config: DecoderConfig
    rule_embedding: nn.Embedding      # (rules + 1, A): the last row is the <start> action
    kind_embedding: nn.Embedding      # (kinds, A)
    pointer_embedding: nn.Linear      # pointed column/table vector -> action embedding
    type_embedding: nn.Embedding      # frontier node type -> (type_dim,)
    dropout: Dropout                  # on the readout's inputs (and the decoder's own linear-layer inputs)
    rule_out: nn.Linear
    column_query: nn.Linear
    column_key: nn.Linear
    table_query: nn.Linear
    table_key: nn.Linear
    memory_norm: nn.LayerNorm | None  # memory "layernorm"
    memory_scale: torch.Tensor | None  # memory "scaled": a buffer, 1 / RMS of the stack output
    lhs_mask: torch.Tensor            # (node types, rules) bool, not saved

    def __init__(self, config: DecoderConfig) -> None:
        super().__init__()
        self.config = config

    def _build_embeddings(self, d_memory: int) -> None:
        """The action embeddings, before the decoder's own modules."""
        A = self.config.action_dim
        self.rule_embedding = nn.Embedding(len(RULES) + 1, A)  # last row: the <start> action
        self.kind_embedding = nn.Embedding(len(KINDS), A)
        self.pointer_embedding = nn.Linear(d_memory, A)      # pointed column/table vector -> action
        self.type_embedding = nn.Embedding(len(NODE_TYPES), self.config.type_dim)

    def _build_readout(self, d_memory: int, width: int) -> None:
        """The readout modules after the decoder's own: rule scores, pointers and the memory read."""
        config = self.config
        self.dropout = Dropout(config.dropout)
        self.rule_out = nn.Linear(width, len(RULES))
        self.column_query, self.column_key = nn.Linear(width, d_memory), nn.Linear(d_memory, d_memory)
        self.table_query, self.table_key = nn.Linear(width, d_memory), nn.Linear(d_memory, d_memory)
        self.memory_norm = nn.LayerNorm(d_memory) if config.memory == "layernorm" else None
        if config.memory == "scaled":  # 1 / RMS of the stack output at initialisation (set_memory_scale)
            self.register_buffer("memory_scale", torch.ones(()))
        else:
            self.memory_scale = None
        self.register_buffer("lhs_mask", _lhs_mask(), persistent=False)

    @torch.no_grad()
    def _xavier_parameters(self) -> None:
        """Xavier-uniform for every matrix of the decoder (in parameter order), zero biases."""
        for name, parameter in self.named_parameters():
            if parameter.dim() >= 2:
                nn.init.xavier_uniform_(parameter)
            elif name.endswith("bias"):
                nn.init.zeros_(parameter)

    @torch.no_grad()
    def _reset_readout_norms(self) -> None:
        if self.memory_norm is not None:
            nn.init.ones_(self.memory_norm.weight)
            nn.init.zeros_(self.memory_norm.bias)
        if self.memory_scale is not None:
            self.memory_scale.fill_(1.0)

    @torch.no_grad()
    def set_memory_scale(self, rms: float) -> None:
        """``memory: scaled``: divide the memory by ``rms``, its root-mean-square measured at initialisation."""
        if self.memory_scale is None:
            raise DeepfixError(f"decoder memory {self.config.memory!r} has no scale to set")
        if not (math.isfinite(rms) and rms > 0):
            raise DeepfixError(f"decoder memory scale: expected a positive RMS, got {rms!r}")
        self.memory_scale.fill_(1.0 / rms)

    @property
    def start_embedding(self) -> torch.Tensor:
        return self.rule_embedding.weight[len(RULES)]  # (A,)

    def embed_actions(self, kind: torch.Tensor, index: torch.Tensor, memory: Memory) -> torch.Tensor:
        """kind, index (B, T) -> action embeddings (B, T, A); pointer actions embed the pointed vector."""
        rule = self.rule_embedding(torch.where(kind == RULE, index, 0))
        columns = memory.columns.gather(1, torch.where(kind == COLUMN, index, 0).unsqueeze(-1)
                                        .expand(-1, -1, memory.columns.shape[-1]))  # (B, T, d)
        tables = memory.tables.gather(1, torch.where(kind == TABLE, index, 0).unsqueeze(-1)
                                      .expand(-1, -1, memory.tables.shape[-1]))
        pointed = torch.where((kind == COLUMN).unsqueeze(-1), columns, tables)
        pointer = self.pointer_embedding(pointed) + self.kind_embedding(kind.clamp(min=0))
        is_rule = (kind == RULE).unsqueeze(-1)
        is_pointer = ((kind == COLUMN) | (kind == TABLE)).unsqueeze(-1)
        value = self.kind_embedding(torch.full_like(kind, VALUE))
        return torch.where(is_rule, rule, torch.where(is_pointer, pointer, value))

    def read_memory(self, memory: Memory) -> Memory:
        """The memory as this decoder reads it (``config.memory``, see
        :meth:`~deepfix.tasks.spider.decoder.lstm.TreeDecoder.prepare`), with the pointer keys projected once."""
        if self.memory_norm is not None:
            memory = Memory(self.memory_norm(memory.memory), memory.memory_pad, self.memory_norm(memory.columns),
                            memory.column_valid, self.memory_norm(memory.tables), memory.table_valid)
        elif self.memory_scale is not None:
            scale = self.memory_scale
            memory = Memory(memory.memory * scale, memory.memory_pad, memory.columns * scale, memory.column_valid,
                            memory.tables * scale, memory.table_valid)
        memory.column_keys = self.column_key(memory.columns)
        memory.table_keys = self.table_key(memory.tables)
        return memory

    def rule_logits(self, o: torch.Tensor, node_type: torch.Tensor) -> torch.Tensor:
        """o (..., H), node_type (...) -> (..., R) logits, -inf for rules the grammar forbids here."""
        logits = self.rule_out(self.dropout(o))
        return logits.masked_fill(~self.lhs_mask[node_type], float("-inf"))

    def pointer_logits(self, o: torch.Tensor, memory: Memory, kind: int) -> torch.Tensor:
        """o (B, T, H) -> (B, T, K) scaled dot-product scores over the columns (tables), -inf off-schema."""
        if kind == COLUMN:
            q, k, valid = self.column_query(self.dropout(o)), memory.column_keys, memory.column_valid
        else:
            q, k, valid = self.table_query(self.dropout(o)), memory.table_keys, memory.table_valid
        scores = q @ k.transpose(1, 2) / math.sqrt(k.shape[-1])
        return scores.masked_fill(~valid.unsqueeze(1), float("-inf"))

    def token_nll(self, o, memory: Memory, kind, index, node_type) -> torch.Tensor:
        """o (B, T, H) -> (B, T) negative log-likelihood of each gold action (0 on values and padding).

        Rules: log-softmax over the grammar-valid rules; columns/tables: over the example's
        columns (tables), with label smoothing ``column_label_smoothing`` on columns (the uniform
        part over the valid columns).
        """
        nll = o.new_zeros(kind.shape)
        is_rule = kind == RULE
        if is_rule.any():
            logp = F.log_softmax(self.rule_logits(o[is_rule], node_type[is_rule]), -1)  # (S, R)
            nll[is_rule] = -logp.gather(1, index[is_rule].unsqueeze(1)).squeeze(1)
        for k, valid in ((COLUMN, memory.column_valid), (TABLE, memory.table_valid)):
            where = kind == k
            if not where.any():
                continue
            logp = F.log_softmax(self.pointer_logits(o, memory, k), -1)[where]  # (S, K)
            loss = -logp.gather(1, index[where].unsqueeze(1)).squeeze(1)
            eps = self.config.column_label_smoothing if k == COLUMN else 0.0
            if eps > 0:
                valid_rows = valid.unsqueeze(1).expand(-1, kind.shape[1], -1)[where]  # (S, K)
                uniform = -(logp.masked_fill(~valid_rows, 0.0).sum(1) / valid_rows.sum(1))
                loss = (1 - eps) * loss + eps * uniform
            nll[where] = loss
        return nll
