"""Real database engines for the tests: a DuckDB file in process, PostgreSQL and MariaDB servers by URL.

The servers come from ``DEEPFIX_TEST_POSTGRES_URL`` / ``DEEPFIX_TEST_MYSQL_URL`` (``.ci/databases.sh
start`` prints them; ``.ci/run`` exports them). Without one the test skips with the reason, unless
``DEEPFIX_REQUIRE_DATABASES=1`` (set by ``.ci/run``), which turns the skip into a failure.

:func:`load_copy` copies a sqlite database (tables, keys, rows) into a fresh namespace of an engine
(a PostgreSQL schema on the search path, a MariaDB database, a DuckDB file) and returns its URL.
PostgreSQL gets lower-case names, as its users write them (unquoted names fold to lower case).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

URL_VARIABLES = {"postgres": "DEEPFIX_TEST_POSTGRES_URL", "mysql": "DEEPFIX_TEST_MYSQL_URL"}


def server_url(engine: str) -> str:
    """The test server's URL for ``engine``, or skip (fail under DEEPFIX_REQUIRE_DATABASES=1)."""
    url = os.environ.get(URL_VARIABLES[engine])
    reason = None
    if not url:
        reason = f"{URL_VARIABLES[engine]} is not set (run .ci/databases.sh start)"
    else:
        import sqlalchemy as sa

        try:
            with sa.create_engine(url, poolclass=sa.pool.NullPool).connect():
                pass
        except Exception as error:  # server down, driver missing
            reason = f"{engine} server not reachable: {type(error).__name__}"
    if reason is not None:
        if os.environ.get("DEEPFIX_REQUIRE_DATABASES") == "1":
            pytest.fail(f"DEEPFIX_REQUIRE_DATABASES=1 but {reason}")
        pytest.skip(reason)
    return url


def namespace_url(engine: str, base_url: str, name: str) -> tuple[str, object]:
    """(URL of a fresh namespace ``name``, admin engine that can drop it)."""
    import sqlalchemy as sa

    admin = sa.create_engine(base_url, poolclass=sa.pool.NullPool)
    url = sa.engine.make_url(base_url)
    with admin.begin() as connection:
        if engine == "postgres":
            connection.exec_driver_sql(f"CREATE SCHEMA {name}")
            url = url.update_query_dict({"options": f"-csearch_path={name}"})
        else:
            connection.exec_driver_sql(f"CREATE DATABASE {name}")
            url = url.set(database=name)
    return url.render_as_string(hide_password=False), admin


def drop_namespace(engine: str, admin, name: str) -> None:
    with admin.begin() as connection:
        connection.exec_driver_sql(f"DROP SCHEMA {name} CASCADE" if engine == "postgres" else f"DROP DATABASE {name}")
    admin.dispose()


def copy_tables(sqlite_path: Path, url: str, lower_names: bool = False) -> None:
    """Every table of the sqlite file (columns, types, keys, rows) created and filled at ``url``."""
    import sqlalchemy as sa

    source = sa.create_engine(f"sqlite:///{sqlite_path}")
    source_meta = sa.MetaData()
    source_meta.reflect(source)
    target = sa.create_engine(url, poolclass=sa.pool.NullPool)
    target_meta = sa.MetaData()
    rename = (lambda name: name.lower()) if lower_names else (lambda name: name)
    tables = {}
    for table in source_meta.sorted_tables:
        columns = [sa.Column(rename(c.name), c.type.as_generic() if not isinstance(c.type, sa.Text) else sa.String(200),
                             primary_key=c.primary_key, nullable=c.nullable, autoincrement=False)
                   for c in table.columns]
        keys = [sa.ForeignKeyConstraint([rename(e.parent.name) for e in fk.elements],
                                        [f"{rename(fk.referred_table.name)}.{rename(e.column.name)}" for e in fk.elements])
                for fk in table.foreign_key_constraints]
        tables[table.name] = sa.Table(rename(table.name), target_meta, *columns, *keys)
    target_meta.create_all(target)
    with source.connect() as read, target.begin() as write:
        for table in source_meta.sorted_tables:
            rows = [dict(zip([rename(k) for k in row._mapping.keys()], row)) for row in read.execute(table.select())]
            if rows:
                write.execute(tables[table.name].insert(), rows)
    source.dispose()
    target.dispose()


class EngineCopy:
    """A copy of a sqlite database on one engine: ``url`` to ask it, ``close()`` to drop it."""

    def __init__(self, engine: str, sqlite_path: Path, tmp_path: Path):
        self.engine = engine
        self.name = f"deepfix_t{uuid.uuid4().hex[:10]}"
        self.admin = None
        if engine == "duckdb":
            pytest.importorskip("duckdb_engine")
            self.url = f"duckdb:///{tmp_path / (self.name + '.duckdb')}"
        else:
            self.url, self.admin = namespace_url(engine, server_url(engine), self.name)
        copy_tables(sqlite_path, self.url, lower_names=engine == "postgres")

    def close(self) -> None:
        from deepfix.tasks.spider.database.engines import dispose

        dispose(self.url)
        if self.admin is not None:
            drop_namespace(self.engine, self.admin, self.name)
