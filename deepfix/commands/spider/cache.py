"""``deepfix spider cache``: compute the frozen encoder's pooled vectors once, into safetensors."""

from __future__ import annotations

import json

from .prepare import add_data_arguments


def run(args) -> int:
    from deepfix.tasks.spider.inputs.pipeline import encode_splits, prepare_splits

    prepared = prepare_splits(args.data, args.splits, args.encoder, args.databases, args.value_time_limit,
                              args.cache_dir, progress=not args.no_progress)
    _, info = encode_splits(prepared, args.encoder, args.cache_dir, progress=not args.no_progress)
    report = {"prepare_seconds": round(prepared.seconds, 2), "splits": prepared.stats,
              "cache": {split: {**i, "seconds": round(i["seconds"], 1)} for split, i in info.items()}}
    print(json.dumps(report, indent=2))
    return 0


def register(subparsers) -> None:
    parser = subparsers.add_parser("cache", help="encode train/dev once with the frozen encoder (safetensors cache)")
    add_data_arguments(parser)
    parser.set_defaults(func=run)
