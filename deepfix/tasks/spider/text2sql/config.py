"""The Text-to-SQL run's configuration: model (stack + decoder), data, and the shared training config."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import ClassVar

from deepfix.errors import DeepfixError
from deepfix.models.mixed import MixedConfig
from deepfix.nn import StackConfig
from deepfix.train.config import TrainConfig, from_dict
from deepfix.train.config import load_config as load
from deepfix.tasks.spider.decoder.config import DecoderConfig


#: Stack keys of the flat ``model:`` section used before the stack was composed (still accepted).
STACK_RENAMES = {"layers": "stack.num_layers", "d_model": "stack.d_model", "n_heads": "stack.n_heads",
                 "d_ff": "stack.d_ff", "dropout": "stack.dropout", "input_dropout": "stack.input_dropout"}


@dataclass
class ModelConfig(MixedConfig):
    """The mixed setup (``stack``, ``init``, BiLSTM, μ: :class:`~deepfix.models.mixed.MixedConfig`) + the decoder.

    The stack's LayerNorm placement defaults to ``auto`` (the init scheme's); its relation count is
    Spider's relation vocabulary, set by the model.

    ``encoder_train_layers`` (k, as multiple choice's ``train_layers``): 0 = the pretrained encoder is
    frozen and its pooled vectors cached (the default); k >= 1 = its top k layers train with the
    stack and decoder at ``train.encoder_lr`` (the paper fine-tunes the encoder at the stack's
    lr x 0.008), on the cached token outputs of the frozen layers below them
    (``encoder_cache_dtype``), pooled per question word / column / table as the frozen path pools.
    """

    renamed: ClassVar[dict[str, str]] = STACK_RENAMES
    stack: StackConfig = field(default_factory=lambda: StackConfig(input_dropout=0.6, norm="auto"))  # paper: 0.6
    decoder: DecoderConfig = field(default_factory=DecoderConfig)
    encoder_train_layers: int = 0      # top encoder layers trained (0 = frozen encoder, pooled vectors cached)
    encoder_cache_dtype: str = "float16"  # k >= 1: the lower layers' cached token outputs (float16 | float32)

    def __post_init__(self) -> None:
        super().__post_init__()
        if isinstance(self.encoder_train_layers, bool) or self.encoder_train_layers < 0:
            raise DeepfixError(f"model.encoder_train_layers: expected 0 (frozen) or a layer count >= 1, "
                               f"got {self.encoder_train_layers!r}")
        if self.encoder_cache_dtype not in ("float16", "float32"):
            raise DeepfixError(f"model.encoder_cache_dtype: expected float16 or float32, got {self.encoder_cache_dtype!r}")


#: What ``data.holdout`` may name: held-out questions of training databases, or whole held-out databases.
HOLDOUT_KINDS = ("questions", "databases")


@dataclass
class DataConfig:
    data: str | None = None         # Spider directory (default $DEEPFIX_SPIDER_DATA)
    encoder: str | None = None      # pretrained encoder: a directory or a name (minilm, mpnet); default MiniLM / $DEEPFIX_ENCODER
    cache_dir: str | None = None    # encoder-vector cache (default $DEEPFIX_CACHE/spider)
    max_tokens: int = 512           # encoder positions per example (schema truncation beyond)
    holdout: str = "questions"      # selection part of train: "questions" (a hash of db_id + question, in-domain) or
                                    # "databases" (whole databases never trained on: deepfix.tasks.spider.holdout_databases)
    holdout_fraction: float = 0.05  # part of train held out (by a hash of db_id + question) to select on (holdout: questions)
    eval_limit: int = 300           # held-out examples decoded at each evaluation during training (0 = all)
    eval_beam_size: int = 1         # beam during training-time evaluation (1 = greedy)
    dev_eval_limit: int | None = None  # legacy name of eval_limit (configs saved before the held-out part)
    semantic_links: bool = False    # also link question words to column/table names by the encoder's embedding
                                    # similarity (relation vocabulary version 2); false: version 1, as before
    semantic_threshold: float | None = None  # cosine for a semantic link; choose it on data.holdout=databases
                                    # (benchmarks/semantic_link_thresholds.py), never on dev
    semantic_partial: float | None = None  # test time, models trained without semantic links: link words and names
                                    # this close (cosine) and write each link as a partial name match (version 1);
                                    # choose it on --split holdout-db (spider eval --semantic-partial)

    def __post_init__(self) -> None:
        if self.dev_eval_limit is not None:
            self.eval_limit, self.dev_eval_limit = self.dev_eval_limit, None
        if not 0.0 <= self.holdout_fraction < 1.0:
            raise DeepfixError(f"data.holdout_fraction: expected a fraction in [0, 1), got {self.holdout_fraction}")
        if self.holdout not in HOLDOUT_KINDS:
            raise DeepfixError(f"data.holdout: expected one of {', '.join(HOLDOUT_KINDS)}, got {self.holdout!r}")
        if self.semantic_threshold is not None and not -1.0 <= self.semantic_threshold <= 1.0:
            raise DeepfixError(f"data.semantic_threshold: expected a cosine in [-1, 1], got {self.semantic_threshold}")
        if self.semantic_partial is not None and not -1.0 <= self.semantic_partial <= 1.0:
            raise DeepfixError(f"data.semantic_partial: expected a cosine in [-1, 1], got {self.semantic_partial}")
        if self.semantic_partial is not None and self.semantic_links:
            raise DeepfixError("data.semantic_partial is for models trained without semantic links "
                               "(data.semantic_links: true)")
        if self.semantic_links and self.semantic_threshold is None:
            raise DeepfixError("data.semantic_links: true needs data.semantic_threshold (a cosine, chosen on the "
                               "held-out databases with benchmarks/semantic_link_thresholds.py)")

    @property
    def semantic_cosine(self) -> float | None:
        """The cosine of the semantic links these settings build: ``semantic_threshold`` for a model trained
        with them (version 2), ``semantic_partial`` for links read as partial name matches (version 1), else None."""
        return self.semantic_threshold if self.semantic_links else self.semantic_partial

    @property
    def relation_version(self) -> int:
        """The relation vocabulary these settings build (:data:`~deepfix.tasks.spider.inputs.relations.VOCABULARIES`)."""
        return 2 if self.semantic_links else 1


@dataclass
class SpiderConfig:
    train: TrainConfig
    model: ModelConfig = field(default_factory=ModelConfig)
    data: DataConfig = field(default_factory=DataConfig)


def config_to_dict(config) -> dict:
    return dataclasses.asdict(config)


def config_from_dict(data: dict, source: str = "config", notices: bool = True) -> SpiderConfig:
    """Build a :class:`SpiderConfig` from plain data (keys and types checked, one-line errors).

    ``notices=False`` for configs stored in runs and model files: renamed keys migrate silently.
    """
    return from_dict(SpiderConfig, data, source=source, notices=notices)


def load_config(path: str | os.PathLike, overrides: list[str] | None = None, notices: bool = True) -> SpiderConfig:
    """YAML file + ``key.sub=value`` overrides -> :class:`SpiderConfig` (``notices``: see :func:`config_from_dict`)."""
    return load(SpiderConfig, path, overrides, notices=notices)
