"""The Text-to-SQL model and task: cached encoder vectors -> relation-aware stack -> tree decoder.

The paper's Spider system (Sec. 4) with the pretrained encoder frozen and cached (MiniLM here,
RoBERTa-large in the paper): pooled item vectors (B, n, H) [-> BiLSTM] -> projection to d_model
-> input dropout -> relation-aware :class:`~deepfix.nn.TransformerStack` (initialised with the
config's scheme; DT-Fixup's μ measured on the stack's input over the training set) -> the memory
read by :class:`~.decoder.TreeDecoder` (attention + column/table pointers).

Schema order shuffling (paper, training) is not done: with cached encoder vectors the stack's
input order carries no information (no positions; relations are order-free), so it is a no-op.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
from torch import nn
from tqdm import tqdm

from deepfix.errors import DeepfixError
from deepfix.files import atomic_path
from deepfix.train.config import TrainConfig
from deepfix.train.holdout import split_of
from deepfix.train.task import Task

from deepfix.adaptive.decoder import TransformerTreeDecoder
from deepfix.init.decoder import decoder_input_norms, initialize_decoder

from .beam import Decoded, beam_search
from .decoder import PAD, DecoderConfig, GoldSteps, Memory, TreeDecoder, gold_steps
from .relations import NUM_RELATIONS
from .sql.evaluate import exact_match
from .sql.from_clause import complete_from
from .sql.grammar import to_spider
from .sql.parser import parse_sql
from .sql.render import render_sql


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


@dataclass
class SpiderConfig:
    train: TrainConfig
    model: ModelConfig = field(default_factory=ModelConfig)
    data: DataConfig = field(default_factory=DataConfig)


# -- examples and batches ------------------------------------------------------------------

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
    """Pair prepared examples (:mod:`.preprocess`) with cached vectors and gold action sequences.

    ``schemas``: db_id -> :class:`~.schema.Schema`. ``keep_unusable``: keep examples without
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


# -- model ---------------------------------------------------------------------------------

class _Hidden(nn.Module):
    """The mixed model's head slot: hand the stack output to the decoder unchanged."""

    def forward(self, hidden, padding_mask):
        return hidden


class Text2SQLModel(nn.Module):
    def __init__(self, config: ModelConfig, feature_size: int):
        super().__init__()
        from deepfix.init import get_scheme
        from deepfix.models.mixed import MixedConfig, MixedModel
        from deepfix.nn import StackConfig

        self.config = config
        stack = StackConfig(num_layers=config.layers, d_model=config.d_model, n_heads=config.n_heads,
                            d_ff=config.d_ff, dropout=config.dropout, input_dropout=config.input_dropout,
                            norm=get_scheme(config.init).norm, num_relations=NUM_RELATIONS)
        self.encoder = MixedModel(MixedConfig(stack=stack, init=config.init, bilstm_hidden=config.bilstm_hidden,
                                              mu_percentile=config.mu_percentile, mu_source=config.mu_source),
                                  feature_size, _Hidden())
        if config.decoder.kind == "transformer":
            self.decoder = TransformerTreeDecoder(config.d_model, config.decoder)
        else:
            self.decoder = TreeDecoder(config.d_model, config.decoder)

    def encode(self, batch: T2SBatch) -> Memory:
        memory = self.encoder(batch.features, batch.padding_mask, batch.relations)  # (B, n, d)
        d = memory.shape[-1]
        columns = memory.gather(1, batch.column_pos.unsqueeze(-1).expand(-1, -1, d))  # (B, C, d)
        tables = memory.gather(1, batch.table_pos.unsqueeze(-1).expand(-1, -1, d))    # (B, T, d)
        return Memory(memory, batch.padding_mask, columns, batch.column_valid, tables, batch.table_valid)

    def forward(self, batch: T2SBatch) -> torch.Tensor:
        """Teacher-forcing loss (mean over the batch of summed action NLL)."""
        if batch.kind is None:
            raise DeepfixError("batch has examples without gold action sequences")
        return self.decoder(self.encode(batch), batch.kind, batch.index, batch.node_type, batch.parent)

    @torch.no_grad()
    def decode(self, batch: T2SBatch, beam_size: int = 5) -> list[Decoded]:
        return beam_search(self.decoder, self.encode(batch), [e.column_ids for e in batch.examples], beam_size)


#: Training examples over which the decoder's memory scale is measured (the first ones, in file order).
MEMORY_SCALE_EXAMPLES = 2048


def initialize(model: Text2SQLModel, train: list[T2SExample], progress: bool = False) -> dict:
    """The model's one initialisation entry point.

    Projection: Xavier; stack: its init scheme (μ over the training set's stack inputs for
    DT-Fixup); decoder: Xavier (:meth:`~.decoder.TreeDecoder.reset_parameters`), then, for
    ``memory: scaled``, 1 / RMS of the initialised stack's output over the first
    :data:`MEMORY_SCALE_EXAMPLES` training examples (eval mode, valid positions).
    """
    from deepfix.models.mixed import initialize_mixed_model

    loader = torch.utils.data.DataLoader(train, batch_size=64, collate_fn=collate)
    report = initialize_mixed_model(model.encoder, loader, lambda b: (b.features, b.padding_mask, b.relations),
                                    progress=progress)
    model.decoder.reset_parameters()
    if model.decoder.memory_scale is not None:
        rms = stack_output_rms(model, train[:MEMORY_SCALE_EXAMPLES])
        model.decoder.set_memory_scale(rms)
        report["decoder_memory_rms"] = rms
    if isinstance(model.decoder, TransformerTreeDecoder):
        mu_x = mu_m = None
        if model.decoder.config.transformer.init == "dt_fixup":
            mu_x, mu_m = decoder_norms(model, train[:MEMORY_SCALE_EXAMPLES])
        report.update(initialize_decoder(model.decoder, mu_x, mu_m))
    return report


@torch.no_grad()
def decoder_norms(model: Text2SQLModel, examples: list[T2SExample]) -> tuple[float, float]:
    """(μ_x, μ_m) of the transformer decoder over ``examples`` (see :func:`~deepfix.init.decoder.decoder_input_norms`)."""
    was_training = model.training
    model.eval()
    usable = [e for e in examples if e.steps is not None]
    batches = (collate(usable[start:start + 64]) for start in range(0, len(usable), 64))
    norms = decoder_input_norms(model.decoder, ((model.encode(b), b.kind, b.index, b.node_type, b.parent)
                                                for b in batches))
    model.train(was_training)
    return norms


@torch.no_grad()
def stack_output_rms(model: Text2SQLModel, examples: list[T2SExample]) -> float:
    """Root-mean-square of the stack output's coordinates over the valid positions of ``examples``."""
    was_training = model.training
    model.eval()
    total, count = 0.0, 0
    for start in range(0, len(examples), 64):
        batch = collate(examples[start:start + 64])
        memory = model.encoder(batch.features, batch.padding_mask, batch.relations)  # (B, n, d)
        valid = memory[~batch.padding_mask]  # (tokens, d)
        total += float(valid.double().pow(2).sum())
        count += valid.numel()
    model.train(was_training)
    return (total / count) ** 0.5 if count else 1.0


# -- prediction ----------------------------------------------------------------------------

def predict(model: Text2SQLModel, examples: list[T2SExample], beam_size: int = 5, batch_size: int = 32,
            progress: bool = False, desc: str = "decode") -> list[Decoded]:
    """Decoded trees in ``examples`` order; chunks of similar length share a batch."""
    model.eval()
    order = sorted(range(len(examples)), key=lambda i: examples[i].features.shape[0])
    out: list[Decoded | None] = [None] * len(examples)
    bar = tqdm(total=len(examples), desc=desc, disable=not progress, file=sys.stderr)
    for start in range(0, len(order), batch_size):
        chunk = order[start:start + batch_size]
        batch = collate([examples[i] for i in chunk]).to(next(model.parameters()).device)
        for i, decoded in zip(chunk, model.decode(batch, beam_size)):
            out[i] = decoded
        bar.update(len(chunk))
    bar.close()
    return out  # type: ignore[return-value]


def fallback_sql(db: dict) -> str:
    """What a prediction line holds when no complete tree was found (counted as ``no_tree``)."""
    return f"SELECT * FROM {db['table_names_original'][0]}" if db["table_names_original"] else "SELECT 1"


def to_sql(decoded: Decoded, db: dict, question: str | None = None, connection=None, checker=None,
           complete: bool = True) -> str:
    """SQL text of a decoded tree: FROM completed from the columns used, joins inferred from foreign keys.

    Values: placeholders (``'value'``, ``LIMIT 1``) without ``question``; with it, filled by
    :func:`~.value_fill.fill_values` from the question (and the read-only ``connection``, if given).
    ``checker`` (a :class:`~.sql.validity.SchemaChecker`): the best-scoring finished tree of the
    beam whose SQL sqlite accepts on the schema (the best tree when none is accepted).
    ``complete=False`` keeps FROM as decoded (for measuring what the completion adds).
    """
    if decoded.tree is None:
        return fallback_sql(db)
    trees = [decoded.tree] + ([tree for tree, _score in decoded.alternatives[1:]] if checker is not None else [])
    for tree in trees:
        try:
            sql = tree_sql(tree, db, question, connection, complete)
        except DeepfixError:  # a tree naming what the schema lacks: try the next one
            continue
        if checker is None or checker.check(sql, db) is None:
            return sql
    return tree_sql(decoded.tree, db, question, connection, complete)  # none accepted: the best (its RenderError, if any)


def tree_sql(tree, db: dict, question: str | None = None, connection=None, complete: bool = True) -> str:
    """One decoded tree -> SQL text (see :func:`to_sql`); a tree naming what the schema lacks raises RenderError."""
    sql = complete_from(to_spider(tree), db) if complete else to_spider(tree)
    if question is not None:
        from .value_fill import fill_values

        sql = fill_values(sql, db, question, connection)
    return render_sql(sql, db, keep_values=True, infer_joins=True)


def exact_match_rate(decoded: list[Decoded], examples: list[T2SExample]) -> float:
    hits = total = 0
    for d, e in zip(decoded, examples):
        if e.sql is None:
            continue
        total += 1
        if d.tree is not None:
            try:
                hits += exact_match(complete_from(to_spider(d.tree), e.db), e.sql, e.db)
            except DeepfixError:
                pass
    return hits / total if total else 0.0


# -- the task (training-loop contract) -----------------------------------------------------

class Text2SQLTask(Task):
    dev_metric = "exact_match"
    dev_metric_mode = "max"

    def __init__(self, config: SpiderConfig, train: list[T2SExample], valid: list[T2SExample]):
        """``valid``: the held-out part of train (:func:`split_holdout`) that evaluation and selection use."""
        if not train:
            raise DeepfixError("Text-to-SQL task: no usable training examples")
        self.config = config
        self.train = train
        self.valid = valid
        self.feature_size = int(train[0].features.shape[1])
        self.init_report: dict = {}

    def build_model(self) -> nn.Module:
        torch.manual_seed(self.config.train.seed)
        model = Text2SQLModel(self.config.model, self.feature_size)
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
        return []  # the pretrained encoder is frozen and cached


# -- self-contained model files (what `spider eval` / `spider ask` load) ---------------------

def config_to_dict(config) -> dict:
    return dataclasses.asdict(config)


def config_from_dict(data: dict, source: str = "config") -> SpiderConfig:
    """Build a :class:`SpiderConfig` from plain data (keys and types checked, one-line errors)."""
    from deepfix.train.config import from_dict

    return from_dict(SpiderConfig, data, source=source)


def load_config(path: str | os.PathLike, overrides: list[str] | None = None) -> SpiderConfig:
    """YAML file + ``key.sub=value`` overrides -> :class:`SpiderConfig`."""
    from deepfix.train.config import load_config as load

    return load(SpiderConfig, path, overrides)


MODEL_FORMAT = "deepfix-text2sql-1"


def save_model(path: str | os.PathLike, model: Text2SQLModel, config: SpiderConfig, feature_size: int,
               extra: dict | None = None) -> None:
    """Weights (safetensors) with the config and ``extra`` as JSON metadata, in one file, atomically."""
    from safetensors.torch import save_file

    metadata = {"format": MODEL_FORMAT, "config": json.dumps(config_to_dict(config)),
                "feature_size": str(feature_size), "extra": json.dumps(extra or {})}
    weights = {name: tensor.contiguous() for name, tensor in model.state_dict().items()}
    with atomic_path(path) as temp:
        save_file(weights, str(temp), metadata=metadata)


def _feature_size(weights: dict, config: ModelConfig) -> int:
    if config.bilstm_hidden:
        key = next((k for k in weights if k.startswith("encoder.bilstm.") and k.endswith("weight_ih_l0")), None)
        if key is not None:
            return int(weights[key].shape[1])
    return int(weights["encoder.projection.weight"].shape[1])


def feature_size_of(model: Text2SQLModel) -> int:
    """Width of the cached encoder vectors the model reads."""
    return _feature_size(model.state_dict(), model.config)


def _load_loop_checkpoint(path: Path) -> tuple[Text2SQLModel, SpiderConfig, dict]:
    """A run directory of the shared loop (its latest = final checkpoint) or one step_* folder.

    The final checkpoint, not the "best" one: a run's best is chosen on its held-out part of
    train, and a setting (including a step count) is chosen by comparing runs there; reporting
    the checkpoint that a selection on the reported split picked would bias the figure.
    """
    import yaml
    from safetensors.torch import load_file

    from deepfix.train import checkpoint as ckpt

    is_run = (path / "checkpoints").is_dir() or (path / "config.yaml").is_file()
    run_dir = path if is_run else path.parent.parent
    if path == run_dir:
        step_dir = ckpt.latest_checkpoint(run_dir / "checkpoints") if (run_dir / "checkpoints").is_dir() else None
        if step_dir is None:
            raise DeepfixError(f"{path}: the run has no checkpoint yet")
    else:
        step_dir = path
    config_file = run_dir / "config.yaml"
    if not config_file.is_file():
        raise DeepfixError(f"{config_file}: missing (not a 'spider train' run directory)")
    config = config_from_dict(yaml.safe_load(config_file.read_text()), str(config_file))
    if not (step_dir / ckpt.MODEL_FILE).is_file():
        raise DeepfixError(f"{step_dir}: no {ckpt.MODEL_FILE} (not a checkpoint, or removed while reading)")
    weights = load_file(str(step_dir / ckpt.MODEL_FILE))
    model = Text2SQLModel(config.model, _feature_size(weights, config.model))
    ckpt.load_weights(step_dir, model)
    model.eval()
    return model, config, {"step": ckpt.checkpoint_step(step_dir), "path": str(step_dir)}


def load_model(path: str | os.PathLike) -> tuple[Text2SQLModel, SpiderConfig, dict]:
    """A model file (``model-best.safetensors``), a run directory of the shared loop, or one of its checkpoints."""
    path = Path(path)
    if path.is_dir():
        return _load_loop_checkpoint(path)
    if not path.is_file():
        raise DeepfixError(f"{path}: checkpoint not found")
    from safetensors import SafetensorError
    from safetensors.torch import load_file, safe_open

    try:
        with safe_open(str(path), framework="pt") as handle:
            metadata = handle.metadata() or {}
        weights = load_file(str(path))
    except (SafetensorError, OSError, ValueError) as error:
        raise DeepfixError(f"{path}: not a deepfix checkpoint ({type(error).__name__})") from None
    if metadata.get("format") != MODEL_FORMAT:
        raise DeepfixError(f"{path}: not a deepfix Text-to-SQL model file")
    config = config_from_dict(json.loads(metadata["config"]), str(path))
    blob = {"config": config, "feature_size": int(metadata["feature_size"]), **json.loads(metadata["extra"])}
    model = Text2SQLModel(config.model, blob["feature_size"])
    model.load_state_dict(weights)
    model.eval()
    return model, config, blob


__all__ = ["SpiderConfig", "ModelConfig", "DataConfig", "TrainConfig", "Text2SQLModel", "Text2SQLTask",
           "make_examples", "load_examples", "collate", "predict", "to_sql", "exact_match_rate", "load_config", "save_model",
           "load_model"]


def load_examples(data: DataConfig, splits=("train", "dev"), progress: bool = True,
                  keep_unusable: bool | None = None) -> tuple[dict, dict]:
    """Spider split(s) -> (examples per split, info): prepared, encoded (cached), with gold actions.

    By default train keeps only examples with usable gold actions (for training) and dev keeps
    every example (scored); ``keep_unusable=True`` keeps every example of every split (scoring).
    """
    from .pipeline import encode_splits, prepare_splits

    cache_dir = Path(data.cache_dir) if data.cache_dir else None
    prepared = prepare_splits(data.data, splits, data.encoder, cache_dir=cache_dir, max_tokens=data.max_tokens,
                              progress=progress)
    features, cache = encode_splits(prepared, data.encoder, cache_dir, progress=progress)
    out, info = {}, {"prepare_seconds": round(prepared.seconds, 2), "cache": cache, "splits": {}}
    for split in splits:
        out[split], stats = make_examples(prepared.splits[split], features[split], prepared.data.schemas,
                                          keep_unusable=(split != "train") if keep_unusable is None
                                          else keep_unusable)
        info["splits"][split] = {**stats, "kept": len(out[split]), **prepared.stats[split]}
    return out, info
