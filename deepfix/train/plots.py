"""Training curves of one or several runs overlaid in one PNG (``deepfix plot``).

Four panels from each run's ``metrics.jsonl``: training loss, the dev metric (the task's
``dev_metric``, recorded in ``summary.json``), the learning rate of every parameter group and
the gradient norm (before clipping; mean and largest single step of each logging window). A run
stopped by the divergence guard gets an ``x`` where it diverged. :func:`plot_layers` draws the
per-layer telemetry (:mod:`deepfix.train.telemetry`).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..errors import DeepfixError, require_text
from ..files import atomic_path
from .metrics import SUMMARY_FILE, read_json, read_metrics

_NOT_METRICS = {"event", "step", "eval_seconds"}


def _check_typed_text(labels: list[str] | None, title: str | None) -> None:
    """Labels and title are drawn by a font: text that is not valid Unicode -> one-line DeepfixError."""
    for number, label in enumerate(labels or [], start=1):
        require_text(label, f"plot: label {number}")
    if title is not None:
        require_text(title, "plot: the title")


def _path_label(path: str | os.PathLike) -> str:
    """A run directory as a legend label; bytes of its name that are not UTF-8 (surrogates in
    Python) are drawn as U+FFFD."""
    return str(path).encode("utf-8", "surrogatepass").decode("utf-8", "replace")


@dataclass
class RunCurves:
    label: str
    train_steps: list[int] = field(default_factory=list)
    loss: list[float] = field(default_factory=list)
    lr: list[list[float]] = field(default_factory=list)  # per record, per parameter group
    grad_norm: list[float] = field(default_factory=list)
    grad_norm_max: list[float] = field(default_factory=list)
    eval_steps: list[int] = field(default_factory=list)
    metric_name: str | None = None
    metric: list[float] = field(default_factory=list)
    diverged_step: int | None = None


def _number(value) -> float:
    return float(value) if isinstance(value, (int, float)) else math.nan


def load_curves(run_dir: str | os.PathLike, label: str | None = None, metric: str | None = None) -> RunCurves:
    """Curves of one run directory; ``metric`` overrides the dev metric named in ``summary.json``."""
    run_dir = Path(run_dir)
    records = read_metrics(run_dir)
    curves = RunCurves(label=label or run_dir.name)
    if metric is None and (run_dir / SUMMARY_FILE).exists():
        metric = read_json(run_dir / SUMMARY_FILE).get("dev_metric")
    evals = [r for r in records if r.get("event") == "eval"]
    if metric is None and evals:
        metric = next((k for k in evals[0] if k not in _NOT_METRICS), None)
    curves.metric_name = metric
    for record in records:
        event = record.get("event")
        if event == "train":
            curves.train_steps.append(int(record["step"]))
            curves.loss.append(_number(record.get("loss")))
            curves.lr.append([_number(v) for v in record.get("lr") or []])
            curves.grad_norm.append(_number(record.get("grad_norm")))
            curves.grad_norm_max.append(_number(record.get("grad_norm_max")))
        elif event == "eval" and metric is not None and metric in record:
            curves.eval_steps.append(int(record["step"]))
            curves.metric.append(_number(record[metric]))
        elif event == "diverged":
            curves.diverged_step = int(record["step"])
    return curves


def plot_runs(
    run_dirs: list[str | os.PathLike],
    out: str | os.PathLike,
    labels: list[str] | None = None,
    metric: str | None = None,
    title: str | None = None,
) -> Path:
    """Overlay the curves of ``run_dirs`` in a 2x2 PNG at ``out`` (written atomically)."""
    if not run_dirs:
        raise DeepfixError("plot: no run directories given")
    if labels is not None and len(labels) != len(run_dirs):
        raise DeepfixError(f"plot: {len(labels)} labels for {len(run_dirs)} runs")
    _check_typed_text(labels, title)
    names = [_path_label(Path(d).name) for d in run_dirs]
    default_labels = names if len(set(names)) == len(names) else [_path_label(d) for d in run_dirs]
    runs = [load_curves(d, label, metric) for d, label in zip(run_dirs, labels or default_labels)]

    figure = Figure(figsize=(11, 7.5), layout="constrained")
    FigureCanvasAgg(figure)
    (ax_loss, ax_metric), (ax_lr, ax_grad) = figure.subplots(2, 2, sharex=True)
    metric_names = sorted({r.metric_name for r in runs if r.metric_name})
    colors = [f"C{i % 10}" for i in range(len(runs))]
    for run, color in zip(runs, colors):
        ax_loss.plot(run.train_steps, run.loss, color=color, label=run.label, linewidth=1.2)
        if run.diverged_step is not None:
            finite = [v for v in run.loss if math.isfinite(v)]
            ax_loss.plot([run.diverged_step], [finite[-1] if finite else 0.0], "x", color=color, markersize=10)
        if run.eval_steps:
            ax_metric.plot(run.eval_steps, run.metric, "o-", color=color, label=run.label, markersize=3)
        groups = max((len(lrs) for lrs in run.lr), default=0)
        for g in range(groups):
            values = [lrs[g] if g < len(lrs) else math.nan for lrs in run.lr]
            ax_lr.plot(run.train_steps, values, color=color, linestyle="-" if g == 0 else "--",
                       label=run.label if g == 0 else f"{run.label} (group {g})")
        ax_grad.plot(run.train_steps, run.grad_norm, color=color, label=run.label, linewidth=1.0)
        if any(math.isfinite(v) for v in run.grad_norm_max):
            ax_grad.plot(run.train_steps, run.grad_norm_max, color=color, linestyle=":", linewidth=0.8)

    ax_loss.set_title("training loss")
    ax_metric.set_title(f"dev {' / '.join(metric_names) or 'metric'}")
    ax_lr.set_title("learning rate (dashed: other parameter groups)")
    ax_grad.set_title("gradient norm before clipping (dotted: largest single step)")
    ax_lr.set_xlabel("step")
    ax_grad.set_xlabel("step")
    if any(v > 0 for run in runs for v in run.grad_norm if math.isfinite(v)):
        ax_grad.set_yscale("log")
    for ax in (ax_loss, ax_metric, ax_lr, ax_grad):
        ax.grid(True, alpha=0.3)
    ax_loss.legend(fontsize="small")
    if title:
        figure.suptitle(title)

    out = Path(out)
    with atomic_path(out) as tmp:
        figure.savefig(tmp, format="png", dpi=100)
    return out


# -- per-layer telemetry (train.layer_stats_every) -----------------------------------------

#: (record key, panel title, log scale) of the per-layer panels; ``delta_branch`` is shown per unit lr.
LAYER_PANELS = (
    ("stream_out", "residual stream norm leaving the layer", True),
    ("branch", "branch output / stream (solid: attention, dashed: MLP)", True),
    ("max_logit", "largest attention logit", True),
    ("entropy", "mean attention entropy (nats)", False),
    ("grad_norm", "layer gradient norm (before clipping)", True),
    ("delta_branch", "Theorem 3.2: ‖Δ(x_l − x_{l−1})‖ / lr on a fixed batch", True),
)


def load_layer_records(run_dir: str | os.PathLike, stack: str | None = None) -> list[dict]:
    """The ``layers`` records of one stack of a run (the first stack recorded if ``stack`` is None)."""
    records = [r for r in read_metrics(Path(run_dir)) if r.get("event") == "layers"]
    if not records:
        raise DeepfixError(f"{run_dir}: no per-layer records (train with train.layer_stats_every > 0)")
    stack = stack or records[0]["stack"]
    return [r for r in records if r["stack"] == stack]


def plot_layers(run_dirs: list[str | os.PathLike], out: str | os.PathLike, labels: list[str] | None = None,
                title: str | None = None) -> Path:
    """Per-layer telemetry in a 2x3 PNG: one column of panels per figure, one line per layer (dark = first).

    Several runs: one row of panels each would not fit; their layers are overlaid with one line
    style per run (solid, dashed, dotted, ...).
    """
    if not run_dirs:
        raise DeepfixError("plot: no run directories given")
    if labels is not None and len(labels) != len(run_dirs):
        raise DeepfixError(f"plot: {len(labels)} labels for {len(run_dirs)} runs")
    _check_typed_text(labels, title)
    runs = [(labels[i] if labels else _path_label(Path(d).name), load_layer_records(d)) for i, d in enumerate(run_dirs)]
    from matplotlib import colormaps

    figure = Figure(figsize=(15, 8), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.subplots(2, 3, sharex=True).reshape(-1)
    styles = ["-", "--", ":", "-."]
    for run_index, (label, records) in enumerate(runs):
        steps = [r["step"] for r in records]
        layers = len(records[0]["layers"])
        colors = colormaps["viridis"]
        for ax, (key, _title, _log) in zip(axes, LAYER_PANELS):
            for layer in range(layers):
                color = colors(layer / max(layers - 1, 1))
                def series(name):
                    out = []
                    for r in records:
                        value = r["layers"][layer].get(name) if layer < len(r["layers"]) else None
                        if name == "delta_branch" and value is not None:
                            value = value / r["lr"] if r["lr"] else math.nan
                        out.append(_number(value))
                    return out
                line_label = f"{label} L{layer + 1}" if layer in (0, layers - 1) else None
                if key == "branch":
                    ax.plot(steps, series("attention_branch"), color=color, linestyle="-", label=line_label,
                            linewidth=1.0)
                    ax.plot(steps, series("mlp_branch"), color=color, linestyle="--", linewidth=1.0)
                else:
                    ax.plot(steps, series(key), color=color, linestyle=styles[run_index % len(styles)],
                            label=line_label, linewidth=1.0)
    for ax, (key, panel_title, log) in zip(axes, LAYER_PANELS):
        ax.set_title(panel_title, fontsize="medium")
        if log and any(v > 0 for line in ax.get_lines() for v in line.get_ydata() if math.isfinite(v)):
            ax.set_yscale("log")
        ax.grid(True, alpha=0.3)
    for ax in axes[3:]:
        ax.set_xlabel("step")
    axes[0].legend(fontsize="x-small")
    figure.suptitle(title or "per-layer telemetry (colour: layer, dark = first)")
    out = Path(out)
    with atomic_path(out) as tmp:
        figure.savefig(tmp, format="png", dpi=100)
    return out
