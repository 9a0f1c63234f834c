"""Names as SQLite reads them, spelled so that a case-sensitive engine reads the same ones.

SQLite matches table and column names without regard to case (``FROM Singer`` reads table
``singer``), and a double-quoted token that names no column is a string (``WHERE name = "Bob"``).
PostgreSQL folds unquoted names to lower case, MySQL/MariaDB compare table names and aliases with
case on Linux, and every engine but SQLite reads ``"Bob"`` as a column. :func:`resolve_names`
rewrites a parsed query (a sqlglot expression read as SQLite) against the database's own names:
each table, and each column it can place, becomes the schema's spelling, quoted (reserved words
such as ``year`` or ``rank`` stop mattering too); each table qualifier takes the spelling its alias
was declared with; and a double-quoted unqualified token that is neither a column of the schema
nor an output alias of the query becomes the string literal SQLite reads it as. A column placed in
a table carries ``(table, column)`` in its ``meta`` (:data:`.sqlite_affinity.PLACED`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from deepfix.tasks.spider.sql.sqlite_affinity import PLACED


def schema_names(db: dict) -> dict[str, dict[str, str]]:
    """``{table: {column: Spider column kind}}`` in the spelling of a ``tables.json`` entry's
    original names (iterating a table's entry gives its column names)."""
    tables = db["table_names_original"]
    names: dict[str, dict[str, str]] = {name: {} for name in tables}
    for (table, column), kind in zip(db["column_names_original"], db["column_types"]):
        if table >= 0:
            names[tables[table]].setdefault(column, kind)
    return names


def resolve_names(tree, schema: Mapping[str, Iterable[str]]):
    """``tree`` (a sqlglot expression, modified in place and returned) with SQLite's reading of its
    names written out against ``schema`` (``{table: [column, ...]}`` in the engine's spelling)."""
    from sqlglot import exp

    tables = {name.lower(): name for name in schema}
    columns = {name.lower(): {column.lower(): column for column in schema[name]} for name in schema}
    anywhere: dict[str, set[str]] = {}
    for spellings in columns.values():
        for lower, spelling in spellings.items():
            anywhere.setdefault(lower, set()).add(spelling)

    aliases: dict[str, tuple[str, str | None]] = {}  # alias -> (declared spelling, its table)
    used_tables: list[str] = []
    for table in tree.find_all(exp.Table):
        if table.name.lower() in tables:
            used_tables.append(table.name.lower())
            if table.alias:
                aliases[table.alias.lower()] = (table.alias, table.name.lower())
    for node in tree.find_all(exp.Subquery, exp.CTE):
        if node.alias:
            aliases[node.alias.lower()] = (node.alias, None)
    outputs = {alias.alias.lower() for alias in tree.find_all(exp.Alias)}

    for table in list(tree.find_all(exp.Table)):
        spelling = tables.get(table.name.lower())
        if spelling is not None and not table.args.get("db"):
            table.set("this", exp.to_identifier(spelling, quoted=True))

    for column in list(tree.find_all(exp.Column)):
        if isinstance(column.this, exp.Star):
            continue
        name, qualifier = column.name, column.table
        owner = None
        if qualifier:
            if qualifier.lower() in aliases:
                declared, owner = aliases[qualifier.lower()]
                column.set("table", exp.to_identifier(declared))
            elif qualifier.lower() in tables:
                owner = qualifier.lower()
                column.set("table", exp.to_identifier(tables[owner], quoted=True))
        spelling, table = _column_spelling(name.lower(), owner, bool(qualifier), columns, anywhere, used_tables)
        if spelling is not None:
            column.set("this", exp.to_identifier(spelling, quoted=True))
            if table is not None:
                column.meta[PLACED] = (tables[table], spelling)
        elif not qualifier and column.this.quoted and name.lower() not in outputs:
            column.replace(exp.Literal.string(name))
    return tree


def _column_spelling(lower: str, owner: str | None, qualified: bool, columns: dict, anywhere: dict,
                     used_tables: list[str]) -> tuple[str | None, str | None]:
    """(the schema's spelling of column ``lower``, its table or None where not known): from its
    table when the qualifier names one, else from the first table of the query that has it, else
    the schema's only spelling of it."""
    if owner is not None:
        return columns[owner].get(lower), owner
    if qualified:  # a subquery's alias, or a qualifier the schema does not know: leave it be
        return None, None
    for table in used_tables:
        if lower in columns[table]:
            return columns[table][lower], table
    spellings = anywhere.get(lower, set())
    return (next(iter(spellings)) if len(spellings) == 1 else None), None
