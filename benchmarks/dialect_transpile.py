"""Spider dev gold SQL written for PostgreSQL, MariaDB/MySQL, DuckDB (and SQLite) and run on empty schemas.

For every engine, each of the 1034 dev gold queries is written for the engine by
:func:`deepfix.tasks.spider.sql.dialect.to_dialect` (sqlglot, read as SQLite) and run on an empty
copy of its database's schema (``tables.json``: every table and column, Spider's column kinds
mapped to the engine's types by :mod:`deepfix.tasks.spider.sql.engine_schema`, primary keys
declared), with the engine's settings as they are: PostgreSQL's GROUP BY rule, MariaDB's default
``sql_mode`` (and, as a second row, MySQL 8.0's default ``sql_mode``, which adds
``ONLY_FULL_GROUP_BY``), DuckDB's defaults. Every failure is put in a named class (:data:`CLASSES`,
matched on the engine's message); a failure no class matches is counted as ``unclassified``.

Two sources of SQL: ``gold`` (dev.json's text as written) and ``rendered`` (the same query parsed
and written back by deepfix's own renderer, as the model's output is: aliases ``T1..``, every
string single-quoted). Three ways of writing: ``sqlglot`` (``sqlglot.transpile`` alone),
``deepfix-names`` (``to_dialect`` with the database's names: names as SQLite reads them, unnamed
derived tables named, ``ILIKE`` for SQLite's ``LIKE``) and ``deepfix`` (``to_dialect`` with the
names and the columns' kinds: also numbers compared with text columns as SQLite compares them).

    .venv/bin/python benchmarks/dialect_transpile.py --data /path/to/spider \\
        --postgres "host=127.0.0.1 user=deepfix password=deepfix dbname=deepfix" \\
        --mysql "host=127.0.0.1 user=deepfix password=deepfix database=deepfix" \\
        --out results/benchmarks/dialect_transpile.json

PostgreSQL: one schema per Spider database (``dialect_<db_id>``, dropped afterwards; the role needs
CREATE on the database). MariaDB/MySQL: the tables are created in the given database one Spider
database at a time and dropped after it; a database that already holds a table of the same name
is refused rather than touched. An engine whose driver or server is missing is reported as skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sqlite3
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from deepfix.tasks.spider.sql.dialect import DialectError, to_dialect  # noqa: E402
from deepfix.tasks.spider.sql.engine_schema import TYPES, create_statements, quote_identifier  # noqa: E402
from deepfix.tasks.spider.sql.parser import parse_sql  # noqa: E402
from deepfix.tasks.spider.sql.render import render_sql  # noqa: E402
from deepfix.tasks.spider.sql.sqlite_names import schema_names  # noqa: E402
from deepfix.tasks.spider.sql.validity import empty_database  # noqa: E402
from sqlglot.errors import SqlglotError  # noqa: E402

MYSQL8_SQL_MODE = ("ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
                   "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION")

#: (class name, pattern on the engine's message), first match wins.
CLASSES = [
    ("transpile error", r"^transpile: "),
    ("non-grouped column in SELECT/ORDER BY/HAVING",
     r"must appear in the GROUP BY clause|isn't in GROUP BY|not in GROUP BY|is not in GROUP BY"
     r"|nonaggregated column|contains nonaggregated|must be part of an aggregate function"
     r"|ORDER BY clause is not in|column .* must appear in the GROUP BY|Mixing of GROUP columns"),
    ("ORDER BY not in SELECT DISTINCT list", r"for SELECT DISTINCT, ORDER BY expressions must appear in select list"
     r"|ORDER BY clause is not in SELECT list|ORDER BY term does not match any column"),
    ("aggregate in WHERE/GROUP BY", r"aggregate functions are not allowed in|Invalid use of group function"
     r"|WHERE clause cannot contain aggregates"),
    ("unknown column", r"column .* does not exist|Unknown column|Referenced column .* not found|no such column"
     r"|Binder Error: .*not found in FROM clause|Values list .* does not have a column"),
    ("unknown table", r"relation .* does not exist|Table .* doesn't exist|Table with name .* does not exist"
     r"|no such table|missing FROM-clause entry|Referenced table .* not found|Unknown table"),
    # PostgreSQL names an integer literal's type "integer"; the number columns here are NUMERIC, so
    # "numeric = text" is read as two columns (a decimal literal against a text column reads the same)
    ("number literal compared with a text column",
     r"operator does not exist: text \S+ integer\s*$|operator does not exist: integer \S+ text\s*$"
     r"|Cannot compare values of type VARCHAR and type INTEGER_LITERAL|INTEGER_LITERAL and type VARCHAR"),
    ("columns of different types compared (text vs number, from the schema's declared kinds)",
     r"operator does not exist: (numeric|text|timestamp[a-z ]*) \S+ (numeric|text|timestamp[a-z ]*)"
     r"|Cannot compare values of type (DECIMAL|VARCHAR|TIMESTAMP)\S* and (type )?(DECIMAL|VARCHAR|TIMESTAMP)"),
    ("average or sum over a text or time column", r"function (avg|sum)\((text|timestamp)"
     r"|argument types '(avg|sum)\((VARCHAR|TIMESTAMP)"),
    ("type mismatch in comparison or arithmetic",
     r"operator does not exist|Cannot compare values of type|Could not convert string|invalid input syntax for type"
     r"|Conversion Error|No function matches the given name and argument types '(\+|-|\*|/|~~|!~~|~~\*)"
     r"|Incorrect .* value|Truncated incorrect|could not convert"),
    ("unknown function or argument types", r"function .* does not exist|FUNCTION .* does not exist"
     r"|No function matches|Scalar Function with name .* does not exist"),
    ("ambiguous column", r"ambiguous|Ambiguous"),
    ("set operation column count", r"each .* query must have the same number of columns|different number of columns"
     r"|must have the same number of result columns|Set operations can only apply to expressions with the same number"),
    ("derived table without alias", r"subquery in FROM must have an alias|Every derived table must have its own alias"),
    ("syntax error", r"syntax error|You have an error in your SQL syntax|Parser Error"),
]


def classify(message: str) -> str:
    for name, pattern in CLASSES:
        if re.search(pattern, message, re.IGNORECASE | re.DOTALL):
            return name
    return "unclassified"


# -- engines: each yields run(sql) -> None or error message, per Spider database ---------------------


class SQLiteEngine:
    """The project's own empty SQLite schema (declared types as given), queries run to the end."""

    name = "sqlite"

    def version(self) -> str:
        return f"SQLite {sqlite3.sqlite_version}"

    def open(self, db: dict) -> None:
        self.connection = empty_database(db)

    def run(self, sql: str) -> str | None:
        try:
            self.connection.execute(sql).fetchall()
        except (sqlite3.Error, sqlite3.Warning) as error:
            return str(error)
        return None

    def close_db(self) -> None:
        self.connection.close()

    def close(self) -> None:
        pass


class DuckDBEngine:
    name = "duckdb"

    def __init__(self):
        import duckdb

        self.duckdb = duckdb

    def version(self) -> str:
        return f"DuckDB {self.duckdb.__version__}"

    def open(self, db: dict) -> None:
        self.connection = self.duckdb.connect(":memory:")
        for statement in create_statements(db, "duckdb"):
            self.connection.execute(statement)

    def run(self, sql: str) -> str | None:
        try:
            self.connection.execute(sql).fetchall()
        except self.duckdb.Error as error:
            return str(error)
        return None

    def close_db(self) -> None:
        self.connection.close()

    def close(self) -> None:
        pass


class PostgresEngine:
    name = "postgres"

    def __init__(self, conninfo: str):
        import psycopg

        self.psycopg = psycopg
        self.connection = psycopg.connect(conninfo, autocommit=True, connect_timeout=5)
        self.connection.execute("SET statement_timeout = '10s'")

    def version(self) -> str:
        return "PostgreSQL " + self.connection.execute("SHOW server_version").fetchone()[0]

    def open(self, db: dict) -> None:
        self.schema = quote_identifier(f"dialect_{db['db_id']}", "postgres")
        self.connection.execute(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE")
        self.connection.execute(f"CREATE SCHEMA {self.schema}")
        self.connection.execute(f"SET search_path TO {self.schema}")
        for statement in create_statements(db, "postgres"):
            self.connection.execute(statement)

    def run(self, sql: str) -> str | None:
        try:
            self.connection.execute(sql).fetchall()
        except self.psycopg.Error as error:
            return (error.diag.message_primary or str(error)).strip()
        return None

    def close_db(self) -> None:
        self.connection.execute("SET search_path TO DEFAULT")
        self.connection.execute(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE")

    def close(self) -> None:
        self.connection.close()


class MySQLEngine:
    name = "mysql"

    def __init__(self, options: dict, sql_mode: str | None):
        import pymysql

        self.pymysql = pymysql
        self.connection = pymysql.connect(connect_timeout=5, autocommit=True, **options)
        self.sql_mode = sql_mode
        with self.connection.cursor() as cursor:
            if sql_mode is not None:
                cursor.execute(f"SET SESSION sql_mode = '{sql_mode}'")
            cursor.execute("SET SESSION max_statement_time = 10" if self.is_mariadb()
                           else "SET SESSION max_execution_time = 10000")
            cursor.execute("SELECT @@sql_mode")
            self.effective_sql_mode = cursor.fetchone()[0]
        self.tables: list[str] = []

    def is_mariadb(self) -> bool:
        return "mariadb" in self.connection.get_server_info().lower()

    def version(self) -> str:
        return ("MariaDB " if self.is_mariadb() else "MySQL ") + re.sub(r"^5\.5\.5-", "", self.connection.get_server_info())

    def open(self, db: dict) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = DATABASE()")
            present = {row[0] for row in cursor.fetchall()}
            clash = present & {name.lower() for name in db["table_names_original"]}
            if clash:
                raise RuntimeError(f"the MySQL database already holds tables {sorted(clash)}; use another --mysql database")
            self.tables = []
            for statement, name in zip(create_statements(db, "mysql"),
                                       [n for n in db["table_names_original"] if n.lower() != "sqlite_sequence"]):
                cursor.execute(statement)
                self.tables.append(name)

    def run(self, sql: str) -> str | None:
        try:
            with self.connection.cursor() as cursor:
                cursor.execute(sql)
                cursor.fetchall()
        except self.pymysql.Error as error:
            return str(error.args[1] if len(error.args) > 1 else error)
        return None

    def close_db(self) -> None:
        with self.connection.cursor() as cursor:
            for name in self.tables:
                cursor.execute(f"DROP TABLE IF EXISTS {quote_identifier(name, 'mysql')}")
        self.tables = []

    def close(self) -> None:
        self.connection.close()


def mysql_options(text: str) -> dict:
    """``host=.. user=.. password=.. database=.. port=..`` -> pymysql's keyword arguments."""
    options = dict(part.split("=", 1) for part in text.split())
    if "port" in options:
        options["port"] = int(options["port"])
    return options


# -- the benchmark -----------------------------------------------------------------------------------


def sources(examples: list[dict], dbs: dict) -> dict[str, list[str | None]]:
    """``gold``: each query as written; ``rendered``: parsed and written back by deepfix (None if it
    does not parse)."""
    rendered = []
    for example in examples:
        db = dbs[example["db_id"]]
        try:
            rendered.append(render_sql(parse_sql(example["query"], db), db))
        except Exception:  # noqa: BLE001 - a query deepfix's parser cannot read is counted, not fatal
            rendered.append(None)
    return {"gold": [example["query"] for example in examples], "rendered": rendered}


def transpile(text: str, dialect: str) -> str:
    """sqlglot alone, without deepfix's rewrites: the "before" of every fix."""
    import sqlglot

    return sqlglot.transpile(text, read="sqlite", write=dialect, unsupported_level=sqlglot.ErrorLevel.RAISE)[0]


def run_engine(engine, dialect: str, examples: list[dict], dbs: dict, texts: list[str | None], mode: str,
               n_examples: int) -> dict:
    """Write and run every query on ``engine``; counts and example failures per class."""
    by_db: dict[str, list[int]] = defaultdict(list)
    for index, example in enumerate(examples):
        by_db[example["db_id"]].append(index)
    classes: Counter = Counter()
    shown: dict[str, list[dict]] = defaultdict(list)
    accepted = skipped = 0
    start = time.perf_counter()
    for db_id, indices in by_db.items():
        db = dbs[db_id]
        names = schema_names(db)
        if mode == "deepfix-names":  # names only: no kinds, so no text-affinity rewrite
            names = {table: list(columns) for table, columns in names.items()}
        engine.open(db)
        try:
            for index in indices:
                text = texts[index]
                if text is None:
                    skipped += 1
                    continue
                try:
                    sql = transpile(text, dialect) if mode == "sqlglot" else to_dialect(text, dialect, names)
                except (DialectError, SqlglotError) as error:
                    sql, message = None, f"transpile: {error}"
                else:
                    message = engine.run(sql)
                if message is None:
                    accepted += 1
                    continue
                label = classify(message)
                if label in ("unknown column", "unknown table") and mode == "sqlglot":
                    label = name_class(label, message, text, db, engine, dialect)
                elif label == "syntax error" and has_unnamed_derived_table(text):
                    label = "derived table without alias"  # MariaDB says only "syntax error near ''"
                classes[label] += 1
                if len(shown[label]) < n_examples:
                    shown[label].append({"index": index, "db_id": db_id, "sqlite": text, "engine_sql": sql,
                                         "error": message.splitlines()[0][:300]})
        finally:
            engine.close_db()
    return {"queries": len(texts) - skipped, "accepted": accepted, "failed": sum(classes.values()),
            "seconds": round(time.perf_counter() - start, 2),
            "classes": dict(classes.most_common()), "examples": dict(shown)}


def has_unnamed_derived_table(text: str) -> bool:
    """Does the SQLite text hold a subquery in FROM or JOIN without a name?"""
    import sqlglot
    from sqlglot import exp

    tree = sqlglot.parse_one(text, read="sqlite")
    return any(not node.alias and isinstance(node.parent, (exp.From, exp.Join)) for node in tree.find_all(exp.Subquery))


def name_class(label: str, message: str, text: str, db: dict, engine, dialect: str) -> str:
    """An unknown name that is found once the names are written as SQLite reads them (the same
    query through ``to_dialect`` with the schema's names, run again) is put in its own class: a
    double-quoted token that names no column, which SQLite reads as a string, when the engine names
    it; else a table, column or alias spelled in another case than the schema or its declaration."""
    try:
        again = engine.run(to_dialect(text, dialect, schema_names(db)))
    except DialectError:
        return label
    if again is not None and classify(again) in ("unknown column", "unknown table"):
        return label
    columns = {name.lower() for _, name in db["column_names_original"]}
    if any(token.lower() not in columns and re.search("[\"'`]" + re.escape(token) + "[\"'`]", message, re.IGNORECASE)
           for token in re.findall(r'"([^"]*)"', text)):
        return "double-quoted string read as a column"
    return "name case: table, column or alias spelled in another case"


def cpu_model() -> str:
    try:
        output = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return platform.processor() or "unknown"
    for line in output.splitlines():
        if line.startswith("Model name:"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=os.environ.get("DEEPFIX_SPIDER_DATA", "data/spider"))
    parser.add_argument("--postgres", help="libpq conninfo, e.g. 'host=127.0.0.1 user=deepfix password=... dbname=deepfix'")
    parser.add_argument("--mysql", help="'host=127.0.0.1 user=deepfix password=... database=deepfix [port=3306]'")
    parser.add_argument("--engines", default="sqlite,postgres,mysql,mysql8mode,duckdb")
    parser.add_argument("--examples", type=int, default=3, help="failures shown per class")
    parser.add_argument("--out", default="results/benchmarks/dialect_transpile.json")
    args = parser.parse_args(argv)

    data = Path(args.data)
    dbs = {entry["db_id"]: entry for entry in json.loads((data / "tables.json").read_text())}
    examples = json.loads((data / "dev.json").read_text())
    texts = sources(examples, dbs)
    import sqlglot

    report = {
        "command": " ".join(["python", "benchmarks/dialect_transpile.py", *[
            a if "password=" not in a else re.sub(r"password=\S+", "password=***", a) for a in (argv or sys.argv[1:])]]),
        "date": time.strftime("%Y-%m-%d", time.gmtime()), "cpu": cpu_model(), "python": platform.python_version(), "sqlglot": sqlglot.__version__,
        "dev_queries": len(examples), "rendered_unparsed": texts["rendered"].count(None),
        "types": TYPES, "engines": {},
    }
    for name in args.engines.split(","):
        dialect = "mysql" if name.startswith("mysql") else name
        try:
            if name == "sqlite":
                engine = SQLiteEngine()
            elif name == "duckdb":
                engine = DuckDBEngine()
            elif name == "postgres":
                if not args.postgres:
                    raise RuntimeError("no --postgres given")
                engine = PostgresEngine(args.postgres)
            else:
                if not args.mysql:
                    raise RuntimeError("no --mysql given")
                engine = MySQLEngine(mysql_options(args.mysql), MYSQL8_SQL_MODE if name == "mysql8mode" else None)
        except Exception as error:  # noqa: BLE001 - a missing driver or server skips the engine, said so
            report["engines"][name] = {"skipped": f"{type(error).__name__}: {error}"}
            print(f"{name}: skipped ({error})", file=sys.stderr)
            continue
        entry = {"version": engine.version(), "runs": {}}
        if isinstance(engine, MySQLEngine):
            entry["sql_mode"] = engine.effective_sql_mode
        for source in ("gold", "rendered"):
            for mode in ("sqlglot", "deepfix-names", "deepfix"):
                result = run_engine(engine, dialect, examples, dbs, texts[source], mode, args.examples)
                entry["runs"][f"{source}/{mode}"] = result
                print(f"{name:10s} {source:8s} {mode:7s} accepted {result['accepted']}/{result['queries']} "
                      f"{dict(result['classes'])}", file=sys.stderr)
        engine.close()
        report["engines"][name] = entry
    report["summary"] = {name: {run: f"{result['accepted']}/{result['queries']}" for run, result in entry["runs"].items()}
                         for name, entry in report["engines"].items() if "runs" in entry}
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
