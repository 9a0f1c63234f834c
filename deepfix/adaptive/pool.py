"""The self-attention history of a depth-adaptive decoder's search: a pool of slots per block.

Incremental decoding keeps, at every block, the keys and values of the steps so far (each computed
from the row's input to that block: for a row that exited below, its copied state — Elbayad et al.,
2020, Sec. 3.1). A :class:`HistoryPool` holds them for a changing set of rows (beam-search
hypotheses): per block a cache (2, P, heads, capacity, dh) of P slots whose capacity in steps doubles
when full, and the slot of each row of the next step. :meth:`~.blocks.DecoderBlock.step` writes and
reads a block's cache through the rows' slots.

Between steps (:meth:`HistoryPool.reorder`) a surviving row takes over its parent's slot; only a
parent's second and later children get a copy of its history in a free slot, so most of the
history is never moved (copying every kept row's history at every step was 13–18% of beam search's
time in its profiles). The pool grows by half at least and is compacted when fewer than a third of
its slots are live (so that it does not grow and shrink at every step).
"""

from __future__ import annotations

import torch


class HistoryPool:
    """Per-block key/value caches in slots, and the slot of each row (see the module)."""

    #: Steps of history a new pool holds before its capacity first doubles.
    CAPACITY = 16

    def __init__(self, num_blocks: int, heads: int) -> None:
        self.num_blocks, self.heads = num_blocks, heads
        self.caches: list | None = None  # per block (2, P, heads, capacity, dh)
        self.slots: list[int] = []       # the slot of each row of the next step

    def ready(self, t: int, like: torch.Tensor) -> torch.Tensor:
        """Room for step ``t`` of the rows of ``like`` (N, d); returns their slots (N,) long.

        At the first step every row gets its own slot; when the capacity is reached it doubles.
        """
        if self.caches is None:  # t = 0: one slot per row
            N, d = like.shape
            self.caches = [like.new_zeros(2, N, self.heads, self.CAPACITY, d // self.heads)
                           for _ in range(self.num_blocks)]
            self.slots = list(range(N))
        elif t == self.caches[0].shape[3]:  # full: double the capacity
            self.caches = [torch.cat([cache, torch.zeros_like(cache)], 3) for cache in self.caches]
        return torch.tensor(self.slots, device=like.device)

    def reorder(self, parents: list[int]) -> None:
        """The rows of the next step are children of rows ``parents`` of the last one, in order.

        A child takes over its parent's slot, unless an earlier child took it: then it gets a free
        slot (the pool grows if none is free) and a copy of the parent's history.
        """
        if not parents or self.caches is None:
            self.slots = []
            return
        parents = [self.slots[row] for row in parents]
        taken: set[int] = set()
        slots: list = []
        for slot in parents:
            slots.append(None if slot in taken else slot)
            taken.add(slot)
        pool = self.caches[0].shape[1]
        free = [slot for slot in range(pool) if slot not in taken]
        needed = slots.count(None)
        if needed > len(free):  # grow the pool, by half at least (growing copies it whole)
            extra = max(needed - len(free), pool // 2)
            self.caches = [torch.cat([cache, cache.new_zeros(2, extra, *cache.shape[2:])], 1) for cache in self.caches]
            free += range(pool, pool + extra)
        free.reverse()  # hand out low slots first
        source, target = [], []
        for i, slot in enumerate(slots):
            if slot is None:
                slots[i] = free.pop()
                source.append(parents[i])
                target.append(slots[i])
        device = self.caches[0].device
        if source:  # the histories of second and later children
            source_t, target_t = torch.tensor(source, device=device), torch.tensor(target, device=device)
            for cache in self.caches:
                cache.index_copy_(1, target_t, cache.index_select(1, source_t))  # whole slots: contiguous blocks
        if 3 * len(slots) < self.caches[0].shape[1]:  # mostly dead slots: compact to the live ones
            keep = torch.tensor(slots, device=device)
            self.caches = [cache.index_select(1, keep) for cache in self.caches]
            slots = list(range(len(slots)))
        self.slots = slots
