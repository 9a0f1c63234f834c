"""A number compared with a text column, written as the string SQLite compares it as.

SQLite gives a text column's comparison with a bare number TEXT affinity: ``Year = 2014`` on a text
column compares with the string ``'2014'`` (https://sqlite.org/datatype3.html, "Type Conversions
Prior To Comparison"). PostgreSQL and DuckDB refuse ``text = integer``, and MySQL compares the two
as numbers (``'2014 AD' = 2014`` holds there). :func:`text_affinity` writes such a number as the
string SQLite would compare (``=``, ``!=``, ``<``, ``<=``, ``>``, ``>=``, ``IN (...)``,
``BETWEEN``), for the columns :func:`deepfix.tasks.spider.sql.sqlite_names.resolve_names` placed
in a table whose kind of the column is known to be ``text``. Only integers and plain decimals whose
SQLite text is their own text are rewritten; anything else is left as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

#: The meta key resolve_names sets on a column it placed: (table, column) in the schema's spelling.
PLACED = "deepfix_column"
_PLAIN_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?\Z")


def _is_text_column(node, kinds: Mapping[str, Mapping[str, str]]) -> bool:
    from sqlglot import exp

    if not isinstance(node, exp.Column) or PLACED not in node.meta:
        return False
    table, column = node.meta[PLACED]
    return kinds.get(table, {}).get(column) == "text"


def _as_string(node):
    """The string literal SQLite compares a plain number literal as, or None."""
    from sqlglot import exp

    if isinstance(node, exp.Literal) and node.is_number and _PLAIN_NUMBER.match(node.this):
        text = node.this
        if "." in text and float(text).is_integer():
            return None
        return exp.Literal.string(text)
    return None


def text_affinity(tree, kinds: Mapping[str, Mapping[str, str]]):
    """``tree`` (modified in place and returned) with each plain number compared with a text column
    written as a string. ``kinds``: ``{table: {column: Spider column kind}}``."""
    from sqlglot import exp

    for comparison in list(tree.find_all(exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE)):
        for column_side, other_side in (("this", "expression"), ("expression", "this")):
            if _is_text_column(comparison.args.get(column_side), kinds):
                string = _as_string(comparison.args.get(other_side))
                if string is not None:
                    comparison.set(other_side, string)
    for node in list(tree.find_all(exp.In)):
        if _is_text_column(node.this, kinds):
            node.set("expressions", [_as_string(item) or item for item in node.expressions])
    for node in list(tree.find_all(exp.Between)):
        if _is_text_column(node.this, kinds):
            for bound in ("low", "high"):
                string = _as_string(node.args.get(bound))
                if string is not None:
                    node.set(bound, string)
    return tree
