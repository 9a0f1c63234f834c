"""Shared machinery of the Spider schema-item studies: data once, runs cached one file each.

A *run* is one training of :class:`~deepfix.tasks.spider.items.train.SchemaItemTask` under a
:class:`RunSpec`. Each finished run is stored as ``<runs_dir>/<spec hash>.json`` (written
atomically), so a study that is cut off resumes where it stopped, and studies that need the same
run (depth grid, convergence) share it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path


from deepfix.errors import DeepfixError
from deepfix.files import write_json_atomic

DEFAULT_RUNS_DIR = Path("runs/spider_items")


@dataclass(frozen=True)
class RunSpec:
    layers: int
    init: str
    seed: int
    batch_size: int = 16
    steps: int = 200
    lr: float = 2e-3
    warmup_fraction: float = 0.1  # used only by schemes trained with warmup (standard)
    # every scheme decays as poly(power 0.5) after its warmup (if any), so that a difference between
    # schemes comes from LayerNorm/init/warmup, not from the decay shape
    d_model: int = 64
    d_ff: int = 256
    n_heads: int = 2  # d_model / n_heads = 32, the paper's per-head (relation embedding) size
    dropout: float = 0.1
    input_dropout: float = 0.0
    max_items: int = 48  # only examples with <= this many items (words + columns + tables): small schemas
    train_examples: int = 1600  # random subset of those labelled train examples (fixed sample, seed 0)
    dev_examples: int = 200  # random subset of those labelled dev examples (fixed sample, seed 0)
    eval_every: int = 25

    def key(self) -> str:
        blob = json.dumps(dataclasses.asdict(self), sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


@dataclass
class ItemData:
    train: list
    dev: list
    info: dict


def load_item_data(data: str | None, encoder: str | None = None, cache_dir: str | None = None,
                   databases: str | None = None, progress: bool = True) -> ItemData:
    """Prepare train/dev, read (or compute once) the encoder cache, keep the labelled examples."""
    from deepfix.tasks.spider.items.task import make_examples
    from deepfix.tasks.spider.inputs.pipeline import encode_splits, prepare_splits

    prepared = prepare_splits(data, ("train", "dev"), encoder, databases, cache_dir=cache_dir, progress=progress)
    features, cache_info = encode_splits(prepared, encoder, cache_dir, progress=progress)
    train = make_examples(prepared.splits["train"], features["train"])
    dev = make_examples(prepared.splits["dev"], features["dev"])
    if not train:
        raise DeepfixError("no labelled Spider train examples: train_spider.json has no 'sql' field and the "
                           "SQL parser (deepfix.tasks.spider.sql.parser.parse_sql) is not available")
    info = {"prepare_seconds": round(prepared.seconds, 1), "prepare": prepared.stats,
            "encoder_cache": {s: {k: v for k, v in i.items() if k != "seconds"} for s, i in cache_info.items()},
            "labelled": {"train": len(train), "dev": len(dev)}}
    return ItemData(train, dev, info)


def study_header(data: ItemData, command: str) -> dict:
    """What a study's ``results.json`` records before its runs: the command, the machine, the data and
    the norms of the frozen encoder's pooled vectors (the authors' variant of mu)."""
    import numpy as np
    import torch

    from deepfix.machine import Machine

    norms = torch.cat([e.features.float().norm(dim=1) for e in data.train]).numpy()
    return {
        "command": command,
        "machine": Machine().record(),  # read when the study starts
        "data": data.info,
        "encoder_output_norms_train": {"what": "L2 norm of the pooled frozen-encoder vectors (before the "
                                               "projection to d_model: the authors' variant of mu)",
                                       "max": float(norms.max()), "p95": float(np.percentile(norms, 95)),
                                       "items": int(len(norms))},
    }


def subset(data: ItemData, spec: RunSpec) -> tuple[list, list]:
    """The run's train/dev examples: those with <= max_items items, then a fixed random sample."""
    def pick(examples, count):
        short = [e for e in examples if e.features.shape[0] <= spec.max_items]
        return random.Random(0).sample(short, count) if count < len(short) else short

    return pick(data.train, spec.train_examples), pick(data.dev, spec.dev_examples)


def run_path(runs_dir: Path, spec: RunSpec) -> Path:
    return Path(runs_dir) / f"{spec.key()}.json"


def run_one(data: ItemData, spec: RunSpec, runs_dir: Path = DEFAULT_RUNS_DIR) -> dict:
    """Train one spec (or read its stored result); returns the stored run record."""
    path = run_path(runs_dir, spec)
    if path.is_file():
        return json.loads(path.read_text())
    from deepfix.init import SCHEMES
    from deepfix.nn import StackConfig
    from deepfix.tasks.spider.items.train import ItemModelConfig, SchemaItemTask, TrainConfig, fit

    if spec.init not in SCHEMES:
        raise DeepfixError(f"unknown init scheme {spec.init!r} (choose from {', '.join(SCHEMES)})")
    scheme = SCHEMES[spec.init]
    train, dev = subset(data, spec)
    stack = StackConfig(num_layers=spec.layers, d_model=spec.d_model, n_heads=spec.n_heads, d_ff=spec.d_ff,
                        dropout=spec.dropout, input_dropout=spec.input_dropout, norm="auto")
    model = ItemModelConfig(stack=stack, init=spec.init)
    task = SchemaItemTask(model, train, dev, seed=spec.seed)
    warmup = int(spec.warmup_fraction * spec.steps) if scheme.warmup else 0
    config = TrainConfig(run_dir=str(Path(runs_dir) / spec.key()), seed=spec.seed, max_steps=spec.steps,
                         batch_size=spec.batch_size, lr=spec.lr, warmup_steps=warmup,
                         schedule="poly", eval_every=spec.eval_every,
                         checkpoint_every=10**9, progress=False)
    start = time.perf_counter()
    summary = fit(task, config)
    seconds = time.perf_counter() - start
    history = summary["history"]
    record = {"spec": dataclasses.asdict(spec), "steps": summary["steps"], "diverged": bool(summary["diverged"]),
              "metrics": history[-1] if history else {}, "history": history, "seconds": round(seconds, 1),
              "mu": task.mu_stats, "init_factor": task.init_report.get("factor"),
              "warmup_steps": warmup}
    write_json_atomic(path, record, indent=1, newline=False)
    return record


def run_all(data: ItemData, specs: list[RunSpec], runs_dir: Path, on_record=None,
            stored_only: bool = False) -> list[dict]:
    """Run every spec in order (finished ones are read back), calling ``on_record`` after each.

    ``stored_only``: train nothing; report only the runs already stored (a study cut by a deadline).
    """
    records = []
    for i, spec in enumerate(specs, 1):
        cached = run_path(runs_dir, spec).is_file()
        if stored_only and not cached:
            continue
        record = run_one(data, spec, runs_dir)
        records.append(record)
        m = record["metrics"]
        took = "(stored)" if cached else f"{record['seconds']}s"
        print(f"[{i}/{len(specs)}] layers={spec.layers} init={spec.init} seed={spec.seed} bs={spec.batch_size} "
              f"exact_set={m.get('exact_set', float('nan')):.4f} item_auc={m.get('item_auc', float('nan')):.4f} "
              f"diverged={record['diverged']} {took}",
              file=sys.stderr, flush=True)
        if on_record is not None:
            on_record(records)
    return records


def write_json(path: Path, value) -> None:
    write_json_atomic(path, value, indent=1, newline=False)
