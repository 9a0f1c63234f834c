"""μ: the norm of the vectors entering the stack (DT-Fixup Sec. 3, step 1).

The paper takes μ = max_j ‖x_j‖ over the training set, from one forward pass of the pre-stack
encoder in eval mode without gradients; a percentile is the robust alternative the documents
suggest. The pass streams: only one scalar norm per valid position is kept, never the vectors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

import numpy as np
import torch
from tqdm.auto import tqdm

from ..errors import DeepfixError


@dataclass
class InputNormStats:
    max: float
    percentiles: dict[float, float] = field(default_factory=dict)
    count: int = 0

    def as_dict(self) -> dict:
        return {"max": self.max, "count": self.count, **{f"p{q:g}": v for q, v in self.percentiles.items()}}


@torch.no_grad()
def estimate_mu(
    encode_fn: Callable[[object], tuple[torch.Tensor, torch.Tensor | None]],
    loader: Iterable,
    percentiles: Iterable[float] = (95.0,),
    progress: bool = True,
    modules: Iterable[torch.nn.Module] = (),
) -> InputNormStats:
    """Max and percentiles of ‖x_j‖ over all non-padding positions the stack would see.

    ``encode_fn(batch) -> (x (B, n, d), padding_mask (B, n) bool True = pad, or None)``.
    ``modules`` are put in eval mode for the pass (dropout off) and restored afterwards.
    """
    modules = list(modules)
    previous_modes = [m.training for m in modules]
    for module in modules:
        module.eval()
    norms: list[torch.Tensor] = []
    try:
        with tqdm(loader, desc="estimating mu", disable=not progress, leave=False) as bar:  # closed on errors too
            for batch in bar:
                x, padding_mask = encode_fn(batch)
                batch_norms = x.float().norm(dim=-1)  # (B, n)
                if padding_mask is not None:
                    batch_norms = batch_norms[~padding_mask]
                norms.append(batch_norms.reshape(-1).cpu())
    finally:
        for module, mode in zip(modules, previous_modes):
            module.train(mode)
    all_norms = torch.cat(norms) if norms else torch.empty(0)
    if all_norms.numel() == 0:
        raise DeepfixError("estimate_mu: the data loader produced no non-padding positions")
    values = all_norms.double().numpy()
    quantiles = {float(q): float(np.percentile(values, q)) for q in percentiles}
    return InputNormStats(max=float(all_norms.max()), percentiles=quantiles, count=int(all_norms.numel()))
