"""Full-Spider depth study: collect finished ``spider train`` + ``spider eval`` runs into results.

The runs themselves are ordinary ``deepfix spider train`` runs (one per depth × scheme × seed
× lr) followed by ``deepfix spider eval --split dev`` and ``--split holdout`` (beam 5, the final
checkpoint); ``benchmarks/spider_depth_grid.sh`` runs such a grid. This module reads their
directories and writes ``results.json`` (one record per run), ``depth.png`` (dev exact match vs
depth, mean ± std over seeds, at each scheme's learning rate chosen at 2 layers on the
held-out part of train) and the paper's deep-vs-shallow error analysis.

Selection rule: for each scheme, the learning rate whose 2-layer run(s) score best on the
held-out part of train (mean over seeds); dev is only reported.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import yaml

from deepfix.errors import DeepfixError
from deepfix.train.metrics import read_json, read_metrics

from .plots import finish_axes, new_figure, save_png

#: After this step a gradient norm above :data:`SPIKE` counts as a spike (the issue's stability test).
SPIKE_AFTER_STEP = 100
SPIKE = 100.0


def _stability(records: list[dict]) -> dict:
    """Largest logged gradient norm after step 100 (single-step max where logged) and stream growth."""
    largest, growth = 0.0, None
    for r in records:
        if r.get("event") == "train" and r["step"] > SPIKE_AFTER_STEP:
            value = r.get("grad_norm_max") if r.get("grad_norm_max") is not None else r.get("grad_norm")
            if value is not None and math.isfinite(value):
                largest = max(largest, value)
        elif r.get("event") == "layers" and r["layers"] and r["layers"][0].get("stream_in"):
            ratio = r["layers"][-1]["stream_out"] / r["layers"][0]["stream_in"]
            growth = ratio if growth is None else max(growth, ratio)
    return {"max_grad_norm_after_100": largest, "max_stream_growth": growth}


def stack_layers(model: dict) -> int:
    """The stack depth in a stored ``model:`` section: ``stack.num_layers``, or ``layers`` (runs before the
    stack config was composed)."""
    return int((model.get("stack") or {}).get("num_layers", model.get("layers", 4)))


def collect_run(run_dir: str | Path) -> dict | None:
    """One record of a finished run (None when it has no dev evaluation yet)."""
    run_dir = Path(run_dir)
    dev_file = run_dir / "eval-dev-beam5" / "metrics.json"
    summary_file = run_dir / "summary.json"
    if not dev_file.is_file() or not summary_file.is_file():
        return None
    config = yaml.safe_load((run_dir / "config.yaml").read_text(encoding="utf-8"))
    summary, dev = read_json(summary_file), read_json(dev_file)
    holdout_file = run_dir / "eval-holdout-beam5" / "metrics.json"
    holdout = read_json(holdout_file) if holdout_file.is_file() else {}
    model, train = config["model"], config["train"]
    metrics = read_metrics(run_dir)
    theorem = theorem_points(metrics)
    return {
        "run": run_dir.name, "layers": stack_layers(model), "init": model["init"], "seed": train["seed"],
        "lr": train["lr"], "steps": summary["steps"], "batch_size": train["batch_size"],
        "decoder_memory": (model.get("decoder") or {}).get("memory", "layernorm"),
        "exact_match": dev["exact_match"],
        "per_difficulty": {k: v["exact_match"] for k, v in dev["per_difficulty"].items()},
        "errors": dev.get("errors"), "valid_sql": dev.get("valid_sql"), "checkpoint_step": dev.get("checkpoint_step"),
        "holdout_exact_match": holdout.get("exact_match"), "holdout_n": holdout.get("n"),
        "diverged": summary["diverged"], "train_seconds": summary["train_seconds"],
        **_stability(metrics),
        **({"theorem_3_2": theorem} if theorem is not None else {}),
    }


def choose_lr(records: list[dict], init: str, layers: int = 2) -> float | None:
    """The lr whose ``layers``-layer runs of ``init`` score best on the held-out part (mean over seeds)."""
    by_lr: dict[float, list[float]] = {}
    for r in records:
        if r.get("grid", True) and r["init"] == init and r["layers"] == layers and r["holdout_exact_match"] is not None:
            by_lr.setdefault(r["lr"], []).append(r["holdout_exact_match"])
    if not by_lr:
        return None
    return max(sorted(by_lr), key=lambda lr: float(np.mean(by_lr[lr])))


def summarize(records: list[dict], lrs: dict[str, float]) -> dict:
    """init -> layers -> mean/std/n of dev exact match over seeds, at each init's chosen lr."""
    table: dict = {}
    for r in records:
        if not r.get("grid", True) or lrs.get(r["init"]) != r["lr"]:
            continue
        table.setdefault(r["init"], {}).setdefault(r["layers"], []).append(r)
    out: dict = {}
    for init, by_depth in table.items():
        out[init] = {}
        for layers, runs in sorted(by_depth.items()):
            em = [r["exact_match"] for r in runs]
            out[init][str(layers)] = {
                "mean": float(np.mean(em)), "std": float(np.std(em)), "n": len(em), "seeds": [r["seed"] for r in runs],
                "holdout_mean": float(np.mean([r["holdout_exact_match"] or 0.0 for r in runs])),
                "valid_sql_mean": float(np.mean([r["valid_sql"] or 0.0 for r in runs])),
                "errors_mean": {k: float(np.mean([r["errors"][k] for r in runs]))
                                for k in ("structure_only", "schema_only", "both")} if all(r["errors"] for r in runs)
                else None,
                "any_diverged": any(r["diverged"] for r in runs),
                "max_grad_norm_after_100": max(r["max_grad_norm_after_100"] for r in runs),
            }
    return out


def plot_depth(summary: dict, path: str | Path, title: str) -> Path:
    """Dev exact match vs depth, one line per scheme, error bars = std over seeds."""
    figure = new_figure(6.5, 4.2)
    ax = figure.subplots()
    for init, by_depth in sorted(summary.items()):
        xs = sorted(int(k) for k in by_depth)
        means = [100 * by_depth[str(x)]["mean"] for x in xs]
        stds = [100 * by_depth[str(x)]["std"] for x in xs]
        ns = [by_depth[str(x)]["n"] for x in xs]
        ax.errorbar(xs, means, yerr=stds, marker="o", capsize=4, label=init)
        for x, m, n in zip(xs, means, ns):
            ax.annotate(f"n={n}", (x, m), textcoords="offset points", xytext=(4, -12), fontsize="x-small")
    ax.set_xscale("log", base=2)
    ax.set_xticks(sorted({int(k) for by in summary.values() for k in by}))
    ax.get_xaxis().set_major_formatter(__import__("matplotlib").ticker.ScalarFormatter())
    finish_axes(ax, "relation-aware layers", "Spider dev exact match (%, beam 5)", title, legend_size=None)
    return save_png(figure, path)


def collect(run_dirs: list[str | Path], kept: list[dict] = ()) -> list[dict]:
    """Records of the finished runs; ``grid`` marks the runs of the study proper: the grid's step count
    (the most common one) and the default decoder (``memory: scaled``). Others (ablations, shorter
    mechanism runs) are recorded but neither summarised nor used to choose the lr.

    ``kept``: records of an earlier ``results.json`` whose run directories are gone; a run found
    again in ``run_dirs`` (same name) replaces its kept record."""
    records = [r for r in (collect_run(d) for d in run_dirs) if r is not None]
    names = {r["run"] for r in records}
    records += [dict(r) for r in kept if r["run"] not in names]
    if not records:
        raise DeepfixError("no finished run (a run directory with summary.json and eval-dev-beam5/metrics.json)")
    counts: dict[int, int] = {}
    for r in records:
        counts[r["steps"]] = counts.get(r["steps"], 0) + 1
    grid_steps = max(sorted(counts), key=lambda steps: counts[steps])
    for r in records:
        r["grid"] = r["steps"] == grid_steps and r["decoder_memory"] == "scaled"
    return sorted(records, key=lambda r: (r["init"], r["layers"], r["lr"], r["seed"]))


def theorem_points(metrics: list[dict], until_step: int = 1000) -> dict | None:
    """Theorem 3.2 check of one run's ``metrics.jsonl`` records: mean over layers and over the
    telemetry records up to ``until_step`` of ``delta_branch / lr`` (each layer's output change per
    unit learning rate after one update); None without telemetry."""
    records = [r for r in metrics if r.get("event") == "layers" and r["step"] <= until_step and r.get("lr")]
    per_layer = [[layer["delta_branch"] / r["lr"] for layer in r["layers"] if "delta_branch" in layer]
                 for r in records]
    per_layer = [v for v in per_layer if v]
    if not per_layer:
        return None
    output = [r["delta_output"] / r["lr"] for r in records if "delta_output" in r]
    return {"layer_change_per_lr": float(np.mean([np.mean(v) for v in per_layer])),
            "output_change_per_lr": float(np.mean(output)) if output else None, "records": len(per_layer)}


def plot_theorem(points: dict[str, dict[int, list[float]]], path: str | Path, title: str) -> Path:
    """Per-layer change per unit lr vs depth L (log-log), with the Θ(1/L) slope of Theorem 3.2 for reference."""
    figure = new_figure(6.5, 4.2)
    ax = figure.subplots()
    for init, by_depth in sorted(points.items()):
        xs = sorted(by_depth)
        ys = [float(np.mean(by_depth[x])) for x in xs]
        ax.plot(xs, ys, "o-", label=init)
        if init == "dt_fixup" and xs:
            ax.plot(xs, [ys[0] * xs[0] / x for x in xs], "k:", label="∝ 1/L (Theorem 3.2)")
    ax.set_xscale("log", base=2)
    ax.set_yscale("log")
    finish_axes(ax, "relation-aware layers L", "mean ‖Δ(x_l − x_{l−1})‖ / lr per layer", title)
    return save_png(figure, path)


def read_kept_records(path: str | Path) -> list[dict]:
    """The run records of an earlier ``results.json`` (``--keep``), checked."""
    if not Path(path).is_file():
        raise DeepfixError(f"{path}: --keep file not found")
    data = read_json(path)
    kept = data.get("records") if isinstance(data, dict) else None
    if not isinstance(kept, list) or not all(isinstance(r, dict) and "run" in r for r in kept):
        raise DeepfixError(f"{path}: field 'records': expected a list of run records")
    return kept


def run_text2sql_depth(run_dirs: list[str | Path], out: str | Path, command: str, kept: list[dict] = ()) -> dict:
    """Records of the finished runs, each scheme's lr chosen at 2 layers on the held-out part, the depth plot
    (and the Theorem 3.2 plot when the runs kept layer telemetry): ``out/results.json``, ``depth.png``,
    ``theorem_3_2.png``. Returns the results document."""
    from deepfix.files import write_json_atomic
    from deepfix.machine import Machine

    records = collect(run_dirs, kept)
    inits = sorted({r["init"] for r in records})
    lrs = {init: choose_lr(records, init) for init in inits}
    lrs = {init: lr for init, lr in lrs.items() if lr is not None}
    summary = summarize(records, lrs)
    out = Path(out)
    result = {
        "command": command,
        "machine": Machine().record(),  # where the records were collected (each run's time is in its record)
        "selection": "per scheme, the lr whose 2-layer runs score best (beam 5) on the held-out part of train; "
                     "dev exact match is only reported (final checkpoints)",
        "chosen_lr": lrs, "summary": summary, "records": records,
    }
    write_json_atomic(out / "results.json", result)
    grid = [r for r in records if r["grid"]]  # the plot draws the grid's runs only (ablations are in results.json)
    steps = ", ".join(str(s) for s in sorted({r["steps"] for r in grid}))
    batch = ", ".join(str(b) for b in sorted({r["batch_size"] for r in grid}))
    lr = ", ".join(f"{init} {value:g}" for init, value in lrs.items())
    plot_depth(summary, out / "depth.png", f"Spider dev EM vs depth (mean ± std over seeds)\n{steps} steps, "
               f"batch {batch}, lr: {lr}")
    theorem: dict = {}
    for record in records:
        if record["grid"] and "theorem_3_2" in record:
            theorem.setdefault(record["init"], {}).setdefault(record["layers"], []).append(
                record["theorem_3_2"]["layer_change_per_lr"])
    if theorem:
        plot_theorem(theorem, out / "theorem_3_2.png", "Theorem 3.2 in training: per-layer output change per unit "
                     "lr (steps <= 1000, fixed batch)")
    return result
