"""Beam search over grammar actions for the tree decoder (greedy = beam size 1).

The live hypotheses of *all* examples in a chunk advance together: one batched LSTM step, one
attention and one set of rule/pointer scores per decoding step, for N = Σ live hypotheses rows.
Each hypothesis owns a :class:`TreeBuilder`; its frontier gives the valid rules (the rest get
-inf, so invalid actions are never chosen), whether a column/table pointer or a value comes next,
and the parent step for parent feeding. Values are placeholders (see :mod:`.decoder`).

Scores are summed log-probabilities (no length normalisation, as RAT-SQL). An example stops when
it has ``beam_size`` finished trees or its best finished tree scores at least as well as every
live hypothesis (scores only fall as a tree grows, so no live one could still win).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import torch
from torch.nn import functional as F

from .decoder import COLUMN, KINDS, RULE, TABLE, VALUE, Memory, TreeDecoder, frontier_type, placeholder_value
from .sql.grammar import Action, Node, TreeBuilder


@dataclass
class Hypothesis:
    example: int
    builder: TreeBuilder
    score: float = 0.0
    actions: list = field(default_factory=list)        # Action per step
    states: list = field(default_factory=list)         # h (H,) per step, for parent feeding
    embeddings: list = field(default_factory=list)     # action embedding (A,) per step
    state: tuple | None = None                         # (h, c) after the last step
    context: torch.Tensor | None = None


@dataclass
class Decoded:
    tree: Node | None          # None: no complete tree within max_steps
    score: float
    actions: list              # the tree's actions (or, without a tree, the best prefix cut at max_steps)
    alternatives: list = field(default_factory=list)  # (tree, score) of every finished hypothesis, best first


@torch.no_grad()
def beam_search(decoder: TreeDecoder, memory: Memory, column_ids: list, beam_size: int = 5,
                max_steps: int | None = None) -> list[Decoded]:
    """Decode every example of ``memory`` (B rows). ``column_ids[b][j]``: schema id of pointer slot j."""
    B = memory.memory.shape[0]
    memory = decoder.prepare(memory)
    max_steps = max_steps or decoder.config.max_steps
    device = memory.memory.device
    (h0, c0), ctx0 = decoder.initial_state(1, memory.memory)
    live = [Hypothesis(b, TreeBuilder(), state=(h0[0], c0[0]), context=ctx0[0]) for b in range(B)]
    finished: list[list[Hypothesis]] = [[] for _ in range(B)]
    cut: dict[int, Hypothesis] = {}  # best hypothesis stopped at max_steps, per example
    start = decoder.start_embedding
    zeros_h = h0[0]
    while live:
        frontiers = [hyp.builder.frontier for hyp in live]
        rows = torch.tensor([hyp.example for hyp in live], device=device)
        mem = memory.select(rows)
        prev_action = torch.stack([hyp.embeddings[-1] if hyp.embeddings else start for hyp in live])
        parent_state = torch.stack([zeros_h if f.parent_step is None else hyp.states[f.parent_step]
                                    for hyp, f in zip(live, frontiers)])
        parent_action = torch.stack([start if f.parent_step is None else hyp.embeddings[f.parent_step]
                                     for hyp, f in zip(live, frontiers)])
        node_type = torch.tensor([frontier_type(f) for f in frontiers], device=device)
        state = (torch.stack([hyp.state[0] for hyp in live]), torch.stack([hyp.state[1] for hyp in live]))
        context = torch.stack([hyp.context for hyp in live])
        o, context, (h, c) = decoder.step(prev_action, context, parent_state, parent_action, node_type, state, mem)
        rule_logp = F.log_softmax(decoder.rule_logits(o, node_type), -1)  # (N, R)
        column_logp = F.log_softmax(decoder.pointer_logits(o.unsqueeze(1), mem, COLUMN).squeeze(1), -1)  # (N, C)
        table_logp = F.log_softmax(decoder.pointer_logits(o.unsqueeze(1), mem, TABLE).squeeze(1), -1)   # (N, T)
        k = beam_size
        top = {RULE: rule_logp.topk(min(k, rule_logp.shape[1]), -1),
               COLUMN: column_logp.topk(min(k, column_logp.shape[1]), -1),
               TABLE: table_logp.topk(min(k, table_logp.shape[1]), -1)}
        top = {kind: (values.tolist(), indices.tolist()) for kind, (values, indices) in top.items()}

        # Candidates per example: (total score, hypothesis row, kind, index).
        candidates: list[list[tuple]] = [[] for _ in range(B)]
        for row, (hyp, frontier) in enumerate(zip(live, frontiers)):
            kind = KINDS.index(frontier.kind)
            if kind == VALUE:
                candidates[hyp.example].append((hyp.score, row, VALUE, 0))
                continue
            values, indices = top[kind][0][row], top[kind][1][row]
            for value, index in zip(values, indices):
                if value == float("-inf"):
                    break
                candidates[hyp.example].append((hyp.score + value, row, kind, index))

        chosen: dict[int, list[tuple]] = {}
        for example, options in enumerate(candidates):
            options.sort(key=lambda option: -option[0])
            for option in options[:beam_size]:
                chosen.setdefault(option[1], []).append(option)

        flat = [(row, option) for row, options in chosen.items() for option in options]
        embeddings = None
        if flat:  # embeddings of every chosen action in one call: (M, A)
            kinds = torch.tensor([[option[2]] for _, option in flat], device=device)
            indices = torch.tensor([[option[3]] for _, option in flat], device=device)
            chosen_rows = torch.tensor([row for row, _ in flat], device=device)
            embeddings = decoder.embed_actions(kinds, indices, mem.select(chosen_rows))[:, 0]
        new_live: list[Hypothesis] = []
        position = 0
        for row, options in chosen.items():
            parent = live[row]
            frontier = frontiers[row]
            builders = [parent.builder] + [copy.deepcopy(parent.builder) for _ in options[1:]]
            for (score, _, kind, index), builder in zip(options, builders):
                embedding = embeddings[position]
                position += 1
                if kind == VALUE:
                    action = placeholder_value(frontier)
                elif kind == COLUMN:
                    action = Action("column", int(column_ids[parent.example][index]))
                else:
                    action = Action(KINDS[kind], index)
                builder.apply(action)
                child = Hypothesis(parent.example, builder, score, parent.actions + [action],
                                   parent.states + [h[row]], parent.embeddings + [embedding],
                                   (h[row], c[row]), context[row])
                if builder.done:
                    finished[child.example].append(child)
                elif len(child.actions) < max_steps:
                    new_live.append(child)
                elif child.example not in cut or cut[child.example].score < child.score:
                    cut[child.example] = child

        live = []
        for hyp in new_live:
            done = finished[hyp.example]
            if len(done) >= beam_size or (done and max(d.score for d in done) >= hyp.score):
                continue
            live.append(hyp)
    out = []
    for example, done in enumerate(finished):
        if not done:  # no complete tree: report the best cut-off action prefix
            partial = cut.get(example)
            out.append(Decoded(None, float("-inf"), partial.actions if partial else []))
            continue
        ranked = sorted(done, key=lambda hyp: -hyp.score)  # stable: ties keep the order they finished in
        best = ranked[0]
        out.append(Decoded(best.builder.tree(), best.score, best.actions,
                           [(hyp.builder.tree(), hyp.score) for hyp in ranked]))
    return out
