"""Dataclass configs: load from YAML, override with ``key=value``, validate, save.

Every experiment is a dataclass (a task config composes a :class:`TrainConfig`), so a config file
is checked against the fields and types the code actually reads. Unknown keys, missing required
keys and wrongly typed values raise one :class:`~deepfix.errors.DeepfixError` naming the file and
the dotted key (``train.lr``), never a traceback.
"""

from __future__ import annotations

import argparse
import contextvars
import dataclasses
import os
import sys
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml

from ..errors import DeepfixError, where
from ..files import default_mode, write_text_atomic  # noqa: F401  (re-exported)

C = TypeVar("C")


class ConfigValueError(DeepfixError):
    """A field holds a value of the right type but out of range; ``key`` names the field."""

    def __init__(self, key: str, message: str):
        super().__init__(f"field {key!r}: {message}")
        self.key = key
        self.message = message

SCHEDULES = ("poly", "linear", "constant")
NONFINITE_POLICIES = ("stop", "skip")


@dataclass
class TrainConfig:
    """What the training loop needs; every task config composes one (``train:`` in YAML).

    ``schedule``: ``poly`` decays as ``(1 - t/T)^power`` down to ``min_lr`` (DT-Fixup trains with
    no warmup, paper Sec. 3); ``linear`` warms up linearly for ``warmup_steps`` then decays;
    ``constant`` keeps ``lr``. ``on_nonfinite``: ``stop`` ends the run at the first non-finite
    loss or gradient (``diverged: true``), ``skip`` drops that batch and counts it.
    """

    run_dir: str
    seed: int = 0
    max_steps: int = 1000
    batch_size: int = 16
    lr: float = 5e-4
    encoder_lr: float | None = None
    warmup_steps: int = 0
    schedule: str = "poly"
    power: float = 0.5
    min_lr: float = 0.0
    grad_clip: float = 5.0
    weight_decay: float = 0.0
    eval_every: int = 100
    log_every: int = 10
    checkpoint_every: int = 100
    keep_last: int = 2
    ema_decay: float = 0.0  # >0: keep an exponential moving average of the weights; evaluate and save it too
    on_nonfinite: str = "stop"
    length_bucketing: int = 0  # >1: batch examples of similar length within pools of this many batches
    layer_stats_every: int = 0  # >0: per-layer telemetry every this many steps (deepfix.train.telemetry)
    layer_stats_growth_warning: float = 100.0  # warn once when the stream grows more than this through a stack
    progress: bool = True
    # Optional extras (not in the original contract; defaults keep its behaviour).
    device: str = "auto"  # auto (cuda:LOCAL_RANK if available, else cpu) | cpu | cuda | cuda:N
    num_workers: int = 0  # DataLoader worker processes for collate
    find_unused_parameters: bool = False  # DDP: set when some parameters miss some batches' forward

    def __post_init__(self) -> None:
        checks = {
            "max_steps": self.max_steps >= 1,
            "batch_size": self.batch_size >= 1,
            "warmup_steps": 0 <= self.warmup_steps,
            "eval_every": self.eval_every >= 1,
            "log_every": self.log_every >= 1,
            "checkpoint_every": self.checkpoint_every >= 1,
            "keep_last": self.keep_last >= 1,
            "num_workers": self.num_workers >= 0,
            "layer_stats_every": self.layer_stats_every >= 0,
            "layer_stats_growth_warning": self.layer_stats_growth_warning > 0,
            "lr": self.lr >= 0,
            "min_lr": self.min_lr >= 0,
            "ema_decay": 0.0 <= self.ema_decay < 1.0,
        }
        for key, ok in checks.items():
            if not ok:
                raise ConfigValueError(key, f"invalid value {getattr(self, key)!r}")
        if self.schedule not in SCHEDULES:
            raise ConfigValueError("schedule", f"{self.schedule!r} is not one of {SCHEDULES}")
        if self.on_nonfinite not in NONFINITE_POLICIES:
            raise ConfigValueError("on_nonfinite", f"{self.on_nonfinite!r} is not one of {NONFINITE_POLICIES}")


# --------------------------------------------------------------------------------------------
# Building a dataclass from plain data, checking keys and types.


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", None) or str(tp).replace("typing.", "")


def _convert(value: Any, tp: Any, key: str, source: str) -> Any:
    """Return ``value`` checked (and minimally converted) against the annotation ``tp``."""
    bad = DeepfixError(f"{where(source, field=key)}: expected {_type_name(tp)}, got {value!r}")
    if tp is Any:
        return value
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            if type(None) in args:
                return None
            raise bad
        for option in (a for a in args if a is not type(None)):
            try:
                return _convert(value, option, key, source)
            except DeepfixError:
                continue
        raise bad
    if origin is typing.Literal:
        if value in args:
            return value
        raise DeepfixError(f"{where(source, field=key)}: {value!r} is not one of {args}")
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise DeepfixError(f"{where(source, field=key)}: expected a mapping of {tp.__name__} fields")
        return _build(tp, value, source, prefix=f"{key}.")
    if origin in (list, tuple) or tp in (list, tuple):
        if not isinstance(value, (list, tuple)):
            raise bad
        if origin is tuple and args and args[-1] is not Ellipsis:
            if len(args) != len(value):
                raise bad
            return tuple(_convert(v, a, f"{key}[{i}]", source) for i, (v, a) in enumerate(zip(value, args)))
        item = args[0] if args else Any
        items = [_convert(v, item, f"{key}[{i}]", source) for i, v in enumerate(value)]
        return tuple(items) if (origin is tuple or tp is tuple) else items
    if origin is dict or tp is dict:
        if not isinstance(value, dict):
            raise bad
        kt, vt = args if args else (Any, Any)
        return {_convert(k, kt, key, source): _convert(v, vt, f"{key}.{k}", source) for k, v in value.items()}
    if tp is bool:
        if isinstance(value, bool):
            return value
        raise bad
    if tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise bad
    if tp is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str):  # YAML 1.1 reads "1e-3" (no dot) as a string
            try:
                return float(value)
            except ValueError:
                raise bad from None
        raise bad
    if tp is str:
        if isinstance(value, str):
            return value
        raise bad
    if isinstance(tp, type):
        if isinstance(value, tp):
            return value
        raise bad
    return value


# Renamed keys. A config class may declare ``renamed = {"old": "new.dotted"}`` (a ClassVar): the old
# key keeps working, moved to its new place with a one-line notice on stderr. Configs stored inside
# run directories, checkpoints and model files are migrated silently (``notices=False``).
_NOTICES: contextvars.ContextVar[bool] = contextvars.ContextVar("deepfix_config_notices", default=True)
_NOTICED: set[tuple[str, str]] = set()


def _migrate(cls: type, data: dict, source: str, prefix: str = "") -> dict:
    """``data`` with the keys ``cls.renamed`` lists moved to their new dotted place (a copy if any moved)."""
    renamed: dict[str, str] = getattr(cls, "renamed", None) or {}
    if not any(old in data for old in renamed):
        return data
    data = _deep_copy(data)
    for old, new in renamed.items():
        if old not in data:
            continue
        value = data.pop(old)
        *path, last = new.split(".")
        node = data
        for part in path:
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                raise DeepfixError(f"{where(source, field=prefix + part)}: expected a mapping")
            node = child
        if last in node:
            raise DeepfixError(f"{where(source, field=prefix + old)}: given twice, also as {prefix + new!r}: keep one")
        node[last] = value
        if _NOTICES.get() and (source, prefix + old) not in _NOTICED:
            _NOTICED.add((source, prefix + old))
            print(f"deepfix: {source}: {prefix + old!r} is now {prefix + new!r} (the old key still works)",
                  file=sys.stderr)
    return data


def _migrate_tree(cls: type, data: dict, source: str, prefix: str = "") -> dict:
    """:func:`_migrate` on ``data`` and on every nested section, before any section meets its defaults
    (a stored ``decoder: {heads: 4}`` must not collide with the default's ``n_heads``)."""
    data = _migrate(cls, data, source, prefix)
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        value = data.get(f.name)
        if isinstance(value, dict) and dataclasses.is_dataclass(hints.get(f.name)):
            moved = _migrate_tree(hints[f.name], value, source, f"{prefix}{f.name}.")
            if moved is not value:
                data = {**data, f.name: moved}
    return data


def _build(cls: type[C], data: dict, source: str, prefix: str = "") -> C:
    data = _migrate_tree(cls, data, source, prefix)
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    for key in data:
        if key not in fields:
            raise DeepfixError(f"{where(source, field=prefix + str(key))}: unknown key (known: {', '.join(fields)})")
    kwargs = {}
    for name, f in fields.items():
        if name in data:
            value = data[name]
            default = _field_default(f)
            if isinstance(value, dict) and dataclasses.is_dataclass(default):
                value = _migrate_tree(type(default), value, source, f"{prefix}{name}.")  # before the defaults join
                value = _deep_merge(to_dict(default), value)  # a partial section keeps the other defaults
            kwargs[name] = _convert(value, hints[name], prefix + name, source)
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            if dataclasses.is_dataclass(hints[name]):
                kwargs[name] = _build(hints[name], {}, source, prefix=f"{prefix}{name}.")
            else:
                raise DeepfixError(f"{where(source, field=prefix + name)}: required key is missing")
    try:
        return cls(**kwargs)
    except ConfigValueError as error:
        raise DeepfixError(f"{where(source, field=prefix + error.key)}: {error.message}") from None
    except DeepfixError as error:  # a config class's own validation: name the section at least
        section = prefix.rstrip(".") or cls.__name__
        raise DeepfixError(f"{where(source, field=section)}: {error}") from None


def _field_default(f: dataclasses.Field) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return None


def _deep_merge(base: dict, update: dict) -> dict:
    merged = dict(base)
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def parse_override(text: str) -> tuple[list[str], Any]:
    """``"train.lr=1e-3"`` -> ``(["train", "lr"], 0.001)``; the value is read as YAML."""
    if "=" not in text:
        raise DeepfixError(f"override {text!r}: expected key=value (e.g. train.lr=1e-3)")
    key, raw = text.split("=", 1)
    key = key.strip()
    if not key or any(not part for part in key.split(".")):
        raise DeepfixError(f"override {text!r}: empty key")
    try:
        value = yaml.safe_load(raw) if raw.strip() else ""
    except yaml.YAMLError:
        value = raw
    return key.split("."), value


def apply_overrides(data: dict, overrides: list[str] | None) -> dict:
    """Set each dotted ``key=value`` in a (copied) nested dict."""
    data = _deep_copy(data)
    for text in overrides or []:
        path, value = parse_override(text)
        node = data
        for part in path[:-1]:
            child = node.get(part)
            if child is None:
                child = node[part] = {}
            elif not isinstance(child, dict):
                raise DeepfixError(f"override {text!r}: {part!r} is not a section")
            node = child
        node[path[-1]] = value
    return data


def _deep_copy(data: dict) -> dict:
    return {k: _deep_copy(v) if isinstance(v, dict) else v for k, v in data.items()}


def from_dict(cls: type[C], data: dict, overrides: list[str] | None = None, source: str = "config",
              notices: bool = True) -> C:
    """Build and validate ``cls`` from a nested dict plus ``key=value`` overrides.

    ``notices=False`` migrates renamed keys silently (for configs stored by an earlier version).
    """
    if not isinstance(data, dict):
        raise DeepfixError(f"{source}: expected a mapping at the top level")
    token = _NOTICES.set(notices)
    try:
        return _build(cls, apply_overrides(data, overrides), source)
    finally:
        _NOTICES.reset(token)


def load_config(cls: type[C], path: str | os.PathLike | None = None, overrides: list[str] | None = None,
                notices: bool = True) -> C:
    """Load ``cls`` from a YAML file (or only defaults when ``path`` is None), then apply overrides.

    >>> load_config(TrainConfig, None, ["run_dir=runs/x", "lr=1e-3"]).lr
    0.001
    """
    data: Any = {}
    source = "overrides"
    if path is not None:
        source = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise DeepfixError(f"{source}: cannot read config ({error.strerror})") from None
        except UnicodeDecodeError:
            raise DeepfixError(f"{source}: not UTF-8 text (a YAML config was expected)") from None
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = f", line {mark.line + 1}" if mark is not None else ""
            raise DeepfixError(f"{source}{line}: invalid YAML") from None
    return from_dict(cls, data, overrides, source, notices=notices)


def to_dict(config: Any) -> dict:
    """Plain nested dict of a dataclass config (tuples become lists, as YAML writes them)."""

    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        return value

    return plain(dataclasses.asdict(config)) if dataclasses.is_dataclass(config) else plain(dict(config))


def save_config(config: Any, path: str | os.PathLike) -> None:
    """Write the resolved config as YAML (atomically)."""
    write_text_atomic(path, yaml.safe_dump(to_dict(config), sort_keys=False))


def find_train_config(config: Any) -> TrainConfig:
    """The :class:`TrainConfig` inside a (task) config: itself, or its first TrainConfig field."""
    if isinstance(config, TrainConfig):
        return config
    if dataclasses.is_dataclass(config):
        for f in dataclasses.fields(config):
            value = getattr(config, f.name)
            if isinstance(value, TrainConfig):
                return value
    raise DeepfixError(f"{type(config).__name__} has no TrainConfig field")


# --------------------------------------------------------------------------------------------
# Command-line helpers for task commands (``deepfix <task> train``).


def add_config_arguments(parser: argparse.ArgumentParser, default_config: str | None = None) -> None:
    """Add ``--config FILE``, ``--resume`` and trailing ``key=value`` overrides to a parser."""
    parser.add_argument("--config", default=default_config, help="YAML config file (defaults when omitted)")
    parser.add_argument("--resume", action="store_true", help="continue the run in run_dir from its latest checkpoint")
    parser.add_argument(
        "overrides", nargs="*", metavar="KEY=VALUE", help="config overrides, nested with dots: train.lr=1e-3"
    )


def config_from_args(cls: type[C], args: argparse.Namespace) -> C:
    """Build ``cls`` from the arguments added by :func:`add_config_arguments`."""
    return load_config(cls, args.config, args.overrides)


__all__ = [
    "TrainConfig",
    "load_config",
    "from_dict",
    "apply_overrides",
    "parse_override",
    "to_dict",
    "save_config",
    "write_text_atomic",
    "find_train_config",
    "add_config_arguments",
    "config_from_args",
    "ConfigValueError",
]
