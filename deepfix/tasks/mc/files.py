"""Trained multiple-choice models from disk (what ``mc eval`` / ``mc predict`` load).

The run, its checkpoint and the weights are found by the shared loader
(:mod:`deepfix.train.trained`); what is this task's own is building the model: its config is the
run's saved ``config.yaml``, and the width of the encoder vectors it reads is the input width of
the saved ``mixed.projection.weight``.
"""

from __future__ import annotations

import os
from pathlib import Path

from deepfix.errors import DeepfixError
from deepfix.train.trained import CONFIG_NAME, Shapes, find_run_checkpoint, load_trained_model

from .model import MCModel
from .task import MCConfig, build_mc_model, load_config


def load_trained(path: str | os.PathLike) -> tuple[MCConfig, MCModel, Path]:
    """(MCConfig, model in eval mode, the checkpoint chosen) from a run directory (its final checkpoint:
    the validation part chose nothing, so the figure it gives predicts held-out accuracy), a
    ``checkpoints/step_N`` folder (e.g. the one ``checkpoints/best.json`` names), or the
    ``model.safetensors`` inside one."""
    found = find_run_checkpoint(path, "deepfix mc train")
    config = load_config(MCConfig, found.run_dir / CONFIG_NAME, notices=False)  # stored: renamed keys migrate silently

    def build(shapes: Shapes) -> MCModel:
        if len(shapes.get("mixed.projection.weight", ())) != 2:
            raise DeepfixError(f"{found.weights}: not a deepfix mc checkpoint (no mixed.projection.weight)")
        return build_mc_model(config.model, shapes["mixed.projection.weight"][1], initialize=False)

    return config, load_trained_model(found.weights, build), found.checkpoint
