"""A Spider schema (a tables.json entry) read from any SQLAlchemy database by reflection.

Tables, columns and declared types, primary keys and foreign keys come from SQLAlchemy's
inspector (the engine's own catalogue, no hand-written per-engine query), read in bulk with its
``get_multi_*`` methods (one catalogue query per kind for the whole schema, not one per table: a
500-table schema is read in a fraction of a second on PostgreSQL). DuckDB is the exception: its
SQLAlchemy dialect (duckdb_engine 0.17) reflects columns and keys through PostgreSQL catalogue
tables that DuckDB 1.3+ no longer has (``pg_collation``, the ``REGCLASS`` type), so DuckDB is read
through the SQL standard's ``information_schema`` views by :class:`StandardCatalogue`, which
answers the same bulk methods. Names and types are mapped to Spider's as for sqlite files
(:func:`~deepfix.tasks.spider.inputs.sqlite_schema.natural_name`,
:func:`~deepfix.tasks.spider.inputs.sqlite_schema.spider_type`).
"""

from __future__ import annotations

from deepfix.errors import DeepfixError

from deepfix.tasks.spider.inputs.sqlite_schema import natural_name, spider_type


class StandardCatalogue:
    """SQLAlchemy's bulk inspector methods answered from the SQL standard's ``information_schema``
    (tables, columns, table_constraints, key_column_usage, referential_constraints) of the
    connection's current schema, one query each. Keys are ``(None, table)``, as the inspector's."""

    def __init__(self, connection):
        self.connection = connection

    def _rows(self, sql: str) -> list:
        from sqlalchemy import text

        return list(self.connection.execute(text(sql)))

    def get_table_names(self) -> list[str]:
        return [r[0] for r in self._rows(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_type = 'BASE TABLE' ORDER BY table_name")]

    def get_multi_columns(self) -> dict:
        columns: dict = {}
        for table, name, kind in self._rows(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"):
            columns.setdefault((None, table), []).append({"name": name, "type": kind})
        return columns

    def _key_columns(self, kind: str) -> list:
        """(table, constraint, column, position in the referenced key) of every ``kind`` constraint."""
        return self._rows(
            "SELECT k.table_name, k.constraint_name, k.column_name, k.position_in_unique_constraint "
            "FROM information_schema.table_constraints c JOIN information_schema.key_column_usage k "
            "ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema "
            "AND k.table_name = c.table_name "
            f"WHERE c.table_schema = current_schema() AND c.constraint_type = '{kind}' "
            "ORDER BY k.table_name, k.constraint_name, k.ordinal_position")

    def get_multi_pk_constraint(self) -> dict:
        keys: dict = {}
        for table, _name, column, _position in self._key_columns("PRIMARY KEY"):
            keys.setdefault((None, table), {"constrained_columns": []})["constrained_columns"].append(column)
        return keys

    def get_multi_foreign_keys(self) -> dict:
        # the referenced key's columns by (constraint name, position)
        referenced = {(r[0], r[3]): (r[1], r[2]) for r in self._rows(
            "SELECT r.constraint_name, k.table_name, k.column_name, k.ordinal_position "
            "FROM information_schema.referential_constraints r JOIN information_schema.key_column_usage k "
            "ON k.constraint_name = r.unique_constraint_name AND k.table_schema = r.unique_constraint_schema "
            "WHERE r.constraint_schema = current_schema()")}
        keys: dict = {}
        for table, name, column, position in self._key_columns("FOREIGN KEY"):
            target = referenced.get((name, position))
            if target is None:
                continue
            per_table = keys.setdefault((None, table), {})
            key = per_table.setdefault(name, {"constrained_columns": [], "referred_table": target[0],
                                              "referred_columns": []})
            key["constrained_columns"].append(column)
            key["referred_columns"].append(target[1])
        return {table: list(named.values()) for table, named in keys.items()}


def schema_from_connection(connection, db_id: str, shown: str) -> dict:
    """The tables.json-style entry of the database behind a SQLAlchemy ``connection``."""
    from sqlalchemy import inspect

    inspector = StandardCatalogue(connection) if connection.dialect.name == "duckdb" else inspect(connection)
    tables = list(inspector.get_table_names())
    if not tables:
        raise DeepfixError(f"{shown}: the database has no tables")
    by_table = lambda found: {table: value for (_schema, table), value in found.items()}  # noqa: E731
    all_columns = by_table(inspector.get_multi_columns())
    all_primary = by_table(inspector.get_multi_pk_constraint())
    all_foreign = by_table(inspector.get_multi_foreign_keys())
    columns, types, primary, foreign = [[-1, "*"]], ["text"], [], []
    index: dict[tuple[str, str], int] = {}
    for t, table in enumerate(tables):
        for column in all_columns.get(table, []):
            index[(table, column["name"])] = len(columns)
            columns.append([t, column["name"]])
            types.append(spider_type(str(column["type"])))
        for name in (all_primary.get(table) or {}).get("constrained_columns") or []:
            if (table, name) in index:
                primary.append(index[(table, name)])
    for table in tables:
        for key in all_foreign.get(table, []):
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
