"""The library call: ``from deepfix import Text2SQL``, load once, ask a database."""

from __future__ import annotations

import subprocess
import sys

import pytest

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE
from tests.helpers.fixture_model import fixture_model_file


def test_load_and_ask_returns_what_serve_renders(tmp_path):
    from deepfix import Text2SQL

    model = Text2SQL.load(fixture_model_file(tmp_path), beam_size=2)
    answer = model.ask(EXAMPLE_DATABASE, "How many artists are there?")
    assert answer.sql == "SELECT count(*) FROM artist AS T1" and answer.rows and answer.candidates
    assert answer.as_dict()["sql"] == answer.sql
    with pytest.raises(DeepfixError, match="question is empty"):
        model.ask(EXAMPLE_DATABASE, "   ")


def test_without_a_shipped_model_load_says_what_to_do():
    from deepfix import Text2SQL

    with pytest.raises(DeepfixError, match="ships no trained model"):
        Text2SQL.load()  # the tests point the shipped-model path at a missing file


def test_importing_deepfix_loads_no_torch():
    code = "import deepfix, sys; print('torch' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
