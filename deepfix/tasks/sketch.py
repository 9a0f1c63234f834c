"""SQL-sketch prediction: the bundled demo task.

From a Spider question alone, predict which SQL components its gold query uses (multi-label):
WHERE, GROUP BY, ORDER BY, JOIN, nesting, aggregation, LIMIT, DISTINCT, HAVING, set operations.
Small (800 train / 200 dev questions bundled in ``deepfix/data/spider_sketch``), real, and it
exercises the whole mixed setup: frozen MiniLM features (cached) -> DT-Fixup stack -> pooled
linear head, trained with binary cross-entropy.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import torch
from torch import nn

from ..errors import DeepfixError, where
from ..files import cache_root
from ..models.feature_cache import cached_encode
from ..models.heads import PooledClassifier
from ..models.mixed import MixedConfig, MixedModel, initialize_mixed_model
from ..nn import StackConfig
from ..train.task import Task

BUNDLED_DATA = Path(__file__).resolve().parent.parent / "data" / "spider_sketch"

SKETCH_COMPONENTS: dict[str, re.Pattern] = {
    "where": re.compile(r"\bwhere\b"),
    "group_by": re.compile(r"\bgroup\s+by\b"),
    "order_by": re.compile(r"\border\s+by\b"),
    "join": re.compile(r"\bjoin\b"),
    "nested": re.compile(r"\(\s*select\b"),
    "aggregate": re.compile(r"\b(count|sum|avg|min|max)\s*\("),
    "limit": re.compile(r"\blimit\b"),
    "distinct": re.compile(r"\bdistinct\b"),
    "having": re.compile(r"\bhaving\b"),
    "set_operation": re.compile(r"\b(union|intersect|except)\b"),
}


def sketch_labels(query: str) -> list[float]:
    """One 0/1 label per component of :data:`SKETCH_COMPONENTS`, read off the gold SQL text."""
    text = query.lower()
    return [1.0 if pattern.search(text) else 0.0 for pattern in SKETCH_COMPONENTS.values()]


def load_sketch_split(path: Path) -> tuple[list[str], torch.Tensor]:
    """Questions and their (N, 10) label matrix from a JSON Lines file of {question, query}."""
    questions, labels = [], []
    if not path.is_file():
        raise DeepfixError(f"{path}: not found")
    with path.open() as handle:
        for line_number, line in enumerate(handle, start=1):
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise DeepfixError(f"{where(path, f'line {line_number}')}: bad JSON ({error.msg})") from None
            for key in ("question", "query"):
                if not isinstance(record.get(key), str) or not record[key].strip():
                    raise DeepfixError(f"{where(path, f'line {line_number}', key)}: missing or empty")
            questions.append(record["question"])
            labels.append(sketch_labels(record["query"]))
    return questions, torch.tensor(labels)


@dataclass
class SketchConfig:
    data_dir: str = str(BUNDLED_DATA)
    encoder: str | None = None  # local HF directory; None = the default MiniLM
    cache_dir: str | None = None  # None = deepfix.files.cache_root() / "sketch"
    model: MixedConfig = field(
        default_factory=lambda: MixedConfig(
            stack=StackConfig(num_layers=8, d_model=128, n_heads=4, d_ff=256, dropout=0.1, input_dropout=0.1)
        )
    )


class SketchTask(Task):
    """Data, model, loss and metrics of the sketch task (the training loop owns the rest)."""

    dev_metric = "exact_set_accuracy"
    dev_metric_mode = "max"

    def __init__(self, config: SketchConfig, progress: bool = True) -> None:
        from ..models.encoders import default_encoder_path

        self.config = config
        self.progress = progress
        encoder_dir = config.encoder or str(default_encoder_path())
        data_dir = Path(config.data_dir)
        train_questions, self.train_labels = load_sketch_split(data_dir / "train.jsonl")
        dev_questions, self.dev_labels = load_sketch_split(data_dir / "dev.jsonl")
        cache = config.cache_dir or str(cache_root() / "sketch")
        features = cached_encode(cache, encoder_dir, train_questions + dev_questions, progress=progress)
        self.train_features = features[: len(train_questions)]
        self.dev_features = features[len(train_questions) :]
        self.feature_size = int(features[0].shape[-1])

    # -- data ------------------------------------------------------------------------------
    def train_dataset(self) -> list[tuple[torch.Tensor, torch.Tensor]]:
        return list(zip(self.train_features, self.train_labels))

    @staticmethod
    def collate(examples) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """-> features (B, n, H), padding_mask (B, n), labels (B, 10)."""
        features = nn.utils.rnn.pad_sequence([f for f, _ in examples], batch_first=True)
        lengths = torch.tensor([f.shape[0] for f, _ in examples])
        padding_mask = torch.arange(features.shape[1])[None, :] >= lengths[:, None]
        return features, padding_mask, torch.stack([y for _, y in examples])

    def batches(self, features, labels, batch_size: int = 64):
        for start in range(0, len(features), batch_size):
            yield self.collate(list(zip(features[start : start + batch_size], labels[start : start + batch_size])))

    # -- model -----------------------------------------------------------------------------
    def build_model(self) -> MixedModel:
        config = self.config.model
        model = MixedModel(config, self.feature_size, PooledClassifier(config.stack.d_model, len(SKETCH_COMPONENTS)))
        self.init_report = initialize_mixed_model(
            model,
            list(self.batches(self.train_features, self.train_labels)),
            lambda batch: (batch[0], batch[1], None),
            progress=self.progress,
        )
        return model

    def compute_loss(self, model: MixedModel, batch) -> torch.Tensor:
        features, padding_mask, labels = batch
        return nn.functional.binary_cross_entropy_with_logits(model(features, padding_mask), labels)

    @torch.no_grad()
    def evaluate(self, model: MixedModel) -> dict[str, float]:
        """Micro-F1 over components and the fraction of questions whose whole sketch is right."""
        predictions = torch.cat(
            [(model(f, m) > 0).float() for f, m, _ in self.batches(self.dev_features, self.dev_labels)]
        )
        gold = self.dev_labels
        true_positive = float((predictions * gold).sum())
        precision = true_positive / max(1.0, float(predictions.sum()))
        recall = true_positive / max(1.0, float(gold.sum()))
        f1 = 2 * precision * recall / max(1e-12, precision + recall)
        exact = float((predictions == gold).all(dim=1).float().mean())
        return {"micro_f1": f1, "exact_set_accuracy": exact}
