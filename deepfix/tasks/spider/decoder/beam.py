"""Beam search over grammar actions for a grammar decoder (greedy = beam size 1).

The live hypotheses of *all* examples in a chunk advance together: one batched decoder step
(the decoder's *searcher*, :class:`~.search.Searcher`: :class:`~.lstm.LSTMSearch` for the LSTM,
:class:`~deepfix.tasks.spider.decoder.transformer.TransformerSearch` for the transformer) and one set of
rule/pointer scores per decoding step, for N = Σ live hypotheses rows.
Each hypothesis owns a :class:`TreeBuilder`; its frontier gives the valid rules (the rest get
-inf, so invalid actions are never chosen), whether a column/table pointer or a value comes next,
and the parent step for parent feeding. Values are placeholders (see :mod:`.actions`).

Scores are summed log-probabilities (no length normalisation, as RAT-SQL). An example stops when
it has ``beam_size`` finished trees or its best finished tree scores at least as well as every
live hypothesis (scores only fall as a tree grows, so no live one could still win).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch
from torch.nn import functional as F

from deepfix.tasks.spider.sql.grammar import Action, Node, TreeBuilder

from .actions import COLUMN, KINDS, RULE, TABLE, VALUE, frontier_type, placeholder_value
from .memory import Memory
from .search import SearchableDecoder


@dataclass
class Hypothesis:
    example: int
    builder: TreeBuilder
    score: float = 0.0
    actions: list = field(default_factory=list)        # Action per step
    embeddings: list = field(default_factory=list)     # action embedding (A,) per step
    memo: object = None                                # the decoder's state of this hypothesis (its searcher's)
    depths: list = field(default_factory=list)         # blocks used per step (adaptive decoders)


@dataclass
class Decoded:
    tree: Node | None          # None: no complete tree within max_steps
    score: float
    actions: list              # the tree's actions (or, without a tree, the best prefix cut at max_steps)
    alternatives: list = field(default_factory=list)  # (tree, score) of every finished hypothesis, best first
    depths: list = field(default_factory=list)  # decoder blocks used per action (adaptive decoders; else empty)
    blocks: int = 0  # decoder blocks run for every hypothesis of this example, all steps (beam-wide cost)


@torch.no_grad()
def beam_search(decoder: SearchableDecoder, memory: Memory, column_ids: list, beam_size: int = 5,
                max_steps: int | None = None) -> list[Decoded]:
    """Decode every example of ``memory`` (B rows). ``column_ids[b][j]``: schema id of pointer slot j."""
    B = memory.memory.shape[0]
    search = decoder.searcher(memory)
    device = search.memory.memory.device
    memory = search.memory.without_vectors()  # per-step row copies need only the projections
    max_steps = max_steps or decoder.config.max_steps
    live = [Hypothesis(b, TreeBuilder(), memo=search.initial()) for b in range(B)]
    finished: list[list[Hypothesis]] = [[] for _ in range(B)]
    cut: dict[int, Hypothesis] = {}  # best hypothesis stopped at max_steps, per example
    blocks = [0] * B
    start = decoder.start_embedding
    while live:
        frontiers = [hyp.builder.frontier for hyp in live]
        rows = torch.tensor([hyp.example for hyp in live], device=device)
        mem = memory.select(rows)
        prev_action = torch.stack([hyp.embeddings[-1] if hyp.embeddings else start for hyp in live])
        parent_action = torch.stack([start if f.parent_step is None else hyp.embeddings[f.parent_step]
                                     for hyp, f in zip(live, frontiers)])
        node_type = torch.tensor([frontier_type(f) for f in frontiers], device=device)
        step = search.step([hyp.memo for hyp in live], frontiers, mem, rows, prev_action, parent_action, node_type)
        o = step.o  # (N, H)
        depth = None if step.depth is None else step.depth.tolist()
        if depth is not None:
            for hyp, used in zip(live, depth):
                blocks[hyp.example] += used
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
            builders = [parent.builder] + [parent.builder.copy() for _ in options[1:]]
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
                                   parent.embeddings + [embedding], search.child(step, row, parent.memo),
                                   parent.depths + [depth[row]] if depth is not None else parent.depths)
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
        for hyp, memo in zip(live, search.reorder([hyp.memo for hyp in live])):
            hyp.memo = memo
    out = []
    for example, done in enumerate(finished):
        if not done:  # no complete tree: report the best cut-off action prefix
            partial = cut.get(example)
            out.append(Decoded(None, float("-inf"), partial.actions if partial else [],
                               depths=partial.depths if partial else [], blocks=blocks[example]))
            continue
        ranked = sorted(done, key=lambda hyp: -hyp.score)  # stable: ties keep the order they finished in
        best = ranked[0]
        out.append(Decoded(best.builder.tree(), best.score, best.actions,
                           [(hyp.builder.tree(), hyp.score) for hyp in ranked], best.depths, blocks[example]))
    return out
