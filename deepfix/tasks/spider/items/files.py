"""The schema-item head as one file: weights (safetensors) with its config as metadata, and where the
shipped one lives.

The head is :class:`~deepfix.models.mixed.MixedModel` over the pooled encoder vectors with an
:class:`~deepfix.tasks.spider.items.task.ItemHead` (see :mod:`.task`); the file holds its state dict and
``{"format", "config", "feature_size"}`` metadata, so loading rebuilds the same module without data.
Its card (how it was trained, what it scores on held-out training databases) is a JSON file beside it.
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

from deepfix.errors import DeepfixError
from deepfix.files import atomic_path

HEAD_FORMAT = "deepfix-schema-items-1"
#: The schema-item head shipped beside the Text-to-SQL model (the pruner of wide schemas reads it).
SHIPPED_ITEM_HEAD = Path(__file__).resolve().parents[3] / "data" / "models" / "schema_items.safetensors"


def save_item_head(path: str | os.PathLike, model, feature_size: int) -> None:
    """Write ``model`` (a MixedModel with an ItemHead) and its config to ``path``, atomically."""
    import torch  # noqa: F401  (safetensors.torch needs it loaded)
    from safetensors.torch import save_file

    config = dataclasses.asdict(model.config)
    metadata = {"format": HEAD_FORMAT, "config": json.dumps(config), "feature_size": str(feature_size)}
    weights = {name: tensor.detach().contiguous() for name, tensor in model.state_dict().items()}
    with atomic_path(path) as temp:
        save_file(weights, str(temp), metadata=metadata)


def load_item_head(path: str | os.PathLike):
    """The head stored at ``path`` (eval mode); a missing or foreign file -> one-line DeepfixError."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file, safe_open

    from deepfix.models.mixed import MixedModel
    from deepfix.nn import StackConfig
    from deepfix.tasks.spider.items.task import ItemHead
    from deepfix.tasks.spider.items.train import ItemModelConfig

    path = Path(path)
    if not path.is_file():
        raise DeepfixError(f"{path}: no schema-item head there")
    try:
        with safe_open(str(path), framework="pt") as handle:
            metadata = handle.metadata() or {}
        weights = load_file(str(path))
    except (SafetensorError, OSError, ValueError) as error:
        raise DeepfixError(f"{path}: not a readable safetensors file ({type(error).__name__})") from None
    if metadata.get("format") != HEAD_FORMAT:
        raise DeepfixError(f"{path}: not a schema-item head (format {metadata.get('format')!r})")
    try:
        raw = json.loads(metadata["config"])
        stack = StackConfig(**raw.pop("stack"))
        config = ItemModelConfig(stack=stack, **raw)
        feature_size = int(metadata["feature_size"])
        model = MixedModel(config, feature_size, ItemHead(stack.d_model))
        model.load_state_dict(weights)
    except (KeyError, TypeError, ValueError, RuntimeError) as error:
        raise DeepfixError(f"{path}: its config and weights do not make a schema-item head "
                           f"({type(error).__name__})") from None
    model.eval()
    return model
