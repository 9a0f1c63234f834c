"""Configs: YAML + key=value overrides, validated with one clear error naming the key."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
import yaml

from deepfix.errors import DeepfixError
from deepfix.train.config import TrainConfig, apply_overrides, load_config, save_config, to_dict


@dataclass
class ModelSection:
    layers: int = 2
    norm: str = "none"
    widths: list[int] = field(default_factory=lambda: [4, 8])


@dataclass
class ExperimentConfig:
    train: TrainConfig
    model: ModelSection = field(default_factory=ModelSection)
    name: str = "exp"
    mu: float | None = None


def write(tmp_path, data) -> str:
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data) if not isinstance(data, str) else data)
    return str(path)


def test_yaml_and_nested_overrides(tmp_path):
    path = write(tmp_path, {"train": {"run_dir": "runs/a", "max_steps": 50}, "model": {"layers": 8}})
    config = load_config(ExperimentConfig, path, ["train.lr=1e-3", "model.norm=pre", "mu=2", "model.widths=[1,2,3]"])
    assert config.train.max_steps == 50 and config.train.lr == 0.001 and isinstance(config.train.lr, float)
    assert config.model == ModelSection(layers=8, norm="pre", widths=[1, 2, 3])
    assert config.mu == 2.0 and isinstance(config.mu, float)
    assert config.train.encoder_lr is None and config.train.schedule == "poly"  # defaults kept


def test_defaults_only_with_overrides():
    config = load_config(TrainConfig, None, ["run_dir=runs/x", "encoder_lr=4e-6", "progress=false"])
    assert config.encoder_lr == 4e-6 and config.progress is False


@pytest.mark.parametrize(
    "data, overrides, key",
    [
        ({"train": {"run_dir": "r", "lrr": 1.0}}, [], "train.lrr"),  # unknown key
        ({"train": {"run_dir": "r"}}, ["model.depth=3"], "model.depth"),  # unknown override
        ({"train": {"run_dir": "r", "max_steps": "ten"}}, [], "train.max_steps"),  # wrong type
        ({"train": {"run_dir": "r", "max_steps": 2.5}}, [], "train.max_steps"),  # float for int
        ({"train": {"run_dir": "r", "progress": 3}}, [], "train.progress"),  # int for bool
        ({"train": {"run_dir": "r"}, "model": {"widths": ["a"]}}, [], "model.widths[0]"),
        ({"train": {"max_steps": 3}}, [], "train.run_dir"),  # required key missing
        ({"train": {"run_dir": "r", "schedule": "cosine"}}, [], "train.schedule"),  # invalid value
        ({"train": {"run_dir": "r", "on_nonfinite": "ignore"}}, [], "train.on_nonfinite"),
        ({"train": {"run_dir": "r", "batch_size": 0}}, [], "train.batch_size"),
        ({"train": {"run_dir": "r"}, "model": 3}, [], "model"),
    ],
)
def test_bad_configs_name_the_key(tmp_path, data, overrides, key):
    path = write(tmp_path, data)
    with pytest.raises(DeepfixError) as info:
        load_config(ExperimentConfig, path, overrides)
    message = str(info.value)
    assert f"'{key}'" in message and str(path) in message
    assert "\n" not in message


def test_bad_yaml_and_bad_override(tmp_path):
    path = write(tmp_path, "train:\n  run_dir: [unclosed\n")
    with pytest.raises(DeepfixError, match=r"line \d+: invalid YAML"):
        load_config(ExperimentConfig, path)
    with pytest.raises(DeepfixError, match="expected key=value"):
        apply_overrides({}, ["train.lr"])
    with pytest.raises(DeepfixError, match="cannot read config"):
        load_config(ExperimentConfig, tmp_path / "missing.yaml")


def test_saved_config_loads_back_identically(tmp_path):
    config = load_config(ExperimentConfig, None, ["train.run_dir=runs/a", "train.grad_clip=1", "mu=3.5"])
    save_config(config, tmp_path / "resolved.yaml")
    again = load_config(ExperimentConfig, tmp_path / "resolved.yaml")
    assert again == config and to_dict(again) == to_dict(config)


def test_command_line_helpers():
    import argparse

    from deepfix.train.config import add_config_arguments, config_from_args

    parser = argparse.ArgumentParser()
    add_config_arguments(parser)
    args = parser.parse_args(["--resume", "train.run_dir=runs/z", "model.layers=4"])
    config = config_from_args(ExperimentConfig, args)
    assert args.resume and config.train.run_dir == "runs/z" and config.model.layers == 4


def test_partial_section_keeps_the_factory_defaults():
    @dataclass
    class WithFactory:
        train: TrainConfig = field(default_factory=lambda: TrainConfig(run_dir="runs/d", max_steps=7))
        model: ModelSection = field(default_factory=lambda: ModelSection(layers=6))

    config = load_config(WithFactory, None, ["train.lr=0.1", "model.norm=post"])
    assert config.train.run_dir == "runs/d" and config.train.max_steps == 7 and config.train.lr == 0.1
    assert config.model == ModelSection(layers=6, norm="post")


@dataclass
class Checked:
    size: int = 1

    def __post_init__(self):
        if self.size < 1:
            raise DeepfixError(f"size: expected >= 1, got {self.size}")


@dataclass
class Outer:
    part: Checked = field(default_factory=Checked)


def test_nested_class_validation_names_the_section():
    with pytest.raises(DeepfixError, match=r"overrides, field 'part': size: expected >= 1"):
        load_config(Outer, None, ["part.size=0"])
