"""Hand-made Spider schemas and data directories for the Spider tests."""

from __future__ import annotations

import json

import pytest

# Two tables joined by a foreign key, plus a third table with keys in both directions to the first.
TABLES = [{
    "db_id": "shop",
    "table_names": ["singer", "concert", "stadium"],
    "table_names_original": ["singer", "concert", "stadium"],
    "column_names": [[-1, "*"], [0, "singer id"], [0, "name"], [0, "age"],
                     [1, "concert id"], [1, "singer id"], [1, "year"],
                     [2, "stadium id"], [2, "best singer"]],
    "column_names_original": [[-1, "*"], [0, "Singer_ID"], [0, "Name"], [0, "Age"],
                              [1, "Concert_ID"], [1, "Singer_ID"], [1, "Year"],
                              [2, "Stadium_ID"], [2, "Best_Singer"]],
    "column_types": ["text", "number", "text", "number", "number", "number", "text", "number", "number"],
    "primary_keys": [1, 4, 7],
    "foreign_keys": [[5, 1], [8, 1], [3, 7]],
}]

DEV = [{
    "db_id": "shop", "question": "How many singers are older than 30?",
    "query": "SELECT count(*) FROM singer WHERE age > 30",
    "sql": {"from": {"table_units": [["table_unit", 0]], "conds": []},
            "select": [False, [[3, [0, [0, 0, False], None]]]],
            "where": [[False, 3, [0, [0, 3, False], None], 30.0, None]],
            "groupBy": [], "having": [], "orderBy": [], "limit": None,
            "intersect": None, "union": None, "except": None},
}]
TRAIN = [{"db_id": "shop", "question": "List the names of singers.", "query": "SELECT name FROM singer"}]


def write_spider(root, tables=None, train=None, dev=None):
    root.mkdir(parents=True, exist_ok=True)
    for name, value in (("tables.json", tables or TABLES), ("train_spider.json", train or TRAIN),
                        ("dev.json", dev or DEV)):
        (root / name).write_text(json.dumps(value))
    return root


@pytest.fixture
def records():
    """Fresh deep copies of the hand-made records: {'tables', 'train', 'dev'}."""
    import copy

    return copy.deepcopy({"tables": TABLES, "train": TRAIN, "dev": DEV})


@pytest.fixture
def make_spider(tmp_path):
    """make_spider(tables=None, train=None, dev=None) -> a Spider directory with those records."""
    counter = iter(range(1000))
    return lambda **kw: write_spider(tmp_path / f"spider{next(counter)}", **kw)


@pytest.fixture
def spider_dir(tmp_path):
    return write_spider(tmp_path / "spider")


@pytest.fixture
def shop_schema():
    from deepfix.tasks.spider.inputs.schema import Schema

    return Schema.from_json(TABLES[0])


@pytest.fixture
def tiny_tokenizer(tmp_path):
    """A word-piece tokenizer over a 60-word vocabulary (no pretrained files needed)."""
    from transformers import BertTokenizer

    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "*", "all", "?", ".", ",", "how", "many",
             "singer", "##s", "are", "older", "than", "30", "id", "name", "age", "concert", "year",
             "stadium", "best", "text", "number", "list", "the", "of", "who", "sang"]
    path = tmp_path / "vocab.txt"
    path.write_text("\n".join(vocab) + "\n")
    return BertTokenizer(str(path))
