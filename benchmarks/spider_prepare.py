"""Time Spider preprocessing (linking + relations + labels), with value matching on synthetic databases.

The real Spider sqlite files are not available here, so this builds one synthetic database per
tables.json schema (``--rows`` rows per table; text cells drawn from the questions' words, numbers
random) in a temporary folder, then times ``Preprocessor`` over train with and without them.
Prints one JSON object. Usage:

    python benchmarks/spider_prepare.py --data /path/to/spider [--rows 200]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import tempfile
import time
from pathlib import Path

import numpy as np
import torch


def build_databases(root: Path, schemas, vocabulary: list[str], rows: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    for schema in schemas.values():
        path = root / schema.db_id / f"{schema.db_id}.sqlite"
        path.parent.mkdir(parents=True)
        con = sqlite3.connect(path)
        for table in schema.tables:
            cols = [c for c in schema.columns if c.table == table.index]
            if not cols or table.original.lower().startswith("sqlite_"):
                continue
            defs = ", ".join(f'"{c.original}" {"REAL" if c.type == "number" else "TEXT"}' for c in cols)
            con.execute(f'CREATE TABLE "{table.original}" ({defs})')
            values = [[rng.randint(0, 3000) if c.type == "number" else " ".join(rng.sample(vocabulary, rng.randint(1, 3)))
                       for c in cols] for _ in range(rows)]
            con.executemany(f'INSERT INTO "{table.original}" VALUES ({", ".join("?" * len(cols))})', values)
        con.commit()
        con.close()


def main() -> None:
    from deepfix.tasks.spider.inputs.data import load_spider
    from deepfix.tasks.spider.inputs.layout import LayoutBuilder
    from deepfix.tasks.spider.inputs.pipeline import encoder_path, load_tokenizer
    from deepfix.tasks.spider.inputs.preprocess import Preprocessor
    from deepfix.tasks.spider.inputs.relations import RELATION_IDS
    from deepfix.tasks.spider.inputs.values import ValueMatcher

    parser = argparse.ArgumentParser()
    parser.add_argument("--data")
    parser.add_argument("--rows", type=int, default=200)
    args = parser.parse_args()
    torch.set_num_threads(1)
    spider = load_spider(args.data)
    builder = LayoutBuilder(load_tokenizer(encoder_path(None)))
    vocabulary = sorted({w.lower() for e in spider.train for w in e.question_words if w.isalpha()})
    result = {"train_examples": len(spider.train), "rows_per_table": args.rows}
    start = time.perf_counter()
    Preprocessor(spider.schemas, builder, None, parse=False).run(spider.train, progress=False)
    result["seconds_no_values"] = round(time.perf_counter() - start, 2)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        build_databases(Path(tmp) / "database", spider.schemas, vocabulary, args.rows)
        result["seconds_build_synthetic_databases"] = round(time.perf_counter() - start, 2)
        for label, cache in (("cold", Path(tmp) / "cache"), ("warm_disk_cache", Path(tmp) / "cache")):
            matcher = ValueMatcher(Path(tmp) / "database", cache_dir=cache, verbose=False)
            pre = Preprocessor(spider.schemas, builder, matcher, parse=False)
            start = time.perf_counter()
            prepared = pre.run(spider.train, progress=False)
            result[f"seconds_with_values_{label}"] = round(time.perf_counter() - start, 2)
        ids = [RELATION_IDS["qc_value_partial"], RELATION_IDS["qc_value_exact"]]
        value_pairs = sum(int(np.isin(p.relations, ids).sum()) for p in prepared)
        result["question_column_value_match_pairs"] = value_pairs
        result["databases_truncated_by_time_limit"] = len(matcher.truncated)
    result["machine"] = "2 CPU cores shared with other jobs, 1 torch thread"
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
