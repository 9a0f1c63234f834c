"""A Spider schema (a tables.json entry) read from a sqlite file itself, for ``deepfix spider ask``.

Tables come from ``sqlite_master`` (internal ``sqlite_*`` tables skipped), columns, primary keys
and declared types from ``PRAGMA table_info``, foreign keys from ``PRAGMA foreign_key_list``.
Natural-language names follow Spider's convention: the identifier lower-cased with underscores
(and camelCase boundaries) turned into spaces. Types map to Spider's five: text, number, time,
boolean, others (SQLite type affinity rules, roughly).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from deepfix.errors import DeepfixError

from deepfix.tasks.spider.sql.execute import open_read_only


def natural_name(identifier: str) -> str:
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", identifier)
    return " ".join(re.split(r"[\s_]+", spaced.strip())).lower()


def spider_type(declared: str) -> str:
    t = (declared or "").lower()
    if any(k in t for k in ("date", "time", "year")):
        return "time"
    if "bool" in t:
        return "boolean"
    if any(k in t for k in ("int", "real", "floa", "doub", "num", "dec")):
        return "number"
    if any(k in t for k in ("char", "text", "clob", "string")) or not t:
        return "text"
    return "others"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def schema_from_sqlite(path: str | Path, db_id: str | None = None) -> dict:
    """The tables.json-style entry of a sqlite database (opened read-only)."""
    path = Path(path)
    connection = open_read_only(path)  # checks the file is sqlite; read-only at the file level
    connection.set_authorizer(None)  # our own fixed PRAGMA reads only; the connection is closed after
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
        if not tables:
            raise DeepfixError(f"{path}: the database has no tables")
        columns, types, primary, foreign_raw = [[-1, "*"]], ["text"], [], []
        index: dict[tuple[str, str], int] = {}
        for t, table in enumerate(tables):
            info = connection.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
            for _cid, name, declared, _notnull, _default, pk in info:
                index[(table.lower(), name.lower())] = len(columns)
                if pk:
                    primary.append(len(columns))
                columns.append([t, name])
                types.append(spider_type(declared))
            for row in connection.execute(f"PRAGMA foreign_key_list({_quote(table)})").fetchall():
                foreign_raw.append((table, row[3], row[2], row[4]))  # (table, from column, ref table, to column)
    except sqlite3.DatabaseError as error:
        raise DeepfixError(f"{path}: cannot read the schema ({error})") from None
    finally:
        connection.close()
    foreign = []
    for table, source, ref_table, target in foreign_raw:
        if target is None:  # FOREIGN KEY (x) REFERENCES t: the referenced table's primary key
            keys = [c for c in primary if columns[c][0] == [x.lower() for x in tables].index(ref_table.lower())] \
                if ref_table.lower() in [x.lower() for x in tables] else []
            target_id = keys[0] if keys else None
        else:
            target_id = index.get((ref_table.lower(), target.lower()))
        source_id = index.get((table.lower(), source.lower()))
        if source_id is not None and target_id is not None:
            foreign.append([source_id, target_id])
    return {
        "db_id": db_id or path.stem,
        "table_names_original": tables,
        "table_names": [natural_name(t) for t in tables],
        "column_names_original": columns,
        "column_names": [[t, natural_name(n) if t >= 0 else "*"] for t, n in columns],
        "column_types": types,
        "primary_keys": primary,
        "foreign_keys": foreign,
    }
