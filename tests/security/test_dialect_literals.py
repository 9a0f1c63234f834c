"""Hostile text as a SQL value, written for PostgreSQL, MySQL/MariaDB and DuckDB: still one literal.

deepfix renders a value as a SQLite literal (``'...'``, ``'`` doubled; tests/security/test_sql_literals.py);
:func:`to_dialect` then writes the query for another engine, where the rules differ (MySQL reads a
backslash in a string as an escape). For any text: the written query is the harmless query's text
up to the literal and nothing after it; sqlglot, reading the written query in the engine's dialect,
finds one string literal holding exactly the text and the same tables and columns; and the engine
itself (DuckDB always, PostgreSQL and MariaDB when a server is up) reads the literal back as exactly
the text.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deepfix.tasks.spider.sql.parser import parse_sql
from deepfix.tasks.spider.sql.render import render_sql
from deepfix.tasks.spider.sql.sqlite_names import schema_names
from tests.helpers.engines import connect, fetch_all
from tests.security.test_sql_literals import DB, HOSTILE, PLACEHOLDER, QUERY

sqlglot = pytest.importorskip("sqlglot")
from sqlglot import exp  # noqa: E402

from deepfix.tasks.spider.sql.dialect import to_dialect  # noqa: E402

ENGINES = ["postgres", "mysql", "duckdb"]
WRITABLE = HOSTILE.filter(lambda text: "\0" not in text)


def written(text: str, engine: str) -> str:
    """``QUERY`` with ``text`` as its value, rendered by deepfix and written for ``engine``."""
    sql = parse_sql(QUERY, DB)
    sql["where"][0][3] = f'"{text}"'
    return to_dialect(render_sql(sql, DB), engine, schema_names(DB))


def split(text: str, engine: str) -> tuple[str, str]:
    """(the query up to its literal, the literal) of ``written(text, engine)``."""
    query = written(text, engine)
    harmless = written(PLACEHOLDER, engine)
    prefix = harmless[: -len(f"'{PLACEHOLDER}'")]
    assert query.startswith(prefix), (query, prefix)
    return prefix, query[len(prefix):]


def shape(query: str, engine: str):
    """The tables, columns, functions and literals sqlglot finds in ``query`` read as ``engine``."""
    tree = sqlglot.parse_one(query, read=engine)
    return (sorted(t.name for t in tree.find_all(exp.Table)), sorted(c.sql() for c in tree.find_all(exp.Column)),
            sorted(type(f).__name__ for f in tree.find_all(exp.Func)), [lit.this for lit in tree.find_all(exp.Literal)])


@pytest.mark.parametrize("engine", ENGINES)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=WRITABLE)
def test_written_literal_is_one_literal_holding_the_text(engine, text):
    prefix, literal = split(text, engine)
    tables, columns, functions, literals = shape(prefix + literal, engine)
    assert (tables, columns, functions) == shape(written(PLACEHOLDER, engine), engine)[:3]
    assert literals == [text]
    assert sqlglot.parse_one(f"SELECT {literal}", read=engine).expressions[0].this == text


@pytest.fixture(scope="module", params=ENGINES)
def live(request):
    connection = connect(request.param)
    yield request.param, connection
    connection.close()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=WRITABLE)
def test_engine_reads_the_written_literal_back_exactly(live, text):
    engine, connection = live
    _, literal = split(text, engine)
    assert fetch_all(connection, f"SELECT {literal}") == [(text,)]


@pytest.mark.parametrize("engine", ENGINES)
def test_quote_and_backslash_payload_is_one_value(engine):
    payload = "x\\' \" UNION SELECT name FROM singer --"
    prefix, literal = split(payload, engine)
    assert prefix.rstrip().endswith("=")
    assert shape(prefix + literal, engine)[3] == [payload]
    if engine == "mysql":  # a backslash escapes in a MySQL string: written twice, it stays a backslash
        assert literal == "'x\\\\'' \" UNION SELECT name FROM singer --'"
    else:
        assert literal == "'x\\'' \" UNION SELECT name FROM singer --'"
