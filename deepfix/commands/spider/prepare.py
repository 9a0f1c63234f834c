"""``deepfix spider prepare``: load, validate, link and lay out Spider; print what it found."""

from __future__ import annotations

import json


def add_data_arguments(parser) -> None:
    parser.add_argument("--data", help="Spider directory (tables.json, train_spider.json, dev.json); "
                        "default $DEEPFIX_SPIDER_DATA")
    parser.add_argument("--databases", help="folder of <db_id>/<db_id>.sqlite for value matching "
                        "(default DATA/database; missing databases switch value matching off, with a notice)")
    parser.add_argument("--encoder", help="pretrained encoder: a directory or a name (minilm, mpnet; see 'deepfix encoders list'); default MiniLM, $DEEPFIX_ENCODER")
    parser.add_argument("--splits", nargs="+", default=["train", "dev"], choices=["train", "dev"])
    parser.add_argument("--cache-dir", help="cache folder (default $DEEPFIX_CACHE/spider, else ~/.cache/deepfix/spider)")
    parser.add_argument("--value-time-limit", type=float, default=2.0,
                        help="seconds allowed to read one database's cells (default 2)")
    parser.add_argument("--no-progress", action="store_true")


def run(args) -> int:
    from deepfix.tasks.spider.inputs.pipeline import prepare_splits

    prepared = prepare_splits(args.data, args.splits, args.encoder, args.databases, args.value_time_limit,
                              args.cache_dir, progress=not args.no_progress)
    report = {"seconds": round(prepared.seconds, 2), "layout": prepared.layout_config, "splits": prepared.stats}
    print(json.dumps(report, indent=2))
    return 0


def register(subparsers) -> None:
    parser = subparsers.add_parser("prepare", help="validate Spider and build relations/labels (reports truncation)")
    add_data_arguments(parser)
    parser.set_defaults(func=run)
