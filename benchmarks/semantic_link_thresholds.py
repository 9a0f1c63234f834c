"""How many question words a semantic-link threshold links, and how often rightly, on train's held-out databases.

For choosing ``data.semantic_threshold`` (:mod:`deepfix.tasks.spider.inputs.semantic`) **on the
cross-database held-out part of train** (``data.holdout: databases``, the committed list of
:func:`deepfix.tasks.spider.holdout_databases.load_holdout_databases`), never on dev: only
``train_spider.json`` is read, and only questions of those databases (``--db-ids`` names others, for
fixtures). For each threshold it reports, over those questions:

* ``linked_words``: question words with at least one semantic link (``eligible_words``: those that
  could get one), and ``links``: (word, column/table) pairs linked;
* ``link_precision``: the share of links whose column/table the gold SQL uses (a link to an item
  the gold query uses counts as right); ``word_precision``: the share of linked words with at least
  one right link;
* ``recovered``: of the gold-used columns/tables that no string (name or value) match of the question
  reaches, how many a semantic link reaches (``gold_items_unlinked``: how many there are);

and, once, the same precision of today's name links (``name_links``) for comparison. Pairs that a
string match links are never semantic (as in training). With ``--paraphrases FILE`` (a list of
``{db_id, question, paraphrase, query}``, e.g. results/spider_encoder/paraphrases_holdout.json) it also
reports, for the original and the paraphrased questions, how many gold-used items a string match and a
semantic link reach: a description only, nothing is to be tuned on it.

Usage (prints a table, ``--out`` writes the JSON)::

    python benchmarks/semantic_link_thresholds.py --data /path/to/spider [--encoder minilm]
        [--thresholds 0.4 0.5 0.6 0.7 0.8] [--no-values] [--paraphrases FILE] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def gold_items(query: str, sql: dict | None, schema) -> tuple[set[int], set[int]] | None:
    from deepfix.tasks.spider.items.labels import used_items
    from deepfix.tasks.spider.sql.parser import parse_sql

    if sql is None:
        try:
            sql = parse_sql(query, schema.raw)
        except Exception:  # outside Spider's SQL: the question is counted as unparsed, not scored
            return None
    return used_items(sql)


def analyse(words: list[str], schema, linker, values, gold) -> dict:
    """Similarities, string links and gold items of one question (threshold-free)."""
    from deepfix.tasks.spider.inputs.linking import SchemaNameIndex, name_matches

    name_qc, name_qt = name_matches(words, SchemaNameIndex.build(schema))
    value_qc = values.matches(words, schema) if values is not None else None
    sim_qc, sim_qt = linker.similarities(words, schema)
    string_qc = (name_qc > 0) | ((value_qc > 0) if value_qc is not None else False)
    columns, tables = gold
    gold_qc = np.zeros(schema.num_columns, bool)
    gold_qc[[c for c in columns if 0 < c < schema.num_columns]] = True
    gold_qt = np.zeros(schema.num_tables, bool)
    gold_qt[[t for t in tables if 0 <= t < schema.num_tables]] = True
    return {"sim": (np.where(string_qc, -np.inf, sim_qc), np.where(name_qt > 0, -np.inf, sim_qt)),
            "eligible": int(np.isfinite(sim_qt).any(1).sum()) if schema.num_tables else 0,
            "gold": (gold_qc, gold_qt),
            "string": (string_qc, name_qt > 0), "name": (name_qc > 0, name_qt > 0)}


def count(items: list[dict], threshold: float) -> dict:
    out = dict(questions=len(items), eligible_words=0, linked_words=0, links=0, right_links=0, right_words=0,
               gold_items_unlinked=0, recovered=0)
    for a in items:
        (sim_qc, sim_qt), (gold_qc, gold_qt), (str_qc, str_qt) = a["sim"], a["gold"], a["string"]
        link_qc, link_qt = sim_qc >= threshold, sim_qt >= threshold
        right_qc, right_qt = link_qc & gold_qc[None, :], link_qt & gold_qt[None, :]
        out["eligible_words"] += a["eligible"]
        out["linked_words"] += int((link_qc.any(1) | link_qt.any(1)).sum())
        out["links"] += int(link_qc.sum() + link_qt.sum())
        out["right_links"] += int(right_qc.sum() + right_qt.sum())
        out["right_words"] += int((right_qc.any(1) | right_qt.any(1)).sum())
        missing_qc, missing_qt = gold_qc & ~str_qc.any(0), gold_qt & ~str_qt.any(0)
        out["gold_items_unlinked"] += int(missing_qc.sum() + missing_qt.sum())
        out["recovered"] += int((missing_qc & link_qc.any(0)).sum() + (missing_qt & link_qt.any(0)).sum())
    out["link_precision"] = round(out["right_links"] / out["links"], 4) if out["links"] else None
    out["word_precision"] = round(out["right_words"] / out["linked_words"], 4) if out["linked_words"] else None
    out["linked_word_share"] = round(out["linked_words"] / out["eligible_words"], 4) if out["eligible_words"] else None
    return {"threshold": threshold, **out}


def name_link_precision(items: list[dict]) -> dict:
    links = right = 0
    for a in items:
        (name_qc, name_qt), (gold_qc, gold_qt) = a["name"], a["gold"]
        name_qc = name_qc.copy()
        name_qc[:, 0] = False  # '*' is never linked
        links += int(name_qc.sum() + name_qt.sum())
        right += int((name_qc & gold_qc[None, :]).sum() + (name_qt & gold_qt[None, :]).sum())
    return {"links": links, "right_links": right, "link_precision": round(right / links, 4) if links else None}


def reached(a: dict, threshold: float) -> dict:
    """Gold-used items a string match reaches, and those a semantic link adds."""
    (sim_qc, sim_qt), (gold_qc, gold_qt), (str_qc, str_qt) = a["sim"], a["gold"], a["string"]
    gold = int(gold_qc.sum() + gold_qt.sum())
    by_string = int((gold_qc & str_qc.any(0)).sum() + (gold_qt & str_qt.any(0)).sum())
    added = int((gold_qc & ~str_qc.any(0) & (sim_qc >= threshold).any(0)).sum()
                + (gold_qt & ~str_qt.any(0) & (sim_qt >= threshold).any(0)).sum())
    return {"gold_items": gold, "by_string": by_string, "added_by_semantic": added}


def main(argv: list[str] | None = None) -> dict:
    from deepfix.tasks.spider.inputs.data import load_spider
    from deepfix.tasks.spider.inputs.pipeline import encoder_path, load_encoder
    from deepfix.tasks.spider.inputs.semantic import SemanticLinker
    from deepfix.tasks.spider.inputs.text import split_question
    from deepfix.tasks.spider.inputs.values import ValueMatcher
    from deepfix.tasks.spider.holdout_databases import load_holdout_databases

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="Spider directory (default $DEEPFIX_SPIDER_DATA); only train_spider.json is read")
    parser.add_argument("--encoder", help="encoder setting (default: the core's, MiniLM)")
    parser.add_argument("--thresholds", type=float, nargs="+", default=list(DEFAULT_THRESHOLDS))
    parser.add_argument("--db-ids", nargs="+", help="databases to report on (default: the held-out databases)")
    parser.add_argument("--databases", help="folder of <db_id>/<db_id>.sqlite for value matches (default DATA/database)")
    parser.add_argument("--no-values", action="store_true", help="no value matching (string links = name links)")
    parser.add_argument("--paraphrases", help="JSON list of {db_id, question, paraphrase, query} to describe")
    parser.add_argument("--out", help="write the report here as JSON")
    args = parser.parse_args(argv)
    torch.set_num_threads(1)

    spider = load_spider(args.data, ("train",))
    chosen = set(args.db_ids or load_holdout_databases())
    examples = [e for e in spider.train if e.db_id in chosen]
    model, tokenizer = load_encoder(encoder_path(args.encoder))
    linker = SemanticLinker(model, tokenizer, threshold=min(args.thresholds))
    values = None if args.no_values else ValueMatcher(Path(args.databases) if args.databases else spider.root / "database",
                                                      verbose=False)
    items, unparsed = [], 0
    for e in examples:
        schema = spider.schemas[e.db_id]
        gold = gold_items(e.query, e.sql, schema)
        if gold is None:
            unparsed += 1
            continue
        items.append(analyse(e.question_words, schema, linker, values, gold))
    report = {"databases": sorted(chosen & {e.db_id for e in examples}), "examples": len(examples),
              "unparsed": unparsed, "encoder": args.encoder or "minilm",  # the setting, never a machine path
              "value_matching": values is not None and bool(chosen - values.missing),
              "name_links": name_link_precision(items),
              "thresholds": [count(items, t) for t in args.thresholds]}
    if args.paraphrases:
        records = json.loads(Path(args.paraphrases).read_text(encoding="utf-8"))
        records = records["paraphrases"] if isinstance(records, dict) else records
        rows = []
        for record in records:
            schema = spider.schemas[record["db_id"]]
            gold = gold_items(record["query"], None, schema)
            if gold is None:
                continue
            pair = [analyse(split_question(record[key]), schema, linker, values, gold) for key in ("question", "paraphrase")]
            rows.append(pair)
        report["paraphrases"] = {"questions": len(rows), "thresholds": []}
        for t in args.thresholds:
            entry = {"threshold": t}
            for side, key in ((0, "original"), (1, "paraphrase")):
                sums = {"gold_items": 0, "by_string": 0, "added_by_semantic": 0}
                for pair in rows:
                    for k, v in reached(pair[side], t).items():
                        sums[k] += v
                entry[key] = sums
            report["paraphrases"]["thresholds"].append(entry)
    print(f"{len(items)} questions of {len(report['databases'])} databases ({unparsed} unparsed); "
          f"name links: {report['name_links']['links']}, precision {report['name_links']['link_precision']}")
    print("threshold  linked_words/eligible  links  link_prec  word_prec  recovered/unlinked_gold")
    for r in report["thresholds"]:
        print(f"{r['threshold']:9.2f}  {r['linked_words']:>12}/{r['eligible_words']:<8}  {r['links']:5d}  "
              f"{str(r['link_precision']):>9}  {str(r['word_precision']):>9}  {r['recovered']:>9}/{r['gold_items_unlinked']}")
    if "paraphrases" in report:
        print("paraphrases: gold items reached by string / added by semantic (original | paraphrase)")
        for r in report["paraphrases"]["thresholds"]:
            o, p = r["original"], r["paraphrase"]
            print(f"{r['threshold']:9.2f}  {o['by_string']}/{o['gold_items']} +{o['added_by_semantic']}  |  "
                  f"{p['by_string']}/{p['gold_items']} +{p['added_by_semantic']}")
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return report


if __name__ == "__main__":
    main()
