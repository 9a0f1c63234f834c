"""A Spider schema (a tables.json entry) read from any SQLAlchemy database by reflection.

Tables, columns and declared types, primary keys and foreign keys come from SQLAlchemy's
inspector (the engine's own catalogue, no hand-written per-engine query); names and types are
mapped to Spider's as for sqlite files (:func:`~deepfix.tasks.spider.encoder.sqlite_schema.natural_name`,
:func:`~deepfix.tasks.spider.encoder.sqlite_schema.spider_type`).
"""

from __future__ import annotations

from deepfix.errors import DeepfixError

from deepfix.tasks.spider.encoder.sqlite_schema import natural_name, spider_type


def schema_from_connection(connection, db_id: str, shown: str) -> dict:
    """The tables.json-style entry of the database behind a SQLAlchemy ``connection``."""
    from sqlalchemy import inspect

    inspector = inspect(connection)
    tables = list(inspector.get_table_names())
    if not tables:
        raise DeepfixError(f"{shown}: the database has no tables")
    columns, types, primary, foreign = [[-1, "*"]], ["text"], [], []
    index: dict[tuple[str, str], int] = {}
    for t, table in enumerate(tables):
        for column in inspector.get_columns(table):
            index[(table, column["name"])] = len(columns)
            columns.append([t, column["name"]])
            types.append(spider_type(str(column["type"])))
        for name in (inspector.get_pk_constraint(table) or {}).get("constrained_columns") or []:
            if (table, name) in index:
                primary.append(index[(table, name)])
    for table in tables:
        for key in inspector.get_foreign_keys(table):
            for source, target in zip(key["constrained_columns"], key["referred_columns"]):
                pair = index.get((table, source)), index.get((key["referred_table"], target))
                if None not in pair:
                    foreign.append(list(pair))
    return {
        "db_id": db_id,
        "table_names_original": tables,
        "table_names": [natural_name(t) for t in tables],
        "column_names_original": columns,
        "column_names": [[t, natural_name(n) if t >= 0 else "*"] for t, n in columns],
        "column_types": types,
        "primary_keys": primary,
        "foreign_keys": foreign,
    }
