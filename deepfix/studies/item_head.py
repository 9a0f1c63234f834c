"""Train the schema-item head that ships beside the Text-to-SQL model (the pruner of wide schemas reads it).

Data: Spider train, the frozen MiniLM vectors from the encoder cache (``deepfix spider cache``). The
questions of the 14 cross-database held-out training databases
(:mod:`deepfix.tasks.spider.holdout_databases`) are left out of training and are the head's
evaluation set; dev is not read. The final weights are written (nothing is selected on the
evaluation), with a JSON card beside them::

    python -m deepfix.studies.item_head --run-dir /work/runs/prune/head \\
        --out deepfix/data/models/schema_items.safetensors
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

from deepfix.files import write_json_atomic

CARD_FORMAT = "deepfix-schema-items-card-1"


def split_by_database(prepared: list, features: list, held: set[str]) -> tuple[list, list]:
    """(training examples, held-out examples) of the labelled ones, by the example's database."""
    from deepfix.tasks.spider.items.task import make_examples

    keep = [i for i, p in enumerate(prepared) if p.example.db_id not in held]
    out = [i for i, p in enumerate(prepared) if p.example.db_id in held]
    return (make_examples([prepared[i] for i in keep], [features[i] for i in keep]),
            make_examples([prepared[i] for i in out], [features[i] for i in out]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="Spider directory (default: $DEEPFIX_SPIDER_DATA)")
    parser.add_argument("--run-dir", required=True, help="the training run's folder (outside the work tree)")
    parser.add_argument("--out", required=True, help="the head file to write (.safetensors; the card beside it)")
    parser.add_argument("--layers", type=int, default=4)
    parser.add_argument("--d-model", type=int, default=128)
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    import torch

    from deepfix.nn import StackConfig
    from deepfix.tasks.spider.inputs.pipeline import encode_splits, prepare_splits
    from deepfix.tasks.spider.holdout_databases import load_holdout_databases
    from deepfix.tasks.spider.items.files import save_item_head
    from deepfix.tasks.spider.items.task import evaluate_items
    from deepfix.tasks.spider.items.train import ItemModelConfig, SchemaItemTask, TrainConfig, fit

    torch.set_num_threads(1)
    start = time.perf_counter()
    prepared = prepare_splits(args.data, ("train",), progress=False)
    features, _ = encode_splits(prepared, progress=False)
    held_dbs = set(load_holdout_databases())
    train, held = split_by_database(prepared.splits["train"], features["train"], held_dbs)
    print(f"item head: {len(train)} training examples, {len(held)} held-out ({len(held_dbs)} databases)",
          file=sys.stderr, flush=True)
    stack = StackConfig(num_layers=args.layers, d_model=args.d_model, n_heads=args.d_model // 32,
                        d_ff=4 * args.d_model, dropout=0.1, input_dropout=0.3, norm="auto")
    task = SchemaItemTask(ItemModelConfig(stack=stack, init="dt_fixup"), train, held, seed=args.seed)
    built = {}
    build = task.build_model

    def keep_model():
        built["model"] = build()
        return built["model"]

    task.build_model = keep_model
    config = TrainConfig(run_dir=args.run_dir, seed=args.seed, max_steps=args.steps, batch_size=args.batch_size,
                         lr=args.lr, schedule="poly", eval_every=max(1, args.steps // 4),
                         checkpoint_every=10**9, progress=False)
    summary = fit(task, config)
    model = built["model"].cpu().eval()
    metrics = evaluate_items(model, held)
    save_item_head(args.out, model, train[0].features.shape[1])
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = None
    card = {
        "format": CARD_FORMAT,
        "model_file": Path(args.out).name,
        "model_sha256": hashlib.sha256(Path(args.out).read_bytes()).hexdigest(),
        "what": "schema-item head: one logit per column and table, 'does the gold SQL use it' (RESDSQL's idea), "
                "over frozen all-MiniLM-L6-v2 vectors pooled per item; the pruner of schemas wider than the "
                "encoder's window reads it (deepfix.tasks.spider.prune)",
        "config": dataclasses.asdict(model.config),
        "training": {"command": "python -m deepfix.studies.item_head " + " ".join(argv or sys.argv[1:]),
                     "git_commit": commit, "steps": summary.get("steps"), "batch_size": args.batch_size,
                     "lr": args.lr, "seed": args.seed, "examples": len(train),
                     "data": "Spider train_spider.json without the 14 held-out databases "
                             "(deepfix/data/spider/holdout_databases.json)",
                     "seconds": round(time.perf_counter() - start, 1)},
        "evaluation": {"split": "Spider train, the 14 held-out databases (cross-database; dev not read)",
                       "examples": len(held), **{k: round(v, 4) for k, v in metrics.items()}},
        "data": {"name": "Spider (Yu et al., EMNLP 2018)", "licence": "CC BY-SA 4.0"},
    }
    write_json_atomic(Path(args.out).with_suffix(".json"), card)
    print(json.dumps(card["evaluation"]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
