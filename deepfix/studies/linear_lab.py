"""The reproduction: every experiment of the lab, one JSON per part, then the figures.

Parts (each resumable: a part whose JSON exists with the same configuration is not re-run):

- ``setting_<name>.json`` for gaussian-n20, gaussian-n5, heavy-n20: Adam vs SGD (seeds x lr grid,
  L = 3), gradient-noise statistics at initialisation and after training, and the robust condition
  number along the best-lr trajectories of both optimizers.
- ``depth.json``: Adam vs SGD for L = 1..6 on gaussian-n20.
- ``init_schemes.json`` (beyond the paper): deep linear transformers, L = 8, 16, 32, under the
  small / standard (Xavier) / T-Fixup-style / DT-Fixup-style initialisations, no warmup (and
  Xavier with warmup for reference), Adam and SGD.

:func:`deepfix.studies.linear_lab_plots.plot_all` turns the JSON into PNGs. The lab itself (model, data,
training, analysis) is :mod:`deepfix.lab.linear`.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import torch
from tqdm import tqdm

from deepfix.files import write_json_atomic, write_text_atomic
from deepfix.lab.linear.analysis import hessian_statistics, noise_statistics
from deepfix.lab.linear.data import SETTINGS, get_setting, sample_prompts
from deepfix.lab.linear.theory import optimal_one_layer_loss
from deepfix.lab.linear.train import PopulationConfig, PopulationResult, train_population
from deepfix.machine import Machine

ADAM_LRS = [1e-3, 3e-3, 1e-2, 3e-2]
SGD_LRS = [1e-3, 3e-3, 1e-2, 3e-2]


@dataclass
class StudySize:
    """How big the reproduction is.

    ``full`` is about 9e8 prompt-layer training steps (plus Hessians and noise statistics): ~60 min
    at the ~4 us per prompt-layer step measured on one free core, so <= 60 min on 2 free cores.
    ``quick`` is about 1/8 of it (measured: 29 min on 1 thread of a 2-core machine shared with
    other jobs). ``tiny`` is a smoke test.
    """

    name: str
    steps: int
    batch: int
    seeds: int
    depth_steps: int
    depth_seeds: int
    depth_layers: list[int]
    init_steps: int
    init_batch: int
    init_seeds: int
    init_layers: list[int]
    noise_batches: int
    noise_batch: int = 64
    hessian_prompts: int = 500
    snapshots: int = 6
    eval_prompts: int = 10_000


SIZES = {
    "full": StudySize("full", steps=2000, batch=1000, seeds=3, depth_steps=600, depth_seeds=2,
                      depth_layers=[1, 2, 3, 4, 5, 6], init_steps=500, init_batch=250, init_seeds=2,
                      init_layers=[8, 16, 32], noise_batches=2000, snapshots=6),
    "quick": StudySize("quick", steps=800, batch=500, seeds=2, depth_steps=400, depth_seeds=1,
                       depth_layers=[1, 2, 3, 4, 5, 6], init_steps=200, init_batch=200, init_seeds=1,
                       init_layers=[8, 16, 32], noise_batches=1000, hessian_prompts=300, snapshots=4,
                       eval_prompts=5000),
    "tiny": StudySize("tiny", steps=30, batch=64, seeds=1, depth_steps=20, depth_seeds=1, depth_layers=[1, 2],
                      init_steps=10, init_batch=32, init_seeds=1, init_layers=[8], noise_batches=50,
                      noise_batch=8, hessian_prompts=64, snapshots=2, eval_prompts=256),
}


def write_json(path: Path, payload: dict) -> None:
    """Write JSON atomically (temp file, then rename): never a half-written result."""
    write_json_atomic(path, payload, indent=1, newline=False)


def _cached(path: Path, config: dict) -> dict | None:
    if path.exists():
        try:
            payload = json.loads(path.read_text())
        except json.JSONDecodeError:
            return None
        if payload.get("config") == json.loads(json.dumps(config)):
            return payload
    return None


def _nan_to_none(values):
    return [None if (v is None or not math.isfinite(v)) else v for v in values]


def population_summary(result: PopulationResult) -> dict:
    """JSON-ready record of a population: curves of every run, best lr and its seeds."""
    best_lr, best_final = result.best_lr()
    finite = best_final[torch.isfinite(best_final)]
    return {
        "config": asdict(result.config),
        "runs": result.runs,
        "eval_steps": result.eval_steps,
        "eval_loss": [_nan_to_none(col) for col in result.eval_loss.T.tolist()],  # per run
        "final_eval": _nan_to_none(result.final_eval.tolist()),
        "diverged": result.diverged.tolist(),
        "best_lr": best_lr,
        "best_final_mean": float(finite.mean()) if finite.numel() == best_final.numel() else None,
        "best_final_std": float(finite.std()) if finite.numel() > 1 else 0.0,
        "best_final_per_seed": _nan_to_none(best_final.tolist()),
        "init_scale": result.init_scale,
        "mu": result.mu,
        "seconds": result.seconds,
    }


def _run_params(result: PopulationResult, params: dict, run: int) -> tuple[torch.Tensor, torch.Tensor]:
    return params["value_like"][run], params["key_query_like"][run]


def run_setting(name: str, size: StudySize, out: Path, progress: bool = True) -> dict:
    """Adam vs SGD at L = 3 on one setting, plus gradient noise and condition numbers."""
    setting = get_setting(name)
    snapshot_steps = sorted({round(i * size.steps / (size.snapshots - 1)) for i in range(size.snapshots)})
    base = PopulationConfig(setting=name, num_layers=3, steps=size.steps, batch=size.batch,
                       seeds=list(range(size.seeds)), eval_prompts=size.eval_prompts,
                       eval_every=max(1, size.steps // 40), snapshot_steps=snapshot_steps)
    config = {"part": "setting", "size": asdict(size), "train": asdict(base), "adam_lrs": ADAM_LRS, "sgd_lrs": SGD_LRS}
    path = out / f"setting_{name}.json"
    if (cached := _cached(path, config)) is not None:
        return cached
    payload: dict = {"config": config, "setting": setting.to_dict(),
                     "one_layer_optimum": optimal_one_layer_loss(setting), "optimizers": {}}
    start = time.perf_counter()
    z_hess, y_hess = sample_prompts(setting, size.hessian_prompts, torch.Generator().manual_seed(7))
    trained = {}
    for kind, lrs in (("adam", ADAM_LRS), ("sgd", SGD_LRS)):
        result = train_population(replace(base, optimizer=kind, lrs=lrs), progress, desc=f"{name} {kind}")
        summary = population_summary(result)
        run = result.lr_index(summary["best_lr"])[0]  # seed 0 at the best lr
        trajectory = []
        with tqdm(sorted(result.snapshots), desc=f"{name} {kind} Hessians", disable=not progress, leave=False) as bar:
            for step in bar:  # the bar is closed on errors too
                snap = result.snapshots[step]
                value = snap["P" if "P" in snap else "B"][run]
                key_query = snap["Q" if "Q" in snap else "A"][run]
                stats = hessian_statistics(value, key_query, base.parameterisation, z_hess, y_hess, setting.n)
                trajectory.append({"step": step, **stats})
        summary["condition_trajectory"] = trajectory
        payload["optimizers"][kind] = summary
        trained[kind] = _run_params(result, result.final_params, run)
        if kind == "adam":
            first = result.snapshots[0]
            initial = (first["P" if "P" in first else "B"][run], first["Q" if "Q" in first else "A"][run])
    payload["noise"] = {}
    for label, (value, key_query) in (("init", initial), ("trained_adam", trained["adam"]), ("trained_sgd", trained["sgd"])):
        payload["noise"][label] = noise_statistics(value, key_query, base.parameterisation, setting,
                                                   batch=size.noise_batch, count=size.noise_batches)
    payload["seconds"] = time.perf_counter() - start
    write_json(path, payload)
    return payload


def run_depth(size: StudySize, out: Path, setting: str = "gaussian-n20", progress: bool = True) -> dict:
    """Adam vs SGD final loss (best lr) for each depth."""
    base = PopulationConfig(setting=setting, steps=size.depth_steps, batch=size.batch,
                       seeds=list(range(size.depth_seeds)), eval_prompts=size.eval_prompts,
                       eval_every=max(1, size.depth_steps // 20))
    config = {"part": "depth", "layers": size.depth_layers, "train": asdict(base), "adam_lrs": ADAM_LRS, "sgd_lrs": SGD_LRS}
    path = out / "depth.json"
    if (cached := _cached(path, config)) is not None:
        return cached
    start = time.perf_counter()
    rows = []
    for layers in size.depth_layers:
        row = {"layers": layers}
        for kind, lrs in (("adam", ADAM_LRS), ("sgd", SGD_LRS)):
            result = train_population(replace(base, num_layers=layers, optimizer=kind, lrs=lrs), progress,
                                      desc=f"depth L={layers} {kind}")
            row[kind] = population_summary(result)
        rows.append(row)
    payload = {"config": config, "rows": rows, "one_layer_optimum": optimal_one_layer_loss(get_setting(setting)),
               "seconds": time.perf_counter() - start}
    write_json(path, payload)
    return payload


INIT_VARIANTS = [  # (label, init scheme, warmup fraction)
    ("small", "small", 0.0),
    ("standard", "standard", 0.0),
    ("standard+warmup", "standard", 0.1),
    ("t_fixup", "t_fixup", 0.0),
    ("dt_fixup", "dt_fixup", 0.0),
]
INIT_LRS = {"adam": [1e-3, 1e-2], "sgd": [1e-3, 1e-2]}


def run_init_schemes(size: StudySize, out: Path, setting: str = "gaussian-n20", progress: bool = True) -> dict:
    """Deep linear transformers under each initialisation, no warmup unless labelled."""
    base = PopulationConfig(setting=setting, steps=size.init_steps, batch=size.init_batch,
                       seeds=list(range(size.init_seeds)), eval_prompts=size.eval_prompts,
                       eval_every=max(1, size.init_steps // 10))
    config = {"part": "init_schemes", "layers": size.init_layers, "variants": INIT_VARIANTS,
              "lrs": INIT_LRS, "train": asdict(base)}
    path = out / "init_schemes.json"
    if (cached := _cached(path, config)) is not None:
        return cached
    start = time.perf_counter()
    rows = []
    for layers in size.init_layers:
        for label, scheme, warmup in INIT_VARIANTS:
            row = {"layers": layers, "variant": label, "init": scheme}
            for kind, lrs in INIT_LRS.items():
                cfg = replace(base, num_layers=layers, optimizer=kind, lrs=lrs, init=scheme,
                              warmup_steps=int(warmup * size.init_steps))
                row[kind] = population_summary(train_population(cfg, progress, desc=f"L={layers} {label} {kind}"))
            rows.append(row)
    payload = {"config": config, "rows": rows, "seconds": time.perf_counter() - start}
    write_json(path, payload)
    return payload


def headline(settings: dict, depth: dict | None, init: dict | None) -> dict:
    """The numbers the README quotes, pulled from the parts."""
    out: dict = {"settings": {}}
    for name, payload in settings.items():
        adam, sgd = payload["optimizers"]["adam"], payload["optimizers"]["sgd"]
        cond = {k: [t["robust_condition_number"] for t in payload["optimizers"][k]["condition_trajectory"]]
                for k in ("adam", "sgd")}
        out["settings"][name] = {
            "adam_final": adam["best_final_mean"], "adam_std": adam["best_final_std"], "adam_lr": adam["best_lr"],
            "sgd_final": sgd["best_final_mean"], "sgd_std": sgd["best_final_std"], "sgd_lr": sgd["best_lr"],
            "one_layer_optimum": payload["one_layer_optimum"],
            "tail_index": {k: {"sgd_noise": v["sgd_noise"]["hill_alpha"], "gaussian": v["gaussian_noise"]["hill_alpha"]}
                           for k, v in payload["noise"].items()},
            "robust_condition_median": {k: float(torch.tensor(v[1:] or v).median()) for k, v in cond.items()},
        }
    if depth:
        out["depth"] = [{"layers": r["layers"], "adam": r["adam"]["best_final_mean"], "sgd": r["sgd"]["best_final_mean"]}
                        for r in depth["rows"]]
    if init:
        out["init_schemes"] = [{"layers": r["layers"], "variant": r["variant"],
                                "adam": r["adam"]["best_final_mean"], "sgd": r["sgd"]["best_final_mean"],
                                "adam_diverged": sum(r["adam"]["diverged"]), "sgd_diverged": sum(r["sgd"]["diverged"])}
                               for r in init["rows"]]
    return out


def reproduce(out: Path, size_name: str = "full", parts: list[str] | None = None, command: str = "",
              progress: bool = True) -> dict:
    """Run (or resume) every part, write summary.json and the figures."""
    from .linear_lab_plots import plot_all

    size = SIZES[size_name]
    parts = parts or ["settings", "depth", "init"]
    machine = Machine()
    start = time.perf_counter()
    settings = {name: run_setting(name, size, out, progress) for name in SETTINGS} if "settings" in parts else {}
    depth = run_depth(size, out, progress=progress) if "depth" in parts else None
    init = run_init_schemes(size, out, progress=progress) if "init" in parts else None
    summary = {
        "command": command, "size": asdict(size), "parts": parts,
        "machine": {**machine.record(), "threads": torch.get_num_threads()},  # threads: the tables' key
        "wall_seconds_this_invocation": time.perf_counter() - start,
        "part_seconds": {**{f"setting_{k}": v["seconds"] for k, v in settings.items()},
                         **({"depth": depth["seconds"]} if depth else {}), **({"init_schemes": init["seconds"]} if init else {})},
        "headline": headline(settings, depth, init),
    }
    summary["total_part_seconds"] = sum(summary["part_seconds"].values())
    write_json(out / "summary.json", summary)
    plot_all(out, settings, depth, init)
    write_tables(out / "TABLES.md", summary)
    return summary


def _fmt(value, digits: int = 4) -> str:
    return "diverged" if value is None else f"{value:.{digits}g}"


def write_tables(path: Path, summary: dict) -> None:
    """Markdown tables of the headline numbers (generated; the README quotes them)."""
    h = summary["headline"]
    lines = [f"# Linear-transformer lab: measured numbers ({summary['size']['name']} size)", "",
             f"Generated by `{summary['command']}`; compute time of the parts: "
             f"{summary['total_part_seconds']:.0f} s ({summary['machine']['threads']} torch thread(s), "
             f"{summary['machine']['cpu_count']} CPU cores on the machine).", ""]
    if h.get("settings"):
        lines += ["## Adam vs SGD, L = 3 (final eval loss at the best lr, mean +- std over seeds)", "",
                  "| setting | Adam | lr | SGD+momentum | lr | SGD / Adam | 1-layer optimum |", "|---|---|---|---|---|---|---|"]
        for name, r in h["settings"].items():
            ratio = (r["sgd_final"] / r["adam_final"]) if r["sgd_final"] and r["adam_final"] else None
            lines.append(f"| {name} | {_fmt(r['adam_final'])} +- {_fmt(r['adam_std'], 2)} | {r['adam_lr']:g} | "
                         f"{_fmt(r['sgd_final'])} +- {_fmt(r['sgd_std'], 2)} | {r['sgd_lr']:g} | {_fmt(ratio, 3)} | "
                         f"{r['one_layer_optimum']:.4f} |")
        lines += ["", "## Gradient-noise tail index (Hill alpha; smaller = heavier tail)", "",
                  "| setting | point | minibatch noise | Gaussian, same covariance |", "|---|---|---|---|"]
        for name, r in h["settings"].items():
            for point, t in r["tail_index"].items():
                lines.append(f"| {name} | {point} | {t['sgd_noise']:.2f} | {t['gaussian']:.2f} |")
        lines += ["", "## Robust condition number lambda_max / median|lambda| (median over the trajectory "
                  "snapshots after step 0)", "", "| setting | Adam | SGD |", "|---|---|---|"]
        for name, r in h["settings"].items():
            c = r["robust_condition_median"]
            lines.append(f"| {name} | {c['adam']:.4g} | {c['sgd']:.4g} |")
    if h.get("depth"):
        lines += ["", "## Depth sweep (gaussian-n20, best lr, mean over seeds)", "",
                  "| L | Adam | SGD | SGD / Adam |", "|---|---|---|---|"]
        for r in h["depth"]:
            ratio = (r["sgd"] / r["adam"]) if r["sgd"] and r["adam"] else None
            lines.append(f"| {r['layers']} | {_fmt(r['adam'])} | {_fmt(r['sgd'])} | {_fmt(ratio, 3)} |")
    if h.get("init_schemes"):
        lines += ["", "## Deep linear transformers by initialisation (gaussian-n20, best lr; no warmup unless labelled)", "",
                  "| L | scheme | Adam | SGD | diverged runs (Adam / SGD) |", "|---|---|---|---|---|"]
        for r in h["init_schemes"]:
            lines.append(f"| {r['layers']} | {r['variant']} | {_fmt(r['adam'])} | {_fmt(r['sgd'])} | "
                         f"{r['adam_diverged']} / {r['sgd_diverged']} |")
    write_text_atomic(path, "\n".join(lines) + "\n")
