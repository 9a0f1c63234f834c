"""The training loop: determinism, exact resume after kill -9, divergence guard, retention, logging."""

from __future__ import annotations

import json
import math

import pytest
import torch

from deepfix.errors import DeepfixError
from deepfix.train.checkpoint import list_checkpoints, read_best
from deepfix.train.config import load_config
from deepfix.train.loop import train
from deepfix.train.metrics import read_metrics

from helpers.example_task import ExampleConfig, ExampleTask
from helpers.runs import final_weights, run_example, run_script, single_thread, train_losses

STEPS = ["train.max_steps=20", "train.log_every=1", "train.eval_every=5", "train.checkpoint_every=4"]


def test_same_seed_same_losses_other_seed_differs(tmp_path):
    a = run_example(tmp_path / "a", *STEPS, "dropout=0.3", "train.seed=7")
    b = run_example(tmp_path / "b", *STEPS, "dropout=0.3", "train.seed=7")
    c = run_example(tmp_path / "c", *STEPS, "dropout=0.3", "train.seed=8")
    assert train_losses(tmp_path / "a") == train_losses(tmp_path / "b")
    assert len(train_losses(tmp_path / "a")) == 20
    assert train_losses(tmp_path / "a") != train_losses(tmp_path / "c")
    assert a["best_accuracy"] == b["best_accuracy"] and not a["diverged"]
    wa, wb = final_weights(tmp_path / "a"), final_weights(tmp_path / "b")
    assert all(torch.equal(wa[k], wb[k]) for k in wa)


@pytest.mark.parametrize("bucketing", [0, 3])
def test_kill_9_then_resume_equals_uninterrupted_run(tmp_path, bucketing):
    """SIGKILL at step 15 (after checkpoint 12, mid-epoch 2), resume: same losses, same weights."""
    # dropout: the RNG streams must continue too; bucketing: the regrouped batches must repeat
    overrides = [*STEPS, "dropout=0.3", f"train.length_bucketing={bucketing}"]
    run_example(tmp_path / "whole", *overrides)
    killed = run_script(tmp_path / "cut", *overrides, env={"DEEPFIX_TEST_KILL_AT": "15"})
    assert killed.returncode == -9, killed.stderr  # really killed, no cleanup ran
    assert (tmp_path / "cut" / "checkpoints" / "latest").read_text().strip() == "step_00000012"
    assert len(train_losses(tmp_path / "cut")) == 14  # steps 13-14 ran after the last checkpoint
    summary = run_example(tmp_path / "cut", *overrides, resume=True)
    assert summary["steps"] == 20
    assert train_losses(tmp_path / "cut") == train_losses(tmp_path / "whole")  # exact equality
    whole, cut = final_weights(tmp_path / "whole"), final_weights(tmp_path / "cut")
    assert all(torch.equal(whole[k], cut[k]) for k in whole)
    evals = [r["step"] for r in read_metrics(tmp_path / "cut", "eval")]
    assert evals == [5, 10, 15, 20]  # no duplicated records from the killed process
    run_info = json.loads((tmp_path / "cut" / "run.json").read_text())
    assert run_info["resumes"][0]["from_step"] == 12 and "git_commit" in run_info


def test_resume_of_finished_run_trains_nothing(tmp_path):
    first = run_example(tmp_path / "r", "train.max_steps=6", "train.eval_every=3")
    again = run_example(tmp_path / "r", "train.max_steps=6", "train.eval_every=3", resume=True)
    assert again["steps"] == 6 and again["best_accuracy"] == first["best_accuracy"]
    assert len(read_metrics(tmp_path / "r", "eval")) == 2


def test_existing_run_dir_and_changed_config_are_refused(tmp_path):
    run_example(tmp_path / "r", "train.max_steps=4")
    with pytest.raises(DeepfixError, match="already holds a run"):
        run_example(tmp_path / "r", "train.max_steps=4")
    with pytest.raises(DeepfixError, match="'train.lr'"):
        run_example(tmp_path / "r", "train.max_steps=4", "train.lr=0.5", resume=True)


def test_a_run_saved_before_a_key_was_renamed_resumes(tmp_path, monkeypatch):
    """The saved config.yaml of an earlier version (an old key name) is compared in today's shape."""
    run_example(tmp_path / "r", "train.max_steps=4", "train.checkpoint_every=2")
    saved = tmp_path / "r" / "config.yaml"
    saved.write_text(saved.read_text().replace("hidden:", "width:"))  # as an earlier version wrote it
    monkeypatch.setattr(ExampleConfig, "renamed", {"width": "hidden"}, raising=False)
    summary = run_example(tmp_path / "r", "train.max_steps=4", "train.checkpoint_every=2", resume=True)
    assert summary["steps"] == 4
    with pytest.raises(DeepfixError, match="'hidden'"):  # a real change is still refused
        run_example(tmp_path / "r", "train.max_steps=4", "train.checkpoint_every=2", "hidden=32", resume=True)


def test_nan_loss_stops_and_keeps_last_good_checkpoint(tmp_path, capsys):
    summary = run_example(tmp_path / "n", "train.max_steps=20", "train.checkpoint_every=3", "nan_at_step=8")
    assert summary["diverged"] is True and summary["diverged_step"] == 8 and summary["steps"] == 7
    assert "loss" in summary["diverged_reason"]
    assert "diverged at step 8" in capsys.readouterr().err
    saved = json.loads((tmp_path / "n" / "summary.json").read_text())
    assert saved["diverged"] is True
    records = read_metrics(tmp_path / "n")
    assert records[-1] == {"event": "diverged", "step": 8, "reason": summary["diverged_reason"]}
    assert (tmp_path / "n" / "checkpoints" / "latest").read_text().strip() == "step_00000006"
    assert all(torch.isfinite(w).all() for w in final_weights(tmp_path / "n").values())


def test_nonfinite_gradient_with_finite_loss_is_caught(tmp_path):
    summary = run_example(tmp_path / "g", "train.max_steps=10", "inf_grad_at_step=3")
    assert summary["diverged"] and summary["diverged_step"] == 3 and "gradient" in summary["diverged_reason"]


def test_skip_policy_drops_the_batch_and_counts_it(tmp_path):
    summary = run_example(tmp_path / "s", "train.max_steps=10", "train.log_every=1", "nan_at_step=4",
                          "train.on_nonfinite=skip")
    assert not summary["diverged"] and summary["skipped_batches"] == 1 and summary["steps"] == 10
    records = read_metrics(tmp_path / "s", "train")
    assert records[3]["loss"] is None and records[3]["skipped"] == 1  # step 4 was dropped
    assert all(torch.isfinite(w).all() for w in final_weights(tmp_path / "s").values())


def test_keeps_last_k_and_best_checkpoints(tmp_path):
    summary = run_example(tmp_path / "k", "train.max_steps=24", "train.eval_every=4", "train.checkpoint_every=4",
                          "train.keep_last=2", "train.lr=0.05")
    evals = read_metrics(tmp_path / "k", "eval")
    best_value = max(r["accuracy"] for r in evals)
    best_step = min(r["step"] for r in evals if r["accuracy"] == best_value)
    best = read_best(tmp_path / "k" / "checkpoints")
    assert best["value"] == best_value == summary["best_accuracy"] and best["step"] == best_step
    names = [p.name for p in list_checkpoints(tmp_path / "k" / "checkpoints")]
    expected = sorted({"step_00000020", "step_00000024", f"step_{best_step:08d}"})
    assert names == expected


def test_step_records_and_parameter_groups(tmp_path):
    """Per-step JSONL fields; encoder parameters train at encoder_lr (a second group)."""

    class WithEncoder(ExampleTask):
        def encoder_parameters(self, model):
            return list(model[0].parameters())

    config = load_config(ExampleConfig, None, [f"train.run_dir={tmp_path / 'p'}", "train.progress=false",
                                               "train.max_steps=7", "train.log_every=2", "train.batch_size=8",
                                               "train.lr=1e-2", "train.encoder_lr=1e-4", "train.schedule=constant"])
    with single_thread():
        train(WithEncoder(config), config)
    records = read_metrics(tmp_path / "p", "train")
    assert [r["step"] for r in records] == [2, 4, 6, 7]  # and the last step
    for record in records:
        assert sorted(record["lr"]) == [1e-4, 1e-2]
        assert math.isfinite(record["loss"]) and record["grad_norm"] > 0
        assert record["step_time"] > 0 and record["examples_per_s"] > 0


def test_evaluate_without_the_dev_metric_is_a_clear_error(tmp_path):
    class NoMetric(ExampleTask):
        def evaluate(self, model):
            return {"loss": 1.0}

    config = load_config(ExampleConfig, None, [f"train.run_dir={tmp_path / 'e'}", "train.progress=false",
                                               "train.max_steps=2", "train.batch_size=8"])
    with pytest.raises(DeepfixError, match="dev_metric 'accuracy'"):
        train(NoMetric(config), config)


def test_evaluation_does_not_move_the_training_random_streams(tmp_path):
    """Even an evaluate() that draws random numbers leaves dropout masks (hence losses) unchanged."""

    class RandomEval(ExampleTask):
        def evaluate(self, model):
            torch.rand(100)
            return super().evaluate(model)

    losses = []
    for name, every in (("often", 2), ("once", 100)):
        config = load_config(ExampleConfig, None, [f"train.run_dir={tmp_path / name}", "train.progress=false",
                                                   "train.max_steps=8", "train.log_every=1", "train.batch_size=8",
                                                   f"train.eval_every={every}", "dropout=0.5"])
        train(RandomEval(config), config)
        losses.append(train_losses(tmp_path / name))
    assert losses[0] == losses[1]


def test_git_commit_is_null_without_git(monkeypatch):
    import subprocess

    from deepfix.train import metrics

    def no_git(*args, **kwargs):
        raise FileNotFoundError("git")

    monkeypatch.setattr(subprocess, "run", no_git)
    info = metrics.provenance()
    assert info["git_commit"] is None and info["git_dirty"] is None and info["deepfix_version"]
