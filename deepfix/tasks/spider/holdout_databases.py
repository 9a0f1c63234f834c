"""The cross-database selection split: whole training databases held out, fixed by a hash of their ids.

The in-domain held-out part (:func:`~deepfix.tasks.spider.text2sql.examples.held_out`) draws questions
from databases the model also trains on, so it cannot tell how a setting does on an unseen schema,
which is what Spider's dev set measures. This part is made of **whole databases**: the
:data:`HOLDOUT_DB_COUNT` training databases (db_ids occurring in ``train_spider.json``) with the
smallest ``sha256(("deepfix-db-holdout:" + db_id).encode()).hexdigest()``. The definition alone fixes
them; the list computed from Spider's train file is committed in
``deepfix/data/spider/holdout_databases.json`` (:data:`HOLDOUT_DATABASES_FILE`) with each database's
example count, and a test checks that it equals :func:`compute_holdout_databases` over the real file.

Regenerate the file (prints it): ``python -m deepfix.tasks.spider.holdout_databases TRAIN_FILE``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from collections import Counter
from pathlib import Path

from deepfix.errors import DeepfixError, where

HOLDOUT_DB_SALT = "deepfix-db-holdout"
HOLDOUT_DB_COUNT = 14
HOLDOUT_DATABASES_FILE = Path(__file__).resolve().parents[2] / "data" / "spider" / "holdout_databases.json"
DEFINITION = (f"the {HOLDOUT_DB_COUNT} training databases (db_ids occurring in train_spider.json) with the smallest "
              f"hashlib.sha256((\"{HOLDOUT_DB_SALT}:\" + db_id).encode()).hexdigest()")


def database_rank(db_id: str) -> str:
    """The hex digest that orders databases for the split (smallest first)."""
    return hashlib.sha256(f"{HOLDOUT_DB_SALT}:{db_id}".encode("utf-8")).hexdigest()


def example_counts(train_file: str | os.PathLike) -> Counter:
    """db_id -> number of examples in a Spider train file (a JSON list of records with ``db_id``)."""
    path = Path(train_file)
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DeepfixError(f"{path}: not found") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise DeepfixError(f"{path}: not a JSON file ({type(error).__name__})") from None
    if not isinstance(records, list):
        raise DeepfixError(f"{path}: expected a JSON list of examples")
    counts: Counter = Counter()
    for index, record in enumerate(records):
        db_id = record.get("db_id") if isinstance(record, dict) else None
        if not isinstance(db_id, str) or not db_id:
            raise DeepfixError(f"{where(path, index, 'db_id')}: missing or not a string")
        counts[db_id] += 1
    return counts


def compute_holdout_databases(train_file: str | os.PathLike, count: int = HOLDOUT_DB_COUNT) -> dict:
    """The record committed in :data:`HOLDOUT_DATABASES_FILE`, recomputed from ``train_file``."""
    counts = example_counts(train_file)
    if len(counts) <= count:
        raise DeepfixError(f"{train_file}: {len(counts)} databases; holding out {count} would leave none to train on")
    chosen = sorted(counts, key=database_rank)[:count]
    return {"definition": DEFINITION, "salt": HOLDOUT_DB_SALT, "count": count,
            "source": {"file": Path(train_file).name, "examples": sum(counts.values()), "databases": len(counts)},
            "held_out_examples": sum(counts[db_id] for db_id in chosen),
            "databases": [{"db_id": db_id, "examples": counts[db_id]} for db_id in chosen]}


@functools.lru_cache(maxsize=None)
def load_holdout_databases(path: str | os.PathLike = HOLDOUT_DATABASES_FILE) -> tuple[str, ...]:
    """The held-out db_ids of the committed file, in rank order."""
    path = Path(path)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        databases = tuple(entry["db_id"] for entry in record["databases"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DeepfixError(f"{path}: not a readable held-out database list ({type(error).__name__})") from None
    if record.get("salt") != HOLDOUT_DB_SALT or len(databases) != record.get("count"):
        raise DeepfixError(f"{path}: field 'salt' or 'count' does not match the definition")
    return databases


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m deepfix.tasks.spider.holdout_databases TRAIN_FILE")
    print(json.dumps(compute_holdout_databases(sys.argv[1]), indent=2))
