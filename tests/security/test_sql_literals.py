"""Hostile text as a SQL value: the renderer's literal is checked by sqlite itself, not by deepfix.

Any text a question can carry into a query (quotes of either kind, ``--``, ``;``, backslashes,
newlines, unicode) must stay one string literal: the query reads the same tables and columns and
calls the same functions as with a harmless value, and sqlite reads the literal back as exactly
that text. Text that SQL cannot carry at all (NUL) is refused with a one-line error.
"""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.sql.parser import parse_sql
from deepfix.tasks.spider.sql.render import render_sql

DB = {
    "db_id": "music",
    "table_names_original": ["singer"], "table_names": ["singer"],
    "column_names_original": [[-1, "*"], [0, "name"], [0, "country"]],
    "column_names": [[-1, "*"], [0, "name"], [0, "country"]],
    "column_types": ["text", "text", "text"],
    "primary_keys": [], "foreign_keys": [],
}
QUERY = "SELECT name FROM singer WHERE country = 'x'"
PLACEHOLDER = "harmless"
FRAGMENTS = ["'", '"', "''", "--", ";", "\\", "\n", "\r", "\t", "\0", "/*", "*/", "`", "[", "]", "%",
             " UNION SELECT name FROM sqlite_master --", "); DROP TABLE singer; --", "é", "“", "”", "😀"]
#: Arbitrary text (Hypothesis's default alphabet has no surrogates) mixed with SQL-significant pieces.
HOSTILE = st.lists(st.text() | st.sampled_from(FRAGMENTS), max_size=8).map("".join)


def query_with_value(text: str) -> str:
    """``QUERY`` rendered with ``text`` as its value (held as Spider holds a string: ``'"text"'``)."""
    sql = parse_sql(QUERY, DB)
    sql["where"][0][3] = f'"{text}"'
    return render_sql(sql, DB)


def authorizer_events(query: str) -> list[tuple]:
    """What sqlite's authorizer sees while preparing and running ``query``: every table and column
    read, every function called, every statement kind."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE singer (name text, country text)")
    events = []

    def record(action, first, second, database, trigger):
        events.append((action, first, second, database, trigger))
        return sqlite3.SQLITE_OK

    connection.set_authorizer(record)
    try:
        connection.execute(query).fetchall()
    finally:
        connection.close()
    return events


def sqlite_reads(literal: str):
    """The value sqlite gives ``SELECT <literal>``."""
    connection = sqlite3.connect(":memory:")
    try:
        return connection.execute(f"SELECT {literal}").fetchall()
    finally:
        connection.close()


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_any_text_stays_one_literal_that_sqlite_reads_back_exactly(text):
    if "\0" in text:  # sqlite ends a statement at NUL: no SQL text can hold it
        with pytest.raises(DeepfixError, match="U\\+0000"):
            query_with_value(text)
        return
    query = query_with_value(text)
    harmless = query_with_value(PLACEHOLDER)
    prefix = harmless[: -len(f"'{PLACEHOLDER}'")]
    assert query.startswith(prefix)
    assert authorizer_events(query) == authorizer_events(harmless)
    assert sqlite_reads(query[len(prefix):]) == [(text,)]


@settings(max_examples=200, deadline=None)
@given(HOSTILE.filter(lambda text: "\0" not in text))
def test_rendered_literal_parses_back_to_the_same_value(text):
    assert parse_sql(query_with_value(text), DB)["where"][0][3] == f'"{text}"'


def test_quote_injection_payload_is_one_value():
    payload = "x' \" UNION SELECT name FROM sqlite_master --"
    query = query_with_value(payload)
    assert query.endswith("T1.country = 'x'' \" UNION SELECT name FROM sqlite_master --'")
    assert authorizer_events(query) == authorizer_events(query_with_value(PLACEHOLDER))
