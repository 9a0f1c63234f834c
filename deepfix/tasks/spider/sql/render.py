"""Spider ``sql`` dict / AST -> SQL text against a schema (tables.json entry).

The text is written so that :func:`deepfix.tasks.spider.sql.parser.parse_sql` reads back the
same structure and sqlite can run it: every table of every FROM gets an alias ``T1``, ``T2``, ...
unique over the whole query (Spider's parser treats aliases as global), every column is
qualified by the alias of its table in the innermost query whose FROM has it (else by the table
name), all join conditions go after the last JOIN, and conditions are written flat, as Spider
stores them. Values are kept, or replaced by the placeholder ``'value'`` / ``1``; a literal
``None`` (what a decoder emits) is always a placeholder. A string value is always written as a
standard single-quoted SQL literal with ``'`` doubled (:func:`sql_string`), never in ``"..."``.
"""

from __future__ import annotations

from deepfix.errors import DeepfixError

from deepfix.tasks.spider.sql.grammar import Node, to_spider
from deepfix.tasks.spider.sql.parser import AGG_OPS, UNIT_OPS, WHERE_OPS

SET_OPS = ("intersect", "union", "except")


class RenderError(DeepfixError):
    """A structure that names a table or column the schema does not have."""


def _unwritable_character(text: str) -> int | None:
    """Position of the first character SQL text cannot carry: NUL (sqlite ends the statement
    there) or a surrogate code point (not encodable as UTF-8); None if there is none."""
    for position, character in enumerate(text):
        if character == "\0" or "\ud800" <= character <= "\udfff":
            return position
    return None


def sql_string(text: str) -> str:
    """``text`` as a standard SQL string literal: in single quotes, each ``'`` doubled (``'It''s'``).

    Inside such a literal SQLite gives no other character a meaning (no backslash escapes), so
    the literal always reads back as exactly ``text``, whatever it holds. A double-quoted token
    would be an identifier first in SQLite, so it is never used. Text holding NUL or a surrogate
    code point cannot be written as SQL at all -> one-line :class:`RenderError`.
    """
    position = _unwritable_character(text)
    if position is not None:
        raise RenderError(f"a value cannot be written as SQL: it holds U+{ord(text[position]):04X} "
                          f"at position {position}")
    return "'" + text.replace("'", "''") + "'"


class _Renderer:
    def __init__(self, db: dict, keep_values: bool, infer_joins: bool = False):
        self.tables = db["table_names_original"]
        self.columns = db["column_names_original"]
        self.foreign_keys = db.get("foreign_keys", [])
        self.keep_values = keep_values
        self.infer_joins = infer_joins
        self.next_alias = 1
        self.scopes: list[dict[int, str]] = []  # innermost last: table id -> alias

    # -- names ---------------------------------------------------------------------------
    def column(self, column_id) -> str:
        if column_id == 0:
            return "*"
        if not isinstance(column_id, int) or not 0 < column_id < len(self.columns):
            raise RenderError(f"no column {column_id!r} in the schema")
        table_id, name = self.columns[column_id]
        for scope in reversed(self.scopes):
            if table_id in scope:
                return f"{scope[table_id]}.{name}"
        return f"{self.tables[table_id]}.{name}"

    def col_unit(self, unit) -> str:
        agg, column, distinct = unit
        inner = ("DISTINCT " if distinct else "") + self.column(column)
        return f"{AGG_OPS[agg]}({inner})" if agg else inner

    def val_unit(self, unit) -> str:
        op, left, right = unit
        text = self.col_unit(left)
        if op:
            text += f" {UNIT_OPS[op]} {self.col_unit(right)}"
        return text

    def value(self, value) -> str:
        if isinstance(value, dict):
            return f"({self.query(value)})"
        if isinstance(value, (list, tuple)):
            return self.col_unit(value)
        if value is None or not self.keep_values:
            return "1" if isinstance(value, (int, float)) and not isinstance(value, bool) else "'value'"
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(int(value)) if float(value).is_integer() else repr(float(value))
        text = str(value)
        if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
            text = text[1:-1]  # Spider keeps a string value with its quotes: '"France"'
        return sql_string(text)

    def condition(self, units: list) -> str:
        parts = []
        for unit in units:
            if isinstance(unit, str):
                parts.append(unit.upper())
                continue
            negated, op, val_unit, val1, val2 = unit
            text = f"{self.val_unit(val_unit)} {'NOT ' if negated else ''}{WHERE_OPS[op].upper()} {self.value(val1)}"
            if WHERE_OPS[op] == "between":
                text += f" AND {self.value(val2)}"
            parts.append(text)
        return " ".join(parts)

    def join_conditions(self, instances: list[tuple[int, str]]) -> list[str]:
        """``A.fk = B.pk`` linking each table to an earlier one by a foreign key (RAT-SQL-style
        join inference for decoders that do not emit ``ON`` conditions)."""
        conditions = []
        for position, (table, alias) in enumerate(instances[1:], start=1):
            for first, second in self.foreign_keys:
                pair = None
                for earlier, earlier_alias in instances[:position]:
                    if self.columns[first][0] == table and self.columns[second][0] == earlier:
                        pair = (f"{alias}.{self.columns[first][1]}", f"{earlier_alias}.{self.columns[second][1]}")
                    elif self.columns[second][0] == table and self.columns[first][0] == earlier:
                        pair = (f"{earlier_alias}.{self.columns[first][1]}", f"{alias}.{self.columns[second][1]}")
                    if pair:
                        break
                if pair:
                    conditions.append(f"{pair[0]} = {pair[1]}")
                    break
        return conditions

    # -- queries -------------------------------------------------------------------------
    def query(self, sql: dict) -> str:
        scope: dict[int, str] = {}
        sources = []
        instances: list[tuple[int, str]] = []  # (table id, alias) of each table unit
        for kind, target in sql["from"]["table_units"]:
            if kind == "sql":
                sources.append(f"({self.query(target)})")
                continue
            if not isinstance(target, int) or not 0 <= target < len(self.tables):
                raise RenderError(f"no table {target!r} in the schema")
            alias = f"T{self.next_alias}"
            self.next_alias += 1
            scope.setdefault(target, alias)
            instances.append((target, alias))
            sources.append(f"{self.tables[target]} AS {alias}")
        self.scopes.append(scope)
        try:
            distinct, items = sql["select"]
            select = ", ".join(f"{AGG_OPS[agg]}({self.val_unit(unit)})" if agg else self.val_unit(unit)
                               for agg, unit in items)
            text = "SELECT " + ("DISTINCT " if distinct else "") + select + " FROM " + " JOIN ".join(sources)
            if sql["from"]["conds"]:
                text += " ON " + self.condition(sql["from"]["conds"])
            elif self.infer_joins and len(instances) > 1:
                joins = self.join_conditions(instances)
                if joins:
                    text += " ON " + " AND ".join(joins)
            if sql["where"]:
                text += " WHERE " + self.condition(sql["where"])
            if sql["groupBy"]:
                text += " GROUP BY " + ", ".join(self.col_unit(unit) for unit in sql["groupBy"])
            if sql["having"]:
                text += " HAVING " + self.condition(sql["having"])
            if sql["orderBy"]:
                direction, units = sql["orderBy"]
                text += " ORDER BY " + ", ".join(self.val_unit(unit) for unit in units)
                text += " DESC" if direction == "desc" else ""
            if sql["limit"] is not None:
                text += f" LIMIT {int(sql['limit'])}"
        finally:
            self.scopes.pop()
        for op in SET_OPS:
            if sql.get(op) is not None:
                text += f" {op.upper()} {self.query(sql[op])}"
        return text


def render_sql(sql: dict | Node, db: dict, keep_values: bool = True, infer_joins: bool = False) -> str:
    """SQL text of a Spider ``sql`` dict or AST ``Query`` node for database ``db``.

    ``infer_joins``: a FROM of several tables without ``ON`` conditions gets them from the
    schema's foreign keys (for executing a decoder's output; exact match ignores ``ON``).
    """
    if isinstance(sql, Node):
        sql = to_spider(sql)
    try:
        return _Renderer(db, keep_values, infer_joins).query(sql)
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise RenderError(f"not a Spider sql structure ({type(error).__name__}: {error})") from None
