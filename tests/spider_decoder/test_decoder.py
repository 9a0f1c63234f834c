"""Grammar decoder: teacher forcing learns, greedy/beam decoding reproduces and stays in the grammar."""

from __future__ import annotations

import torch

from deepfix.tasks.spider.decoder.beam import beam_search
from deepfix.tasks.spider.decoder.tree import NODE_TYPES, DecoderConfig, TreeDecoder, gold_steps
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
