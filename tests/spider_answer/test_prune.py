"""Schema pruning: sub-schemas, chunk plans, the chunked item scorer, and `ask` on a 500-table database."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.inputs.layout import LayoutBuilder
from deepfix.tasks.spider.inputs.schema import Schema
from deepfix.tasks.spider.inputs.sqlite_schema import schema_from_sqlite
from deepfix.tasks.spider.items import files as item_files
from deepfix.tasks.spider.items.chunks import layout_costs, plan_chunks, sub_schema
from deepfix.tasks.spider.items.scorer import ItemScorer
from deepfix.tasks.spider.prune import Pruner, choose_items, key_columns, load_pruner
from tests.helpers.fixture_model import fixture_model_file
from tests.helpers.wide import wide_database

QUESTION = "How many artists are there?"


@pytest.fixture(scope="module")
def model_file(tmp_path_factory):
    return fixture_model_file(tmp_path_factory.mktemp("prune_model"))


@pytest.fixture(scope="module")
def answerer(model_file):
    from deepfix.tasks.spider.answer import Answerer

    return Answerer(model_file, beam_size=2)


@pytest.fixture(scope="module")
def head_file(answerer, tmp_path_factory):
    """An untrained schema-item head over the fixture encoder's 32-wide vectors, saved as a head file."""
    from deepfix.models.mixed import MixedModel
    from deepfix.nn import StackConfig
    from deepfix.tasks.spider.inputs.relations import NUM_RELATIONS
    from deepfix.tasks.spider.items.task import ItemHead
    from deepfix.tasks.spider.items.train import ItemModelConfig

    torch.manual_seed(0)
    stack = StackConfig(num_layers=1, d_model=32, n_heads=1, d_ff=64, num_relations=NUM_RELATIONS, norm="auto")
    model = MixedModel(ItemModelConfig(stack=stack), 32, ItemHead(32))
    path = tmp_path_factory.mktemp("head") / "schema_items.safetensors"
    item_files.save_item_head(path, model, 32)
    return path


@pytest.fixture()
def pruner(answerer, head_file):
    return load_pruner(answerer.encoder, answerer.layout, head_file)


def small_schema() -> Schema:
    return Schema.from_json({
        "db_id": "shop", "table_names": ["customer", "order", "item"],
        "table_names_original": ["Customer", "Orders", "Item"],
        "column_names": [[-1, "*"], [0, "id"], [0, "name"], [1, "id"], [1, "customer id"], [1, "day"],
                         [2, "id"], [2, "order id"], [2, "price"]],
        "column_names_original": [[-1, "*"], [0, "Id"], [0, "Name"], [1, "Id"], [1, "CustomerId"], [1, "Day"],
                                  [2, "Id"], [2, "OrderId"], [2, "Price"]],
        "column_types": ["text", "number", "text", "number", "number", "time", "number", "number", "number"],
        "primary_keys": [1, 3, 6], "foreign_keys": [[4, 1], [7, 3]]})


def test_sub_schema_keeps_original_names_ids_and_the_keys_whose_ends_it_keeps():
    schema = small_schema()
    part = sub_schema(schema, [1, 2], [3, 4, 5, 6, 7, 8, 2])  # column 2 is in a table left out: not kept
    assert part.table_ids.tolist() == [1, 2]
    assert part.column_ids.tolist() == [0, 3, 4, 5, 6, 7, 8]
    assert [t.original for t in part.schema.tables] == ["Orders", "Item"]
    assert [c.original for c in part.schema.columns] == ["*", "Id", "CustomerId", "Day", "Id", "OrderId", "Price"]
    assert part.schema.primary_keys == {1, 4}
    assert part.schema.foreign_keys == [(5, 1)]  # Item.OrderId -> Orders.Id; CustomerId's target is left out


def test_a_schema_that_fits_is_one_chunk_and_a_wide_one_is_cut_into_fitting_chunks(answerer, tmp_path):
    builder = answerer.layout
    words = QUESTION.split()
    small = small_schema()
    costs = layout_costs(builder, words, small)
    assert costs.fits()
    assert plan_chunks(costs, small) == [([0, 1, 2], list(range(1, 9)))]
    wide_db = schema_from_sqlite(wide_database(tmp_path / "wide.sqlite", 60))
    wide = Schema.from_json(wide_db)
    costs = layout_costs(builder, words, wide)
    assert not costs.fits()
    plan = plan_chunks(costs, wide)
    assert len(plan) > 1
    seen = sorted(c for _, columns in plan for c in columns)
    assert seen == list(range(1, wide.num_columns))  # every column in exactly one chunk
    assert sorted({t for tables, _ in plan for t in tables}) == list(range(wide.num_tables))
    for tables, columns in plan:
        assert costs.fixed + costs.tables[tables].sum() + costs.columns[columns].sum() <= builder.max_tokens
        builder.build(words, sub_schema(wide, tables, columns).schema)  # lays out without truncation


def test_one_table_wider_than_a_chunk_is_split_over_chunks(answerer):
    builder = LayoutBuilder(answerer.tokenizer, max_tokens=40)
    names = [[0, f"c{i}"] for i in range(30)]
    schema = Schema.from_json({"db_id": "w", "table_names": ["wide"], "table_names_original": ["wide"],
                               "column_names": [[-1, "*"]] + names, "column_names_original": [[-1, "*"]] + names,
                               "column_types": ["text"] * 31, "primary_keys": [1], "foreign_keys": []})
    costs = layout_costs(builder, ["how", "many"], schema)
    plan = plan_chunks(costs, schema)
    assert len(plan) > 1 and all(tables == [0] for tables, _ in plan)
    assert sorted(c for _, columns in plan for c in columns) == list(range(1, 31))
    for tables, columns in plan:
        assert costs.fixed + costs.tables[tables].sum() + costs.columns[columns].sum() <= 40


def test_the_chunked_scorer_equals_the_head_on_a_schema_that_fits(answerer, pruner):
    from deepfix.tasks.spider.inputs.cache import encode_prepared
    from deepfix.tasks.spider.inputs.data import Example
    from deepfix.tasks.spider.inputs.preprocess import Preprocessor
    from deepfix.tasks.spider.items.scorer import chunk_example
    from deepfix.tasks.spider.items.task import batch_inputs, collate

    words, schema = QUESTION.split(), small_schema()
    scores = pruner.scorer.score(words, schema)
    assert scores.chunks == 1
    prepared = Preprocessor({"shop": schema}, answerer.layout, parse=False)(
        Example("t", 0, "t", QUESTION, "", "shop", words))
    features = encode_prepared(answerer.encoder, [prepared], progress=False)
    with torch.no_grad():
        logits = pruner.scorer.head(*batch_inputs(collate([chunk_example(prepared, features[0])])))[0].numpy()
    q = len(words)
    expected_columns = logits[q:q + schema.num_columns]
    expected_tables = logits[q + schema.num_columns:]
    scale = max(1.0, float(np.abs(logits).max()))
    np.testing.assert_allclose(scores.columns, expected_columns, atol=1e-5 * scale, rtol=0)
    np.testing.assert_allclose(scores.tables, expected_tables, atol=1e-5 * scale, rtol=0)


def test_chunks_scored_in_one_padded_batch_equal_chunks_scored_one_by_one(answerer, pruner, tmp_path):
    schema = Schema.from_json(schema_from_sqlite(wide_database(tmp_path / "wide.sqlite", 40)))
    words = QUESTION.split()
    together = pruner.scorer.score(words, schema)
    alone = ItemScorer(pruner.scorer.head, answerer.encoder, answerer.layout, chunks_per_batch=1).score(words, schema)
    assert together.chunks == alone.chunks > 1
    scale = max(1.0, float(np.abs(together.columns).max()), float(np.abs(together.tables).max()))
    np.testing.assert_allclose(together.columns, alone.columns, atol=1e-4 * scale, rtol=0)
    np.testing.assert_allclose(together.tables, alone.tables, atol=1e-4 * scale, rtol=0)


def test_kept_tables_keep_their_primary_and_foreign_key_columns(answerer, pruner, tmp_path):
    schema = Schema.from_json(schema_from_sqlite(wide_database(tmp_path / "wide.sqlite", 80)))
    words = QUESTION.split()
    pruning = pruner.prune(words, schema)
    assert pruning is not None
    kept_tables = set(pruning.kept.table_ids.tolist())
    kept_columns = set(pruning.kept.column_ids.tolist())
    assert 0 < len(kept_tables) < schema.num_tables
    keys = key_columns(schema)
    for t in kept_tables:
        assert keys[t] <= kept_columns, schema.tables[t].original
    assert layout_costs(answerer.layout, words, pruning.kept.schema).fits()
    assert len(pruning.left_out_tables) == schema.num_tables - len(kept_tables)
    assert len(pruning.left_out_columns) == schema.num_columns - len(kept_columns)


def test_choose_items_takes_best_items_first_and_stops_at_the_threshold(answerer):
    from deepfix.tasks.spider.items.scorer import ItemScores

    schema = small_schema()
    costs = layout_costs(answerer.layout, ["price", "?"], schema)
    scores = ItemScores(np.array([0, -5, -5, -5, -5, -5, -5, -5, 3], dtype=np.float32),  # Item.Price best
                        np.array([-4, -6, 1], dtype=np.float32), 1)
    tables, columns = choose_items(schema, scores, costs, threshold=0.0)
    assert tables == [2]
    assert columns == [6, 7, 8]  # Price, and Item's key columns Id (primary) and OrderId (foreign)
    tables, columns = choose_items(schema, scores, costs, threshold=float("-inf"))  # everything that fits
    assert tables == [0, 1, 2] and columns == list(range(1, 9))
    tables, columns = choose_items(schema, scores, costs, threshold=float("-inf"), max_tables=2)
    assert tables == [0, 2]  # Item (best), then Customer (-4); Orders would be a third table
    assert set(columns) <= {1, 2, 6, 7, 8} and {6, 7, 8} <= set(columns)


def test_ask_on_a_500_table_database_answers_and_says_what_it_left_out(answerer, head_file, tmp_path, monkeypatch):
    monkeypatch.setattr(item_files, "SHIPPED_ITEM_HEAD", head_file)
    answerer._pruner = None
    path = wide_database(tmp_path / "wide.sqlite", 500)
    answer = answerer.ask(path, QUESTION)
    pruned = answer.as_dict()["pruned"]
    assert pruned["tables"] == 501 and pruned["columns"] == 3 + 500 * 3 + 499
    assert 0 < pruned["kept_tables"] < 501
    assert pruned["left_out_tables"] == 501 - pruned["kept_tables"] == len(pruned["left_out_table_names"])
    assert pruned["left_out_columns"] == pruned["columns"] - pruned["kept_columns"]
    assert pruned["chunks"] > 1
    assert answer.sql.upper().startswith("SELECT")
    left_out = set(pruned["left_out_table_names"])
    assert not any(f" {name} " in f" {answer.sql} " for name in left_out)  # only kept tables are named


def test_ask_on_a_schema_that_fits_reports_no_pruning(answerer):
    from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE

    assert answerer.ask(EXAMPLE_DATABASE, QUESTION).as_dict()["pruned"] is None


def test_spider_ask_prints_the_left_out_line(model_file, head_file, tmp_path, monkeypatch, capsys):
    from deepfix.cli import main

    monkeypatch.setattr(item_files, "SHIPPED_ITEM_HEAD", head_file)
    path = wide_database(tmp_path / "wide.sqlite", 500)
    assert main(["spider", "ask", QUESTION, "--db", path, "--checkpoint", str(model_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("-- schema pruned to fit the model: ") and " of 501 tables " in lines[1]
    assert "more" in lines[1]


def test_a_missing_or_foreign_head_file_is_one_line(tmp_path):
    with pytest.raises(DeepfixError, match="no schema-item head there"):
        item_files.load_item_head(tmp_path / "none.safetensors")
    bad = tmp_path / "bad.safetensors"
    bad.write_bytes(b"not a safetensors file")
    with pytest.raises(DeepfixError, match="not a readable safetensors file"):
        item_files.load_item_head(bad)


def test_pruner_says_nothing_needs_pruning_when_the_schema_fits(pruner):
    assert isinstance(pruner, Pruner)
    assert not pruner.needed(QUESTION.split(), small_schema())
    assert pruner.prune(QUESTION.split(), small_schema()) is None


def test_the_shipped_item_head_loads_and_matches_its_card():
    import hashlib
    import json

    path = item_files.SHIPPED_ITEM_HEAD
    card = json.loads(path.with_suffix(".json").read_text())
    assert card["model_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    head = item_files.load_item_head(path)
    assert head.projection.weight.shape[1] == 384  # all-MiniLM-L6-v2's width, the shipped model's encoder
    assert "dev not read" in card["evaluation"]["split"]


def test_a_head_for_another_encoder_width_is_refused_in_one_line(answerer):
    with pytest.raises(DeepfixError, match="reads 384-wide vectors; this encoder gives 32"):
        load_pruner(answerer.encoder, answerer.layout, item_files.SHIPPED_ITEM_HEAD)


def test_the_first_pass_ranks_tables_by_rare_shared_words_and_lifts_their_neighbours():
    from deepfix.tasks.spider.items.first_pass import table_scores

    schema = small_schema()  # Customer(id, name), Orders(id, customer id, day), Item(id, order id, price)
    scores = table_scores("What is the price of each item ?".split(), schema)
    assert scores.argmax() == 2  # Item: its name and a column name
    assert scores[1] == pytest.approx(0.5 * scores[2])  # Orders, joined to Item, inherits half
    assert scores[0] == 0.0  # "id" is in every table: the question does not say it, and it is worth little
    codes = np.zeros((3, schema.num_columns), dtype=np.uint8)
    codes[1, 2] = 1  # a question word stored in Customer.name
    assert table_scores("Who bought it ?".split(), schema, codes)[0] > 0


def test_a_schema_wider_than_the_first_pass_reads_a_bounded_number_of_windows(answerer, pruner, tmp_path):
    from deepfix.tasks.spider.items.first_pass import candidate_tables
    from deepfix.tasks.spider.prune import Pruner

    schema = Schema.from_json(schema_from_sqlite(wide_database(tmp_path / "wide.sqlite", 300)))
    words = "How many artists are from Canada ?".split()
    costs = layout_costs(answerer.layout, words, schema)
    everything = plan_chunks(costs, schema)
    assert len(everything) > 4
    candidates = candidate_tables(words, schema, costs, 2)
    assert "artist" in [schema.tables[t].original for t in candidates]  # the one table the question names
    narrow = Pruner(pruner.scorer, pruner.threshold, first_pass_windows=2)
    pruning = narrow.prune(words, schema)
    assert pruning.chunks <= 3 < len(everything)  # two windows' worth of tables (packing may take one more)
    assert set(pruning.kept.table_ids.tolist()) <= set(candidates)  # the head chose among the candidates only
    assert len(pruning.left_out_tables) + len(pruning.kept.table_ids) == schema.num_tables  # nothing silently lost
    whole = Pruner(pruner.scorer, pruner.threshold, first_pass_windows=None).prune(words, schema)
    assert whole.chunks == len(everything)
