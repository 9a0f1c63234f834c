"""Grammar decoder: teacher forcing learns, greedy/beam decoding reproduces and stays in the grammar."""

from __future__ import annotations

import torch

from deepfix.tasks.spider.decoder.beam import beam_search
from deepfix.tasks.spider.decoder.actions import NODE_TYPES, gold_steps
from deepfix.tasks.spider.decoder.config import DecoderConfig
from deepfix.tasks.spider.decoder.lstm import TreeDecoder
from deepfix.tasks.spider.sql import TreeBuilder, exact_match, parse_sql, render_sql
from deepfix.tasks.spider.sql.grammar import RULES, RULES_BY_LHS


def test_gold_steps_replay_the_gold_tree(examples):
    e = next(x for x in examples["train"] if x.steps is not None and len(x.column_ids) > 3)
    steps = gold_steps(e.sql, {int(c): j for j, c in enumerate(e.column_ids)}, e.num_tables)
    assert len(steps) == len(e.steps) and steps.kind == e.steps.kind
    assert steps.parent[0] == -1 and all(p < t for t, p in enumerate(steps.parent))


def test_teacher_forcing_loss_falls_on_a_padded_batch(examples, tiny_config):
    from deepfix.tasks.spider.text2sql import Text2SQLTask, collate

    batch_examples = [e for e in examples["train"] if e.steps is not None][:4]
    batch = collate(batch_examples)
    assert batch.kind.shape[0] == 4 and (batch.kind == -1).any()  # a true, padded mini-batch
    torch.manual_seed(0)
    model = Text2SQLTask(tiny_config(), batch_examples, batch_examples).build_model()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    losses = []
    for _ in range(15):
        loss = model(batch)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    assert losses[-1] < 0.5 * losses[0]


def test_greedy_decoding_of_an_overfit_model_reproduces_the_gold_sql(overfit):
    from deepfix.tasks.spider.text2sql import predict, to_sql

    model, chosen, _, losses = overfit
    assert losses[-1] < losses[0]
    for decoded, example in zip(predict(model, chosen, beam_size=1), chosen):
        text = to_sql(decoded, example.db)
        assert exact_match(parse_sql(text, example.db), example.sql, example.db), (text, example.question)


def test_beam_search_returns_sql_that_parses(overfit, examples):
    from deepfix.tasks.spider.text2sql import predict, to_sql

    model, chosen, _, _ = overfit
    dev = examples["dev"][:6]
    for beam in (1, 3):
        for decoded, example in zip(predict(model, chosen + dev, beam_size=beam), chosen + dev):
            if decoded.tree is None:
                continue  # ran past max_steps: the CLI writes a fallback line and counts it
            parse_sql(to_sql(decoded, example.db), example.db)
    best = predict(model, chosen, beam_size=3)
    assert all(d.tree is not None for d in best)


def test_rule_mask_leaves_only_the_frontier_rules():
    decoder = TreeDecoder(16, DecoderConfig(hidden=16, action_dim=8, type_dim=4, n_heads=2))
    o = torch.randn(len(NODE_TYPES), 16)
    types = torch.arange(len(NODE_TYPES))
    probs = torch.softmax(decoder.rule_logits(o, types), -1)
    for t, name in enumerate(NODE_TYPES):
        if name in RULES_BY_LHS:
            valid = RULES_BY_LHS[name]
            assert abs(float(probs[t, valid].sum()) - 1.0) < 1e-5
            outside = torch.ones(len(RULES), dtype=torch.bool)
            outside[valid] = False
            assert bool((probs[t, outside] == 0).all())


def test_untrained_model_never_emits_an_invalid_action(examples, tiny_config):
    from deepfix.tasks.spider.text2sql import Text2SQLTask, collate

    dev = examples["dev"][:5]
    torch.manual_seed(1)
    model = Text2SQLTask(tiny_config(), [e for e in examples["train"] if e.steps][:4], dev).build_model()
    model.eval()
    batch = collate(dev)
    decoded = beam_search(model.decoder, model.encode(batch), [e.column_ids for e in dev], beam_size=2,
                          max_steps=40)
    checked = 0
    for d, e in zip(decoded, dev):
        builder = TreeBuilder()
        for action in d.actions:  # TreeBuilder.apply raises on any action the grammar forbids here
            if action.kind == "rule":
                assert action.value in RULES_BY_LHS[builder.frontier.lhs]
            if action.kind == "column":
                assert int(action.value) in set(int(c) for c in e.column_ids)
            builder.apply(action)
            checked += 1
        if d.tree is not None:
            assert builder.done
            render_sql(d.tree, e.db, infer_joins=True)
        else:
            assert len(d.actions) == 40  # cut at max_steps, every action still grammar-valid
    assert checked >= 5 * 10


def _stepwise_outputs(decoder, memory, prev_actions, parent_actions, node_type, parent):
    """The reference: TreeDecoder.step (the beam-search step) called once per step, as teacher forcing did."""
    B, T = node_type.shape
    state, context = decoder.initial_state(B, memory.memory)
    zeros, rows = context, torch.arange(B)
    states, outputs = [], []
    for t in range(T):
        parents = parent[:, t]
        if t == 0:
            parent_state = zeros
        else:
            unique, slot = torch.unique(parents.clamp(min=0), return_inverse=True)
            parent_state = torch.stack([states[u] for u in unique.tolist()])[slot, rows]
            parent_state = torch.where((parents >= 0).unsqueeze(-1), parent_state, zeros)
        o, context, state = decoder.step(prev_actions[:, t], context, parent_state, parent_actions[:, t],
                                         node_type[:, t].clamp(min=0), state, memory)
        states.append(state[0])
        outputs.append(o)
    return torch.stack(outputs, 1)


def test_teacher_forced_loop_equals_the_decoding_step_in_values_and_gradients(examples, tiny_config):
    from deepfix.tasks.spider.text2sql import Text2SQLTask, collate

    batch_examples = [e for e in examples["train"] if e.steps is not None][:6]
    batch = collate(batch_examples)
    torch.manual_seed(0)
    model = Text2SQLTask(tiny_config(), batch_examples, batch_examples).build_model()
    decoder = model.decoder
    decoder.train()  # dropout 0 in the tiny config: training mode, deterministic
    results = []
    for stepwise in (True, False):
        model.zero_grad()
        memory = decoder.prepare(model.encode(batch))
        actions = decoder.embed_actions(batch.kind, batch.index, memory)
        B, T = batch.kind.shape
        with_start = torch.cat([decoder.start_embedding.expand(B, 1, -1), actions], 1)
        parent_actions = with_start.gather(1, (batch.parent + 1).clamp(min=0).unsqueeze(-1)
                                           .expand(-1, -1, actions.shape[-1]))
        run = _stepwise_outputs if stepwise else type(decoder).teacher_forced_outputs
        o = run(decoder, memory, with_start[:, :T], parent_actions, batch.node_type, batch.parent)
        loss = decoder.sequence_loss(o, memory, batch.kind, batch.index, batch.node_type)
        loss.backward()
        results.append((o.detach(), {n: p.grad.clone() for n, p in model.named_parameters() if p.grad is not None}))
    (o_ref, g_ref), (o_new, g_new) = results
    torch.testing.assert_close(o_new, o_ref, rtol=1e-5, atol=1e-6)  # float32: summation order differs
    assert g_ref.keys() == g_new.keys()
    for name in g_ref:
        torch.testing.assert_close(g_new[name], g_ref[name], rtol=1e-4, atol=1e-6, msg=name)


def test_parent_slots_read_each_rows_parent_state():
    from deepfix.tasks.spider.decoder.lstm import ParentSlots

    parent = torch.tensor([[-1, 0, 0, 2], [-1, 0, 1, -1]])
    states = [torch.full((2, 3), float(t + 1)) for t in range(3)]
    slots = ParentSlots(parent)
    zeros = torch.zeros(2, 3)
    assert torch.equal(slots.state(0, states, zeros), zeros)
    assert torch.equal(slots.state(1, states[:1], zeros), states[0])          # one parent step for all rows
    assert torch.equal(slots.state(2, states[:2], zeros)[:, 0], torch.tensor([1.0, 2.0]))  # rows differ
    assert torch.equal(slots.state(3, states, zeros)[:, 0], torch.tensor([3.0, 0.0]))      # row 1 is padding


@torch.no_grad()
def test_lstm_search_child_reads_the_step_it_is_given():
    """A searcher's state passes explicitly: a memo made from an earlier step is that step's, whatever ran since."""
    from types import SimpleNamespace

    from deepfix.tasks.spider.decoder.memory import Memory

    torch.manual_seed(0)
    decoder = TreeDecoder(16, DecoderConfig(hidden=16, action_dim=8, type_dim=4, n_heads=2, dropout=0.0)).eval()
    ones = lambda n: torch.ones(1, n, dtype=torch.bool)
    memory = Memory(torch.randn(1, 5, 16), ~ones(5), torch.randn(1, 3, 16), ones(3), torch.randn(1, 2, 16), ones(2))
    search = decoder.searcher(memory)
    memo, root, rows = search.initial(), [SimpleNamespace(parent_step=None)], torch.tensor([0])
    start = decoder.start_embedding[None]
    first = search.step([memo], root, search.memory, rows, start, start, torch.tensor([0]))
    second = search.step([memo], root, search.memory, rows, 2 * start, start, torch.tensor([1]))
    assert first.depth is None
    early, late = search.child(first, 0, memo), search.child(second, 0, memo)
    h, c, context = first.state
    assert torch.equal(early.state[0], h[0]) and torch.equal(early.state[1], c[0])
    assert torch.equal(early.context, context[0]) and torch.equal(early.states[-1], h[0])
    assert not torch.equal(early.state[0], late.state[0])
