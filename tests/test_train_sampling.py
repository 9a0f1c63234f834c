"""Length bucketing: same examples, less padding, deterministic per (seed, epoch)."""

from __future__ import annotations

import random

from deepfix.train.sampling import bucket_by_length, epoch_batches


def _padding(batches, lengths):
    return sum(max(lengths[i] for i in b) * len(b) - sum(lengths[i] for i in b) for b in batches)


def test_bucketing_keeps_every_example_and_batch_size_and_cuts_padding():
    rng = random.Random(0)
    lengths = [rng.randint(5, 130) for _ in range(1000)]
    plain = epoch_batches(1000, 16, seed=3, epoch=1)
    bucketed = bucket_by_length(plain, lengths, pool=20, seed=3, epoch=1)
    assert sorted(i for b in bucketed for i in b) == sorted(i for b in plain for i in b)
    assert [len(b) for b in bucketed] == [len(b) for b in plain]
    assert _padding(bucketed, lengths) < 0.2 * _padding(plain, lengths)


def test_bucketing_is_deterministic_and_differs_across_epochs():
    lengths = list(range(200))
    batches = epoch_batches(200, 8, seed=0, epoch=0)
    assert bucket_by_length(batches, lengths, 5, 0, 0) == bucket_by_length(batches, lengths, 5, 0, 0)
    assert bucket_by_length(batches, lengths, 5, 0, 0) != bucket_by_length(batches, lengths, 5, 0, 1)


def test_pool_of_one_is_the_plain_order():
    batches = epoch_batches(64, 8, seed=1, epoch=0)
    assert bucket_by_length(batches, list(range(64)), 1, 1, 0) == batches
