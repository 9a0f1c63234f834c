"""The depth-adaptive transformer decoder: exits, state copying, halting, losses, init and search."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest
import torch
from torch import nn

from deepfix.adaptive.config import TransformerDecoderConfig
from deepfix.adaptive.halting import confidence_exits, geometric_exits, geometric_nll, likelihood_oracle
from deepfix.init.decoder import decoder_dt_fixup_factors, initialize_decoder
from deepfix.errors import DeepfixError
from deepfix.tasks.spider.decoder.actions import KINDS
from deepfix.tasks.spider.decoder.config import DecoderConfig


def transformer_config(**spec) -> DecoderConfig:
    settings = dict(num_layers=3, d_ff=64, n_heads=2)
    settings.update(spec)
    return DecoderConfig(kind="transformer", hidden=32, action_dim=16, type_dim=8, n_heads=2, dropout=0.0,
                         column_label_smoothing=0.2, max_steps=60,
                         transformer=TransformerDecoderConfig(**settings))


@pytest.fixture(scope="module")
def chosen(examples):
    return [e for e in examples["train"] if e.steps is not None][:4]


def tiny_model(tiny_config, chosen, **spec):
    from deepfix.tasks.spider.text2sql import Text2SQLTask

    torch.manual_seed(0)
    return Text2SQLTask(tiny_config(decoder=transformer_config(**spec)), chosen, chosen).build_model()


def gold_search(model, batch, row: int, steps: int):
    """Run the decoder's search on example ``row``'s gold actions; yields (o (1, H), depth) per step."""
    from deepfix.tasks.spider.decoder.memory import Memory

    decoder = model.decoder
    memory = model.encode(batch)
    one = torch.tensor([row])
    memory = Memory(*(getattr(memory, name).index_select(0, one) for name in Memory.FIELDS[:6]))
    search = decoder.searcher(memory)
    kind, index = batch.kind[row:row + 1], batch.index[row:row + 1]
    actions = decoder.embed_actions(kind, index, search.memory)[0]  # (T, A)
    start = decoder.start_embedding
    for t in range(steps):
        parent = int(batch.parent[row, t])
        frontier = SimpleNamespace(parent_step=None if parent < 0 else parent, kind=KINDS[int(kind[0, t])])
        prev = start if t == 0 else actions[t - 1]
        parent_action = start if parent < 0 else actions[parent]
        step = search.step([0], [frontier], search.memory, torch.tensor([0]), prev[None], parent_action[None],
                           batch.node_type[row:row + 1, t])
        yield step.o, step.depth.tolist()
        search.reorder([0])


def teacher_states(model, batch, exit_at=None):
    decoder = model.decoder
    memory, kv, mask = decoder.prepare(model.encode(batch))
    x = decoder.teacher_inputs(memory, batch.kind, batch.index, batch.node_type, batch.parent)
    return decoder.block_states(x, kv, mask, exit_at), memory


@torch.no_grad()
def test_incremental_decoding_equals_teacher_forcing_at_full_depth(tiny_config, chosen):
    from deepfix.tasks.spider.text2sql import collate

    model = tiny_model(tiny_config, chosen).eval()
    batch = collate(chosen)
    states, _ = teacher_states(model, batch)
    expected = model.decoder.exit_output(states[-1], 2)  # (B, T, H)
    row = 1
    T = int((batch.kind[row] >= 0).sum())
    for t, (o, depth) in enumerate(gold_search(model, batch, row, T)):
        assert depth == [3]
        torch.testing.assert_close(o[0], expected[row, t], rtol=1e-5, atol=1e-5)


class FirstStepExits(nn.Module):
    """A stand-in halting unit: χ ≈ 1 on the first call (step 0), ≈ 0 afterwards."""

    def __init__(self):
        super().__init__()
        self.calls = 0

    def forward(self, h):
        self.calls += 1
        return h.new_full((h.shape[0], 1), 50.0 if self.calls == 1 else -50.0)


@torch.no_grad()
def test_state_copying_later_tokens_read_the_exit_state(tiny_config, chosen):
    """Step 0 exits after block 1; later steps run all 3 blocks and, at blocks 2 and 3, attend to
    step 0's keys/values computed from its copied block-1 state: exactly the parallel path with
    exit_at = [0, 2, 2, ...] (state copying), and not the full-depth one."""
    from deepfix.tasks.spider.text2sql import collate

    model = tiny_model(tiny_config, chosen, init="xavier").eval()  # unscaled branches: copying shows
    decoder = model.decoder
    decoder.set_halting("geometric", 0.5)
    decoder.halts[0] = FirstStepExits()
    decoder.halts[1] = FirstStepExits()
    decoder.halts[1].calls = 1  # never exits after block 2
    batch = collate(chosen)
    row, T = 0, int((batch.kind[0] >= 0).sum())
    exit_at = torch.full(batch.kind.shape, 2)
    exit_at[:, 0] = 0
    copied, _ = teacher_states(model, batch, exit_at)
    full, _ = teacher_states(model, batch)
    outputs = list(gold_search(model, batch, row, T))
    o0, depth0 = outputs[0]
    assert depth0 == [1]
    torch.testing.assert_close(o0[0], decoder.exit_output(copied[0][row, 0], 0), rtol=1e-5, atol=1e-5)
    o1, depth1 = outputs[1]
    assert depth1 == [3]
    torch.testing.assert_close(o1[0], decoder.exit_output(copied[2][row, 1], 2), rtol=1e-5, atol=1e-5)
    assert not torch.allclose(copied[2][row, 1], full[2][row, 1], atol=1e-4)  # copying changed what it read
    assert torch.equal(copied[2][:, 0], copied[0][:, 0])  # the exited step's state is copied upwards


def test_likelihood_oracle_trades_likelihood_against_depth():
    nll = torch.tensor([[3.0], [1.0], [0.9]])  # (N = 3, T = 1)
    assert likelihood_oracle(nll, 0.5).tolist() == [1]   # -3.5, -2.0, -2.4
    assert likelihood_oracle(nll, 0.0).tolist() == [2]   # the best likelihood
    assert likelihood_oracle(nll, 5.0).tolist() == [0]   # depth too dear: the first exit
    assert likelihood_oracle(torch.zeros(3, 1), 0.1).tolist() == [0]  # ties: the shallowest


def test_geometric_exit_distribution_is_normalised_and_matches_by_hand():
    logits = torch.tensor([[0.3], [-1.2]])  # χ_1, χ_2 of N = 3 blocks, one token
    chi = torch.sigmoid(logits[:, 0])
    by_hand = [-math.log(chi[0]), -(math.log(1 - chi[0]) + math.log(chi[1])),
               -(math.log(1 - chi[0]) + math.log(1 - chi[1]))]
    got = [geometric_nll(logits, torch.tensor([n])).item() for n in range(3)]
    assert got == pytest.approx(by_hand, rel=1e-6)
    assert sum(math.exp(-v) for v in got) == pytest.approx(1.0)


def test_halting_rules_on_hand_made_cases():
    assert geometric_exits(torch.tensor([0.0, 2.0, -2.0]), 0.4).tolist() == [True, True, False]
    assert geometric_exits(torch.tensor([0.0]), 0.5).tolist() == [False]  # strictly above τ
    log_probs = torch.tensor([[0.9, 0.1], [0.5, 0.5], [1.0, 0.0]]).log()
    assert confidence_exits(log_probs, 0.8).tolist() == [True, False, True]
    assert confidence_exits(log_probs, 0.95).tolist() == [False, False, True]


@torch.no_grad()
def test_confidence_halting_exits_certain_steps_at_the_first_block(tiny_config, chosen):
    """A value frontier (one placeholder) and a one-rule frontier are certain: depth 1 at any τ < 1."""
    from deepfix.tasks.spider.text2sql import collate

    model = tiny_model(tiny_config, chosen).eval()
    model.decoder.set_halting("confidence", 0.999)
    batch = collate(chosen)
    rules = model.decoder.lhs_mask.sum(1)  # valid rules per node type
    for row in range(len(chosen)):
        T = int((batch.kind[row] >= 0).sum())
        for t, (_, depth) in enumerate(gold_search(model, batch, row, T)):
            kind, node_type = int(batch.kind[row, t]), int(batch.node_type[row, t])
            certain = KINDS[kind] == "value" or (KINDS[kind] == "rule" and int(rules[node_type]) == 1)
            if certain:
                assert depth == [1]


def test_aligned_loss_is_the_mean_of_the_exit_losses(tiny_config, chosen):
    from deepfix.tasks.spider.text2sql import collate

    model = tiny_model(tiny_config, chosen).eval()
    decoder = model.decoder
    batch = collate(chosen)
    states, memory = teacher_states(model, batch)
    per_exit = decoder.exit_nll(states, memory, batch.kind, batch.index, batch.node_type)  # (B, N, T)
    for n, h in enumerate(states):
        alone = decoder.token_nll(decoder.exit_output(h, n), memory, batch.kind, batch.index, batch.node_type)
        torch.testing.assert_close(per_exit[:, n], alone)
    B = batch.kind.shape[0]
    halting = decoder.halting_loss(states, per_exit.detach(), batch.kind >= 0)
    torch.testing.assert_close(model(batch), per_exit.sum() / (B * 3) + halting)
    last = tiny_model(tiny_config, chosen, training="last").eval()
    states, memory = teacher_states(last, batch)
    final = last.decoder.token_nll(last.decoder.exit_output(states[-1], 2), memory, batch.kind, batch.index,
                                   batch.node_type).sum() / B
    torch.testing.assert_close(last(batch), final)  # the final exit only, no halting loss


def test_mixed_training_copies_states_above_the_sampled_exit(tiny_config, chosen):
    from deepfix.tasks.spider.text2sql import collate

    model = tiny_model(tiny_config, chosen, training="mixed").eval()
    batch = collate(chosen)
    with torch.no_grad():
        full, _ = teacher_states(model, batch)
        at_top, _ = teacher_states(model, batch, torch.full(batch.kind.shape, 2))
        at_first, _ = teacher_states(model, batch, torch.zeros_like(batch.kind))
    for a, b in zip(full, at_top):
        torch.testing.assert_close(a, b)
    for h in at_first:
        torch.testing.assert_close(h, full[0])  # every token exits at block 1: nothing above changes it
    model.train()
    loss = model(batch)
    loss.backward()
    assert math.isfinite(loss.item())
    assert all(p.grad is not None for p in model.decoder.blocks[0].parameters() if p.requires_grad)


def test_decoder_dt_fixup_factors():
    self_factor, cross_factor = decoder_dt_fixup_factors(4, 2.0, 8.0)
    assert self_factor == pytest.approx(6 ** -0.5 / 4)   # N' = 3N/2 = 6, 2 μ_x = 4
    assert cross_factor == pytest.approx(6 ** -0.5 / 16)
    assert decoder_dt_fixup_factors(4, 0.3, 0.5) == pytest.approx((6 ** -0.5 / 2, 6 ** -0.5 / 2))  # μ floored at 1
    with pytest.raises(DeepfixError, match="mu_m"):
        decoder_dt_fixup_factors(4, 2.0, float("nan"))


def test_decoder_dt_fixup_scales_only_the_branch_value_paths(tiny_config, chosen):
    from deepfix.tasks.spider.decoder.transformer import TransformerTreeDecoder

    config = transformer_config(num_layers=4)
    xavier, fixed = TransformerTreeDecoder(32, config), TransformerTreeDecoder(32, config)
    torch.manual_seed(3)
    xavier.reset_parameters()
    torch.manual_seed(3)
    report = initialize_decoder(fixed, mu_x=2.0, mu_m=8.0)
    s, c = decoder_dt_fixup_factors(4, 2.0, 8.0)
    assert report["decoder_factor_self"] == s and report["decoder_factor_cross"] == c
    for a, b in zip(xavier.blocks, fixed.blocks):
        for x, y in zip(a.self_branch_weights(), b.self_branch_weights()):
            torch.testing.assert_close(y, x * s)
        for x, y in zip(a.cross_branch_weights(), b.cross_branch_weights()):
            torch.testing.assert_close(y, x * c)
        for attention in ("self_attention", "cross_attention"):
            for part in ("query", "key"):
                torch.testing.assert_close(getattr(getattr(b, attention), part).weight,
                                           getattr(getattr(a, attention), part).weight)
    with pytest.raises(DeepfixError, match="mu_x"):
        initialize_decoder(fixed)


def test_model_initialisation_measures_the_decoder_norms(tiny_config, chosen):
    from deepfix.tasks.spider.text2sql import Text2SQLTask

    task = Text2SQLTask(tiny_config(decoder=transformer_config()), chosen, chosen)
    task.build_model()
    report = task.init_report
    assert report["decoder_init"] == "dt_fixup" and report["decoder_mu_x"] > 0 and report["decoder_mu_m"] > 0
    assert report["decoder_factor_self"] == pytest.approx(
        decoder_dt_fixup_factors(3, report["decoder_mu_x"], report["decoder_mu_m"])[0])


def test_bad_transformer_settings_are_one_line_errors():
    with pytest.raises(DeepfixError, match="model.decoder.transformer.training"):
        TransformerDecoderConfig(training="sometimes")
    with pytest.raises(DeepfixError, match="model.decoder.kind"):
        DecoderConfig(kind="gru")
    with pytest.raises(DeepfixError, match="max_position"):
        from deepfix.tasks.spider.decoder.transformer import TransformerTreeDecoder
        TransformerTreeDecoder(32, DecoderConfig(kind="transformer", hidden=32, max_steps=300))


def test_overfit_transformer_decoder_reproduces_the_gold_sql(tiny_config, examples):
    """Trained on two questions, greedy and beam decoding give their gold SQL, at full depth and
    with halting (the exits are trained too), and report the blocks they used."""
    from deepfix.tasks.spider.sql import exact_match, parse_sql
    from deepfix.tasks.spider.text2sql import Text2SQLTask, collate, predict, to_sql

    by_index = {e.index: e for e in examples["train"]}
    two = [by_index[i] for i in (0, 8)]
    torch.manual_seed(0)
    model = Text2SQLTask(tiny_config(decoder=transformer_config()), two, two).build_model()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    batch = collate(two)
    for _ in range(300):
        model.train()
        loss = model(batch)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    model.eval()
    for method, threshold in (("none", 0.5), ("confidence", 0.9), ("geometric", 0.5)):
        model.decoder.set_halting(method, threshold)
        for beam in (1, 3):
            for decoded, example in zip(predict(model, two, beam_size=beam), two):
                text = to_sql(decoded, example.db)
                assert exact_match(parse_sql(text, example.db), example.sql, example.db), (method, beam, text)
                assert len(decoded.depths) == len(decoded.actions) and all(1 <= d <= 3 for d in decoded.depths)
                if method == "none":
                    assert set(decoded.depths) == {3}


def test_block_telemetry_reports_every_block(tiny_config, chosen):
    from deepfix.studies.decoder_depth import block_telemetry
    from deepfix.tasks.spider.text2sql import collate

    model = tiny_model(tiny_config, chosen, num_layers=4)
    stats = block_telemetry(model, collate(chosen))
    assert len(stats["stream_growth"]) == 4 and len(stats["block_grad_norm"]) == 4
    assert all(v > 0 for v in stats["stream_growth"] + stats["block_grad_norm"])
    assert all(p.grad is None for p in model.parameters())  # leaves no gradients behind


def replay_targets(actions, column_ids):
    """A decoded action sequence -> (kind, index, node_type, parent) (1, T) long, as the decoder saw it."""
    from deepfix.tasks.spider.decoder.actions import COLUMN, RULE, TABLE, VALUE, frontier_type
    from deepfix.tasks.spider.sql.grammar import TreeBuilder

    builder, rows = TreeBuilder(), []
    for action in actions:
        frontier = builder.frontier
        kind = {"rule": RULE, "column": COLUMN, "table": TABLE}.get(action.kind, VALUE)
        index = list(column_ids).index(action.value) if kind == COLUMN else (0 if kind == VALUE else action.value)
        rows.append((kind, index, frontier_type(frontier), -1 if frontier.parent_step is None else frontier.parent_step))
        builder.apply(action)
    return [torch.tensor([column]) for column in zip(*rows)]


@pytest.fixture(scope="module")
def partly_trained(tiny_config, chosen):
    """The tiny transformer-decoder model after 40 steps towards the gold trees, so that beams finish trees."""
    from deepfix.tasks.spider.text2sql import collate

    model = tiny_model(tiny_config, chosen)
    batch = collate(chosen)
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    for _ in range(40):
        loss = model(batch)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return model.eval()


@torch.no_grad()
@pytest.mark.parametrize("beam", [1, 4])
def test_beam_scores_are_the_teacher_forced_log_likelihood_of_their_actions(partly_trained, chosen, beam):
    """Every example of a chunk, decoded together (hypotheses share the decoder's pooled self-attention
    cache, histories handed from parent to child), scores its best action sequence exactly as
    teacher forcing over that sequence does, and decodes as it does alone."""
    from deepfix.tasks.spider.decoder.actions import COLUMN, RULE, TABLE
    from deepfix.tasks.spider.text2sql import collate

    model, batch = partly_trained, collate(chosen)
    decoder = model.decoder
    together = model.decode(batch, beam_size=beam)
    assert any(decoded.tree is not None for decoded in together)
    for row, decoded in enumerate(together):
        alone = model.decode(collate(chosen[row:row + 1]), beam_size=beam)[0]
        assert alone.actions == decoded.actions
        assert alone.score == pytest.approx(decoded.score, rel=1e-5, abs=1e-5)
        if decoded.tree is None:
            continue
        kind, index, node_type, parent = replay_targets(decoded.actions, batch.examples[row].column_ids)
        memory, kv, mask = decoder.prepare(model.encode(collate(chosen[row:row + 1])))
        x = decoder.teacher_inputs(memory, kind, index, node_type, parent)
        o = decoder.exit_output(decoder.block_states(x, kv, mask)[-1], decoder.num_blocks - 1)  # (1, T, H)
        total = 0.0
        for t in range(kind.shape[1]):
            k = int(kind[0, t])
            if k == RULE:
                logits = decoder.rule_logits(o[:, t], node_type[:, t])
            elif k in (COLUMN, TABLE):
                logits = decoder.pointer_logits(o[:, t:t + 1], memory, k)[:, 0]
            else:
                continue
            total += float(torch.log_softmax(logits, -1)[0, int(index[0, t])])
        assert decoded.score == pytest.approx(total, rel=1e-4, abs=1e-4)


@torch.no_grad()
def test_block_step_reads_the_same_history_from_the_pool_or_gathered():
    """A decoder block's step over rows in a pool of slots: attention over the whole pool (queries laid
    into their slots) and over the rows' gathered histories give the same rows, bit for bit."""
    from deepfix.adaptive.blocks import DecoderBlock, Groups

    torch.manual_seed(0)
    block = DecoderBlock(32, 24, 4, 64, 0.0, "none").eval()
    B, n, t, heads = 3, 7, 5, 4
    memory = torch.randn(B, n, 24)
    memory_kv = block.cross_attention.keys_values(memory)
    memory_mask = torch.ones(B, 1, 1, n, dtype=torch.bool)
    example = torch.tensor([0, 0, 1, 2])               # 4 rows of 3 examples
    x = torch.randn(4, 32)
    history = torch.randn(2, 4, heads, t, 32 // heads)  # each row's keys/values of steps < t
    outputs = []
    for pool, slots in ((4, [2, 0, 3, 1]), (13, [11, 4, 7, 0])):   # 4 rows fill a pool of 4, not one of 13
        cache = torch.zeros(2, pool, heads, 8, 32 // heads)
        cache[:, torch.tensor(slots), :, :t] = history
        outputs.append(block.step(x, cache, torch.tensor(slots), t, None, Groups(example, B),
                                  block.fused_keys_values(), memory_kv, memory_mask))
    assert torch.equal(outputs[0], outputs[1])
    assert not torch.equal(outputs[0], block.step(x, torch.zeros(2, 4, heads, 8, 32 // heads), torch.arange(4), t,
                                                  None, Groups(example, B), block.fused_keys_values(), memory_kv,
                                                  memory_mask))  # the history matters


def test_the_study_sweeps_every_threshold_and_chooses_on_the_held_out_part(partly_trained, chosen):
    from deepfix.studies.adaptive import THRESHOLDS, choose, sweep, timed_settings

    holdout, dev = chosen[:2], chosen[2:]
    full, points, selected = sweep(partly_trained, holdout, dev, 2, ["confidence"], tolerance=1.0)
    assert [p["threshold"] for p in points] == list(THRESHOLDS["confidence"])
    assert full["holdout"]["n"] == 2 and full["dev"]["n"] == 2 and all(p["n"] == 2 for p in points)
    # tolerance 1.0 admits every point: the choice is the shallowest on held-out, whatever dev says
    shallowest = choose([{"metric": p["holdout_metric"], "avg_exit_depth": p["holdout_avg_exit_depth"],
                          "threshold": p["threshold"]} for p in points], full["holdout"], 1.0)
    assert selected["confidence"]["threshold"] == shallowest["threshold"]
    speed = timed_settings(partly_trained, dev, 2, selected)
    assert [(s["beam_size"], s["method"]) for s in speed] == [(1, "none"), (1, "confidence"), (2, "none"),
                                                              (2, "confidence")]
    assert speed[0]["speedup"] == 1.0 and speed[2]["speedup"] == 1.0
