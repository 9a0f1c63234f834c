"""Depth-adaptive decoding study: exact match vs average exit depth, with measured speed.

For a trained transformer-decoder run (``model.decoder.kind: transformer``, aligned exits), each
halting method (:mod:`deepfix.adaptive.halting`) is swept over its thresholds τ; every point is
decoded on the held-out part of train (where τ is **chosen**) and on dev (only reported), with
the decoding time measured (``predict``, one thread, the same process for every point, so the
speed-ups compare like with like). Fixed decoders trained from scratch with fewer blocks are
decoded the same way at full depth.

Metric: exact match of the best finished tree (``exact_match_rate``: tree-level, the FROM clause
completed from the schema), the same for every point. ``avg_exit_depth``: mean blocks per action
over the actions of the returned trees; ``beam_blocks``: blocks run per question over every
hypothesis of the beam (the beam-wide cost), with its ratio to the full depth.

Selection rule (per method, on held-out only): the τ with the lowest held-out average exit depth
whose held-out exact match is at most ``tolerance`` below the full-depth decoder's.
"""

from __future__ import annotations

import time
from pathlib import Path

import torch

from .plots import finish_axes, new_figure, save_png

#: Thresholds swept per halting method.
THRESHOLDS = {
    "confidence": (0.6, 0.8, 0.9, 0.95, 0.99, 0.999),
    "geometric": (0.3, 0.5, 0.7, 0.8, 0.9, 0.95),
}


def decode_point(model, examples, beam_size: int, method: str = "none", threshold: float = 0.5,
                 batch_size: int = 32) -> dict:
    """Decode ``examples`` with one halting setting: metric, depths, questions/s."""
    from deepfix.tasks.spider.text2sql import exact_match_rate, predict

    decoder = model.decoder
    if hasattr(decoder, "set_halting"):
        decoder.set_halting(method, threshold)
    start = time.perf_counter()
    with torch.no_grad():
        decoded = predict(model, examples, beam_size=beam_size, batch_size=batch_size)
    seconds = time.perf_counter() - start
    depths = [d for out in decoded for d in out.depths]
    return {
        "method": method, "threshold": None if method == "none" else threshold, "beam_size": beam_size,
        "metric": exact_match_rate(decoded, examples),
        "avg_exit_depth": sum(depths) / len(depths) if depths else None,
        "beam_blocks": sum(out.blocks for out in decoded) / len(decoded),
        "questions_per_second": len(examples) / seconds,
        "n": len(examples),
    }


def choose(points: list[dict], full: dict, tolerance: float) -> dict | None:
    """The held-out point with the lowest average exit depth within ``tolerance`` of full depth."""
    fit = [p for p in points if p["metric"] >= full["metric"] - tolerance]
    return min(fit, key=lambda p: (p["avg_exit_depth"], -p["metric"])) if fit else None


def plot(result: dict, path: str | Path) -> Path:
    """Dev exact match vs average exit depth: one line per halting method, the fixed decoders, full depth."""
    figure = new_figure(6.8, 4.4)
    ax = figure.subplots()
    for method in THRESHOLDS:
        points = sorted((p for p in result["points"] if p["method"] == method), key=lambda p: p["avg_exit_depth"])
        if points:
            ax.plot([p["avg_exit_depth"] for p in points], [100 * p["metric"] for p in points], marker="o",
                    label=f"{method} (τ swept)")
        chosen = result["selected"].get(method)
        if chosen:
            ax.scatter([chosen["avg_exit_depth"]], [100 * chosen["metric"]], s=140, facecolors="none",
                       edgecolors="black", zorder=5)
    fixed = sorted(result["fixed"], key=lambda p: p["avg_exit_depth"])
    if fixed:
        ax.plot([p["avg_exit_depth"] for p in fixed], [100 * p["metric"] for p in fixed], marker="s",
                linestyle="--", label="fixed decoders (trained at that depth)")
    ax.scatter([result["layers"]], [100 * result["full_depth_metric"]], marker="*", s=180, color="black",
               label=f"full depth ({result['layers']} blocks)", zorder=6)
    finish_axes(ax, "average decoder blocks per action (returned trees)", "Spider dev exact match (%)",
                f"Depth-adaptive decoding, beam {result['beam_size']} (circled: τ chosen on held-out)")
    return save_png(figure, path)
