"""Semantic schema linking: question words linked to column/table names by the encoder's own embeddings.

Name linking (:mod:`.linking`) only sees spelling: "vocalist" links nothing to a column ``singer``.
Here each question word and each column/table name is embedded by **the pretrained encoder the model
reads**, alone in its own sequence (``[CLS] text [SEP]``), as the **mean of the encoder's outputs
over its sub-word tokens** (special tokens not pooled: the pooling of :mod:`.layout`), and a pair is
linked when the cosine similarity of the two vectors is at least ``threshold`` (``data.semantic_threshold``).
No synonym list: only the encoder's similarity.

Why the encoder's outputs and not its input (word-piece) embeddings: the default encoder,
all-MiniLM-L6-v2, is a sentence-embedding model trained so that the cosine of mean-pooled outputs
measures closeness of meaning (contrastively, on ~1B sentence pairs), which is exactly the use
here; its input embeddings are per word piece, so a word split into pieces ("vocal ##ist") would
be an average of fragments the network never composed. Embedding each text alone (not inside the
question + schema sequence of :mod:`.layout`) keeps a word's vector the same in every question, so
a threshold means the same everywhere and vectors are computed once per distinct text (kept in
memory: all of Spider's train words and names are a few thousand short texts).

Which pairs: a question word that is made of letters, is not a stop word (:data:`~.text.STOPWORDS`)
and is not only unknown pieces to the tokenizer, against every column name (``column.name``, e.g.
"singer id"; never ``*``) and every table name. Single words only, not n-grams: a link is a
(word, item) relation, and a multi-word paraphrase ("how old" for ``age``) shows in its content
word. A pair that a name match (either strength) or, for columns, a value match already links is
never semantic: the string relation stays as it is (:func:`~.relations.example_relations` enforces
it too).
"""

from __future__ import annotations

import re
import threading

import numpy as np
import torch

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.inputs.schema import Schema
from deepfix.tasks.spider.inputs.text import STOPWORDS, normalize

_LETTERS = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


def eligible(word: str) -> bool:
    """Can this question word get a semantic link? Letters only, two or more, and not a stop word."""
    return bool(_LETTERS.fullmatch(word)) and len(word) > 1 and normalize(word) not in STOPWORDS


class SemanticLinker:
    """Cosine similarities between question words and schema names under a frozen encoder.

    ``model``: the Hugging Face encoder (eval mode); ``tokenizer``: its tokenizer. Vectors are unit
    length, computed once per distinct text; safe to share across threads.
    """

    def __init__(self, model, tokenizer, threshold: float, batch_size: int = 256):
        if not -1.0 <= float(threshold) <= 1.0:
            raise DeepfixError(f"semantic link threshold: expected a cosine in [-1, 1], got {threshold}")
        self.model, self.tokenizer = model, tokenizer
        self.threshold = float(threshold)
        self.batch_size = batch_size
        self._vectors: dict[str, np.ndarray] = {}
        self._names: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}  # names -> (column, table) name vectors
        self._lock = threading.Lock()

    def _pieces(self, text: str) -> list[int]:
        return self.tokenizer(text, add_special_tokens=False)["input_ids"] or [self.tokenizer.unk_token_id]

    @torch.no_grad()
    def embed(self, texts: list[str]) -> np.ndarray:
        """(len(texts), H) float32 unit vectors: each text alone, mean of its sub-word outputs."""
        with self._lock:
            missing = sorted({t for t in texts if t not in self._vectors}, key=lambda t: (len(t), t))
            for start in range(0, len(missing), self.batch_size):
                chunk = missing[start:start + self.batch_size]
                pieces = [self._pieces(t) for t in chunk]
                longest = max(len(p) for p in pieces) + 2
                ids = torch.full((len(chunk), longest), self.tokenizer.pad_token_id or 0, dtype=torch.long)
                mask = torch.zeros(len(chunk), longest, dtype=torch.long)
                pool = torch.zeros(len(chunk), longest)
                for row, p in enumerate(pieces):
                    ids[row, : len(p) + 2] = torch.tensor([self.tokenizer.cls_token_id, *p, self.tokenizer.sep_token_id])
                    mask[row, : len(p) + 2] = 1
                    pool[row, 1 : len(p) + 1] = 1.0 / len(p)
                hidden = self.model(input_ids=ids, attention_mask=mask).last_hidden_state.float()  # (B, n, H)
                vectors = torch.einsum("bn,bnh->bh", pool, hidden)
                vectors = torch.nn.functional.normalize(vectors, dim=1).numpy()
                for text, vector in zip(chunk, vectors):
                    self._vectors[text] = vector
            if not texts:
                return np.zeros((0, 0), dtype=np.float32)
            return np.stack([self._vectors[t] for t in texts]).astype(np.float32)

    def prefetch(self, questions: list[list[str]], schemas: list[Schema]) -> None:
        """Embed every eligible word of ``questions`` and every name of ``schemas`` in large batches at once
        (a split's words then cost a few hundred batched passes, not one small pass per question)."""
        texts = {w for words in questions for w in words if eligible(w)}
        texts.update(c.name for schema in schemas for c in schema.columns)
        texts.update(t.name for schema in schemas for t in schema.tables)
        self.embed(sorted(texts))

    def name_vectors(self, schema: Schema) -> tuple[np.ndarray, np.ndarray]:
        """(C, H) column-name and (T, H) table-name unit vectors of ``schema`` (kept per list of names:
        two databases with one db_id but other names never share them)."""
        key = (tuple(c.name for c in schema.columns), tuple(t.name for t in schema.tables))
        cached = self._names.get(key)
        if cached is None:
            cached = (self.embed(list(key[0])), self.embed(list(key[1])))
            self._names[key] = cached
        return cached

    def similarities(self, words: list[str], schema: Schema) -> tuple[np.ndarray, np.ndarray]:
        """Cosine (q, C) question word - column name and (q, T) word - table name, float32.

        Words that cannot link (:func:`eligible`, or all of whose pieces are the tokenizer's unknown token:
        they would all share one vector) and the ``*`` column get -inf.
        """
        columns, tables = self.name_vectors(schema)
        qc = np.full((len(words), schema.num_columns), -np.inf, dtype=np.float32)
        qt = np.full((len(words), schema.num_tables), -np.inf, dtype=np.float32)
        unknown = self.tokenizer.unk_token_id
        rows = [i for i, w in enumerate(words) if eligible(w) and any(t != unknown for t in self._pieces(w))]
        if rows:
            vectors = self.embed([words[i] for i in rows])
            qc[rows] = vectors @ columns.T
            qt[rows] = vectors @ tables.T
            star = [c.index for c in schema.columns if c.table < 0]
            qc[:, star] = -np.inf
        return qc, qt

    def matches(self, words: list[str], schema: Schema, name_qc: np.ndarray, name_qt: np.ndarray,
                value_qc: np.ndarray | None = None, threshold: float | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Semantic links (q, C) and (q, T), bool: similarity >= threshold and no string match of the pair."""
        threshold = self.threshold if threshold is None else threshold
        qc, qt = self.similarities(words, schema)
        linked_qc = (qc >= threshold) & (name_qc == 0)
        if value_qc is not None:
            linked_qc &= value_qc == 0
        return linked_qc, (qt >= threshold) & (name_qt == 0)
