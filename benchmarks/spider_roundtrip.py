"""Round trip over Spider train and dev: gold -> AST -> actions -> AST -> SQL text -> parse.

Each re-parsed query must be an exact set match of the gold by our evaluator (Spider's
definition); the report also counts identical structures (values included). Usage:
python benchmarks/spider_roundtrip.py [--data DIR] [--out FILE]   (DIR: $DEEPFIX_SPIDER_DATA)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from deepfix.errors import DeepfixError  # noqa: E402
from deepfix.tasks.spider.sql.evaluate import exact_match  # noqa: E402
from deepfix.tasks.spider.sql.grammar import from_actions, from_spider, to_actions  # noqa: E402
from deepfix.tasks.spider.sql.parser import parse_sql  # noqa: E402
from deepfix.tasks.spider.sql.render import render_sql  # noqa: E402


def round_trip(gold: dict, db: dict) -> tuple[bool, bool, str | None, str | None]:
    """(exact set match, identical structure, rendered SQL, failure reason) of one gold query."""
    try:
        text = render_sql(from_actions(to_actions(from_spider(gold))), db)
    except DeepfixError as error:
        return False, False, None, f"grammar/render: {error}"
    try:
        back = parse_sql(text, db, strict=True)
    except DeepfixError as error:
        return False, False, text, f"re-parse: {error}"
    identical = json.loads(json.dumps(back)) == json.loads(json.dumps(gold))
    if not exact_match(back, gold, db):
        return False, identical, text, "not an exact match of the gold"
    return True, identical, text, None


def run(data_dir: str) -> dict:
    with open(os.path.join(data_dir, "tables.json")) as handle:
        dbs = {db["db_id"]: db for db in json.load(handle)}
    report: dict = {}
    for split, name in (("dev", "dev.json"), ("train", "train_spider.json")):
        path = os.path.join(data_dir, name)
        if not os.path.exists(path):
            continue
        with open(path) as handle:
            examples = json.load(handle)
        start = time.perf_counter()
        matched = identical = 0
        failures = []
        for index, example in enumerate(examples):
            db = dbs[example["db_id"]]
            gold = example.get("sql")
            if gold is None:
                try:
                    gold = parse_sql(example["query"], db)
                except DeepfixError as error:
                    failures.append({"index": index, "query": example["query"], "reason": f"gold does not parse: {error}"})
                    continue
            ok, same, text, reason = round_trip(gold, db)
            matched += ok
            identical += same
            if not ok:
                failures.append({"index": index, "query": example["query"], "rendered": text, "reason": reason})
        report[split] = {"n": len(examples), "exact_match": matched, "identical_structure": identical,
                         "seconds": round(time.perf_counter() - start, 2), "failures": failures}
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.environ.get("DEEPFIX_SPIDER_DATA"))
    parser.add_argument("--out", help="also write the JSON report here")
    args = parser.parse_args()
    if not args.data:
        print("give --data DIR or set DEEPFIX_SPIDER_DATA", file=sys.stderr)
        return 2
    report = run(args.data)
    report["command"] = "python benchmarks/spider_roundtrip.py --data $DEEPFIX_SPIDER_DATA"
    text = json.dumps(report, indent=1)
    print(text)
    if args.out:
        with open(args.out, "w") as handle:
            handle.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
