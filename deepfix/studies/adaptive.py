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

import sys
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


def load_transformer_run(run_dir: str | Path, role: str = "the adaptive study"):
    """(model, config) of a ``spider train`` run whose decoder is the transformer one."""
    from deepfix.errors import DeepfixError
    from deepfix.tasks.spider.decoder.transformer import TransformerTreeDecoder
    from deepfix.tasks.spider.text2sql import load_model

    model, config, _ = load_model(run_dir)
    if not isinstance(model.decoder, TransformerTreeDecoder):
        raise DeepfixError(f"{run_dir}: model.decoder.kind is {config.model.decoder.kind!r}; {role} needs a "
                           f"transformer decoder")
    return model, config


def study_examples(config, limit: int = 0, source: str | Path = "the run") -> tuple[list, list]:
    """(held-out part of train, dev) of a run's data settings, each cut to its first ``limit`` (0 = all)."""
    from deepfix.errors import DeepfixError
    from deepfix.tasks.spider.sql.scoring import resolve_data_dir
    from deepfix.tasks.spider.text2sql import in_selection_part, load_examples

    config.data.data = str(resolve_data_dir(config.data.data))
    examples, _ = load_examples(config.data, ("train", "dev"), progress=False, keep_unusable=True)
    holdout = [e for e in examples["train"] if in_selection_part(e.db["db_id"], e.question, config.data)]
    dev = examples["dev"]
    if limit:
        holdout, dev = holdout[:limit], dev[:limit]
    if not holdout:
        raise DeepfixError(f"{source}: the run held out no training examples (data.holdout, data.holdout_fraction)")
    return holdout, dev


def sweep(model, holdout: list, dev: list, beam: int, methods: list[str], tolerance: float) -> tuple[dict, list, dict]:
    """(full-depth points on held-out and dev, every swept dev point, the point chosen per method).

    Each threshold of each method is decoded on the held-out part (where the choice is made, by
    :func:`choose`) and on dev (only reported); progress goes to stderr, one line per point."""
    full = {"holdout": decode_point(model, holdout, beam), "dev": decode_point(model, dev, beam)}
    print(f"full depth: held-out {full['holdout']['metric']:.4f}, dev {full['dev']['metric']:.4f}", file=sys.stderr)
    points, selected = [], {}
    for method in methods:
        swept = []
        for threshold in THRESHOLDS[method]:
            on_holdout = decode_point(model, holdout, beam, method, threshold)
            on_dev = decode_point(model, dev, beam, method, threshold)
            point = {**on_dev, "speedup": on_dev["questions_per_second"] / full["dev"]["questions_per_second"],
                     "beam_blocks_ratio": on_dev["beam_blocks"] / full["dev"]["beam_blocks"],
                     "holdout_metric": on_holdout["metric"], "holdout_avg_exit_depth": on_holdout["avg_exit_depth"]}
            swept.append((on_holdout, point))
            points.append(point)
            print(f"{method} τ={threshold}: held-out {on_holdout['metric']:.4f} at {on_holdout['avg_exit_depth']:.2f} "
                  f"blocks; dev {on_dev['metric']:.4f} at {on_dev['avg_exit_depth']:.2f}, "
                  f"{point['speedup']:.2f}x", file=sys.stderr)
        pick = choose([h for h, _ in swept], full["holdout"], tolerance)
        if pick is not None:
            selected[method] = next(p for h, p in swept if h is pick)
    return full, points, selected


def timed_settings(model, dev: list, beam: int, selected: dict) -> list[dict]:
    """Full depth vs each chosen setting, at beam 1 and at ``beam``, decoded back to back."""
    speed = []
    for beam_size in sorted({1, beam}):
        base = decode_point(model, dev, beam_size)
        speed.append({**base, "speedup": 1.0})
        for method, point in selected.items():
            timed = decode_point(model, dev, beam_size, method, point["threshold"])
            speed.append({**timed, "speedup": timed["questions_per_second"] / base["questions_per_second"]})
    return speed


def fixed_depth_points(run_dirs: list[str | Path], dev: list, beam: int, full_dev: dict) -> list[dict]:
    """Transformer-decoder runs trained from scratch with fewer blocks, decoded at their full depth."""
    fixed = []
    for run_dir in run_dirs:
        other, _ = load_transformer_run(run_dir, "--fixed")
        point = decode_point(other, dev, beam)
        fixed.append({**point, "method": "fixed", "run": str(run_dir), "layers": other.decoder.num_blocks,
                      "avg_exit_depth": float(other.decoder.num_blocks),
                      "speedup": point["questions_per_second"] / full_dev["questions_per_second"]})
    return fixed


def run_adaptive(run_dir: str | Path, out: str | Path, command: str, fixed: list[str | Path] = (),
                 methods: list[str] = ("confidence", "geometric"), beam_size: int = 5, tolerance: float = 0.01,
                 limit: int = 0) -> dict:
    """The whole study of one run: sweep each halting method on the held-out part, choose τ there, report
    dev and speed; ``out/spider.json`` and ``spider.png``. Returns the results document."""
    from deepfix.files import write_json_atomic
    from deepfix.machine import Machine

    machine = Machine()
    model, config = load_transformer_run(run_dir)
    holdout, dev = study_examples(config, limit, run_dir)
    full, points, selected = sweep(model, holdout, dev, beam_size, list(methods), tolerance)
    speed = timed_settings(model, dev, beam_size, selected)
    result = {
        "task": "spider", "run": str(run_dir), "layers": model.decoder.num_blocks,
        "full_depth_metric": full["dev"]["metric"], "full_depth_holdout_metric": full["holdout"]["metric"],
        "full_depth": full, "beam_size": beam_size, "points": points, "selected": selected,
        "fixed": fixed_depth_points(fixed, dev, beam_size, full["dev"]), "speed": speed,
        "metric": "exact match of the best finished tree (tree level, FROM completed from the schema), dev",
        "selection": f"per method, the threshold with the lowest held-out average exit depth whose held-out exact "
                     f"match is at most {tolerance} below full depth; dev is only reported",
        "speedup": "questions/s of the point over the full-depth decoder, same beam, same process, one after the other",
        "machine": machine.record(),
        "command": command,
    }
    out = Path(out)
    write_json_atomic(out / "spider.json", result)
    plot(result, out / "spider.png")
    return result
