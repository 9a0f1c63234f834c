"""FROM completion: every table whose column a query uses is in that query's FROM.

The grammar decoder emits FROM's tables and the columns independently, so it can select
``T2.name`` from a FROM that lacks T2's table: sqlite answers ``no such column``. RAT-SQL
(Wang et al., 2020, Sec. 4, "the FROM clause is inferred from the columns used") adds the missing
tables; :func:`~.render.render_sql` with ``infer_joins`` then joins them by foreign keys. This
pass does the same on a Spider ``sql`` dict: in every (sub)query whose FROM lists tables (not a
derived table), each table of a column used in its SELECT / WHERE / GROUP BY / HAVING / ORDER BY
that FROM does not list is appended, in order of first use.
"""

from __future__ import annotations

import copy

from deepfix.tasks.spider.sql.render import SET_OPS


def _condition_columns(units, out: list[int], nested: list[dict]) -> None:
    for unit in units or []:
        if isinstance(unit, str):  # "and" / "or"
            continue
        _negated, _op, val_unit, val1, val2 = unit
        _val_unit_columns(val_unit, out)
        for value in (val1, val2):
            if isinstance(value, dict):
                nested.append(value)
            elif isinstance(value, (list, tuple)):  # a column compared with a column
                out.append(value[1])


def _val_unit_columns(val_unit, out: list[int]) -> None:
    _op, left, right = val_unit
    for col_unit in (left, right):
        if col_unit is not None:
            out.append(col_unit[1])


def _query_columns(sql: dict) -> tuple[list[int], list[dict]]:
    """(column ids used by this query itself, its nested queries other than set operations)."""
    columns: list[int] = []
    nested: list[dict] = []
    for _agg, val_unit in sql["select"][1]:
        _val_unit_columns(val_unit, columns)
    _condition_columns(sql["where"], columns, nested)
    for col_unit in sql["groupBy"] or []:
        columns.append(col_unit[1])
    _condition_columns(sql["having"], columns, nested)
    if sql["orderBy"]:
        for val_unit in sql["orderBy"][1]:
            _val_unit_columns(val_unit, columns)
    for kind, target in sql["from"]["table_units"]:
        if kind == "sql":
            nested.append(target)
    return columns, nested


def _complete(sql: dict, column_tables: list[int]) -> None:
    columns, nested = _query_columns(sql)
    units = sql["from"]["table_units"]
    if units and all(kind == "table_unit" for kind, _ in units):
        present = {target for _, target in units}
        for column in columns:
            if not isinstance(column, int) or not 0 < column < len(column_tables):
                continue  # `*`, or an id the renderer will reject with its own message
            table = column_tables[column]
            if table >= 0 and table not in present:
                units.append(["table_unit", table])
                present.add(table)
    for query in nested:
        _complete(query, column_tables)
    for op in SET_OPS:
        if sql.get(op) is not None:
            _complete(sql[op], column_tables)


def complete_from(sql: dict, db: dict) -> dict:
    """A copy of the Spider ``sql`` dict with every used column's table in its query's FROM."""
    completed = copy.deepcopy(sql)
    _complete(completed, [table for table, _name in db["column_names_original"]])
    return completed
