"""Atomic file writes: a temp file in the same directory, then ``os.replace``.

A run killed while writing never leaves a half-written file; the result gets the permissions a
plain ``open`` would give (``mkstemp`` alone would make it 0600).
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def default_mode(directory: bool = False) -> int:
    """Permissions a plain ``open``/``mkdir`` would give (``mkstemp``/``mkdtemp`` use 0600/0700)."""
    return (0o777 if directory else 0o666) & ~_umask()


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` (same suffix); when the block succeeds it gets
    plain-``open`` permissions and replaces ``path``, when it fails it is removed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix or ".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, default_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` to ``path`` through a temp file in the same directory and ``os.replace``."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def write_json_atomic(path: str | os.PathLike, data: Any, indent: int = 2, newline: bool = True) -> None:
    """Write ``data`` as indented JSON, atomically."""
    write_text_atomic(path, json.dumps(data, indent=indent) + ("\n" if newline else ""))


def append_json_line(path: str | os.PathLike, record: Any) -> None:
    """Append ``record`` as one JSON line to the log ``path`` (created with its folder if missing).

    A log grows rather than being replaced, so it is not written atomically: the line goes out in one
    ``write`` on a file opened for appending and is flushed to disk, so lines never interleave.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, sort_keys=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


CACHE_ENV = "DEEPFIX_CACHE"


def cache_root() -> Path:
    """The one cache root of every task: ``$DEEPFIX_CACHE``, else ``~/.cache/deepfix`` (never the work tree).

    Each task keeps its own folder under it (``spider/``, ``mc/``, ``sketch/``).
    """
    return Path(os.environ.get(CACHE_ENV) or "~/.cache/deepfix").expanduser()
