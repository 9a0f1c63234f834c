"""Queries written by :func:`to_dialect` return on each engine the rows they return on SQLite.

The same generated rows (a fixed seed; names in mixed case, some ages NULL) are loaded into an
SQLite database and into DuckDB (in process, always when ``duckdb`` is installed), PostgreSQL and
MariaDB/MySQL (when a server is reachable, see tests/helpers/engines.py). Each query is written in
SQLite's dialect, as the model writes it, run on SQLite as written and on the engine as
``to_dialect`` writes it; rows are compared as multisets, in order when the query has ORDER BY.
Numbers are compared as floats (engines return exact decimals where SQLite returns floats).
"""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from decimal import Decimal

import pytest

from deepfix.tasks.spider.sql.engine_schema import create_statements, quote_identifier
from deepfix.tasks.spider.sql.sqlite_names import schema_names
from tests.helpers.engines import connect, execute, fetch_all

pytest.importorskip("sqlglot")
from deepfix.tasks.spider.sql.dialect import to_dialect  # noqa: E402

#: A Spider-style schema with names unlikely to exist in a shared test database, in mixed case.
DB = {
    "db_id": "dialect_check",
    "table_names_original": ["Dialect_Singer", "dialect_concert", "Dialect_Singer_In_Concert"],
    "column_names_original": [[-1, "*"], [0, "Singer_ID"], [0, "Name"], [0, "Country"], [0, "Age"],
                              [1, "Concert_ID"], [1, "Concert_Name"], [1, "Year"],
                              [2, "Concert_ID"], [2, "Singer_ID"]],
    "column_types": ["text", "number", "text", "text", "number", "number", "text", "text", "number", "number"],
    "primary_keys": [1, 5],
    "foreign_keys": [[8, 5], [9, 1]],
}

QUERIES = [
    'SELECT name FROM dialect_singer WHERE country = "France"',
    "SELECT T1.Name, count(*) FROM Dialect_Singer AS T1 JOIN dialect_singer_in_concert AS T2 "
    "ON T1.Singer_ID = t2.singer_id GROUP BY T1.Singer_ID, T1.Name",
    "SELECT count(*) FROM (SELECT country FROM dialect_singer WHERE age > 30 "
    "INTERSECT SELECT country FROM dialect_singer WHERE age < 30)",
    "SELECT name FROM dialect_singer WHERE name LIKE '%an%'",
    "SELECT name, age FROM dialect_singer ORDER BY age DESC, singer_id LIMIT 8",
    "SELECT name, age FROM dialect_singer ORDER BY age, singer_id LIMIT 8",
    "SELECT avg(age), max(age), min(age), count(age), count(*) FROM dialect_singer WHERE country != 'France'",
    "SELECT name FROM dialect_singer WHERE age > (SELECT avg(age) FROM dialect_singer)",
    "SELECT T2.concert_name FROM dialect_singer_in_concert AS T1 JOIN dialect_concert AS T2 "
    "ON T1.concert_id = T2.concert_id WHERE T2.year = '2014' UNION SELECT concert_name FROM dialect_concert "
    "WHERE year = '2015'",
    "SELECT name || ' (' || country || ')' FROM dialect_singer WHERE singer_id < 6",
    "SELECT country, count(*) FROM dialect_singer GROUP BY country HAVING count(*) >= 3 ORDER BY count(*) DESC, country",
    "SELECT name FROM dialect_singer WHERE singer_id NOT IN (SELECT singer_id FROM dialect_singer_in_concert)",
    "SELECT concert_name FROM dialect_concert WHERE year = 2014 OR year > 2014",  # Year is a text column
]

NAMES = ["anna", "Anton", "BRIAN", "Dana", "ethan", "Fran", "Gordon", "hannah", "Ivan", "jan", "Kai", "Lena"]
COUNTRIES = ["France", "Japan", "Brazil", "Canada"]


def rows() -> dict[str, list[tuple]]:
    """The generated rows of each table (seed 31)."""
    generator = random.Random(31)
    singers = [(i, f"{generator.choice(NAMES)} {i}", generator.choice(COUNTRIES),
                None if i % 7 == 0 else generator.randint(18, 60)) for i in range(1, 41)]
    concerts = [(i, f"Concert {i}", str(generator.choice([2013, 2014, 2015]))) for i in range(1, 13)]
    links = sorted({(generator.randint(1, 12), generator.randint(1, 35)) for _ in range(60)})
    return {"Dialect_Singer": singers, "dialect_concert": concerts, "Dialect_Singer_In_Concert": links}


def load(connection, engine: str) -> None:
    for name in DB["table_names_original"]:
        execute(connection, f"DROP TABLE IF EXISTS {quote_identifier(name, engine)}")
    for statement in create_statements(DB, engine):
        execute(connection, statement)
    for name, values in rows().items():
        marks = ", ".join("?" * len(values[0]))
        execute(connection, f"INSERT INTO {quote_identifier(name, engine)} VALUES ({marks})", values)


def normal(value):
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return round(float(value), 6)
    return value


def normalized(result: list[tuple], ordered: bool):
    result = [tuple(normal(value) for value in row) for row in result]
    return result if ordered else Counter(result)


@pytest.fixture(scope="module")
def sqlite_database():
    connection = sqlite3.connect(":memory:")
    load(connection, "sqlite")
    yield connection
    connection.close()


@pytest.fixture(scope="module", params=["duckdb", "postgres", "mysql"])
def engine(request):
    connection = connect(request.param)
    if request.param == "postgres":  # a schema of its own, so that nothing else in the database is touched
        execute(connection, "DROP SCHEMA IF EXISTS deepfix_dialect_test CASCADE")
        execute(connection, "CREATE SCHEMA deepfix_dialect_test")
        execute(connection, "SET search_path TO deepfix_dialect_test")
    load(connection, request.param)
    yield request.param, connection
    if request.param == "postgres":
        execute(connection, "DROP SCHEMA deepfix_dialect_test CASCADE")
    elif request.param == "mysql":
        for name in DB["table_names_original"]:
            execute(connection, f"DROP TABLE IF EXISTS {quote_identifier(name, 'mysql')}")
    connection.close()


@pytest.mark.parametrize("query", QUERIES)
def test_engine_returns_the_rows_sqlite_returns(engine, sqlite_database, query):
    name, connection = engine
    expected = sqlite_database.execute(query).fetchall()
    assert expected, "a query that returns nothing would compare nothing"
    got = fetch_all(connection, to_dialect(query, name, schema_names(DB)))
    ordered = "ORDER BY" in query.upper()
    assert normalized(got, ordered) == normalized(expected, ordered)
