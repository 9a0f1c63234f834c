"""Exact match on hand-paraphrased questions against their originals: how much accuracy a model keeps.

Reads a paraphrase file (``results/spider_encoder/paraphrases_holdout.json``: questions of the 14
cross-database held-out training databases whose schema words were replaced by other words of the same
meaning; the gold SQL is the original's) and decodes every original and every paraphrase with one model,
the way ``spider eval`` does (beam ``--beam-size``, FROM completed, the best-scoring beam tree sqlite
accepts on the schema, placeholders for literals: exact match ignores them). Reports exact match on the
originals, on the paraphrases, their ratio (accuracy kept), and the questions right on one side only.

A model that trained on these databases (``data.holdout: questions``, e.g. the shipped MiniLM model)
has seen the originals or their neighbours; its ratio is not comparable with a model that never did
(``data.holdout: databases``). The file is for describing robustness, never for choosing anything.

    python benchmarks/paraphrase_robustness.py --model RUNS/<run> --weights ema \\
        --out results/spider_encoder/paraphrase_robustness.json
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from deepfix.files import write_json_atomic  # noqa: E402
from deepfix.machine import cpu_model  # noqa: E402

DEFAULT_PARAPHRASES = Path(__file__).resolve().parents[1] / "results" / "spider_encoder" / "paraphrases_holdout.json"


def _public(path: str) -> str:
    """A path as written into a committed record: no machine prefix."""
    path = str(path)
    if not os.path.isabs(path):
        return path
    for prefix, name in ((os.environ.get("DEEPFIX_RUNS"), "RUNS"), (str(Path.home()), "HOME")):
        if prefix and path.startswith(prefix.rstrip("/") + "/"):
            return name + path[len(prefix.rstrip("/")):]
    repo = str(Path(__file__).resolve().parents[1])
    return os.path.relpath(path, repo) if path.startswith(repo + "/") else Path(path).name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="a model file or a 'spider train' run directory (default: the shipped model)")
    parser.add_argument("--weights", choices=["final", "ema"], default="final")
    parser.add_argument("--paraphrases", default=str(DEFAULT_PARAPHRASES))
    parser.add_argument("--data", help="Spider directory (default: $DEEPFIX_SPIDER_DATA)")
    parser.add_argument("--beam-size", type=int, default=5)
    parser.add_argument("--semantic-partial", type=float, default=None, metavar="COSINE",
                        help="test time only: link question words to column/table names whose encoder embedding is "
                             "this close and write the link as a partial name match, which a model trained "
                             "without semantic links reads (default: off)")
    parser.add_argument("--originals-only", action="store_true",
                        help="score every question of the 14 held-out databases, no paraphrases: where "
                             "--semantic-partial is chosen")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)

    import torch

    from deepfix.tasks.spider.inputs.cache import encode_prepared
    from deepfix.tasks.spider.inputs.data import load_spider
    from deepfix.tasks.spider.inputs.layout import LayoutBuilder
    from deepfix.tasks.spider.inputs.pipeline import encoder_path, load_encoder
    from deepfix.tasks.spider.inputs.preprocess import Preprocessor
    from deepfix.tasks.spider.inputs.text import split_question
    from deepfix.tasks.spider.shipped_model import require_shipped_model
    from deepfix.tasks.spider.sql.evaluate import evaluate_pair
    from deepfix.tasks.spider.sql.scoring import load_split
    from deepfix.tasks.spider.sql.validity import SchemaChecker
    from deepfix.tasks.spider.text2sql import load_model, make_examples, predict, to_sql

    torch.set_num_threads(1)
    started = time.perf_counter()
    model_path = args.model or str(require_shipped_model())
    model, config, blob = load_model(model_path, args.weights)
    model.eval()
    if args.semantic_partial is not None:  # DataConfig refuses it for a model trained with semantic links
        config.data = dataclasses.replace(config.data, semantic_partial=args.semantic_partial)
    encoder, tokenizer = load_encoder(encoder_path(config.data.encoder))
    builder = LayoutBuilder(tokenizer, max_tokens=config.data.max_tokens)
    semantic = None
    if config.data.semantic_cosine is not None:
        from deepfix.tasks.spider.inputs.semantic import SemanticLinker

        semantic = SemanticLinker(encoder, tokenizer, config.data.semantic_cosine)

    spider = load_spider(args.data, ("train",))
    gold, dbs = load_split(spider.root, "train")
    examples = spider.splits["train"]
    if args.originals_only:
        from deepfix.tasks.spider.holdout_databases import load_holdout_databases

        held = set(load_holdout_databases())
        records = [{"index": e.index, "db_id": e.db_id, "question": e.question, "paraphrase": e.question}
                   for e in examples if e.db_id in held and gold[e.index]["sql"] is not None]
    else:
        records = json.loads(Path(args.paraphrases).read_text(encoding="utf-8"))
        records = records["paraphrases"] if isinstance(records, dict) else records
    rows = []
    for record in records:
        e = examples[record["index"]]
        if e.question != record["question"] or e.db_id != record["db_id"]:
            raise SystemExit(f"{args.paraphrases}: record {record['index']}: question or db_id differs from "
                             "train_spider.json's (another copy of Spider?)")
        rows.append((record, e))

    pre = Preprocessor(spider.schemas, builder, semantic=semantic, parse=False,
                       semantic_as_partial=config.data.semantic_partial is not None)
    variants = {"original": [], "paraphrase": []}
    for record, e in rows:
        unlabelled = dataclasses.replace(e, sql=None, query="")
        variants["original"].append(unlabelled)
        variants["paraphrase"].append(dataclasses.replace(unlabelled, question=record["paraphrase"],
                                                          question_words=split_question(record["paraphrase"])))
    correct, sql = {}, {}
    if args.originals_only:
        variants.pop("paraphrase")
    for kind, items in variants.items():
        prepared = pre.run(items, desc=kind, progress=False)
        features = encode_prepared(encoder, prepared, progress=False)
        t2s, _ = make_examples(prepared, features, spider.schemas, keep_unusable=True)
        with torch.no_grad():
            decoded = predict(model, t2s, beam_size=args.beam_size)
        correct[kind], sql[kind] = [], []
        for (record, e), d in zip(rows, decoded):
            with SchemaChecker() as checker:
                try:
                    line = to_sql(d, dbs[e.db_id], None, None, checker)
                except Exception:  # a tree that cannot be rendered: a wrong answer, counted as such
                    line = "SELECT"
            sql[kind].append(line)
            correct[kind].append(bool(evaluate_pair(line, gold[e.index]["sql"], dbs[e.db_id]).exact))

    n = len(rows)
    original = sum(correct["original"])
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                cwd=os.path.dirname(os.path.abspath(__file__))).stdout.strip() or None
    except OSError:
        commit = None
    record = {
        "command": "python benchmarks/paraphrase_robustness.py " + " ".join(
            _public(a) if os.path.sep in a else a for a in (argv if argv is not None else sys.argv[1:])),
        "model": _public(model_path), "weights": args.weights, "checkpoint_step": blob.get("step"),
        "encoder": config.data.encoder, "holdout": config.data.holdout,
        "semantic_links": config.data.semantic_links, "semantic_partial": config.data.semantic_partial,
        "beam_size": args.beam_size,
        "questions_from": "every question of the held-out databases" if args.originals_only else _public(args.paraphrases),
        "questions": n,
        "exact_original": original, "exact_match_original": round(original / n, 4),
    }
    if args.originals_only:
        record["per_question"] = [{"index": r["index"], "db_id": e.db_id, "original": o, "sql_original": so}
                                  for (r, e), o, so in zip(rows, correct["original"], sql["original"])]
    else:
        paraphrase = sum(correct["paraphrase"])
        pairs = list(zip(correct["original"], correct["paraphrase"]))
        record.update({
            "exact_paraphrase": paraphrase, "exact_match_paraphrase": round(paraphrase / n, 4),
            "kept": round(paraphrase / original, 3) if original else None,
            "right_on_original_only": sum(o and not p for o, p in pairs),
            "right_on_paraphrase_only": sum(p and not o for o, p in pairs),
            "per_question": [{"index": r["index"], "db_id": e.db_id, "original": o, "paraphrase": p,
                              "sql_original": so, "sql_paraphrase": sp}
                             for (r, e), (o, p), so, sp in zip(rows, pairs, sql["original"], sql["paraphrase"])]})
    record.update({
        "seconds": round(time.perf_counter() - started, 1), "commit": commit,
        "cpu": cpu_model(), "torch_threads": 1,
    })
    write_json_atomic(args.out, record)
    if args.originals_only:
        print(f"{n} questions: exact match {original}/{n}")
    else:
        print(f"{n} questions: exact match {original}/{n} original, {paraphrase}/{n} paraphrased"
              + (f" (kept {paraphrase / original:.2f})" if original else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
