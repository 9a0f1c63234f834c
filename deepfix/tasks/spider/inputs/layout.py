"""Input layout for the pretrained encoder, and the truncation policy for long schemas.

One sequence per example, in the tokenizer's own special tokens (BERT-style shown)::

    [CLS] w_1 ... w_q [SEP] col_1 [SEP] col_2 [SEP] ... [SEP] tab_1 [SEP] ... tab_T [SEP]

where a column reads ``<column name> <table name> <type>`` (e.g. ``people id people number``;
``*`` reads ``* all``) and a table reads ``<table name>``. Every question word, column and table
is an **item**; its vector is the **mean of the encoder's outputs over its sub-word tokens**
(for a column: over the column name, table name and type sub-words, so two ``name`` columns
of different tables get different vectors). Special tokens are not pooled.

Truncation (the encoder has ``max_tokens`` positions, 512 for MiniLM/BERT):
1. the question keeps at most ``max_question_tokens`` sub-words (whole words; later words dropped);
2. every table is kept;
3. columns are kept in priority order ``*``, primary keys, foreign-key columns, then the rest in
   schema order, as long as they fit; dropped columns are absent from the stack's input and
   count as predicted "unused" by the schema-item head.
Every drop is counted in :class:`Layout` (``dropped_words``, ``dropped_columns``) and the totals are
reported by ``deepfix spider prepare`` / ``cache`` — never silent.

A schema whose tables alone do not fit cannot be laid out at all: :class:`SchemaTooLarge` (one
line with both sizes) instead of a sequence longer than the encoder's positions. Answering a
question (``LayoutBuilder(..., truncate_schema=False)``) refuses any schema that does not fit
whole, since dropped columns could never appear in the answer; training keeps truncating.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.inputs.schema import Schema


class SchemaTooLarge(DeepfixError):
    """The question and schema take more tokens than the encoder reads (and may not be truncated)."""


@dataclass
class Layout:
    input_ids: list[int]
    spans: np.ndarray  # (items, 2) int64: [start, end) token positions of each item
    num_words: int  # question words kept (items 0..num_words-1)
    column_ids: np.ndarray  # (C_kept,) schema column ids kept, ascending
    num_tables: int
    dropped_words: int = 0
    dropped_columns: int = 0

    @property
    def num_items(self) -> int:
        return len(self.spans)


def column_text(schema: Schema, column: int) -> str:
    col = schema.columns[column]
    if col.table < 0:
        return "* all"
    return f"{col.name} {schema.tables[col.table].name} {col.type}"


class LayoutBuilder:
    """Tokenizes items once (cached per string) and lays out examples under a token budget."""

    def __init__(self, tokenizer, max_tokens: int = 512, max_question_tokens: int = 128,
                 truncate_schema: bool = True):
        self.tokenizer = tokenizer
        self.max_tokens = max_tokens
        self.max_question_tokens = max_question_tokens
        self.truncate_schema = truncate_schema  # False: a schema that does not fit whole -> SchemaTooLarge
        self.cls = tokenizer.cls_token_id
        self.sep = tokenizer.sep_token_id
        self._pieces: dict[str, list[int]] = {}

    def config(self) -> dict:
        """What determines the layout (part of the encoder-cache key)."""
        return {"version": 1, "max_tokens": self.max_tokens, "max_question_tokens": self.max_question_tokens,
                "tokenizer": type(self.tokenizer).__name__, "vocab_size": len(self.tokenizer)}

    def pieces(self, text: str) -> list[int]:
        ids = self._pieces.get(text)
        if ids is None:
            ids = self.tokenizer(text, add_special_tokens=False)["input_ids"] or [self.tokenizer.unk_token_id]
            self._pieces[text] = ids
        return ids

    def column_priority(self, schema: Schema) -> list[int]:
        keys = sorted(schema.primary_keys)
        fks = sorted({c for pair in schema.foreign_keys for c in pair} - set(keys))
        rest = [c for c in range(1, schema.num_columns) if c not in schema.primary_keys and c not in fks]
        return [0] + keys + fks + rest

    def build(self, question_words: list[str], schema: Schema) -> Layout:
        word_pieces = [self.pieces(w) for w in question_words]
        kept_words, used = 0, 0
        for pieces in word_pieces:
            if used + len(pieces) > self.max_question_tokens:
                break
            used += len(pieces)
            kept_words += 1
        table_pieces = [self.pieces(t.name) for t in schema.tables]
        column_pieces = {c: self.pieces(column_text(schema, c)) for c in range(schema.num_columns)}
        budget = self.max_tokens - 2 - used - sum(len(p) + 1 for p in table_pieces)
        whole = self.max_tokens - budget + sum(len(p) + 1 for p in column_pieces.values())
        if budget < 0 or (whole > self.max_tokens and not self.truncate_schema):
            raise self.too_large(schema, whole)
        kept_columns = []
        for c in self.column_priority(schema):
            cost = len(column_pieces[c]) + 1
            if cost <= budget:
                kept_columns.append(c)
                budget -= cost
        kept_columns.sort()

        ids = [self.cls]
        spans = []
        for pieces in word_pieces[:kept_words]:
            spans.append((len(ids), len(ids) + len(pieces)))
            ids.extend(pieces)
        ids.append(self.sep)
        for pieces in [column_pieces[c] for c in kept_columns] + table_pieces:
            spans.append((len(ids), len(ids) + len(pieces)))
            ids.extend(pieces)
            ids.append(self.sep)
        return Layout(ids, np.array(spans, dtype=np.int64).reshape(-1, 2), kept_words,
                      np.array(kept_columns, dtype=np.int64), schema.num_tables,
                      len(question_words) - kept_words, schema.num_columns - len(kept_columns))

    def too_large(self, schema: Schema, tokens: int) -> SchemaTooLarge:
        """The one-line error for a question + schema of ``tokens`` tokens that cannot be laid out."""
        message = (f"the question and the schema of {schema.db_id} take {tokens} tokens; "
                   f"this model reads at most {self.max_tokens}")
        if self.truncate_schema:
            return SchemaTooLarge(message + " and its tables alone do not fit")
        return SchemaTooLarge(message + " (unpruned: ask a database with fewer tables/columns)")

    def item_index(self, layout: Layout, num_words_total: int, num_columns: int) -> np.ndarray:
        """Rows of the full (untruncated) relation matrix that the layout's items correspond to."""
        return np.concatenate([
            np.arange(layout.num_words),
            num_words_total + layout.column_ids,
            num_words_total + num_columns + np.arange(layout.num_tables),
        ])
