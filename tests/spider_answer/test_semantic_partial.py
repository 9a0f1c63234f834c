"""Test-time semantic links stored in a model's config (``data.semantic_partial``): ask reads them as
partial name matches (relation vocabulary version 1) and shows them as semantic links."""

from __future__ import annotations

from dataclasses import replace

import pytest

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE
from deepfix.tasks.spider.text2sql.config import DataConfig


def test_the_setting_is_checked():
    with pytest.raises(DeepfixError, match="data.semantic_partial"):
        DataConfig(semantic_partial=1.5)
    with pytest.raises(DeepfixError, match="trained without semantic links"):
        DataConfig(semantic_links=True, semantic_threshold=0.5, semantic_partial=0.6)


def test_a_model_with_semantic_partial_answers_with_semantic_links(overfit, tmp_path):
    from deepfix.tasks.spider.answer import Answerer
    from deepfix.tasks.spider.text2sql import save_model

    model, _, task, _ = overfit
    plain, linked = tmp_path / "plain.safetensors", tmp_path / "linked.safetensors"
    save_model(plain, model, task.config, task.feature_size, {"step": 1})
    config = replace(task.config, data=replace(task.config.data, semantic_partial=-1.0))  # every eligible pair
    save_model(linked, model, config, task.feature_size, {"step": 1})
    question = "How many singers are there?"  # words the tiny encoder can read
    before = Answerer(plain, beam_size=1).ask(EXAMPLE_DATABASE, question)
    after = Answerer(linked, beam_size=1).ask(EXAMPLE_DATABASE, question)
    assert not any(link.strength == "semantic" for link in before.links)
    assert any(link.strength == "semantic" for link in after.links)
    assert after.sql  # the model (relation vocabulary version 1) read the partial-match relations

