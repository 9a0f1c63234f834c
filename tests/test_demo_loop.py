"""`deepfix demo` runs through the training loop and leaves a complete run directory."""

from __future__ import annotations

import json

from deepfix.cli import main


def test_demo_writes_a_run_directory(tmp_path, tiny_encoder_dir, capsys):
    run_dir = tmp_path / "demo"
    code = main(["demo", "--steps", "6", "--layers", "2", "--run-dir", str(run_dir),
                 f"task.encoder={tiny_encoder_dir}", f"task.cache_dir={tmp_path / 'cache'}",
                 "task.model.stack.d_model=32", "task.model.stack.d_ff=64", "train.progress=false"])
    assert code == 0
    summary = json.loads((run_dir / "summary.json").read_text())
    assert summary["steps"] == 6 and summary["diverged"] is False
    assert 0.0 <= summary["final_exact_set_accuracy"] <= 1.0
    for name in ("config.yaml", "run.json", "metrics.jsonl", "curves.png", "checkpoints/latest"):
        assert (run_dir / name).exists(), name
    out = capsys.readouterr().out
    assert "dev exact" in out and "no shipped Text-to-SQL model" in out  # tests hide the shipped model
