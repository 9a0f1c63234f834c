"""Text-to-SQL examples and batches: cached encoder vectors + relations + gold decoder steps, and the
held-out part of train that every setting is chosen on: questions drawn by a stable hash of
db_id + question (``data.holdout: questions``) or whole databases (``data.holdout: databases``,
:mod:`deepfix.tasks.spider.holdout_databases`)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from deepfix.errors import DeepfixError
from deepfix.train.holdout import split_of
from deepfix.tasks.spider.decoder.actions import PAD, GoldSteps, gold_steps
from deepfix.tasks.spider.inputs.pipeline import encode_splits, encode_token_splits, prepare_splits
from deepfix.tasks.spider.holdout_databases import load_holdout_databases
from deepfix.tasks.spider.sql.parser import parse_sql

from .config import DataConfig


@dataclass
class T2SExample:
    features: torch.Tensor           # (n, H) pooled encoder vectors (float16 from the cache); with the encoder's
                                     # top layers trained (``states`` set): a zero placeholder of that shape
    relations: torch.Tensor          # (n, n) uint8 relation ids
    num_words: int
    column_ids: np.ndarray           # (C_kept,) schema column id of each pointer slot
    num_tables: int
    db: dict                         # tables.json entry
    sql: dict | None                 # gold Spider sql (None: not parseable)
    steps: GoldSteps | None          # decoder targets (None: gold unusable, e.g. truncated column)
    question: str = ""
    index: int = 0
    input_ids: np.ndarray | None = None  # (n_tok,) int32 the encoder's input (layout): a model whose top
                                         # encoder layers were trained runs its encoder on them
    spans: np.ndarray | None = None      # (n, 2) int64 [start, end) tokens pooled into each item
    states: object | None = None         # (FeatureFile, row): cached token outputs of the frozen lower layers


def placeholder_features(num_items: int, width: int) -> torch.Tensor:
    """A zero (n, H) float16 tensor taking no memory (stride 0): the shape of an example's pooled vectors
    where the model computes them itself (its trained top encoder layers)."""
    return torch.zeros((), dtype=torch.float16).expand(num_items, width)


def make_examples(prepared: list, features: list, schemas: dict, keep_unusable: bool,
                  states=None) -> tuple[list[T2SExample], dict]:
    """Pair prepared examples (:mod:`deepfix.tasks.spider.inputs.preprocess`) with cached vectors and gold
    action sequences.

    ``schemas``: db_id -> :class:`~deepfix.tasks.spider.inputs.schema.Schema`. ``keep_unusable``: keep examples without
    usable gold actions (dev: they are scored; train: they are dropped and counted). ``states``: the split's
    cached lower-layer token outputs (:class:`~deepfix.models.feature_cache.FeatureFile`, top encoder layers
    trained); ``features`` may then be None (placeholders of the right shape are made).
    """
    out, stats = [], {"examples": len(prepared), "unparsed": 0, "unusable": 0}
    if features is None:
        features = [placeholder_features(p.layout.num_items, states.width) for p in prepared]
    for row, (p, f) in enumerate(zip(prepared, features)):
        lay, example = p.layout, p.example
        if f.shape[0] != lay.num_items:
            raise DeepfixError(f"{example.source}, record {example.index}: cached vectors have {f.shape[0]} "
                               f"items, the layout {lay.num_items} (stale cache: delete it)")
        db = schemas[example.db_id].raw
        sql = example.sql
        if sql is None and example.query:
            try:
                sql = parse_sql(example.query, db)
            except Exception:  # gold outside Spider's SQL: counted, never trained on
                sql = None
        steps = None
        if sql is None:
            stats["unparsed"] += 1
        else:
            try:
                steps = gold_steps(sql, {int(c): j for j, c in enumerate(lay.column_ids)}, lay.num_tables)
            except DeepfixError:
                stats["unusable"] += 1
        if steps is None and not keep_unusable:
            continue
        out.append(T2SExample(f, torch.from_numpy(np.asarray(p.relations)), lay.num_words, lay.column_ids,
                              lay.num_tables, db, sql, steps, example.question, example.index,
                              np.asarray(lay.input_ids, dtype=np.int32), lay.spans,
                              (states, row) if states is not None else None))
    return out, stats


@dataclass
class T2SBatch:
    features: torch.Tensor       # (B, n, H) float32
    padding_mask: torch.Tensor   # (B, n) bool, True = pad
    relations: torch.Tensor      # (B, n, n) int64
    column_pos: torch.Tensor     # (B, C) int64 memory position of each column slot
    column_valid: torch.Tensor   # (B, C) bool
    table_pos: torch.Tensor      # (B, T) int64
    table_valid: torch.Tensor    # (B, T) bool
    kind: torch.Tensor | None    # (B, S) int64 gold step kinds, PAD on padding (None: no targets)
    index: torch.Tensor | None
    node_type: torch.Tensor | None
    parent: torch.Tensor | None
    examples: list
    tokens: torch.Tensor | None = None         # (B, n_tok, H) float32 cached lower-layer token outputs (top layers trained)
    token_padding: torch.Tensor | None = None  # (B, n_tok) bool, True = pad
    spans: torch.Tensor | None = None          # (B, n, 2) int64 tokens pooled into each item ([0, 0] on padding)

    def to(self, device) -> "T2SBatch":
        moved = {f.name: (getattr(self, f.name).to(device) if isinstance(getattr(self, f.name), torch.Tensor)
                          else getattr(self, f.name)) for f in dataclasses.fields(self)}
        return T2SBatch(**moved)


def collate(examples: list[T2SExample]) -> T2SBatch:
    B = len(examples)
    n = max(e.features.shape[0] for e in examples)
    H = examples[0].features.shape[1]
    C = max(len(e.column_ids) for e in examples)
    T = max(e.num_tables for e in examples)
    features = torch.zeros(B, n, H)
    pad = torch.ones(B, n, dtype=torch.bool)
    relations = torch.zeros(B, n, n, dtype=torch.long)
    column_pos = torch.zeros(B, C, dtype=torch.long)
    column_valid = torch.zeros(B, C, dtype=torch.bool)
    table_pos = torch.zeros(B, T, dtype=torch.long)
    table_valid = torch.zeros(B, T, dtype=torch.bool)
    for i, e in enumerate(examples):
        m, c = e.features.shape[0], len(e.column_ids)
        features[i, :m] = e.features.float()
        pad[i, :m] = False
        relations[i, :m, :m] = e.relations.long()
        column_pos[i, :c] = e.num_words + torch.arange(c)
        column_valid[i, :c] = True
        table_pos[i, :e.num_tables] = e.num_words + c + torch.arange(e.num_tables)
        table_valid[i, :e.num_tables] = True
    targets = [None] * 4
    if all(e.steps is not None for e in examples):
        S = max(len(e.steps) for e in examples)
        targets = [torch.full((B, S), PAD, dtype=torch.long) for _ in range(4)]
        for i, e in enumerate(examples):
            for tensor, values in zip(targets, (e.steps.kind, e.steps.index, e.steps.node_type, e.steps.parent)):
                tensor[i, :len(values)] = torch.tensor(values)
    batch = T2SBatch(features, pad, relations, column_pos, column_valid, table_pos, table_valid, *targets,
                     examples=examples)
    if examples[0].states is not None:
        batch.tokens, batch.token_padding, batch.spans = cached_token_batch(examples)
    return batch


def item_spans(examples: list[T2SExample]) -> torch.Tensor:
    """(B, n, 2) int64: each example's item spans, [0, 0] on padding."""
    spans = torch.zeros(len(examples), max(e.features.shape[0] for e in examples), 2, dtype=torch.long)
    for i, e in enumerate(examples):
        spans[i, : len(e.spans)] = torch.from_numpy(e.spans)
    return spans


def cached_token_batch(examples: list[T2SExample]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(tokens (B, n_tok, H) float32, token padding (B, n_tok) bool, spans (B, n, 2)) from the token cache."""
    if any(e.states is None for e in examples):
        raise DeepfixError("a batch mixes examples with and without cached encoder token outputs")
    rows = [file[row] for file, row in (e.states for e in examples)]
    tokens = torch.zeros(len(rows), max(r.shape[0] for r in rows), rows[0].shape[1])
    padding = torch.ones(tokens.shape[:2], dtype=torch.bool)
    for i, r in enumerate(rows):
        tokens[i, : r.shape[0]] = r  # float16 -> float32
        padding[i, : r.shape[0]] = False
    return tokens, padding, item_spans(examples)


def token_id_batch(examples: list[T2SExample]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(input ids (B, n_tok) int64, attention mask (B, n_tok) int64, spans (B, n, 2)): the encoder's
    inputs, for a model that runs its whole encoder (no token cache: answering, evaluation)."""
    if any(e.input_ids is None for e in examples):
        raise DeepfixError("examples without the encoder's token ids (made before they were kept)")
    ids = torch.zeros(len(examples), max(len(e.input_ids) for e in examples), dtype=torch.long)
    mask = torch.zeros_like(ids)
    for i, e in enumerate(examples):
        ids[i, : len(e.input_ids)] = torch.from_numpy(e.input_ids.astype(np.int64))
        mask[i, : len(e.input_ids)] = 1
    return ids, mask, item_spans(examples)


HOLDOUT_SALT = "deepfix-spider"


def held_out(db_id: str, question: str, fraction: float) -> bool:
    """Is this training question in the held-out part? A stable hash of ``db_id:question`` (:mod:`deepfix.train.holdout`)."""
    return fraction > 0 and split_of(f"{db_id}:{question}", fraction, HOLDOUT_SALT) == "valid"


def split_holdout(examples: list[T2SExample], fraction: float) -> tuple[list[T2SExample], list[T2SExample]]:
    """(train, held-out) by :func:`held_out`; order kept."""
    parts: dict[bool, list[T2SExample]] = {False: [], True: []}
    for e in examples:
        parts[held_out(e.db["db_id"], e.question, fraction)].append(e)
    return parts[False], parts[True]


def split_holdout_databases(examples: list[T2SExample], databases=None) -> tuple[list[T2SExample], list[T2SExample]]:
    """(train, held-out): the held-out part is every example of ``databases`` (default: the committed
    cross-database list, :func:`~deepfix.tasks.spider.holdout_databases.load_holdout_databases`).

    Train keeps its order. The held-out part is interleaved, one example of each database in turn
    (databases in list order, each in file order), so that the first ``data.eval_limit`` examples
    evaluated during training cover every held-out database, not only the first few of the file.
    """
    databases = tuple(load_holdout_databases() if databases is None else databases)
    chosen = set(databases)
    train = [e for e in examples if e.db["db_id"] not in chosen]
    per_database: dict[str, list[T2SExample]] = {db_id: [] for db_id in databases}
    for e in examples:
        if e.db["db_id"] in chosen:
            per_database[e.db["db_id"]].append(e)
    queues = list(per_database.values())
    held = [queue[i] for i in range(max(map(len, queues), default=0)) for queue in queues if i < len(queue)]
    return train, held


def split_selection(examples: list[T2SExample], data: DataConfig) -> tuple[list[T2SExample], list[T2SExample]]:
    """(train, held-out) as ``data.holdout`` says: :func:`split_holdout` or :func:`split_holdout_databases`."""
    if data.holdout == "databases":
        return split_holdout_databases(examples)
    return split_holdout(examples, data.holdout_fraction)


def in_selection_part(db_id: str, question: str, data: DataConfig) -> bool:
    """Is this training question in the held-out part of a run with ``data`` (see :func:`split_selection`)?"""
    if data.holdout == "databases":
        return db_id in load_holdout_databases()
    return held_out(db_id, question, data.holdout_fraction)


def load_examples(data: DataConfig, splits=("train", "dev"), progress: bool = True,
                  keep_unusable: bool | None = None, encoder_train_layers: int = 0,
                  cache_dtype: str = "float16") -> tuple[dict, dict]:
    """Spider split(s) -> (examples per split, info): prepared, encoded (cached), with gold actions.

    By default train keeps only examples with usable gold actions (for training) and dev keeps
    every example (scored); ``keep_unusable=True`` keeps every example of every split (scoring).
    ``encoder_train_layers`` k >= 1 (``model.encoder_train_layers``): the examples carry the cached token
    outputs of the encoder's layers below its top k (``cache_dtype``) instead of pooled vectors.
    Semantic links follow ``data`` (:attr:`DataConfig.semantic_cosine`; ``data.semantic_partial`` writes
    them as partial name matches).
    """
    cache_dir = Path(data.cache_dir) if data.cache_dir else None
    prepared = prepare_splits(data.data, splits, data.encoder, cache_dir=cache_dir, max_tokens=data.max_tokens,
                              progress=progress,
                              semantic_threshold=data.semantic_cosine,
                              semantic_as_partial=data.semantic_partial is not None)
    if encoder_train_layers:
        states, cache = encode_token_splits(prepared, encoder_train_layers, data.encoder, cache_dir, cache_dtype,
                                            progress=progress)
        features = {split: None for split in splits}
    else:
        states = {split: None for split in splits}
        features, cache = encode_splits(prepared, data.encoder, cache_dir, progress=progress)
    out, info = {}, {"prepare_seconds": round(prepared.seconds, 2), "cache": cache, "splits": {}}
    for split in splits:
        out[split], stats = make_examples(prepared.splits[split], features[split], prepared.data.schemas,
                                          keep_unusable=(split != "train") if keep_unusable is None
                                          else keep_unusable, states=states[split])
        info["splits"][split] = {**stats, "kept": len(out[split]), **prepared.stats[split]}
    return out, info
