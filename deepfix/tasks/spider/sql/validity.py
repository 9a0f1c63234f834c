"""Is a predicted query valid SQL on its own schema? sqlite compiles it on an empty copy of the schema.

Spider's exact match scores a query whose column is not reachable from its FROM clause like any
other; a user running it gets ``no such column``. :class:`SchemaChecker` builds, once per
database, an empty in-memory sqlite database from the ``tables.json`` entry (every table and
column, declared types as given, no rows) and asks sqlite to compile the query with ``EXPLAIN``:
names, clauses and types are checked exactly as sqlite will check them on the real database, and
nothing is executed (no rows exist; the connection refuses everything but reading, as
:mod:`.execute`).
"""

from __future__ import annotations

import sqlite3

from deepfix.tasks.spider.sql.execute import _authorize


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def empty_database(db: dict) -> sqlite3.Connection:
    """An in-memory sqlite database with the tables and columns of a ``tables.json`` entry, no rows."""
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    columns: dict[int, list[str]] = {t: [] for t in range(len(db["table_names_original"]))}
    seen: dict[int, set[str]] = {t: set() for t in columns}
    for (table, name), kind in zip(db["column_names_original"], db["column_types"]):
        if table < 0 or name.lower() in seen[table]:  # `*`, or a name a table declares twice
            continue
        seen[table].add(name.lower())
        columns[table].append(f"{_quote(name)} {kind if kind.isidentifier() else ''}".strip())
    for table, name in enumerate(db["table_names_original"]):
        if name.lower() == "sqlite_sequence":  # sqlite's own (name, seq) table: made by any AUTOINCREMENT
            connection.execute('CREATE TABLE "deepfix autoincrement" (id INTEGER PRIMARY KEY AUTOINCREMENT)')
            continue
        body = ", ".join(columns[table]) or '"_"'
        connection.execute(f"CREATE TABLE {_quote(name)} ({body})")
    connection.execute("PRAGMA query_only = ON")
    connection.set_authorizer(_authorize)
    return connection


class SchemaChecker:
    """``check(sql, db)``: None if sqlite accepts ``sql`` on ``db``'s schema, else sqlite's message."""

    def __init__(self) -> None:
        self._connections: dict[str, sqlite3.Connection] = {}

    def check(self, sql: str, db: dict) -> str | None:
        connection = self._connections.get(db["db_id"])
        if connection is None:
            connection = self._connections[db["db_id"]] = empty_database(db)
        if ";" in sql.strip().rstrip(";"):
            return "more than one statement"
        try:
            connection.execute("EXPLAIN " + sql).fetchall()
        except (sqlite3.Error, sqlite3.Warning, OverflowError) as error:
            return str(error) or type(error).__name__
        return None

    def close(self) -> None:
        for connection in self._connections.values():
            connection.close()
        self._connections.clear()

    def __enter__(self) -> "SchemaChecker":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
