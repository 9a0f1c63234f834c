"""Exits of a depth-adaptive decoder (Elbayad, Gu, Grave & Auli, ICLR 2020, Sec. 3.1): the exit heads,
the halting units with their oracle-trained loss, and state copying under teacher forcing.

A decoder of N blocks has an exit after every block: ``o_n = tanh(W_exit h_n)`` (:class:`ExitHeads`,
one W_exit shared by every block or one per block), read by the decoder's own output layer. A
token that exits at block n keeps its state there for the blocks above (*state copying*), so later
tokens attend to what they will read at inference (:func:`block_states`). The geometric-like
halting rule reads a halting unit per block but the last (:class:`HaltingUnits`), trained from the
likelihood oracle over the exits' losses (:mod:`.halting`).

Nothing here knows what the decoder emits: the blocks are :class:`~.blocks.DecoderBlock`, the
losses per exit are the caller's.
"""

from __future__ import annotations

import torch
from torch import nn

from .halting import geometric_nll, likelihood_oracle


class ExitHeads(nn.ModuleList):
    """The exit classifiers' hidden layer: ``shared`` (one W_exit) or one per block; item i is block i's (or the one)."""

    def __init__(self, width: int, num_blocks: int, shared: bool) -> None:
        super().__init__(nn.Linear(width, width) for _ in range(1 if shared else num_blocks))

    def forward(self, h: torch.Tensor, block: int) -> torch.Tensor:
        """o_n = tanh(W_exit h_n) (..., H) for ``block`` n (0-based)."""
        return torch.tanh(self[block if len(self) > 1 else 0](h))


class HaltingUnits(nn.ModuleList):
    """χ_1 .. χ_{N−1}: one logit per token after each block but the last (χ_N = 1)."""

    def __init__(self, width: int, num_blocks: int) -> None:
        super().__init__(nn.Linear(width, 1) for _ in range(num_blocks - 1))

    def loss(self, states: list[torch.Tensor], per_exit_nll: torch.Tensor, valid: torch.Tensor,
             penalty: float) -> torch.Tensor:
        """−log q(n*) summed over the valid tokens, mean over examples, on detached states.

        states: N x (B, T, H) block outputs; per_exit_nll (B, N, T): each exit's gold NLL (no
        gradient flows into it); n* is the likelihood oracle with depth penalty λ = ``penalty``.
        """
        target = likelihood_oracle(per_exit_nll, penalty)  # (B, T)
        logits = torch.stack([halt(h.detach()).squeeze(-1) for halt, h in zip(self, states)], 1)  # (B, N-1, T)
        return (geometric_nll(logits, target) * valid).sum() / valid.shape[0]


def block_states(blocks, x: torch.Tensor, kv: list, memory_mask: torch.Tensor,
                 exit_at: torch.Tensor | None = None) -> list[torch.Tensor]:
    """Teacher forcing through ``blocks`` (:class:`~.blocks.DecoderBlock`): every block's output, N x (B, T, H).

    kv: each block's memory keys/values; memory_mask (B, 1, 1, n). With ``exit_at`` (B, T), a token
    whose exit is below block n keeps its exit state there (state copying): x_n = x_{n-1} for it.
    """
    T = x.shape[1]
    causal = torch.ones(T, T, dtype=torch.bool, device=x.device).tril()[None, None]  # (1, 1, T, T)
    states = []
    for n, block in enumerate(blocks):
        out = block(x, causal, kv[n], memory_mask)
        x = out if exit_at is None else torch.where((exit_at >= n).unsqueeze(-1), out, x)
        states.append(x)
    return states
