"""The model's SQL (SQLite's dialect) written for the engine that will run it, with sqlglot.

deepfix decodes Spider's SQL, which is SQLite's. :func:`to_dialect` reads it as SQLite and writes
it for ``sqlite``, ``postgres``, ``mysql`` (MySQL and MariaDB) or ``duckdb`` with sqlglot's
transpiler (``||`` becomes ``CONCAT`` on MySQL, SQLite's NULL ordering is spelled out, ...).
Given the database's names (``{table: [column, ...]}``), it also writes names as SQLite reads them
(:mod:`.sqlite_names`: case-insensitive names, double-quoted strings) and, given the columns'
kinds, numbers compared with text columns as SQLite compares them (:mod:`.sqlite_affinity`). Two
small rewrites more keep SQLite's meaning where the transpiler does not: an unnamed subquery in
FROM gets a name (MySQL and PostgreSQL before 16 require one), SQLite's ``LIKE``, which ignores
case, is written ``ILIKE`` where ``LIKE`` would not (PostgreSQL, DuckDB), and a column of a grouped
query that is neither grouped nor aggregated (SQLite takes it from a row of the group) is wrapped in
an aggregate that picks a value of the group, where the engine requires it (DuckDB ``ANY_VALUE``;
PostgreSQL 15, which has no ``ANY_VALUE``, ``MIN``; the two agree where the column depends on the
group, as in Spider's ``GROUP BY T1.id`` ... ``SELECT T1.name``). A bare column beside an aggregate
without ``GROUP BY`` is left alone: SQLite's meaning there (the row of the ``max``) has no
aggregate spelling.

String literals stay literals: sqlglot writes a string in single quotes with ``'`` doubled on
every engine, and on MySQL, where a backslash escapes in a string, with ``\\`` doubled as well.
Anything but one query (a SELECT or a set operation of SELECTs), or SQL sqlglot cannot read or
write for the engine, is a one-line :class:`DialectError`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from deepfix.errors import DeepfixError

#: deepfix's engine name -> sqlglot's dialect name.
ENGINES = {"sqlite": "sqlite", "postgres": "postgres", "mysql": "mysql", "duckdb": "duckdb"}
#: Engines whose LIKE compares with case, unlike SQLite's.
_CASE_SENSITIVE_LIKE = {"postgres", "duckdb"}


class DialectError(DeepfixError):
    """SQL that cannot be written for the target engine."""


def _first_line(error: Exception) -> str:
    """sqlglot's message on one line: its first error's description, without terminal colours."""
    errors = getattr(error, "errors", None)
    text = (errors[0].get("description") if errors else None) or str(error) or type(error).__name__
    return " ".join(re.sub(r"\x1b\[[0-9;]*m", "", str(text)).split())[:300]


def _name_derived_tables(tree) -> None:
    """Give each unnamed subquery in a FROM or JOIN a name (``deepfix_1``, ...): SQLite accepts
    ``FROM (SELECT ...)`` alone, MySQL/MariaDB and PostgreSQL before 16 require an alias."""
    from sqlglot import exp

    taken = {node.alias.lower() for node in tree.find_all(exp.Subquery, exp.Table) if node.alias}
    number = 0
    for subquery in list(tree.find_all(exp.Subquery)):
        if subquery.alias or not isinstance(subquery.parent, (exp.From, exp.Join)):
            continue
        number += 1
        while f"deepfix_{number}" in taken:
            number += 1
        subquery.set("alias", exp.TableAlias(this=exp.to_identifier(f"deepfix_{number}")))


#: Engines that refuse a non-grouped, non-aggregated column in a grouped query -> the aggregate that picks one.
_PICK_UNGROUPED = {"duckdb": "ANY_VALUE", "postgres": "MIN"}


def _pick_ungrouped(tree, function: str) -> None:
    """In each grouped SELECT, wrap every column of its SELECT list, HAVING and ORDER BY that is not
    a GROUP BY key and not inside an aggregate in ``function`` (a bare selected column keeps its name)."""
    from sqlglot import exp

    for select in list(tree.find_all(exp.Select)):
        group = select.args.get("group")
        if group is None:
            continue
        keys = {key.sql().lower() for key in group.expressions}
        names = {key.name.lower() for key in group.expressions if isinstance(key, exp.Column)}
        bare = {key.name.lower() for key in group.expressions if isinstance(key, exp.Column) and not key.table}
        parts = list(select.expressions) + [select.args.get("having"), select.args.get("order")]
        for part in [p for p in parts if p is not None]:
            outputs = {e.alias.lower() for e in select.expressions if e.alias} if part.key == "order" else set()
            for column in list(part.find_all(exp.Column)):
                if column.find_ancestor(exp.AggFunc, exp.Select) is not select or column.sql().lower() in keys:
                    continue
                if not column.table and column.name.lower() in outputs:  # ORDER BY an output name
                    continue
                if column.name.lower() in (names if not column.table else bare):  # ``name`` ~ ``T1.name``
                    continue
                picked = exp.func(function, column.copy())
                if column is part:  # a bare selected column: keep the name it would have had
                    picked = exp.alias_(picked, column.name, quoted=column.this.quoted)
                column.replace(picked)


def to_dialect(sql: str, engine: str, schema: Mapping[str, Iterable[str]] | None = None) -> str:
    """``sql`` (SQLite's dialect, one query) written for ``engine`` (a key of :data:`ENGINES`).

    ``schema``: the target database's ``{table: [column, ...]}`` in its own spelling; with it,
    names are written as SQLite reads them (see :mod:`.sqlite_names`). Given as
    ``{table: {column: Spider column kind}}`` (:func:`.sqlite_names.schema_names`), a number
    compared with a text column is also written as the string SQLite compares (:mod:`.sqlite_affinity`).
    """
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import ErrorLevel, ParseError, TokenError, UnsupportedError

    if engine not in ENGINES:
        raise DialectError(f"unknown SQL engine {engine!r}: choose one of {', '.join(ENGINES)}")
    try:
        trees = [tree for tree in sqlglot.parse(sql, read="sqlite") if tree is not None]
    except (ParseError, TokenError) as error:
        raise DialectError(f"cannot read the query as SQLite SQL: {_first_line(error)}") from None
    if len(trees) != 1:
        raise DialectError(f"expected one SQL statement, got {len(trees)}")
    tree = trees[0]
    if not isinstance(tree, exp.Query):
        raise DialectError(f"only a query can be written for {engine}, not {tree.key.upper()}")
    if schema is not None:
        from deepfix.tasks.spider.sql.sqlite_names import resolve_names

        tree = resolve_names(tree, schema)
        if engine != "sqlite" and all(isinstance(columns, Mapping) for columns in schema.values()):
            from deepfix.tasks.spider.sql.sqlite_affinity import text_affinity

            tree = text_affinity(tree, schema)
    if engine != "sqlite":
        _name_derived_tables(tree)
    if engine in _PICK_UNGROUPED:
        _pick_ungrouped(tree, _PICK_UNGROUPED[engine])
    if engine in _CASE_SENSITIVE_LIKE:
        for like in list(tree.find_all(exp.Like)):
            like.replace(exp.ILike(this=like.this, expression=like.expression))
    try:
        return tree.sql(dialect=ENGINES[engine], unsupported_level=ErrorLevel.RAISE)
    except (UnsupportedError, ParseError) as error:
        raise DialectError(f"cannot write the query for {engine}: {_first_line(error)}") from None
