"""Parts of a schema: a sub-schema of chosen tables and columns, and chunks that each fit the encoder.

A :func:`sub_schema` is an ordinary :class:`~deepfix.tasks.spider.inputs.schema.Schema` (its own
``tables.json`` entry, Spider's numbering: ``*`` first, then the kept columns in schema order), with
the original id of every kept column and table, so scores and answers map back. Keys survive where both
ends are kept. Names are the originals, so SQL written over a sub-schema runs on the whole database.

:func:`plan_chunks` splits a schema that does not fit the encoder's window with the question into
chunks that do (whole tables in schema order; a table too wide for one chunk is split over several,
its name repeated), using the same token counts as :class:`~deepfix.tasks.spider.inputs.layout.LayoutBuilder`.
A schema that fits is one chunk: the whole schema.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from deepfix.tasks.spider.inputs.layout import LayoutBuilder, column_text
from deepfix.tasks.spider.inputs.schema import Schema


@dataclass
class SubSchema:
    schema: Schema
    column_ids: np.ndarray  # (C',) int64 original id of each sub-schema column (0 -> 0, '*')
    table_ids: np.ndarray   # (T',) int64 original id of each sub-schema table


def sub_schema(schema: Schema, tables, columns) -> SubSchema:
    """The schema of ``tables`` with those of ``columns`` that belong to them ('*' always), in schema order."""
    table_ids = np.array(sorted({int(t) for t in tables}), dtype=np.int64)
    new_table = {int(t): i for i, t in enumerate(table_ids)}
    wanted = {int(c) for c in columns}
    column_ids = np.array([0] + [c.index for c in schema.columns[1:] if c.index in wanted and c.table in new_table],
                          dtype=np.int64)
    new_column = {int(c): i for i, c in enumerate(column_ids)}
    raw = schema.raw
    entry = {
        "db_id": schema.db_id,
        "table_names": [raw["table_names"][t] for t in table_ids],
        "table_names_original": [raw["table_names_original"][t] for t in table_ids],
        "column_names": [[-1, "*"]] + [[new_table[schema.columns[c].table], raw["column_names"][c][1]]
                                       for c in column_ids[1:]],
        "column_names_original": [[-1, "*"]] + [[new_table[schema.columns[c].table], raw["column_names_original"][c][1]]
                                                for c in column_ids[1:]],
        "column_types": [raw["column_types"][c] for c in column_ids],
        "primary_keys": [new_column[c] for c in sorted(schema.primary_keys) if c in new_column],
        "foreign_keys": [[new_column[a], new_column[b]] for a, b in schema.foreign_keys
                         if a in new_column and b in new_column],
    }
    return SubSchema(Schema.from_json(entry, path=f"sub-schema of {schema.db_id}"), column_ids, table_ids)


def question_tokens(builder: LayoutBuilder, words: list[str]) -> int:
    """Sub-word tokens of the question words the layout keeps (at most ``max_question_tokens``)."""
    used = 0
    for word in words:
        pieces = len(builder.pieces(word))
        if used + pieces > builder.max_question_tokens:
            break
        used += pieces
    return used


@dataclass
class Costs:
    """Token costs (each with its [SEP]) of laying out one question with one schema."""

    fixed: int            # [CLS] + question + [SEP] + the '*' column
    tables: np.ndarray    # (T,) int64
    columns: np.ndarray   # (C,) int64 (column 0, '*', counted in ``fixed`` and here as 0)
    max_tokens: int

    @property
    def whole(self) -> int:
        return int(self.fixed + self.tables.sum() + self.columns.sum())

    def fits(self) -> bool:
        return self.whole <= self.max_tokens


def layout_costs(builder: LayoutBuilder, words: list[str], schema: Schema) -> Costs:
    columns = np.array([0] + [len(builder.pieces(column_text(schema, c))) + 1 for c in range(1, schema.num_columns)],
                       dtype=np.int64)
    tables = np.array([len(builder.pieces(t.name)) + 1 for t in schema.tables], dtype=np.int64)
    fixed = 2 + question_tokens(builder, words) + len(builder.pieces(column_text(schema, 0))) + 1
    return Costs(fixed, tables, columns, builder.max_tokens)


def table_columns(schema: Schema) -> list[list[int]]:
    """Column ids of each table, in schema order ('*' in none)."""
    out: list[list[int]] = [[] for _ in schema.tables]
    for column in schema.columns[1:]:
        out[column.table].append(column.index)
    return out


def plan_chunks(costs: Costs, schema: Schema) -> list[tuple[list[int], list[int]]]:
    """(tables, columns) of each chunk; every column is in exactly one chunk, every table in at least one.

    A table whose name alone leaves no room for one column is placed without columns (never raises).
    """
    capacity = costs.max_tokens - costs.fixed
    per_table = table_columns(schema)
    chunks: list[tuple[list[int], list[int]]] = []
    tables: list[int] = []
    columns: list[int] = []
    used = 0
    for t, cols in enumerate(per_table):
        need = int(costs.tables[t] + costs.columns[cols].sum())
        if used + need <= capacity:
            tables.append(t)
            columns.extend(cols)
            used += need
            continue
        if tables:
            chunks.append((tables, columns))
            tables, columns, used = [], [], 0
        if need <= capacity:
            tables, columns, used = [t], list(cols), need
            continue
        part: list[int] = []  # a table wider than a chunk: its columns over several chunks
        room = capacity - int(costs.tables[t])
        for c in cols:
            if part and sum(int(costs.columns[x]) for x in part) + int(costs.columns[c]) > room:
                chunks.append(([t], part))
                part = []
            part.append(c)
        chunks.append(([t], part))
    if tables or not chunks:
        chunks.append((tables, columns))
    return chunks


class SlicedValues:
    """Value-match codes of the whole schema served to a sub-schema (a :class:`~deepfix.tasks.spider.inputs.values.ValueMatcher`
    stand-in for the preprocessor): ``codes`` (q, C) of the whole schema, or None (no value linking)."""

    def __init__(self, codes: np.ndarray | None, column_ids: np.ndarray):
        self.codes, self.column_ids = codes, column_ids
        self.missing: set[str] = set()

    def matches(self, question_words: list[str], schema: Schema) -> np.ndarray | None:
        return None if self.codes is None else self.codes[:, self.column_ids]  # (q, C')
