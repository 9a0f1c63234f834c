"""Filling a decoded query's value placeholders from the question (and the database, if open).

The decoder does not predict literals (Spider's exact match ignores them), so a decoded tree has
``None`` wherever a condition compares with a value and ``1`` as its LIMIT. To *execute* the
query — ``deepfix spider ask``, execution accuracy — those slots need real values. This module
fills them by rules, not by a learned model:

* candidates come from the question, in order: quoted spans (``"..."``, ``'...'``, “...”) and
  numbers (digits, or number words up to twenty);
* a slot on a **text** column compared with ``=``, ``!=``, ``LIKE`` or ``IN`` first looks, when a
  read-only connection is given, for the longest question n-gram (≤ 6 words, not all stop words)
  stored in that column (case-insensitive; the stored spelling is used), under a time limit;
  otherwise it takes the next unused quoted span, else the next capitalised span
  (not the question's first word), else the next number; ``LIKE`` values get ``%...%``;
* a slot on any other column (number, time, ``count(*)`` in HAVING) takes the next unused number;
* ``LIMIT`` becomes N when the question says "top/first/last N" (else stays 1).

A slot with no candidate keeps its placeholder. Slots are visited in the query's reading order
(WHERE, HAVING, nested queries, set operations). A string value is stored as Spider stores one
(``'"France"'``); the renderer writes it as a SQL literal with its quotes escaped.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass

from deepfix.deadline import Deadline, limit
from deepfix.tasks.spider.inputs.text import STOPWORDS
from deepfix.tasks.spider.sql.execute import stored_values

NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_QUOTED = re.compile(r'"([^"]+)"|\'([^\']+)\'|“([^”]+)”')
_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?!\w)(?!\.\d)")
_WORD = re.compile(r"[A-Za-z0-9][\w'.-]*")
_LIMIT = re.compile(r"\b(?:top|first|last)\s+(\d+|" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
TEXT_OPS = {2, 7, 8, 9}  # Spider op ids: =, !=, in, like
MAX_NGRAM = 6


class QuestionValues:
    """The literal candidates of one question, consumed in order."""

    def __init__(self, question: str):
        quoted = list(_QUOTED.finditer(question))
        quoted_spans = [m.span() for m in quoted]
        self.quoted = [next(g for g in m.groups() if g is not None) for m in quoted]
        numbers = [(m.start(), m.group()) for m in _NUMBER.finditer(question)
                   if not _inside(m.start(), quoted_spans)]
        numbers += [(m.start(), m.group()) for m in re.finditer(r"\b(" + "|".join(NUMBER_WORDS) + r")\b",
                                                                question, re.IGNORECASE)
                    if not _inside(m.start(), quoted_spans)]
        self.numbers = [_as_number(text) for _, text in sorted(numbers)]
        self.capitalised = _capitalised_spans(question, quoted_spans)
        self.words = [m.group().strip(".'") for m in _WORD.finditer(question)]

    def take(self, pool: list):
        return pool.pop(0) if pool else None


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _as_number(text: str):
    if text.lower() in NUMBER_WORDS:
        return NUMBER_WORDS[text.lower()]
    value = float(text)
    return int(value) if value.is_integer() else value


def _capitalised_spans(question: str, quoted_spans) -> list[str]:
    """Runs of capitalised words after the first word, outside quotes ("New York", "Aberdeen")."""
    spans, current = [], []
    for i, match in enumerate(_WORD.finditer(question)):
        word = match.group().rstrip(".")
        if i > 0 and not _inside(match.start(), quoted_spans) and word[:1].isupper() and word.lower() not in STOPWORDS:
            current.append(word)
            continue
        if current:
            spans.append(" ".join(current))
            current = []
    if current:
        spans.append(" ".join(current))
    return spans


def _grams(words: list[str]) -> list[str]:
    """The question's n-grams (n <= MAX_NGRAM, not all stop words), longest first, then left to right."""
    out = []
    for n in range(min(MAX_NGRAM, len(words)), 0, -1):
        for start in range(len(words) - n + 1):
            gram = words[start:start + n]
            if not all(w.lower() in STOPWORDS for w in gram):
                out.append(" ".join(gram))
    return out


def _stored_value(connection, db: dict, column_id: int, words: list[str],
                  deadline: float):
    """The longest question n-gram stored in the column (its stored spelling), or None.

    One query reads the column once for every n-gram (``lower(column) IN (...)``), not one scan
    per n-gram: on a 200k-row column that is one scan instead of ~20 per filled value.
    ``connection``: a read-only sqlite connection, or a session of
    :mod:`deepfix.tasks.spider.database.sessions` (any engine) with ``stored_values``."""
    table = db["table_names_original"][db["column_names_original"][column_id][0]]
    column = db["column_names_original"][column_id][1]
    grams = _grams(words)
    if not grams or time.monotonic() > deadline:
        return None
    if isinstance(connection, sqlite3.Connection):
        found = stored_values(connection, table, column, grams, deadline)
    else:  # a database session (any engine)
        found = connection.stored_values(table, column, grams, deadline)
    return next((found[gram] for gram in grams if gram in found), None)


def spider_string(text: str) -> str:
    """A string value as Spider's ``sql`` dict holds it: in double quotes (``'"France"'``), so
    the renderer strips exactly those and writes ``text`` itself, even when it starts and ends
    with a quote of its own."""
    return f'"{text}"'


@dataclass
class Slot:
    """One literal position of a Spider ``sql`` dict: ``container[key]``, compared by ``op`` on ``val_unit``."""

    container: list | dict
    key: int | str
    op: int | None       # Spider op id; None for LIMIT
    val_unit: list | None

    def get(self):
        return self.container[self.key]

    def set(self, value) -> None:
        self.container[self.key] = value


def value_slots(sql: dict) -> list[Slot]:
    """The literal slots of ``sql`` in reading order: WHERE, HAVING, LIMIT, FROM sub-queries, set ops.

    Sub-queries inside conditions are visited where they occur; column operands are not slots.
    """
    found: list[Slot] = []

    def conditions(units):
        for unit in units or []:
            if isinstance(unit, str):
                continue
            _not, op, val_unit, val1, val2 = unit
            if isinstance(val1, dict):
                query(val1)
            elif not isinstance(val1, (list, tuple)):
                found.append(Slot(unit, 3, op, val_unit))
            if op == 1 and not isinstance(val2, dict):  # BETWEEN: second bound
                found.append(Slot(unit, 4, op, val_unit))

    def query(node: dict):
        conditions(node.get("where"))
        conditions(node.get("having"))
        if node.get("limit") is not None:
            found.append(Slot(node, "limit", None, None))
        for table_unit in node.get("from", {}).get("table_units", []):
            if table_unit[0] == "sql":
                query(table_unit[1])
        for op in ("intersect", "union", "except"):
            if node.get(op):
                query(node[op])

    query(sql)
    return found


def fill_values(sql: dict, db: dict, question: str, connection: sqlite3.Connection | None = None,
                time_limit: float = 2.0, deadline: Deadline | None = None) -> dict:
    """Spider ``sql`` dict with placeholders -> the same dict with literals filled (in place; returned).

    Stored values are looked up for ``time_limit`` seconds or until the request's ``deadline``.
    """
    values = QuestionValues(question)
    deadline = limit(time_limit, deadline).at
    types = db.get("column_types", [])

    def literal(op: int, val_unit):
        column_id = val_unit[1][1] if val_unit and val_unit[1] else 0
        aggregated = bool(val_unit and val_unit[1] and val_unit[1][0])
        is_text = (0 < column_id < len(types) and types[column_id] == "text" and not aggregated)
        if is_text and op in TEXT_OPS:
            found = None
            if connection is not None and op != 9:
                found = _stored_value(connection, db, column_id, values.words, deadline)
            found = found if found is not None else values.take(values.quoted)
            found = found if found is not None else values.take(values.capitalised)
            found = found if found is not None else values.take(values.numbers)  # text-typed numbers
            if found is not None and op == 9 and "%" not in str(found):
                found = f"%{found}%"
            return spider_string(found) if isinstance(found, str) else found
        return values.take(values.numbers)

    for slot in value_slots(sql):
        if slot.op is None:  # LIMIT: the decoder's 1 unless the question says "top N"
            match = _LIMIT.search(question)
            if match:
                slot.set(_as_number(match.group(1)))
        elif slot.get() is None:  # a placeholder (anything else is already a value)
            slot.set(literal(slot.op, slot.val_unit))
    return sql
