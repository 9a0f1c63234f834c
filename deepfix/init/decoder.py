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
"""

from __future__ import annotations

import math

import torch

from deepfix.errors import DeepfixError


def decoder_dt_fixup_factors(num_blocks: int, mu_x: float, mu_m: float) -> tuple[float, float]:
    """(self/MLP factor, cross-attention factor) for ``num_blocks`` decoder blocks; see the module."""
    for name, mu in (("mu_x", mu_x), ("mu_m", mu_m)):
        if not (math.isfinite(mu) and mu > 0):
            raise DeepfixError(f"decoder dt_fixup: {name} must be a positive number, got {mu!r}")
    depth = (1.5 * num_blocks) ** -0.5
    return depth / (2 * max(mu_x, 1.0)), depth / (2 * max(mu_m, 1.0))


@torch.no_grad()
def initialize_decoder(decoder, mu_x: float | None = None, mu_m: float | None = None) -> dict:
    """Initialise a :class:`~deepfix.tasks.spider.decoder.transformer.TransformerTreeDecoder` per its ``transformer.init``.

    Xavier first (:meth:`~deepfix.tasks.spider.decoder.transformer.TransformerTreeDecoder.reset_parameters`);
    ``dt_fixup`` then rescales each block's residual-branch weights (:func:`decoder_dt_fixup_factors`).
    Returns what was applied.
    """
    decoder.reset_parameters()
    scheme = decoder.config.transformer.init
    report = {"decoder_init": scheme, "decoder_blocks": decoder.num_blocks}
    if scheme != "dt_fixup":
        return report
    if mu_x is None or mu_m is None:
        raise DeepfixError("decoder dt_fixup: needs mu_x and mu_m (the largest decoder-input and memory norms)")
    stream, cross = decoder_dt_fixup_factors(decoder.num_blocks, mu_x, mu_m)
    for block in decoder.blocks:
        for weight in block.self_branch_weights():
            weight.mul_(stream)
        for weight in block.cross_branch_weights():
            weight.mul_(cross)
    report.update(decoder_mu_x=mu_x, decoder_mu_m=mu_m, decoder_factor_self=stream, decoder_factor_cross=cross)
    return report


@torch.no_grad()
def decoder_input_norms(decoder, batches) -> tuple[float, float]:
    """(μ_x, μ_m): the largest norm of a decoder block input x_t (gold steps, teacher forcing)
    and of a memory vector as the decoder reads it, over ``batches`` of
    (Memory, kind, index, node_type, parent); eval mode, no dropout."""
    was_training = decoder.training
    decoder.eval()
    mu_x = mu_m = 0.0
    for memory, kind, index, node_type, parent in batches:
        memory = decoder.read_memory(memory)
        x = decoder.teacher_inputs(memory, kind, index, node_type, parent)  # (B, T, H)
        mu_x = max(mu_x, float(x[kind >= 0].norm(dim=-1).max()))
        mu_m = max(mu_m, float(memory.memory[~memory.memory_pad].norm(dim=-1).max()))
    decoder.train(was_training)
    return mu_x, mu_m
