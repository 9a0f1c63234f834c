"""Renamed config keys: the flat stack keys of the task configs keep working (one notice), a key given
under both names is an error naming it, and configs stored by earlier versions migrate silently."""

from __future__ import annotations

import pytest

from deepfix.errors import DeepfixError
from deepfix.tasks.mc.task import MCConfig
from deepfix.tasks.spider.text2sql import config_from_dict
from deepfix.train.config import from_dict, to_dict


@pytest.fixture(autouse=True)
def fresh_notices(monkeypatch):
    """Each notice is printed once per process: start every test with none printed yet."""
    import deepfix.train.config as config_module

    monkeypatch.setattr(config_module, "_NOTICED", set())


def _spider(model: dict) -> dict:
    return {"train": {"run_dir": "runs/x"}, "model": model}


def test_flat_spider_stack_keys_move_under_stack_with_one_notice(capsys):
    config = config_from_dict(_spider({"layers": 8, "d_model": 64, "n_heads": 4, "d_ff": 128, "input_dropout": 0.2}),
                              source="old.yaml")
    stack = config.model.stack
    assert (stack.num_layers, stack.d_model, stack.n_heads, stack.d_ff, stack.input_dropout) == (8, 64, 4, 128, 0.2)
    assert stack.dropout == 0.1 and stack.norm == "auto"  # untouched keys keep the Spider defaults
    notices = capsys.readouterr().err.strip().splitlines()
    assert len(notices) == 5 and all(line.startswith("deepfix: old.yaml: 'model.") for line in notices)
    assert "'model.layers' is now 'model.stack.num_layers'" in notices[0]


def test_new_and_old_spellings_give_the_same_config(capsys):
    old = config_from_dict(_spider({"layers": 3, "init": "standard"}), notices=False)
    new = config_from_dict(_spider({"stack": {"num_layers": 3}, "init": "standard"}))
    assert to_dict(old) == to_dict(new) and capsys.readouterr().err == ""  # stored configs: silent
    assert new.model.resolved_stack().norm == "post"  # auto follows the init scheme at build time


def test_a_key_given_under_both_names_is_an_error_naming_it():
    with pytest.raises(DeepfixError, match=r"cfg.yaml, field 'model.layers': given twice, also as 'model.stack.num_layers'"):
        config_from_dict(_spider({"layers": 3, "stack": {"num_layers": 4}}), source="cfg.yaml")


def test_overrides_with_old_keys_reach_the_stack(capsys):
    config = from_dict(MCConfig, {}, ["model.num_layers=0", "model.d_model=32", "model.norm="], source="overrides")
    assert (config.model.stack.num_layers, config.model.stack.d_model, config.model.stack.norm) == (0, 32, "auto")
    assert capsys.readouterr().err.count("is now 'model.stack.") == 3


def test_saved_configs_round_trip_in_the_new_shape():
    config = config_from_dict(_spider({"layers": 2}), notices=False)
    data = to_dict(config)
    assert "layers" not in data["model"] and data["model"]["stack"]["num_layers"] == 2
    assert config_from_dict(data) == config


def test_nested_renames_do_not_collide_with_the_defaults():
    stored = _spider({"layers": 2, "decoder": {"heads": 2, "kind": "transformer", "transformer": {"layers": 3}}})
    config = config_from_dict(stored, notices=False)
    assert config.model.decoder.n_heads == 2 and config.model.decoder.transformer.num_layers == 3
    assert config.model.decoder.transformer.n_heads == 4  # untouched: the default
