"""Spider fixtures shared by every Spider model test (imported by tests/conftest.py): a Spider directory made of the concert_singer fixture, encoded by a tiny BERT, and tiny models."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch

from tests.helpers.word_encoder import save_word_encoder

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "spider"
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + (
    "the a of how many what is are name names id age singer singers concert concerts stadium stadiums "
    "count average maximum minimum show list all for each with than older year years country countries "
    "city which who and or not in to number total different distinct capacity location song release "
    "theme held do we have there by from order ordered descending ascending highest lowest most least "
    "? . , ##s ##ed ##es text time others").split()


@pytest.fixture(scope="session")
def word_encoder_dir(tmp_path_factory):
    """A 1-layer, 32-wide BERT over the tiny vocabulary (:func:`tests.helpers.word_encoder.save_word_encoder`)."""
    return save_word_encoder(tmp_path_factory.mktemp("word_encoder"), VOCAB)


@pytest.fixture(scope="session")
def spider_dir(tmp_path_factory):
    """tables.json + dev.json (45 concert_singer examples) + train_spider.json (the same, reduced fields)."""
    root = tmp_path_factory.mktemp("spider")
    shutil.copy(FIXTURES / "tables.json", root / "tables.json")
    dev = json.loads((FIXTURES / "dev.json").read_text())
    (root / "dev.json").write_text(json.dumps(dev))
    train = [{"question": e["question"], "query": e["query"], "db_id": e["db_id"]} for e in dev]
    (root / "train_spider.json").write_text(json.dumps(train))
    return root


@pytest.fixture(scope="session")
def data_config(spider_dir, word_encoder_dir, tmp_path_factory):
    from deepfix.tasks.spider.text2sql import DataConfig

    return DataConfig(data=str(spider_dir), encoder=str(word_encoder_dir),
                      cache_dir=str(tmp_path_factory.mktemp("cache")), eval_limit=0, max_tokens=128)


@pytest.fixture(scope="session")
def examples(data_config):
    from deepfix.tasks.spider.text2sql import load_examples

    out, _ = load_examples(data_config, ("train", "dev"), progress=False)
    return out


@pytest.fixture(scope="session")
def tiny_config(data_config):
    """Factory: a tiny SpiderConfig (1 layer, width 32) on the fixture data."""
    return lambda run_dir="unused", **model: _tiny_config(data_config, run_dir, **model)


def _tiny_config(data_config, run_dir="unused", **model):
    from deepfix.nn import StackConfig
    from deepfix.tasks.spider.decoder.config import DecoderConfig
    from deepfix.tasks.spider.text2sql import ModelConfig, SpiderConfig, TrainConfig

    decoder = DecoderConfig(hidden=32, action_dim=16, type_dim=8, n_heads=2, dropout=0.0,
                            column_label_smoothing=0.2, max_steps=60)
    stack = StackConfig(num_layers=1, d_model=32, n_heads=4, d_ff=64, dropout=0.0, input_dropout=0.0, norm="auto")
    settings = dict(stack=stack, decoder=decoder)
    settings.update(model)
    return SpiderConfig(train=TrainConfig(run_dir=str(run_dir), progress=False), model=ModelConfig(**settings),
                        data=data_config)


@pytest.fixture(scope="session")
def overfit(examples, tiny_config):
    """A tiny model trained on two fixture examples until greedy decoding reproduces them."""
    from deepfix.tasks.spider.text2sql import Text2SQLTask, collate, exact_match_rate, predict

    torch.manual_seed(0)
    by_question = {e.index: e for e in examples["train"]}
    chosen = [by_question[i] for i in (0, 8)]  # count(*); DISTINCT + WHERE
    task = Text2SQLTask(tiny_config(), chosen, chosen)
    model = task.build_model()
    optimizer = torch.optim.Adam(model.parameters(), lr=5e-3)
    batch = collate(chosen)
    losses, solved = [], 0
    for step in range(800):
        model.train()
        loss = model(batch)
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)  # as the training loop: no loss spikes
        optimizer.step()
        losses.append(loss.item())
        if step % 25 == 24:  # stop once greedy decoding has reproduced both at two checks in a row
            solved = solved + 1 if exact_match_rate(predict(model, chosen, beam_size=1), chosen) == 1.0 else 0
            if solved == 2:
                break
    model.eval()
    return model, chosen, task, losses
