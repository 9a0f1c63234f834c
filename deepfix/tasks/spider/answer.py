"""Answering questions of a database with a trained model held in memory.

:class:`Answerer` loads the model and its pretrained encoder once, then turns (database, question)
into an :class:`Answer` -- the database a sqlite file or an SQLAlchemy URL (PostgreSQL,
MySQL/MariaDB, DuckDB), opened once as a :class:`~deepfix.tasks.spider.database.database.Database`
and reused for every question: the SQL of the best beam tree, every finished beam alternative
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
from deepfix.tasks.spider.database.database import Database, version_key
from deepfix.tasks.spider.database.render import render_for
from deepfix.tasks.spider.database.target import parse_target
from deepfix.tasks.spider.inputs.cache import encode_prepared
from deepfix.tasks.spider.inputs.data import Example
from deepfix.tasks.spider.inputs.layout import LayoutBuilder
from deepfix.tasks.spider.inputs.linking import EXACT, PARTIAL, SchemaNameIndex, name_matches
from deepfix.tasks.spider.inputs.pipeline import encoder_path, load_encoder
from deepfix.tasks.spider.inputs.preprocess import Preprocessor
from deepfix.tasks.spider.inputs.schema import Schema
from deepfix.tasks.spider.inputs.text import split_question
from deepfix.tasks.spider.inputs.values import ValueIndex, ValueMatcher
from deepfix.tasks.spider.sql.execute import ExecutionResult
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


class _DatabaseValues(ValueMatcher):
    """Value linking against one :class:`Database`, whatever the schema's db_id; its index is read
    once per database version (kept by the Database) unless a request's deadline cut it short."""

    def __init__(self, database: Database, time_limit: float, deadline: Deadline | None):
        super().__init__(database_dir=None, time_limit=time_limit, verbose=False, deadline=deadline)
        self.database = database

    def index(self, schema: Schema) -> ValueIndex | None:
        return self.database.value_index(self.time_limit, self.max_values, self.deadline)


def links_of(words: list[str], schema, value_codes=None, semantic=None, name_codes=None) -> list[Link]:
    """Name matches (column, table) and value matches of every question word, strongest first; ``semantic``:
    the (q, C), (q, T) bool semantic links of :class:`~deepfix.tasks.spider.inputs.semantic.SemanticLinker`;
    ``name_codes``: the (column, table) name-match codes already computed (the preprocessor's), else matched here."""
    column_codes, table_codes = name_codes if name_codes is not None else name_matches(words, SchemaNameIndex.build(schema))

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
        # relations as the model reads them: semantic links for version 2, or as partial name matches
        self.semantic = None
        if self.config.data.semantic_cosine is not None:
            from deepfix.tasks.spider.inputs.semantic import SemanticLinker

            self.semantic = SemanticLinker(self.encoder, self.tokenizer, self.config.data.semantic_cosine)
        self.beam_size, self.timeout_s, self.max_rows = beam_size, timeout_s, max_rows
        self._lock = threading.Lock()  # one decode at a time: the model is shared
        self._databases: OrderedDict[tuple, Database] = OrderedDict()  # by version_key
        self._databases_lock = threading.Lock()
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

    def database(self, where, deadline: Deadline | None = None) -> Database:
        """The :class:`Database` at ``where`` (a sqlite path or a URL), opened once per version of it."""
        target = parse_target(where)
        key = version_key(target)
        with self._databases_lock:
            if key in self._databases:
                self._databases.move_to_end(key)
                return self._databases[key]
        database = Database.open(target, deadline)  # checks the file or server; one-line errors
        with self._databases_lock:
            database = self._databases.setdefault(key, database)
            while len(self._databases) > KEPT_DATABASES:
                self._databases.popitem(last=False)
        return database

    def ask(self, where, question: str, deadline: Deadline | None = None) -> Answer:
        """Question -> SQL and rows on ``where`` (a sqlite path, an SQLAlchemy URL or an open
        :class:`Database`); bad input -> one-line DeepfixError.

        Every database read of the request (stored values for linking, value filling of every
        candidate, the query) ends by one ``deadline`` (default: ``timeout_s`` from now); waiting
        for the model past it raises :class:`Busy`.
        """
        deadline = deadline if deadline is not None else Deadline.after(self.timeout_s)
        start = time.perf_counter()
        words = question_words(question)
        database = where if isinstance(where, Database) else self.database(where, deadline)
        db, schema = database.raw, database.schema
        values = _DatabaseValues(database, min(2.0, self.timeout_s), deadline)
        pruning = self.prune(words, schema, values)  # a schema too wide for the window: the part the parser sees
        if pruning is not None:
            from deepfix.tasks.spider.items.chunks import SlicedValues

            values = SlicedValues(values.matches(words, schema), pruning.kept.column_ids)
            schema = pruning.kept.schema
            db = schema.raw
        prepared = Preprocessor({schema.db_id: schema}, self.layout, values=values, parse=False,
                                semantic=self.semantic,
                                semantic_as_partial=self.config.data.semantic_partial is not None)(
            Example("ask", 0, "question", question, "", schema.db_id, words))
        if not self._lock.acquire(timeout=max(0.0, deadline.remaining() - DECODE_RESERVE_S)):
            raise Busy(f"the model was busy with other questions for the whole {self.timeout_s:g} s limit; ask again")
        try:
            features = encode_prepared(self.encoder, [prepared], progress=False)
            examples, _ = make_examples([prepared], features, {schema.db_id: schema}, keep_unusable=True)
            decoded = predict(self.model, examples, beam_size=self.beam_size)[0]
        finally:
            self._lock.release()
        with database.session(deadline) as session:
            sql, candidates = self._fill(decoded, db, question, session, deadline)
            try:
                engine_sql = render_for(sql, database.engine, db)
            except DeepfixError as error:  # SQL the engine's dialect cannot say: no rows, the reason shown
                result = ExecutionResult(None, str(error))
            else:
                result = session.run(engine_sql, keep_rows=self.max_rows)
        name_qc, name_qt, value_qc = prepared.links
        answer = Answer(question, words, sql, candidates, error=result.error,
                        links=links_of(words, schema, value_qc, prepared.semantic, (name_qc, name_qt)))
        if result.ok:
            answer.columns = list(result.columns or [])
            answer.rows = result.rows
            answer.total_rows = result.total
        answer.pruned = pruning.as_dict() if pruning is not None else None
        answer.seconds = time.perf_counter() - start
        return answer

    @staticmethod
    def _fill(decoded, db: dict, question: str, session, deadline: Deadline) -> tuple[str, list[Candidate]]:
        """The best tree's SQL and every shown candidate, each tree's values filled once."""
        candidates, best = [], None
        for tree, score in decoded.alternatives:
            try:
                text = tree_sql(tree, db, question, session, deadline=deadline)
            except DeepfixError:  # a tree naming what the schema lacks: not a candidate
                continue
            candidates.append(Candidate(text, float(score)))
            if tree is decoded.tree:
                best = text
        if best is None:  # no tree, or the best one could not be written: as to_sql says
            best = to_sql(decoded, db, question, session, deadline=deadline)
        return best, candidates
