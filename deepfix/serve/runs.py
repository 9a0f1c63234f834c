"""Run directories under ``--runs`` (config, summary, curves) and the study plots under ``results/``.

A run directory is any folder (up to three levels down) holding the shared loop's
``metrics.jsonl``; its id is its path relative to the runs folder. :func:`read_run` turns the
metrics into the page's curves: training loss, learning rate, gradient norm (10-step mean and
single-step max), every held-out metric, and, where ``train.layer_stats_every`` was on, the
per-layer telemetry (stream growth through each layer, largest attention logit, attention
entropy, gradient norm). Long curves are thinned to at most ``max_points`` points.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from deepfix.errors import DeepfixError

MAX_DEPTH = 3
RUNNING_SECONDS = 120  # a run without summary.json whose metrics changed this recently is "running"
LAYER_FIELDS = ("growth", "max_logit", "entropy", "grad_norm")


def _children(root: Path, depth: int):
    try:
        entries = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:
        return
    for path in entries:
        yield path
        if depth > 1:
            yield from _children(path, depth - 1)


class RunCatalog:
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
        for path in _children(self.runs, MAX_DEPTH):
            metrics = path / "metrics.jsonl"
            if metrics.is_file() and path.resolve().is_relative_to(self.runs):
                finished = (path / "summary.json").is_file()
                running = not finished and time.time() - metrics.stat().st_mtime < RUNNING_SECONDS
                out.append({"id": path.relative_to(self.runs).as_posix(),
                            "status": "finished" if finished else "running" if running else "stopped"})
        return out

    def path(self, run_id: str) -> Path:
        for run in self.list():
            if run["id"] == run_id:
                return self.runs / run_id
        raise DeepfixError(f"run {run_id[:80]!r}: not one of the listed runs")

    def plots(self) -> list[str]:
        if self.results is None:
            return []
        return sorted(p.relative_to(self.results).as_posix() for p in self.results.rglob("*.png")
                      if p.resolve().is_relative_to(self.results))

    def plot(self, plot_id: str) -> Path:
        if plot_id not in self.plots():
            raise DeepfixError(f"plot {plot_id[:80]!r}: not one of the listed plots")
        return self.results / plot_id


def thin(points: list, max_points: int) -> list:
    """Every k-th point (the last one kept) so that at most ``max_points`` remain."""
    if len(points) <= max_points:
        return points
    step = -(-len(points) // max_points)
    kept = points[::step]
    return kept if kept[-1] is points[-1] else kept + [points[-1]]


def read_run(path: Path, max_points: int = 1000) -> dict:
    """Config text, summary and curves of one run directory (a torn last line is skipped)."""
    train, evals, layers = [], [], []
    with open(path / "metrics.jsonl", encoding="utf-8") as handle:
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
    config = path / "config.yaml"
    summary = path / "summary.json"
    return {"config": config.read_text(encoding="utf-8") if config.is_file() else "",
            "summary": json.loads(summary.read_text(encoding="utf-8")) if summary.is_file() else None,
            "train": thin(train, max_points), "eval": evals, "layers": thin(layers, max_points),
            "layer_fields": list(LAYER_FIELDS)}
