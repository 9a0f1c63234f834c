"""The cross-database selection split: the committed list, its definition, training and scoring on it."""

from __future__ import annotations

import copy
import hashlib
import json
import os
from pathlib import Path

import pytest

from deepfix.cli import main
from deepfix.errors import DeepfixError
from deepfix.tasks.spider.holdout_databases import (HOLDOUT_DATABASES_FILE, HOLDOUT_DB_COUNT,
                                                    compute_holdout_databases, load_holdout_databases)

REPO = Path(__file__).resolve().parents[2]
COMMITTED = load_holdout_databases()
#: Two of the committed held-out databases and one that is trained on, all copies of concert_singer.
HELD, KEPT = COMMITTED[:2], "concert_singer"


def real_spider_dir() -> Path | None:
    for candidate in (os.environ.get("DEEPFIX_SPIDER_DATA"), REPO.parent / "shared" / "data" / "spider"):
        if candidate and (Path(candidate) / "train_spider.json").is_file():
            return Path(candidate)
    return None


def test_recomputing_from_a_small_train_file_follows_the_definition(tmp_path):
    records = [{"db_id": f"db_{i:02d}", "question": f"q{j}"} for i in range(20) for j in range(i % 3 + 1)]
    train = tmp_path / "train_spider.json"
    train.write_text(json.dumps(records))
    result = compute_holdout_databases(train)
    by_digest = sorted({r["db_id"] for r in records},
                       key=lambda d: hashlib.sha256(("deepfix-db-holdout:" + d).encode()).hexdigest())
    assert [d["db_id"] for d in result["databases"]] == by_digest[:HOLDOUT_DB_COUNT]
    assert all(d["examples"] == int(d["db_id"][3:]) % 3 + 1 for d in result["databases"])
    assert result["held_out_examples"] == sum(d["examples"] for d in result["databases"])
    assert result["source"] == {"file": "train_spider.json", "examples": len(records), "databases": 20}
    assert result["salt"] == "deepfix-db-holdout" and result["count"] == HOLDOUT_DB_COUNT == 14


def test_bad_train_files_are_one_line_errors(tmp_path):
    few = tmp_path / "few.json"
    few.write_text(json.dumps([{"db_id": f"db_{i}"} for i in range(14)]))
    with pytest.raises(DeepfixError, match="14 databases; holding out 14 would leave none"):
        compute_holdout_databases(few)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"db_id": "a"}, {"question": "no database"}]))
    with pytest.raises(DeepfixError, match=r"bad.json, record 1, field 'db_id'"):
        compute_holdout_databases(bad)


def test_the_committed_list_is_the_definition_over_spiders_train_file():
    root = real_spider_dir()
    if root is None:
        pytest.skip("Spider's train_spider.json not available (set DEEPFIX_SPIDER_DATA)")
    committed = json.loads(HOLDOUT_DATABASES_FILE.read_text(encoding="utf-8"))
    assert committed == compute_holdout_databases(root / "train_spider.json")
    assert len(COMMITTED) == 14 and KEPT not in COMMITTED


@pytest.fixture(scope="module")
def multi_spider_dir(spider_dir, tmp_path_factory):
    """The concert_singer fixture copied under two held-out db_ids: 3 databases, 135 training questions."""
    root = tmp_path_factory.mktemp("multi_spider")
    tables = json.loads((spider_dir / "tables.json").read_text())
    source = next(t for t in tables if t["db_id"] == KEPT)
    tables += [dict(copy.deepcopy(source), db_id=db_id) for db_id in HELD]
    (root / "tables.json").write_text(json.dumps(tables))
    (root / "dev.json").write_text((spider_dir / "dev.json").read_text())
    train = json.loads((spider_dir / "train_spider.json").read_text())
    (root / "train_spider.json").write_text(json.dumps(
        train + [dict(e, db_id=db_id) for db_id in HELD for e in train]))
    return root


@pytest.fixture(scope="module")
def multi_examples(multi_spider_dir, data_config):
    from dataclasses import replace

    from deepfix.tasks.spider.text2sql import load_examples

    out, _ = load_examples(replace(data_config, data=str(multi_spider_dir)), ("train",), progress=False)
    return out["train"]


def test_the_database_split_holds_out_whole_databases_interleaved(multi_examples):
    from deepfix.tasks.spider.text2sql import DataConfig, split_holdout, split_selection

    train, held = split_selection(multi_examples, DataConfig(holdout="databases"))
    assert {e.db["db_id"] for e in train} == {KEPT} and {e.db["db_id"] for e in held} == set(HELD)
    assert len(train) + len(held) == len(multi_examples) and len(held) == 2 * len(train)
    assert [e.db["db_id"] for e in held[:4]] == [HELD[0], HELD[1], HELD[0], HELD[1]]  # a prefix covers both
    assert [e.index for e in held if e.db["db_id"] == HELD[0]] == sorted(e.index for e in held
                                                                          if e.db["db_id"] == HELD[0])
    # the default stays the in-domain question split, example for example
    assert split_selection(multi_examples, DataConfig(holdout_fraction=0.3)) == split_holdout(multi_examples, 0.3)
    assert DataConfig().holdout == "questions"
    with pytest.raises(DeepfixError, match="data.holdout: expected one of questions, databases, got 'tables'"):
        DataConfig(holdout="tables")


def test_train_without_the_held_out_databases_then_score_them(multi_spider_dir, word_encoder_dir, data_config,
                                                             tmp_path, capsys):
    config = tmp_path / "tiny.yaml"
    run_dir = tmp_path / "run"
    config.write_text(
        f"train: {{run_dir: {run_dir}, max_steps: 2, batch_size: 4, eval_every: 2, checkpoint_every: 2, "
        "progress: false}\n"
        "model: {stack: {num_layers: 1, d_model: 32, n_heads: 4, d_ff: 64}, decoder: {hidden: 32, action_dim: 16, "
        "type_dim: 8, n_heads: 2, max_steps: 30}}\n"
        f"data: {{encoder: {word_encoder_dir}, cache_dir: {data_config.cache_dir}, max_tokens: 128, eval_limit: 0}}\n")
    assert main(["spider", "train", "--config", str(config), "--data", str(multi_spider_dir),
                 "--set", "data.holdout=databases"]) == 0
    printed = json.loads(capsys.readouterr().out.splitlines()[0])
    # training keeps the questions with usable gold actions: the same number in each copy of the database
    assert printed["holdout"] == "databases" and 0 < printed["train"] <= 45 and printed["held_out"] == 2 * printed["train"]
    evals = [r for r in map(json.loads, (run_dir / "metrics.jsonl").read_text().splitlines()) if r["event"] == "eval"]
    assert evals and evals[-1]["valid_n"] == printed["held_out"]  # every one of them, as eval_limit is 0

    log = tmp_path / "results" / "dev_log.jsonl"
    for split in ("holdout-db", "holdout"):  # for this run both are the two held-out databases
        out = tmp_path / f"eval-{split}"
        assert main(["spider", "eval", "--checkpoint", str(run_dir), "--data", str(multi_spider_dir), "--split", split,
                     "--beam-size", "1", "--out", str(out), "--no-progress", "--log", str(log)]) == 0
        assert json.loads((out / "metrics.json").read_text())["n"] == 90  # scoring keeps every question
        assert len((out / "predictions.sql").read_text().splitlines()) == 90
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert [line["split"] for line in lines] == ["holdout-db", "holdout"]  # appended, one line per scoring
    assert all(line["n"] == 90 and line["beam_size"] == 1 and line["checkpoint_step"] == 2
               and line["holdout"] == "databases" and 0.0 <= line["exact_match"] <= 1.0 for line in lines)
    assert lines[0]["exact_match"] == lines[1]["exact_match"]
    assert "not cross-database" not in capsys.readouterr().err


def test_holdout_db_of_an_in_domain_model_says_it_is_not_cross_database(model_file_multi, multi_spider_dir,
                                                                        tmp_path, capsys):
    out = tmp_path / "eval"
    assert main(["spider", "eval", "--checkpoint", str(model_file_multi), "--data", str(multi_spider_dir),
                 "--split", "holdout-db", "--beam-size", "1", "--limit", "3", "--out", str(out),
                 "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "data.holdout=questions" in err and "not cross-database" in err
    assert json.loads((out / "metrics.json").read_text())["n"] == 3


def test_log_naming_a_directory_is_a_one_line_error(model_file_multi, multi_spider_dir, tmp_path, capsys):
    assert main(["spider", "eval", "--checkpoint", str(model_file_multi), "--data", str(multi_spider_dir),
                 "--log", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--log names a directory" in err


@pytest.fixture(scope="module")
def model_file_multi(examples, tiny_config, tmp_path_factory):
    """An untrained tiny model of a run with the default in-domain split (data.holdout=questions)."""
    from deepfix.tasks.spider.text2sql import Text2SQLTask, save_model

    task = Text2SQLTask(tiny_config(), examples["train"], examples["dev"])
    path = tmp_path_factory.mktemp("model") / "model-best.safetensors"
    save_model(path, task.build_model(), task.config, task.feature_size, {"step": 1})
    return path
