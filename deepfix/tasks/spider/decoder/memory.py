"""What a grammar decoder reads of the encoder: the stack output of a batch with its pointer candidates."""

from __future__ import annotations

import torch


class Memory:
    """Encoder output of a batch, in the shapes the decoder reads, with its projections cached.

    A decoder's ``prepare`` (:meth:`~deepfix.tasks.spider.decoder.lstm.TreeDecoder.prepare`) fills
    the attention keys/values and pointer keys once per batch, so a decoding step never
    re-projects the memory.
    """

    FIELDS = ("memory", "memory_pad", "columns", "column_valid", "tables", "table_valid",
              "keys", "values", "column_keys", "table_keys")

    def __init__(self, memory, memory_pad, columns, column_valid, tables, table_valid,
                 keys=None, values=None, column_keys=None, table_keys=None):
        self.memory = memory              # (B, n, d) stack output
        self.memory_pad = memory_pad      # (B, n) bool, True = pad
        self.columns = columns            # (B, C, d) column vectors (pointer candidates)
        self.column_valid = column_valid  # (B, C) bool
        self.tables = tables              # (B, T, d)
        self.table_valid = table_valid    # (B, T) bool
        self.keys = keys                  # (B, heads, H / heads, n) attention keys, transposed once
        self.values = values              # (B, heads, n, H / heads)
        self.column_keys = column_keys    # (B, C, d) pointer keys
        self.table_keys = table_keys      # (B, T, d)

    def without_vectors(self) -> "Memory":
        """The same memory without the stack output ``memory`` itself (None): what a search step reads
        once the decoder has projected it (attention keys/values, pointers), so that per-hypothesis
        copies (:meth:`select`) skip the largest tensor."""
        return Memory(None, *(getattr(self, name) for name in self.FIELDS[1:]))

    def select(self, rows: torch.Tensor) -> "Memory":
        """The memory of examples ``rows`` (N,) — one row per hypothesis in beam search."""
        return Memory(*(None if getattr(self, name) is None else getattr(self, name).index_select(0, rows)
                        for name in self.FIELDS))
