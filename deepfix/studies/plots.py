"""Mean ± std line plots for the studies (matplotlib, headless)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from deepfix.files import atomic_path


def mean_std_plot(series: dict[str, dict[float, list[float]]], path: Path, xlabel: str, ylabel: str, title: str,
                  logx: bool = False) -> None:
    """One line per series name: x -> values (several seeds); draws mean and a ±std band."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    for name, points in series.items():
        xs = sorted(points)
        mean = np.array([np.mean(points[x]) for x in xs])
        std = np.array([np.std(points[x]) for x in xs])
        ax.plot(xs, mean, marker="o", label=name)
        ax.fill_between(xs, mean - std, mean + std, alpha=0.2)
    if logx:
        ax.set_xscale("log", base=2)
        ax.set_xticks(sorted({x for p in series.values() for x in p}))
        ax.get_xaxis().set_major_formatter(matplotlib.ticker.ScalarFormatter())
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title, fontsize=10)
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=120)
    plt.close(fig)


def new_figure(width: float, height: float):
    """A headless matplotlib Figure (no pyplot state) with constrained layout."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def finish_axes(ax, xlabel: str, ylabel: str, title: str, legend_size: str | None = "small") -> None:
    """Labels, a medium title, a light grid and the legend (``legend_size`` None: matplotlib's default)."""
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title, fontsize="medium")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=legend_size)


def save_png(figure, path: str | Path, dpi: int = 110) -> Path:
    """Write ``figure`` as PNG atomically (never a half-written file)."""
    path = Path(path)
    with atomic_path(path) as tmp:
        figure.savefig(tmp, format="png", dpi=dpi)
    return path
