"""The shipped-model plumbing: model card, `spider ask` defaults, the flagship demo questions."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

import deepfix
from deepfix.cli import main
from deepfix.tasks.spider import shipped_model
from deepfix.tasks.spider.demo_questions import DEMO_QUESTIONS, answer_demo_questions, run_demo_questions
from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE
from deepfix.tasks.spider.sql import parse_sql
from deepfix.tasks.spider.inputs.sqlite_schema import schema_from_sqlite

PACKAGE_MODELS = Path(deepfix.__file__).resolve().parent / "data" / "models"
PACKAGE_MODEL = PACKAGE_MODELS / "text2sql.safetensors"


@pytest.fixture(scope="module")
def tiny_model(overfit, tmp_path_factory):
    """The overfit tiny model (word encoder) as a model file."""
    from deepfix.tasks.spider.text2sql import save_model

    model, _, task, _ = overfit
    path = tmp_path_factory.mktemp("shipped") / "text2sql.safetensors"
    save_model(path, model, task.config, task.feature_size, {"step": 1})
    return path


@pytest.fixture
def shipped(tiny_model, monkeypatch):
    monkeypatch.setattr(shipped_model, "SHIPPED_MODEL", tiny_model)
    return tiny_model


def test_gold_sql_of_the_demo_questions_runs_on_the_example_database():
    from deepfix.tasks.spider.sql.execute import open_read_only, run_query

    schema = schema_from_sqlite(EXAMPLE_DATABASE)
    connection = open_read_only(EXAMPLE_DATABASE)
    try:
        for question in DEMO_QUESTIONS:
            parse_sql(question.gold_sql, schema)  # inside Spider's SQL subset, on this schema
            assert run_query(connection, question.gold_sql).rows, question.question
    finally:
        connection.close()
    assert 3 <= len(DEMO_QUESTIONS) <= 5


def test_ask_without_a_shipped_model_is_one_line(capsys):
    assert shipped_model.shipped_model() is None
    assert main(["spider", "ask", "--example", "How many artists are there?"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("deepfix: error:") and "\n" not in err and "--checkpoint" in err


def test_a_missing_mpnet_model_is_one_line_naming_its_file(capsys):
    assert shipped_model.shipped_model("mpnet") is None
    assert main(["spider", "ask", "--example", "--checkpoint", "mpnet", "How many artists are there?"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "text2sql-mpnet.safetensors" in err and "ships no trained model (mpnet)" in err


def test_the_mpnet_model_without_its_encoder_says_how_to_install_it(tiny_model, tmp_path, monkeypatch, capsys):
    models = tmp_path / "models"
    models.mkdir()
    (models / "text2sql-mpnet.safetensors").write_bytes(tiny_model.read_bytes())
    monkeypatch.setattr(shipped_model, "SHIPPED_MODEL", models / "text2sql.safetensors")
    monkeypatch.setenv("DEEPFIX_CACHE", str(tmp_path / "empty-cache"))  # no encoder installed there
    assert main(["spider", "ask", "--example", "--checkpoint", "MPNet", "How many artists are there?"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "deepfix encoders install" in err and "mpnet model needs its encoder" in err


def test_model_settings_resolve_names_before_paths(tiny_model, tmp_path, monkeypatch):
    models = tmp_path / "models"
    models.mkdir()
    (models / "text2sql.safetensors").write_bytes(tiny_model.read_bytes())
    (models / "text2sql-mpnet.safetensors").write_bytes(tiny_model.read_bytes())
    monkeypatch.setattr(shipped_model, "SHIPPED_MODEL", models / "text2sql.safetensors")
    cache = tmp_path / "cache"
    monkeypatch.setenv("DEEPFIX_CACHE", str(cache))
    (cache / "encoders" / "all-mpnet-base-v2").mkdir(parents=True)
    (cache / "encoders" / "all-mpnet-base-v2" / "config.json").write_text("{}")  # "installed" for the check
    assert shipped_model.resolve_model(None) == models / "text2sql.safetensors"
    assert shipped_model.resolve_model("minilm") == models / "text2sql.safetensors"
    assert shipped_model.resolve_model("mpnet") == models / "text2sql-mpnet.safetensors"
    assert shipped_model.resolve_model("./mpnet") == Path("mpnet")  # a directory named like a model
    assert shipped_model.resolve_model(str(tiny_model)) == tiny_model


def test_ask_uses_the_shipped_model_and_the_example_database(shipped, capsys):
    assert main(["spider", "ask", "--example", "--beam-size", "2", "How many artists are there?"]) == 0
    lines = capsys.readouterr().out.splitlines()
    parse_sql(lines[0], schema_from_sqlite(EXAMPLE_DATABASE))  # valid SQL for the example database
    assert lines[1].startswith("-- ")


def test_ask_needs_a_database():
    with pytest.raises(SystemExit):
        main(["spider", "ask", "How many artists are there?"])


def test_demo_questions_end_to_end(tiny_model, capsys):
    answers = answer_demo_questions(tiny_model, beam_size=1)
    assert [a.question for a in answers] == list(DEMO_QUESTIONS)
    schema = schema_from_sqlite(EXAMPLE_DATABASE)
    for answer in answers:
        parse_sql(answer.sql, schema)
    right = run_demo_questions(tiny_model, beam_size=1)
    out = capsys.readouterr().out
    assert right == sum(a.right for a in answers)
    assert f"right by execution match: {right} of {len(DEMO_QUESTIONS)}" in out
    assert all(q.question in out for q in DEMO_QUESTIONS)


def test_demo_ends_with_the_shipped_model_questions(shipped, tmp_path, tiny_encoder_dir, capsys):
    assert main(["demo", "--steps", "2", "--layers", "1", "--run-dir", str(tmp_path / "demo"),
                 f"task.encoder={tiny_encoder_dir}", f"task.cache_dir={tmp_path / 'cache'}",
                 "task.model.stack.d_model=32", "task.model.stack.d_ff=64", "train.progress=false"]) == 0
    out = capsys.readouterr().out
    assert "dev exact" in out and f"of {len(DEMO_QUESTIONS)} (gold SQL" in out


# -- the shipped model itself, once the maintainer has dropped it in --------------------------

@pytest.mark.parametrize("name", sorted(shipped_model.SHIPPED_NAMES))
def test_the_shipped_models_load_and_match_their_cards(name):
    from deepfix.tasks.spider.model_card import card_path
    from deepfix.tasks.spider.text2sql import load_model

    path = PACKAGE_MODELS / shipped_model.SHIPPED_NAMES[name]
    if not path.is_file():
        pytest.skip(f"no {name} model shipped in deepfix/data/models/ yet")
    card = json.loads(card_path(path).read_text())
    assert card["model_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    _, config, blob = load_model(path)
    assert blob.get("step") == card["checkpoint_step"] and card["evaluation"]["split"] == "dev"
    assert (config.data.encoder or "minilm") == name  # the file a name picks holds a model of that encoder
