"""The mixed setup on CPU (model.encoder_train_layers k): the encoder's top k layers train with the
stack and decoder on the cached token outputs of its frozen lower layers; k = 0 is the frozen path."""

from __future__ import annotations

import dataclasses
import shutil

import pytest
import torch
from safetensors.torch import load_file

from deepfix.errors import DeepfixError

from tests.helpers.word_encoder import save_word_encoder
from tests.helpers.spider_model import VOCAB, _tiny_config

FLOAT32_EPS = torch.finfo(torch.float32).eps   # 2^-23
FLOAT16_EPS = torch.finfo(torch.float16).eps   # 2^-10


@pytest.fixture(scope="module")
def two_layer_encoder_dir(tmp_path_factory):
    """The conftest's word encoder with 2 layers (so k = 1 leaves a frozen layer below the trained one)
    and dropout 0.1 (BERT's default: the trained layer's dropout draws from the RNG)."""
    return save_word_encoder(tmp_path_factory.mktemp("two_layer_encoder"), VOCAB, num_layers=2)


@pytest.fixture(scope="module")
def data(spider_dir, two_layer_encoder_dir, tmp_path_factory):
    from deepfix.tasks.spider.text2sql import DataConfig

    return DataConfig(data=str(spider_dir), encoder=str(two_layer_encoder_dir),
                      cache_dir=str(tmp_path_factory.mktemp("cache")), eval_limit=0, max_tokens=128)


@pytest.fixture(scope="module")
def frozen(data):
    from deepfix.tasks.spider.text2sql import load_examples

    return load_examples(data, ("train",), progress=False)[0]["train"]


@pytest.fixture(scope="module")
def top(data):
    """k = 1 examples over a float32 token cache (the equality checks) and their load info."""
    from deepfix.tasks.spider.text2sql import load_examples

    examples, info = load_examples(data, ("train",), progress=False, encoder_train_layers=1, cache_dtype="float32")
    return examples["train"], info


def config_for(data, run_dir="unused", k=1, **train):
    config = _tiny_config(data, run_dir, encoder_train_layers=k, encoder_cache_dtype="float32")
    config.train = dataclasses.replace(config.train, batch_size=4, lr=5e-3, encoder_lr=5e-3 * 0.008, **train)
    return config


def train_steps(task, model, steps=3, encoder_lr=None):
    from deepfix.tasks.spider.text2sql import collate
    from deepfix.train.optim import build_optimizer

    optimizer = build_optimizer(model, 5e-3, encoder_lr, encoder_parameters=task.encoder_parameters(model))
    model.train()
    for step in range(steps):
        loss = model(collate(task.train[4 * step: 4 * step + 4]))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    model.eval()
    return optimizer


def test_k0_is_the_frozen_path_bit_for_bit(data, frozen):
    """Default k = 0: no encoder layers in the model, none at encoder_lr; init and loss exactly as the
    model built and initialised the way it was before k existed (cached vectors straight in)."""
    from deepfix.models.mixed import initialize_mixed_model
    from deepfix.tasks.spider.text2sql import ModelConfig, Text2SQLModel, Text2SQLTask, collate

    assert ModelConfig().encoder_train_layers == 0
    config = config_for(data, k=0)
    task = Text2SQLTask(config, frozen, frozen[:5])
    model = task.build_model()
    assert model.mixed.encoder is None and model.lower_encoder is None and task.encoder_parameters(model) == []
    assert not any(".encoder." in key or key.startswith("encoder.") for key in model.state_dict())  # no encoder layers
    assert all(e.states is None for e in frozen)

    torch.manual_seed(config.train.seed)  # the former build and initialisation, on batch.features throughout
    before = Text2SQLModel(config.model, 32)
    loader = torch.utils.data.DataLoader(frozen, batch_size=64, collate_fn=collate)
    initialize_mixed_model(before.mixed, loader, lambda b: (b.features, b.padding_mask, b.relations), progress=False)
    before.decoder.reset_parameters()
    before.eval()
    total = count = 0
    with torch.no_grad():
        for start in range(0, len(frozen), 64):
            b = collate(frozen[start:start + 64])
            valid = before.mixed(b.features, b.padding_mask, b.relations)[~b.padding_mask]
            total, count = total + float(valid.double().pow(2).sum()), count + valid.numel()
    before.decoder.set_memory_scale((total / count) ** 0.5)
    before.train()
    state = model.state_dict()
    assert all(torch.equal(state[k], v) for k, v in before.state_dict().items())
    batch = collate(frozen[:6])
    assert torch.equal(model.features(batch), batch.features)
    assert torch.equal(model(batch), before(batch))


def test_token_cache_round_trips_and_is_keyed(data, frozen, top):
    """The cache holds hidden_states[L-k] of every example's tokens (as the encoder computes them),
    one file per (k, dtype), read back from disk on a second load; float16 is half the bytes."""
    from deepfix.models.encoders import load_pretrained
    from deepfix.tasks.spider.text2sql import load_examples

    examples, info = top
    cache = info["cache"]["train"]
    assert not cache["hit"] and cache["tokens"] == int(examples[0].states[0].offsets[-1]) > 0  # unusable ones too
    hf_model = load_pretrained(data.encoder)[0].eval()
    for e in examples[:5]:
        file, row = e.states
        ids = torch.from_numpy(e.input_ids.astype("int64"))[None]
        with torch.no_grad():
            expected = hf_model(input_ids=ids, output_hidden_states=True).hidden_states[1][0]  # L - k = 1
        torch.testing.assert_close(file[row], expected, rtol=0, atol=64 * FLOAT32_EPS * float(expected.abs().max()))
        assert e.features.shape == (len(e.spans), 32) and e.features.stride() == (0, 0)  # placeholder, no memory

    again, info2 = load_examples(data, ("train",), progress=False, encoder_train_layers=1, cache_dtype="float32")
    assert info2["cache"]["train"]["hit"] and info2["cache"]["train"]["path"] == cache["path"]
    assert all(torch.equal(a.states[0][a.states[1]], b.states[0][b.states[1]]) for a, b in zip(again["train"], examples))

    half, info16 = load_examples(data, ("train",), progress=False, encoder_train_layers=1, cache_dtype="float16")
    assert info16["cache"]["train"]["path"] != cache["path"]
    data_bytes = lambda i: i["bytes"] - 8 * (len(examples) + 1)  # noqa: E731  (header ~ a few hundred bytes)
    assert abs(data_bytes(info16["cache"]["train"]) * 2 - data_bytes(cache)) < 2048
    first = half["train"][0].states
    torch.testing.assert_close(first[0][first[1]].float(), examples[0].states[0][examples[0].states[1]],
                               rtol=FLOAT16_EPS, atol=0)
    with pytest.raises(DeepfixError, match="model.encoder_train_layers: expected 1..2"):
        load_examples(data, ("train",), progress=False, encoder_train_layers=3)
    with pytest.raises(DeepfixError, match="encoder_train_layers"):
        _tiny_config(data, encoder_train_layers=-1)


def test_top_path_at_init_pools_to_the_frozen_features(data, frozen, top):
    """Before any update, the trained copy of the top layer on the cached lower outputs, pooled per
    item, is the frozen encoder's pooled vectors.

    Tolerance: both sides are the same float32 operations of one 32-wide BERT layer (sums over at most
    64 terms: the feed-forward width) on the same inputs, differing only in batch padding, i.e. in the
    order of the matmuls' accumulation; each such sum's rounding is below 64 * eps32 * the largest
    magnitude involved (|h| <= ~5 here after the layer's LayerNorm), so atol = 64 * eps32 * max|h|
    (~4e-5). Against the float16 pooled cache add its own rounding, half an ulp: eps16 / 2 * max|h|.
    """
    from deepfix.tasks.spider.inputs.cache import encode_prepared  # noqa: F401  (the frozen path's pooling)
    from deepfix.tasks.spider.text2sql import Text2SQLTask, collate

    examples, _ = top
    task = Text2SQLTask(config_for(data), examples, examples[:5])
    model = task.build_model().eval()
    assert model.lower_encoder is None  # every example has cached token outputs: the lower layers are not loaded
    cached = collate(examples[:8])
    frozen_batch = collate(frozen[:8])
    assert [e.question for e in examples[:8]] == [e.question for e in frozen[:8]]
    with torch.no_grad():
        features = model.features(cached)
    magnitude = float(frozen_batch.features.abs().max())
    assert torch.equal(cached.padding_mask, frozen_batch.padding_mask)
    assert features[cached.padding_mask].abs().max() == 0  # padded items stay zero, as collate pads
    atol = 64 * FLOAT32_EPS * magnitude + FLOAT16_EPS / 2 * magnitude
    torch.testing.assert_close(features, frozen_batch.features, rtol=0, atol=atol)
    # μ was measured on these vectors (after the projection): the same as measuring on the frozen ones
    assert task.init_report["mu_stats"]["count"] == sum(int((~collate([e]).padding_mask).sum()) for e in examples)


def test_k1_trains_the_top_layer_only(data, top):
    """The top layer's parameters get gradients, sit in the optimizer's encoder group at encoder_lr, and
    change; the lower layers are outside the model (not in its state or the optimizer) and do not."""
    from deepfix.models.encoders import load_pretrained
    from deepfix.tasks.spider.text2sql import Text2SQLTask, collate

    examples, _ = top
    task = Text2SQLTask(config_for(data), examples, examples[:5])
    model = task.build_model()
    from deepfix.tasks.spider.text2sql.model import build_model
    lower_model = build_model(task.config, 32, lower=True)
    lower = lower_model.lower_encoder
    original = {k: v.clone() for k, v in model.mixed.encoder.state_dict().items()}
    pretrained = load_pretrained(data.encoder)[0].state_dict()
    assert all(torch.equal(v, pretrained[f"encoder.layer.1.{k[len('layers.0.'):]}"]) for k, v in original.items())
    assert not any(k.startswith("mixed.encoder.layers.1") or "embeddings" in k for k in model.state_dict())
    model.train()
    loss = model(collate(examples[:4]))
    loss.backward()
    upper = task.encoder_parameters(model)
    assert upper and all(p.grad is not None and p.grad.abs().sum() > 0 for p in upper if p.dim() > 1)
    model.zero_grad()
    optimizer = train_steps(task, model, encoder_lr=task.config.train.encoder_lr)
    groups = {g["name"]: g for g in optimizer.param_groups}
    assert groups["encoder"]["lr"] == pytest.approx(5e-3 * 0.008) and groups["main"]["lr"] == 5e-3
    assert {id(p) for p in groups["encoder"]["params"]} == {id(p) for p in upper}
    assert not {id(p) for p in lower.parameters()} & {id(p) for g in optimizer.param_groups for p in g["params"]}
    changed = [k for k, v in model.mixed.encoder.state_dict().items() if not torch.equal(v, original[k])]
    assert changed and all(not p.requires_grad for p in lower.parameters())
    assert all(torch.equal(v, pretrained[k]) for k, v in lower.model.state_dict().items())


def test_k1_model_file_saves_loads_and_decodes_the_same(data, frozen, top, tmp_path):
    """A model file holds the trained top layer; loaded, it decodes as the model in memory did, both from
    the token cache and, as answering does, from the token ids (frozen lower layers + trained top)."""
    from deepfix.tasks.spider.text2sql import Text2SQLTask, feature_size_of, load_model, predict, save_model

    examples, _ = top
    config = config_for(data)
    task = Text2SQLTask(config, examples, examples[:5])
    torch.manual_seed(0)
    model = task.build_model()
    train_steps(task, model, encoder_lr=1e-2)  # a visible change of the top layer
    path = tmp_path / "model.safetensors"
    save_model(path, model, config, feature_size_of(model), {"step": 3})
    weights = load_file(str(path))
    assert any(k.startswith("mixed.encoder.layers.0.") for k in weights)
    loaded, loaded_config, _ = load_model(path)
    assert loaded_config.model.encoder_train_layers == 1 and loaded.lower_encoder is not None
    assert all(torch.equal(v, weights[k]) for k, v in loaded.state_dict().items())
    in_memory = predict(model, examples[:12], beam_size=2)
    from_cache = predict(loaded, examples[:12], beam_size=2)
    from_ids = predict(loaded, frozen[:12], beam_size=2)  # no token cache: the lower layers run
    for a, b, c in zip(in_memory, from_cache, from_ids):
        assert a.tree == b.tree == c.tree
        assert a.score == pytest.approx(b.score, abs=1e-4) and a.score == pytest.approx(c.score, abs=1e-4)


def test_k1_answerer_runs_the_trained_top_layer(data, top, tmp_path):
    """deepfix.tasks.spider.answer.Answerer (unchanged) on a k = 1 model file: it loads the trained top
    layer and the frozen lower ones and answers."""
    from deepfix.tasks.spider.answer import Answerer
    from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE
    from deepfix.tasks.spider.text2sql import Text2SQLTask, feature_size_of, save_model

    examples, _ = top
    config = config_for(data)
    task = Text2SQLTask(config, examples, examples[:5])
    model = task.build_model()
    train_steps(task, model, encoder_lr=1e-2)
    path = tmp_path / "model.safetensors"
    save_model(path, model, config, feature_size_of(model))
    answerer = Answerer(path, beam_size=2)
    trained = model.mixed.encoder.state_dict()
    assert all(torch.equal(v, trained[k]) for k, v in answerer.model.mixed.encoder.state_dict().items())
    lower = answerer.model.lower_encoder
    calls = []
    forward = lower.forward
    lower.forward = lambda *args, **kwargs: (calls.append(1), forward(*args, **kwargs))[1]
    answer = answerer.ask(EXAMPLE_DATABASE, "how many singers are there ?")
    assert calls == [1] and answer.sql.upper().startswith("SELECT")  # the frozen lower layers ran once


def test_k1_resume_is_exact(data, top, tmp_path):
    """Cut after the checkpoint at step 3 of 6 and resumed: the same losses and final weights as the
    uninterrupted run (the trained layer's dropout stream included)."""
    from tests.helpers.runs import final_weights, single_thread, train_losses

    from deepfix.tasks.spider.text2sql import Text2SQLTask
    from deepfix.train.loop import train

    examples, _ = top

    def run(run_dir, resume=False):
        config = config_for(data, str(run_dir), max_steps=6, checkpoint_every=3, eval_every=3, log_every=1,
                            keep_last=3)
        with single_thread():
            return train(Text2SQLTask(config, examples[:16], examples[16:20]), config, resume=resume)

    run(tmp_path / "whole")
    cut = tmp_path / "cut"
    shutil.copytree(tmp_path / "whole", cut)
    shutil.rmtree(cut / "checkpoints" / "step_00000006")
    (cut / "checkpoints" / "latest").write_text("step_00000003\n")
    summary = run(cut, resume=True)
    assert summary["steps"] == 6
    assert train_losses(cut) == train_losses(tmp_path / "whole") and len(train_losses(cut)) == 6
    whole, resumed = final_weights(tmp_path / "whole"), final_weights(cut)
    assert any(k.startswith("mixed.encoder.layers.0.") for k in whole)
    assert all(torch.equal(whole[k], resumed[k]) for k in whole)


def test_k1_needs_an_explicit_encoder_lr(data, top):
    from deepfix.tasks.spider.text2sql import Text2SQLTask

    examples, _ = top
    config = config_for(data)
    config.train = dataclasses.replace(config.train, encoder_lr=None)
    with pytest.raises(DeepfixError, match=r"train.encoder_lr: not set.*x 0.008, here 4e-05"):
        Text2SQLTask(config, examples, examples[:5])


def test_k1_through_the_commands(spider_dir, data, tmp_path):
    """spider train with k = 1 trains on the token cache and records the top layer's learning rate;
    eval reads the run's final checkpoint (lower layers run on the token ids); export keeps the layer."""
    import json

    from deepfix.cli import main
    from deepfix.tasks.spider.text2sql import load_model

    config, run_dir = tmp_path / "tiny.yaml", tmp_path / "run"
    config.write_text(
        f"train: {{run_dir: {run_dir}, max_steps: 4, batch_size: 4, eval_every: 2, checkpoint_every: 2, "
        "progress: false, encoder_lr: 1.0e-4}\n"
        "model: {encoder_train_layers: 1, stack: {num_layers: 1, d_model: 32, n_heads: 4, d_ff: 64}, "
        "decoder: {hidden: 32, action_dim: 16, type_dim: 8, n_heads: 2, max_steps: 30}}\n"
        f"data: {{encoder: {data.encoder}, cache_dir: {tmp_path / 'cache'}, max_tokens: 128, eval_limit: 2, "
        "holdout_fraction: 0.3}\n")
    assert main(["spider", "train", "--config", str(config), "--data", str(spider_dir)]) == 0
    assert list((tmp_path / "cache").glob("tokens-train-*.safetensors"))
    lrs = [r["lr"] for r in map(json.loads, (run_dir / "metrics.jsonl").read_text().splitlines()) if r["event"] == "train"]
    assert lrs and all(len(lr) == 2 for lr in lrs)  # two groups: the stack and decoder, the top encoder layer
    out = tmp_path / "eval"
    assert main(["spider", "eval", "--checkpoint", str(run_dir), "--data", str(spider_dir), "--limit", "2",
                 "--beam-size", "1", "--out", str(out), "--no-progress"]) == 0
    assert len((out / "predictions.sql").read_text().splitlines()) == 2
    exported = tmp_path / "model.safetensors"
    assert main(["spider", "export", "--checkpoint", str(run_dir), "--out", str(exported)]) == 0
    from_run, from_file = load_model(run_dir)[0].state_dict(), load_model(exported)[0].state_dict()
    assert any(k.startswith("mixed.encoder.layers.0.") for k in from_file)
    assert from_run.keys() == from_file.keys() and all(from_run[k].equal(from_file[k]) for k in from_run)
