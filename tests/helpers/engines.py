"""Connections to the database engines beside SQLite, for tests that run SQL on them.

DuckDB runs in process: available whenever the ``duckdb`` package is installed. PostgreSQL and
MariaDB/MySQL are servers, reached at the URL in ``DEEPFIX_TEST_POSTGRES_URL`` /
``DEEPFIX_TEST_MYSQL_URL`` (SQLAlchemy form, ``postgresql+psycopg://user:password@host:port/db``;
by default the local test servers, user, password and database ``deepfix`` on 127.0.0.1). An engine
that cannot be reached is skipped with the reason, unless ``DEEPFIX_REQUIRE_DATABASES=1``, which
makes it a failure (``.ci/run`` sets it).
"""

from __future__ import annotations

import os
from urllib.parse import unquote, urlsplit

import pytest

DEFAULT_URLS = {
    "postgres": "postgresql+psycopg://deepfix:deepfix@127.0.0.1:5432/deepfix",
    "mysql": "mysql+pymysql://deepfix:deepfix@127.0.0.1:3306/deepfix",
}


def unavailable(reason: str):
    """Skip (or, with DEEPFIX_REQUIRE_DATABASES=1, fail) the calling test."""
    if os.environ.get("DEEPFIX_REQUIRE_DATABASES") == "1":
        pytest.fail(f"DEEPFIX_REQUIRE_DATABASES=1 but {reason}")
    pytest.skip(reason)


def _url_parts(engine: str) -> dict:
    url = urlsplit(os.environ.get(f"DEEPFIX_TEST_{engine.upper()}_URL", DEFAULT_URLS[engine]))
    return {"host": url.hostname or "127.0.0.1", "port": url.port, "user": unquote(url.username or ""),
            "password": unquote(url.password or ""), "database": url.path.lstrip("/")}


def connect(engine: str):
    """A DB-API connection (autocommit) to ``engine``: ``duckdb``, ``postgres`` or ``mysql``."""
    if engine == "duckdb":
        duckdb = pytest.importorskip("duckdb", reason="the duckdb package is not installed (pip install deepfix[duckdb])")
        return duckdb.connect(":memory:")
    parts = _url_parts(engine)
    if engine == "postgres":
        try:
            import psycopg
        except ImportError:
            unavailable("psycopg is not installed (pip install deepfix[postgres])")
        try:
            return psycopg.connect(host=parts["host"], port=parts["port"] or 5432, user=parts["user"],
                                   password=parts["password"], dbname=parts["database"], autocommit=True,
                                   connect_timeout=3)
        except psycopg.Error as error:
            unavailable(f"no PostgreSQL server at {parts['host']}:{parts['port'] or 5432} ({' '.join(str(error).split())[:160]})")
    try:
        import pymysql
    except ImportError:
        unavailable("pymysql is not installed (pip install deepfix[mysql])")
    try:
        return pymysql.connect(host=parts["host"], port=parts["port"] or 3306, user=parts["user"],
                               password=parts["password"], database=parts["database"], autocommit=True,
                               connect_timeout=3)
    except pymysql.Error as error:
        unavailable(f"no MySQL/MariaDB server at {parts['host']}:{parts['port'] or 3306} ({' '.join(str(error).split())[:160]})")


def fetch_all(connection, sql: str, parameters=None) -> list[tuple]:
    """Run ``sql`` on any of the three connections and return its rows as tuples."""
    cursor = connection.cursor()
    try:
        cursor.execute(sql, parameters) if parameters is not None else cursor.execute(sql)
        return [tuple(row) for row in cursor.fetchall()] if cursor.description else []
    finally:
        cursor.close()


def execute(connection, sql: str, rows=None) -> None:
    """Run a statement (``rows``: many parameter tuples for an INSERT, ``?`` as placeholder)."""
    cursor = connection.cursor()
    try:
        if rows is None:
            cursor.execute(sql)
        else:
            if type(connection).__module__.split(".")[0] in ("psycopg", "pymysql"):
                sql = sql.replace("?", "%s")
            cursor.executemany(sql, rows)
    finally:
        cursor.close()
