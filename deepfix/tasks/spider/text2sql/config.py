"""The Text-to-SQL run's configuration: model (stack + decoder), data, and the shared training config."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field

from deepfix.errors import DeepfixError
from deepfix.train.config import TrainConfig, from_dict
from deepfix.train.config import load_config as load
from deepfix.tasks.spider.decoder.tree import DecoderConfig


@dataclass
class ModelConfig:
    layers: int = 4
    d_model: int = 256
    n_heads: int = 8
    d_ff: int = 1024
    dropout: float = 0.1            # linear layers inside the stack
    input_dropout: float = 0.6      # on the stack's input (paper: 0.6)
    init: str = "dt_fixup"          # a deepfix.init scheme; its .norm sets the stack's LayerNorms
    bilstm_hidden: int = 0          # 0 = no BiLSTM between the cached features and the projection
    mu_percentile: float | None = None  # None: μ = max norm (paper); e.g. 95.0 for the robust variant
    mu_source: str = "stack_input"  # stack_input (after the projection) | features (before it: the authors' code)
    decoder: DecoderConfig = field(default_factory=DecoderConfig)


@dataclass
class DataConfig:
    data: str | None = None         # Spider directory (default $DEEPFIX_SPIDER_DATA)
    encoder: str | None = None      # pretrained encoder directory (default MiniLM / $DEEPFIX_ENCODER)
    cache_dir: str | None = None    # encoder-vector cache (default $DEEPFIX_CACHE/spider)
    max_tokens: int = 512           # encoder positions per example (schema truncation beyond)
    holdout_fraction: float = 0.05  # part of train held out (by a hash of db_id + question) to select on
    eval_limit: int = 300           # held-out examples decoded at each evaluation during training (0 = all)
    eval_beam_size: int = 1         # beam during training-time evaluation (1 = greedy)
    dev_eval_limit: int | None = None  # legacy name of eval_limit (configs saved before the held-out part)

    def __post_init__(self) -> None:
        if self.dev_eval_limit is not None:
            self.eval_limit, self.dev_eval_limit = self.dev_eval_limit, None
        if not 0.0 <= self.holdout_fraction < 1.0:
            raise DeepfixError(f"data.holdout_fraction: expected a fraction in [0, 1), got {self.holdout_fraction}")


@dataclass
class SpiderConfig:
    train: TrainConfig
    model: ModelConfig = field(default_factory=ModelConfig)
    data: DataConfig = field(default_factory=DataConfig)


def config_to_dict(config) -> dict:
    return dataclasses.asdict(config)


def config_from_dict(data: dict, source: str = "config") -> SpiderConfig:
    """Build a :class:`SpiderConfig` from plain data (keys and types checked, one-line errors)."""
    return from_dict(SpiderConfig, data, source=source)


def load_config(path: str | os.PathLike, overrides: list[str] | None = None) -> SpiderConfig:
    """YAML file + ``key.sub=value`` overrides -> :class:`SpiderConfig`."""
    return load(SpiderConfig, path, overrides)
