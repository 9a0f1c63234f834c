"""Runs and model files record their encoder (setting, path, weights' SHA-256); older ones load without it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from safetensors import safe_open

from deepfix.cli import main
from deepfix.errors import DeepfixError

REPO = Path(__file__).resolve().parents[2]


def test_train_records_the_encoder_and_eval_and_export_carry_it(spider_dir, word_encoder_dir, data_config, tmp_path,
                                                                capsys):
    from deepfix.tasks.spider.text2sql import load_model

    config = tmp_path / "tiny.yaml"
    run_dir = tmp_path / "run"
    config.write_text(
        f"train: {{run_dir: {run_dir}, max_steps: 2, batch_size: 4, eval_every: 2, checkpoint_every: 2, "
        "progress: false}\n"
        "model: {stack: {num_layers: 1, d_model: 32, n_heads: 4, d_ff: 64}, decoder: {hidden: 32, action_dim: 16, "
        "type_dim: 8, n_heads: 2, max_steps: 30}}\n"
        f"data: {{encoder: {word_encoder_dir}, cache_dir: {data_config.cache_dir}, max_tokens: 128, eval_limit: 2, "
        "holdout_fraction: 0.3}\n")
    assert main(["spider", "train", "--config", str(config), "--data", str(spider_dir)]) == 0
    weights = (word_encoder_dir / "model.safetensors").read_bytes()
    recorded = json.loads((run_dir / "encoder.json").read_text())
    assert recorded == {"setting": str(word_encoder_dir), "name": None, "path": str(word_encoder_dir),
                        "weights": "model.safetensors", "weights_bytes": len(weights),
                        "weights_sha256": hashlib.sha256(weights).hexdigest()}
    out, log = tmp_path / "eval", tmp_path / "dev_log.jsonl"
    assert main(["spider", "eval", "--checkpoint", str(run_dir), "--data", str(spider_dir), "--limit", "2",
                 "--beam-size", "1", "--out", str(out), "--no-progress", "--log", str(log)]) == 0
    assert json.loads((out / "metrics.json").read_text())["encoder"] == recorded
    logged = json.loads(log.read_text())
    assert logged["encoder_sha256"] == recorded["weights_sha256"] and logged["split"] == "dev" and logged["n"] == 2
    exported = tmp_path / "model.safetensors"
    assert main(["spider", "export", "--checkpoint", str(run_dir), "--out", str(exported)]) == 0
    shipped = {k: v for k, v in recorded.items() if k != "path"}  # a model file names no machine path
    with safe_open(str(exported), framework="pt") as handle:
        metadata = handle.metadata()
        assert json.loads(metadata["encoder"]) == shipped
        assert json.loads(metadata["extra"])["exported_from"] == "run"
        assert json.loads(metadata["config"])["train"]["run_dir"] == "runs/run"
        assert str(tmp_path) not in json.dumps(metadata)
    assert load_model(exported)[2]["encoder"] == shipped


def test_a_model_file_from_before_the_record_loads_without_it():
    from deepfix.tasks.spider.text2sql import load_model

    old = REPO / "tests" / "fixtures" / "serve_model" / "text2sql.safetensors"
    with safe_open(str(old), framework="pt") as handle:
        assert "encoder" not in handle.metadata()
    model, config, blob = load_model(old)
    assert blob["encoder"] is None and model is not None


def test_a_resumed_run_must_read_the_same_encoder_weights(tmp_path):
    from deepfix.tasks.spider.text2sql import ENCODER_FILE, record_run_encoder

    first = {"path": "/a", "weights_sha256": "1" * 64}
    record_run_encoder(tmp_path, first, resume=False)
    assert json.loads((tmp_path / ENCODER_FILE).read_text()) == first
    record_run_encoder(tmp_path, dict(first, path="/moved"), resume=True)  # same weights elsewhere: kept as recorded
    assert json.loads((tmp_path / ENCODER_FILE).read_text()) == first
    with pytest.raises(DeepfixError, match="field 'weights_sha256': the run used /a .* a resumed run keeps its encoder"):
        record_run_encoder(tmp_path, {"path": "/b", "weights_sha256": "2" * 64}, resume=True)
    (tmp_path / "metrics.jsonl").write_text("")  # a run is there: not resumed, training refuses it; no overwrite
    record_run_encoder(tmp_path, {"path": "/b", "weights_sha256": "2" * 64}, resume=False)
    assert json.loads((tmp_path / ENCODER_FILE).read_text()) == first
