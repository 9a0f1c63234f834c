"""The seam between the model's SQL (SQLite's dialect, as Spider's) and the engine that runs it.

:func:`render_for` writes the SQL for ``engine`` with
:func:`deepfix.tasks.spider.sql.dialect.to_dialect` (sqlglot) where that module is installed;
without it the SQL is run as decoded (queries in the common subset of the dialects run unchanged).
"""

from __future__ import annotations


def render_for(sql: str, engine: str, db: dict | None = None) -> str:
    """``sql`` written for ``engine`` ("sqlite", "postgres", "mysql", "duckdb"); a query that cannot
    be written for it -> one-line DeepfixError (from the dialect module)."""
    if engine == "sqlite":
        return sql
    try:
        from deepfix.tasks.spider.sql.dialect import to_dialect
    except ImportError:  # the dialect module is not there yet: the common subset runs as is
        return sql
    names = None
    if db is not None:
        names = {table: [] for table in db["table_names_original"]}
        for t, column in db["column_names_original"]:
            if t >= 0:
                names[db["table_names_original"][t]].append(column)
    return to_dialect(sql, engine, names)
