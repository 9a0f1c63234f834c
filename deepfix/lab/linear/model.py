"""The linear-attention transformer of Ahn et al. (ICLR 2024), eq. (2), vectorised over runs.

Layer l maps a prompt Z_l in R^{(d+1) x (n+1)} to

    Z_{l+1} = Z_l + (1/n) P_l Z_l M (Z_l^T Q_l Z_l),      M = diag(1, ..., 1, 0)

(M masks the query column), and the prediction is -[Z_L]_{d+1, n+1}. Because M hides the
query column, (1/n) Z M Z^T = S is the (d+1) x (d+1) second-moment matrix of the context, so a
layer costs O((d+1)^2 (n+1)) per prompt: Z_{l+1} = Z_l + P_l S_l Q_l Z_l.

Parameterisations: ``full`` trains every entry of P_l and Q_l; ``sparse`` trains
P_l = [[B_l, 0], [0, 1]] and Q_l = [[A_l, 0], [0, 0]] (B_l, A_l in R^{d x d}).

One :class:`LinearTransformer` holds a *population* of R independent models (parameters with a
leading run axis), so a grid of seeds x learning rates trains in one vectorised pass.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from deepfix.errors import DeepfixError

PARAMETERISATIONS = ("full", "sparse")


def forward_prompts(P: torch.Tensor, Q: torch.Tensor, z0: torch.Tensor, n: int) -> torch.Tensor:
    """Run the L layers and return predictions -[Z_L]_{d+1,n+1}.

    P, Q: (..., L, D, D) with D = d+1; z0: (..., B, D, n+1), broadcastable against P's leading axes.
    Returns (..., B). The last layer only computes the entry it predicts from.
    """
    num_layers = P.shape[-3]
    d = P.shape[-1] - 1
    z = z0
    for layer in range(num_layers):
        p = P[..., layer, :, :].unsqueeze(-3)  # (..., 1, D, D): broadcast over prompts
        q = Q[..., layer, :, :].unsqueeze(-3)
        context = z[..., :n]  # (..., B, D, n): M drops the query column
        second_moment = context @ context.transpose(-1, -2) / n  # (..., B, D, D)
        update = p @ second_moment @ q  # (..., B, D, D)
        if layer + 1 < num_layers:
            z = z + update @ z  # (..., B, D, n+1)
        else:
            last = (update[..., d, :] * z[..., :, n]).sum(-1)  # (..., B): [P S Q Z]_{d+1,n+1}
            return -(z[..., d, n] + last)
    return -z[..., d, n]


def assemble(value_like: torch.Tensor, key_query_like: torch.Tensor, parameterisation: str):
    """P and Q (..., L, D, D) from the trainable blocks (full: P, Q; sparse: B, A)."""
    if parameterisation == "full":
        return value_like, key_query_like
    d = value_like.shape[-1]
    corner = torch.zeros(d + 1, d + 1, dtype=value_like.dtype)
    corner[d, d] = 1.0
    P = F.pad(value_like, (0, 1, 0, 1)) + corner  # [[B, 0], [0, 1]]
    Q = F.pad(key_query_like, (0, 1, 0, 1))  # [[A, 0], [0, 0]]
    return P, Q


class LinearTransformer(nn.Module):
    """R independent L-layer linear transformers (Ahn et al. 2024, eq. 2).

    Parameters have shape (R, L, D, D) (``full``: P, Q) or (R, L, d, d) (``sparse``: B, A).
    They start at zero; :func:`deepfix.lab.linear.init.initialize` draws them.
    """

    def __init__(self, num_layers: int, d: int = 5, parameterisation: str = "sparse", num_runs: int = 1):
        super().__init__()
        if num_layers < 1:
            raise DeepfixError(f"num_layers must be >= 1, got {num_layers}")
        if parameterisation not in PARAMETERISATIONS:
            raise DeepfixError(
                f"parameterisation {parameterisation!r}: choose one of {', '.join(PARAMETERISATIONS)}"
            )
        self.num_layers, self.d, self.num_runs = num_layers, d, num_runs
        self.parameterisation = parameterisation
        size = d + 1 if parameterisation == "full" else d
        shape = (num_runs, num_layers, size, size)
        if parameterisation == "full":
            self.P = nn.Parameter(torch.zeros(shape))
            self.Q = nn.Parameter(torch.zeros(shape))
        else:
            self.B = nn.Parameter(torch.zeros(shape))
            self.A = nn.Parameter(torch.zeros(shape))

    @property
    def value_like(self) -> nn.Parameter:
        """The trainable block of P (plays the value x output projection of softmax attention)."""
        return self.P if self.parameterisation == "full" else self.B

    @property
    def key_query_like(self) -> nn.Parameter:
        """The trainable block of Q (plays W_K^T W_Q of softmax attention)."""
        return self.Q if self.parameterisation == "full" else self.A

    def matrices(self) -> tuple[torch.Tensor, torch.Tensor]:
        """Full P and Q, each (R, L, D, D)."""
        return assemble(self.value_like, self.key_query_like, self.parameterisation)

    def forward(self, z0: torch.Tensor, n: int) -> torch.Tensor:
        """Predictions (R, B) for prompts z0.

        z0 is (B, D, n+1) (shared by all runs), (R, B, D, n+1) (one batch per run), or
        (S, B, D, n+1) with R = S * G (one stream per seed, shared by that seed's G runs).
        """
        P, Q = self.matrices()
        runs = self.num_runs
        if z0.dim() == 3 or z0.shape[0] == runs:
            return forward_prompts(P, Q, z0, n)
        streams = z0.shape[0]
        if runs % streams:
            raise DeepfixError(f"{streams} prompt streams do not divide {runs} runs")
        shape = (streams, runs // streams) + P.shape[1:]
        pred = forward_prompts(P.reshape(shape), Q.reshape(shape), z0.unsqueeze(1), n)  # (S, G, B)
        return pred.reshape(runs, -1)


def squared_error(pred: torch.Tensor, target: torch.Tensor, streams: int | None = None) -> torch.Tensor:
    """Per-run mean squared error (R,), from pred (R, B) and target (B,), (R, B) or (S, B)."""
    if target.dim() == 2 and target.shape[0] != pred.shape[0]:
        target = target.repeat_interleave(pred.shape[0] // target.shape[0], dim=0)
    return (pred - target).square().mean(-1)
