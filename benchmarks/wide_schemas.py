"""Exact match on Spider with every schema widened by distractor tables, decoded with schema pruning.

Every question's schema is widened to about ``k`` times its columns (k in ``--widths``; 1 = the schema as
it is) by tables drawn, with a committed seed, from all *other* databases of ``tables.json``, placed at
random positions among the question's own tables (a distractor whose name a kept table already has is
renamed ``<name>_<n>``; distractors keep their keys among themselves). Where question + widened schema
exceed the encoder's window, the shipped schema-item head scores it in chunks and the pruner
(:mod:`deepfix.tasks.spider.prune`) chooses what the parser sees; a schema that fits is decoded whole.
All widths are decoded in the same run by the same model, beam ``--beam-size``, FROM completed, the
best-scoring beam tree sqlite accepts on the pruned schema (as ``spider eval``), literals as placeholders
(exact match ignores them). A prediction naming a distractor does not parse on the original schema and
counts as wrong.

Per width: exact match, how many questions were pruned, gold items (columns/tables the gold SQL uses)
the pruner dropped (recall), and seconds. ``--thresholds`` scores several pruner thresholds on the same
item scores; ``--split holdout-db`` (the 14 held-out training databases) is where a threshold is chosen,
never dev. ``--limit N`` takes a fixed seeded sample of N questions (``--sample-seed``).

    python benchmarks/wide_schemas.py --split dev --widths 1,2,5,10 --out results/benchmarks/wide_schemas.json
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import random
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import numpy as np  # noqa: E402

from deepfix.files import write_json_atomic  # noqa: E402

SEED = 20261206  # the committed seed of the distractor draw


def widen(db: dict, others: list[dict], factor: float, seed: int) -> tuple[dict, dict[int, int], dict[int, int]]:
    """(widened tables.json entry, original column id -> widened id, original table id -> widened id)."""
    rng = random.Random(f"{seed}:{db['db_id']}:{factor}")
    own_columns = len(db["column_names"]) - 1
    wanted = int(round((factor - 1) * own_columns))
    pool = [(other, t) for other in others for t in range(len(other["table_names"]))]
    rng.shuffle(pool)
    drawn, added = [], 0
    for other, t in pool:
        if added >= wanted:
            break
        drawn.append((other, t))
        added += sum(1 for table, _ in other["column_names"] if table == t)
    tables = [(db, t) for t in range(len(db["table_names"]))] + drawn
    order = list(range(len(tables)))
    rng.shuffle(order)
    tables = [tables[i] for i in order]
    entry = {"db_id": db["db_id"], "table_names": [], "table_names_original": [], "column_names": [[-1, "*"]],
             "column_names_original": [[-1, "*"]], "column_types": ["text"], "primary_keys": [], "foreign_keys": []}
    taken = {name.lower() for name in db["table_names_original"]}
    column_of: dict[tuple[str, int], int] = {}
    table_of: dict[tuple[str, int], int] = {}
    for new_t, (source, t) in enumerate(tables):
        name = source["table_names_original"][t]
        if source is not db:
            n = 1
            while name.lower() in taken:
                name, n = f"{source['table_names_original'][t]}_{n}", n + 1
            taken.add(name.lower())
        entry["table_names"].append(source["table_names"][t])
        entry["table_names_original"].append(name)
        table_of[(source["db_id"], t)] = new_t
        for c, (table, natural) in enumerate(source["column_names"]):
            if table != t:
                continue
            column_of[(source["db_id"], c)] = len(entry["column_names"])
            entry["column_names"].append([new_t, natural])
            entry["column_names_original"].append([new_t, source["column_names_original"][c][1]])
            entry["column_types"].append(source["column_types"][c])
    for source in {id(s): s for s, _ in tables}.values():
        for key in source["primary_keys"]:
            for c in key if isinstance(key, list) else [key]:
                if (source["db_id"], c) in column_of:
                    entry["primary_keys"].append(column_of[(source["db_id"], c)])
        for a, b in source["foreign_keys"]:
            if (source["db_id"], a) in column_of and (source["db_id"], b) in column_of:
                entry["foreign_keys"].append([column_of[(source["db_id"], a)], column_of[(source["db_id"], b)]])
    own = db["db_id"]
    columns = {c: column_of[(own, c)] for c in range(1, len(db["column_names"]))}
    columns[0] = 0
    return entry, columns, {t: table_of[(own, t)] for t in range(len(db["table_names"]))}


def parse_thresholds(text: str) -> list[tuple[float, int | None]]:
    """'-4.6,-3.5@6' -> [(-4.6, None), (-3.5, 6)]: a pruner threshold, and after '@' a cap on kept tables."""
    out = []
    for item in text.split(","):
        threshold, _, cap = item.strip().partition("@")
        out.append((float(threshold), int(cap) if cap else None))
    return out


def label(setting: tuple[float, int | None]) -> str:
    threshold, cap = setting
    return f"{threshold}" if cap is None else f"{threshold}@{cap}"


def write_record(args, argv, index, thresholds, model_path, results, started, done: bool) -> None:
    """The JSON record, written after every width (``finished``: every width done)."""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in subprocess.run(
            ["lscpu"], capture_output=True, text=True).stdout.splitlines() if line.startswith("Model name"))
    except (OSError, StopIteration):
        cpu = platform.processor()
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    except OSError:
        commit = None
    record = {
        "what": __doc__.split("\n\n")[0].replace("\n", " "),
        "command": "python benchmarks/wide_schemas.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "split": args.split, "questions": len(index),
        "sample": (f"a fixed sample of {len(index)} questions (random.Random({args.sample_seed}).sample of the "
                   f"scorable ones, sorted)") if args.limit else "all scorable questions",
        "beam_size": args.beam_size, "distractor_seed": args.seed, "thresholds": [label(t) for t in thresholds],
        "model": str(model_path.name), "head": args.head or "deepfix/data/models/schema_items.safetensors",
        "first_pass_windows": args.first_pass_windows,
        "always": args.always, "values": "placeholders (exact match ignores literals)", "pick": "valid", "from_clause": "complete",
        "results": results, "finished": done, "seconds": round(time.perf_counter() - started, 1),
        "cpu": cpu, "threads": 1, "git_commit": commit,
    }
    write_json_atomic(args.out, record)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="Spider directory (default: $DEEPFIX_SPIDER_DATA)")
    parser.add_argument("--split", choices=["dev", "holdout-db"], default="dev")
    parser.add_argument("--widths", default="1,2,5,10")
    parser.add_argument("--thresholds", default=None, help="pruner thresholds (logits), comma-separated "
                        "(default: the pruner's DEFAULT_THRESHOLD)")
    parser.add_argument("--always", action="store_true", help="widened schemas (width > 1) are pruned even when "
                        "they fit the window (the threshold drops the items the head rates unused); width 1 never is")
    parser.add_argument("--prune-unwidened", action="store_true",
                        help="with --always, prune width 1 (Spider's own schemas) too: what an always-prune rule would do")
    parser.add_argument("--beam-size", type=int, default=5)
    parser.add_argument("--limit", type=int, default=0, help="a fixed seeded sample of N questions (0 = all)")
    parser.add_argument("--sample-seed", type=int, default=0)
    parser.add_argument("--seed", type=int, default=SEED, help="the distractor draw's seed")
    parser.add_argument("--head", help="schema-item head file (default: the shipped one)")
    parser.add_argument("--first-pass-windows", type=int, default=None,
                        help="encoder windows the head reads at most before the lexical first pass narrows the "
                             "schema (default: the pruner's FIRST_PASS_WINDOWS; 0 = no first pass)")
    parser.add_argument("--batch", type=int, default=32, help="questions encoded and decoded together")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)

    import torch

    from deepfix.tasks.spider.inputs.cache import encode_prepared
    from deepfix.tasks.spider.inputs.data import load_spider
    from deepfix.tasks.spider.inputs.layout import LayoutBuilder
    from deepfix.tasks.spider.inputs.pipeline import encoder_path, load_encoder
    from deepfix.tasks.spider.inputs.preprocess import Preprocessor
    from deepfix.tasks.spider.inputs.schema import Schema
    from deepfix.tasks.spider.holdout_databases import load_holdout_databases
    from deepfix.tasks.spider.items.chunks import SubSchema, layout_costs, sub_schema
    from deepfix.tasks.spider.items.labels import used_items
    from deepfix.tasks.spider.prune import DEFAULT_THRESHOLD, choose_items, load_pruner
    from deepfix.tasks.spider.shipped_model import require_shipped_model
    from deepfix.tasks.spider.sql.evaluate import evaluate_pair
    from deepfix.tasks.spider.sql.scoring import load_split
    from deepfix.tasks.spider.sql.validity import SchemaChecker
    from deepfix.tasks.spider.text2sql import load_model, make_examples, predict, to_sql

    torch.set_num_threads(1)
    widths = [float(w) for w in args.widths.split(",")]
    thresholds = parse_thresholds(args.thresholds) if args.thresholds else [(DEFAULT_THRESHOLD, None)]
    started = time.perf_counter()
    model_path = require_shipped_model()
    model, config, _ = load_model(model_path)
    model.eval()
    encoder, tokenizer = load_encoder(encoder_path(config.data.encoder))
    builder = LayoutBuilder(tokenizer, max_tokens=config.data.max_tokens, truncate_schema=False)
    pruner = load_pruner(encoder, builder, args.head)
    if args.first_pass_windows is not None:
        pruner.first_pass_windows = args.first_pass_windows or None
    source = "train" if args.split == "holdout-db" else "dev"
    spider = load_spider(args.data, (source,))
    gold, dbs = load_split(spider.root, source)
    examples = spider.splits[source]
    assert len(examples) == len(gold) and all(e.question == g["question"] for e, g in zip(examples, gold))
    index = list(range(len(examples)))
    if args.split == "holdout-db":
        held = set(load_holdout_databases())
        index = [i for i in index if examples[i].db_id in held]
    index = [i for i in index if gold[i]["sql"] is not None]
    if args.limit and args.limit < len(index):
        index = sorted(random.Random(args.sample_seed).sample(index, args.limit))
    all_dbs = list(dbs.values())

    results = {}
    for width in widths:
        widened = {}
        tally = {str(t): {"exact": 0, "pruned": 0, "questions_all_gold_kept": 0, "gold_items": 0,
                          "gold_items_dropped": 0, "kept_columns": 0, "kept_tables": 0} for t in map(label, thresholds)}
        seconds = {"score": 0.0, "encode": 0.0, "decode": 0.0, "render": 0.0}
        widths_seen = []
        for start in range(0, len(index), args.batch):
            batch = index[start:start + args.batch]
            jobs = []  # (question index, threshold, kept SubSchema)
            for i in batch:
                e, g = examples[i], gold[i]
                db = dbs[e.db_id]
                if e.db_id not in widened:
                    others = [d for d in all_dbs if d["db_id"] != e.db_id]
                    entry, col_map, tab_map = (db, {c: c for c in range(len(db["column_names"]))},
                                               {t: t for t in range(len(db["table_names"]))}) if width == 1 else \
                        widen(db, others, width, args.seed)
                    widened[e.db_id] = (Schema.from_json(entry), col_map, tab_map)
                schema, col_map, tab_map = widened[e.db_id]
                widths_seen.append(schema.num_columns - 1)
                columns, tables = used_items(g["sql"])
                gold_columns = {col_map[c] for c in columns if c in col_map}
                gold_tables = {tab_map[t] for t in tables if t in tab_map}
                words = e.question_words
                costs = layout_costs(builder, words, schema)
                t0 = time.perf_counter()
                prune = not costs.fits() or (args.always and (width > 1 or args.prune_unwidened))
                scores = pruner.score(words, schema, costs) if prune else None
                seconds["score"] += time.perf_counter() - t0
                for threshold in thresholds:
                    row = tally[label(threshold)]
                    if scores is None:
                        kept = SubSchema(schema, np.arange(schema.num_columns), np.arange(schema.num_tables))
                    else:
                        kept = sub_schema(schema, *choose_items(schema, scores, costs, threshold[0], max_tables=threshold[1]))
                        row["pruned"] += 1
                    kept_c, kept_t = set(kept.column_ids.tolist()), set(kept.table_ids.tolist())
                    dropped = len(gold_columns - kept_c) + len(gold_tables - kept_t)
                    row["gold_items"] += len(gold_columns) + len(gold_tables)
                    row["gold_items_dropped"] += dropped
                    row["questions_all_gold_kept"] += dropped == 0
                    row["kept_columns"] += len(kept_c) - 1
                    row["kept_tables"] += len(kept_t)
                    jobs.append((i, threshold, kept))
            t0 = time.perf_counter()
            prepared = []
            for i, _threshold, kept in jobs:
                e = examples[i]
                unlabelled = dataclasses.replace(e, sql=None, query="")  # gold ids are the original schema's
                prepared.append(Preprocessor({e.db_id: kept.schema}, builder, parse=False)(unlabelled))
            features = encode_prepared(encoder, prepared, progress=False)
            seconds["encode"] += time.perf_counter() - t0
            t0 = time.perf_counter()
            t2s = []
            for (i, _threshold, kept), p, f in zip(jobs, prepared, features):
                made, _ = make_examples([p], [f], {examples[i].db_id: kept.schema}, keep_unusable=True)
                t2s.extend(made)
            with torch.no_grad():
                decoded = predict(model, t2s, beam_size=args.beam_size)
            seconds["decode"] += time.perf_counter() - t0
            t0 = time.perf_counter()
            for (i, threshold, kept), d in zip(jobs, decoded):
                with SchemaChecker() as checker:
                    try:
                        line = to_sql(d, kept.schema.raw, None, None, checker)
                    except Exception:  # a tree that cannot be rendered: a wrong answer, counted as such
                        line = "SELECT"
                tally[label(threshold)]["exact"] += evaluate_pair(line, gold[i]["sql"], dbs[examples[i].db_id]).exact
            seconds["render"] += time.perf_counter() - t0
            done = min(start + args.batch, len(index))
            print(f"width {width:g}: {done}/{len(index)} questions, "
                  f"EM {tally[label(thresholds[0])]['exact'] / done:.4f}, "
                  f"{sum(seconds.values()):.0f} s", file=sys.stderr, flush=True)
        n = len(index)
        results[f"{width:g}x"] = {
            "width": width, "questions": n, "mean_columns": round(float(np.mean(widths_seen)), 1),
            "seconds": {k: round(v, 1) for k, v in seconds.items()},
            "by_threshold": {t: {"exact_match": round(row["exact"] / n, 4), "exact": row["exact"],
                                 "pruned_questions": row["pruned"],
                                 "questions_all_gold_kept": row["questions_all_gold_kept"],
                                 "gold_items": row["gold_items"], "gold_items_dropped": row["gold_items_dropped"],
                                 "gold_item_recall": round(1 - row["gold_items_dropped"] / max(1, row["gold_items"]), 4),
                                 "mean_kept_columns": round(row["kept_columns"] / n, 1),
                                 "mean_kept_tables": round(row["kept_tables"] / n, 1)}
                             for t, row in tally.items()},
        }
        print(json.dumps(results[f"{width:g}x"]), file=sys.stderr, flush=True)
        write_record(args, argv, index, thresholds, model_path, results, started, done=False)

    write_record(args, argv, index, thresholds, model_path, results, started, done=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
