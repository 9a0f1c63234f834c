"""Semantic schema linking (relation vocabulary version 2) on hand-made cases with a tiny BERT.

The tiny encoder's input embedding of "vocalist" is the one of "singer" plus 1e-3 noise, and "epoch"
the one of "year": alone in a sequence each pair gives nearly the same pooled output (cosine > 0.99),
so those pairs link at any threshold below that. "gig" is "concert" mixed with noise: a pair in between.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.inputs.linking import EXACT, SchemaNameIndex, name_matches
from deepfix.tasks.spider.inputs.relations import (NUM_RELATIONS, RELATION_IDS as R, RELATIONS, SEMANTIC_RELATIONS,
                                                     VOCABULARIES, example_relations, num_relations, schema_relations)
from deepfix.tasks.spider.inputs.semantic import SemanticLinker, eligible

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "*", "all", "?", ".", ",", "how", "many",
         "singer", "##s", "are", "older", "than", "30", "id", "name", "age", "concert", "year",
         "stadium", "best", "text", "number", "list", "the", "of", "who", "sang", "vocalist", "epoch", "gig", "in"]
ROOT = Path(__file__).resolve().parents[2]


def make_twin_encoder(directory: Path) -> Path:
    from transformers import BertConfig, BertModel, BertTokenizer

    tokenizer = BertTokenizer(vocab={w: i for i, w in enumerate(VOCAB)}, do_lower_case=True)
    torch.manual_seed(0)
    model = BertModel(BertConfig(vocab_size=len(VOCAB), hidden_size=32, num_hidden_layers=1,
                                 num_attention_heads=2, intermediate_size=64, max_position_embeddings=128))
    with torch.no_grad():
        table = model.embeddings.word_embeddings.weight
        table.normal_(0.0, 1.0)
        ids = {w: i for i, w in enumerate(VOCAB)}
        table[ids["vocalist"]] = table[ids["singer"]] + 1e-3 * torch.randn(32)
        table[ids["epoch"]] = table[ids["year"]] + 1e-3 * torch.randn(32)
        table[ids["gig"]] = 0.8 * table[ids["concert"]] + 0.6 * torch.randn(32)
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


@pytest.fixture(scope="module")
def twin_dir(tmp_path_factory):
    return make_twin_encoder(tmp_path_factory.mktemp("twin_encoder"))


@pytest.fixture(scope="module")
def linker_for(twin_dir):
    from deepfix.tasks.spider.inputs.pipeline import load_encoder

    model, tokenizer = load_encoder(twin_dir)
    return lambda threshold: SemanticLinker(model, tokenizer, threshold)


def links(linker, words, schema, value_qc=None):
    qc, qt = name_matches(words, SchemaNameIndex.build(schema))
    sem_qc, sem_qt = linker.matches(words, schema, qc, qt, value_qc)
    rel = example_relations(len(words), schema_relations(schema), qc, qt, value_qc, sem_qc, sem_qt)
    return sem_qc, sem_qt, rel


def test_vocabulary_versions_only_append():
    assert VOCABULARIES[1] == RELATIONS and NUM_RELATIONS == num_relations(1) == 40
    assert VOCABULARIES[2] == RELATIONS + SEMANTIC_RELATIONS and num_relations(2) == 44
    assert all(R[name] == i for i, (name, _) in enumerate(VOCABULARIES[2]))  # v1 ids unchanged in v2
    with pytest.raises(DeepfixError) as error:
        num_relations(3)
    assert "\n" not in str(error.value) and "version 3" in str(error.value)


def test_eligible_words():
    assert eligible("vocalist") and eligible("Singers")
    assert not any(eligible(w) for w in ("the", "How", "30", "?", "a", "x1"))


def test_close_pairs_get_the_semantic_relation(shop_schema, linker_for):
    linker = linker_for(0.95)
    words = ["how", "many", "vocalist", "in", "epoch", "30", "?"]
    q, C = len(words), shop_schema.num_columns
    sim_qc, sim_qt = linker.similarities(words, shop_schema)
    assert sim_qt[2, 0] > 0.99 and sim_qc[4, 6] > 0.99  # vocalist ~ table singer, epoch ~ column year
    sem_qc, sem_qt, rel = links(linker, words, shop_schema)
    assert sem_qt[2, 0] and sem_qc[4, 6]
    assert rel[2, q + C + 0] == R["qt_semantic"] and rel[q + C + 0, 2] == R["tq_semantic"]
    assert rel[4, q + 6] == R["qc_semantic"] and rel[q + 6, 4] == R["cq_semantic"]
    assert not sem_qc[:, 0].any()  # '*' is never linked
    assert not sem_qc[[0, 1, 3, 5, 6]].any() and not sem_qt[[0, 1, 3, 5, 6]].any()  # stop words, number, '?'
    # exactly the semantic pairs got semantic ids, everything else is version 1's
    qc, qt = name_matches(words, SchemaNameIndex.build(shop_schema))
    plain = example_relations(q, schema_relations(shop_schema), qc, qt)
    changed = rel != plain
    assert changed.sum() == 2 * (sem_qc.sum() + sem_qt.sum())


def test_below_the_threshold_no_link(shop_schema, linker_for):
    linker = linker_for(0.5)
    words = ["list", "every", "gig"]
    _, sim_qt = linker.similarities(words, shop_schema)
    s = float(sim_qt[2, 1])  # gig ~ table concert, in between
    assert 0.2 < s < 0.95
    qc, qt = name_matches(words, SchemaNameIndex.build(shop_schema))
    assert linker.matches(words, shop_schema, qc, qt, threshold=s - 1e-3)[1][2, 1]
    assert not linker.matches(words, shop_schema, qc, qt, threshold=s + 1e-3)[1][2, 1]
    assert not linker_for(s + 1e-3).matches(words, shop_schema, qc, qt)[1][2, 1]


def test_a_string_match_keeps_its_relation(shop_schema, linker_for):
    linker = linker_for(-1.0)  # every readable pair passes the threshold
    words = ["singer", "vocalist", "best", "concert"]
    q, C = len(words), shop_schema.num_columns
    value_qc = np.zeros((q, C), np.uint8)
    value_qc[1, 2] = EXACT  # "vocalist" is a stored cell of column name
    sem_qc, sem_qt, rel = links(linker, words, shop_schema, value_qc)
    t = q + C
    assert rel[0, t + 0] == R["qt_name_exact"] and not sem_qt[0, 0]  # singer = table singer
    assert rel[0, q + 8] == R["qc_name_partial"] and not sem_qc[0, 8]  # singer inside "best singer"
    assert rel[2, q + 8] == R["qc_name_partial"]  # best inside "best singer"
    assert rel[3, t + 1] == R["qt_name_exact"]
    assert rel[1, q + 2] == R["qc_value_exact"] and not sem_qc[1, 2]
    assert rel[1, t + 0] == R["qt_semantic"]  # vocalist - singer: no string match, semantic
    assert rel[1, q + 0] == R["qc_none"]  # '*'
    # example_relations itself never puts a semantic id over a string match
    qc, qt = name_matches(words, SchemaNameIndex.build(shop_schema))
    everything = example_relations(q, schema_relations(shop_schema), qc, qt, value_qc,
                                   np.ones((q, C), bool), np.ones((q, shop_schema.num_tables), bool))
    assert everything[0, t + 0] == R["qt_name_exact"] and everything[1, q + 2] == R["qc_value_exact"]
    assert everything[0, q + 8] == R["qc_name_partial"] and everything[q + 8, 0] == R["cq_name_partial"]


#: sha256 of the relation matrices of the 45 concert_singer fixture questions (tests/fixtures/spider), laid out by
#: the serve fixture's tokenizer without value matching, computed with the code before semantic linking existed.
RELATIONS_BEFORE = "29cca32e1485a26ca6b73a87170b5f9b0c036da3daf508f680900ea1e724c0fa"


def test_semantic_links_off_is_bit_identical_to_before(tmp_path):
    from deepfix.tasks.spider.inputs.data import load_spider
    from deepfix.tasks.spider.inputs.layout import LayoutBuilder
    from deepfix.tasks.spider.inputs.pipeline import load_tokenizer
    from deepfix.tasks.spider.inputs.preprocess import Preprocessor

    shutil.copy(ROOT / "tests/fixtures/spider/tables.json", tmp_path / "tables.json")
    dev = json.loads((ROOT / "tests/fixtures/spider/dev.json").read_text())
    (tmp_path / "dev.json").write_text(json.dumps(dev))
    (tmp_path / "train_spider.json").write_text(json.dumps(dev[:1]))
    spider = load_spider(tmp_path, ("dev",))
    pre = Preprocessor(spider.schemas, LayoutBuilder(load_tokenizer(ROOT / "tests/fixtures/serve_model/encoder")),
                       None, parse=False)
    prepared = pre.run(spider.dev, progress=False)
    digest = hashlib.sha256()
    for p in prepared:
        digest.update(np.ascontiguousarray(p.relations).tobytes())
        assert p.semantic is None
    assert digest.hexdigest() == RELATIONS_BEFORE
    assert "semantic_links" not in pre.stats.as_dict()


def test_prepare_with_semantic_links_shares_the_feature_cache(make_spider, records, twin_dir, tmp_path):
    from deepfix.tasks.spider.inputs.pipeline import encode_splits, prepare_splits

    records["dev"][0]["question"] = "How many vocalist are older than 30?"
    data = make_spider(**records)
    cache = tmp_path / "cache"
    off = prepare_splits(str(data), ("dev",), str(twin_dir), cache_dir=cache, max_tokens=128, progress=False)
    on = prepare_splits(str(data), ("dev",), str(twin_dir), cache_dir=cache, max_tokens=128, progress=False,
                        semantic_threshold=0.95)
    assert off.layout_config == on.layout_config
    assert "semantic_links" not in off.stats["dev"]
    assert on.stats["dev"]["semantic_links"] >= 1 and on.stats["dev"]["semantic_words"] == 1
    rel_off, rel_on = off.splits["dev"][0].relations, on.splits["dev"][0].relations
    assert (rel_off != rel_on).any() and rel_on.max() >= R["qc_semantic"] and rel_off.max() < NUM_RELATIONS
    # the encoder vectors do not depend on the relations: one cache file serves both
    _, first = encode_splits(off, str(twin_dir), cache, progress=False)
    _, second = encode_splits(on, str(twin_dir), cache, progress=False)
    assert not first["dev"]["hit"] and second["dev"]["hit"] and first["dev"]["path"] == second["dev"]["path"]


def test_semantic_links_as_partial_matches_stay_in_version_1(make_spider, records, twin_dir, linker_for):
    """Test time, for a model trained without semantic links: a semantic pair is written as a partial
    name match (version 1's id), every other relation is exactly as with linking off."""
    from deepfix.tasks.spider.inputs.data import load_spider
    from deepfix.tasks.spider.inputs.layout import LayoutBuilder
    from deepfix.tasks.spider.inputs.pipeline import load_tokenizer
    from deepfix.tasks.spider.inputs.preprocess import Preprocessor

    records["dev"][0]["question"] = "How many vocalist are older than 30?"
    spider = load_spider(make_spider(**records), ("dev",))
    builder = LayoutBuilder(load_tokenizer(twin_dir), max_tokens=128)
    example = spider.dev[0]
    off = Preprocessor(spider.schemas, builder, parse=False)(example)
    partial = Preprocessor(spider.schemas, builder, parse=False, semantic=linker_for(0.95),
                           semantic_as_partial=True)(example)
    assert partial.relations.max() < NUM_RELATIONS  # no version-2 id
    changed = np.argwhere(partial.relations != off.relations)
    q = len(example.question_words)
    vocalist = example.question_words.index("vocalist")
    assert len(changed) == 2  # vocalist -> table singer and back
    (i, j), (k, l) = sorted(map(tuple, changed))
    assert i == vocalist and partial.relations[i, j] == R["qt_name_partial"] and j >= q
    assert l == vocalist and partial.relations[k, l] == R["tq_name_partial"]


def test_threshold_is_checked():
    with pytest.raises(DeepfixError):
        SemanticLinker(None, None, 1.5)


def test_threshold_report_on_the_fixture(make_spider, records, twin_dir, tmp_path, capsys):
    """benchmarks/semantic_link_thresholds.py on the hand-made 'shop' database (real data is not read here)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("semantic_link_thresholds",
                                                  ROOT / "benchmarks" / "semantic_link_thresholds.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    records["train"] = [{"db_id": "shop", "question": "List the ages of every vocalist.", "query": "SELECT age FROM singer"},
                        {"db_id": "shop", "question": "Which gig was in the epoch 30?",
                         "query": "SELECT concert_id FROM concert WHERE year = 30"}]
    data = make_spider(**records)
    paraphrases = tmp_path / "paraphrases.json"
    paraphrases.write_text(json.dumps({"paraphrases": [
        {"db_id": "shop", "question": "List the ages of every singer.", "paraphrase": "List the ages of every vocalist.",
         "query": "SELECT age FROM singer"}]}))
    report = script.main(["--data", str(data), "--encoder", str(twin_dir), "--db-ids", "shop", "--no-values",
                          "--thresholds", "0.95", "-1", "--paraphrases", str(paraphrases), "--out", str(tmp_path / "r.json")])
    assert json.loads((tmp_path / "r.json").read_text()) == report
    assert report["examples"] == 2 and report["unparsed"] == 0 and report["databases"] == ["shop"]
    high, everything = report["thresholds"]
    # 0.95: vocalist -> singer (table, used) and epoch -> year (column, used); both right
    assert high["linked_words"] == 2 and high["links"] == 2 and high["link_precision"] == 1.0
    assert high["recovered"] == 2 and high["gold_items_unlinked"] == 4  # singer, year; concert, concert id: none
    assert everything["links"] > high["links"] and everything["link_precision"] < 1.0
    assert everything["linked_words"] == everything["eligible_words"]
    para = report["paraphrases"]["thresholds"][0]
    assert para["original"] == {"gold_items": 2, "by_string": 2, "added_by_semantic": 0}
    assert para["paraphrase"] == {"gold_items": 2, "by_string": 1, "added_by_semantic": 1}
    assert "threshold" in capsys.readouterr().out


def test_prefetch_gives_the_same_vectors(shop_schema, linker_for):
    words = ["how", "many", "vocalist", "in", "epoch", "gig", "?"]
    one = linker_for(0.5)
    fetched = linker_for(0.5)
    fetched.prefetch([words], [shop_schema])
    assert {"vocalist", "epoch", "gig", "singer id", "singer"} <= set(fetched._vectors)
    assert "how" not in fetched._vectors
    for a, b in zip(one.similarities(words, shop_schema), fetched.similarities(words, shop_schema)):
        np.testing.assert_allclose(a, b, atol=1e-5)


def test_semantic_partial_is_refused_for_a_model_trained_with_semantic_links():
    from dataclasses import replace

    from deepfix.tasks.spider.text2sql.config import DataConfig

    trained = DataConfig(semantic_links=True, semantic_threshold=0.5)
    assert trained.semantic_cosine == 0.5 and DataConfig(semantic_partial=0.7).semantic_cosine == 0.7
    assert DataConfig().semantic_cosine is None
    with pytest.raises(DeepfixError, match="trained without semantic links") as error:
        replace(trained, semantic_partial=0.7)  # what spider eval --semantic-partial does to the model's config
    assert "\n" not in str(error.value)
