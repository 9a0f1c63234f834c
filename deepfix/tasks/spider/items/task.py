"""Schema-item prediction on Spider: a cheap head that makes the relation-aware stack learnable.

For every column and table of the example's database, predict whether the gold SQL uses it
(labels: :mod:`.labels`). The model is the paper's mixed setup with the encoder cached
(:class:`deepfix.models.mixed.MixedModel`): pooled frozen-encoder vectors (B, n, H) -> linear
projection to d_model -> input dropout -> relation-aware stack (``num_relations =
NUM_RELATIONS``) -> :class:`ItemHead`, one logit per column/table position. μ for DT-Fixup is measured on the stack's actual input
(the projected vectors, eval mode) over the training set.

Metrics (dev): ``exact_set`` (the whole used set right: the proxy for exact match, and the
``dev_metric``), item/column/table AUC and F1. Columns cut by the layout's truncation count as
predicted "unused".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import torch
from torch import nn

from deepfix.errors import DeepfixError

from deepfix.tasks.spider.inputs.preprocess import Prepared
from deepfix.tasks.spider.inputs.relations import NUM_RELATIONS
from deepfix.tasks.spider.items.labels import item_metrics

WORD, COLUMN, TABLE = 0, 1, 2


@dataclass
class ItemExample:
    features: torch.Tensor  # (n, H) float16 pooled encoder vectors
    relations: torch.Tensor  # (n, n) uint8
    labels: torch.Tensor  # (n,) float32; -1 for question words
    kinds: torch.Tensor  # (n,) int64 WORD | COLUMN | TABLE
    gold: np.ndarray  # (C + T,) uint8 labels of every schema item (truncated ones included)
    item_rows: np.ndarray  # (C + T,) int64 position of each schema item in the sequence, -1 if cut


def make_examples(prepared: list[Prepared], features: list[torch.Tensor]) -> list[ItemExample]:
    """Pair prepared examples with their cached vectors; unlabelled examples are skipped."""
    out = []
    for p, f in zip(prepared, features):
        if p.column_labels is None:
            continue
        lay = p.layout
        q, kept, T = lay.num_words, lay.column_ids, lay.num_tables
        if f.shape[0] != lay.num_items:
            raise DeepfixError(f"{p.example.source}, record {p.example.index}: cached vectors have {f.shape[0]} "
                               f"items, layout has {lay.num_items} (stale cache: delete it)")
        labels = torch.cat([torch.full((q,), -1.0), torch.from_numpy(p.column_labels[kept]).float(),
                            torch.from_numpy(p.table_labels).float()])
        kinds = torch.tensor([WORD] * q + [COLUMN] * len(kept) + [TABLE] * T)
        C = len(p.column_labels)
        rows = np.full(C + T, -1, dtype=np.int64)
        rows[kept] = q + np.arange(len(kept))
        rows[C:] = q + len(kept) + np.arange(T)
        out.append(ItemExample(f, torch.from_numpy(p.relations), labels, kinds,
                               np.concatenate([p.column_labels, p.table_labels]), rows))
    return out


@dataclass
class ItemBatch:
    features: torch.Tensor  # (B, n, H) float32
    padding_mask: torch.Tensor  # (B, n) bool, True = pad
    relations: torch.Tensor  # (B, n, n) int64 (0 = pad relation)
    labels: torch.Tensor  # (B, n) float32, -1 = not a schema item / pad
    examples: list = field(default_factory=list)

    def to(self, device) -> "ItemBatch":
        return ItemBatch(self.features.to(device), self.padding_mask.to(device), self.relations.to(device),
                         self.labels.to(device), self.examples)


def collate(examples: list[ItemExample]) -> ItemBatch:
    B, n, H = len(examples), max(e.features.shape[0] for e in examples), examples[0].features.shape[1]
    features = torch.zeros(B, n, H)
    mask = torch.ones(B, n, dtype=torch.bool)
    relations = torch.zeros(B, n, n, dtype=torch.long)
    labels = torch.full((B, n), -1.0)
    for i, e in enumerate(examples):
        m = e.features.shape[0]
        features[i, :m] = e.features.float()
        mask[i, :m] = False
        relations[i, :m, :m] = e.relations.long()
        labels[i, :m] = e.labels
    return ItemBatch(features, mask, relations, labels, examples)


class ItemHead(nn.Module):
    """One logit per position: hidden (B, n, d) -> (B, n). Only column/table positions are scored."""

    def __init__(self, d_model: int):
        super().__init__()
        self.linear = nn.Linear(d_model, 1)

    def forward(self, hidden: torch.Tensor, padding_mask: torch.Tensor | None) -> torch.Tensor:
        return self.linear(hidden).squeeze(-1)


def batch_inputs(batch: ItemBatch) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(features (B, n, H), padding_mask (B, n), relations (B, n, n)): what MixedModel takes."""
    return batch.features, batch.padding_mask, batch.relations


def item_loss(logits: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Mean binary cross-entropy over column/table positions (labels >= 0)."""
    keep = labels >= 0
    return nn.functional.binary_cross_entropy_with_logits(logits[keep], labels[keep])


@torch.no_grad()
def predict_scores(model: nn.Module, examples: list[ItemExample], batch_size: int = 64) -> list[np.ndarray]:
    """Logit per schema item (C + T,) for each example; truncated columns get -inf-like -30."""
    model.eval()
    order = sorted(range(len(examples)), key=lambda i: examples[i].features.shape[0])
    out: list[np.ndarray | None] = [None] * len(examples)
    for start in range(0, len(order), batch_size):
        chunk = [examples[i] for i in order[start:start + batch_size]]
        logits = model(*batch_inputs(collate(chunk))).float().numpy()
        for i, e, row in zip(order[start:start + batch_size], chunk, logits):
            scores = np.full(len(e.gold), -30.0)
            present = e.item_rows >= 0
            scores[present] = row[e.item_rows[present]]
            out[i] = np.nan_to_num(scores, nan=0.0, posinf=30.0, neginf=-30.0)
    return out  # type: ignore[return-value]


def evaluate_items(model: nn.Module, examples: list[ItemExample]) -> dict[str, float]:
    scores = predict_scores(model, examples)
    kinds = [np.array([0] * (len(e.gold) - int((e.kinds == TABLE).sum())) + [1] * int((e.kinds == TABLE).sum()))
             for e in examples]
    metrics = item_metrics(scores, [e.gold for e in examples], kinds)
    return {k: (v if math.isfinite(v) else 0.0) for k, v in metrics.items()}
