"""A Spider directory made of the concert_singer fixture, and its examples encoded by a tiny BERT."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "spider"


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
def data_config(spider_dir, tiny_encoder_dir, tmp_path_factory):
    from deepfix.tasks.spider.text2sql import DataConfig

    return DataConfig(data=str(spider_dir), encoder=str(tiny_encoder_dir),
                      cache_dir=str(tmp_path_factory.mktemp("cache")), dev_eval_limit=0,
                      max_tokens=128)


@pytest.fixture(scope="session")
def examples(data_config):
    from deepfix.tasks.spider.text2sql import load_examples

    out, _ = load_examples(data_config, ("train", "dev"), progress=False)
    return out
