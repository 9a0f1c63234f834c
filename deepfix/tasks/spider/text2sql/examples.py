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
from deepfix.tasks.spider.decoder.tree import PAD, GoldSteps, gold_steps
from deepfix.tasks.spider.encoder.pipeline import encode_splits, prepare_splits
from deepfix.tasks.spider.holdout_databases import load_holdout_databases
from deepfix.tasks.spider.sql.parser import parse_sql

from .config import DataConfig


@dataclass
class T2SExample:
    features: torch.Tensor           # (n, H) pooled encoder vectors (float16 from the cache)
    relations: torch.Tensor          # (n, n) uint8 relation ids
    num_words: int
    column_ids: np.ndarray           # (C_kept,) schema column id of each pointer slot
    num_tables: int
    db: dict                         # tables.json entry
    sql: dict | None                 # gold Spider sql (None: not parseable)
    steps: GoldSteps | None          # decoder targets (None: gold unusable, e.g. truncated column)
    question: str = ""
    index: int = 0


def make_examples(prepared: list, features: list, schemas: dict, keep_unusable: bool) -> tuple[list[T2SExample], dict]:
    """Pair prepared examples (:mod:`deepfix.tasks.spider.encoder.preprocess`) with cached vectors and gold
    action sequences.

    ``schemas``: db_id -> :class:`~deepfix.tasks.spider.encoder.schema.Schema`. ``keep_unusable``: keep examples without
    usable gold actions (dev: they are scored; train: they are dropped and counted).
    """
    out, stats = [], {"examples": len(prepared), "unparsed": 0, "unusable": 0}
    for p, f in zip(prepared, features):
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
                              lay.num_tables, db, sql, steps, example.question, example.index))
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
    return T2SBatch(features, pad, relations, column_pos, column_valid, table_pos, table_valid, *targets,
                    examples=examples)


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
                  keep_unusable: bool | None = None) -> tuple[dict, dict]:
    """Spider split(s) -> (examples per split, info): prepared, encoded (cached), with gold actions.

    By default train keeps only examples with usable gold actions (for training) and dev keeps
    every example (scored); ``keep_unusable=True`` keeps every example of every split (scoring).
    """
    cache_dir = Path(data.cache_dir) if data.cache_dir else None
    prepared = prepare_splits(data.data, splits, data.encoder, cache_dir=cache_dir, max_tokens=data.max_tokens,
                              progress=progress,
                              semantic_threshold=data.semantic_threshold if data.semantic_links else None)
    features, cache = encode_splits(prepared, data.encoder, cache_dir, progress=progress)
    out, info = {}, {"prepare_seconds": round(prepared.seconds, 2), "cache": cache, "splits": {}}
    for split in splits:
        out[split], stats = make_examples(prepared.splits[split], features[split], prepared.data.schemas,
                                          keep_unusable=(split != "train") if keep_unusable is None
                                          else keep_unusable)
        info["splits"][split] = {**stats, "kept": len(out[split]), **prepared.stats[split]}
    return out, info
