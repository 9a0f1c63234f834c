"""The seam between the model's SQL (SQLite's dialect, as Spider's) and the engine that runs it."""

from __future__ import annotations

from deepfix.tasks.spider.sql.dialect import to_dialect
from deepfix.tasks.spider.sql.sqlite_names import schema_names


def render_for(sql: str, engine: str, db: dict | None = None) -> str:
    """``sql`` written for ``engine`` ("sqlite", "postgres", "mysql", "duckdb") with
    :func:`~deepfix.tasks.spider.sql.dialect.to_dialect`, names and number-vs-text comparisons read
    as SQLite reads them against ``db`` (a ``tables.json``-style schema); a query that cannot be
    written for it -> one-line DeepfixError."""
    if engine == "sqlite":
        return sql
    return to_dialect(sql, engine, schema_names(db) if db is not None else None)
