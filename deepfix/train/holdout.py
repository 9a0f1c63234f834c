"""A held-out part of the training data, fixed by a stable hash of each example's key.

Settings and checkpoints are chosen on this part, never on the split that is reported
(dev / test). The split depends on the key alone: not on file order, process or run.
"""

from __future__ import annotations

import hashlib


def split_of(key: str, valid_fraction: float, salt: str) -> str:
    """``"valid"`` or ``"train"``, fixed by ``key`` alone.

    The first 8 bytes of ``sha256(salt + ":" + key)`` read as a number in [0, 1) are compared
    with ``valid_fraction``.
    """
    digest = hashlib.sha256(f"{salt}:{key}".encode("utf-8")).digest()
    return "valid" if int.from_bytes(digest[:8], "big") / 2.0 ** 64 < valid_fraction else "train"
