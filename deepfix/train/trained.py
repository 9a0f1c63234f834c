"""A trained model back from disk: one loader for every task.

A task's commands name what to load as a run directory of the shared loop (its latest checkpoint),
one of its ``checkpoints/step_N`` folders, or (multiple choice) the ``model.safetensors`` inside
one. :func:`find_run_checkpoint` resolves that to the run's saved config (checked to be of the
task's command) and the weights file; :func:`load_trained_model` builds the model from the shapes
of the saved tensors (their widths say what the config does not, e.g. the encoder's) and loads the
weights into it, in eval mode. Each task keeps only what is its own: how to build its model from
its config and those shapes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml

from deepfix.errors import DeepfixError

from . import checkpoint as ckpt

#: The run's whole config, as the training loop writes it.
CONFIG_NAME = "config.yaml"

#: Saved tensor name -> its shape, read from a safetensors header without loading the tensors.
Shapes = dict[str, tuple[int, ...]]


@dataclass(frozen=True)
class RunCheckpoint:
    """Where a trained model of a run lies: the run, its checkpoint, the weights file, the saved config."""

    run_dir: Path
    checkpoint: Path  # a step_N folder, or the weights file named directly
    weights: Path  # the file to load (a checkpoint's other weights file may be absent: the caller checks)
    config: dict  # run_dir/config.yaml as saved (checked to be a mapping written by the task's command)


def find_run_checkpoint(path: str | os.PathLike, command: str, weights_file: str = ckpt.MODEL_FILE) -> RunCheckpoint:
    """Resolve ``path`` for a run of ``command`` (e.g. ``"deepfix mc train"``).

    A run directory (it holds ``config.yaml`` or ``checkpoints/``) means its latest checkpoint: the
    final one, not the "best": a run's best is chosen on its held-out part, and reporting the
    checkpoint that a selection on the reported split picked would bias the figure. Anything else
    inside a run (a ``step_N`` folder, a weights file in one) is taken as it is, its run being the
    nearest parent with a ``config.yaml``. ``weights_file``: which file of a checkpoint folder
    (``model.safetensors``, or ``ema.safetensors`` for the averaged weights).
    """
    target = Path(path)
    if not target.exists():
        raise DeepfixError(f"{target}: no such checkpoint or run directory")
    is_run = target.is_dir() and ((target / CONFIG_NAME).is_file() or (target / "checkpoints").is_dir())
    run_dir = target if is_run else next((p for p in target.parents if (p / CONFIG_NAME).is_file()), None)
    if run_dir is None:
        raise DeepfixError(f"{target}: no {CONFIG_NAME} here or in a parent directory (not a run of '{command}')")
    config = read_run_config(run_dir / CONFIG_NAME, command)
    if is_run:
        chosen = ckpt.latest_checkpoint(run_dir / "checkpoints") if (run_dir / "checkpoints").is_dir() else None
        if chosen is None:
            raise DeepfixError(f"{target}: the run has no checkpoint yet")
    else:
        chosen = target
    if chosen.is_dir() and not (chosen / ckpt.MODEL_FILE).is_file():
        raise DeepfixError(f"{chosen}: no {ckpt.MODEL_FILE} (not a checkpoint, or removed while reading)")
    return RunCheckpoint(run_dir, chosen, chosen / weights_file if chosen.is_dir() else chosen, config)


def read_run_config(config_file: Path, command: str) -> dict:
    """A run's saved config as a plain mapping; a run of another command says so in words."""
    if not config_file.is_file():
        raise DeepfixError(f"{config_file}: missing (not a run of '{command}')")
    try:
        raw: Any = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        raise DeepfixError(f"{config_file}: not a readable YAML config") from None
    ckpt.check_run_kind(config_file, raw, command)
    return raw


def weight_shapes(file: str | os.PathLike) -> Shapes:
    """The shape of every tensor of a safetensors file, from its header (no tensor is read)."""
    from safetensors import SafetensorError, safe_open

    try:
        with safe_open(str(file), framework="pt") as handle:
            return {name: tuple(handle.get_slice(name).get_shape()) for name in handle.keys()}
    except (SafetensorError, OSError, ValueError) as error:
        raise DeepfixError(f"{file}: not a deepfix checkpoint ({type(error).__name__})") from None


def load_trained_model(weights: str | os.PathLike, build: Callable[[Shapes], Any]):
    """``build(shapes of the saved tensors)``, then the saved weights loaded into it; in eval mode."""
    model = build(weight_shapes(weights))
    ckpt.load_weights(weights, model)
    model.eval()
    return model
