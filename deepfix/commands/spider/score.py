"""``deepfix spider score``: Spider exact set match (and execution) of a predictions file."""

from __future__ import annotations

from pathlib import Path

from deepfix.files import write_json_atomic


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "score", help="score predicted SQL (one per line) against a Spider split",
        description="Spider's exact set match (values ignored) overall and per difficulty, component "
                    "scores, error breakdown, and execution accuracy where databases exist.")
    parser.add_argument("--pred", required=True, help="predictions: one SQL per line, in the split's order")
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--data", help="Spider directory with tables.json, dev.json (default: $DEEPFIX_SPIDER_DATA)")
    parser.add_argument("--db-dir", help="databases in Spider's layout <DIR>/<db_id>/<db_id>.sqlite "
                                         "(default: <data>/database if present)")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds per query on sqlite (default 5)")
    parser.add_argument("--out", required=True, help="metrics JSON to write")
    parser.set_defaults(func=run)


def run(args) -> int:
    from deepfix.errors import DeepfixError
    from deepfix.tasks.spider.sql.scoring import load_split, read_predictions, resolve_data_dir, score

    data_dir = resolve_data_dir(args.data)
    db_dir = args.db_dir
    if db_dir is None and (data_dir / "database").is_dir():
        db_dir = str(data_dir / "database")
    if db_dir is not None and not Path(db_dir).is_dir():
        raise DeepfixError(f"{db_dir}: --db-dir is not a directory")
    if args.timeout <= 0:
        raise DeepfixError(f"--timeout must be positive, got {args.timeout}")
    examples, dbs = load_split(data_dir, args.split)
    predictions = read_predictions(args.pred, examples)
    metrics = score(predictions, examples, dbs, db_dir=db_dir, timeout_s=args.timeout)
    metrics.update({"split": args.split, "predictions": str(args.pred), "db_dir": db_dir})
    write_json_atomic(args.out, metrics)
    by_level = ", ".join(f"{level} {v['exact_match']:.3f}" for level, v in metrics["per_difficulty"].items()
                         if v["exact_match"] is not None)
    line = f"exact match {metrics['exact_match']:.4f} (n={metrics['n']}; {by_level})"
    if metrics["execution"] is not None:
        line += f", execution {metrics['execution']:.4f} (n={metrics['execution_n']})"
    print(line)
    print(f"wrote {args.out}")
    return 0
