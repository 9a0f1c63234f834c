"""Two processes under torchrun (gloo on CPU) match one process with the same global batch."""

from __future__ import annotations

import shutil
import socket
import sys

import torch

from helpers.runs import final_weights, run_example, run_script, train_losses

OVERRIDES = ["train.max_steps=6", "train.log_every=1", "train.eval_every=3", "train.checkpoint_every=3"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_two_processes_match_one(tmp_path):
    launcher = [sys.executable, "-m", "torch.distributed.run", "--nnodes=1", "--nproc_per_node=2",
                "--master_addr=127.0.0.1", f"--master_port={free_port()}"]
    result = run_script(tmp_path / "ddp", *OVERRIDES, launcher=launcher, timeout=240)
    if result.returncode != 0 and "SIGABRT" in result.stderr:
        # Seen once in ~10 runs on a heavily loaded 2-core machine: a rank aborted in gloo's C++
        # teardown ("terminate called without an active exception"). One fresh retry; the
        # equality checks below stay exact.
        shutil.rmtree(tmp_path / "ddp")
        launcher[-1] = f"--master_port={free_port()}"
        result = run_script(tmp_path / "ddp", *OVERRIDES, launcher=launcher, timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    single = run_example(tmp_path / "one", *OVERRIDES)
    assert single["world_size"] == 1
    ddp_losses, one_losses = train_losses(tmp_path / "ddp"), train_losses(tmp_path / "one")
    assert [s for s, _ in ddp_losses] == [s for s, _ in one_losses] == list(range(1, 7))
    for (_, a), (_, b) in zip(ddp_losses, one_losses):
        assert abs(a - b) < 1e-5
    ddp, one = final_weights(tmp_path / "ddp"), final_weights(tmp_path / "one")
    assert ddp.keys() == one.keys()
    for key in one:
        assert torch.allclose(ddp[key], one[key], atol=1e-5, rtol=0), key
    # rank 0 alone wrote the run directory: one record per step, one summary.
    assert '"world_size": 2' in (tmp_path / "ddp" / "summary.json").read_text()
