"""The Text-to-SQL model shipped inside the package: where it lives, and finding it.

The maintainer drops a trained model (``deepfix spider export --card`` output) at
:data:`SHIPPED_MODEL`, its card beside it. ``deepfix spider ask`` without ``--checkpoint`` and the
question part of ``deepfix demo`` use it; until it is there, ``ask`` says so in one line and the
demo skips the questions.
"""

from __future__ import annotations

from pathlib import Path

from deepfix.errors import DeepfixError

SHIPPED_MODEL = Path(__file__).resolve().parents[2] / "data" / "models" / "text2sql.safetensors"


def shipped_model() -> Path | None:
    """The shipped model file, or None while this copy of deepfix has none."""
    return SHIPPED_MODEL if SHIPPED_MODEL.is_file() else None


def require_shipped_model() -> Path:
    """The shipped model file; a one-line :class:`DeepfixError` saying what to do when it is absent."""
    path = shipped_model()
    if path is None:
        raise DeepfixError(f"{SHIPPED_MODEL}: this copy of deepfix ships no trained model yet; pass --checkpoint "
                           "(a model file or a 'deepfix spider train' run directory) or train one with "
                           "'deepfix spider train'")
    return path
