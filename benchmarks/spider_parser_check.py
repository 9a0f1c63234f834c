"""Check the Spider SQL parser: agreement with dev.json's ``sql`` field, parse rate on train.

Usage: python benchmarks/spider_parser_check.py [--data DIR] [--out FILE]
(DIR defaults to $DEEPFIX_SPIDER_DATA). Prints JSON {n, exact_agreement, failures, train: {...}}.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from deepfix.errors import DeepfixError  # noqa: E402
from deepfix.tasks.spider.sql.evaluate import HARDNESS_LEVELS, hardness  # noqa: E402
from deepfix.tasks.spider.sql.parser import parse_sql  # noqa: E402


def _canonical(value):
    """JSON round trip: tuples -> lists, ints and floats compare by value."""
    return json.loads(json.dumps(value))


def check(data_dir: str) -> dict:
    with open(os.path.join(data_dir, "tables.json")) as handle:
        dbs = {db["db_id"]: db for db in json.load(handle)}
    with open(os.path.join(data_dir, "dev.json")) as handle:
        dev = json.load(handle)
    start = time.perf_counter()
    agree, failures = 0, []
    for index, example in enumerate(dev):
        try:
            mine = _canonical(parse_sql(example["query"], dbs[example["db_id"]]))
        except DeepfixError as error:
            failures.append({"index": index, "query": example["query"], "error": str(error)})
            continue
        if mine == example["sql"]:
            agree += 1
        else:
            failures.append({"index": index, "query": example["query"], "error": "differs",
                             "mine": mine, "gold": example["sql"]})
    dev_seconds = time.perf_counter() - start
    report = {"n": len(dev), "exact_agreement": agree / len(dev), "agree": agree,
              "seconds": round(dev_seconds, 2), "failures": failures,
              "dev_hardness": {level: sum(hardness(e["sql"]) == level for e in dev) for level in HARDNESS_LEVELS}}
    train_path = os.path.join(data_dir, "train_spider.json")
    if os.path.exists(train_path):
        with open(train_path) as handle:
            train = json.load(handle)
        start = time.perf_counter()
        train_failures = []
        for index, example in enumerate(train):
            try:
                parse_sql(example["query"], dbs[example["db_id"]])
            except DeepfixError as error:
                train_failures.append({"index": index, "query": example["query"], "error": str(error)})
        report["train"] = {"n": len(train), "parsed": len(train) - len(train_failures),
                           "parse_rate": (len(train) - len(train_failures)) / len(train),
                           "seconds": round(time.perf_counter() - start, 2),
                           "failures": train_failures}
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.environ.get("DEEPFIX_SPIDER_DATA"))
    parser.add_argument("--out", help="also write the JSON report here")
    parser.add_argument("--plot", help="also write a PNG of the dev hardness counts here")
    args = parser.parse_args()
    if not args.data:
        print("give --data DIR or set DEEPFIX_SPIDER_DATA", file=sys.stderr)
        return 2
    report = check(args.data)
    report["command"] = "python benchmarks/spider_parser_check.py --data " + args.data
    text = json.dumps(report, indent=1)
    print(text)
    if args.out:
        with open(args.out, "w") as handle:
            handle.write(text + "\n")
    if args.plot:
        plot_hardness(report["dev_hardness"], args.plot)
    return 0


def plot_hardness(counts: dict, path: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(4.5, 3))
    bars = axis.bar(list(counts), list(counts.values()), color="#4a7ab5")
    axis.bar_label(bars)
    axis.set_ylabel("dev examples")
    axis.set_title("Spider dev hardness (our rules)")
    figure.tight_layout()
    figure.savefig(path, dpi=120)


if __name__ == "__main__":
    sys.exit(main())
