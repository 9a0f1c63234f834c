"""Run-directory records: per-step metrics as JSON Lines, the run's provenance, the summary.

``metrics.jsonl`` holds one JSON object per line:

- train records ``{"event": "train", "step", "epoch", "loss", "lr": [per group], "grad_norm",
  "step_time", "examples_per_s", "skipped"}`` every ``log_every`` steps and at the last (``loss`` and
  ``grad_norm`` are means over the steps since the previous record);
- eval records ``{"event": "eval", "step", <metric>: value, ..., "eval_seconds"}``;
- a ``{"event": "diverged", "step", "reason"}`` record when the divergence guard stops a run.

After a ``kill -9`` the file may hold records past the checkpoint a run resumes from (and a torn
last line); :func:`truncate_after` drops them so the resumed file reads as if never interrupted.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterable

import torch

from .. import __version__
from ..errors import DeepfixError
from .config import write_text_atomic

METRICS_FILE = "metrics.jsonl"
SUMMARY_FILE = "summary.json"
RUN_FILE = "run.json"


class MetricsWriter:
    """Append JSON records to ``metrics.jsonl``, one line each, flushed at once."""

    def __init__(self, run_dir: str | os.PathLike):
        self.path = Path(run_dir) / METRICS_FILE
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = open(self.path, "a", encoding="utf-8")

    def write(self, record: dict) -> None:
        self._handle.write(json.dumps(record) + "\n")
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> "MetricsWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def read_metrics(run_dir: str | os.PathLike, event: str | None = None) -> list[dict]:
    """Records of ``run_dir/metrics.jsonl`` (optionally only one ``event``); a torn line is skipped."""
    path = Path(run_dir) / METRICS_FILE
    if not path.is_file():
        raise DeepfixError(f"{path}: no metrics file (is {run_dir} a run directory?)")
    records = list(_parse_lines(path.read_text(encoding="utf-8").splitlines()))
    return [r for r in records if event is None or r.get("event") == event]


def _parse_lines(lines: Iterable[str]) -> Iterable[dict]:
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a line cut by a kill
        if isinstance(record, dict):
            yield record


def truncate_after(run_dir: str | os.PathLike, step: int) -> None:
    """Keep only the records up to ``step`` (the checkpoint a run resumes from); atomic rewrite."""
    path = Path(run_dir) / METRICS_FILE
    if not path.exists():
        return
    kept = [r for r in _parse_lines(path.read_text(encoding="utf-8").splitlines()) if r.get("step", 0) <= step]
    write_text_atomic(path, "".join(json.dumps(r) + "\n" for r in kept))


def _git(*args: str) -> str | None:
    """Output of a git command run in the deepfix source tree; None without git or a checkout."""
    try:
        out = subprocess.run(
            ["git", *args], cwd=Path(__file__).resolve().parent, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout if out.returncode == 0 else None


def git_commit() -> str | None:
    """The git commit of the deepfix source tree, or None (no git, not a checkout)."""
    out = _git("rev-parse", "HEAD")
    return out.strip() or None if out is not None else None


def git_dirty() -> bool | None:
    """Whether tracked files differ from the commit (None when unknown)."""
    out = _git("status", "--porcelain", "--untracked-files=no")
    return bool(out.strip()) if out is not None else None


def provenance(world_size: int = 1) -> dict[str, Any]:
    """What made this run: package version, git commit (None without git), library versions, host."""
    return {
        "deepfix_version": __version__,
        "git_commit": git_commit(),
        "git_dirty": git_dirty(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "host": platform.node(),
        "world_size": world_size,
        "argv": sys.argv,
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def write_json(path: str | os.PathLike, data: Any) -> None:
    write_text_atomic(path, json.dumps(data, indent=2, sort_keys=False) + "\n")


def read_json(path: str | os.PathLike) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise DeepfixError(f"{path}: cannot read ({error.strerror})") from None
    except ValueError as error:
        raise DeepfixError(f"{path}: invalid JSON ({error})") from None
