"""Weights saved under a submodule's old name load under its new one.

A module whose submodule was renamed declares the change once, as a map of old key prefixes to new
ones (``{"encoder.": "mixed."}``); :func:`declare_renamed` keeps the map on the module and adds a
load-state-dict pre-hook, so every way weights come back (``load_state_dict``, safetensors'
``load_model``, a checkpoint on resume, the module nested in another) reads files written before
the rename. What holds weights by name outside the module (the weight average's shadow, a file's
tensor shapes) maps its names with :func:`current_keys` and the module's :func:`renamed_prefixes`.
"""

from __future__ import annotations

from typing import Mapping, TypeVar

from torch import nn

T = TypeVar("T")

_ATTRIBUTE = "renamed_prefixes"


def current_key(name: str, renamed: Mapping[str, str]) -> str:
    """``name`` with an old prefix replaced by its new one (unchanged when none applies)."""
    for old, new in renamed.items():
        if name.startswith(old):
            return new + name[len(old):]
    return name


def current_keys(state: Mapping[str, T], renamed: Mapping[str, str]) -> dict[str, T]:
    """``state`` (name -> anything) with every name under its current spelling, order kept."""
    return {current_key(name, renamed): value for name, value in state.items()}


def renamed_prefixes(module: nn.Module) -> dict[str, str]:
    """The old -> new key prefixes ``module`` declared (empty when it renamed nothing)."""
    return dict(getattr(module, _ATTRIBUTE, {}))


def declare_renamed(module: nn.Module, renamed: Mapping[str, str]) -> None:
    """Let ``module`` load weights saved under the old prefixes of ``renamed`` (old -> new)."""
    renamed = dict(renamed)
    object.__setattr__(module, _ATTRIBUTE, renamed)

    def hook(module, state_dict, prefix, local_metadata, strict, missing_keys, unexpected_keys, error_msgs):
        for old, new in renamed.items():
            for key in [k for k in state_dict if k.startswith(prefix + old)]:
                state_dict[prefix + new + key[len(prefix + old):]] = state_dict.pop(key)

    module.register_load_state_dict_pre_hook(hook)
