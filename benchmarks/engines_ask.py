"""`ask` on every engine: the bundled database and a generated 500-table one, copied to PostgreSQL,
MariaDB/MySQL and DuckDB, asked through the library call (`Text2SQL.ask`, what `spider ask` and
`serve` use) with the shipped model.

1. **Same rows**: the demo's five questions on the bundled database (``music_festival.sqlite``) and
   on its copy in each engine (same tables, keys and rows): the SQL each engine ran (the model's
   SQLite SQL written for it by ``to_dialect``), its rows, and whether they equal SQLite's (as
   multisets, numbers compared rounded to 3 places: engines return int, Decimal or float).
2. **A 500-table schema**: ``tests/helpers/wide.py``'s generated database (501 tables, 2002 columns)
   copied to each engine, then one question asked with a fresh model cache, so the time counts
   opening the database, reading its schema by reflection, scoring it in chunks with the
   schema-item head, pruning, decoding, filling values and running the query; then a second
   question on the now-open database. Wall seconds of each, with the request deadline lifted to
   ``--timeout`` so that the time is measured rather than cut.

    .venv/bin/python benchmarks/engines_ask.py \\
        --postgres postgresql+psycopg://deepfix:deepfix@127.0.0.1:5432/deepfix \\
        --mysql mysql+pymysql://deepfix:deepfix@127.0.0.1:3306/deepfix \\
        --out results/benchmarks/engines_ask.json

PostgreSQL: the copies live in fresh schemas of the given database (the role needs CREATE there);
MariaDB/MySQL: in fresh databases ``deepfix_t...`` (the role needs CREATE on them); both are dropped
afterwards. DuckDB: files in a temporary folder. An engine whose URL is not given, whose driver is
missing or whose server does not answer is reported as skipped. Passwords never reach the output.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from deepfix.machine import cpu_model  # noqa: E402
from tests.helpers.engine_copies import copy_tables, drop_namespace, namespace_url  # noqa: E402
from tests.helpers.wide import wide_database  # noqa: E402

WIDE_QUESTIONS = ("How many artists are from Canada?", "What are the names of all artists?")


def normalised(rows) -> Counter:
    def cell(value):
        try:
            return round(float(value), 3)
        except (TypeError, ValueError):
            return value
    return Counter(tuple(cell(v) for v in row) for row in rows)


def engine_version(url: str) -> str:
    import sqlalchemy as sa

    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    query = {"postgresql": "SELECT version()", "mysql": "SELECT version()", "duckdb": "PRAGMA version"}
    with engine.connect() as connection:
        row = connection.exec_driver_sql(query[engine.dialect.name]).first()
    engine.dispose()
    text = str(row[0])
    return f"DuckDB {text}" if engine.dialect.name == "duckdb" else text.split(" on ")[0].split(",")[0]


class Copies:
    """Copies of sqlite files on one engine, dropped on close."""

    def __init__(self, engine: str, base_url: str | None, folder: Path):
        self.engine, self.base_url, self.folder = engine, base_url, folder
        self.dropped: list[tuple[object, str]] = []

    def add(self, sqlite_path: Path) -> str:
        name = f"deepfix_t{uuid.uuid4().hex[:10]}"
        if self.engine == "sqlite":
            return str(sqlite_path)
        if self.engine == "duckdb":
            url = f"duckdb:///{self.folder / (name + '.duckdb')}"
        else:
            url, admin = namespace_url(self.engine, self.base_url, name)
            self.dropped.append((admin, name))
        copy_tables(sqlite_path, url, lower_names=self.engine == "postgres")
        return url

    def close(self) -> None:
        for admin, name in self.dropped:
            drop_namespace(self.engine, admin, name)


def run_engine(engine: str, base_url: str | None, args, folder: Path, sqlite_rows: dict) -> dict:
    from deepfix import Text2SQL
    from deepfix.tasks.spider.database.engines import dispose
    from deepfix.tasks.spider.demo_questions import DEMO_QUESTIONS
    from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE

    copies = Copies(engine, base_url, folder)
    record: dict = {"engine": engine}
    try:
        if engine != "sqlite":
            record["version"] = engine_version(copies.add(EXAMPLE_DATABASE))  # a throwaway copy, for the version
        else:
            import sqlite3
            record["version"] = f"SQLite {sqlite3.sqlite_version}"
        model = Text2SQL.load(timeout_s=args.timeout)
        bundled = copies.add(EXAMPLE_DATABASE)
        demo = []
        for item in DEMO_QUESTIONS:
            start = time.perf_counter()
            answer = model.ask(bundled, item.question)
            seconds = time.perf_counter() - start
            rows = normalised(answer.rows)
            if engine == "sqlite":
                sqlite_rows[item.question] = rows
            demo.append({"question": item.question, "sql": answer.sql, "error": answer.error,
                         "rows": answer.total_rows, "same_rows_as_sqlite": answer.error is None
                         and rows == sqlite_rows.get(item.question), "seconds": round(seconds, 3)})
        record["demo"] = demo
        record["demo_same_rows"] = f"{sum(d['same_rows_as_sqlite'] for d in demo)}/{len(demo)}"

        wide_sqlite = wide_database(folder / f"wide_{engine}.sqlite", args.tables)
        start = time.perf_counter()
        wide = copies.add(Path(wide_sqlite))
        copy_seconds = time.perf_counter() - start
        model = Text2SQL.load(timeout_s=args.timeout)  # a fresh cache: the first question opens the database
        asked = []
        for question in WIDE_QUESTIONS:
            start = time.perf_counter()
            answer = model.ask(wide, question)
            seconds = time.perf_counter() - start
            pruned = answer.pruned or {}
            asked.append({"question": question, "seconds": round(seconds, 2), "sql": answer.sql,
                          "error": answer.error, "rows": answer.total_rows,
                          "kept_tables": pruned.get("kept_tables"), "tables": pruned.get("tables"),
                          "kept_columns": pruned.get("kept_columns"), "columns": pruned.get("columns"),
                          "chunks": pruned.get("chunks")})
        record["wide"] = {"tables": args.tables + 1, "copy_seconds": round(copy_seconds, 1), "questions": asked,
                          "first_question_under_3s": asked[0]["seconds"] < 3.0}
        for url in (bundled, wide):
            if engine != "sqlite":
                dispose(url)
    except Exception as error:  # a missing driver or server: reported, not fatal
        record["skipped"] = f"{type(error).__name__}: {str(error).splitlines()[0][:200]}"
    finally:
        copies.close()
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgres", help="SQLAlchemy URL of a PostgreSQL database the role may create schemas in")
    parser.add_argument("--mysql", help="SQLAlchemy URL of a MariaDB/MySQL server the role may create databases on")
    parser.add_argument("--no-duckdb", action="store_true")
    parser.add_argument("--tables", type=int, default=500, help="generated tables besides artist (default 500)")
    parser.add_argument("--timeout", type=float, default=60.0, help="each question's deadline in seconds")
    parser.add_argument("--threads", type=int, default=2, help="torch threads (default 2: the machine's cores)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    engines = [("sqlite", None)] + ([] if args.no_duckdb else [("duckdb", None)])
    engines += [(name, url) for name, url in (("postgres", args.postgres), ("mysql", args.mysql)) if url]
    sqlite_rows: dict = {}
    records = []
    with tempfile.TemporaryDirectory() as folder:
        for engine, url in engines:
            record = run_engine(engine, url, args, Path(folder), sqlite_rows)
            records.append(record)
            print(json.dumps({k: record.get(k) for k in ("engine", "version", "demo_same_rows", "skipped")}),
                  [q["seconds"] for q in record.get("wide", {}).get("questions", [])], flush=True)

    masked = [a if not a.startswith(("postgresql", "mysql")) else _masked(a) for a in (argv or sys.argv[1:])]
    result = {"what": "ask on SQLite, DuckDB, PostgreSQL and MariaDB/MySQL: the demo's questions on the bundled "
                      "database, and a first and second question on a generated 501-table database",
              "command": "python benchmarks/engines_ask.py " + " ".join(masked),
              "date": time.strftime("%Y-%m-%d"), "cpu": cpu_model(), "torch_threads": args.threads,
              "python": platform.python_version(), "model": "shipped (deepfix/data/models/text2sql.safetensors)",
              "timeout_s": args.timeout, "engines": records}
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=1) + "\n")
    return 0


def _masked(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


if __name__ == "__main__":
    sys.exit(main())
