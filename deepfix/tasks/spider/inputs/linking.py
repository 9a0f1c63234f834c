"""Schema linking by name (RAT-SQL, Wang et al. 2020, Sec. 3.2 "Name-based linking").

A question n-gram (n <= 5) that equals a column/table name word for word is an **exact** match
for each of its words; an n-gram that occurs inside a name (contiguous words) is a **partial**
match, except a lone stop word. Words are compared after :func:`.text.normalize`. Each name's
exact and partial n-grams are indexed once per schema, so linking a question is one dictionary
look-up per question n-gram (no loop over columns).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from deepfix.tasks.spider.inputs.schema import Schema
from deepfix.tasks.spider.inputs.text import STOPWORDS, normalize

MAX_NGRAM = 5
NONE, PARTIAL, EXACT = 0, 1, 2  # match codes, ordered by strength


def ngram_index(names: list[tuple[str, ...]]) -> tuple[dict, dict]:
    """(exact, partial): n-gram -> indices of names equal to it / containing it as contiguous words."""
    exact: dict[tuple, list[int]] = {}
    partial: dict[tuple, set[int]] = {}
    for item, name in enumerate(names):
        if not name or name == ("*",):
            continue
        exact.setdefault(name, []).append(item)
        for n in range(1, min(MAX_NGRAM, len(name)) + 1):
            for start in range(len(name) - n + 1):
                gram = name[start:start + n]
                if n == 1 and gram[0] in STOPWORDS:
                    continue
                partial.setdefault(gram, set()).add(item)
    return exact, {k: sorted(v) for k, v in partial.items()}


@dataclass
class SchemaNameIndex:
    columns: tuple[dict, dict]
    tables: tuple[dict, dict]
    num_columns: int
    num_tables: int

    @classmethod
    def build(cls, schema: Schema) -> "SchemaNameIndex":
        return cls(
            ngram_index([c.words for c in schema.columns]),
            ngram_index([t.words for t in schema.tables]),
            schema.num_columns,
            schema.num_tables,
        )


def match_ngrams(question: list[str], index: tuple[dict, dict], num_items: int) -> np.ndarray:
    """Match codes (q, num_items) uint8 in {NONE, PARTIAL, EXACT} for normalised question words."""
    exact, partial = index
    codes = np.zeros((len(question), num_items), dtype=np.uint8)
    for n in range(min(MAX_NGRAM, len(question)), 0, -1):
        for start in range(len(question) - n + 1):
            gram = tuple(question[start:start + n])
            hits = exact.get(gram)
            if hits:
                codes[start:start + n, hits] = EXACT
            hits = partial.get(gram)
            if hits:
                block = codes[start:start + n, hits]
                codes[start:start + n, hits] = np.maximum(block, PARTIAL)
    return codes


def name_matches(question_words: list[str], index: SchemaNameIndex) -> tuple[np.ndarray, np.ndarray]:
    """Question-column (q, C) and question-table (q, T) name-match codes."""
    normalised = [normalize(w) for w in question_words]
    return (
        match_ngrams(normalised, index.columns, index.num_columns),
        match_ngrams(normalised, index.tables, index.num_tables),
    )
