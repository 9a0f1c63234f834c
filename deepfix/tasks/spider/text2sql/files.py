"""Self-contained model files (what ``spider eval`` / ``ask`` / ``export`` load): one safetensors file with
the config as metadata, or a run directory of the shared loop (its final checkpoint).

Both record the encoder the model reads (:func:`~deepfix.models.encoders.encoder_identity`: the setting,
its name, its weights' SHA-256): a run in ``RUN_DIR/encoder.json``, a model file in its ``encoder``
metadata. Files and runs from before this record load as before, without it.

Both also fix the **relation vocabulary** the model reads (:data:`~deepfix.tasks.spider.inputs.relations.VOCABULARIES`):
its config's ``data.semantic_links`` (absent in older files: version 1), and in a model file the
``relations`` metadata (``{"version", "count"}``, written since semantic linking). Loading checks that
the record, the config and the weights' relation tables agree, one line naming the file when not, and
examples for the model are prepared for its version (:func:`~.examples.load_examples`, the answerer)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from safetensors import SafetensorError
from safetensors.torch import safe_open, save_file

from deepfix.errors import DeepfixError
from deepfix.files import atomic_path, write_json_atomic
from deepfix.nn.renamed_keys import current_keys
from deepfix.tasks.spider.inputs.relations import VOCABULARIES, num_relations
from deepfix.train import checkpoint as ckpt
from deepfix.train.trained import CONFIG_NAME, Shapes, find_run_checkpoint, load_trained_model

from .config import ModelConfig, SpiderConfig, config_from_dict, config_to_dict
from .model import RENAMED, Text2SQLModel, build_model


MODEL_FORMAT = "deepfix-text2sql-1"
#: A run's record of its encoder, beside its config.yaml.
ENCODER_FILE = "encoder.json"


def save_model(path: str | os.PathLike, model: Text2SQLModel, config: SpiderConfig, feature_size: int,
               extra: dict | None = None, encoder: dict | None = None) -> None:
    """Weights (safetensors) with the config, ``extra``, the ``encoder`` record and the relation vocabulary
    as JSON metadata, in one file, atomically."""
    version = getattr(model, "relation_version", 1)
    if config.data.relation_version != version:
        raise DeepfixError(f"{path}: the model reads relation vocabulary version {version}, its config's data "
                           f"section builds version {config.data.relation_version} (data.semantic_links)")
    metadata = {"format": MODEL_FORMAT, "config": json.dumps(config_to_dict(config)),
                "feature_size": str(feature_size), "extra": json.dumps(extra or {})}
    metadata["relations"] = json.dumps({"version": version, "count": num_relations(version)})
    if encoder is not None:
        metadata["encoder"] = json.dumps(encoder)
    weights = {name: tensor.contiguous() for name, tensor in model.state_dict().items()}
    with atomic_path(path) as temp:
        save_file(weights, str(temp), metadata=metadata)


def record_run_encoder(run_dir: str | os.PathLike, identity: dict, resume: bool) -> None:
    """Write ``RUN_DIR/encoder.json`` for a new run; a resumed run must read the same weights.

    A run directory that already holds a run and is not resumed is left alone (training refuses it).
    """
    path = Path(run_dir) / ENCODER_FILE
    if resume and path.is_file():
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise DeepfixError(f"{path}: not a readable JSON record of the run's encoder") from None
        if saved.get("weights_sha256") != identity["weights_sha256"]:
            raise DeepfixError(f"{path}, field 'weights_sha256': the run used {saved.get('path')} "
                               f"({str(saved.get('weights_sha256'))[:16]}...), now {identity['path']} "
                               f"({identity['weights_sha256'][:16]}...); a resumed run keeps its encoder")
        return
    if not resume and (Path(run_dir) / "metrics.jsonl").exists():
        return
    write_json_atomic(path, identity)


def run_encoder(run_dir: Path) -> dict | None:
    """The encoder record of a run directory (None for runs from before it was kept)."""
    path = run_dir / ENCODER_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
    except (ValueError, UnicodeDecodeError):
        raise DeepfixError(f"{path}: not a readable JSON record of the run's encoder") from None


def relation_version_of(source, config: SpiderConfig, shapes: Shapes, recorded: str | None = None) -> int:
    """The relation vocabulary version of a saved model: its config's, checked against the file's record
    (``recorded``: the ``relations`` metadata, None for files and runs without one) and the weights'
    ``shapes`` (:func:`~deepfix.train.trained.weight_shapes`)."""
    version = config.data.relation_version
    if recorded is not None:
        try:
            saved = json.loads(recorded)["version"]
        except (ValueError, TypeError, KeyError):
            raise DeepfixError(f"{source}, metadata 'relations': not a readable relation vocabulary record") from None
        if not isinstance(saved, int) or saved not in VOCABULARIES:
            raise DeepfixError(f"{source}: relation vocabulary version {saved!r}; this deepfix knows "
                               f"{', '.join(map(str, sorted(VOCABULARIES)))} (made by a newer deepfix?)")
        if saved != version:
            raise DeepfixError(f"{source}: relation vocabulary version {saved} recorded, but the config "
                               f"(data.semantic_links: {str(config.data.semantic_links).lower()}) builds version {version}")
    key = next((k for k in sorted(shapes) if k.endswith("relation_key.weight")), None)
    if key is not None and shapes[key][0] != num_relations(version):
        raise DeepfixError(f"{source}: the weights hold {shapes[key][0]} relation types, relation vocabulary "
                           f"version {version} has {num_relations(version)} (data.semantic_links: "
                           f"{str(config.data.semantic_links).lower()})")
    return version


def _feature_size(shapes: Shapes, config: ModelConfig) -> int:
    shapes = current_keys(shapes, RENAMED)  # saved before the mixed model was renamed: encoder.projection...
    if config.bilstm_hidden:
        key = next((k for k in shapes if k.startswith("mixed.bilstm.") and k.endswith("weight_ih_l0")), None)
        if key is not None:
            return int(shapes[key][1])
    return int(shapes["mixed.projection.weight"][1])


def feature_size_of(model: Text2SQLModel) -> int:
    """Width of the cached encoder vectors the model reads."""
    return _feature_size({name: tuple(t.shape) for name, t in model.state_dict().items()}, model.config)


def _load_loop_checkpoint(path: Path, weights_kind: str = "final") -> tuple[Text2SQLModel, SpiderConfig, dict]:
    """A run directory of the shared loop (its latest = final checkpoint) or one step_* folder
    (:func:`~deepfix.train.trained.find_run_checkpoint`).

    ``weights_kind``: ``final`` loads the trained weights, ``ema`` their moving average
    (``ema.safetensors``, written by runs with ``train.ema_decay > 0``).
    """
    found = find_run_checkpoint(path, "deepfix spider train",
                                ckpt.AVERAGE_FILE if weights_kind == "ema" else ckpt.MODEL_FILE)
    if weights_kind == "ema" and not found.weights.is_file():
        raise DeepfixError(f"{found.checkpoint}: no {found.weights.name} (the run kept no average of its weights: "
                           f"train.ema_decay was 0)")
    config_file = found.run_dir / CONFIG_NAME
    config = config_from_dict(found.config, str(config_file), notices=False)

    def build(shapes: Shapes) -> Text2SQLModel:
        relation_version_of(found.checkpoint, config, shapes)  # checks the vocabulary against the weights
        return build_model(config, _feature_size(shapes, config.model))

    model = load_trained_model(found.weights, build)
    return model, config, {"step": ckpt.checkpoint_step(found.checkpoint), "path": str(found.checkpoint),
                           "encoder": run_encoder(found.run_dir), "weights": weights_kind}


def load_model(path: str | os.PathLike, weights_kind: str = "final") -> tuple[Text2SQLModel, SpiderConfig, dict]:
    """A model file (``model-best.safetensors``), a run directory of the shared loop, or one of its checkpoints.

    ``weights_kind`` (``final`` or ``ema``) picks a checkpoint's trained or averaged weights.
    """
    path = Path(path)
    if weights_kind not in ("final", "ema"):
        raise DeepfixError(f"weights: expected 'final' or 'ema', got {weights_kind!r}")
    if path.is_dir():
        return _load_loop_checkpoint(path, weights_kind)
    if weights_kind == "ema":
        raise DeepfixError(f"{path}: a model file holds one set of weights; --weights ema needs a run directory")
    if not path.is_file():
        raise DeepfixError(f"{path}: checkpoint not found")
    try:
        with safe_open(str(path), framework="pt") as handle:
            metadata = handle.metadata() or {}
    except (SafetensorError, OSError, ValueError) as error:
        raise DeepfixError(f"{path}: not a deepfix checkpoint ({type(error).__name__})") from None
    if metadata.get("format") != MODEL_FORMAT:
        raise DeepfixError(f"{path}: not a deepfix Text-to-SQL model file")
    config = config_from_dict(json.loads(metadata["config"]), str(path), notices=False)
    blob = {"config": config, "feature_size": int(metadata["feature_size"]), **json.loads(metadata["extra"]),
            "encoder": json.loads(metadata["encoder"]) if "encoder" in metadata else None}

    def build(shapes: Shapes) -> Text2SQLModel:
        relation_version_of(path, config, shapes, metadata.get("relations"))  # checks the file's record
        return build_model(config, blob["feature_size"])  # + the trained top encoder layers, when it has them

    return load_trained_model(path, build), config, blob
