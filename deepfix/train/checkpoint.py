"""Checkpoints that survive ``kill -9``: safetensors + JSON, atomic directory swaps, pointers.

Layout of ``run_dir/checkpoints/``::

    step_00000100/model.safetensors   model weights (safetensors.torch.save_model: shared weights ok)
    step_00000100/ema.safetensors     the same model with averaged weights (only with train.ema_decay > 0)
    step_00000100/state.safetensors   every tensor of the training state (optimizer moments, RNG)
    step_00000100/state.json          the rest of that state (step, data position, scheduler, ...)
    latest                            name of the newest complete checkpoint (written last)
    best.json                         {"name", "step", "metric", "value"} of the best dev metric

A checkpoint is written into a hidden temp directory, fsynced, then renamed into place
(``os.replace``; atomic on POSIX); only then is ``latest`` replaced (temp file + ``os.replace``).
A kill at any moment leaves ``latest`` naming a complete checkpoint. Nothing is pickled: the
nested training state is split into tensors (safetensors) and plain values (JSON) by
:func:`split_state` and put back together by :func:`join_state`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import torch
from safetensors.torch import load_file, load_model, save_file, save_model

from ..errors import DeepfixError
from .config import default_mode, write_text_atomic

MODEL_FILE = "model.safetensors"
AVERAGE_FILE = "ema.safetensors"  # the averaged weights (deepfix.train.average), when the run keeps them
STATE_TENSORS = "state.safetensors"
STATE_JSON = "state.json"
LATEST = "latest"
BEST = "best.json"
_NAME = re.compile(r"^step_(\d+)$")


def checkpoint_name(step: int) -> str:
    return f"step_{step:08d}"


# --------------------------------------------------------------------------------------------
# Nested state <-> (tensors, JSON tree)


def split_state(state: Any) -> tuple[dict[str, torch.Tensor], Any]:
    """Split a nested state (dicts, lists, tuples, tensors, numpy arrays, scalars) in two.

    Tensors and arrays go to a flat ``{key: tensor}`` dict for safetensors and are replaced in
    the JSON tree by ``{"__tensor__": key}`` / ``{"__ndarray__": key, "dtype": ...}``; tuples become
    ``{"__tuple__": [...]}`` and dicts with non-string keys (optimizer state is keyed by ints)
    ``{"__items__": [[key, value], ...]}``, so :func:`join_state` restores the exact types.
    """
    tensors: dict[str, torch.Tensor] = {}

    def walk(value: Any) -> Any:
        if isinstance(value, torch.Tensor):
            key = f"t{len(tensors)}"
            tensors[key] = value.detach().cpu().contiguous()
            return {"__tensor__": key}
        if isinstance(value, np.ndarray):
            key = f"t{len(tensors)}"
            wide = value.astype(np.int64) if value.dtype.kind in "ui" else value
            tensors[key] = torch.from_numpy(np.ascontiguousarray(wide))
            return {"__ndarray__": key, "dtype": str(value.dtype)}
        if isinstance(value, np.generic):
            return value.item()
        if isinstance(value, dict):
            if all(isinstance(k, str) and not k.startswith("__") for k in value):
                return {k: walk(v) for k, v in value.items()}
            return {"__items__": [[walk(k), walk(v)] for k, v in value.items()]}
        if isinstance(value, tuple):
            return {"__tuple__": [walk(v) for v in value]}
        if isinstance(value, list):
            return [walk(v) for v in value]
        if value is None or isinstance(value, (bool, int, float, str)):
            return value
        raise TypeError(f"cannot store {type(value).__name__} in a checkpoint (no pickling)")

    return tensors, walk(state)


def join_state(tree: Any, tensors: dict[str, torch.Tensor]) -> Any:
    """Inverse of :func:`split_state`."""
    if isinstance(tree, list):
        return [join_state(v, tensors) for v in tree]
    if isinstance(tree, dict):
        if "__tensor__" in tree:
            return tensors[tree["__tensor__"]]
        if "__ndarray__" in tree:
            return tensors[tree["__ndarray__"]].numpy().astype(tree["dtype"])
        if "__tuple__" in tree:
            return tuple(join_state(v, tensors) for v in tree["__tuple__"])
        if "__items__" in tree:
            return {join_state(k, tensors): join_state(v, tensors) for k, v in tree["__items__"]}
        return {k: join_state(v, tensors) for k, v in tree.items()}
    return tree


# --------------------------------------------------------------------------------------------
# Writing and reading one checkpoint


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_checkpoint(root: str | os.PathLike, step: int, model: torch.nn.Module, state: Any, average: Any = None) -> Path:
    """Write ``model`` weights and the training ``state`` as checkpoint ``step``; point ``latest`` at it.

    With ``average`` (a :class:`deepfix.train.average.WeightAverage`), the model with its averaged
    weights is written too, as ``ema.safetensors``.

    Atomic: the files go to a temp directory that is renamed into place, then ``latest`` is
    replaced. Returns the checkpoint directory.
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    name = checkpoint_name(step)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=root))
    try:
        save_model(model, str(tmp / MODEL_FILE))
        if average is not None:
            with average.applied(model):
                save_model(model, str(tmp / AVERAGE_FILE))
        tensors, tree = split_state(state)
        save_file(tensors, str(tmp / STATE_TENSORS))
        with open(tmp / STATE_JSON, "w", encoding="utf-8") as handle:
            json.dump(tree, handle)
        for file in tmp.iterdir():
            os.chmod(file, default_mode())  # safetensors writes its files 0600
            with open(file, "rb") as handle:
                os.fsync(handle.fileno())
        _fsync_dir(tmp)
        os.chmod(tmp, default_mode(directory=True))
        final = root / name
        if final.exists():  # a stale copy of this step (a kill came before `latest` moved)
            trash = Path(tempfile.mkdtemp(prefix=f".trash-{name}.", dir=root))
            os.replace(final, trash / name)
            os.replace(tmp, final)
            shutil.rmtree(trash, ignore_errors=True)
        else:
            os.replace(tmp, final)
        _fsync_dir(root)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    write_text_atomic(root / LATEST, name + "\n")
    return final


def latest_checkpoint(root: str | os.PathLike) -> Path | None:
    """The checkpoint ``latest`` names (or, without a pointer, the highest complete step); None if none."""
    root = Path(root)
    pointer = root / LATEST
    if pointer.exists():
        path = root / pointer.read_text(encoding="utf-8").strip()
        if not _complete(path):
            raise DeepfixError(f"{pointer}: names {path.name}, which is missing or incomplete")
        return path
    complete = [p for p in list_checkpoints(root) if _complete(p)]
    return complete[-1] if complete else None


def _complete(path: Path) -> bool:
    return all((path / f).is_file() for f in (MODEL_FILE, STATE_TENSORS, STATE_JSON))


def list_checkpoints(root: str | os.PathLike) -> list[Path]:
    """Checkpoint directories under ``root``, oldest step first."""
    root = Path(root)
    if not root.is_dir():
        return []
    found = [(int(m.group(1)), p) for p in root.iterdir() if p.is_dir() and (m := _NAME.match(p.name))]
    return [p for _, p in sorted(found)]


def checkpoint_step(path: str | os.PathLike) -> int:
    match = _NAME.match(Path(path).name)
    if not match:
        raise DeepfixError(f"{path}: not a checkpoint directory (expected step_NNNNNNNN)")
    return int(match.group(1))


def load_weights(path: str | os.PathLike, model: torch.nn.Module, strict: bool = True) -> None:
    """Load a checkpoint's (or a ``model.safetensors`` file's) weights into ``model`` in place."""
    path = Path(path)
    file = path / MODEL_FILE if path.is_dir() else path
    if not file.is_file():
        raise DeepfixError(f"{file}: checkpoint weights not found")
    try:
        missing, unexpected = load_model(model, str(file), strict=False)
    except RuntimeError as error:  # shape mismatch
        detail = str(error).strip().splitlines()[-1].strip()
        raise DeepfixError(f"{file}: weights do not fit the model ({detail})") from None
    if strict and (missing or unexpected):
        raise DeepfixError(
            f"{file}: weights do not fit the model (missing: {sorted(missing)[:5]}, unexpected: {sorted(unexpected)[:5]})"
        )


def load_state(path: str | os.PathLike) -> Any:
    """The training state saved with a checkpoint (tensors on CPU)."""
    path = Path(path)
    try:
        tensors = load_file(str(path / STATE_TENSORS))
        with open(path / STATE_JSON, encoding="utf-8") as handle:
            tree = json.load(handle)
    except (OSError, ValueError) as error:
        raise DeepfixError(f"{path}: unreadable checkpoint state ({error})") from None
    return join_state(tree, tensors)


# --------------------------------------------------------------------------------------------
# Best pointer and retention


def read_best(root: str | os.PathLike) -> dict | None:
    file = Path(root) / BEST
    if not file.exists():
        return None
    return json.loads(file.read_text(encoding="utf-8"))


def write_best(root: str | os.PathLike, step: int, metric: str, value: float) -> None:
    record = {"name": checkpoint_name(step), "step": step, "metric": metric, "value": value}
    write_text_atomic(Path(root) / BEST, json.dumps(record) + "\n")


def prune_checkpoints(root: str | os.PathLike, keep_last: int) -> list[Path]:
    """Delete all but the newest ``keep_last`` checkpoints, the best one and the one ``latest`` names.

    Also removes temp files and directories left by an interrupted save. Returns the deleted
    checkpoints.
    """
    root = Path(root)
    checkpoints = list_checkpoints(root)
    keep = {p.name for p in checkpoints[-keep_last:]}
    best = read_best(root)
    if best:
        keep.add(best["name"])
    if (root / LATEST).exists():
        keep.add((root / LATEST).read_text(encoding="utf-8").strip())
    removed = [p for p in checkpoints if p.name not in keep]
    leftovers = [p for p in root.iterdir() if p.name.startswith(".")]  # from interrupted saves
    for path in removed + leftovers:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    return removed


#: What wrote a run directory, told by its saved config.yaml (the keys only one task's config has).
RUN_KINDS = {
    "deepfix spider train": lambda config: "decoder" in (config.get("model") or {}),
    "deepfix mc train": lambda config: "encoder_mode" in (config.get("model") or {}),
    "deepfix demo": lambda config: "task" in config,
}


def check_run_kind(config_file: str | os.PathLike, config: Any, expected: str) -> None:
    """A run directory of another command says so in words (instead of failing on an unknown config key)."""
    if not isinstance(config, dict):
        raise DeepfixError(f"{config_file}: not a deepfix run config (expected a mapping)")
    found = next((kind for kind, test in RUN_KINDS.items() if test(config)), None)
    if found is not None and found != expected:
        raise DeepfixError(f"{config_file}: written by '{found}', not by '{expected}' (a checkpoint of another task)")
