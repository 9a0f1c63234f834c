"""Initialisation schemes, applied to a built :class:`~deepfix.nn.TransformerStack`.

Every scheme starts from the same Xavier base (:func:`xavier_init`: Xavier-uniform weights and
relation tables, zero biases, LayerNorm at (1, 0), residual scalars at 1) and then acts on the
weights each layer declares as sitting on its residual branches (``residual_branch_weights``:
value v, output w, relation values r^v, both MLP matrices) or on the residual scalars. Query, key
and r^k are never rescaled.

| scheme    | LayerNorm   | warmup | what it changes after Xavier                                   |
|-----------|-------------|--------|----------------------------------------------------------------|
| standard  | post / pre  | yes    | nothing                                                        |
| t_fixup   | none        | no     | residual-branch weights × 0.67 N^(-1/4)                        |
| dt_fixup  | none        | no     | residual-branch weights × (N(4μ²+2μ+2))^(-1/2) (relation-aware) |
|           |             |        |                        or × N^(-1/2) / (2μ) (vanilla)           |
| deepnorm  | post        | yes    | skip α = (2N)^(1/4); residual-branch weights × β = (8N)^(-1/4)   |
| admin     | post        | yes    | learnable skip ω_i = sqrt(Var[x_0] + Σ_{j<i} Var[f_j]) profiled |
| rezero    | none        | no     | learnable branch gain α_i = 0                                  |
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import torch
from torch import nn

from ..errors import DeepfixError
from ..nn.stack import TransformerStack


@torch.no_grad()
def xavier_init(stack: TransformerStack) -> None:
    """The common base: Xavier-uniform weights and relation tables, zero biases, neutral LN/scalars."""
    for module in stack.modules():
        if isinstance(module, nn.Linear):
            nn.init.xavier_uniform_(module.weight)
            if module.bias is not None:
                nn.init.zeros_(module.bias)
        elif isinstance(module, nn.Embedding):
            nn.init.xavier_uniform_(module.weight)
        elif isinstance(module, nn.LayerNorm):
            nn.init.ones_(module.weight)
            nn.init.zeros_(module.bias)
    for residual in stack.residuals():
        residual.skip_scale.fill_(1.0)
        residual.skip_scale.requires_grad_(False)
        residual.branch_gain.fill_(1.0)
        residual.branch_gain.requires_grad_(False)


@torch.no_grad()
def scale_residual_branches(stack: TransformerStack, factor: float) -> None:
    for weight in stack.residual_branch_weights():
        weight.mul_(factor)


def dt_fixup_factor(num_layers: int, mu: float, relation_aware: bool) -> float:
    """DT-Fixup scaling factor (Xu et al., ACL 2021, Sec. 3, Theorem 3.1).

    relation-aware layers: (N (4μ² + 2μ + 2))^(-1/2); vanilla layers: N^(-1/2) / (2μ).
    """
    if relation_aware:
        return (num_layers * (4 * mu * mu + 2 * mu + 2)) ** -0.5
    return num_layers**-0.5 / (2 * mu)


def t_fixup_factor(num_layers: int) -> float:
    """T-Fixup encoder factor 0.67 N^(-1/4) (Huang et al., ICML 2020, "Improving Transformer
    Optimization Through Better Initialization"). Its input-embedding scaling (9N)^(-1/4) does not
    apply here: the stack's input comes from a pretrained encoder and cannot be re-initialised."""
    return 0.67 * num_layers**-0.25


def deepnorm_constants(num_layers: int) -> tuple[float, float]:
    """DeepNorm encoder-only constants α = (2N)^(1/4), β = (8N)^(-1/4) (Wang et al., 2022,
    "DeepNet: Scaling Transformers to 1,000 Layers")."""
    return (2 * num_layers) ** 0.25, (8 * num_layers) ** -0.25


def _init_standard(stack, mu, profile_batch) -> dict:
    """Xavier + LayerNorm, trained with warmup (Vaswani et al., 2017): the paper's baseline."""
    return {}


def _init_t_fixup(stack, mu, profile_batch) -> dict:
    """T-Fixup (Huang et al., ICML 2020) without LayerNorm or warmup; see :func:`t_fixup_factor`."""
    factor = t_fixup_factor(stack.num_layers)
    scale_residual_branches(stack, factor)
    return {"factor": factor}


def _init_dt_fixup(stack, mu, profile_batch) -> dict:
    """DT-Fixup (Xu et al., ACL 2021) without LayerNorm or warmup; see :func:`dt_fixup_factor`."""
    if mu is None or not math.isfinite(mu) or mu <= 0:
        raise DeepfixError(f"dt_fixup: needs mu, the largest input norm (a positive number), got {mu!r}")
    factor = dt_fixup_factor(stack.num_layers, mu, stack.relation_aware)
    scale_residual_branches(stack, factor)
    return {"factor": factor, "mu": mu}


def _init_deepnorm(stack, mu, profile_batch) -> dict:
    """DeepNorm (Wang et al., 2022): x = LN(α x + f(x)), branch weights × β; see :func:`deepnorm_constants`."""
    alpha, beta = deepnorm_constants(stack.num_layers)
    scale_residual_branches(stack, beta)
    for residual in stack.residuals():
        residual.skip_scale.fill_(alpha)
    return {"alpha": alpha, "beta": beta}


@torch.no_grad()
def _init_admin(stack, mu, profile_batch) -> dict:
    """Admin (Liu et al., EMNLP 2020, "Understanding the Difficulty of Training Transformers").

    Post-LN sublayers x_i = LN(x_{i-1} ⊙ ω_i + f_i(x_{i-1})) with learnable ω_i initialised by a
    profiling pass: ω_i² = Var[x_0] + Σ_{j<i} Var[f_j(x_{j-1})], variances over valid positions.
    """
    if profile_batch is None:
        raise DeepfixError("admin: needs profile_batch=(x, padding_mask, relations) for its profiling pass")
    x, padding_mask, relations = profile_batch
    valid = ~padding_mask if padding_mask is not None else torch.ones(x.shape[:2], dtype=torch.bool)
    was_training = stack.training
    stack.eval()
    variances: list[float] = []

    def record_variance(branch):
        def wrapped(h):
            out = branch(h)
            variances.append(float(out[valid].var()))
            return out

        return wrapped

    accumulated = float(x[valid].var())
    h = x
    for layer in stack.layers:
        for residual, branch in (
            (layer.attention_residual, lambda t: layer.attention(t, padding_mask, relations)),
            (layer.mlp_residual, layer.mlp),
        ):
            residual.skip_scale.fill_(math.sqrt(accumulated))
            h = residual(h, record_variance(branch))
            accumulated += variances[-1]
    for residual in stack.residuals():
        residual.skip_scale.requires_grad_(True)
    stack.train(was_training)
    return {"omega": [float(r.skip_scale[0]) for r in stack.residuals()]}


def _init_rezero(stack, mu, profile_batch) -> dict:
    """ReZero (Bachlechner et al., 2020, "ReZero is All You Need"): x + α·f(x), learnable α = 0."""
    for residual in stack.residuals():
        residual.branch_gain.zero_()
        residual.branch_gain.requires_grad_(True)
    return {}


@dataclass(frozen=True)
class Scheme:
    name: str
    norms: tuple[str, ...]  # LayerNorm placements the scheme is defined for; norms[0] is the default
    warmup: bool  # trained with learning-rate warmup
    needs_mu: bool
    apply: Callable[..., dict]

    @property
    def norm(self) -> str:
        return self.norms[0]


SCHEMES: dict[str, Scheme] = {
    scheme.name: scheme
    for scheme in (
        Scheme("standard", ("post", "pre"), True, False, _init_standard),
        Scheme("t_fixup", ("none",), False, False, _init_t_fixup),
        Scheme("dt_fixup", ("none",), False, True, _init_dt_fixup),
        Scheme("deepnorm", ("post",), True, False, _init_deepnorm),
        Scheme("admin", ("post",), True, False, _init_admin),
        Scheme("rezero", ("none",), False, False, _init_rezero),
    )
}


def get_scheme(name: str) -> Scheme:
    if name not in SCHEMES:
        raise DeepfixError(f"init scheme: unknown {name!r}; expected one of {', '.join(SCHEMES)}")
    return SCHEMES[name]


def apply_init(
    stack: TransformerStack,
    scheme: str,
    mu: float | None = None,
    profile_batch: tuple | None = None,
) -> dict:
    """Initialise ``stack`` in place with ``scheme``; returns what was applied (factor, μ, ...).

    Raises :class:`DeepfixError` if the stack's LayerNorm placement does not fit the scheme
    (e.g. ``dt_fixup`` on a post-LN stack) or a required input (μ, profile batch) is missing.
    """
    spec = get_scheme(scheme)
    if stack.config.norm not in spec.norms:
        raise DeepfixError(
            f"init scheme {scheme!r} needs norm in {spec.norms}, but the stack has norm={stack.config.norm!r}"
        )
    xavier_init(stack)
    report = {"scheme": scheme, "num_layers": stack.num_layers}
    if stack.num_layers:
        report.update(spec.apply(stack, mu, profile_batch))
    return report
