"""A tiny generic Task for the training-loop tests: classify synthetic points with a small MLP.

Data come from a fixed random "teacher" (``data_seed``), so every run sees the same examples.
Hooks for the tests: ``nan_at_step`` makes the loss NaN at that training step, ``inf_grad_at_step``
keeps the loss finite but makes a gradient non-finite, and the environment variable
``DEEPFIX_TEST_KILL_AT=N`` makes the process SIGKILL itself at step N (a real ``kill -9``,
no cleanup), unless ``run_dir/killed`` exists (so the resumed process runs on).

Run it as a script (also under torchrun)::

    python tests/helpers/example_task.py [--resume] train.run_dir=runs/x train.max_steps=20 ...
"""

from __future__ import annotations

import json
import os
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path

import torch
from torch import nn

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from deepfix.train.config import TrainConfig, load_config  # noqa: E402
from deepfix.train.loop import train  # noqa: E402
from deepfix.train.task import Task  # noqa: E402


@dataclass
class ExampleConfig:
    train: TrainConfig = field(default_factory=lambda: TrainConfig(run_dir="runs/example"))
    examples: int = 64
    dev_examples: int = 32
    features: int = 8
    hidden: int = 16
    classes: int = 3
    dropout: float = 0.0
    data_seed: int = 1234
    nan_at_step: int = 0  # 0 = never
    inf_grad_at_step: int = 0  # 0 = never


class PointsDataset(torch.utils.data.Dataset):
    def __init__(self, x: torch.Tensor, y: torch.Tensor):
        self.x, self.y = x, y  # (N, F), (N,)

    def __len__(self) -> int:
        return len(self.y)

    def __getitem__(self, index: int) -> tuple[torch.Tensor, torch.Tensor]:
        return self.x[index], self.y[index]


class ExampleTask(Task):
    dev_metric = "accuracy"
    dev_metric_mode = "max"

    def __init__(self, config: ExampleConfig):
        self.config = config
        g = torch.Generator().manual_seed(config.data_seed)
        teacher = torch.randn(config.features, config.classes, generator=g)
        x = torch.randn(config.examples + config.dev_examples, config.features, generator=g)
        y = (x @ teacher).argmax(dim=1)
        self.train_x, self.train_y = x[: config.examples], y[: config.examples]
        self.dev_x, self.dev_y = x[config.examples :], y[config.examples :]
        self.train_calls = 0
        kill_at = os.environ.get("DEEPFIX_TEST_KILL_AT")
        self.kill_at = int(kill_at) if kill_at else 0
        self.kill_marker = Path(config.train.run_dir) / "killed"

    def build_model(self) -> nn.Module:
        c = self.config
        return nn.Sequential(
            nn.Linear(c.features, c.hidden), nn.Tanh(), nn.Dropout(c.dropout), nn.Linear(c.hidden, c.classes)
        )

    def train_dataset(self) -> torch.utils.data.Dataset:
        return PointsDataset(self.train_x, self.train_y)

    def example_lengths(self) -> list[int]:
        """A made-up per-example length (for ``train.length_bucketing``): the class label."""
        return self.train_y.tolist()

    def collate(self, examples: list) -> dict[str, torch.Tensor]:
        return {"x": torch.stack([x for x, _ in examples]), "y": torch.stack([y for _, y in examples])}

    def compute_loss(self, model: nn.Module, batch: dict) -> torch.Tensor:
        self.train_calls += 1
        step = self.train_calls
        if self.kill_at and step == self.kill_at and not self.kill_marker.exists():
            self.kill_marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        logits = model(batch["x"])  # (B, classes)
        loss = nn.functional.cross_entropy(logits, batch["y"])
        if step == self.config.nan_at_step:
            loss = loss * float("nan")
        if step == self.config.inf_grad_at_step:
            # sqrt'(0) = inf: the value stays finite, the gradient does not.
            loss = loss + torch.sqrt(logits.sum() * 0.0)
        return loss

    def evaluate(self, model: nn.Module) -> dict[str, float]:
        device = next(model.parameters()).device
        x, y = self.dev_x.to(device), self.dev_y.to(device)
        logits = model(x)
        return {
            "accuracy": float((logits.argmax(dim=1) == y).float().mean()),
            "loss": float(nn.functional.cross_entropy(logits, y)),
        }


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    resume = "--resume" in argv
    overrides = [a for a in argv if a != "--resume"]
    torch.set_num_threads(1)
    config = load_config(ExampleConfig, None, overrides)
    summary = train(ExampleTask(config), config, resume=resume)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
