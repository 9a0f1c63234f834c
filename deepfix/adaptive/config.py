"""Configuration of the depth-adaptive transformer grammar decoder (``model.decoder.transformer``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from deepfix.errors import DeepfixError

#: How the decoder blocks are initialised (see :func:`deepfix.init.decoder.initialize_decoder`).
DECODER_INITS = ("dt_fixup", "xavier", "standard")
#: Which exits the training loss reads (Elbayad et al., 2020, Sec. 3.1).
EXIT_TRAINING = ("aligned", "mixed", "last")
EXIT_HEADS = ("shared", "per_block")
#: How a token decides to leave the stack at inference (Sec. 3.2 / 4.2).
HALTING = ("none", "confidence", "geometric")


@dataclass
class TransformerDecoderConfig:
    """A stack of transformer decoder blocks with an exit after every block.

    ``init``: ``dt_fixup`` (no LayerNorm, no warmup, branches scaled by the decoder extension of
    DT-Fixup, :mod:`deepfix.init.decoder`), ``xavier`` (no LayerNorm, plain Xavier: the control)
    or ``standard`` (post-LN, Xavier, to be trained with warmup).
    """

    renamed: ClassVar[dict[str, str]] = {"layers": "num_layers", "heads": "n_heads"}  # the stack's words
    num_layers: int = 6          # decoder blocks N
    d_ff: int = 512
    n_heads: int = 4
    init: str = "dt_fixup"
    exits: str = "shared"        # one exit classifier shared by every block, or one per block
    training: str = "aligned"    # aligned: mean of the per-exit losses; mixed: one sampled exit per token; last
    oracle_penalty: float = 0.5  # λ of the likelihood oracle n* = argmax_n log p_n(y) - λ n (halting training)
    halting: str = "none"        # inference default: none (full depth) | confidence | geometric
    threshold: float = 0.5       # τ of the halting rule (chosen on the held-out part of train)
    max_position: int = 256      # learned step positions (>= decoder max_steps)

    def __post_init__(self) -> None:
        for field, value, allowed in (("init", self.init, DECODER_INITS), ("exits", self.exits, EXIT_HEADS),
                                      ("training", self.training, EXIT_TRAINING),
                                      ("halting", self.halting, HALTING)):
            if value not in allowed:
                raise DeepfixError(f"model.decoder.transformer.{field}: expected one of {', '.join(allowed)}, "
                                   f"got {value!r}")
        if self.num_layers < 1:
            raise DeepfixError(f"model.decoder.transformer.num_layers: expected >= 1, got {self.num_layers}")

    @property
    def norm(self) -> str:
        return "post" if self.init == "standard" else "none"
