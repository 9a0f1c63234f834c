"""``deepfix spider eval``: decode a Spider split with a trained model; predictions.sql + metrics.json."""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path

from deepfix.adaptive.config import HALTING


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "eval", help="decode a Spider split with a trained model and score it",
        description="Writes OUT/predictions.sql (one SQL per line, in the split's order: Spider's official "
                    "prediction format; values are placeholders) and OUT/metrics.json (exact match overall and "
                    "per difficulty, error breakdown, execution where databases exist, beam_size, n, speed).")
    parser.add_argument("--checkpoint", required=True, help="a 'spider train' run directory (its final checkpoint), one of its checkpoints/step_* "
                             "folders, or a single model file (.safetensors)")
    parser.add_argument("--split", default="dev", choices=["dev", "train", "holdout", "holdout-db"],
                        help="dev (default), train, holdout: the part of train the run held out (data.holdout: "
                             "questions by data.holdout_fraction, or databases), where settings are compared, or "
                             "holdout-db: the questions of the 14 held-out training databases "
                             "(deepfix/data/spider/holdout_databases.json), unseen by runs with data.holdout=databases")
    parser.add_argument("--beam-size", type=int, default=5, help="beam size (1 = greedy; default 5)")
    parser.add_argument("--data", help="Spider directory (default: the training config's, else $DEEPFIX_SPIDER_DATA)")
    parser.add_argument("--db-dir", help="databases <DIR>/<db_id>/<db_id>.sqlite for execution accuracy "
                                         "(default: <data>/database if present)")
    parser.add_argument("--out", help="output folder (default: <run directory or model folder>/eval-<split>-beam<k>)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N examples (0 = all)")
    parser.add_argument("--batch-size", type=int, default=None,
                        help="examples decoded together (default 64: deepfix.tasks.spider.text2sql.predict.DECODE_BATCH)")
    parser.add_argument("--values", choices=["fill", "placeholders"], default="fill",
                        help="literals in predictions.sql: filled from the question (and the database, if "
                             "present) by rules, or Spider-style placeholders (exact match ignores values)")
    parser.add_argument("--pick", choices=["valid", "best"], default="valid",
                        help="which finished beam tree to write: the best-scoring one sqlite accepts on the schema "
                             "(default), or the best-scoring one")
    parser.add_argument("--from-clause", choices=["complete", "decoded"], default="complete",
                        help="add the tables of the columns a query uses to its FROM (default, as RAT-SQL), or "
                             "keep FROM as decoded")
    parser.add_argument("--halting", choices=HALTING,
                        help="transformer decoders: per-token early exit (default: the model's "
                             "model.decoder.transformer.halting); see docs/adaptive.md")
    parser.add_argument("--threshold", type=float, help="τ of --halting (default: the model's)")
    parser.add_argument("--log", metavar="FILE",
                        help="also append one JSON line for this scoring to FILE (checkpoint, step, split, beam, "
                             "exact match, n, time), e.g. results/spider_encoder/dev_log.jsonl")
    parser.add_argument("--weights", choices=["final", "ema"], default="final",
                        help="a run's trained weights (final) or their moving average (ema; runs with train.ema_decay > 0)")
    parser.add_argument("--semantic-partial", type=float, default=None, metavar="COSINE",
                        help="test time, models trained without semantic links: link question words to column/table "
                             "names whose encoder embeddings are this close (cosine) and write each link as a "
                             "partial name match, which such a model reads; choose COSINE on --split holdout-db "
                             "(default: the model's data.semantic_partial, usually off)")
    parser.add_argument("--no-progress", action="store_true")
    parser.set_defaults(func=run)


def run(args) -> int:
    import torch

    from deepfix.errors import DeepfixError
    from deepfix.tasks.spider.sql.execute import DatabaseConnections
    from deepfix.tasks.spider.sql.scoring import load_split, resolve_data_dir, score
    from deepfix.tasks.spider.sql.validity import SchemaChecker
    from deepfix.tasks.spider.decoder.transformer import TransformerTreeDecoder
    from deepfix.tasks.spider.holdout_databases import load_holdout_databases
    from deepfix.tasks.spider.text2sql import in_selection_part, load_examples, load_model, predict, to_sql

    from deepfix.files import append_json_line, write_json_atomic, write_text_atomic

    if args.beam_size < 1:
        raise DeepfixError(f"--beam-size must be at least 1, got {args.beam_size}")
    if args.batch_size is None:
        from deepfix.tasks.spider.text2sql.predict import DECODE_BATCH
        args.batch_size = DECODE_BATCH
    if args.limit < 0 or args.batch_size < 1:
        raise DeepfixError("--limit must be >= 0 and --batch-size >= 1")
    if args.log and Path(args.log).is_dir():
        raise DeepfixError(f"{args.log}: --log names a directory, not a file to append to")
    model, config, blob = load_model(args.checkpoint, args.weights)
    if args.halting is not None or args.threshold is not None:
        if not isinstance(model.decoder, TransformerTreeDecoder):
            raise DeepfixError(f"{args.checkpoint}: --halting/--threshold need a transformer decoder "
                               f"(this model's is {config.model.decoder.kind!r})")
        spec = config.model.decoder.transformer
        model.decoder.set_halting(args.halting or spec.halting,
                                  spec.threshold if args.threshold is None else args.threshold)
    if args.data:
        config.data.data = args.data
    data_dir = resolve_data_dir(config.data.data)
    config.data.data = str(data_dir)
    progress = not args.no_progress
    source = "train" if args.split in ("holdout", "holdout-db") else args.split
    if args.semantic_partial is not None:  # DataConfig refuses it for a model trained with semantic links
        config.data = dataclasses.replace(config.data, semantic_partial=args.semantic_partial)
    examples, _ = load_examples(config.data, (source,), progress=progress, keep_unusable=True)
    examples = examples[source]
    gold, dbs = load_split(data_dir, source)
    if len(gold) != len(examples) or any(g["question"] != e.question for g, e in zip(gold, examples)):
        raise DeepfixError(f"{data_dir}: the {source} examples in the file and the prepared ones differ "
                           f"({len(gold)} vs {len(examples)})")
    if args.split == "holdout":
        keep = [i for i, e in enumerate(examples) if in_selection_part(e.db["db_id"], e.question, config.data)]
        if not keep:
            raise DeepfixError(f"{args.checkpoint}: the run held out no training examples "
                               f"(data.holdout {config.data.holdout}, data.holdout_fraction {config.data.holdout_fraction})")
        examples, gold = [examples[i] for i in keep], [gold[i] for i in keep]
    elif args.split == "holdout-db":
        databases = set(load_holdout_databases())
        keep = [i for i, e in enumerate(examples) if e.db["db_id"] in databases]
        if not keep:
            raise DeepfixError(f"{data_dir}: train_spider.json has no questions of the held-out databases")
        if config.data.holdout != "databases":
            print(f"deepfix: notice: {args.checkpoint} was trained with data.holdout={config.data.holdout}, so on "
                  "these databases too: holdout-db is not cross-database for it", file=sys.stderr)
        examples, gold = [examples[i] for i in keep], [gold[i] for i in keep]
    if args.limit:
        examples, gold = examples[:args.limit], gold[:args.limit]
    start = time.perf_counter()
    with torch.no_grad():
        decoded = predict(model, examples, beam_size=args.beam_size, batch_size=args.batch_size, progress=progress,
                          desc=f"decode {args.split} (beam {args.beam_size})")
    seconds = time.perf_counter() - start
    db_dir = args.db_dir
    if db_dir is None and (data_dir / "database").is_dir():
        db_dir = str(data_dir / "database")
    if db_dir is not None and not Path(db_dir).is_dir():
        raise DeepfixError(f"{db_dir}: --db-dir is not a directory")
    lines, render_failures, valid, invalid_reasons = [], 0, 0, {}
    with DatabaseConnections(db_dir) as connections, SchemaChecker() as checker:  # value lookups; sqlite's verdict
        for d, e in zip(decoded, examples):
            question = e.question if args.values == "fill" else None
            try:
                line = to_sql(d, e.db, question, connections.get(e.db["db_id"]) if question else None,
                              checker if args.pick == "valid" else None, complete=args.from_clause == "complete")
            except DeepfixError:
                render_failures += 1
                lines.append(to_sql(type(d)(None, d.score, []), e.db))
                continue
            lines.append(line)
            if d.tree is not None:  # a fallback line (no tree) is never counted valid
                error = checker.check(line, e.db)
                valid += error is None
                if error is not None:
                    reason = error.split(":")[0]
                    invalid_reasons[reason] = invalid_reasons.get(reason, 0) + 1
    metrics = score(lines, gold, dbs, db_dir=db_dir, progress=progress)
    home = Path(args.checkpoint) if Path(args.checkpoint).is_dir() else Path(args.checkpoint).parent
    suffix = "-ema" if args.weights == "ema" else ""
    out = Path(args.out) if args.out else home / f"eval-{args.split}-beam{args.beam_size}{suffix}"
    metrics.update({
        "split": args.split, "beam_size": args.beam_size, "checkpoint": str(args.checkpoint),
        "encoder": blob.get("encoder"),
        "checkpoint_step": blob.get("step"), "weights": args.weights, "decode_seconds": round(seconds, 2),
        "questions_per_second": round(len(examples) / seconds, 3) if seconds > 0 else None,
        "no_tree": sum(d.tree is None for d in decoded), "render_failures": render_failures,
        "valid_sql": valid / len(examples) if examples else None, "invalid_sql_reasons": invalid_reasons,
        "pick": args.pick, "from_clause": args.from_clause,
        "semantic_partial": config.data.semantic_partial,
        "values": ("filled from the question and database by rules (deepfix.tasks.spider.decoder.value_fill)"
                   if args.values == "fill" else "placeholders ('value', LIMIT 1)"),
        "threads": torch.get_num_threads(), "command": "deepfix " + " ".join(sys.argv[1:]),
        **_depths(model, decoded),
    })
    write_text_atomic(out / "predictions.sql", "\n".join(lines) + "\n")
    write_json_atomic(out / "metrics.json", metrics)
    if args.log:
        try:
            append_json_line(args.log, _log_record(metrics, config, out, args.limit))
        except OSError as error:
            raise DeepfixError(f"{args.log}: cannot append the scoring to the log ({error.strerror})") from None
    levels = ", ".join(f"{level} {v['exact_match']:.3f}" for level, v in metrics["per_difficulty"].items()
                       if v["exact_match"] is not None)
    print(f"exact match {metrics['exact_match']:.4f} (n={metrics['n']}; {levels}); valid SQL "
          f"{metrics['valid_sql']:.4f}; {metrics['questions_per_second']} questions/s with beam {args.beam_size}")
    print(f"wrote {out / 'predictions.sql'} and {out / 'metrics.json'}")
    return 0


def _log_record(metrics: dict, config, out: Path, limit: int) -> dict:
    """One line of ``--log``: which model was scored on what, and the figures (every scoring is kept)."""
    from datetime import datetime, timezone

    return {"time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "checkpoint": metrics["checkpoint"], "checkpoint_step": metrics["checkpoint_step"],
            "weights": metrics["weights"],
            "encoder": config.data.encoder, "encoder_sha256": (metrics["encoder"] or {}).get("weights_sha256"),
            "holdout": config.data.holdout, "split": metrics["split"],
            **({"semantic_partial": metrics["semantic_partial"]} if metrics["semantic_partial"] is not None else {}),
            "beam_size": metrics["beam_size"], "exact_match": metrics["exact_match"], "n": metrics["n"],
            "limit": limit or None, "execution": metrics.get("execution"), "valid_sql": metrics["valid_sql"],
            "decode_seconds": metrics["decode_seconds"], "questions_per_second": metrics["questions_per_second"],
            "out": str(out), "command": metrics["command"]}


def _depths(model, decoded) -> dict:
    """Transformer decoders: the halting rule and the decoder blocks used (see docs/adaptive.md)."""
    from deepfix.tasks.spider.decoder.transformer import TransformerTreeDecoder

    if not isinstance(model.decoder, TransformerTreeDecoder):
        return {}
    depths = [d for out in decoded for d in out.depths]
    return {"halting": model.decoder.halting, "threshold": model.decoder.threshold,
            "decoder_blocks": model.decoder.num_blocks,
            "avg_exit_depth": sum(depths) / len(depths) if depths else None,
            "beam_blocks_per_question": sum(out.blocks for out in decoded) / len(decoded) if decoded else None}
