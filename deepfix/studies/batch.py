"""Batch-size study (paper: batch 16 -> 73.24 EM, 120 -> 71.08 on Spider dev).

Both batch sizes see the same number of training examples (equal epochs), as in the paper's
comparison; the larger batch therefore takes proportionally fewer steps (and is evaluated
proportionally more often in steps, i.e. at the same numbers of examples seen).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from .depth import METRIC, summarize, to_record
from .plots import mean_std_plot
from .spider_items import ItemData, RunSpec, run_all, write_json


def batch_specs(batch_sizes, inits, seeds, base: RunSpec) -> list[RunSpec]:
    examples = base.steps * base.batch_size
    # batch 16 with the base's eval interval is the very run of the depth grid (shared, not re-run)
    return [dataclasses.replace(base, batch_size=b, init=i, seed=s, steps=max(1, round(examples / b)),
                                eval_every=max(1, round(base.eval_every * base.batch_size / b)))
            for s in seeds for b in batch_sizes for i in inits]


def run_batch(data: ItemData, batch_sizes, inits, seeds, base: RunSpec, out_dir: Path, runs_dir: Path,
              header: dict, stored_only: bool = False) -> dict:
    specs = batch_specs(batch_sizes, inits, seeds, base)

    def write(runs):
        records = [to_record(r) for r in runs]
        result = {**header, "base_spec": dataclasses.asdict(base),
                  "grid": {"batch_sizes": batch_sizes, "inits": inits, "seeds": seeds,
                           "examples_seen": base.steps * base.batch_size},
                  "finished_runs": len(records), "planned_runs": len(specs),
                  "summary": summarize(records, key="batch_size"), "records": records}
        write_json(out_dir / "results.json", result)
        series = {}
        for r in records:
            series.setdefault(r["init"], {}).setdefault(r["batch_size"], []).append(r["value"] or 0.0)
        mean_std_plot(series, out_dir / "batch.png", "batch size", f"dev {METRIC} (schema items)",
                      f"Spider schema-item proxy, {base.layers} layers: batch size at equal epochs\n"
                      f"{len(records)}/{len(specs)} runs", logx=True)
        return result

    return write(run_all(data, specs, runs_dir, on_record=write, stored_only=stored_only))
