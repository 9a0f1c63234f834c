"""How often rule-based value filling recovers the gold literals, given the gold structure.

For every dev query with at least one value slot (a literal in WHERE/HAVING, or a LIMIT), the
literals are wiped exactly as the decoder leaves them (``None``; LIMIT 1), filled back by
:func:`deepfix.tasks.spider.decoder.value_fill.fill_values` from the question alone (no database: none is
available here), and compared with the gold, slot by slot (strings case-insensitive without
quotes, numbers as floats). This is an upper bound on what the filler adds to a decoded query:
with a wrong structure the slots differ anyway. Usage:
python benchmarks/spider_value_fill.py [--data DIR] [--out FILE]   (DIR: $DEEPFIX_SPIDER_DATA)
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from deepfix.errors import DeepfixError  # noqa: E402
from deepfix.files import write_json_atomic  # noqa: E402
from deepfix.tasks.spider.sql.scoring import load_split, resolve_data_dir  # noqa: E402
from deepfix.tasks.spider.decoder.value_fill import fill_values, value_slots  # noqa: E402


def wipe(sql: dict) -> dict:
    """Blank every literal as the decoder leaves it (None; LIMIT 1), in place."""
    for slot in value_slots(sql):
        slot.set(1 if slot.op is None else None)
    return sql


def same(a, b) -> bool:
    def norm(v):
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return float(v)
        text = str(v).strip()
        if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
            text = text[1:-1]
        try:
            return float(text)
        except ValueError:
            return text.lower().strip()
    return norm(a) == norm(b)


def run(data_dir: str) -> dict:
    dev, dbs = load_split(resolve_data_dir(data_dir), "dev")
    start = time.perf_counter()
    queries = all_right = slot_total = slot_right = 0
    examples = []
    for example in dev:
        gold = [slot.get() for slot in value_slots(example["sql"])]
        if not gold:
            continue
        blank = wipe(copy.deepcopy(example["sql"]))
        filled = [slot.get() for slot in value_slots(fill_values(blank, dbs[example["db_id"]], example["question"]))]
        right = [same(g, f) for g, f in zip(gold, filled)]
        queries += 1
        all_right += all(right)
        slot_total += len(gold)
        slot_right += sum(right)
        if not all(right) and len(examples) < 25:
            examples.append({"question": example["question"], "gold": gold, "filled": filled})
    return {"split": "dev", "queries_with_values": queries, "all_values_right": all_right,
            "all_values_right_fraction": round(all_right / queries, 4), "slots": slot_total,
            "slots_right": slot_right, "slots_right_fraction": round(slot_right / slot_total, 4),
            "database_lookups": False, "seconds": round(time.perf_counter() - start, 2),
            "first_misses": examples}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="Spider directory (default $DEEPFIX_SPIDER_DATA)")
    parser.add_argument("--out", help="also write the JSON report here")
    args = parser.parse_args()
    try:
        report = run(args.data)
    except DeepfixError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.out:
        write_json_atomic(args.out, report)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
