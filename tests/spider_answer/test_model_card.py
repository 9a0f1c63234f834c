"""The model card of an exported model: read from the run directory and its dev scores, checked."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import torch

from deepfix.cli import main
from deepfix.errors import DeepfixError


def write_run_files(run_dir: Path, step: int = 4, split: str = "dev") -> None:
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / "run.json").write_text(json.dumps({
        "git_commit": "abc123", "git_dirty": False, "deepfix_version": "0.1.0",
        "argv": ["/x/.venv/bin/deepfix", "spider", "train", "--config", "my config.yaml"]}))
    metrics = {"n": 10, "exact_match": 0.5, "split": split, "beam_size": 5, "checkpoint_step": step,
               "valid_sql": 0.9, "execution": None, "command": "deepfix spider eval --checkpoint run",
               "per_difficulty": {"easy": {"n": 6, "exact_match": 0.75}, "hard": {"n": 4, "exact_match": 0.125}}}
    (run_dir / "eval-dev-beam5").mkdir(exist_ok=True)
    (run_dir / "eval-dev-beam5" / "metrics.json").write_text(json.dumps(metrics))


def test_model_card_reads_the_run_and_its_dev_scores(tiny_config, tmp_path):
    from deepfix.tasks.spider.model_card import model_card, write_model_card

    write_run_files(tmp_path / "run")
    card = model_card(tmp_path / "run", tiny_config(), 4)
    assert card["training"]["command"] == "deepfix spider train --config 'my config.yaml'"
    from deepfix.tasks.spider.model_card import training_command

    assert training_command(["/w/deepfix/cli.py", "spider", "train"]) == "deepfix spider train"
    assert training_command(["pytest", "-q"]) == "pytest -q"
    assert card["training"]["git_commit"] == "abc123" and card["data"]["licence"] == "CC BY-SA 4.0"
    evaluation = card["evaluation"]
    assert (evaluation["exact_match"], evaluation["beam_size"], evaluation["valid_sql"]) == (0.5, 5, 0.9)
    assert evaluation["per_difficulty"] == {"easy": {"n": 6, "exact_match": 0.75},
                                            "hard": {"n": 4, "exact_match": 0.125}}
    assert card["config"]["model"]["stack"]["d_model"] == 32 and card["limitations"]
    model_file = tmp_path / "m.safetensors"
    model_file.write_bytes(b"weights")
    written = json.loads(write_model_card(model_file, card).read_text())
    assert written["model_file"] == "m.safetensors"
    assert written["model_sha256"] == hashlib.sha256(b"weights").hexdigest()


@pytest.mark.parametrize("case,match", [("other_step", "step 3"), ("holdout", "'split'"), ("missing", "score the run")])
def test_model_card_errors_name_the_file(tiny_config, tmp_path, case, match):
    from deepfix.tasks.spider.model_card import model_card

    write_run_files(tmp_path / "run", step=3 if case == "other_step" else 4,
                    split="holdout" if case == "holdout" else "dev")
    if case == "missing":
        (tmp_path / "run" / "eval-dev-beam5" / "metrics.json").unlink()
    with pytest.raises(DeepfixError, match=match) as error:
        model_card(tmp_path / "run", tiny_config(), 4)
    assert "metrics.json" in str(error.value)


def test_export_card_from_a_trained_and_scored_run(spider_dir, word_encoder_dir, data_config, tmp_path, capsys):
    config = tmp_path / "tiny.yaml"
    run_dir = tmp_path / "run"
    config.write_text(
        f"train: {{run_dir: {run_dir}, max_steps: 2, batch_size: 4, eval_every: 2, checkpoint_every: 2, "
        "progress: false}\n"
        "model: {stack: {num_layers: 1, d_model: 32, n_heads: 4, d_ff: 64}, decoder: {hidden: 32, action_dim: 16, type_dim: 8, "
        "n_heads: 2, max_steps: 30}}\n"
        f"data: {{encoder: {word_encoder_dir}, cache_dir: {data_config.cache_dir}, max_tokens: 128, eval_limit: 2}}\n")
    assert main(["spider", "train", "--config", str(config), "--data", str(spider_dir)]) == 0
    out = tmp_path / "models" / "text2sql.safetensors"
    assert main(["spider", "export", "--checkpoint", str(run_dir), "--out", str(out), "--card"]) == 2  # not scored
    assert not out.exists()  # checked before anything is written
    assert main(["spider", "eval", "--checkpoint", str(run_dir), "--data", str(spider_dir), "--limit", "2",
                 "--beam-size", "1", "--out", str(run_dir / "eval-dev-beam5"), "--no-progress"]) == 0
    assert main(["spider", "export", "--checkpoint", str(run_dir), "--out", str(out), "--card"]) == 0
    card = json.loads(out.with_suffix(".json").read_text())
    metrics = json.loads((run_dir / "eval-dev-beam5" / "metrics.json").read_text())
    assert card["checkpoint_step"] == 2 and card["evaluation"]["exact_match"] == metrics["exact_match"]
    run = json.loads((run_dir / "run.json").read_text())
    assert card["evaluation"]["beam_size"] == 1 and card["training"]["git_commit"] == run["git_commit"]
    assert card["model_sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()


def test_a_run_with_averaged_weights_is_scored_and_exported_with_them(spider_dir, word_encoder_dir, data_config,
                                                                     tmp_path, capsys):
    from safetensors.torch import load_file

    config = tmp_path / "tiny.yaml"
    run_dir = tmp_path / "run"
    config.write_text(
        f"train: {{run_dir: {run_dir}, max_steps: 3, batch_size: 4, eval_every: 3, checkpoint_every: 3, "
        "progress: false, ema_decay: 0.5}\n"
        "model: {stack: {num_layers: 1, d_model: 32, n_heads: 4, d_ff: 64}, decoder: {hidden: 32, action_dim: 16, type_dim: 8, "
        "n_heads: 2, max_steps: 30}}\n"
        f"data: {{encoder: {word_encoder_dir}, cache_dir: {data_config.cache_dir}, max_tokens: 128, eval_limit: 2}}\n")
    assert main(["spider", "train", "--config", str(config), "--data", str(spider_dir)]) == 0
    for weights in ("final", "ema"):
        assert main(["spider", "eval", "--checkpoint", str(run_dir), "--data", str(spider_dir), "--limit", "2",
                     "--beam-size", "1", "--weights", weights, "--no-progress"]) == 0
    scored = json.loads((run_dir / "eval-dev-beam1-ema" / "metrics.json").read_text())
    assert scored["weights"] == "ema"
    assert json.loads((run_dir / "eval-dev-beam1" / "metrics.json").read_text())["weights"] == "final"
    (run_dir / "eval-dev-beam5").mkdir()
    (run_dir / "eval-dev-beam5" / "metrics.json").write_text(json.dumps(
        json.loads((run_dir / "eval-dev-beam1" / "metrics.json").read_text())))
    out = tmp_path / "m.safetensors"
    capsys.readouterr()
    # the card's scores must be of the exported weights: final scores with --weights ema are refused
    assert main(["spider", "export", "--checkpoint", str(run_dir), "--out", str(out), "--card", "--weights", "ema",
                 "--metrics", str(run_dir / "eval-dev-beam5" / "metrics.json")]) == 2
    assert "'weights'" in capsys.readouterr().err and not out.exists()
    assert main(["spider", "export", "--checkpoint", str(run_dir), "--out", str(out), "--weights", "ema"]) == 0
    exported = load_file(str(out))
    averaged = load_file(str(run_dir / "checkpoints" / "step_00000003" / "ema.safetensors"))
    assert all(torch.equal(exported[k], averaged[k]) for k in averaged if k in exported)


def test_eval_of_averaged_weights_a_run_did_not_keep_is_one_line(spider_dir, word_encoder_dir, data_config, tmp_path,
                                                                  capsys):
    config = tmp_path / "tiny.yaml"
    run_dir = tmp_path / "run"
    config.write_text(
        f"train: {{run_dir: {run_dir}, max_steps: 2, batch_size: 4, eval_every: 2, checkpoint_every: 2, progress: false}}\n"
        "model: {stack: {num_layers: 1, d_model: 32, n_heads: 4, d_ff: 64}, decoder: {hidden: 32, action_dim: 16, type_dim: 8, "
        "n_heads: 2, max_steps: 30}}\n"
        f"data: {{encoder: {word_encoder_dir}, cache_dir: {data_config.cache_dir}, max_tokens: 128, eval_limit: 2}}\n")
    assert main(["spider", "train", "--config", str(config), "--data", str(spider_dir)]) == 0
    capsys.readouterr()
    assert main(["spider", "eval", "--checkpoint", str(run_dir), "--data", str(spider_dir), "--limit", "2",
                 "--weights", "ema", "--no-progress"]) == 2
    err = capsys.readouterr().err.strip()
    assert "ema.safetensors" in err and "ema_decay" in err and len(err.splitlines()) == 1
