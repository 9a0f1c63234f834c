"""End to end: `deepfix mc train|eval|predict|study` on project fixtures with a tiny encoder.

The encoder is a 1-layer BERT built from a config, with a tokenizer built from a vocab file
written here: no downloads, a few seconds per command on CPU.
"""

import json
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from deepfix.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "mc"
WORDS = ("the a is of cat dog owl fox bee cow eel ant red blue green gray which following must be true "
         "every in town nothing else about known if it sleeps by day night never not what follows").split()


@pytest.fixture(scope="module")
def tiny_encoder(tmp_path_factory) -> Path:
    from transformers import BertConfig, BertModel, BertTokenizerFast

    directory = tmp_path_factory.mktemp("tiny_encoder")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ".", "?", ","] + WORDS
    (directory / "vocab.txt").write_text("\n".join(vocab) + "\n")
    lines = (directory / "vocab.txt").read_text().splitlines()
    tokenizer = BertTokenizerFast(vocab={word: i for i, word in enumerate(lines)})
    torch.manual_seed(0)
    config = BertConfig(vocab_size=len(lines), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=64)
    BertModel(config).save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


def tiny_settings(encoder: Path, cache: Path, run_dir: Path, **extra) -> list[str]:
    settings = {"model.encoder": str(encoder), "model.cache_dir": str(cache), "model.stack.num_layers": 2,
                "model.stack.d_model": 16, "model.stack.n_heads": 2, "model.stack.d_ff": 32, "data.max_length": 48,
                "data.valid_fraction": 0.25, "train.max_steps": 6, "train.batch_size": 4,
                "train.eval_every": 3, "train.checkpoint_every": 3, "train.progress": False,
                "train.run_dir": str(run_dir), **extra}
    return [arg for key, value in settings.items() for arg in ("--set", f"{key}={value}")]


def test_train_eval_predict_frozen(tiny_encoder, tmp_path, capsys):
    run = tmp_path / "run"
    assert main(["mc", "train", "--data", str(FIXTURES / "tiny.jsonl"),
                 *tiny_settings(tiny_encoder, tmp_path / "cache", run)]) == 0
    summary = json.loads((run / "summary.json").read_text())
    assert summary["steps"] == 6 and summary["diverged"] is False
    assert list((tmp_path / "cache" / "mc").glob("*.safetensors")), "frozen encoder outputs were not cached"

    metrics_path = tmp_path / "metrics.json"
    assert main(["mc", "eval", "--checkpoint", str(run), "--data", str(FIXTURES / "tiny.jsonl"),
                 "--out", str(metrics_path)]) == 0
    metrics = json.loads(metrics_path.read_text())
    assert metrics["n"] == 16 and 0.0 <= metrics["accuracy"] <= 1.0
    assert set(metrics["accuracy_by_type"]) == {"Categorical Reasoning", "Conjunctive Reasoning",
                                                "Disjunctive Reasoning", "Sufficient Conditional Reasoning"}
    assert all(v["n"] == 8 for v in metrics["accuracy_by_type"].values())

    preds_path = tmp_path / "preds.jsonl"
    assert main(["mc", "predict", "--checkpoint", str(run), "--data", str(FIXTURES / "unlabelled.jsonl"),
                 "--out", str(preds_path)]) == 0
    preds = [json.loads(line) for line in preds_path.read_text().splitlines()]
    assert [p["id"] for p in preds] == ["100", "101", "102", "103", "104"]
    for p in preds:
        assert len(p["probabilities"]) == 4 and abs(sum(p["probabilities"]) - 1.0) < 1e-4
        assert p["prediction"] == max(range(4), key=p["probabilities"].__getitem__)

    # The same run again: refused without --resume, a no-op continuation with it.
    again = ["mc", "train", "--data", str(FIXTURES / "tiny.jsonl"), *tiny_settings(tiny_encoder, tmp_path / "cache", run)]
    assert main(again) == 2
    assert "already holds a run" in capsys.readouterr().err
    assert main([*again, "--resume"]) == 0
    assert json.loads((run / "summary.json").read_text())["steps"] == 6


def test_finetuned_encoder_changes_and_reclor_layout(tiny_encoder, tmp_path):
    run = tmp_path / "run"
    assert main(["mc", "train", "--data", str(FIXTURES / "tiny_reclor.json"),
                 *tiny_settings(tiny_encoder, tmp_path / "cache", run,
                                **{"model.encoder_mode": "finetune", "model.stack.num_layers": 0,
                                   "train.encoder_lr": 1.0e-3, "data.valid_fraction": 0.5,
                                   "train.max_steps": 3})]) == 0
    assert not (tmp_path / "cache").exists(), "a fine-tuned encoder must not use the frozen cache"
    trained = load_file(str(run / "checkpoints" / "step_00000003" / "model.safetensors"))
    original = load_file(str(tiny_encoder / "model.safetensors"))
    name = "embeddings.word_embeddings.weight"
    assert not torch.allclose(trained[f"mixed.encoder.model.{name}"], original[name])


def test_top_layers_train_on_the_cached_output_of_the_frozen_ones(tiny_encoder, tmp_path):
    run = tmp_path / "run"
    data = str(FIXTURES / "tiny.jsonl")
    assert main(["mc", "train", "--data", data,
                 *tiny_settings(tiny_encoder, tmp_path / "cache", run,
                                **{"model.encoder_mode": "top", "model.train_layers": 1,
                                   "train.encoder_lr": 1.0e-2, "train.length_bucketing": 2})]) == 0
    assert list((tmp_path / "cache" / "mc").glob("*.safetensors")), "the frozen part's outputs were not cached"
    trained = load_file(str(run / "checkpoints" / "step_00000006" / "model.safetensors"))
    original = load_file(str(tiny_encoder / "model.safetensors"))
    name = "attention.self.query.weight"
    assert not torch.allclose(trained[f"mixed.encoder.layers.0.{name}"], original[f"encoder.layer.0.{name}"])
    assert not any(key.startswith("mixed.encoder.model.") for key in trained)  # the frozen part is not in it
    out = tmp_path / "metrics.json"
    assert main(["mc", "eval", "--checkpoint", str(run), "--data", data, "--out", str(out)]) == 0
    metrics = json.loads(out.read_text())
    assert metrics["checkpoint"].endswith("step_00000006")  # a run directory means its final checkpoint
    assert metrics["questions_per_second"] > 0


def test_train_layers_is_checked(tiny_encoder, tmp_path, capsys):
    assert main(["mc", "train", "--data", str(FIXTURES / "tiny.jsonl"),
                 *tiny_settings(tiny_encoder, tmp_path / "cache", tmp_path / "r",
                                **{"model.encoder_mode": "top", "model.train_layers": 3})]) == 2
    assert "model.train_layers: expected 1..1" in capsys.readouterr().err


def test_user_errors_are_one_line_exit_2(tiny_encoder, tmp_path, capsys):
    assert main(["mc", "eval", "--checkpoint", str(tmp_path / "nope"), "--data",
                 str(FIXTURES / "tiny.jsonl")]) == 2
    assert "no such checkpoint" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "t", "question": "q", "options": ["a", "b"], "answer": 5}\n')
    assert main(["mc", "train", "--data", str(bad), *tiny_settings(tiny_encoder, tmp_path, tmp_path / "r")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "bad.jsonl, line 1, field 'answer'" in err
    assert main(["mc", "train", "--data", str(FIXTURES / "tiny.jsonl"),
                 *tiny_settings(tiny_encoder, tmp_path, tmp_path / "r", **{"model.init": "magic"})]) == 2
    assert "unknown 'magic'" in capsys.readouterr().err


def test_eval_needs_labels(tiny_encoder, tmp_path, capsys):
    run = tmp_path / "run"
    assert main(["mc", "train", "--data", str(FIXTURES / "tiny.jsonl"),
                 *tiny_settings(tiny_encoder, tmp_path / "cache", run), "train.max_steps=1"]) == 0  # positional override
    assert json.loads((run / "summary.json").read_text())["steps"] == 1
    assert main(["mc", "eval", "--checkpoint", str(run), "--data", str(FIXTURES / "unlabelled.jsonl"),
                 "--out", str(tmp_path / "m.json")]) == 2
    assert "missing label" in capsys.readouterr().err
    assert not (tmp_path / "m.json").exists()


def test_study_writes_records_plot_and_resumes(tiny_encoder, tmp_path):
    config = tmp_path / "study.yaml"
    config.write_text(json.dumps({
        "layers": [0, 2], "seeds": [0, 1], "runs_dir": str(tmp_path / "runs"),
        "variants": [{"name": "standard", "init": "standard", "warmup_steps": 1},
                     {"name": "dt_fixup", "init": "dt_fixup", "warmup_steps": 0},
                     {"name": "standard_nowarmup", "init": "standard", "warmup_steps": 0, "layers": [2]}],
    }))
    out = tmp_path / "results"
    args = ["mc", "study", "--config", str(config), "--data", str(FIXTURES / "tiny.jsonl"), "--out", str(out),
            "--set", f"base.model.encoder={tiny_encoder}", "--set", f"base.model.cache_dir={tmp_path / 'c'}",
            "--set", "base.model.stack.d_model=16", "--set", "base.model.stack.n_heads=2", "--set", "base.model.stack.d_ff=32",
            "--set", "base.data.max_length=48", "--set", "base.train.max_steps=2",
            "--set", "base.train.batch_size=4", "--set", "base.train.progress=false",
            "--set", "base.data.valid_fraction=0.25", "--set", f"base.train.run_dir={tmp_path / 'unused'}"]
    assert main(args) == 0
    document = json.loads((out / "results.json").read_text())
    records = document["records"]
    assert len(records) == 2 * 2 + 2 * 2 + 2  # 2 depths x 2 seeds x 2 variants + no-warmup at depth 2
    for r in records:
        assert {"layers", "init", "seed", "accuracy", "steps", "diverged"} <= set(r) and r["steps"] == 2
    assert (out / "accuracy_vs_depth.png").stat().st_size > 1000
    assert document["command"].startswith("deepfix mc study")
    assert main(args) == 0  # everything finished: nothing re-run, nothing duplicated
    assert len(json.loads((out / "results.json").read_text())["records"]) == len(records)


def test_separate_validation_file_and_readme_override_syntax(tiny_encoder, tmp_path):
    run = tmp_path / "run"
    assert main(["mc", "train", "--data", str(FIXTURES / "tiny.jsonl"),
                 *tiny_settings(tiny_encoder, tmp_path / "cache", run),
                 f"data.valid_path={FIXTURES / 'tiny_reclor.json'}", "data.duplicate_ids=error",
                 "train.max_steps=2", "train.eval_every=2"]) == 0
    summary = json.loads((run / "summary.json").read_text())
    assert summary["steps"] == 2 and 0.0 <= summary["final_accuracy"] <= 1.0
    evals = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()]
    assert any(e.get("event") == "eval" for e in evals)
    from deepfix.tasks.mc.task import MCConfig, MCTask, load_config

    config = load_config(MCConfig, run / "config.yaml")
    task = MCTask(config, progress=False)
    assert len(task.valid_indices) == 6 and len(task.train_indices) == 16  # no id split with valid_path


def test_a_variant_can_run_at_some_depths_and_seeds_only():
    from deepfix.studies.mc_depth import StudyConfig, planned_runs

    study = StudyConfig(layers=[0, 4], seeds=[0, 1, 2], variants=[
        {"name": "dt_fixup", "init": "dt_fixup"},
        {"name": "standard", "init": "standard", "warmup_steps": 5, "layers": [4], "seeds": [0]}])
    runs = [(r["variant"], r["layers"], r["seed"]) for r in planned_runs(study)]
    assert sorted(runs) == sorted([("dt_fixup", 0, s) for s in range(3)] + [("dt_fixup", 4, s) for s in range(3)]
                                  + [("standard", 4, 0)])
    assert [r for r in planned_runs(StudyConfig(layers=[0, 4], seeds=[1, 2], variants=study.variants))
            if r["variant"] == "standard"] == []  # a part of the grid (other seeds) runs none of them
