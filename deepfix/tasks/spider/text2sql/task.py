"""The Text-to-SQL task of the shared training loop (:class:`deepfix.train.task.Task`)."""

from __future__ import annotations

import torch
from torch import nn

from deepfix.errors import DeepfixError
from deepfix.train.task import Task

from .config import SpiderConfig
from .examples import T2SExample, collate
from .model import build_model, initialize
from .predict import exact_match_rate, predict


class Text2SQLTask(Task):
    dev_metric = "exact_match"
    dev_metric_mode = "max"

    def __init__(self, config: SpiderConfig, train: list[T2SExample], valid: list[T2SExample]):
        """``valid``: the held-out part of train (:func:`~.examples.split_selection`) that evaluation and selection use."""
        if not train:
            raise DeepfixError("Text-to-SQL task: no usable training examples")
        if config.model.encoder_train_layers and config.train.encoder_lr is None:
            raise DeepfixError(f"train.encoder_lr: not set, and model.encoder_train_layers "
                               f"{config.model.encoder_train_layers} trains pretrained layers (the paper: the "
                               f"stack's lr x 0.008, here {config.train.lr * 0.008:.3g}); set it explicitly")
        self.config = config
        self.train = train
        self.valid = valid
        self.feature_size = int(train[0].features.shape[1])
        self.init_report: dict = {}

    def build_model(self) -> nn.Module:
        torch.manual_seed(self.config.train.seed)
        # the lower encoder layers only where some example has no cached token outputs
        model = build_model(self.config, self.feature_size,
                            lower=any(e.states is None for e in self.train + self.valid))
        self.init_report = initialize(model, self.train)
        return model

    def train_dataset(self):
        return self.train

    def collate(self, examples):
        return collate(examples)

    def example_lengths(self) -> list[int]:
        """Decoder steps: the sequential part of a batch's cost grows with its longest gold sequence."""
        return [len(e.steps) for e in self.train]

    def compute_loss(self, model, batch) -> torch.Tensor:
        return model(batch)

    def evaluate(self, model) -> dict[str, float]:
        limit = self.config.data.eval_limit
        valid = self.valid[:limit] if limit else self.valid
        if not valid:
            return {"exact_match": 0.0}
        decoded = predict(model, valid, beam_size=self.config.data.eval_beam_size)
        return {"exact_match": exact_match_rate(decoded, valid),
                "no_tree": sum(d.tree is None for d in decoded) / len(valid), "valid_n": len(valid)}

    def encoder_parameters(self, model) -> list:
        """The trained top encoder layers (``model.encoder_train_layers``), at ``train.encoder_lr``;
        none with a frozen encoder."""
        model = getattr(model, "module", model)  # DDP-wrapped
        return model.mixed.encoder_parameters()
