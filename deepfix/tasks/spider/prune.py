"""Schema pruning: what the parser sees of a schema too wide for the encoder's window with the question.

The schema-item head scores every column and table (:class:`~deepfix.tasks.spider.items.scorer.ItemScorer`,
chunk by chunk). Items are then taken best logit first while they fit the window: a table brings its
primary-key and foreign-key columns, a column brings its table (and that table's key columns). Items
with a logit below ``threshold`` are not taken, except that the best table always is. What the parser
sees is a :func:`~deepfix.tasks.spider.items.chunks.sub_schema` with the original names, so its SQL
runs on the whole database. Nothing is dropped silently: :class:`Pruning` names every table and column
left out, and the answer carries it.

A schema that fits is not pruned (:meth:`Pruner.prune` returns None). A schema wider than
``first_pass_windows`` encoder windows is first narrowed to the tables that share the most rare
words with the question (:mod:`~deepfix.tasks.spider.items.first_pass`), so the head reads a bounded
number of windows whatever the schema's width; ``first_pass_windows=None`` lets it read them all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import numpy as np

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.inputs.schema import Schema
from deepfix.tasks.spider.items.chunks import SubSchema, layout_costs, plan_chunks, sub_schema, table_columns
from deepfix.tasks.spider.items.first_pass import candidate_tables
from deepfix.tasks.spider.items.scorer import UNSCORED, ItemScorer, ItemScores

#: The logit below which an item is not taken (the best table always is): chosen on widened held-out
#: *training* questions (benchmarks/wide_schemas.py --choose-threshold), never on dev.
#: Measured with benchmarks/wide_schemas.py --split holdout-db --widths 5 --limit 150 (5x, 64 of the 150
#: questions pruned; results/benchmarks/wide_schemas_threshold_holdout.json): exact match 75/150 with no
#: threshold, 80 at -4.6 (p >= 0.01), 79 at -3.5, 68 at -2.2, 65 at -0.85; the best is taken.
DEFAULT_THRESHOLD = -4.6
#: Encoder windows the schema-item head reads at most per question (a schema wider than that is first
#: narrowed by the lexical first pass): a speed setting, 4 windows ~ 0.6 s of one CPU thread.
FIRST_PASS_WINDOWS = 4
#: Names listed in an answer's summary line before "and N more".
SHOWN_NAMES = 8


@dataclass
class Pruning:
    """What was left out of a schema for one question."""

    kept: SubSchema                  # the schema the parser sees, with original ids
    left_out_tables: list[str]       # names of the tables left out
    left_out_columns: list[str]      # "table.column" of every column left out (those of left-out tables too)
    tables: int                      # tables of the whole schema
    columns: int                     # columns of the whole schema ('*' not counted)
    chunks: int                      # encoder windows the scoring took
    scores: ItemScores | None = field(default=None, repr=False)

    def as_dict(self) -> dict:
        """Plain JSON data for an answer: counts and the names left out."""
        return {"tables": self.tables, "columns": self.columns,
                "kept_tables": self.tables - len(self.left_out_tables),
                "kept_columns": self.columns - len(self.left_out_columns),
                "left_out_tables": len(self.left_out_tables), "left_out_columns": len(self.left_out_columns),
                "left_out_table_names": self.left_out_tables, "left_out_column_names": self.left_out_columns,
                "chunks": self.chunks}

    def summary(self) -> str:
        return summary_line(self.as_dict())


def summary_line(pruned: dict) -> str:
    """One line from :meth:`Pruning.as_dict`, e.g. 'schema pruned to fit the model: 3 of 500 tables and 12 of
    2500 columns kept; tables left out: a, b, ... and 490 more'."""
    names = pruned["left_out_table_names"][:SHOWN_NAMES]
    more = pruned["left_out_tables"] - len(names)
    listed = ", ".join(names) + (f" and {more} more" if more > 0 else "")
    line = (f"schema pruned to fit the model: {pruned['kept_tables']} of {pruned['tables']} tables and "
            f"{pruned['kept_columns']} of {pruned['columns']} columns kept")
    return line + (f"; tables left out: {listed}" if listed else "")


def key_columns(schema: Schema) -> list[set[int]]:
    """Primary-key and foreign-key columns (either end) of each table."""
    keys: list[set[int]] = [set() for _ in schema.tables]
    for c in schema.primary_keys:
        keys[schema.columns[c].table].add(c)
    for a, b in schema.foreign_keys:
        keys[schema.columns[a].table].add(a)
        keys[schema.columns[b].table].add(b)
    return keys


def choose_items(schema: Schema, scores: ItemScores, costs, threshold: float = DEFAULT_THRESHOLD,
                 max_tables: int | None = None) -> tuple[list[int], list[int]]:
    """(kept tables, kept columns) best logit first within the window; see the module docstring.
    ``max_tables``: once that many tables are kept, no item brings a new one."""
    budget = costs.max_tokens - costs.fixed
    keys = key_columns(schema)
    # items: (logit, kind, id), kind 0 = table, 1 = column; best first, tables before columns on ties
    items = [(float(scores.tables[t]), 0, t) for t in range(schema.num_tables)]
    items += [(float(scores.columns[c]), 1, c) for c in range(1, schema.num_columns)]
    items.sort(key=lambda item: (-item[0], item[1], item[2]))
    kept_tables: set[int] = set()
    kept_columns: set[int] = set()
    for logit, kind, item in items:
        if logit < threshold and kept_tables:
            break
        table = item if kind == 0 else schema.columns[item].table
        if max_tables is not None and table not in kept_tables and len(kept_tables) >= max_tables:
            continue
        new_columns = set() if table in kept_tables else set(keys[table])
        if kind == 1:
            new_columns.add(item)
        new_columns -= kept_columns
        cost = int(costs.columns[sorted(new_columns)].sum()) + (0 if table in kept_tables else int(costs.tables[table]))
        if cost > budget:
            continue
        budget -= cost
        kept_tables.add(table)
        kept_columns |= new_columns
    return sorted(kept_tables), sorted(kept_columns)


class Pruner:
    """Fits a schema to the parser's window for one question (see the module docstring)."""

    def __init__(self, scorer: ItemScorer, threshold: float = DEFAULT_THRESHOLD,
                 first_pass_windows: int | None = FIRST_PASS_WINDOWS):
        self.scorer, self.threshold, self.first_pass_windows = scorer, threshold, first_pass_windows

    def needed(self, words: list[str], schema: Schema) -> bool:
        return not layout_costs(self.scorer.builder, words, schema).fits()

    def prune(self, words: list[str], schema: Schema, value_codes: np.ndarray | None = None) -> Pruning | None:
        """None when question + schema fit the window; else the kept sub-schema and what was left out.
        ``value_codes``: the whole schema's (q, C) value-match codes, or None."""
        costs = layout_costs(self.scorer.builder, words, schema)
        if costs.fits():
            return None
        scores = self.score(words, schema, costs, value_codes)
        tables, columns = choose_items(schema, scores, costs, self.threshold)
        kept = sub_schema(schema, tables, columns)
        kept_columns = set(kept.column_ids.tolist())
        kept_tables = set(kept.table_ids.tolist())
        left_tables = [t.original for t in schema.tables if t.index not in kept_tables]
        left_columns = [f"{schema.tables[c.table].original}.{c.original}" for c in schema.columns[1:]
                        if c.index not in kept_columns]
        return Pruning(kept, left_tables, left_columns, schema.num_tables, schema.num_columns - 1, scores.chunks,
                       scores)


    def score(self, words: list[str], schema: Schema, costs, value_codes: np.ndarray | None = None) -> ItemScores:
        """The head's logits of every item; beyond ``first_pass_windows`` windows, only of the first
        pass's candidate tables and their columns (the others: UNSCORED)."""
        windows = self.first_pass_windows
        if windows is None or len(plan_chunks(costs, schema)) <= windows:
            return self.scorer.score(words, schema, value_codes)
        candidates = candidate_tables(words, schema, costs, windows, value_codes)
        per_table = table_columns(schema)
        part = sub_schema(schema, candidates, [c for t in candidates for c in per_table[t]])
        codes = value_codes[:, part.column_ids] if value_codes is not None else None
        inner = self.scorer.score(words, part.schema, codes)
        columns = np.full(schema.num_columns, UNSCORED, dtype=np.float32)
        tables = np.full(schema.num_tables, UNSCORED, dtype=np.float32)
        columns[part.column_ids] = inner.columns
        tables[part.table_ids] = inner.tables
        return ItemScores(columns, tables, inner.chunks)


def load_pruner(encoder, builder, path: str | os.PathLike | None = None,
                threshold: float = DEFAULT_THRESHOLD) -> Pruner:
    """A pruner over the schema-item head at ``path`` (default: the one shipped beside the model)."""
    from deepfix.tasks.spider.items.files import SHIPPED_ITEM_HEAD, load_item_head

    path = path or SHIPPED_ITEM_HEAD
    head = load_item_head(path)
    width, hidden = head.projection.weight.shape[1], getattr(getattr(encoder, "config", None), "hidden_size", None)
    if hidden is not None and width != hidden:
        raise DeepfixError(f"{path}: the schema-item head reads {width}-wide vectors; this encoder gives {hidden}")
    return Pruner(ItemScorer(head, encoder, builder), threshold)
