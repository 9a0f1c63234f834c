"""Figures of the linear-transformer lab, drawn from the JSON of :mod:`.linear_lab` (matplotlib, Agg)."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from deepfix.files import atomic_path

COLORS = {"adam": "tab:blue", "sgd": "tab:red"}


def _save(fig, path: Path) -> None:
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=110, bbox_inches="tight")
    plt.close(fig)


def _best_curves(summary: dict) -> np.ndarray:
    """Eval curves (seeds, E) of the runs at the best learning rate (NaN where diverged)."""
    lrs = [run["lr"] for run in summary["runs"]]
    rows = [i for i, lr in enumerate(lrs) if lr == summary["best_lr"]]
    return np.array([[np.nan if v is None else v for v in summary["eval_loss"][i]] for i in rows], dtype=float)


def plot_optimizers(settings: dict, path: Path) -> None:
    fig, axes = plt.subplots(1, len(settings), figsize=(4.6 * len(settings), 3.6), squeeze=False, layout="constrained")
    for ax, (name, payload) in zip(axes[0], settings.items()):
        for kind, summary in payload["optimizers"].items():
            curves, steps = _best_curves(summary), summary["eval_steps"]
            mean = np.nanmean(curves, axis=0)
            ax.plot(steps, mean, color=COLORS[kind], label=f"{kind} (lr {summary['best_lr']:g})")
            ax.fill_between(steps, np.nanmin(curves, 0), np.nanmax(curves, 0), color=COLORS[kind], alpha=0.2)
        ax.axhline(payload["one_layer_optimum"], color="gray", ls="--", lw=1, label="1-layer optimum")
        ax.set(yscale="log", xlabel="step", ylabel="eval loss", title=f"{name}, L=3")
        ax.legend(fontsize=8)
    fig.suptitle("Adam vs SGD+momentum (best lr of the grid; band = min..max over seeds)")
    _save(fig, path)


def plot_noise(settings: dict, path: Path) -> None:
    labels = ["init", "trained_adam"]
    fig, axes = plt.subplots(len(labels), len(settings), figsize=(4.4 * len(settings), 3.2 * len(labels)), squeeze=False, layout="constrained")
    for col, (name, payload) in enumerate(settings.items()):
        for row, label in enumerate(labels):
            stats, ax = payload["noise"][label], axes[row][col]
            sgd, gauss = np.array(stats["sgd_noise_norms"]), np.array(stats["gaussian_noise_norms"])
            bins = np.linspace(0, np.quantile(np.concatenate([sgd, gauss]), 0.995), 60)
            ax.hist(sgd, bins=bins, alpha=0.6, color="tab:purple",
                    label=f"minibatch noise, alpha={stats['sgd_noise']['hill_alpha']:.2f}")
            ax.hist(gauss, bins=bins, alpha=0.5, color="tab:green",
                    label=f"Gaussian, alpha={stats['gaussian_noise']['hill_alpha']:.2f}")
            ax.set(title=f"{name}: {label}", xlabel="noise norm", ylabel="count")
            ax.legend(fontsize=7)
    fig.suptitle("Stochastic-gradient noise norms vs Gaussian noise of equal covariance (Hill tail index alpha)")
    _save(fig, path)


def plot_condition(settings: dict, path: Path) -> None:
    """Top row: robust condition number vs step; bottom row: the same points against their loss."""
    fig, axes = plt.subplots(2, len(settings), figsize=(4.4 * len(settings), 6.4), squeeze=False, layout="constrained")
    for col, (name, payload) in enumerate(settings.items()):
        for kind, summary in payload["optimizers"].items():
            traj = summary["condition_trajectory"]
            kappa = [t["robust_condition_number"] for t in traj]
            axes[0][col].plot([t["step"] for t in traj], kappa, "o-", color=COLORS[kind], label=kind)
            if all("loss" in t for t in traj):
                axes[1][col].plot([t["loss"] for t in traj], kappa, "o-", color=COLORS[kind], label=kind)
        axes[0][col].set(yscale="log", xlabel="step", ylabel="lambda_max / median|lambda|", title=name)
        axes[1][col].set(xscale="log", yscale="log", xlabel="loss at that point (Hessian prompts)",
                         ylabel="lambda_max / median|lambda|")
        axes[0][col].legend(fontsize=8)
    fig.suptitle("Robust condition number of the Hessian along each optimizer's trajectory (seed 0, best lr)")
    _save(fig, path)


def plot_depth(depth: dict, path: Path) -> None:
    rows = depth["rows"]
    layers = [r["layers"] for r in rows]
    fig, (ax, ax2) = plt.subplots(1, 2, figsize=(9.5, 3.6), layout="constrained")
    for kind in ("adam", "sgd"):
        values = [np.nan if r[kind]["best_final_mean"] is None else r[kind]["best_final_mean"] for r in rows]
        ax.plot(layers, values, "o-", color=COLORS[kind], label=kind)
    ax.set(yscale="log", xlabel="layers L", ylabel="final eval loss (best lr, mean over seeds)", title="Depth sweep")
    ax.legend()
    ratio = [(r["sgd"]["best_final_mean"] or np.nan) / (r["adam"]["best_final_mean"] or np.nan) for r in rows]
    ax2.plot(layers, ratio, "o-", color="black")
    ax2.set(xlabel="layers L", ylabel="SGD loss / Adam loss", title="Gap between optimizers")
    _save(fig, path)


def plot_init(init: dict, path: Path) -> None:
    rows = init["rows"]
    variants = list(dict.fromkeys(r["variant"] for r in rows))
    layers = sorted({r["layers"] for r in rows})
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.8), layout="constrained")
    width = 0.8 / len(variants)
    for ax, kind in zip(axes, ("adam", "sgd")):
        for i, variant in enumerate(variants):
            values = []
            for L in layers:
                row = next(r for r in rows if r["layers"] == L and r["variant"] == variant)
                v = row[kind]["best_final_mean"]
                values.append(np.nan if v is None else v)
            x = np.arange(len(layers)) + i * width
            ax.plot(x, values, "o", markersize=8, label=variant)
            for xi, v in zip(x, values):
                if np.isnan(v):
                    ax.text(xi, 0.02, "div", rotation=90, ha="center", va="bottom", fontsize=7,
                            transform=ax.get_xaxis_transform())
        ax.set_xticks(np.arange(len(layers)) + 0.4 - width / 2, [f"L={L}" for L in layers])
        ax.set_xlim(-0.3, len(layers) - 0.1)
        ax.set(yscale="log", ylabel="final eval loss (best lr)", title=f"{kind}, no warmup unless labelled")
        ax.legend(fontsize=7)
    fig.suptitle("Deep linear transformers by initialisation ('div' = no finite result at any lr: "
                 "weights or eval loss overflowed)")
    _save(fig, path)


def plot_all(out: Path, settings: dict, depth: dict | None, init: dict | None) -> list[Path]:
    """Write every figure whose data is present; return the paths written."""
    written = []
    if settings:
        for fn, name in ((plot_optimizers, "adam_vs_sgd.png"), (plot_noise, "noise_histograms.png"),
                         (plot_condition, "condition_numbers.png")):
            fn(settings, out / name)
            written.append(out / name)
    if depth:
        plot_depth(depth, out / "depth_sweep.png")
        written.append(out / "depth_sweep.png")
    if init:
        plot_init(init, out / "init_schemes.png")
        written.append(out / "init_schemes.png")
    return written
