"""Turn Spider examples into stack inputs: layout, relation matrix and schema-item labels.

Per database the name index (:mod:`.linking`), the schema relation block (:mod:`.relations`)
and the value index (:mod:`.values`) are built once; per example the work is a handful of numpy
operations, which keeps all 7000 train examples well inside a minute on one core.

With a :class:`~.semantic.SemanticLinker` (``data.semantic_links``, relation vocabulary version 2)
question words are also linked to names by the encoder's embedding similarity; without one the
relations are version 1's, exactly as before.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

import numpy as np
from tqdm import tqdm

from deepfix.errors import DeepfixError

from deepfix.tasks.spider.inputs.data import Example
from deepfix.tasks.spider.inputs.layout import Layout, LayoutBuilder
from deepfix.tasks.spider.inputs.linking import SchemaNameIndex, name_matches
from deepfix.tasks.spider.inputs.relations import example_relations, schema_relations
from deepfix.tasks.spider.inputs.schema import Schema
from deepfix.tasks.spider.inputs.semantic import SemanticLinker
from deepfix.tasks.spider.items.labels import used_items
from deepfix.tasks.spider.sql.parser import parse_sql
from deepfix.tasks.spider.inputs.values import ValueMatcher


@dataclass
class Prepared:
    example: Example
    layout: Layout
    relations: np.ndarray  # (items, items) uint8 relation ids over the layout's items
    column_labels: np.ndarray | None  # (C,) uint8, all schema columns (None: no gold SQL)
    table_labels: np.ndarray | None  # (T,) uint8
    semantic: tuple | None = None  # ((q, C), (q, T)) bool semantic links over all words/items (None: off)
    #: (name (q, C), name (q, T), value (q, C) or None) match codes over all words and schema items: the
    #: linking the relations were built from, for display (no second linking)
    links: tuple | None = None


@dataclass
class PrepareStats:
    examples: int = 0
    truncated_examples: int = 0
    dropped_words: int = 0
    dropped_columns: int = 0
    dropped_used_columns: int = 0  # gold-used columns that truncation removed
    unlabelled: int = 0  # no sql field and no parser / parse failure
    parse_failures: list = field(default_factory=list)
    value_databases_missing: int = 0
    semantic_links: int | None = None  # (word, column/table) pairs linked semantically (None: linking off)
    semantic_words: int | None = None  # question words with at least one semantic link

    def as_dict(self) -> dict:
        d = dict(self.__dict__)
        d["parse_failures"] = len(self.parse_failures)
        if d["semantic_links"] is None:  # off: the report is as before semantic linking
            del d["semantic_links"], d["semantic_words"]
        return d


class Preprocessor:
    def __init__(self, schemas: dict[str, Schema], layout: LayoutBuilder, values: ValueMatcher | None = None,
                 parse: bool = True, semantic: SemanticLinker | None = None, semantic_as_partial: bool = False):
        self.schemas = schemas
        self.layout = layout
        self.values = values
        self.semantic = semantic  # None: relation vocabulary version 1 (no semantic links)
        # True: a semantic link is written as a partial name match (vocabulary version 1), so a model trained
        # without semantic links reads it at test time; False: as its own relation type (version 2)
        self.semantic_as_partial = semantic_as_partial
        self.parse_sql = parse_sql if parse else None
        self._names: dict[str, SchemaNameIndex] = {}
        self._blocks: dict[str, np.ndarray] = {}
        self.stats = PrepareStats()
        if semantic is not None:
            self.stats.semantic_links = self.stats.semantic_words = 0

    def labels(self, example: Example, schema: Schema):
        sql = example.sql
        if sql is None and self.parse_sql is not None:
            try:
                sql = self.parse_sql(example.query, schema.raw)
            except Exception as error:  # any parser failure: the example stays unlabelled, counted
                self.stats.parse_failures.append((example.source, example.index, f"{type(error).__name__}: {error}"))
                sql = None
        if sql is None:
            self.stats.unlabelled += 1
            return None, None
        try:
            columns, tables = used_items(sql)
        except DeepfixError as error:
            raise DeepfixError(f"{example.source}, record {example.index}, field 'sql': {error}") from None
        col = np.zeros(schema.num_columns, dtype=np.uint8)
        tab = np.zeros(schema.num_tables, dtype=np.uint8)
        col[[c for c in columns if 0 <= c < schema.num_columns]] = 1
        tab[[t for t in tables if 0 <= t < schema.num_tables]] = 1
        return col, tab

    def __call__(self, example: Example) -> Prepared:
        schema = self.schemas[example.db_id]
        words = example.question_words
        layout = self.layout.build(words, schema)  # first: a schema too large to lay out fails fast
        if example.db_id not in self._names:
            self._names[example.db_id] = SchemaNameIndex.build(schema)
            self._blocks[example.db_id] = schema_relations(schema)
        name_qc, name_qt = name_matches(words, self._names[example.db_id])
        value_qc = self.values.matches(words, schema) if self.values is not None else None
        semantic = None
        if self.semantic is not None:
            semantic = self.semantic.matches(words, schema, name_qc, name_qt, value_qc)
            self.stats.semantic_links += int(semantic[0].sum() + semantic[1].sum())
            self.stats.semantic_words += int((semantic[0].any(1) | semantic[1].any(1)).sum())
            if self.semantic_as_partial:
                name_qc = np.where(semantic[0], np.maximum(name_qc, 1), name_qc)
                name_qt = np.where(semantic[1], np.maximum(name_qt, 1), name_qt)
                full = example_relations(len(words), self._blocks[example.db_id], name_qc, name_qt, value_qc)
            else:
                full = example_relations(len(words), self._blocks[example.db_id], name_qc, name_qt, value_qc, *semantic)
        else:
            full = example_relations(len(words), self._blocks[example.db_id], name_qc, name_qt, value_qc)
        if layout.dropped_words or layout.dropped_columns:
            keep = self.layout.item_index(layout, len(words), schema.num_columns)
            full = full[np.ix_(keep, keep)]
        col, tab = self.labels(example, schema)
        s = self.stats
        s.examples += 1
        s.truncated_examples += bool(layout.dropped_words or layout.dropped_columns)
        s.dropped_words += layout.dropped_words
        s.dropped_columns += layout.dropped_columns
        if col is not None and layout.dropped_columns:
            kept = np.zeros(schema.num_columns, dtype=bool)
            kept[layout.column_ids] = True
            s.dropped_used_columns += int(col[~kept].sum())
        return Prepared(example, layout, full.astype(np.uint8), col, tab, semantic, (name_qc, name_qt, value_qc))

    def run(self, examples: list[Example], desc: str = "prepare", progress: bool = True) -> list[Prepared]:
        if self.semantic is not None:  # every word and name of the split in large batches first
            self.semantic.prefetch([e.question_words for e in examples],
                                   [self.schemas[db_id] for db_id in sorted({e.db_id for e in examples})])
        with tqdm(examples, desc=desc, disable=not progress, file=sys.stderr) as bar:  # closed on errors too
            out = [self(e) for e in bar]
        if self.values is not None:
            self.stats.value_databases_missing = len({e.db_id for e in examples} & self.values.missing)
        return out
