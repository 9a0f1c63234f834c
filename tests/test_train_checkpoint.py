"""Checkpoints: no pickles, exact round trips, atomic saves, retention."""

from __future__ import annotations

import random

import numpy as np
import pytest
import torch

from deepfix.errors import DeepfixError
from deepfix.train import checkpoint as ckpt
from deepfix.train.optim import build_optimizer, build_scheduler
from deepfix.train.seed import rng_state, seed_everything, set_rng_state


def trained_pieces(steps=3):
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.Linear(8, 2))
    optimizer = build_optimizer(model, lr=1e-2, weight_decay=0.01)
    scheduler = build_scheduler(optimizer, total_steps=10, warmup_steps=2, schedule="linear")
    for _ in range(steps):
        model(torch.randn(5, 4)).pow(2).mean().backward()
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad()
    return model, optimizer, scheduler


def test_split_join_round_trip_restores_optimizer_and_scheduler(tmp_path):
    model, optimizer, scheduler = trained_pieces()
    state = {"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict(), "pos": (3, 1)}
    ckpt.save_checkpoint(tmp_path, 3, model, state)
    loaded = ckpt.load_state(tmp_path / "step_00000003")
    assert loaded["pos"] == (3, 1)
    fresh_model, fresh_opt, fresh_sched = trained_pieces(steps=0)
    ckpt.load_weights(tmp_path / "step_00000003", fresh_model)
    fresh_opt.load_state_dict(loaded["optimizer"])
    fresh_sched.load_state_dict(loaded["scheduler"])
    # One more identical step on both sides gives identical weights.
    x = torch.randn(5, 4)
    for m, o, s in ((model, optimizer, scheduler), (fresh_model, fresh_opt, fresh_sched)):
        m(x).pow(2).mean().backward()
        o.step()
        s.step()
    for a, b in zip(model.parameters(), fresh_model.parameters()):
        assert torch.equal(a, b)
    assert fresh_opt.param_groups[0]["betas"] == optimizer.param_groups[0]["betas"]
    assert isinstance(fresh_opt.param_groups[0]["betas"], tuple)


def test_rng_states_survive_a_checkpoint(tmp_path):
    seed_everything(3)
    ckpt.save_checkpoint(tmp_path, 1, torch.nn.Linear(1, 1), {"rng": rng_state()})
    expected = (random.random(), float(np.random.rand()), float(torch.rand(1)))
    set_rng_state(ckpt.load_state(tmp_path / "step_00000001")["rng"])
    assert (random.random(), float(np.random.rand()), float(torch.rand(1))) == expected


def test_a_crash_while_saving_leaves_latest_intact(tmp_path, monkeypatch):
    model = torch.nn.Linear(3, 3)
    ckpt.save_checkpoint(tmp_path, 1, model, {"step": 1})

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(ckpt, "save_file", crash)
    with pytest.raises(OSError):
        ckpt.save_checkpoint(tmp_path, 2, model, {"step": 2})
    assert ckpt.latest_checkpoint(tmp_path).name == "step_00000001"
    assert ckpt.load_state(ckpt.latest_checkpoint(tmp_path)) == {"step": 1}
    assert [p.name for p in tmp_path.iterdir() if p.is_dir()] == ["step_00000001"]


def test_prune_keeps_last_k_best_and_leftovers_go(tmp_path):
    model = torch.nn.Linear(2, 2)
    for step in (1, 2, 3, 4, 5):
        ckpt.save_checkpoint(tmp_path, step, model, {"step": step})
    ckpt.write_best(tmp_path, 2, "accuracy", 0.9)
    (tmp_path / ".step_00000006.tmpdir").mkdir()  # what a kill during a save leaves
    ckpt.prune_checkpoints(tmp_path, keep_last=2)
    assert [p.name for p in ckpt.list_checkpoints(tmp_path)] == ["step_00000002", "step_00000004", "step_00000005"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_bad_pointer_and_unfit_weights_are_clear_errors(tmp_path):
    (tmp_path / "latest").write_text("step_00000009\n")
    with pytest.raises(DeepfixError, match="missing or incomplete"):
        ckpt.latest_checkpoint(tmp_path)
    ckpt.save_checkpoint(tmp_path / "b", 1, torch.nn.Linear(2, 2), {})
    with pytest.raises(DeepfixError, match="do not fit"):
        ckpt.load_weights(tmp_path / "b" / "step_00000001", torch.nn.Linear(3, 2))


def test_nothing_pickled(tmp_path):
    with pytest.raises(TypeError, match="no pickling"):
        ckpt.split_state({"model": torch.nn.Linear(1, 1)})


def test_checkpoint_files_get_plain_open_permissions(tmp_path):
    import os
    import stat

    from deepfix.files import default_mode

    model = torch.nn.Linear(2, 2)
    saved = ckpt.save_checkpoint(tmp_path, 1, model, {"step": 1})
    for file in saved.iterdir():
        assert stat.S_IMODE(os.stat(file).st_mode) == default_mode(), file.name
    assert stat.S_IMODE(os.stat(saved).st_mode) == default_mode(directory=True)
