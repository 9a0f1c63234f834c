"""The interface between a problem and the training loop.

The loop (:func:`deepfix.train.loop.train`) owns optimisation, schedules, checkpoints, logging,
the divergence guard and multi-process training; a :class:`Task` owns data, model, loss and
metric. Every deepfix training run (Spider, multiple choice, the schema-item and sketch tasks, the
studies) is a Task; the linear lab trains populations of runs in its own loop
(:mod:`deepfix.lab.linear.train` says why).
"""

from __future__ import annotations

import abc
from typing import Any

import torch


class Task(abc.ABC):
    """One trainable problem. The loop owns optimisation, checkpoints, logging, DDP; the task owns
    data, model, loss, metric.

    Rules the loop relies on:

    - ``build_model`` runs after the loop seeded every RNG with ``config.seed`` (on every rank),
      so initialisation is reproducible; it returns the model built *and* initialised
      (``apply_init``, μ estimation). The loop moves it to the device.
    - ``compute_loss`` must call the model through ``model(...)`` (its ``forward``): in a
      multi-process run ``model`` is the DistributedDataParallel wrapper, which only reduces
      gradients of a forward it ran. Use ``deepfix.train.distributed.unwrap(model)`` for
      attributes. The batch arrives on the model's device (tensors inside dicts, lists, tuples
      and objects with ``.to`` are moved).
    - ``evaluate`` gets the bare model in eval mode under ``torch.no_grad()``, on rank 0 only;
      the random streams of training are restored afterwards.
    """

    dev_metric: str = "loss"  # key of evaluate()'s dict used for the 'best' checkpoint
    dev_metric_mode: str = "min"  # "max" or "min"
    device: torch.device = torch.device("cpu")  # set by the loop before build_model (cuda:LOCAL_RANK or cpu)

    @abc.abstractmethod
    def build_model(self) -> torch.nn.Module:
        """The model, built and initialised."""

    @abc.abstractmethod
    def train_dataset(self) -> torch.utils.data.Dataset:
        """A map-style dataset; the loop shuffles and shards it with the seed."""

    @abc.abstractmethod
    def collate(self, examples: list) -> Any:
        """Examples -> one batch."""

    @abc.abstractmethod
    def compute_loss(self, model: torch.nn.Module, batch: Any) -> torch.Tensor:
        """Scalar mean loss of the batch."""

    @abc.abstractmethod
    def evaluate(self, model: torch.nn.Module) -> dict[str, float]:
        """Dev metrics (model in eval mode, no grad)."""

    def example_lengths(self) -> list[int] | None:
        """Per-example cost (e.g. tokens) for ``length_bucketing``; None: the task has none."""
        return None

    def encoder_parameters(self, model: torch.nn.Module) -> list:
        """Pretrained parameters that train at ``encoder_lr``."""
        return []
