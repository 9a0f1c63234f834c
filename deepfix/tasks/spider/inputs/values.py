"""Question-column value matches from database cells (RAT-SQL Sec. 3.2 "Value-based linking").

A question n-gram equal to a whole cell (word for word, normalised) is a **value exact** match
with that cell's column; a single non-stop-word that occurs among a cell's words is a **value
partial** match. Cells are read once per database into an index (word -> columns, cell -> columns):

* the database is opened **read-only** (``file:...?mode=ro`` URI), never modified or created;
* reading is **time-limited** (``time_limit`` seconds per database, enforced with sqlite's progress
  handler; what was read before the limit is kept and the cut is reported) and capped at
  ``max_values`` distinct values per column;
* indexes are **cached** in memory and, with ``cache_dir``, on disk (JSON keyed by the file's
  size and modification time);
* a **missing** database switches value matching off for that ``db_id`` with one notice, and the
  count of such databases is kept in :attr:`ValueMatcher.missing`.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from deepfix.deadline import Deadline, limit
from deepfix.errors import DeepfixError
from deepfix.files import write_text_atomic

from deepfix.tasks.spider.inputs.linking import EXACT, MAX_NGRAM, NONE, PARTIAL
from deepfix.tasks.spider.inputs.schema import Schema
from deepfix.tasks.spider.sql.execute import open_read_only, quote_name
from deepfix.tasks.spider.inputs.text import STOPWORDS, normalize, split_question


@dataclass
class ValueIndex:
    cells: dict[tuple, list[int]]  # normalised cell words -> column ids
    words: dict[str, list[int]]  # normalised word -> column ids
    truncated: bool = False  # the time limit cut the reading short

    def to_json(self) -> dict:
        return {"cells": [[list(k), v] for k, v in self.cells.items()],
                "words": self.words, "truncated": self.truncated}

    @classmethod
    def from_json(cls, value: dict) -> "ValueIndex":
        return cls({tuple(k): v for k, v in value["cells"]}, value["words"], value["truncated"])


class ValueIndexBuilder:
    """Collects stored cells column by column into a :class:`ValueIndex` (whatever engine they come from)."""

    def __init__(self):
        self.cells: dict[tuple, set[int]] = {}
        self.words: dict[str, set[int]] = {}

    def add(self, column: int, value) -> None:
        """One distinct stored value of schema column ``column``."""
        if value is None:
            return
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        tokens = tuple(normalize(w) for w in split_question(str(value)))
        if not tokens:
            return
        if len(tokens) <= MAX_NGRAM:
            self.cells.setdefault(tokens, set()).add(column)
        for token in set(tokens):
            if token not in STOPWORDS and (token.isalnum() or len(token) > 1):
                self.words.setdefault(token, set()).add(column)

    def build(self, truncated: bool) -> ValueIndex:
        return ValueIndex({k: sorted(v) for k, v in self.cells.items()},
                          {k: sorted(v) for k, v in self.words.items()}, truncated)


def read_value_index(path: Path, schema: Schema, time_limit: float = 2.0, max_values: int = 5000,
                     deadline: Deadline | None = None) -> ValueIndex:
    """Index the distinct cells of every column of ``schema`` in the read-only database at ``path``.

    Reading stops after ``time_limit`` seconds or at the request's ``deadline``, whichever comes first.
    """
    builder = ValueIndexBuilder()
    deadline = limit(time_limit, deadline).at
    connection = open_read_only(path)  # a file that is not sqlite: one-line DeepfixError naming it
    # Called every 1000 sqlite VM steps; a non-zero return aborts the running statement.
    connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 1000)
    truncated = False
    try:
        for column in schema.columns[1:]:
            if time.monotonic() > deadline:  # small tables end before the progress handler looks
                truncated = True
                break
            table = schema.tables[column.table].original
            query = f"SELECT DISTINCT {quote_name(column.original)} FROM {quote_name(table)} LIMIT {int(max_values)}"
            try:
                rows = connection.execute(query).fetchall()
            except sqlite3.DatabaseError as error:
                if not isinstance(error, sqlite3.OperationalError):  # a damaged file, past its header
                    raise DeepfixError(f"{path}: not a readable sqlite database ({error})") from None
                if time.monotonic() > deadline:
                    truncated = True
                    break
                print(f"deepfix: notice: {path}: cannot read {table}.{column.original} ({error}); "
                      "no value matches for it", file=sys.stderr)
                continue
            for (value,) in rows:
                builder.add(column.index, value)
    finally:
        connection.close()
    return builder.build(truncated)


def value_matches(question_words: list[str], index: ValueIndex, num_columns: int) -> np.ndarray:
    """Value-match codes (q, C) uint8 in {NONE, PARTIAL, EXACT} (see the module docstring)."""
    question = [normalize(w) for w in question_words]
    codes = np.full((len(question), num_columns), NONE, dtype=np.uint8)
    for n in range(min(MAX_NGRAM, len(question)), 0, -1):
        for start in range(len(question) - n + 1):
            hits = index.cells.get(tuple(question[start:start + n]))
            if hits:
                codes[start:start + n, hits] = EXACT
    for i, word in enumerate(question):
        if word in STOPWORDS:
            continue
        hits = index.words.get(word)
        if hits:
            codes[i, hits] = np.maximum(codes[i, hits], PARTIAL)
    return codes


@dataclass
class ValueMatcher:
    """Finds value matches for examples, one cached :class:`ValueIndex` per database."""

    database_dir: Path | None  # Spider's ``database/`` folder, or None: value matching off
    time_limit: float = 2.0
    max_values: int = 5000
    cache_dir: Path | None = None
    verbose: bool = True
    deadline: Deadline | None = None  # the request's deadline, when it comes before time_limit
    missing: set[str] = field(default_factory=set)
    truncated: set[str] = field(default_factory=set)
    _indexes: dict[str, ValueIndex | None] = field(default_factory=dict)

    def path(self, db_id: str) -> Path | None:
        if self.database_dir is None:
            return None
        path = Path(self.database_dir) / db_id / f"{db_id}.sqlite"
        return path if path.is_file() else None

    def index(self, schema: Schema) -> ValueIndex | None:
        db_id = schema.db_id
        if db_id in self._indexes:
            return self._indexes[db_id]
        path = self.path(db_id)
        if path is None:
            self.missing.add(db_id)
            if self.verbose and len(self.missing) == 1:  # one notice; the count is reported at the end
                where = self.database_dir or "(no --databases directory)"
                print(f"deepfix: notice: no database for {db_id!r} under {where}; "
                      "value matching is off for databases without a sqlite file "
                      "(further ones are counted, not announced)", file=sys.stderr)
            self._indexes[db_id] = None
            return None
        stat = path.stat()
        cached = None
        if self.cache_dir is not None:
            cached = Path(self.cache_dir) / f"{db_id}-{stat.st_size}-{int(stat.st_mtime)}.json"
            if cached.is_file():
                index = ValueIndex.from_json(json.loads(cached.read_text()))
                self._indexes[db_id] = index
                return index
        index = read_value_index(path, schema, self.time_limit, self.max_values, self.deadline)
        if index.truncated:
            self.truncated.add(db_id)
            if self.verbose:
                print(f"deepfix: notice: {path}: reading cells stopped at the {self.time_limit}s limit; "
                      "value matches use what was read", file=sys.stderr)
        if cached is not None:
            write_text_atomic(cached, json.dumps(index.to_json()))
        self._indexes[db_id] = index
        return index

    def matches(self, question_words: list[str], schema: Schema) -> np.ndarray | None:
        index = self.index(schema)
        if index is None:
            return None
        return value_matches(question_words, index, schema.num_columns)
