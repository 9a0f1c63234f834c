"""The schema-item Task on tiny random features with the 'shop' relations."""

import numpy as np
import pytest
import torch

from deepfix.nn import StackConfig
from deepfix.tasks.spider.items.task import ItemExample, collate, evaluate_items, predict_scores
from deepfix.tasks.spider.items.train import ItemModelConfig, SchemaItemTask, TrainConfig, fit
from deepfix.tasks.spider.inputs.linking import SchemaNameIndex, name_matches
from deepfix.tasks.spider.inputs.relations import example_relations, schema_relations


def make_examples(shop_schema, count=12, dim=8, drop_column=None):
    """Features make item usage learnable: a used item's vector has a large first coordinate."""
    rng = np.random.default_rng(0)
    block = schema_relations(shop_schema)
    words = ["how", "many", "singers"]
    qc, qt = name_matches(words, SchemaNameIndex.build(shop_schema))
    rel = example_relations(3, block, qc, qt)
    out = []
    for _ in range(count):
        gold = rng.integers(0, 2, 12).astype(np.uint8)
        keep = np.array([c for c in range(9) if c != drop_column] + list(range(9, 12)))
        rows = np.full(12, -1)
        rows[keep] = 3 + np.arange(len(keep))
        index = np.concatenate([np.arange(3), 3 + keep])
        n = 3 + len(keep)
        features = torch.from_numpy(rng.normal(size=(n, dim)).astype(np.float32))
        features[3:, 0] = torch.from_numpy(gold[keep] * 4.0 - 2.0)
        labels = torch.cat([torch.full((3,), -1.0), torch.from_numpy(gold[keep]).float()])
        kinds = torch.tensor([0] * 3 + [1] * (len(keep) - 3) + [2] * 3)
        out.append(ItemExample(features.half(), torch.from_numpy(rel[np.ix_(index, index)].astype(np.uint8)),
                               labels, kinds, gold, rows))
    return out


def test_collate_pads_and_masks(shop_schema):
    a, b = make_examples(shop_schema, 1)[0], make_examples(shop_schema, 1, drop_column=2)[0]
    batch = collate([a, b])
    assert batch.features.shape == (2, 15, 8) and batch.relations.shape == (2, 15, 15)
    assert batch.padding_mask[1].tolist() == [False] * 14 + [True]
    assert batch.relations[1, 14].eq(0).all() and batch.labels[1, 14] == -1


@pytest.mark.parametrize("init", ["standard", "dt_fixup"])
def test_task_trains_and_evaluates(shop_schema, tmp_path, init):
    train = make_examples(shop_schema, 16)
    dev = make_examples(shop_schema, 4, drop_column=5)
    task = SchemaItemTask(ItemModelConfig(stack=StackConfig(num_layers=2, d_model=16, n_heads=2, d_ff=32, norm="auto"), init=init),
                          train, dev, seed=0)
    config = TrainConfig(run_dir=str(tmp_path / init), max_steps=40, batch_size=8, lr=3e-3, eval_every=20,
                         warmup_steps=4 if init == "standard" else 0,
                         schedule="linear" if init == "standard" else "poly", progress=False)
    summary = fit(task, config)
    assert summary["steps"] == 40 and not summary["diverged"]
    if init == "dt_fixup":
        assert task.mu_stats["max"] > 0
    model = task.build_model()
    scores = predict_scores(model, dev)
    assert all(s.shape == (12,) and s[5] == -30.0 for s in scores)  # the dropped column: predicted unused
    final = summary["final_exact_set"]
    assert 0.0 <= final <= 1.0
    assert summary["best_exact_set"] >= final


def test_training_learns_the_signal(shop_schema, tmp_path):
    train = make_examples(shop_schema, 32)
    task = SchemaItemTask(ItemModelConfig(stack=StackConfig(num_layers=2, d_model=16, n_heads=2, d_ff=32, norm="auto"),
                                          init="dt_fixup"), train, train[:8], seed=0)
    before = evaluate_items(task.build_model(), train[:8])["item_auc"]
    summary = fit(task, TrainConfig(run_dir=str(tmp_path), max_steps=60, batch_size=8, lr=3e-3, eval_every=60,
                                    progress=False))
    assert summary["history"][-1]["item_auc"] > max(0.9, before)
    assert (tmp_path / "metrics.jsonl").is_file()  # the shared loop wrote its run directory
