"""An exponential moving average (EMA) of a model's weights, kept beside training.

After every optimiser step ``t`` (counted from 1) each trained parameter's shadow moves towards it::

    decay_t = min(decay, (1 + t) / (10 + t))        # short memory early, when the weights move fast
    shadow  = decay_t * shadow + (1 - decay_t) * param

(Polyak & Juditsky 1992 averaging in its exponential form, with the warm-up of TensorFlow's
``ExponentialMovingAverage(num_updates=...)``). Evaluating with the shadow is a cheap known gain
for small datasets, where the last steps' weights are noisy; it costs one float32 copy of the
trained parameters and one fused multiply-add per parameter and step.

The shadow is part of the training state (so a resumed run continues it exactly) and is written
beside each checkpoint's weights as ``ema.safetensors`` (a complete model file: buffers and frozen
parameters are the model's own), which evaluation loads instead of ``model.safetensors``.
"""

from __future__ import annotations

import contextlib
from typing import Iterator

import torch

from deepfix.nn.renamed_keys import current_keys, renamed_prefixes


class WeightAverage:
    """The EMA shadow of ``model``'s trainable parameters (by name; tied weights appear once)."""

    def __init__(self, model: torch.nn.Module, decay: float):
        if not 0.0 < decay < 1.0:
            raise ValueError(f"decay must be in (0, 1), got {decay}")
        self.decay = decay
        self.updates = 0
        self.shadow: dict[str, torch.Tensor] = {
            name: param.detach().float().clone() for name, param in model.named_parameters() if param.requires_grad
        }
        self.renamed = renamed_prefixes(model)  # a state saved before a submodule's rename names it the old way

    def current_decay(self) -> float:
        return min(self.decay, (1.0 + self.updates) / (10.0 + self.updates))

    @torch.no_grad()
    def update(self, model: torch.nn.Module) -> None:
        """Move every shadow towards its parameter (call after each optimiser step)."""
        self.updates += 1
        decay = self.current_decay()
        for name, param in model.named_parameters():
            shadow = self.shadow.get(name)
            if shadow is not None:
                shadow.lerp_(param.detach().float(), 1.0 - decay)

    @contextlib.contextmanager
    @torch.no_grad()
    def applied(self, model: torch.nn.Module) -> Iterator[torch.nn.Module]:
        """Within the block, ``model`` holds the averaged weights; its own come back afterwards."""
        saved: dict[str, torch.Tensor] = {}
        params = dict(model.named_parameters())
        try:
            for name, shadow in self.shadow.items():
                param = params[name]
                saved[name] = param.detach().clone()
                param.copy_(shadow.to(param.dtype))
            yield model
        finally:
            for name, value in saved.items():
                params[name].copy_(value)

    def state_dict(self) -> dict:
        return {"decay": self.decay, "updates": self.updates, "shadow": dict(self.shadow)}

    def load_state_dict(self, state: dict) -> None:
        saved = current_keys(state["shadow"], self.renamed)
        missing = set(self.shadow) - set(saved)
        if missing:
            raise KeyError(f"EMA state lacks {sorted(missing)[:3]}")
        self.decay = float(state["decay"])
        self.updates = int(state["updates"])
        for name in self.shadow:
            self.shadow[name] = saved[name].float().clone()
