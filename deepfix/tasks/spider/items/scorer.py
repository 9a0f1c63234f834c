"""Score every column and table of a schema of any width with the schema-item head, chunk by chunk.

The head reads the encoder's pooled vectors of question + schema, which share one window
(``max_tokens``). A wider schema is cut into chunks that each fit with the question
(:func:`~.chunks.plan_chunks`); each chunk is laid out, linked (names; stored values sliced from the
whole schema's), encoded and scored on its own, all chunks in padded batches. A column is scored in the
one chunk that holds it; ``*`` and a table split over chunks take their highest logit. A schema that
fits is one chunk, so its scores are the head's scores on the whole schema.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.inputs.cache import encode_prepared
from deepfix.tasks.spider.inputs.data import Example
from deepfix.tasks.spider.inputs.layout import LayoutBuilder
from deepfix.tasks.spider.inputs.preprocess import Preprocessor
from deepfix.tasks.spider.inputs.schema import Schema
from deepfix.tasks.spider.items.chunks import SlicedValues, layout_costs, plan_chunks, sub_schema
from deepfix.tasks.spider.items.task import COLUMN, TABLE, WORD, ItemExample, batch_inputs, collate

UNSCORED = -30.0  # the logit of an item no chunk could lay out (as the head's predict_scores writes a cut column)


@dataclass
class ItemScores:
    columns: np.ndarray  # (C,) float32 logit per schema column ('*' included)
    tables: np.ndarray   # (T,) float32 logit per table
    chunks: int          # encoder windows the schema took


class ItemScorer:
    """The schema-item head with the encoder it reads; :meth:`score` takes a schema of any width."""

    def __init__(self, head: torch.nn.Module, encoder, builder: LayoutBuilder, chunks_per_batch: int = 8):
        self.head, self.encoder, self.chunks_per_batch = head.eval(), encoder, chunks_per_batch
        # a chunk is planned to fit; should one not, its columns are cut (counted UNSCORED), never refused
        self.builder = LayoutBuilder(builder.tokenizer, builder.max_tokens, builder.max_question_tokens,
                                     truncate_schema=True)
        self.builder._pieces = builder._pieces  # one token cache

    def prepare_chunk(self, words: list[str], schema: Schema, tables, columns, codes):
        part = sub_schema(schema, tables, columns)
        values = SlicedValues(codes, part.column_ids)
        example = Example("chunk", 0, "question", " ".join(words), "", schema.db_id, words)
        prepared = Preprocessor({schema.db_id: part.schema}, self.builder, values=values, parse=False)(example)
        return part, prepared

    @torch.no_grad()
    def score(self, words: list[str], schema: Schema, value_codes: np.ndarray | None = None) -> ItemScores:
        """Logits of every column and table of ``schema`` for the question ``words``; ``value_codes``: the
        (q, C) value-match codes of the whole schema (None: no value linking)."""
        costs = layout_costs(self.builder, words, schema)
        plan = plan_chunks(costs, schema)
        columns = np.full(schema.num_columns, -np.inf, dtype=np.float32)
        tables = np.full(schema.num_tables, -np.inf, dtype=np.float32)
        for start in range(0, len(plan), self.chunks_per_batch):
            parts, prepared = [], []
            for chunk_tables, chunk_columns in plan[start:start + self.chunks_per_batch]:
                try:
                    part, p = self.prepare_chunk(words, schema, chunk_tables, chunk_columns, value_codes)
                except DeepfixError:  # a chunk that cannot be laid out at all (a table name past the window)
                    continue
                parts.append(part)
                prepared.append(p)
            if not prepared:
                continue
            features = encode_prepared(self.encoder, prepared, progress=False)  # [(items_i, H)]
            examples = [chunk_example(p, f) for p, f in zip(prepared, features)]
            logits = self.head(*batch_inputs(collate(examples))).float().numpy()  # (B, n)
            for part, p, row in zip(parts, prepared, logits):
                lay = p.layout
                q, kept = lay.num_words, lay.column_ids
                col_logits = row[q:q + len(kept)]                    # (C_kept,)
                tab_logits = row[q + len(kept):q + len(kept) + lay.num_tables]  # (T',)
                original = part.column_ids[kept]
                np.maximum.at(columns, original, col_logits)
                np.maximum.at(tables, part.table_ids, tab_logits)
        columns[~np.isfinite(columns)] = UNSCORED
        tables[~np.isfinite(tables)] = UNSCORED
        return ItemScores(columns, tables, len(plan))


def chunk_example(prepared, features: torch.Tensor) -> ItemExample:
    """An unlabelled :class:`ItemExample` of one laid-out chunk (features (n, H))."""
    lay = prepared.layout
    q, kept, T = lay.num_words, len(lay.column_ids), lay.num_tables
    kinds = torch.tensor([WORD] * q + [COLUMN] * kept + [TABLE] * T)
    return ItemExample(features, torch.from_numpy(prepared.relations), torch.full((lay.num_items,), -1.0), kinds,
                       np.zeros(0, dtype=np.uint8), np.zeros(0, dtype=np.int64))
