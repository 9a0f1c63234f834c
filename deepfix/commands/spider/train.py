"""``deepfix spider train``: train the Text-to-SQL model (encoder stack + grammar decoder) on Spider."""

from __future__ import annotations

import json
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "train", help="train the Text-to-SQL model on Spider (resumable)",
        description="Prepare and cache Spider (frozen encoder vectors; with model.encoder_train_layers k >= 1 the "
                    "token outputs of the encoder's layers below its top k, which then train at train.encoder_lr), build the relation-aware stack with the "
                    "config's init scheme and the grammar decoder, train, evaluating exact match on a held-out part "
                    "of train (data.holdout: questions drawn by data.holdout_fraction, or databases: 14 whole databases "
                    "never trained on; dev is never read). Writes RUN_DIR/{config.yaml, encoder.json, metrics.jsonl, "
                    "summary.json, init.json, checkpoints/}; 'spider eval --checkpoint RUN_DIR' reads the final checkpoint.")
    parser.add_argument("--config", required=True, help="YAML config (e.g. configs/spider_cpu.yaml)")
    parser.add_argument("--resume", action="store_true", help="continue the run in train.run_dir from its checkpoint")
    parser.add_argument("--data", help="Spider directory (overrides data.data; default $DEEPFIX_SPIDER_DATA)")
    parser.add_argument("--run-dir", help="overrides train.run_dir")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="override a config field, e.g. --set train.max_steps=100 (repeatable)")
    parser.set_defaults(func=run)


def run(args) -> int:
    from deepfix.models.encoders import encoder_identity
    from deepfix.tasks.spider.text2sql import (Text2SQLTask, load_config, load_examples, record_run_encoder,
                                               split_selection)
    from deepfix.train.loop import train

    overrides = list(args.set)
    if args.data:
        overrides.append(f"data.data={args.data}")
    if args.run_dir:
        overrides.append(f"train.run_dir={args.run_dir}")
    config = load_config(args.config, overrides)
    examples, info = load_examples(config.data, ("train",), progress=config.train.progress,
                                   encoder_train_layers=config.model.encoder_train_layers,
                                   cache_dtype=config.model.encoder_cache_dtype)
    train_part, valid_part = split_selection(examples["train"], config.data)
    print(json.dumps({"data": info["splits"], "train": len(train_part), "holdout": config.data.holdout,
                      "held_out": len(valid_part),
                      "prepare_seconds": info["prepare_seconds"]}))
    record_run_encoder(config.train.run_dir, encoder_identity(config.data.encoder), args.resume)
    task = Text2SQLTask(config, train_part, valid_part)
    summary = train(task, config, resume=args.resume)
    if task.init_report:  # μ and the init factor of the stack (DT-Fixup), for the record
        from deepfix.files import write_json_atomic

        write_json_atomic(Path(config.train.run_dir) / "init.json", task.init_report)
    print(json.dumps(summary, indent=2))
    return 0
