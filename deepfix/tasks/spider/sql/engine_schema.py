"""``CREATE TABLE`` statements of a ``tables.json`` entry for another engine than SQLite.

:func:`deepfix.tasks.spider.sql.validity.empty_database` builds a Spider schema in SQLite with the
declared types as given (SQLite takes any type name). PostgreSQL, MySQL/MariaDB and DuckDB need
real types: Spider's five column kinds map to the types below (``number`` to an exact decimal,
``time`` to a timestamp, ``others`` to text). Names keep their ``tables.json`` spelling, quoted;
a table's primary key (``primary_keys``, one column or several) is declared, since PostgreSQL and
MySQL 8 use it to accept ``GROUP BY`` on a key with the table's other columns selected; foreign
keys are not (they change no query's meaning). As in ``empty_database``, a column a table declares
twice (names differing in case only) is kept once, and SQLite's own ``sqlite_sequence`` is left out.
"""

from __future__ import annotations

#: Spider column kind -> SQL type, per engine. MySQL cannot index TEXT without a length, so a text
#: column in a primary key is VARCHAR(255) there (:data:`_MYSQL_KEY_TEXT`).
TYPES = {
    "postgres": {"text": "TEXT", "number": "NUMERIC", "time": "TIMESTAMP", "boolean": "BOOLEAN", "others": "TEXT"},
    "mysql": {"text": "TEXT", "number": "DECIMAL(38,10)", "time": "DATETIME", "boolean": "BOOLEAN",
              "others": "TEXT"},
    "duckdb": {"text": "VARCHAR", "number": "DECIMAL(38,10)", "time": "TIMESTAMP", "boolean": "BOOLEAN",
               "others": "VARCHAR"},
    "sqlite": {"text": "TEXT", "number": "NUMERIC", "time": "TIMESTAMP", "boolean": "BOOLEAN", "others": "TEXT"},
}
_MYSQL_KEY_TEXT = "VARCHAR(255)"


def quote_identifier(name: str, engine: str) -> str:
    """``name`` as a quoted identifier of ``engine`` (backticks on MySQL, else double quotes)."""
    mark = "`" if engine == "mysql" else '"'
    return mark + name.replace(mark, mark * 2) + mark


def table_columns(db: dict) -> dict[int, list[tuple[int, str, str]]]:
    """``{table index: [(column index, name, kind), ...]}``, each name once per table (case-insensitively)."""
    columns: dict[int, list[tuple[int, str, str]]] = {t: [] for t in range(len(db["table_names_original"]))}
    seen: dict[int, set[str]] = {t: set() for t in columns}
    for index, ((table, name), kind) in enumerate(zip(db["column_names_original"], db["column_types"])):
        if table < 0 or name.lower() in seen[table]:
            continue
        seen[table].add(name.lower())
        columns[table].append((index, name, kind))
    return columns


def create_statements(db: dict, engine: str, primary_keys: bool = True) -> list[str]:
    """One ``CREATE TABLE`` per table of ``db`` (a ``tables.json`` entry) for ``engine``."""
    types = TYPES[engine]
    keys: set[int] = set()
    for key in db.get("primary_keys", []) if primary_keys else []:
        keys.update(key if isinstance(key, list) else [key])  # newer files list a composite key as one list
    statements = []
    for table, columns in table_columns(db).items():
        name = db["table_names_original"][table]
        if name.lower() == "sqlite_sequence":
            continue
        body = []
        key_names = []
        for index, column, kind in columns:
            sql_type = types.get(kind, types["others"])
            if index in keys:
                key_names.append(quote_identifier(column, engine))
                if engine == "mysql" and sql_type == "TEXT":
                    sql_type = _MYSQL_KEY_TEXT
            body.append(f"{quote_identifier(column, engine)} {sql_type}")
        if not body:
            body.append(f"{quote_identifier('_', engine)} {types['text']}")
        if key_names:
            body.append(f"PRIMARY KEY ({', '.join(key_names)})")
        statements.append(f"CREATE TABLE {quote_identifier(name, engine)} ({', '.join(body)})")
    return statements
