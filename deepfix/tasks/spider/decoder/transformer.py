"""The transformer grammar decoder with an exit after every block (``model.decoder.kind: transformer``).

The same grammar actions, rule masks, column/table pointers and beam search as the LSTM
:class:`~deepfix.tasks.spider.decoder.lstm.TreeDecoder` (their shared readout is
:class:`~deepfix.tasks.spider.decoder.readout.GrammarReadout`), with each action step computed by N
transformer decoder blocks. What is general about early exit lives in :mod:`deepfix.adaptive` (blocks,
exit heads, halting units and rules, the oracle, state copying, the search's history pool); this
module holds what is Spider's. The input of step t carries the tree as the LSTM's parent feeding
does::

    x_t = W_in [ a_{t-1} ; a_{p_t} ; type(n_t) ] + pos(t) + pos_parent(p_t + 1)

(previous action, the action that created the parent node and its step p_t, frontier node type).

**Exits** (Elbayad et al., ICLR 2020, Sec. 3.1): after block n the exit classifier reads
``o_n = tanh(W_exit h_n)`` (one W_exit shared by every block, or one per block) and scores rules
and pointers with the shared readout. Training (``transformer.training``): *aligned* — the mean
of the N per-exit losses; *mixed* — one exit sampled per token, the blocks above it skipped for
that token and its state copied upwards, so later tokens attend to what inference will give
them; *last* — the final exit only (a plain decoder). Under *aligned* training the halting
units (:class:`~deepfix.adaptive.exits.HaltingUnits`) are trained jointly, on detached states,
from the likelihood oracle over the exits' losses; their loss is added to the training loss.
Confidence halting reads the exit's distribution over the frontier's choices
(:func:`confidence_exits_of`), the grammar's.
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F

from deepfix.adaptive.blocks import DecoderBlock, Groups
from deepfix.adaptive.config import HALTING
from deepfix.adaptive.exits import ExitHeads, HaltingUnits, block_states
from deepfix.adaptive.halting import confidence_exits, geometric_exits
from deepfix.adaptive.pool import HistoryPool
from deepfix.errors import DeepfixError

from .actions import COLUMN, KINDS, RULE, TABLE
from .config import DecoderConfig
from .memory import Memory
from .readout import GrammarReadout
from .search import SearchStep


class TransformerTreeDecoder(GrammarReadout):
    """N decoder blocks over grammar actions, an exit after each, optional per-token halting."""

    def __init__(self, d_memory: int, config: DecoderConfig):
        super().__init__(config)
        spec = config.transformer
        H, A = config.hidden, config.action_dim
        if H % spec.n_heads:
            raise DeepfixError(f"decoder hidden {H} is not divisible by model.decoder.transformer.n_heads {spec.n_heads}")
        if spec.max_position < config.max_steps:
            raise DeepfixError(f"model.decoder.transformer.max_position ({spec.max_position}) is below "
                               f"model.decoder.max_steps ({config.max_steps})")
        self._build_embeddings(d_memory)
        self.input = nn.Linear(2 * A + config.type_dim, H)
        self.position = nn.Embedding(spec.max_position, H)
        self.parent_position = nn.Embedding(spec.max_position + 1, H)  # 0: the root has no parent
        self.blocks = nn.ModuleList(DecoderBlock(H, d_memory, spec.n_heads, spec.d_ff, config.dropout, spec.norm)
                                    for _ in range(spec.num_layers))
        self.exits = ExitHeads(H, spec.num_layers, shared=spec.exits == "shared")
        self.halts = HaltingUnits(H, spec.num_layers)  # χ_1 .. χ_{N-1}
        self._build_readout(d_memory, H)
        self.halting, self.threshold = spec.halting, spec.threshold
        self.reset_parameters()

    @property
    def num_blocks(self) -> int:
        return len(self.blocks)

    @property
    def init_scheme(self) -> str:
        """How the blocks are initialised (``transformer.init``; :func:`deepfix.init.decoder.initialize_decoder`)."""
        return self.config.transformer.init

    @torch.no_grad()
    def reset_parameters(self) -> None:
        """Xavier-uniform matrices, zero biases, neutral residual scalars and LayerNorms; the
        decoder scheme (:func:`deepfix.init.decoder.initialize_decoder`) rescales from here."""
        self._xavier_parameters()
        for module in self.modules():
            if isinstance(module, nn.LayerNorm):
                nn.init.ones_(module.weight)
                nn.init.zeros_(module.bias)
        for block in self.blocks:
            for residual in block.residuals():
                residual.skip_scale.fill_(1.0)
                residual.branch_gain.fill_(1.0)
        self._reset_readout_norms()

    def set_halting(self, method: str, threshold: float) -> None:
        """The inference rule: ``none`` (full depth), ``confidence`` or ``geometric``, with τ."""
        if method not in HALTING:
            raise DeepfixError(f"halting: expected one of {', '.join(HALTING)}, got {method!r}")
        self.halting, self.threshold = method, float(threshold)

    # -- pieces shared by training and search ---------------------------------------------------

    def prepare(self, memory: Memory) -> tuple[Memory, list, torch.Tensor]:
        """The memory as read (scale, pointer keys), each block's cross-attention keys/values
        ((B, heads, n, dh) pairs) and the attention mask (B, 1, 1, n), True = attend."""
        memory = self.read_memory(memory)
        kv = [block.cross_attention.keys_values(memory.memory) for block in self.blocks]
        return memory, kv, ~memory.memory_pad[:, None, None, :]

    def embed_inputs(self, prev_action, parent_action, node_type, step, parent_step) -> torch.Tensor:
        """(..., A), (..., A), (...) types, (...) steps, (...) parent steps (-1 = root) -> x (..., H)."""
        x = self.input(torch.cat([prev_action, parent_action, self.type_embedding(node_type)], -1))
        return self.dropout(x + self.position(step) + self.parent_position(parent_step + 1))

    def exit_output(self, h: torch.Tensor, block: int) -> torch.Tensor:
        """o_n = tanh(W_exit h_n) (..., H)."""
        return self.exits(self.dropout(h), block)

    # -- teacher forcing --------------------------------------------------------------------------

    def forward(self, memory: Memory, kind, index, node_type, parent) -> torch.Tensor:
        """Training loss: the exits' mean summed NLL per example (``training``) plus the halting loss.

        kind/index/node_type/parent: (B, T) long, kind = PAD (-1) on padding steps.
        """
        spec = self.config.transformer
        memory, kv, memory_mask = self.prepare(memory)
        B, T = kind.shape
        x = self.teacher_inputs(memory, kind, index, node_type, parent)  # (B, T, H)
        exit_at = None
        if spec.training == "mixed":  # one exit per token, uniform over the blocks
            exit_at = torch.randint(self.num_blocks, (B, T), device=kind.device)
        states = self.block_states(x, kv, memory_mask, exit_at)  # N x (B, T, H)
        valid = kind >= 0
        per_exit = None
        if spec.training == "mixed":  # each token's loss at its sampled exit
            if len(self.exits) == 1:
                h = torch.stack(states, 2).gather(2, exit_at[:, :, None, None].expand(-1, -1, 1, x.shape[-1]))
                nll = self.token_nll(self.exit_output(h.squeeze(2), 0), memory, kind, index, node_type)  # (B, T)
            else:
                nll = self.exit_nll(states, memory, kind, index, node_type).gather(1, exit_at.unsqueeze(1)).squeeze(1)
            loss = nll.sum() / B
        else:
            per_exit = self.exit_nll(states if spec.training == "aligned" else states[-1:], memory, kind, index,
                                     node_type)  # (B, N or 1, T)
            loss = per_exit.sum() / (B * per_exit.shape[1])
        if self.halts and spec.training == "aligned":  # the oracle reads every exit's loss, computed here
            loss = loss + self.halting_loss(states, per_exit.detach(), valid)
        return loss

    def teacher_inputs(self, memory: Memory, kind, index, node_type, parent) -> torch.Tensor:
        """Gold actions (B, T) -> block inputs x (B, T, H), step t reading a_{t-1} and a_{p_t}."""
        B, T = kind.shape
        actions = self.embed_actions(kind, index, memory)                  # (B, T, A)
        with_start = torch.cat([self.start_embedding.expand(B, 1, -1), actions], 1)  # slot 0 = <start>
        prev_actions = with_start[:, :T]
        parent_actions = with_start.gather(1, (parent + 1).clamp(min=0).unsqueeze(-1).expand(-1, -1, actions.shape[-1]))
        steps = torch.arange(T, device=kind.device).expand(B, T)
        return self.embed_inputs(prev_actions, parent_actions, node_type.clamp(min=0), steps, parent.clamp(min=-1))

    def block_inputs(self, memory: Memory, kind, index, node_type, parent) -> tuple[torch.Tensor, torch.Tensor]:
        """The first block's inputs at the gold steps (S, H) and the memory vectors as read (M, d), valid
        positions only: what :func:`deepfix.init.decoder.decoder_input_norms` measures
        (:class:`deepfix.init.decoder.BlockDecoder`)."""
        memory = self.read_memory(memory)
        x = self.teacher_inputs(memory, kind, index, node_type, parent)  # (B, T, H)
        return x[kind >= 0], memory.memory[~memory.memory_pad]

    def block_states(self, x, kv, memory_mask, exit_at=None) -> list[torch.Tensor]:
        """The output of every block, N x (B, T, H), with state copying below ``exit_at``
        (:func:`deepfix.adaptive.exits.block_states`)."""
        return block_states(self.blocks, x, kv, memory_mask, exit_at)

    def exit_nll(self, states, memory: Memory, kind, index, node_type) -> torch.Tensor:
        """Per-exit gold NLL (B, len(states), T) — all exits scored in one readout call."""
        B, T = kind.shape
        n = len(states)
        offset = self.num_blocks - n
        o = torch.cat([self.exit_output(h, offset + i) for i, h in enumerate(states)], 1)  # (B, n T, H)
        repeat = lambda t: t.repeat(1, n)
        return self.token_nll(o, memory, repeat(kind), repeat(index), repeat(node_type)).view(B, n, T)

    def halting_loss(self, states, per_exit: torch.Tensor, valid: torch.Tensor) -> torch.Tensor:
        """−log q(n*) summed over the gold tokens, mean over examples, on detached states
        (:meth:`deepfix.adaptive.exits.HaltingUnits.loss`)."""
        return self.halts.loss(states, per_exit, valid, self.config.transformer.oracle_penalty)

    # -- search -----------------------------------------------------------------------------------

    def searcher(self, memory: Memory) -> "TransformerSearch":
        return TransformerSearch(self, memory)


class TransformerSearch:
    """The transformer decoder's side of :func:`~deepfix.tasks.spider.decoder.beam.beam_search`.

    Keeps the blocks' self-attention histories in a :class:`~deepfix.adaptive.pool.HistoryPool`
    (a slot per live row). Per step (:meth:`step`), each block computes the self-attention
    key/value of every row from its current state (an exited row's copied state) into the row's
    slot, and the rest of the block only for the rows still active; a row exits per
    ``decoder.halting`` and its output ``o`` is that of its exit block; the step's ``depth`` is the
    block count each row used (1-based). Between steps (:meth:`reorder`) the pool hands each
    surviving hypothesis its parent's history. A hypothesis' memo is its row at the step that made it.
    """

    def __init__(self, decoder: TransformerTreeDecoder, memory: Memory):
        self.decoder = decoder
        self.memory, self.kv, self.memory_mask = decoder.prepare(memory)
        self.fused = [block.fused_keys_values() for block in decoder.blocks]
        self.pool = HistoryPool(decoder.num_blocks, decoder.blocks[0].self_attention.heads)
        self.t = 0

    def initial(self):
        return 0

    def step(self, memos: list, frontiers, mem: Memory, rows, prev_action, parent_action, node_type) -> SearchStep:
        decoder = self.decoder
        N, device = rows.shape[0], rows.device
        steps = torch.full((N,), self.t, device=device)
        parents = torch.tensor([-1 if f.parent_step is None else f.parent_step for f in frontiers], device=device)
        x = decoder.embed_inputs(prev_action, parent_action, node_type, steps, parents)  # (N, H)
        kinds = torch.tensor([KINDS.index(f.kind) for f in frontiers], device=device) \
            if decoder.halting == "confidence" else None
        o = x.new_zeros(N, x.shape[-1])
        depth = torch.full((N,), decoder.num_blocks, device=device)
        active = None  # all rows
        B = self.memory_mask.shape[0]
        groups = Groups(rows, B)  # the active rows by example; changes only when rows exit
        slots = self.pool.ready(self.t, x)
        last = decoder.num_blocks - 1
        for n, block in enumerate(decoder.blocks):
            x = block.step(x, self.pool.caches[n], slots, self.t, active, groups, self.fused[n], self.kv[n],
                           self.memory_mask)
            if n == last or decoder.halting == "none":
                continue
            index = torch.arange(N, device=device) if active is None else active
            if index.numel() == 0:
                continue
            h = x.index_select(0, index)
            if decoder.halting == "geometric":
                leave = geometric_exits(decoder.halts[n](h).squeeze(-1), decoder.threshold)
            else:
                out = decoder.exit_output(h, n)
                leave = confidence_exits_of(decoder, out, kinds.index_select(0, index),
                                            node_type.index_select(0, index), mem, index, decoder.threshold)
            if not bool(leave.any()):
                continue
            leaving = index[leave]
            o.index_copy_(0, leaving, decoder.exit_output(h[leave], n) if decoder.halting == "geometric"
                          else out[leave])
            depth.index_fill_(0, leaving, n + 1)
            active = index[~leave]
            if active.numel():
                groups = Groups(rows.index_select(0, active), B)
        remaining = torch.arange(N, device=device) if active is None else active
        if remaining.numel():
            o.index_copy_(0, remaining, decoder.exit_output(x.index_select(0, remaining), last))
        self.t += 1
        return SearchStep(o, depth)

    def child(self, step: SearchStep, row: int, memo) -> int:
        return row

    def reorder(self, memos: list) -> list:
        """Slots for the surviving hypotheses (memos: their parents' rows, in order); new memos (their rows)."""
        self.pool.reorder(memos)
        return list(range(len(memos)))


def confidence_exits_of(decoder, o, kinds, node_type, mem: Memory, index, threshold) -> torch.Tensor:
    """Confidence halting for rows ``index`` (A,) with exit outputs o (A, H): bool (A,).

    The distribution is the frontier's: valid rules, the example's columns or tables; a value
    frontier (a placeholder, one choice) is certain.
    """
    leave = torch.ones(o.shape[0], dtype=torch.bool, device=o.device)
    for kind in (RULE, COLUMN, TABLE):
        where = (kinds == kind).nonzero().squeeze(1)
        if where.numel() == 0:
            continue
        h = o.index_select(0, where)
        if kind == RULE:
            logits = decoder.rule_logits(h, node_type.index_select(0, where))
        else:  # only the pointer keys and validity of these rows, not their whole memory
            rows = index.index_select(0, where)
            if kind == COLUMN:
                part = Memory(None, None, None, mem.column_valid.index_select(0, rows), None, None,
                              column_keys=mem.column_keys.index_select(0, rows))
            else:
                part = Memory(None, None, None, None, None, mem.table_valid.index_select(0, rows),
                              table_keys=mem.table_keys.index_select(0, rows))
            logits = decoder.pointer_logits(h.unsqueeze(1), part, kind).squeeze(1)
        leave[where] = confidence_exits(F.log_softmax(logits, -1), threshold)
    return leave
