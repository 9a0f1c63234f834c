"""Per-token halting: when a decoding step may leave the stack (Elbayad et al., ICLR 2020, Sec. 3.2).

* **confidence** (the baseline): exit after block n when the exit's distribution over the
  frontier's choices (valid rules, columns or tables) has its largest probability above τ.
* **geometric-like** (Sec. 3.2.2, token level): a halting unit per block but the last,
  χ_n = sigmoid(w_n · h_n + b_n); the exit distribution is q(n) = χ_n Π_{m<n} (1 − χ_m) with
  χ_N = 1, and at inference a token exits at the first n with χ_n > τ. It is trained from the
  **likelihood-based oracle** (Sec. 3.2.3) n* = argmax_n log p_n(y_t) − λ n, the exit with the
  best gold log-likelihood after a depth penalty λ per block, by −log q(n*).
"""

from __future__ import annotations

import torch
from torch.nn import functional as F


def likelihood_oracle(nll: torch.Tensor, penalty: float) -> torch.Tensor:
    """nll (..., N, T) gold negative log-likelihood at each exit -> n* (..., T), 0-based.

    Ties go to the shallowest exit (``argmax`` returns the first maximum).
    """
    depth = torch.arange(1, nll.shape[-2] + 1, dtype=nll.dtype, device=nll.device).unsqueeze(-1)  # (N, 1)
    return (-nll - penalty * depth).argmax(-2)


def geometric_nll(halt_logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """−log q(n*) of the geometric-like exit distribution.

    halt_logits (..., N − 1, T): logits of χ_1 .. χ_{N−1} (χ_N = 1); target (..., T) long in [0, N).
    Returns (..., T): −[Σ_{m<n*} log(1 − χ_m) + log χ_{n*}], the last term absent when n* = N.
    """
    blocks = halt_logits.shape[-2]
    m = torch.arange(blocks, device=target.device).unsqueeze(-1)        # (N − 1, 1)
    before = (m < target.unsqueeze(-2)).to(halt_logits.dtype)           # (..., N − 1, T): m < n*
    at = (m == target.unsqueeze(-2)).to(halt_logits.dtype)              # m = n* (< N − 1 only)
    log_stay = F.logsigmoid(-halt_logits)                               # log(1 − χ)
    log_exit = F.logsigmoid(halt_logits)                                # log χ
    return -(before * log_stay + at * log_exit).sum(-2)


def geometric_exits(halt_logits: torch.Tensor, threshold: float) -> torch.Tensor:
    """(...,) logits of χ_n -> bool: exit now (χ_n > τ)."""
    return torch.sigmoid(halt_logits) > threshold


def confidence_exits(log_probs: torch.Tensor, threshold: float) -> torch.Tensor:
    """(..., K) log-probabilities of one exit -> bool (...,): the top choice's probability exceeds τ."""
    return log_probs.max(-1).values.exp() > threshold
