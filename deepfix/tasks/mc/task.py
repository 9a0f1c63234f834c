"""Multiple choice as a training-loop Task: configs, data preparation, batches, loss, metrics."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import torch
import torch.nn.functional as F

from deepfix.errors import DeepfixError
from deepfix.files import cache_root
from deepfix.models.mixed import MixedConfig
from deepfix.nn import StackConfig
from deepfix.train.config import TrainConfig, load_config  # noqa: F401  (re-exported for the CLI)
from deepfix.train.loop import train  # noqa: F401
from deepfix.train.task import Task

from .data import MCExample, default_fields, load_examples, split_by_id
from .features import PairTokens, pad_features, pair_offsets, pair_texts, tokenize_pairs
from .model import MCModel, OptionScorer


@dataclass
class MCDataConfig:
    path: str = ""                 # training file (set by --data); .json (ReClor) or .jsonl
    valid_path: str = ""           # labelled validation file; "" = split `path` by id
    valid_fraction: float = 0.2    # share of `path` held out when valid_path is ""
    split_salt: str = "deepfix-mc"
    tune_fraction: float = 0.0     # > 0: validate on this share of the TRAIN part instead (for choosing
                                   # settings), the validation part left untouched; needs valid_path ""
    fields: dict = field(default_factory=dict)  # renames, e.g. {passage: context}
    duplicate_ids: str = "error"   # error | suffix (LogiQA 2.0 dev repeats two ids)
    max_length: int = 128          # tokens per (passage + question, option) pair


@dataclass
class MCModelConfig(MixedConfig):
    """The pretrained encoder's use, the mixed setup (``stack``, ``init``, μ:
    :class:`~deepfix.models.mixed.MixedConfig`; LayerNorm placement ``auto`` = the scheme's) and the scorer."""

    renamed: ClassVar[dict[str, str]] = {key: f"stack.{key}" for key in (
        "num_layers", "d_model", "n_heads", "d_ff", "dropout", "input_dropout", "attention_dropout", "norm")}
    stack: StackConfig = field(default_factory=lambda: StackConfig(input_dropout=0.1, norm="auto"))
    encoder: str = ""              # "" = deepfix.models.encoders.default_encoder_path()
    encoder_mode: str = "frozen"   # frozen (outputs cached) | top (top train_layers trained) | finetune (all)
    train_layers: int = 2          # top: encoder layers trained (at train.encoder_lr), the rest frozen and cached
    cache_dir: str = ""            # "" = $DEEPFIX_CACHE or ~/.cache/deepfix, then /mc
    pool: str = "first"            # first | mean
    encode_batch_size: int = 32


@dataclass
class MCConfig:
    train: TrainConfig = field(default_factory=lambda: TrainConfig(run_dir="runs/mc"))
    model: MCModelConfig = field(default_factory=MCModelConfig)
    data: MCDataConfig = field(default_factory=MCDataConfig)


ENCODER_MODES = ("frozen", "top", "finetune")


def frozen_layers(model_config: MCModelConfig) -> int | None:
    """``top``: how many encoder layers stay frozen (their output is cached); else None (all or none)."""
    if model_config.encoder_mode != "top":
        return None
    from deepfix.models.upper_encoder import frozen_layer_count

    return frozen_layer_count(encoder_path(model_config), model_config.train_layers)


def encoder_path(model_config: MCModelConfig) -> str:
    from deepfix.models.encoders import default_encoder_path

    return model_config.encoder or str(default_encoder_path())


def cache_dir(model_config: MCModelConfig) -> Path:
    root = Path(model_config.cache_dir).expanduser() if model_config.cache_dir else cache_root()
    return root / "mc"


@dataclass
class PreparedData:
    """One data file's questions and pairs (plus, for a frozen encoder, its outputs): shared by runs."""

    path: str
    examples: list[MCExample]
    offsets: torch.Tensor                 # (E+1,) first pair row of each question
    features: list[torch.Tensor] | None   # frozen: per pair (T_i, H) encoder outputs; top: the frozen part's
    tokens: PairTokens | None             # fine-tuned: token ids of every pair


def prepare_data(path: str, data_config: MCDataConfig, model_config: MCModelConfig,
                 require_labels: bool, progress: bool = True) -> PreparedData:
    """Load and validate; then encode every pair with the frozen encoder (cached) or tokenise it."""
    from deepfix.models.encoders import load_pretrained
    from deepfix.models.feature_cache import cached_encode

    if model_config.encoder_mode not in ENCODER_MODES:
        raise DeepfixError(f"model.encoder_mode must be one of {ENCODER_MODES}, got {model_config.encoder_mode!r}")
    fields = default_fields(path).updated(data_config.fields)
    examples = load_examples(path, fields, require_labels=require_labels,
                             duplicate_ids=data_config.duplicate_ids)
    features = tokens = None
    if model_config.encoder_mode in ("frozen", "top"):
        features = cached_encode(cache_dir(model_config), encoder_path(model_config), pair_texts(examples),
                                 max_length=data_config.max_length, batch_size=model_config.encode_batch_size,
                                 progress=progress, hidden_layer=frozen_layers(model_config))
    else:
        tokens = tokenize_pairs(load_pretrained(encoder_path(model_config))[1], examples, data_config.max_length)
    return PreparedData(path, examples, pair_offsets(examples), features, tokens)


def collate_questions(data: PreparedData, indices: list[int], with_labels: bool = True) -> dict:
    """A batch of questions: their pairs flattened to N rows, padded to the batch's longest pair."""
    rows, slots = [], []
    max_options = max(int(data.offsets[i + 1] - data.offsets[i]) for i in indices)
    for position, i in enumerate(indices):
        start, stop = int(data.offsets[i]), int(data.offsets[i + 1])
        rows.extend(range(start, stop))
        slots.extend(position * max_options + k for k in range(stop - start))
    batch = {"slots": torch.tensor(slots, dtype=torch.long), "num_questions": len(indices),
             "max_options": max_options}
    if data.features is not None:
        batch["features"], batch["padding_mask"] = pad_features([data.features[r] for r in rows])  # (N, n, H)
    else:
        rows_t = torch.tensor(rows, dtype=torch.long)
        width = int(data.tokens.attention_mask[rows_t].sum(1).max())
        batch["tokens"] = {"input_ids": data.tokens.input_ids[rows_t, :width],
                           "attention_mask": data.tokens.attention_mask[rows_t, :width]}  # (N, n)
    if with_labels:
        batch["labels"] = torch.tensor([data.examples[i].label for i in indices], dtype=torch.long)
    return batch


@torch.no_grad()
def predict_probabilities(model: MCModel, data: PreparedData, indices: list[int],
                          batch_size: int = 16, progress: bool = False) -> list[list[float]]:
    """Softmax over each question's options, in ``indices`` order."""
    from tqdm import tqdm

    model.eval()
    out = []
    with tqdm(range(0, len(indices), batch_size), desc="scoring", disable=not progress) as bar:  # closed on errors too
        for start in bar:
            chunk = indices[start:start + batch_size]
            probs = F.softmax(model(collate_questions(data, chunk, with_labels=False)), dim=-1)  # (B, k_max)
            for row, i in zip(probs, chunk):
                out.append(row[: len(data.examples[i].options)].tolist())
    return out


def accuracy_metrics(examples: list[MCExample], probabilities: list[list[float]]) -> dict:
    """accuracy, n, mean cross-entropy, and accuracy per reasoning type (where the data has types)."""
    correct, loss, by_type = 0, 0.0, {}
    for example, probs in zip(examples, probabilities):
        hit = int(max(range(len(probs)), key=probs.__getitem__) == example.label)
        correct += hit
        loss -= float(torch.tensor(probs[example.label]).clamp(min=1e-12).log())
        for name in example.types:
            tally = by_type.setdefault(name, [0, 0])
            tally[0] += hit
            tally[1] += 1
    n = len(examples)
    return {"accuracy": correct / n, "n": n, "loss": loss / n,
            "accuracy_by_type": {name: {"accuracy": c / t, "n": t} for name, (c, t) in sorted(by_type.items())}}


class MCTask(Task):
    """Train on ``data.path`` (or its id-hash train part), select on the held-out part by accuracy."""

    dev_metric = "accuracy"
    dev_metric_mode = "max"

    def __init__(self, config: MCConfig, prepared: PreparedData | None = None,
                 valid_prepared: PreparedData | None = None, progress: bool = True):
        from deepfix.init import get_scheme

        self.config = config
        self.progress = progress
        get_scheme(config.model.init)  # fail before the (slow) data preparation
        if not config.data.path:
            raise DeepfixError("data.path: no training file (give --data FILE)")
        self.data = prepared or prepare_data(config.data.path, config.data, config.model,
                                             require_labels=True, progress=progress)
        if config.data.valid_path and config.data.tune_fraction:
            raise DeepfixError("data.tune_fraction: carves the tuning part from the id split of data.path; "
                               "with data.valid_path set, leave it 0 (or hold out part of the training file)")
        if config.data.valid_path:
            self.valid_data = valid_prepared or prepare_data(config.data.valid_path, config.data, config.model,
                                                             require_labels=True, progress=progress)
            self.train_indices = list(range(len(self.data.examples)))
            self.valid_indices = list(range(len(self.valid_data.examples)))
        else:
            self.valid_data = self.data
            train, valid = split_by_id(self.data.examples, config.data.valid_fraction, config.data.split_salt)
            if config.data.tune_fraction:
                # a third part, carved from train by id: settings are chosen on it, so the
                # validation part (dropped here) reports a figure that nothing was selected on
                train, valid = split_by_id(train, config.data.tune_fraction, config.data.split_salt + ":tune")
            position = {e.id: i for i, e in enumerate(self.data.examples)}
            self.train_indices = [position[e.id] for e in train]
            self.valid_indices = [position[e.id] for e in valid]
            if not valid or not train:
                raise DeepfixError(f"{config.data.path}: the id split left an empty part "
                                   f"({len(train)} train / {len(valid)} valid); change data.valid_fraction")

    # --- the Task contract -------------------------------------------------------------------
    def build_model(self, initialize: bool = True) -> MCModel:
        """The model, with the stack initialised by ``model.init`` using μ from the training data."""
        return build_mc_model(self.config.model, self.feature_dim(),
                              mu_batches=self._mu_batches() if initialize else None,
                              initialize=initialize, progress=self.progress)

    def train_dataset(self):
        return self.train_indices

    def collate(self, examples: list) -> dict:
        return collate_questions(self.data, examples)

    def example_lengths(self) -> list[int]:
        """Tokens of each training question's longest pair (for ``train.length_bucketing``)."""
        data = self.data
        if data.features is not None:
            pair = [int(f.shape[0]) for f in data.features]
        else:
            pair = data.tokens.attention_mask.sum(1).tolist()
        return [max(pair[int(data.offsets[i]):int(data.offsets[i + 1])]) for i in self.train_indices]

    def compute_loss(self, model, batch) -> torch.Tensor:
        return F.cross_entropy(model(batch), batch["labels"])

    def evaluate(self, model) -> dict[str, float]:
        probs = predict_probabilities(model, self.valid_data, self.valid_indices)
        metrics = accuracy_metrics([self.valid_data.examples[i] for i in self.valid_indices], probs)
        return {"accuracy": metrics["accuracy"], "loss": metrics["loss"]}

    def encoder_parameters(self, model) -> list:
        return model.mixed.encoder_parameters()

    # --- helpers -----------------------------------------------------------------------------
    def feature_dim(self) -> int:
        if self.data.features is not None:
            return int(self.data.features[0].shape[-1])
        from transformers import AutoConfig

        return int(AutoConfig.from_pretrained(encoder_path(self.config.model)).hidden_size)

    def _mu_batches(self) -> "QuestionBatches":
        return QuestionBatches(self.data, self.train_indices, self.config.train.batch_size)


class QuestionBatches:
    """Re-iterable, in-order batches of questions (for the μ pass and profiling)."""

    def __init__(self, data: PreparedData, indices: list[int], batch_size: int):
        self.data, self.indices, self.batch_size = data, indices, batch_size

    def __len__(self) -> int:
        return (len(self.indices) + self.batch_size - 1) // self.batch_size

    def __iter__(self):
        for start in range(0, len(self.indices), self.batch_size):
            yield collate_questions(self.data, self.indices[start:start + self.batch_size])


def build_mc_model(model_config: MCModelConfig, feature_dim: int, mu_batches=None,
                   initialize: bool = True, progress: bool = False) -> MCModel:
    """Mixed model (+ the encoder when fine-tuned) with an option scorer, initialised by ``model.init``.

    μ is measured as the paper prescribes (Sec. 3): on the vectors entering the stack, over the
    whole training set, in eval mode without gradients (``initialize_mixed_model``).
    """
    from deepfix.models.encoders import load_pretrained
    from deepfix.models.mixed import MixedModel, PretrainedEncoder, initialize_mixed_model
    from deepfix.models.upper_encoder import UpperLayers

    if model_config.pool not in OptionScorer.POOLS:
        raise DeepfixError(f"model.pool must be one of {OptionScorer.POOLS}, got {model_config.pool!r}")
    encoder = None
    if model_config.encoder_mode == "finetune":
        encoder = PretrainedEncoder(load_pretrained(encoder_path(model_config))[0])
    elif model_config.encoder_mode == "top":
        encoder = UpperLayers(load_pretrained(encoder_path(model_config))[0], model_config.train_layers)
    mixed = MixedModel(model_config, feature_dim, OptionScorer(model_config.stack.d_model, model_config.pool),
                       encoder=encoder)
    model = MCModel(mixed)
    if initialize:
        no_stack = model_config.stack.num_layers == 0  # nothing for μ to scale: skip the data pass
        initialize_mixed_model(mixed, loader=mu_batches, mu=0.0 if no_stack else None,
                               features_fn=lambda batch: (*model.features(batch), None), progress=progress)
    return model
