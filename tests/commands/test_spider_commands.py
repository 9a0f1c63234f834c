"""spider eval / ask / train commands, sqlite schema reading, configs."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from deepfix.errors import DeepfixError
from deepfix.cli import main
from deepfix.tasks.spider.sql import parse_sql

REPO = Path(__file__).resolve().parents[2]


def build_db(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.executescript("""
        CREATE TABLE singer (Singer_ID INT PRIMARY KEY, Name TEXT, Country TEXT, Age INT);
        CREATE TABLE concert (concert_ID INT PRIMARY KEY, concert_Name TEXT, Year TEXT,
                              Singer_ID INT, FOREIGN KEY (Singer_ID) REFERENCES singer(Singer_ID));
        INSERT INTO singer VALUES (1, 'Joe', 'France', 52), (2, 'Ann', 'Netherlands', 25);
        INSERT INTO concert VALUES (1, 'Auditions', '2014', 1);
    """)
    connection.commit()
    connection.close()
    return path


def test_schema_from_sqlite(tmp_path):
    from deepfix.tasks.spider.inputs.schema import Schema
    from deepfix.tasks.spider.inputs.sqlite_schema import schema_from_sqlite

    db = schema_from_sqlite(build_db(tmp_path / "music.sqlite"))
    assert db["table_names_original"] == ["singer", "concert"]
    assert db["column_names_original"][1] == [0, "Singer_ID"] and db["column_names"][6] == [1, "concert name"]
    assert db["column_types"][4] == "number" and db["column_types"][2] == "text"
    assert db["primary_keys"] == [1, 5] and db["foreign_keys"] == [[8, 1]]
    Schema.from_json(db)  # valid for the encoder pipeline


@pytest.fixture(scope="module")
def model_file(overfit, tmp_path_factory):
    from deepfix.tasks.spider.text2sql import save_model

    model, _, task, _ = overfit
    path = tmp_path_factory.mktemp("model") / "model-best.safetensors"
    save_model(path, model, task.config, task.feature_size, {"step": 1})
    return path


def test_ask_prints_sql_and_rows(model_file, tmp_path, capsys):
    db = build_db(tmp_path / "music.sqlite")
    assert main(["spider", "ask", "--db", str(db), "--checkpoint", str(model_file), "--beam-size", "2",
                 "How many singers do we have?"]) == 0
    lines = capsys.readouterr().out.splitlines()
    from deepfix.tasks.spider.inputs.sqlite_schema import schema_from_sqlite

    parse_sql(lines[0], schema_from_sqlite(db))  # the printed SQL is valid for the database
    assert lines[1].startswith("-- ")
    if lines[0].startswith("SELECT count(*) FROM singer"):
        assert lines[2] == "2"


@pytest.mark.parametrize("case", ["missing", "not_sqlite", "empty_question"])
def test_ask_bad_input_is_one_line(model_file, tmp_path, capsys, case):
    db = tmp_path / "x.sqlite"
    question = "How many singers?"
    if case == "not_sqlite":
        db.write_text("hello")
    elif case == "empty_question":
        build_db(db)
        question = "   "
    assert main(["spider", "ask", "--db", str(db), "--checkpoint", str(model_file), question]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("deepfix: error:") and "\n" not in err


def test_eval_writes_predictions_and_metrics(model_file, spider_dir, tmp_path, capsys):
    out = tmp_path / "eval"
    assert main(["spider", "eval", "--checkpoint", str(model_file), "--data", str(spider_dir), "--limit", "4",
                 "--beam-size", "1", "--out", str(out), "--no-progress"]) == 0
    lines = (out / "predictions.sql").read_text().splitlines()
    metrics = json.loads((out / "metrics.json").read_text())
    assert len(lines) == 4 and metrics["n"] == 4 and metrics["beam_size"] == 1
    assert 0.0 <= metrics["exact_match"] <= 1.0 and set(metrics["per_difficulty"]) >= {"easy", "medium"}
    assert metrics["exact_match"] >= 0.25  # the first example (count of singers) was trained on


def test_configs_load():
    from deepfix.tasks.spider.text2sql import load_config

    paper = load_config(REPO / "configs" / "spider_paper.yaml")
    stack = paper.model.stack
    assert (stack.num_layers, stack.d_model, stack.n_heads, stack.d_ff) == (24, 256, 8, 1024)
    assert paper.train.batch_size == 16 and paper.model.init == "dt_fixup" and paper.train.warmup_steps == 0
    cpu = load_config(REPO / "configs" / "spider_cpu.yaml", ["train.max_steps=7", "train.lr=5e-4"])
    assert cpu.train.max_steps == 7 and cpu.train.lr == 5e-4  # YAML 1.1 reads "5e-4" as text
    with pytest.raises(DeepfixError, match="train.max_steps"):
        load_config(REPO / "configs" / "spider_cpu.yaml", ["train.max_steps=many"])


def test_config_errors_are_one_line(tmp_path):
    from deepfix.tasks.spider.text2sql import load_config

    bad = tmp_path / "bad.yaml"
    bad.write_text("train: {run_dir: x}\nmodel: {layerz: 3}\n")
    with pytest.raises(DeepfixError, match="model.layerz"):
        load_config(bad)


def test_train_then_eval_the_run_directory(spider_dir, word_encoder_dir, data_config, tmp_path, capsys):
    config = tmp_path / "tiny.yaml"
    run_dir = tmp_path / "run"
    config.write_text(
        f"train: {{run_dir: {run_dir}, max_steps: 4, batch_size: 4, eval_every: 2, checkpoint_every: 2, length_bucketing: 2, "
        "progress: false, layer_stats_every: 2}\n"
        "model: {stack: {num_layers: 1, d_model: 32, n_heads: 4, d_ff: 64}, decoder: {hidden: 32, action_dim: 16, type_dim: 8, "
        "n_heads: 2, max_steps: 30}}\n"
        f"data: {{encoder: {word_encoder_dir}, cache_dir: {data_config.cache_dir}, max_tokens: 128, "
        "eval_limit: 2, holdout_fraction: 0.3}\n")
    assert main(["spider", "train", "--config", str(config), "--data", str(spider_dir)]) == 0
    assert (run_dir / "checkpoints" / "best.json").is_file()
    assert json.loads((run_dir / "init.json").read_text())["scheme"] == "dt_fixup"
    assert main(["spider", "train", "--config", str(config), "--data", str(spider_dir)]) == 2  # no clobbering
    out = tmp_path / "eval"
    assert main(["spider", "eval", "--checkpoint", str(run_dir), "--data", str(spider_dir), "--limit", "2",
                 "--beam-size", "1", "--out", str(out), "--no-progress"]) == 0
    assert len((out / "predictions.sql").read_text().splitlines()) == 2
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["checkpoint_step"] == 4 and 0.0 <= metrics["valid_sql"] <= 1.0  # the final checkpoint
    assert any(r["event"] == "layers" for r in map(json.loads, (run_dir / "metrics.jsonl").read_text().splitlines()))
    assert metrics["semantic_partial"] is None
    linked, log = tmp_path / "linked", tmp_path / "log.jsonl"  # test-time semantic links as partial matches
    assert main(["spider", "eval", "--checkpoint", str(run_dir), "--data", str(spider_dir), "--limit", "2",
                 "--beam-size", "1", "--out", str(linked), "--no-progress", "--semantic-partial", "-1.0",
                 "--log", str(log)]) == 0
    assert json.loads((linked / "metrics.json").read_text())["semantic_partial"] == -1.0
    assert json.loads(log.read_text())["semantic_partial"] == -1.0
    held = tmp_path / "held"
    assert main(["spider", "eval", "--checkpoint", str(run_dir), "--data", str(spider_dir), "--split", "holdout",
                 "--beam-size", "1", "--out", str(held), "--no-progress"]) == 0
    from deepfix.tasks.spider.text2sql import held_out

    train = json.loads((spider_dir / "train_spider.json").read_text())
    expected = sum(held_out(e["db_id"], e["question"], 0.3) for e in train)
    assert 0 < expected < len(train)
    assert json.loads((held / "metrics.json").read_text())["n"] == expected
    exported = tmp_path / "model.safetensors"
    assert main(["spider", "export", "--checkpoint", str(run_dir), "--out", str(exported)]) == 0
    from deepfix.tasks.spider.text2sql import load_model

    from_run, from_file = load_model(run_dir)[0].state_dict(), load_model(exported)[0].state_dict()
    assert from_run.keys() == from_file.keys() and all(from_run[k].equal(from_file[k]) for k in from_run)


def test_eval_of_a_run_without_checkpoints_names_the_run(tmp_path, capsys):
    """A run that diverged at its first step has a config and a summary but no checkpoint."""
    run = tmp_path / "diverged"
    run.mkdir()
    (run / "config.yaml").write_text("train:\n  run_dir: x\n")
    (run / "summary.json").write_text("{}")
    assert main(["spider", "eval", "--checkpoint", str(run)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{run}: the run has no checkpoint yet" in err


def test_eval_halting_needs_a_transformer_decoder(model_file, spider_dir, tmp_path, capsys):
    assert main(["spider", "eval", "--checkpoint", str(model_file), "--data", str(spider_dir), "--limit", "2",
                 "--halting", "confidence", "--out", str(tmp_path / "e"), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "need a transformer decoder" in err


def test_eval_of_the_average_of_a_run_that_kept_none_says_so(tmp_path, capsys):
    import torch

    from deepfix.train import checkpoint as ckpt

    run = tmp_path / "no_average"
    run.mkdir()
    (run / "config.yaml").write_text("train:\n  run_dir: x\nmodel:\n  decoder: {}\n")
    ckpt.save_checkpoint(run / "checkpoints", 2, torch.nn.Linear(2, 2), {"step": 2})
    assert main(["spider", "eval", "--checkpoint", str(run), "--weights", "ema"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no ema.safetensors (the run kept no average of its weights" in err
