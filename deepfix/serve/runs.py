"""Run directories under ``--runs`` (config, summary, curves) and the study plots under ``results/``.

A run directory is any folder (up to three levels down) holding the shared loop's
``metrics.jsonl``; its id is its path relative to the runs folder. :func:`read_run` turns the
metrics into the page's curves: training loss, learning rate, gradient norm (10-step mean and
single-step max), every held-out metric, and, where ``train.layer_stats_every`` was on, the
per-layer telemetry (stream growth through each layer, largest attention logit, attention
entropy, gradient norm). Long curves are thinned to at most ``max_points`` points.

The folders are walked without entering links to folders, to a bounded depth and number of
entries. A run's files count only where their real path (links followed) is inside the run's
folder, a plot only where its real path is inside the results folder; anything else is treated
as absent and never opened, and what is read is opened without following links after the check.
"""

from __future__ import annotations

import io
import json
import os
import stat
import time
from pathlib import Path

from deepfix.errors import DeepfixError

from .databases import display_name, is_regular_file, open_inside, resolve_inside, walk

MAX_DEPTH = 3
RUNNING_SECONDS = 120  # a run without summary.json whose metrics changed this recently is "running"
LAYER_FIELDS = ("growth", "max_logit", "entropy", "grad_norm")


def _run_dirs(root: Path):
    """(id, path) of the folders up to MAX_DEPTH levels under ``root``; hidden folders and links
    to folders are not entered, unreadable folders skipped, the number of entries read bounded."""
    for relative, entry in walk(root, MAX_DEPTH, skip_hidden=True):
        try:
            if entry.is_dir(follow_symlinks=False):
                yield relative, Path(entry.path)
        except OSError:
            continue


class RunCatalog:
    """Runs and plots by id. A run's files count only where their real path is inside the run's
    folder, and a plot only where its real path is inside the results folder: a link out is
    treated as absent, never read."""

    def __init__(self, runs: Path | None, results: Path | None):
        self.runs = Path(runs).resolve() if runs else None
        self.results = Path(results).resolve() if results else None
        for flag, path in (("--runs", self.runs), ("--results", self.results)):
            if path is not None and not path.is_dir():
                raise DeepfixError(f"{path}: {flag} is not a directory")

    def list(self) -> list[dict]:
        if self.runs is None:
            return []
        out = []
        for run_id, path in _run_dirs(self.runs):
            folder = resolve_inside(path, self.runs)
            metrics = resolve_inside(path / "metrics.jsonl", folder) if folder else None
            if metrics is None:
                continue
            try:
                info = os.stat(metrics)
            except OSError:
                continue
            if not stat.S_ISREG(info.st_mode):
                continue
            summary = resolve_inside(path / "summary.json", folder)
            finished = summary is not None and is_regular_file(summary)
            running = not finished and time.time() - info.st_mtime < RUNNING_SECONDS
            out.append({"id": run_id, "status": "finished" if finished else "running" if running else "stopped"})
        return sorted(out, key=lambda run: run["id"].split("/"))  # a folder's runs right after it

    def path(self, run_id: str) -> Path:
        """The run's folder (its real path, inside --runs) for :func:`read_run`."""
        for run in self.list():
            if run["id"] == run_id:
                folder = resolve_inside(self.runs / run_id, self.runs)
                if folder is not None:
                    return folder
        raise DeepfixError(f"run {display_name(run_id)!r}: not one of the listed runs")

    def read(self, run_id: str, max_points: int = 1000) -> dict:
        """:func:`read_run` of a listed run, its messages naming the run's id."""
        return read_run(self.path(run_id), max_points, run_id=run_id)

    def plots(self) -> list[str]:
        if self.results is None:
            return []
        return sorted(relative for relative, path in self._plot_files())

    def _plot_files(self):
        for relative, entry in walk(self.results):
            if entry.name.endswith(".png"):
                real = resolve_inside(Path(entry.path), self.results)
                if real is not None and is_regular_file(real):
                    yield relative, real

    def plot(self, plot_id: str) -> Path:
        """The plot's real path (inside --results)."""
        for relative, real in self._plot_files():
            if relative == plot_id:
                return real
        raise DeepfixError(f"plot {display_name(plot_id)!r}: not one of the listed plots")

    def plot_bytes(self, plot_id: str) -> bytes:
        """The plot's content, opened without following any link after the check (no race)."""
        handle = open_inside(self.plot(plot_id), self.results)
        if handle is None:
            raise DeepfixError(f"plot {display_name(plot_id)!r}: not one of the listed plots")
        with handle:
            return handle.read()


def thin(points: list, max_points: int) -> list:
    """Every k-th point (the last one kept) so that at most ``max_points`` remain."""
    if len(points) <= max_points:
        return points
    step = -(-len(points) // max_points)
    kept = points[::step]
    return kept if kept[-1] is points[-1] else kept + [points[-1]]


def _read_text(path: Path, folder: Path) -> str | None:
    """The UTF-8 text of ``path`` when it is a regular file inside ``folder``; None otherwise."""
    handle = open_inside(path, folder)
    if handle is None:
        return None
    with io.TextIOWrapper(handle, encoding="utf-8", errors="replace") as text:
        return text.read()


def read_run(path: Path, max_points: int = 1000, run_id: str | None = None) -> dict:
    """Config text, summary and curves of one run directory (a torn last line is skipped).

    Each file is read only where its real path is inside the run directory's real path (a link
    out counts as absent): no metrics.jsonl is a one-line DeepfixError naming ``run_id`` (default:
    the folder's name), no config.yaml an empty config, no readable summary.json None."""
    shown = display_name(run_id if run_id is not None else Path(path).name)
    try:
        folder = Path(path).resolve(strict=True)
    except (OSError, RuntimeError):
        folder = None
    metrics = open_inside(Path(path) / "metrics.jsonl", folder) if folder is not None else None
    if metrics is None:
        raise DeepfixError(f"run {shown!r}: no metrics.jsonl inside the run's folder")
    train, evals, layers = [], [], []
    with io.TextIOWrapper(metrics, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:  # a line being written right now
                continue
            event = record.get("event")
            if event == "train":
                lr = record.get("lr")
                train.append({"step": record["step"], "loss": record.get("loss"),
                              "lr": lr[0] if isinstance(lr, list) else lr, "grad_norm": record.get("grad_norm"),
                              "grad_norm_max": record.get("grad_norm_max")})
            elif event == "eval":
                evals.append({k: v for k, v in record.items()
                              if k == "step" or (isinstance(v, (int, float)) and not k.endswith("seconds")
                                                 and k != "valid_n")})
            elif event == "layers":
                layers.append({"step": record["step"], "layers": [{
                    "growth": (layer["stream_out"] / layer["stream_in"]) if layer.get("stream_in") else None,
                    "max_logit": layer.get("max_logit"), "entropy": layer.get("entropy"),
                    "grad_norm": layer.get("grad_norm")} for layer in record.get("layers", [])]})
    config = _read_text(Path(path) / "config.yaml", folder)
    summary = _read_text(Path(path) / "summary.json", folder)
    if summary is not None:
        try:
            summary = json.loads(summary)
        except json.JSONDecodeError:  # being written right now
            summary = None
    return {"config": config or "", "summary": summary,
            "train": thin(train, max_points), "eval": evals, "layers": thin(layers, max_points),
            "layer_fields": list(LAYER_FIELDS)}
