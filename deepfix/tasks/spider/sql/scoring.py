"""Score a list of predicted SQL strings against a Spider split: the numbers of ``metrics.json``.

Exact set match per difficulty, component scores and the error breakdown come from
:mod:`.evaluate`; execution accuracy (when a database directory in Spider's layout is given and
holds the example's database) from :mod:`.execute`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from tqdm import tqdm

from deepfix.errors import DeepfixError, where

from deepfix.tasks.spider.sql.evaluate import evaluate_pair, summarize
from deepfix.tasks.spider.sql.execute import DatabaseConnections, execution_match
from deepfix.tasks.spider.sql.parser import parse_sql

SPLIT_FILES = {"dev": "dev.json", "train": "train_spider.json"}


def resolve_data_dir(data: str | None) -> Path:
    """``--data`` or ``$DEEPFIX_SPIDER_DATA``: a directory with at least tables.json (the split files
    are checked when read)."""
    from deepfix.tasks.spider.inputs.data import resolve_data_dir as resolve

    return resolve(data, required=("tables.json",))


def _load_json(path: Path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        raise DeepfixError(f"{path}: file not found") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise DeepfixError(f"{path}: not valid JSON ({error})") from None


def load_split(data_dir: Path, split: str) -> tuple[list[dict], dict[str, dict]]:
    """(examples with a parsed gold ``sql``, tables.json entries by db_id)."""
    if split not in SPLIT_FILES:
        raise DeepfixError(f"unknown split {split!r}; choose from {sorted(SPLIT_FILES)}")
    dbs = {db["db_id"]: db for db in _load_json(data_dir / "tables.json")}
    path = data_dir / SPLIT_FILES[split]
    examples = _load_json(path)
    for index, example in enumerate(examples):
        if example.get("db_id") not in dbs:
            raise DeepfixError(f"{where(path, index, 'db_id')}: database {example.get('db_id')!r} not in tables.json")
        if "sql" not in example:
            try:
                example["sql"] = parse_sql(example["query"], dbs[example["db_id"]])
            except DeepfixError:
                example["sql"] = None  # gold outside Spider's SQL for its schema: not scored
    return examples, dbs


def read_predictions(path: str | os.PathLike, examples: list[dict]) -> list[str]:
    """One SQL per line in the split's order; an optional ``<TAB>db_id`` is checked."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise DeepfixError(f"{path}: file not found") from None
    except UnicodeDecodeError as error:
        raise DeepfixError(f"{path}: not UTF-8 text (byte {error.start})") from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != len(examples):
        raise DeepfixError(f"{path}: {len(lines)} prediction lines for {len(examples)} examples (one SQL per line)")
    predictions = []
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\r")
        if "\x00" in line:
            raise DeepfixError(f"{path}, line {number}: contains a NUL byte")
        sql, _, db_id = line.partition("\t")
        if db_id and db_id.strip() != examples[number - 1]["db_id"]:
            raise DeepfixError(f"{path}, line {number}: database {db_id.strip()!r} but the example is on "
                               f"{examples[number - 1]['db_id']!r} (predictions out of order?)")
        predictions.append(sql.strip())
    return predictions


def score(predictions: list[str], examples: list[dict], dbs: dict[str, dict], db_dir: str | None = None,
          timeout_s: float = 5.0, progress: bool = True) -> dict:
    """metrics.json content: exact match (overall, per difficulty), components, errors, execution."""
    results = []
    exec_hits = exec_total = gold_failures = unscorable = 0
    with DatabaseConnections(db_dir) as connections:
        with tqdm(list(zip(predictions, examples)), desc="scoring", disable=not progress) as bar:  # closed on errors too
            for prediction, example in bar:
                if example["sql"] is None:
                    unscorable += 1
                    continue
                db = dbs[example["db_id"]]
                results.append(evaluate_pair(prediction, example["sql"], db))
                connection = connections.get(example["db_id"])
                if connection is None:
                    continue
                ordered = bool(example["sql"]["orderBy"])
                match, _error = execution_match(connection, prediction, example["query"], ordered, timeout_s)
                if match is None:
                    gold_failures += 1
                    continue
                exec_total += 1
                exec_hits += match
    metrics = summarize(results)
    metrics["execution"] = exec_hits / exec_total if exec_total else None
    metrics["execution_n"] = exec_total
    metrics["execution_gold_failures"] = gold_failures
    metrics["gold_unparseable"] = unscorable
    return metrics
