"""Sub-batches of similar length for the stack: attention's cost grows with the longest example.

A padded batch (B, n) pays attention for B·n² query-key pairs, n its longest example, however short
the others are. In Spider's CPU setting (batches of similar *decoder* length, 16 examples) the
encoder lengths within a batch spread widely (valid positions ~45% of the padded ones), so about
three quarters of the stack's attention work was on padding. Every layer of the stack acts on each
example alone (attention stays inside an example), so the stack can run on sub-batches of examples
of similar length, each trimmed to its own longest, and give the same output at every valid position.

:func:`length_groups` chooses the sub-batches: examples sorted by length and cut into contiguous
runs minimising Σ_g (|g|·n_g² + c·B·n²) — pairs of attention plus a fixed price per sub-batch for
its extra operations (c = :data:`GROUP_COST`, measured on the Spider CPU setting).
"""

from __future__ import annotations

import torch

#: Price of one more sub-batch, as a share of the whole batch's attention pairs B·n².
GROUP_COST = 0.08


def length_groups(lengths: list[int], group_cost: float = GROUP_COST) -> list[list[int]]:
    """Indices of the examples in each sub-batch (shortest first), or one group when splitting does not pay.

    An exact dynamic programme over the examples sorted by length (O(B²)).
    """
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    sizes = [lengths[i] for i in order]
    count = len(sizes)
    price = group_cost * count * max(sizes, default=0) ** 2
    best = [0.0] + [float("inf")] * count  # best[j]: cheapest cut of the first j sorted examples
    cut = [0] * (count + 1)
    for j in range(1, count + 1):
        for i in range(j):  # last group = sorted examples i .. j-1, padded to sizes[j - 1]
            cost = best[i] + (j - i) * sizes[j - 1] ** 2 + price
            if cost < best[j]:
                best[j], cut[j] = cost, i
    groups, j = [], count
    while j > 0:
        groups.append(order[cut[j]:j])
        j = cut[j]
    return groups[::-1]


def run_in_groups(fn, x: torch.Tensor, padding_mask: torch.Tensor, relations: torch.Tensor | None,
                  groups: list[list[int]]) -> torch.Tensor:
    """fn(x_g, mask_g, relations_g) on each sub-batch trimmed to its longest example, reassembled to (B, n, d).

    Padded positions of the result are zeros.
    """
    batch, n, _ = x.shape
    lengths = (~padding_mask).sum(1)
    pieces, order = [], []
    for members in groups:
        index = torch.tensor(members, device=x.device)
        width = max(int(lengths[index].max()), 1)
        sub_relations = None if relations is None else relations[index, :width, :width]
        out = fn(x[index, :width], padding_mask[index, :width], sub_relations)  # (|g|, width, d')
        pieces.append(torch.nn.functional.pad(out, (0, 0, 0, n - width)))
        order += members
    inverse = torch.empty(batch, dtype=torch.long, device=x.device)
    inverse[torch.tensor(order, device=x.device)] = torch.arange(batch, device=x.device)
    return torch.cat(pieces, 0).index_select(0, inverse)  # (B, n, d')
