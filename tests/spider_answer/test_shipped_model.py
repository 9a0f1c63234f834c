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

PACKAGE_MODEL = Path(deepfix.__file__).resolve().parent / "data" / "models" / "text2sql.safetensors"


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

@pytest.mark.skipif(not PACKAGE_MODEL.is_file(), reason="no model shipped in deepfix/data/models/ yet")
def test_the_shipped_model_loads_and_matches_its_card():
    from deepfix.tasks.spider.model_card import card_path
    from deepfix.tasks.spider.text2sql import load_model

    card = json.loads(card_path(PACKAGE_MODEL).read_text())
    assert card["model_sha256"] == hashlib.sha256(PACKAGE_MODEL.read_bytes()).hexdigest()
    _, _, blob = load_model(PACKAGE_MODEL)
    assert blob.get("step") == card["checkpoint_step"] and card["evaluation"]["split"] == "dev"
