"""Which examples each step trains on: a seeded permutation per epoch, sharded over ranks.

Epoch ``e`` visits the training set in the order of ``torch.randperm`` seeded with ``seed + e``
(:class:`torch.utils.data.DistributedSampler`'s rule), dropping the tail that does not fill a
global batch. Rank ``r`` of ``K`` takes every K-th index starting at ``r``; per-rank batches of
``batch_size / K`` therefore make up, step by step, exactly the global batches a single process
would see. A run's data position is ``(epoch, batch index in the epoch)``: enough to continue
the same sequence after a resume.
"""

from __future__ import annotations

import torch
from torch.utils.data import DistributedSampler

from ..errors import DeepfixError


def epoch_batches(
    dataset_size: int, batch_size: int, seed: int, epoch: int, rank: int = 0, world_size: int = 1
) -> list[list[int]]:
    """This rank's batches (lists of example indices) for ``epoch``; every rank gets the same count.

    ``batch_size`` is the global batch (summed over ranks) and must divide by ``world_size``.
    """
    if batch_size % world_size:
        raise DeepfixError(f"train config, field 'batch_size': {batch_size} does not divide over {world_size} processes")
    if dataset_size < batch_size:
        raise DeepfixError(f"training set has {dataset_size} examples, fewer than one batch ({batch_size})")
    sampler = DistributedSampler(
        range(dataset_size), num_replicas=world_size, rank=rank, shuffle=True, seed=seed, drop_last=True
    )
    sampler.set_epoch(epoch)
    indices = list(sampler)  # positions rank, rank + K, rank + 2K, ... of the epoch's permutation
    per_rank = batch_size // world_size
    steps = dataset_size // batch_size
    return [indices[i * per_rank : (i + 1) * per_rank] for i in range(steps)]


def bucket_by_length(
    batches: list[list[int]], lengths, pool: int, seed: int, epoch: int
) -> list[list[int]]:
    """Regroup ``batches`` so each batch holds examples of similar length (less padding).

    Every ``pool`` consecutive batches of the epoch's random order are merged, sorted by
    ``lengths[i]`` and cut again into batches of the same sizes; the batches of the whole epoch
    are then put in a random order seeded by ``(seed, epoch)``. Deterministic, so a resumed run
    sees the same sequence. ``pool <= 1`` returns ``batches`` unchanged.
    """
    if pool <= 1 or not batches:
        return batches
    out: list[list[int]] = []
    for start in range(0, len(batches), pool):
        group = batches[start : start + pool]
        ordered = sorted((i for batch in group for i in batch), key=lambda i: lengths[i])
        offset = 0
        for batch in group:
            out.append(ordered[offset : offset + len(batch)])
            offset += len(batch)
    order = torch.randperm(len(out), generator=torch.Generator().manual_seed(seed * 1_000_003 + epoch))
    return [out[i] for i in order.tolist()]


def steps_per_epoch(dataset_size: int, batch_size: int) -> int:
    return dataset_size // batch_size
