"""The LSTM grammar decoder: a parent-feeding LSTM that emits SQL grammar actions depth-first.

RAT-SQL's tree decoder (Wang et al., 2020, Sec. 4; Yin & Neubig, 2017), as used by the DT-Fixup
paper for Spider. At step t the LSTM reads

    [ a_{t-1} ; c_{t-1} ; h_{p_t} ; a_{p_t} ; n_t ]

(previous action embedding, previous attention context, the LSTM state and action embedding of
the step that created the parent node — *parent feeding* — and the embedding of the frontier
node's type), then attends over the encoder memory (the relation-aware stack's output: question
words, columns and tables) and combines ``o_t = tanh(W [h_t; c_t])``, which the shared readout scores
(:mod:`~deepfix.tasks.spider.decoder.readout`: grammar-masked rules, column/table pointers,
placeholder values).

The decoder skips ``FROM ... ON`` conditions (always ``cond? -> None`` there): exact match ignores
them, and :func:`~deepfix.tasks.spider.sql.render_sql` with ``infer_joins=True`` writes them
from the schema's foreign keys.

Training is teacher forcing over a **padded batch** of gold action sequences (one LSTMCell call
per step for the whole batch), with label smoothing on column selection.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn
from torch.nn import functional as F

from deepfix.errors import DeepfixError
from deepfix.nn.dropout import dropout_scale

from .config import DecoderConfig
from .memory import Memory
from .memory_attention import MemoryAttention
from .readout import GrammarReadout
from .search import SearchStep


class TreeDecoder(GrammarReadout):
    """Parent-feeding LSTM over grammar actions with memory attention and schema pointers."""

    def __init__(self, d_memory: int, config: DecoderConfig):
        super().__init__(config)
        H, A = config.hidden, config.action_dim
        if H % config.n_heads:
            raise DeepfixError(f"decoder hidden {H} is not divisible by model.decoder.n_heads {config.n_heads}")
        self._build_embeddings(d_memory)
        self.cell = nn.LSTMCell(A + H + H + A + config.type_dim, H)
        self.attention_query = nn.Linear(H, H)
        self.attention_key = nn.Linear(d_memory, H)
        self.attention_value = nn.Linear(d_memory, H)
        self.attention_out = nn.Linear(H, H)
        self.combine = nn.Linear(2 * H, H)
        self._build_readout(d_memory, H)
        self.reset_parameters()

    @torch.no_grad()
    def reset_parameters(self) -> None:
        """The decoder's one initialisation: Xavier-uniform for every matrix (linear layers, embeddings,
        LSTM input and recurrent weights) and zero biases, as the DT-Fixup authors initialise their
        decoder (PyTorch's defaults would give N(0, 1) embeddings and fan-in uniform matrices)."""
        self._xavier_parameters()
        self._reset_readout_norms()

    # -- pieces shared by teacher forcing and beam search ------------------------------------

    def prepare(self, memory: Memory) -> Memory:
        """Project the memory once: attention keys/values (multi-head) and pointer keys.

        The DT-Fixup stack has no LayerNorm, so the scale of its output is set by μ and the
        encoder. ``config.memory`` says how the decoder reads it:

        * ``scaled`` (default): times one constant, 1 / RMS of the stack output measured over
          training examples at initialisation (:meth:`set_memory_scale`), so the decoder starts
          at unit scale whatever the encoder; the loss still depends on the stack's scale.
        * ``layernorm``: a LayerNorm per vector (deepfix before 0.2). It makes the loss invariant
          to the stack output's scale, so nothing holds the residual branches back: measured,
          the stream grows geometrically with depth and DT-Fixup stacks of 4+ layers break
          (``results/spider_depth/``).
        * ``raw``: the stack output as it is (the DT-Fixup authors' decoder).
        """
        memory = self.read_memory(memory)
        B, n, _ = memory.memory.shape
        heads = self.config.n_heads
        split = lambda x: x.view(B, n, heads, -1).transpose(1, 2)  # (B, heads, n, H / heads)
        memory.keys = split(self.attention_key(memory.memory)).transpose(2, 3).contiguous()  # (B, heads, dh, n)
        memory.values = split(self.attention_value(memory.memory))
        return memory

    def attend(self, h: torch.Tensor, memory: Memory) -> torch.Tensor:
        """Multi-head scaled dot-product attention of h (N, H) over the memory -> context (N, H)."""
        N, H = h.shape
        q = self.attention_query(h).view(N, self.config.n_heads, 1, -1)           # (N, heads, 1, dh)
        scores = q @ memory.keys / math.sqrt(q.shape[-1])                        # (N, heads, 1, n)
        scores = scores.masked_fill(memory.memory_pad[:, None, None, :], float("-inf"))
        context = torch.softmax(scores, -1) @ memory.values                      # (N, heads, 1, dh)
        return self.attention_out(context.reshape(N, H))

    def step(self, prev_action, prev_context, parent_state, parent_action, node_type, state, memory: Memory):
        """One LSTM step for N rows. Returns (o (N, H), context (N, H), (h, c))."""
        x = torch.cat([prev_action, prev_context, parent_state, parent_action, self.type_embedding(node_type)], -1)
        h, c = self.cell(self.dropout(x), state)
        context = self.attend(h, memory)  # (N, H)
        o = torch.tanh(self.combine(self.dropout(torch.cat([h, context], -1))))
        return o, context, (h, c)

    def searcher(self, memory: Memory) -> "LSTMSearch":
        return LSTMSearch(self, memory)

    def initial_state(self, rows: int, like: torch.Tensor):
        H = self.config.hidden
        zeros = like.new_zeros(rows, H)
        return (zeros, zeros.clone()), zeros.clone()

    # -- teacher forcing ----------------------------------------------------------------------
    def forward(self, memory: Memory, kind, index, node_type, parent) -> torch.Tensor:
        """Mean over examples of the summed negative log-likelihood of the gold actions.

        kind/index/node_type/parent: (B, T) long, kind = PAD (-1) on padding steps.
        """
        B, T = kind.shape
        memory = self.prepare(memory)
        actions = self.embed_actions(kind, index, memory)  # (B, T, A)
        start = self.start_embedding.expand(B, 1, -1)
        with_start = torch.cat([start, actions], 1)        # (B, T + 1, A): slot 0 = <start>
        prev_actions = with_start[:, :T]                     # a_{t-1}
        parent_actions = with_start.gather(1, (parent + 1).clamp(min=0).unsqueeze(-1)
                                           .expand(-1, -1, actions.shape[-1]))  # (B, T, A)
        o = self.teacher_forced_outputs(memory, prev_actions, parent_actions, node_type, parent)  # (B, T, H)
        return self.sequence_loss(o, memory, kind, index, node_type)

    def teacher_forced_outputs(self, memory: Memory, prev_actions, parent_actions, node_type, parent) -> torch.Tensor:
        """o (B, T, H) of every step of a known action sequence: :meth:`step`, arranged for teacher forcing.

        The same computation as calling :meth:`step` T times (tested, to float rounding), in fewer
        and larger operations, because in teacher forcing everything but the recurrence is known
        ahead (a decoding step was ~40 small operations, and on a CPU their overhead was the cost):

        * the LSTM input's known columns, [a_{t-1}; a_{p_t}; n_t], go through their part of the
          input weights in one matrix product for all steps; a step multiplies only
          [c_{t-1}; h_{p_t}; h_{t-1}] by the input and recurrent weights side by side (one product);
        * the dropout masks of every step are drawn at once, before the loop;
        * which earlier step is each row's parent is read on the host once (no per-step ``unique``);
        * the attention over the memory gathers the gradients of its keys and values from all steps
          at once (:mod:`~deepfix.tasks.spider.decoder.memory_attention`).

        prev_actions, parent_actions (B, T, A); node_type, parent (B, T) long (-1 on padding).
        """
        B, T = node_type.shape
        H, A, heads = self.config.hidden, self.config.action_dim, self.config.n_heads
        p = self.config.dropout if self.training else 0.0
        weight = self.cell.weight_ih  # (4H, A + 2H + A + type) over [a_{t-1}; c_{t-1}; h_p; a_p; n_t]
        known = self.dropout(torch.cat([prev_actions, parent_actions,
                                        self.type_embedding(node_type.clamp(min=0))], -1))  # (B, T, 2A + type)
        # LSTMCell's gate rows (i, f, g, o) taken in the order (i, f, o, g): one sigmoid covers three gates
        order = torch.cat([torch.arange(2 * H), torch.arange(3 * H, 4 * H), torch.arange(2 * H, 3 * H)])
        weight = weight[order]
        known_weight = torch.cat([weight[:, :A], weight[:, A + 2 * H:]], 1)  # (4H, 2A + type)
        known_gates = F.linear(known.transpose(0, 1), known_weight,
                               (self.cell.bias_ih + self.cell.bias_hh)[order]).contiguous()  # (T, B, 4H)
        step_weight = torch.cat([weight[:, A:A + 2 * H], self.cell.weight_hh[order]], 1).t()  # (3H, 4H)
        known_gates = known_gates.unbind(0)  # T x (B, 4H): one gradient gather, not one (T, B, 4H) per step
        masks = dropout_scale((2, T, B, 2 * H), p, known) if p else None  # LSTM input, combine input
        if masks is not None:  # h_{t-1} enters the LSTM without dropout
            input_masks = torch.cat([masks[0], masks.new_ones(T, B, H)], -1)  # (T, B, 3H)
        attend = MemoryAttention(memory.keys.transpose(2, 3), memory.values, memory.memory_pad)
        parents = ParentSlots(parent)
        h = c = context = memory.memory.new_zeros(B, H)
        zeros = h
        states, outputs = [], []
        for t in range(T):
            x = torch.cat([context, parents.state(t, states, zeros), h], -1)  # (B, 3H)
            if masks is not None:
                x = x * input_masks[t]
            gates = torch.addmm(known_gates[t], x, step_weight)  # (B, 4H): i, f, o, g
            sigmoid, g = torch.sigmoid(gates[:, :3 * H]), torch.tanh(gates[:, 3 * H:])
            c = torch.addcmul(sigmoid[:, H:2 * H] * c, sigmoid[:, :H], g)  # f * c + i * g
            h = sigmoid[:, 2 * H:] * torch.tanh(c)  # (B, H)
            q = self.attention_query(h).view(B, heads, 1, -1)  # (B, heads, 1, dh)
            context = self.attention_out(attend(q).reshape(B, H))
            y = torch.cat([h, context], -1)  # (B, 2H)
            if masks is not None:
                y = y * masks[1, t]
            states.append(h)
            outputs.append(torch.tanh(self.combine(y)))
        return torch.stack(outputs, 1)  # (B, T, H)

    def sequence_loss(self, o, memory: Memory, kind, index, node_type) -> torch.Tensor:
        """Mean over examples of the summed gold-action NLL (:meth:`GrammarReadout.token_nll`)."""
        return self.token_nll(o, memory, kind, index, node_type).sum() / kind.shape[0]


class ParentSlots:
    """Which earlier step is each row's parent at each step of a teacher-forced batch, read once on the host.

    parent (B, T) long: the step that created step t's parent node, -1 for none (root, padding).
    """

    def __init__(self, parent: torch.Tensor) -> None:
        table = parent.tolist()
        B = len(table)
        self.rows = torch.arange(B)
        self.plan: list = []
        for t in range(parent.shape[1]):
            column = [row[t] for row in table]
            unique = sorted({step for step in column if step >= 0})
            if not unique:
                self.plan.append(None)
                continue
            slot = None
            if len(unique) > 1:
                position = {step: k for k, step in enumerate(unique)}
                slot = torch.tensor([position.get(step, 0) for step in column])
            missing = None if min(column) >= 0 else torch.tensor([step >= 0 for step in column]).unsqueeze(-1)
            self.plan.append((unique, slot, missing))

    def state(self, t: int, states: list, zeros: torch.Tensor) -> torch.Tensor:
        """h_{p_t} (B, H): each row's parent step state, zeros where it has none."""
        entry = self.plan[t]
        if entry is None:
            return zeros
        unique, slot, present = entry
        state = states[unique[0]] if slot is None else torch.stack([states[u] for u in unique])[slot, self.rows]
        return state if present is None else torch.where(present, state, zeros)


@dataclass
class LSTMMemo:
    """A beam hypothesis' LSTM state: h per step (parent feeding), (h, c) and context after the last step."""

    states: list
    state: tuple
    context: torch.Tensor


class LSTMSearch:
    """The LSTM decoder's :class:`~deepfix.tasks.spider.decoder.search.Searcher`: one batched
    :meth:`TreeDecoder.step` over the live rows; a hypothesis' memo is its :class:`LSTMMemo`, and a
    step's state (:attr:`SearchStep.state <deepfix.tasks.spider.decoder.search.SearchStep.state>`)
    is the rows' new ``(h, c, context)``, from which :meth:`child` makes the extensions' memos."""

    def __init__(self, decoder: TreeDecoder, memory: Memory):
        self.decoder = decoder
        self.memory = decoder.prepare(memory)
        (h0, c0), context0 = decoder.initial_state(1, self.memory.memory)
        self.zeros = h0[0]
        self.start = LSTMMemo([], (h0[0], c0[0]), context0[0])

    def initial(self) -> LSTMMemo:
        return self.start

    def step(self, memos: list, frontiers, mem: Memory, rows, prev_action, parent_action, node_type) -> SearchStep:
        parent_state = torch.stack([self.zeros if f.parent_step is None else memo.states[f.parent_step]
                                    for memo, f in zip(memos, frontiers)])
        state = (torch.stack([memo.state[0] for memo in memos]), torch.stack([memo.state[1] for memo in memos]))
        context = torch.stack([memo.context for memo in memos])
        o, context, (h, c) = self.decoder.step(prev_action, context, parent_state, parent_action, node_type, state, mem)
        return SearchStep(o, None, (h, c, context))  # no exits: every step uses the whole decoder

    def child(self, step: SearchStep, row: int, memo: LSTMMemo) -> LSTMMemo:
        h, c, context = step.state
        return LSTMMemo(memo.states + [h[row]], (h[row], c[row]), context[row])

    def reorder(self, memos: list) -> list:
        return memos
