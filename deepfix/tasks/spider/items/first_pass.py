"""A cheap first pass over a very wide schema: which tables the schema-item head should read.

Scoring every item of a 500-table schema with the head costs one encoder window per ~15 tables
for *every* question (31 windows, ~5 s on one thread). Before that, tables are ranked by the words
they share with the question, weighted by rarity (BM25's idea, with no learned part):

    score(t) = sum over question words w of  idf(w) * (2 [w in t's name] + [w in a column name of t])
               + 2 max idf over the question's stored-value matches in t's columns,
    idf(w)   = log(1 + T / df(w)),  df(w) = tables whose name or columns contain w,

words compared in :func:`~deepfix.tasks.spider.inputs.text.normalize`'s form, stop words ignored.
A table joined by a foreign key to one of the best ranked tables inherits half of that table's
score (a question names the tables it filters, not always the one that links them). The best
tables are taken until they fill ``windows`` encoder windows; the head then scores only them, and
a table the first pass leaves out is reported left out like any other. Nothing is chosen on dev:
the window count is a speed setting, its cost in accuracy measured by ``benchmarks/wide_schemas.py``.
"""

from __future__ import annotations

import math

import numpy as np

from deepfix.tasks.spider.inputs.schema import Schema
from deepfix.tasks.spider.inputs.text import STOPWORDS, normalize
from deepfix.tasks.spider.items.chunks import Costs, table_columns

#: Share of a table's score its foreign-key neighbours inherit.
NEIGHBOUR_SHARE = 0.5


def table_scores(words: list[str], schema: Schema, value_codes: np.ndarray | None = None) -> np.ndarray:
    """(T,) lexical score of each table for the question ``words`` (see the module docstring)."""
    per_table = table_columns(schema)
    names = [set(table.words) for table in schema.tables]
    columns = [set(w for c in cols for w in schema.columns[c].words) for cols in per_table]
    df: dict[str, int] = {}
    for t in range(schema.num_tables):
        for w in names[t] | columns[t]:
            df[w] = df.get(w, 0) + 1
    idf = {w: math.log(1.0 + schema.num_tables / n) for w, n in df.items()}
    question = {normalize(w) for w in words if w.isalnum() and w.lower() not in STOPWORDS}
    scores = np.zeros(schema.num_tables, dtype=np.float64)
    for t in range(schema.num_tables):
        scores[t] = sum(idf.get(w, 0.0) * (2.0 * (w in names[t]) + (w in columns[t])) for w in question)
    if value_codes is not None and value_codes.size:
        matched = value_codes.any(axis=0)  # (C,) columns holding a stored value the question names
        rare = max(idf.values(), default=1.0)
        for t, cols in enumerate(per_table):
            if any(matched[c] for c in cols):
                scores[t] += 2.0 * rare
    base = scores.copy()
    for a, b in schema.foreign_keys:
        ta, tb = schema.columns[a].table, schema.columns[b].table
        scores[ta] = max(scores[ta], NEIGHBOUR_SHARE * base[tb])
        scores[tb] = max(scores[tb], NEIGHBOUR_SHARE * base[ta])
    return scores


def candidate_tables(words: list[str], schema: Schema, costs: Costs, windows: int,
                     value_codes: np.ndarray | None = None) -> list[int]:
    """The best tables (sorted ids) whose names and columns fill at most ``windows`` encoder windows
    beside the question; at least the best one."""
    scores = table_scores(words, schema, value_codes)
    per_table = table_columns(schema)
    budget = windows * (costs.max_tokens - costs.fixed)
    chosen: list[int] = []
    for t in sorted(range(schema.num_tables), key=lambda t: (-scores[t], t)):
        need = int(costs.tables[t] + costs.columns[per_table[t]].sum())
        if chosen and need > budget:
            continue
        chosen.append(t)
        budget -= need
        if budget <= 0:
            break
    return sorted(chosen)
