"""The moving average of the weights (deepfix.train.average) and its place in the training loop."""

from __future__ import annotations

import pytest
import torch
from safetensors.torch import load_file

from deepfix.errors import DeepfixError
from deepfix.train.average import WeightAverage
from deepfix.train.checkpoint import AVERAGE_FILE, MODEL_FILE, latest_checkpoint
from deepfix.train.config import ConfigValueError

from helpers.runs import final_weights, run_example, run_script, train_losses

STEPS = ["train.max_steps=20", "train.log_every=1", "train.eval_every=5", "train.checkpoint_every=4"]


def test_average_follows_the_formula_with_its_warm_up():
    model = torch.nn.Linear(3, 2)
    frozen = torch.nn.Linear(3, 2)
    frozen.requires_grad_(False)
    model.frozen = frozen  # frozen parameters are not averaged
    average = WeightAverage(model, decay=0.9)
    assert set(average.shadow) == {"weight", "bias"}
    expected = model.weight.detach().clone()
    for step in range(1, 30):
        with torch.no_grad():
            model.weight.add_(torch.randn_like(model.weight))
        average.update(model)
        decay = min(0.9, (1 + step) / (10 + step))
        expected = decay * expected + (1 - decay) * model.weight.detach()
    # float32 lerp vs the formula: a few ulps of values of magnitude ~5 after 29 updates
    assert torch.allclose(average.shadow["weight"], expected, rtol=0, atol=64 * torch.finfo(torch.float32).eps * 8)


def test_applied_swaps_the_weights_in_and_back():
    model = torch.nn.Linear(4, 4)
    average = WeightAverage(model, decay=0.5)
    own = model.weight.detach().clone()
    average.shadow["weight"].fill_(7.0)
    with average.applied(model):
        assert torch.equal(model.weight, torch.full_like(own, 7.0))
    assert torch.equal(model.weight, own)
    with pytest.raises(RuntimeError):
        with average.applied(model):
            raise RuntimeError("evaluation failed")
    assert torch.equal(model.weight, own)  # restored on errors too


@pytest.mark.parametrize("decay", [0.0, 1.0, -0.1])
def test_decay_outside_the_open_interval_is_refused(decay):
    with pytest.raises(ValueError):
        WeightAverage(torch.nn.Linear(2, 2), decay)


def test_config_refuses_a_decay_of_one(tmp_path):
    with pytest.raises((ConfigValueError, DeepfixError)):
        run_example(tmp_path / "r", *STEPS, "train.ema_decay=1.0")


def test_a_run_with_an_average_writes_it_and_resumes_it_exactly(tmp_path):
    """SIGKILL after checkpoint 12, resume: the averaged weights equal those of an uninterrupted run."""
    overrides = [*STEPS, "dropout=0.3", "train.ema_decay=0.8"]
    run_example(tmp_path / "whole", *overrides)
    killed = run_script(tmp_path / "cut", *overrides, env={"DEEPFIX_TEST_KILL_AT": "15"})
    assert killed.returncode == -9, killed.stderr
    run_example(tmp_path / "cut", *overrides, resume=True)
    assert train_losses(tmp_path / "cut") == train_losses(tmp_path / "whole")
    whole = load_file(str(latest_checkpoint(tmp_path / "whole" / "checkpoints") / AVERAGE_FILE))
    cut = load_file(str(latest_checkpoint(tmp_path / "cut" / "checkpoints") / AVERAGE_FILE))
    assert whole.keys() == cut.keys() and all(torch.equal(whole[k], cut[k]) for k in whole)
    trained = final_weights(tmp_path / "whole")
    assert any(not torch.equal(whole[k], trained[k]) for k in trained)  # the average is not the last weights


def test_a_run_without_an_average_writes_only_its_weights(tmp_path):
    run_example(tmp_path / "r", "train.max_steps=4", "train.eval_every=2")
    last = latest_checkpoint(tmp_path / "r" / "checkpoints")
    assert (last / MODEL_FILE).is_file() and not (last / AVERAGE_FILE).exists()
