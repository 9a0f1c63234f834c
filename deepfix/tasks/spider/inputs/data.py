"""Load and validate Spider: ``tables.json``, ``train_spider.json``, ``dev.json``
(``train_others.json`` if present) and, where present, ``database/<db_id>/<db_id>.sqlite``.

The data directory comes from ``--data`` or the environment variable ``DEEPFIX_SPIDER_DATA``.
Every error is one :class:`DeepfixError` naming the file, record and field at fault; loading
writes nothing, so a bad file can never leave half-written output behind.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from deepfix.errors import DeepfixError, where

from deepfix.tasks.spider.inputs.schema import Schema
from deepfix.tasks.spider.inputs.text import split_question

ENV_VAR = "DEEPFIX_SPIDER_DATA"
SPLIT_FILES = {"train": ("train_spider.json", "train_others.json"), "dev": ("dev.json",)}
REQUIRED_FILES = ("tables.json", "train_spider.json", "dev.json")


@dataclass
class Example:
    split: str
    index: int  # position within its split (train_others continues train_spider's numbering)
    source: str  # file name it came from
    question: str
    query: str
    db_id: str
    question_words: list[str]
    sql: dict | None = None  # Spider's parsed SQL (dev.json has it; train is parsed on demand)


@dataclass
class SpiderData:
    root: Path
    schemas: dict[str, Schema]
    splits: dict[str, list[Example]] = field(default_factory=dict)

    @property
    def train(self) -> list[Example]:
        return self.splits["train"]

    @property
    def dev(self) -> list[Example]:
        return self.splits["dev"]

    def database_path(self, db_id: str) -> Path | None:
        """Spider's layout ``database/<db_id>/<db_id>.sqlite``, or None when it is not there."""
        path = self.root / "database" / db_id / f"{db_id}.sqlite"
        return path if path.is_file() else None


def resolve_data_dir(data: str | os.PathLike | None, required: tuple[str, ...] = REQUIRED_FILES) -> Path:
    """``--data`` if given, else ``$DEEPFIX_SPIDER_DATA``; the directory must hold the ``required`` files
    (training needs them all; scoring predictions needs only ``tables.json`` and the scored split)."""
    value = data or os.environ.get(ENV_VAR)
    if not value:
        raise DeepfixError(f"no Spider data directory: pass --data DIR or set {ENV_VAR}")
    root = Path(value)
    if not root.is_dir():
        raise DeepfixError(f"{root}: Spider data directory does not exist")
    for name in required:
        if not (root / name).is_file():
            raise DeepfixError(f"{root / name}: missing (a Spider directory holds {', '.join(REQUIRED_FILES)})")
    return root


def read_json_list(path: Path) -> list:
    try:
        with open(path, encoding="utf-8") as handle:
            value = json.load(handle)
    except json.JSONDecodeError as error:
        raise DeepfixError(f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})") from None
    except UnicodeDecodeError as error:
        raise DeepfixError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    if not isinstance(value, list):
        raise DeepfixError(f"{path}: expected a JSON list of records, got {type(value).__name__}")
    return value


def load_schemas(path: Path) -> tuple[dict[str, Schema], dict[str, str]]:
    """(valid schemas by db_id, the error of each entry that has a db_id but is inconsistent).

    A released tables.json may hold an inconsistent entry no question uses; whether that is an
    error is decided by :func:`load_spider` once it knows which databases the splits use.
    """
    schemas: dict[str, Schema] = {}
    broken: dict[str, str] = {}
    for i, entry in enumerate(read_json_list(path)):
        db_id = entry.get("db_id") if isinstance(entry, dict) else None
        try:
            schema = Schema.from_json(entry, path, i)
        except DeepfixError as error:
            if not isinstance(db_id, str) or not db_id or db_id in schemas or db_id in broken:
                raise
            broken[db_id] = str(error)
            continue
        if schema.db_id in schemas or schema.db_id in broken:
            raise DeepfixError(f"{where(path, i, 'db_id')}: duplicate db_id {schema.db_id!r}")
        schemas[schema.db_id] = schema
    if not schemas:
        raise DeepfixError(next(iter(broken.values())) if broken else f"{path}: no databases")
    return schemas, broken


def parse_example(record, path: Path, index: int, split: str, offset: int, schemas, broken=None) -> Example:
    if not isinstance(record, dict):
        raise DeepfixError(f"{where(path, index)}: expected an object, got {type(record).__name__}")
    for name in ("question", "query", "db_id"):
        if name not in record:
            raise DeepfixError(f"{where(path, index, name)}: missing")
        if not isinstance(record[name], str):
            raise DeepfixError(f"{where(path, index, name)}: expected a string, got {type(record[name]).__name__}")
    question = record["question"].strip()
    if not question:
        raise DeepfixError(f"{where(path, index, 'question')}: empty question")
    if not record["query"].strip():
        raise DeepfixError(f"{where(path, index, 'query')}: empty query")
    if broken and record["db_id"] in broken:  # an inconsistent schema a question needs: its own error
        raise DeepfixError(f"{broken[record['db_id']]} (used by {where(path, index)})")
    if record["db_id"] not in schemas:
        raise DeepfixError(f"{where(path, index, 'db_id')}: unknown database {record['db_id']!r} (not in tables.json)")
    sql = record.get("sql")
    if sql is not None and not isinstance(sql, dict):
        raise DeepfixError(f"{where(path, index, 'sql')}: expected an object")
    words = split_question(question)
    if not words:
        raise DeepfixError(f"{where(path, index, 'question')}: no words in {question!r}")
    return Example(split, offset + index, path.name, question, record["query"], record["db_id"], words, sql)


def load_spider(data: str | os.PathLike | None = None, splits=("train", "dev"),
                require_databases: bool = False) -> SpiderData:
    """Load and validate the Spider files under ``data`` (or ``$DEEPFIX_SPIDER_DATA``).

    ``require_databases`` turns a missing ``database/<db_id>/<db_id>.sqlite`` for any database
    used by an example into an error; by default the value matcher just switches off for it.
    """
    root = resolve_data_dir(data)
    schemas, broken = load_schemas(root / "tables.json")
    result = SpiderData(root, schemas)
    for split in splits:
        if split not in SPLIT_FILES:
            raise DeepfixError(f"unknown Spider split {split!r} (choose from {', '.join(SPLIT_FILES)})")
        examples: list[Example] = []
        for name in SPLIT_FILES[split]:
            path = root / name
            if not path.is_file():
                if name == "train_others.json":
                    continue  # optional
                raise DeepfixError(f"{path}: missing")
            records = read_json_list(path)
            offset = len(examples)
            examples.extend(parse_example(r, path, i, split, offset, schemas, broken) for i, r in enumerate(records))
        result.splits[split] = examples
    if broken:
        names = ", ".join(sorted(broken))
        print(f"deepfix: warning: {root / 'tables.json'}: {len(broken)} inconsistent database(s) no question of "
              f"{'/'.join(splits)} uses, skipped: {names} (first: {next(iter(broken.values()))})", file=sys.stderr)
    if require_databases:
        for split, examples in result.splits.items():
            for example in examples:
                if result.database_path(example.db_id) is None:
                    path = root / "database" / example.db_id / f"{example.db_id}.sqlite"
                    raise DeepfixError(f"{path}: missing (needed by {example.source}, record {example.index})")
    return result
