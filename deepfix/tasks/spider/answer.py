"""Answering questions of a sqlite database with a trained model held in memory.

:class:`Answerer` loads the model and its pretrained encoder once, then turns (database file,
question) into an :class:`Answer`: the SQL of the best beam tree, every finished beam alternative
with its score, the first rows of the query run read-only with a time limit, and the schema
linking the model saw (which question words matched which column, table or stored value, RAT-SQL
Sec. 3.2). ``deepfix spider ask``, the demo and ``deepfix serve`` all answer through it.

The question is prepared as in training: name linking, and value linking against the database's
own cells (read-only, time-limited), which the training examples had wherever Spider ships the
database.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from deepfix.deadline import Deadline
from deepfix.errors import DeepfixError, require_text
from deepfix.tasks.spider.encoder.cache import encode_prepared
from deepfix.tasks.spider.encoder.data import Example
from deepfix.tasks.spider.encoder.layout import LayoutBuilder
from deepfix.tasks.spider.encoder.linking import EXACT, PARTIAL, SchemaNameIndex, name_matches
from deepfix.tasks.spider.encoder.pipeline import encoder_path, load_encoder
from deepfix.tasks.spider.encoder.preprocess import Preprocessor
from deepfix.tasks.spider.encoder.schema import Schema
from deepfix.tasks.spider.encoder.sqlite_schema import schema_from_sqlite
from deepfix.tasks.spider.encoder.text import split_question
from deepfix.tasks.spider.encoder.values import ValueIndex, ValueMatcher, read_value_index
from deepfix.tasks.spider.sql.execute import open_read_only, run_query
from deepfix.tasks.spider.text2sql import load_model, make_examples, predict, to_sql, tree_sql

STRENGTH = {EXACT: "exact", PARTIAL: "partial"}
SEMANTIC = "semantic"  # a link by the encoder's embedding similarity (models with data.semantic_links)

#: Longest question accepted (characters): the encoder reads at most 512 tokens with the schema.
MAX_QUESTION_CHARS = 1000


@dataclass
class Candidate:
    sql: str
    score: float  # the tree's log-probability under the model (beam score)


@dataclass
class Link:
    """One question word matched to one schema item."""

    word: int   # index into Answer.words
    kind: str   # "column", "table" or "value" (a stored cell of the column)
    item: str   # "table.column" or "table"
    strength: str  # "exact", "partial" or "semantic"


@dataclass
class Answer:
    question: str
    words: list[str]
    sql: str
    candidates: list[Candidate]
    columns: list[str] = field(default_factory=list)  # result column names
    rows: list[tuple] = field(default_factory=list)   # at most Answerer.max_rows
    total_rows: int = 0
    error: str | None = None  # why the query gave no rows ("timeout", sqlite's message)
    links: list[Link] = field(default_factory=list)
    seconds: float = 0.0
    pruned: dict | None = None  # what a schema too wide for the model left out (Pruning.as_dict); None: nothing

    @property
    def left_out(self) -> dict | None:
        """What schema pruning left out (``pruned``); None when the model saw the whole schema."""
        return self.pruned

    def as_dict(self) -> dict:
        """Plain JSON data: every cell as :func:`cell` writes it."""
        return {"question": self.question, "words": self.words, "sql": self.sql,
                "candidates": [c.__dict__ for c in self.candidates], "columns": self.columns,
                "rows": [[cell(value) for value in row] for row in self.rows], "total_rows": self.total_rows,
                "error": self.error,
                "links": [link.__dict__ for link in self.links], "seconds": self.seconds, "pruned": self.pruned}


class Busy(DeepfixError):
    """The model stayed busy with other questions until this request's deadline (the server is
    asked more than it answers: HTTP 429, ask again)."""

    status = 429


#: Decoding takes ~0.3 s: a request with less than this left is not started (it would end late).
DECODE_RESERVE_S = 0.25
#: Databases whose read-once facts (schema, stored-value index) an Answerer keeps.
KEPT_DATABASES = 32


@dataclass
class DatabaseFacts:
    """What is read once from one version of a database file: its schema and its stored values."""

    db: dict           # tables.json-style schema
    schema: Schema
    index: ValueIndex | None = None  # stored values for value linking, once read within their own limit


BLOB_PREFIX = 16  # bytes of a blob shown (as hex)


def cell(value):
    """One result value as JSON holds it: a blob as its size and a hex prefix, ±inf and NaN as text."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        more = "..." if len(data) > BLOB_PREFIX else ""
        return f"<blob, {len(data)} bytes: {data[:BLOB_PREFIX].hex()}{more}>"
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # 'inf', '-inf', 'nan'
    return value


class _FileValues(ValueMatcher):
    """Value linking against one sqlite file, whatever the schema's db_id; the index is read once
    per file version (kept in its :class:`DatabaseFacts`) unless a request's deadline cut it short."""

    def __init__(self, path: Path, time_limit: float, deadline: Deadline | None, facts: DatabaseFacts):
        super().__init__(database_dir=None, time_limit=time_limit, verbose=False, deadline=deadline)
        self.file, self.facts = path, facts

    def index(self, schema: Schema) -> ValueIndex | None:
        if self.facts.index is not None:
            return self.facts.index
        index = read_value_index(self.file, schema, self.time_limit, self.max_values, self.deadline)
        if not (index.truncated and self.deadline is not None and self.deadline.passed()):
            self.facts.index = index  # complete, or cut by its own limit: the next question reads the same
        return index


def links_of(words: list[str], schema, value_codes=None, semantic=None) -> list[Link]:
    """Name matches (column, table) and value matches of every question word, strongest first; ``semantic``:
    the (q, C), (q, T) bool semantic links of :class:`~deepfix.tasks.spider.encoder.semantic.SemanticLinker`."""
    column_codes, table_codes = name_matches(words, SchemaNameIndex.build(schema))

    def column_name(c: int) -> str:
        column = schema.columns[c]
        return f"{schema.tables[column.table].original}.{column.original}"

    out = []
    for w in range(len(words)):
        for kind, codes, name in (("column", column_codes, column_name),
                                  ("table", table_codes, lambda t: schema.tables[t].original),
                                  ("value", value_codes, column_name)):
            if codes is None:
                continue
            for item in codes[w].nonzero()[0]:
                if kind != "table" and int(item) == 0:  # the '*' column is never linked
                    continue
                out.append(Link(w, kind, name(int(item)), STRENGTH[int(codes[w, item])]))
        for kind, close, name in zip(("column", "table"), semantic or (), (column_name, lambda t: schema.tables[t].original)):
            out.extend(Link(w, kind, name(int(item)), SEMANTIC) for item in close[w].nonzero()[0])
    order = {"exact": 0, "partial": 1, SEMANTIC: 2}
    return sorted(out, key=lambda link: (link.word, order.get(link.strength, 1), link.kind))


def question_words(question: str) -> list[str]:
    """The question's words; an empty or over-long question, or one that is not valid text (a
    surrogate, a control character other than tab/newline) -> one-line DeepfixError."""
    if len(question) > MAX_QUESTION_CHARS:
        raise DeepfixError(f"the question is {len(question)} characters long; at most {MAX_QUESTION_CHARS} are accepted")
    require_text(question, "the question")
    words = split_question(question.strip())
    if not words:
        raise DeepfixError("the question is empty")
    return words


class Answerer:
    """A trained Text-to-SQL model and its encoder in memory; :meth:`ask` is safe across threads."""

    def __init__(self, checkpoint: str | os.PathLike, beam_size: int = 5, timeout_s: float = 5.0,
                 max_rows: int = 100):

        if beam_size < 1 or timeout_s <= 0 or max_rows < 0:
            raise DeepfixError("beam size must be >= 1, the time limit > 0 and the row limit >= 0")
        self.checkpoint = str(checkpoint)
        self.model, self.config, _ = load_model(self.checkpoint)
        self.model.eval()
        self.encoder, self.tokenizer = load_encoder(encoder_path(self.config.data.encoder))
        # keeps its token cache; a schema that does not fit whole is refused, not truncated
        self.layout = LayoutBuilder(self.tokenizer, max_tokens=self.config.data.max_tokens, truncate_schema=False)
        self.semantic = None  # relations as the model was trained: semantic links only for version 2
        if self.config.data.semantic_links:
            from deepfix.tasks.spider.encoder.semantic import SemanticLinker

            self.semantic = SemanticLinker(self.encoder, self.tokenizer, self.config.data.semantic_threshold)
        self.beam_size, self.timeout_s, self.max_rows = beam_size, timeout_s, max_rows
        self._lock = threading.Lock()  # one decode at a time: the model is shared
        self._facts: OrderedDict[tuple, DatabaseFacts] = OrderedDict()  # by (real path, mtime, size)
        self._facts_lock = threading.Lock()
        self._pruner = None  # schema pruning (deepfix.tasks.spider.prune), loaded at the first wide schema
        self._pruner_lock = threading.Lock()

    def prune(self, words: list[str], schema: Schema, values):
        """Schema pruning hook: None when question + schema fit the encoder's window; else the
        :class:`~deepfix.tasks.spider.prune.Pruning` (the kept sub-schema, what was left out)."""
        from deepfix.tasks.spider.items.chunks import layout_costs
        from deepfix.tasks.spider.prune import load_pruner

        if layout_costs(self.layout, words, schema).fits():
            return None
        with self._pruner_lock:
            if self._pruner is None:
                try:
                    self._pruner = load_pruner(self.encoder, self.layout)
                except DeepfixError:  # no head for this model's encoder: the layout refuses the schema, one line
                    self._pruner = False
        if self._pruner is False:
            return None
        return self._pruner.prune(words, schema, values.matches(words, schema))

    def facts(self, db_path: Path) -> DatabaseFacts:
        """The schema (and, once read, the stored values) of this version of ``db_path``, read once."""
        try:
            stat = db_path.stat()
            key = (str(db_path.resolve()), stat.st_mtime_ns, stat.st_size)
        except OSError:
            key = None
        with self._facts_lock:
            if key in self._facts:
                self._facts.move_to_end(key)
                return self._facts[key]
        db = schema_from_sqlite(db_path)  # checks the file exists and is sqlite
        facts = DatabaseFacts(db, Schema.from_json(db, path=str(db_path)))
        if key is not None:
            with self._facts_lock:
                facts = self._facts.setdefault(key, facts)
                while len(self._facts) > KEPT_DATABASES:
                    self._facts.popitem(last=False)
        return facts

    def ask(self, db_path: str | os.PathLike, question: str, deadline: Deadline | None = None) -> Answer:
        """Question -> SQL and rows on the sqlite file ``db_path``; bad input -> one-line DeepfixError.

        Every database read of the request (stored values for linking, value filling of every
        candidate, the query) ends by one ``deadline`` (default: ``timeout_s`` from now); waiting
        for the model past it raises :class:`Busy`.
        """
        deadline = deadline if deadline is not None else Deadline.after(self.timeout_s)
        start = time.perf_counter()
        words = question_words(question)
        db_path = Path(db_path)
        facts = self.facts(db_path)
        db, schema = facts.db, facts.schema
        values = _FileValues(db_path, min(2.0, self.timeout_s), deadline, facts)
        pruning = self.prune(words, schema, values)  # a schema too wide for the window: the part the parser sees
        if pruning is not None:
            from deepfix.tasks.spider.items.chunks import SlicedValues

            values = SlicedValues(values.matches(words, schema), pruning.kept.column_ids)
            schema = pruning.kept.schema
            db = schema.raw
        prepared = Preprocessor({schema.db_id: schema}, self.layout, values=values, parse=False,
                                semantic=self.semantic)(
            Example("ask", 0, "question", question, "", schema.db_id, words))
        if not self._lock.acquire(timeout=max(0.0, deadline.remaining() - DECODE_RESERVE_S)):
            raise Busy(f"the model was busy with other questions for the whole {self.timeout_s:g} s limit; ask again")
        try:
            features = encode_prepared(self.encoder, [prepared], progress=False)
            examples, _ = make_examples([prepared], features, {schema.db_id: schema}, keep_unusable=True)
            decoded = predict(self.model, examples, beam_size=self.beam_size)[0]
        finally:
            self._lock.release()
        connection = open_read_only(db_path)
        try:
            sql = to_sql(decoded, db, question, connection, deadline=deadline)
            candidates = []
            for tree, score in decoded.alternatives:
                try:
                    candidates.append(Candidate(tree_sql(tree, db, question, connection, deadline=deadline),
                                                float(score)))
                except DeepfixError:  # a tree naming what the schema lacks: not a candidate
                    continue
            result = run_query(connection, sql, self.timeout_s, keep_rows=self.max_rows, deadline=deadline)
        finally:
            connection.close()
        answer = Answer(question, words, sql, candidates, error=result.error,
                        links=links_of(words, schema, values.matches(words, schema), prepared.semantic))
        if result.ok:
            answer.columns = list(result.columns or [])
            answer.rows = result.rows
            answer.total_rows = result.total
        answer.pruned = pruning.as_dict() if pruning is not None else None
        answer.seconds = time.perf_counter() - start
        return answer
