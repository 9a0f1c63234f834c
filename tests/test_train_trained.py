"""The one loader of trained models: run directory, checkpoint folder or weights file -> model in eval mode."""

from __future__ import annotations

import pytest
import torch
import yaml
from torch import nn

from deepfix.errors import DeepfixError
from deepfix.train import checkpoint as ckpt
from deepfix.train.trained import find_run_checkpoint, load_trained_model, weight_shapes

MC = {"model": {"encoder_mode": "frozen"}, "train": {"run_dir": "x"}}


def make_run(root, config=MC, steps=(3, 6)):
    root.mkdir()
    (root / "config.yaml").write_text(yaml.safe_dump(config))
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(5, 3), nn.Linear(3, 1))
    for step in steps:
        with torch.no_grad():
            model[0].weight.fill_(float(step))
        ckpt.save_checkpoint(root / "checkpoints", step, model, {"step": step})
    return model


def test_a_run_directory_means_its_latest_checkpoint_and_a_step_folder_or_file_itself(tmp_path):
    make_run(tmp_path / "run")
    run = tmp_path / "run"
    found = find_run_checkpoint(run, "deepfix mc train")
    assert found.run_dir == run and found.checkpoint.name == "step_00000006"
    assert found.weights == found.checkpoint / ckpt.MODEL_FILE and found.config == MC
    step = run / "checkpoints" / "step_00000003"
    assert find_run_checkpoint(step, "deepfix mc train").weights == step / ckpt.MODEL_FILE
    assert find_run_checkpoint(step / ckpt.MODEL_FILE, "deepfix mc train").run_dir == run
    assert find_run_checkpoint(run, "deepfix mc train", ckpt.AVERAGE_FILE).weights.name == ckpt.AVERAGE_FILE


def test_the_model_is_built_from_the_saved_shapes_and_loaded_in_eval_mode(tmp_path):
    make_run(tmp_path / "run")
    weights = find_run_checkpoint(tmp_path / "run", "deepfix mc train").weights
    assert weight_shapes(weights) == {"0.weight": (3, 5), "0.bias": (3,), "1.weight": (1, 3), "1.bias": (1,)}
    model = load_trained_model(weights, lambda shapes: nn.Sequential(nn.Linear(shapes["0.weight"][1], 3),
                                                                     nn.Linear(3, 1)))
    assert not model.training and torch.equal(model[0].weight, torch.full((3, 5), 6.0))
    with pytest.raises(DeepfixError, match="do not fit"):
        load_trained_model(weights, lambda shapes: nn.Sequential(nn.Linear(4, 3), nn.Linear(3, 1)))


@pytest.mark.parametrize("case, message", [
    ("missing", "no such checkpoint or run directory"),
    ("no_config", "no config.yaml here or in a parent directory (not a run of 'deepfix mc train')"),
    ("other_task", "written by 'deepfix spider train'"),
    ("no_checkpoint", "the run has no checkpoint yet"),
    ("bad_yaml", "not a readable YAML config"),
])
def test_what_is_not_a_run_of_the_command_is_named(tmp_path, case, message):
    target = tmp_path / "target"
    if case == "no_config":
        target.mkdir()
        (target / "model.safetensors").write_bytes(b"")
        target = target / "model.safetensors"
    elif case == "other_task":
        make_run(target, {"model": {"decoder": {}}})
    elif case in ("no_checkpoint", "bad_yaml"):
        target.mkdir()
        (target / "config.yaml").write_text(yaml.safe_dump(MC) if case == "no_checkpoint" else "model: [1,\n")
    with pytest.raises(DeepfixError) as error:
        find_run_checkpoint(target, "deepfix mc train")
    assert message in str(error.value)
