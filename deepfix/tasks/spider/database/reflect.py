"""A Spider schema (a tables.json entry) read from any SQLAlchemy database by reflection.

Tables, columns and declared types, primary keys and foreign keys come from SQLAlchemy's
inspector (the engine's own catalogue, no hand-written per-engine query), except on DuckDB: its
SQLAlchemy dialect (duckdb_engine 0.17) reflects columns and keys through PostgreSQL catalogue
tables that DuckDB 1.3+ no longer has (``pg_collation``, the ``REGCLASS`` type), so DuckDB is read
through the SQL standard's ``information_schema`` views by :class:`StandardCatalogue`, which offers
the four inspector methods used here. Names and types are
mapped to Spider's as for sqlite files (:func:`~deepfix.tasks.spider.encoder.sqlite_schema.natural_name`,
:func:`~deepfix.tasks.spider.encoder.sqlite_schema.spider_type`).
"""

from __future__ import annotations

from deepfix.errors import DeepfixError

from deepfix.tasks.spider.encoder.sqlite_schema import natural_name, spider_type


class StandardCatalogue:
    """SQLAlchemy's inspector methods answered from the SQL standard's ``information_schema``
    (tables, columns, table_constraints, key_column_usage, referential_constraints) of the
    connection's current schema."""

    def __init__(self, connection):
        self.connection = connection

    def _rows(self, sql: str, **params) -> list:
        from sqlalchemy import text

        return list(self.connection.execute(text(sql), params))

    def get_table_names(self) -> list[str]:
        return [r[0] for r in self._rows(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_type = 'BASE TABLE' ORDER BY table_name")]

    def get_columns(self, table: str) -> list[dict]:
        return [{"name": r[0], "type": r[1]} for r in self._rows(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = :table ORDER BY ordinal_position", table=table)]

    def _key_columns(self, table: str, kind: str) -> list:
        return self._rows(
            "SELECT k.constraint_name, k.column_name, k.ordinal_position, k.position_in_unique_constraint "
            "FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k "
            "ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name "
            "WHERE c.table_schema = current_schema() AND c.table_name = :table AND c.constraint_type = :kind "
            "ORDER BY k.constraint_name, k.ordinal_position", table=table, kind=kind)

    def get_pk_constraint(self, table: str) -> dict:
        return {"constrained_columns": [r[1] for r in self._key_columns(table, "PRIMARY KEY")]}

    def get_foreign_keys(self, table: str) -> list[dict]:
        keys: dict[str, dict] = {}
        for name, column, _position, unique_position in self._key_columns(table, "FOREIGN KEY"):
            referred = self._rows(
                "SELECT k.table_name, k.column_name FROM information_schema.referential_constraints r "
                "JOIN information_schema.key_column_usage k ON k.constraint_name = r.unique_constraint_name "
                "AND k.table_schema = r.unique_constraint_schema "
                "WHERE r.constraint_schema = current_schema() AND r.constraint_name = :name "
                "AND k.ordinal_position = :position", name=name, position=unique_position)
            if not referred:
                continue
            key = keys.setdefault(name, {"constrained_columns": [], "referred_table": referred[0][0],
                                         "referred_columns": []})
            key["constrained_columns"].append(column)
            key["referred_columns"].append(referred[0][1])
        return list(keys.values())


def schema_from_connection(connection, db_id: str, shown: str) -> dict:
    """The tables.json-style entry of the database behind a SQLAlchemy ``connection``."""
    from sqlalchemy import inspect

    inspector = StandardCatalogue(connection) if connection.dialect.name == "duckdb" else inspect(connection)
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
