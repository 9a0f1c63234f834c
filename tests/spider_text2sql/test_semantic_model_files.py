"""Model files and the relation vocabulary: old files load and answer as before, new ones record their version."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file, safe_open, save_file

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.inputs.relations import num_relations
from deepfix.tasks.spider.text2sql import DataConfig, Text2SQLModel, load_model, save_model
from deepfix.tasks.spider.text2sql.config import config_from_dict
from tests.helpers.fixture_model import FIXTURE_MODEL, fixture_model_file


def relation_rows(model) -> set[int]:
    return {tuple(t.shape)[0] for k, t in model.state_dict().items() if k.endswith("relation_key.weight")}


def metadata_of(path: Path) -> dict:
    with safe_open(str(path), framework="pt") as handle:
        return dict(handle.metadata())


def rewrite(path: Path, target: Path, config: dict | None = None, relations=None, drop_relations=False) -> Path:
    """A copy of the model file ``path`` with its config and/or relations record replaced."""
    metadata = metadata_of(path)
    if config is not None:
        metadata["config"] = json.dumps(config)
    if relations is not None:
        metadata["relations"] = json.dumps(relations)
    if drop_relations:
        metadata.pop("relations", None)
    save_file(load_file(str(path)), str(target), metadata=metadata)
    return target


def test_data_config_semantic_settings():
    assert DataConfig().relation_version == 1 and not DataConfig().semantic_links
    assert DataConfig(semantic_links=True, semantic_threshold=0.6).relation_version == 2
    for bad in (dict(semantic_links=True), dict(semantic_threshold=1.5)):
        with pytest.raises(DeepfixError) as error:
            DataConfig(**bad)
        assert "\n" not in str(error.value) and "data.semantic" in str(error.value)
    config = config_from_dict({"train": {"run_dir": "x"}, "data": {"semantic_links": True, "semantic_threshold": 0.7}})
    assert config.data.relation_version == 2 and config.data.semantic_threshold == 0.7


def test_old_fixture_model_loads_with_version_1_and_answers_as_before(tmp_path):
    from deepfix.tasks.spider.answer import Answerer
    from deepfix.tasks.spider.demo_questions import DEMO_QUESTIONS
    from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE

    assert "relations" not in metadata_of(FIXTURE_MODEL / "text2sql.safetensors")  # made before the record
    model, config, _ = load_model(FIXTURE_MODEL / "text2sql.safetensors")
    assert model.relation_version == 1 and not config.data.semantic_links
    assert relation_rows(model) == {num_relations(1)}
    path = fixture_model_file(tmp_path)  # re-saved now: records version 1
    assert json.loads(metadata_of(path)["relations"]) == {"version": 1, "count": num_relations(1)}
    answerer = Answerer(path, beam_size=2)
    assert answerer.semantic is None
    expected = json.loads((FIXTURE_MODEL / "answers_before_semantic_links.json").read_text())["answers"]
    assert [e["question"] for e in expected] == [q.question for q in DEMO_QUESTIONS]
    for before in expected:
        answer = answerer.ask(EXAMPLE_DATABASE, before["question"])
        assert answer.sql == before["sql"] and answer.total_rows == before["rows"]
        assert [c.sql for c in answer.candidates] == [sql for sql, _ in before["candidates"]]
        assert [c.score for c in answer.candidates] == pytest.approx([s for _, s in before["candidates"]], abs=2e-3)
        assert [[x.word, x.kind, x.item, x.strength] for x in answer.links] == before["links"]


@pytest.fixture(scope="module")
def new_model(tiny_config, tmp_path_factory):
    """A tiny model (untrained) of relation vocabulary version 2, saved as a model file."""
    config = tiny_config()
    config.data = dataclasses.replace(config.data, semantic_links=True, semantic_threshold=0.9)
    torch.manual_seed(0)
    model = Text2SQLModel(config.model, 32, relation_version=config.data.relation_version)
    path = tmp_path_factory.mktemp("v2") / "text2sql.safetensors"
    save_model(path, model, config, 32, {"step": 0})
    return path, model, config


def test_new_model_file_records_its_version(new_model):
    path, model, _ = new_model
    assert relation_rows(model) == {num_relations(2)}
    assert json.loads(metadata_of(path)["relations"]) == {"version": 2, "count": num_relations(2)}
    loaded, config, _ = load_model(path)
    assert loaded.relation_version == 2 and config.data.semantic_links and config.data.semantic_threshold == 0.9
    assert relation_rows(loaded) == {num_relations(2)}


def one_line_error(path: Path) -> str:
    with pytest.raises(DeepfixError) as error:
        load_model(path)
    message = str(error.value)
    assert "\n" not in message and str(path) in message
    return message


def test_a_vocabulary_mismatch_is_a_one_line_error(new_model, tmp_path):
    path, model, config = new_model
    raw = json.loads(metadata_of(path)["config"])
    assert "version 3" in one_line_error(rewrite(path, tmp_path / "newer.safetensors", relations={"version": 3, "count": 50}))
    assert "relation vocabulary version 2 recorded" in one_line_error(rewrite(
        path, tmp_path / "config_off.safetensors", config={**raw, "data": {**raw["data"], "semantic_links": False}}))
    message = one_line_error(rewrite(path, tmp_path / "no_record.safetensors", drop_relations=True,
                                     config={**raw, "data": {**raw["data"], "semantic_links": False}}))
    assert f"hold {num_relations(2)} relation types" in message
    assert "not a readable" in one_line_error(rewrite(path, tmp_path / "bad.safetensors", relations=["x"]))
    with pytest.raises(DeepfixError) as error:  # saving with a config that builds the other version
        save_model(tmp_path / "x.safetensors", model, dataclasses.replace(config, data=DataConfig()), 32)
    assert "\n" not in str(error.value) and not (tmp_path / "x.safetensors").exists()


def test_the_answerer_links_semantically_for_a_version_2_model(tmp_path, tiny_config):
    """A version-2 model answers with semantic links shown; the encoder makes 'held' ~ 'festival'."""
    from transformers import BertModel

    from deepfix.tasks.spider.answer import Answerer
    from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE

    encoder = tmp_path / "encoder"
    shutil.copytree(FIXTURE_MODEL / "encoder", encoder)
    bert = BertModel.from_pretrained(str(encoder))
    vocab = json.loads((encoder / "tokenizer.json").read_text())["model"]["vocab"]
    with torch.no_grad():
        table = bert.embeddings.word_embeddings.weight
        table[vocab["held"]] = table[vocab["festival"]] + 1e-3 * torch.randn(table.shape[1], generator=torch.Generator().manual_seed(0))
    bert.save_pretrained(str(encoder))
    config = tiny_config()
    config.data = DataConfig(encoder=str(encoder), max_tokens=128, semantic_links=True, semantic_threshold=0.99)
    torch.manual_seed(0)
    model = Text2SQLModel(config.model, 32, relation_version=2)
    save_model(tmp_path / "m.safetensors", model, config, 32)
    answerer = Answerer(tmp_path / "m.safetensors", beam_size=1)
    answer = answerer.ask(EXAMPLE_DATABASE, "How many were held in 2024?")
    semantic = [(x.word, x.kind, x.item) for x in answer.links if x.strength == "semantic"]
    assert (3, "table", "festival") in semantic
    assert all(answer.words[w] == "held" for w, _, _ in semantic)
    assert answer.as_dict()["links"][-1]["strength"] in ("exact", "partial", "semantic")
