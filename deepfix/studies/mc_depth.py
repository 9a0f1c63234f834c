"""Multiple-choice depth study (``deepfix mc study``): init schemes x stack depths x seeds on one data
file, same encoder and budget.

Every run is one :class:`~deepfix.tasks.mc.task.MCTask` trained through the training loop; the
data (and the frozen encoder's cached outputs) are prepared once and shared. Each finished run
appends a record to ``results.json`` (rewritten atomically); runs already there are skipped, and
a cut run resumes from its last checkpoint, so the study can be stopped and restarted freely.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from deepfix.errors import DeepfixError
from deepfix.files import atomic_path, write_json_atomic
from deepfix.machine import Machine
from deepfix.tasks.mc.task import MCConfig, MCTask, prepare_data, train


def default_variants() -> list[dict]:
    return [
        {"name": "standard", "init": "standard", "warmup_steps": 20},
        {"name": "dt_fixup", "init": "dt_fixup", "warmup_steps": 0},
        {"name": "standard_nowarmup", "init": "standard", "warmup_steps": 0, "layers": [12]},
    ]


@dataclass
class StudyConfig:
    base: MCConfig = field(default_factory=MCConfig)
    layers: list = field(default_factory=lambda: [0, 4, 12])
    seeds: list = field(default_factory=lambda: [0, 1, 2])
    variants: list = field(default_factory=default_variants)  # name, init, warmup_steps, [layers], [seeds]
    runs_dir: str = "runs/mc_study"


def planned_runs(study: StudyConfig) -> list[dict]:
    """Every (variant, layers, seed) of the grid, cheapest depth first so partial results cover all depths."""
    runs = []
    for layers in sorted(study.layers):
        for seed in study.seeds:
            for variant in study.variants:
                if layers in variant.get("layers", study.layers) and seed in variant.get("seeds", study.seeds):
                    runs.append({"variant": variant["name"], "init": variant["init"],
                                 "warmup_steps": int(variant.get("warmup_steps", 0)), "layers": layers, "seed": seed})
    return runs


def _key(record: dict) -> tuple:
    return record["variant"], record["layers"], record["seed"]


def _write_json(path: Path, value) -> None:
    write_json_atomic(path, value, indent=1, newline=False)


def run_study(study: StudyConfig, out_dir: str, command: str, progress: bool = True) -> dict:
    """Run the grid's missing runs; returns the results document written to ``out_dir/results.json``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    results_path = out / "results.json"
    try:
        document = json.loads(results_path.read_text()) if results_path.is_file() else {}
    except json.JSONDecodeError:
        raise DeepfixError(f"{results_path}: not valid JSON; move it away to start the study afresh") from None
    records = document.get("records", [])
    done = {_key(r) for r in records}
    base = study.base
    machine = Machine()
    prepare_start = time.time()
    data = prepare_data(base.data.path, base.data, base.model, require_labels=True, progress=progress)
    prepare_seconds = time.time() - prepare_start
    document.update({"command": command, "data": base.data.path, "config": _plain(study),
                     "machine": machine.record(),  # read now; refreshed with every finished run
                     "data_preparation_seconds_last_start": prepare_seconds})
    for run in planned_runs(study):
        if _key(run) in done:
            continue
        config = copy.deepcopy(base)
        config.model.stack = dataclasses.replace(config.model.stack, num_layers=run["layers"])
        config.model.init = run["init"]
        config.train.warmup_steps = run["warmup_steps"]
        config.train.seed = run["seed"]
        config.train.run_dir = str(Path(study.runs_dir) / f"{run['variant']}_L{run['layers']}_s{run['seed']}")
        config.train.progress = progress
        task = MCTask(config, prepared=data, progress=progress)
        summary = train(task, config, resume=True)
        record = {**run, "accuracy": summary.get("final_accuracy"), "best_accuracy": summary.get("best_accuracy"),
                  "steps": summary["steps"], "diverged": bool(summary["diverged"]),
                  "train_seconds": round(float(summary.get("train_seconds", 0.0)), 1),
                  "n_train": len(task.train_indices), "n_valid": len(task.valid_indices)}
        records.append(record)
        document["machine"] = machine.record()
        print(json.dumps(record), flush=True)  # one line per finished run: the study's log
        _publish(document, records, out)  # a cut study still leaves consistent JSON + plot
    _publish(document, records, out)
    return document


def _publish(document: dict, records: list[dict], out: Path) -> None:
    document["records"] = records
    document["summary"] = summarize(records)
    _write_json(out / "results.json", document)
    if records:
        plot(records, out / "accuracy_vs_depth.png")


def summarize(records: list[dict]) -> list[dict]:
    """Mean ± std accuracy per (variant, layers)."""
    import numpy as np

    groups: dict[tuple, list[dict]] = {}
    for r in records:
        groups.setdefault((r["variant"], r["layers"]), []).append(r)
    rows = []
    for (variant, layers), rs in sorted(groups.items()):
        acc = np.array([r["accuracy"] if r["accuracy"] is not None else np.nan for r in rs], dtype=float)
        rows.append({"variant": variant, "layers": layers, "runs": len(rs),
                     "accuracy_mean": float(np.nanmean(acc)), "accuracy_std": float(np.nanstd(acc)),
                     "diverged": sum(r["diverged"] for r in rs),
                     "train_seconds_mean": float(np.mean([r["train_seconds"] for r in rs]))})
    return rows


def plot(records: list[dict], path: Path) -> None:
    """Validation accuracy (mean ± std over seeds) against stack depth, one line per variant."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = summarize(records)
    fig, ax = plt.subplots(figsize=(6, 4))
    for variant in sorted({r["variant"] for r in rows}):
        mine = sorted((r for r in rows if r["variant"] == variant), key=lambda r: r["layers"])
        ax.errorbar([r["layers"] for r in mine], [100 * r["accuracy_mean"] for r in mine],
                    yerr=[100 * r["accuracy_std"] for r in mine], marker="o", capsize=4, label=variant)
    ax.axhline(25.0, color="gray", linestyle=":", label="chance (4 options)")
    ax.set_xlabel("stack layers on top of the encoder")
    ax.set_ylabel("validation accuracy (%)")
    ax.set_title("Multiple choice, LogiQA 2.0 dev id-split (mean ± std over seeds)")
    ax.legend()
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=120)
    plt.close(fig)


def _plain(value):
    return dataclasses.asdict(value) if dataclasses.is_dataclass(value) else value


def check_study(study: StudyConfig) -> None:
    if not study.variants or not study.layers or not study.seeds:
        raise DeepfixError("study: layers, seeds and variants must all be non-empty")
    for variant in study.variants:
        if not isinstance(variant, dict) or "name" not in variant or "init" not in variant:
            raise DeepfixError(f"study.variants: each needs 'name' and 'init', got {variant!r}")
