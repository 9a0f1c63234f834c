"""The schema-item problem as a :class:`deepfix.train.task.Task` (the training-loop contract).

:class:`SchemaItemTask` owns data, model, loss and metric; the loop owns optimisation. The stack's
LayerNorm placement and warmup follow the init scheme (``SCHEMES[init].norm`` / ``.warmup``):
``standard`` = post-LN trained with linear warmup, ``dt_fixup`` = no LayerNorm, no warmup,
DT-Fixup scaling computed from μ measured on the training set (paper Sec. 3).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import torch
from torch import nn

from deepfix.tasks.spider.items.task import ItemExample, ItemHead, batch_inputs, collate, evaluate_items, item_loss
from deepfix.tasks.spider.inputs.relations import NUM_RELATIONS

from deepfix.errors import DeepfixError
from deepfix.models.mixed import MixedConfig, MixedModel, initialize_mixed_model
from deepfix.nn import StackConfig
from deepfix.train.config import TrainConfig  # noqa: F401  (re-exported for the studies)
from deepfix.train.task import Task


@dataclass
class ItemModelConfig(MixedConfig):
    """The mixed setup of the schema-item head: a relation-aware stack (d_model / n_heads = 32, the
    paper's relation-embedding size; LayerNorm placement from the init scheme) and its μ options."""

    stack: StackConfig = field(default_factory=lambda: StackConfig(d_model=128, n_heads=4, d_ff=512,
                                                                   input_dropout=0.3, norm="auto"))


class SchemaItemTask(Task):
    dev_metric = "exact_set"
    dev_metric_mode = "max"

    def __init__(self, model: ItemModelConfig, train: list[ItemExample], dev: list[ItemExample], seed: int = 0):
        if not train or not dev:
            raise DeepfixError("schema-item task needs labelled train and dev examples")
        self.config = model
        self.train = train
        self.dev = dev
        self.seed = seed
        self.mu_stats = None  # μ statistics of the stack input (dict), set by build_model for dt_fixup
        self.init_report: dict = {}

    def build_model(self) -> nn.Module:
        c = self.config
        torch.manual_seed(self.seed)
        config = dataclasses.replace(c, stack=dataclasses.replace(c.stack, num_relations=NUM_RELATIONS))
        model = MixedModel(config, self.train[0].features.shape[1], ItemHead(config.stack.d_model))
        loader = torch.utils.data.DataLoader(self.train, batch_size=64, collate_fn=collate)
        self.init_report = initialize_mixed_model(model, loader, batch_inputs, progress=False)
        if "mu_stats" in self.init_report:
            self.mu_stats = self.init_report["mu_stats"]  # {'max', 'count', 'p95', 'p99'}
        return model

    def train_dataset(self):
        return self.train

    def collate(self, examples):
        return collate(examples)

    def compute_loss(self, model, batch) -> torch.Tensor:
        return item_loss(model(*batch_inputs(batch)), batch.labels)

    def evaluate(self, model) -> dict[str, float]:
        return evaluate_items(model, self.dev)

    def encoder_parameters(self, model) -> list:
        return []  # the encoder is frozen and cached


def fit(task, config, resume: bool = False) -> dict:
    """Train ``task`` under ``config`` (a TrainConfig) with the shared loop; adds ``history``,
    the dev evaluations (``metrics.jsonl`` eval records), to the loop's summary."""
    from deepfix.train.loop import train
    from deepfix.train.metrics import read_metrics

    summary = train(task, config, resume=resume)
    summary["history"] = [{k: v for k, v in r.items() if k != "event"} for r in read_metrics(config.run_dir, "eval")]
    return summary
