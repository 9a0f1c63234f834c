"""DT-Fixup extended to decoder blocks: causal self-attention, cross-attention and MLP, no LayerNorm.

The DT-Fixup argument (Xu et al., ACL 2021, Sec. 3, Theorem 3.1, vanilla case): for a stack of N
layers = 2N residual branches with input norm at most μ, scaling each branch's value path
(attention v and w, both MLP matrices) by N^(-1/2) / (2μ) keeps the per-step change of the stack's
output Θ(η). The bound is a sum over branches of ‖Δ branch‖, each a product of the branch
weights' norms and of the norm of what the branch reads (the attention mixes the values with
weights summing to one, so its output norm is at most ‖w‖ ‖v‖ max_j ‖x_j‖).

A decoder block has **three** branches, so N decoder blocks have 3N = 2 N' branches: the
stack-depth term is N' = 3N / 2. The branches read two different inputs:

* self-attention and MLP read the decoder stream, whose input norm is μ_x = max_t ‖x_t‖ over the
  block inputs (action, parent and type embeddings plus positions) of the training set;
* cross-attention's values are projections of the **memory** (the encoder stack's output, as the
  decoder reads it), whose norm μ_m = max_j ‖m_j‖ is measured the same way; its w acts on the
  mixed values, so it carries the same factor.

Hence, after Xavier:

    self-attention v, w and MLP weights  × (3N/2)^(-1/2) / (2 max(μ_x, 1))
    cross-attention v, w                 × (3N/2)^(-1/2) / (2 max(μ_m, 1))

Queries and keys stay at Xavier (as in DT-Fixup). The theorem assumes μ ≫ 1; below 1 the input
bound is the constant, not μ, so μ is floored at 1 rather than let the factor *grow* Xavier.
``xavier``: no rescaling (the no-LayerNorm control); ``standard``: post-LN, Xavier (with warmup).

A decoder reaches this module through :class:`BlockDecoder` (as a stack's layers declare their
residual-branch weights to :mod:`deepfix.init.schemes`): its blocks declare the weights on their
stream and cross branches (:class:`BranchedBlock`), and the decoder says what its blocks read
(:meth:`BlockDecoder.block_inputs`). :class:`~deepfix.tasks.spider.decoder.transformer.TransformerTreeDecoder`
is one.
"""

from __future__ import annotations

import math
from typing import Protocol, Sequence

import torch

from deepfix.errors import DeepfixError


class BranchedBlock(Protocol):
    """A decoder block's residual-branch weights, by what the branch reads."""

    def self_branch_weights(self) -> list[torch.Tensor]:
        """Weights on the branches that read the decoder stream (self-attention v, w; the MLP matrices)."""
        ...

    def cross_branch_weights(self) -> list[torch.Tensor]:
        """Weights on the branch that reads the memory (cross-attention v, w)."""
        ...


class BlockDecoder(Protocol):
    """What the decoder extension of DT-Fixup reads of a decoder (an ``nn.Module``)."""

    #: The decoder's blocks, input to output.
    blocks: Sequence[BranchedBlock]

    @property
    def init_scheme(self) -> str:
        """``dt_fixup``, ``xavier`` or ``standard`` (:data:`deepfix.adaptive.config.DECODER_INITS`)."""
        ...

    def reset_parameters(self) -> None:
        """The Xavier base every scheme starts from."""
        ...

    def block_inputs(self, *batch) -> tuple[torch.Tensor, torch.Tensor]:
        """One training batch (whatever the decoder's batches hold) -> (x (S, d): the first block's
        inputs at the valid steps, teacher-forced; m (M, d_m): the memory vectors its
        cross-attention reads, valid positions only)."""
        ...


def decoder_dt_fixup_factors(num_blocks: int, mu_x: float, mu_m: float) -> tuple[float, float]:
    """(self/MLP factor, cross-attention factor) for ``num_blocks`` decoder blocks; see the module."""
    for name, mu in (("mu_x", mu_x), ("mu_m", mu_m)):
        if not (math.isfinite(mu) and mu > 0):
            raise DeepfixError(f"decoder dt_fixup: {name} must be a positive number, got {mu!r}")
    depth = (1.5 * num_blocks) ** -0.5
    return depth / (2 * max(mu_x, 1.0)), depth / (2 * max(mu_m, 1.0))


@torch.no_grad()
def initialize_decoder(decoder: BlockDecoder, mu_x: float | None = None, mu_m: float | None = None) -> dict:
    """Initialise a decoder per its :attr:`~BlockDecoder.init_scheme`.

    Xavier first (:meth:`BlockDecoder.reset_parameters`); ``dt_fixup`` then rescales each block's
    residual-branch weights (:func:`decoder_dt_fixup_factors`). Returns what was applied.
    """
    decoder.reset_parameters()
    scheme = decoder.init_scheme
    report = {"decoder_init": scheme, "decoder_blocks": len(decoder.blocks)}
    if scheme != "dt_fixup":
        return report
    if mu_x is None or mu_m is None:
        raise DeepfixError("decoder dt_fixup: needs mu_x and mu_m (the largest decoder-input and memory norms)")
    stream, cross = decoder_dt_fixup_factors(len(decoder.blocks), mu_x, mu_m)
    for block in decoder.blocks:
        for weight in block.self_branch_weights():
            weight.mul_(stream)
        for weight in block.cross_branch_weights():
            weight.mul_(cross)
    report.update(decoder_mu_x=mu_x, decoder_mu_m=mu_m, decoder_factor_self=stream, decoder_factor_cross=cross)
    return report


@torch.no_grad()
def decoder_input_norms(decoder: BlockDecoder, batches) -> tuple[float, float]:
    """(μ_x, μ_m): the largest norm of a decoder block input x_t (gold steps, teacher forcing)
    and of a memory vector as the decoder reads it, over ``batches`` (tuples of what
    :meth:`BlockDecoder.block_inputs` takes); eval mode, no dropout."""
    was_training = decoder.training
    decoder.eval()
    mu_x = mu_m = 0.0
    for batch in batches:
        x, m = decoder.block_inputs(*batch)  # (S, d), (M, d_m)
        mu_x = max(mu_x, float(x.norm(dim=-1).max()))
        mu_m = max(mu_m, float(m.norm(dim=-1).max()))
    decoder.train(was_training)
    return mu_x, mu_m
