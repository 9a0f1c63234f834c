"""A Spider database schema (one ``tables.json`` entry), validated and indexed.

Spider numbers columns globally per database: column 0 is ``*`` (table -1), then every column of
every table. Foreign keys are ``[source column, target column]`` pairs (the source refers to the
target, usually a primary key). This module keeps that numbering, so column ids in a parsed
``sql`` dict index :attr:`Schema.columns` directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from deepfix.errors import DeepfixError, where

from deepfix.tasks.spider.inputs.text import words

TABLE_FIELDS = (
    "db_id",
    "table_names",
    "table_names_original",
    "column_names",
    "column_names_original",
    "column_types",
    "primary_keys",
    "foreign_keys",
)


@dataclass(frozen=True)
class Column:
    index: int
    table: int  # -1 for ``*``
    name: str  # natural-language name, e.g. "people id"
    original: str  # SQL identifier, e.g. "People_ID"
    type: str  # text | number | time | boolean | others

    @property
    def words(self) -> tuple[str, ...]:
        return words(self.name)


@dataclass(frozen=True)
class Table:
    index: int
    name: str
    original: str

    @property
    def words(self) -> tuple[str, ...]:
        return words(self.name)


@dataclass
class Schema:
    db_id: str
    tables: list[Table]
    columns: list[Column]
    primary_keys: set[int]
    foreign_keys: list[tuple[int, int]]  # (source column, target column)
    raw: dict = field(repr=False, default_factory=dict)  # the tables.json entry, untouched

    @property
    def num_columns(self) -> int:
        return len(self.columns)

    @property
    def num_tables(self) -> int:
        return len(self.tables)

    def table_primary_keys(self, table: int) -> list[int]:
        return [c for c in sorted(self.primary_keys) if self.columns[c].table == table]

    @classmethod
    def from_json(cls, entry, path="tables.json", record=None) -> "Schema":
        """Validate one tables.json entry; errors name ``path``, ``record`` and the field."""
        if not isinstance(entry, dict):
            raise DeepfixError(f"{where(path, record)}: expected an object, got {type(entry).__name__}")
        for name in TABLE_FIELDS:
            if name not in entry:
                raise DeepfixError(f"{where(path, record, name)}: missing")
        db_id = entry["db_id"]
        if not isinstance(db_id, str) or not db_id:
            raise DeepfixError(f"{where(path, record, 'db_id')}: expected a non-empty string")

        def string_list(name):
            value = entry[name]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise DeepfixError(f"{where(path, record, name)}: expected a list of strings")
            return value

        def column_list(name):
            value = entry[name]
            ok = isinstance(value, list) and all(
                isinstance(v, list) and len(v) == 2 and isinstance(v[0], int) and isinstance(v[1], str)
                for v in value
            )
            if not ok:
                raise DeepfixError(f"{where(path, record, name)}: expected a list of [table index, name] pairs")
            return value

        table_names = string_list("table_names")
        table_original = string_list("table_names_original")
        column_names = column_list("column_names")
        column_original = column_list("column_names_original")
        column_types = string_list("column_types")
        if len(table_original) != len(table_names):
            raise DeepfixError(f"{where(path, record, 'table_names_original')}: length {len(table_original)} "
                               f"differs from table_names ({len(table_names)})")
        for name, value in (("column_names_original", column_original), ("column_types", column_types)):
            if len(value) != len(column_names):
                raise DeepfixError(f"{where(path, record, name)}: length {len(value)} differs from "
                                   f"column_names ({len(column_names)})")
        if not column_names or column_names[0] != [-1, "*"]:
            raise DeepfixError(f"{where(path, record, 'column_names')}: the first column must be [-1, \"*\"]")
        for i, (table, _) in enumerate(column_names[1:], start=1):
            if not 0 <= table < len(table_names):
                raise DeepfixError(f"{where(path, record, 'column_names')}: column {i} refers to table {table}, "
                                   f"but there are {len(table_names)} tables")
            if column_original[i][0] != table:
                raise DeepfixError(f"{where(path, record, 'column_names_original')}: column {i} is in table "
                                   f"{column_original[i][0]}, but column_names says {table}")
        num_columns = len(column_names)

        def column_id(value, name):
            if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < num_columns:
                raise DeepfixError(f"{where(path, record, name)}: {value!r} is not a column id in 1..{num_columns - 1}")
            return value

        primary = entry["primary_keys"]
        if not isinstance(primary, list):
            raise DeepfixError(f"{where(path, record, 'primary_keys')}: expected a list of column ids")
        primary_keys: set[int] = set()
        for value in primary:  # composite keys appear as nested lists in some Spider releases
            for v in value if isinstance(value, list) else [value]:
                primary_keys.add(column_id(v, "primary_keys"))
        foreign = entry["foreign_keys"]
        if not isinstance(foreign, list) or not all(isinstance(p, list) and len(p) == 2 for p in foreign):
            raise DeepfixError(f"{where(path, record, 'foreign_keys')}: expected a list of [column, column] pairs")
        foreign_keys = [(column_id(a, "foreign_keys"), column_id(b, "foreign_keys")) for a, b in foreign]

        tables = [Table(i, n, o) for i, (n, o) in enumerate(zip(table_names, table_original))]
        columns = [
            Column(i, t, n, o[1], ty)
            for i, ((t, n), o, ty) in enumerate(zip(column_names, column_original, column_types))
        ]
        return cls(db_id, tables, columns, primary_keys, foreign_keys, raw=entry)
