"""Execution accuracy on sqlite databases, safely: read-only, time-limited, select-only.

A predicted query is run on the database next to the gold query and their results compared as
Spider's execution metric does (Yu et al., 2018; Zhong et al., 2020): the rows as a multiset,
and in order only when the gold query has ORDER BY.

Safety, in three layers: the file is opened with a ``file:...?mode=ro`` URI (sqlite itself
refuses every write), ``PRAGMA query_only`` is switched on, and an authorizer allows only reading
tables, calling functions and (recursive) SELECTs, so INSERT, DROP, ATTACH, PRAGMA and the like
are refused before they run. A progress handler aborts any statement past its time limit, so a
runaway recursive CTE or a huge cross join ends with a clean time-out.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from deepfix.deadline import Deadline, limit
from deepfix.errors import DeepfixError

_SQLITE_MAGIC = b"SQLite format 3\x00"
_ALLOWED_ACTIONS = {sqlite3.SQLITE_READ, sqlite3.SQLITE_SELECT, sqlite3.SQLITE_FUNCTION,
                    getattr(sqlite3, "SQLITE_RECURSIVE", 33)}
_PROGRESS_EVERY = 1000  # sqlite virtual-machine instructions between time checks


def _authorize(action, *_args):
    return sqlite3.SQLITE_OK if action in _ALLOWED_ACTIONS else sqlite3.SQLITE_DENY


def sqlite_lower(text: str) -> str:
    """SQLite's ``lower()``: ASCII letters only (without the ICU extension)."""
    return "".join(ch.lower() if ch.isascii() else ch for ch in text)


def quote_name(name: str) -> str:
    """A table or column name as a sqlite identifier, whatever it holds (``"`` doubled)."""
    return '"' + str(name).replace('"', '""') + '"'


def stored_values(connection: sqlite3.Connection, table: str, column: str, texts: list[str],
                  deadline: float) -> dict:
    """{text: its stored spelling} for each of ``texts`` stored in ``table.column`` of a sqlite
    ``connection`` ignoring case (SQLite's ``lower``), read in one query (``lower(column) IN (...)``,
    one scan for every text) by ``deadline`` (a monotonic time); {} on an error or past it."""
    marks = ", ".join("lower(?)" for _ in texts)
    query = (f"SELECT DISTINCT lower({quote_name(column)}), {quote_name(column)} FROM {quote_name(table)} "
             f"WHERE lower({quote_name(column)}) IN ({marks}) LIMIT 1000")
    connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 1000)
    try:
        rows = connection.execute(query, list(texts)).fetchall()
    except sqlite3.Error:  # an unreadable column, or the deadline
        return {}
    finally:
        connection.set_progress_handler(None, 1000)
    stored = {str(key): value for key, value in rows if key is not None and value is not None}
    return {text: stored[sqlite_lower(text)] for text in texts if sqlite_lower(text) in stored}


def database_path(db_dir: str | os.PathLike, db_id: str) -> Path:
    """Spider's layout: ``<db_dir>/<db_id>/<db_id>.sqlite``."""
    return Path(db_dir) / db_id / f"{db_id}.sqlite"


def open_read_only(path: str | os.PathLike) -> sqlite3.Connection:
    """Open a sqlite file so that nothing run on the connection can change it."""
    path = Path(path)
    if not path.is_file():
        raise DeepfixError(f"{path}: no such sqlite database")
    with open(path, "rb") as handle:
        if handle.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
            raise DeepfixError(f"{path}: not a sqlite database")
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
    connection.text_factory = lambda data: data.decode("utf-8", errors="replace")
    connection.execute("PRAGMA query_only = ON")
    connection.set_authorizer(_authorize)
    return connection


class DatabaseConnections:
    """Read-only connections to the databases of a Spider-layout directory, opened on first use.

    ``get(db_id)`` is None without a directory or when ``<db_dir>/<db_id>/<db_id>.sqlite`` is
    missing; a file that is not sqlite is a :class:`DeepfixError`. Use as a context manager.
    """

    def __init__(self, db_dir: str | os.PathLike | None):
        self.db_dir = db_dir
        self._open: dict[str, sqlite3.Connection | None] = {}

    def get(self, db_id: str) -> sqlite3.Connection | None:
        if self.db_dir is None:
            return None
        if db_id not in self._open:
            path = database_path(self.db_dir, db_id)
            self._open[db_id] = open_read_only(path) if path.is_file() else None
        return self._open[db_id]

    def close(self) -> None:
        for connection in self._open.values():
            if connection is not None:
                connection.close()
        self._open.clear()

    def __enter__(self) -> "DatabaseConnections":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


@dataclass
class ExecutionResult:
    rows: list[tuple] | None
    error: str | None = None  # "timeout", "too many rows", or sqlite's message
    columns: list[str] | None = None  # the result's column names (None when it did not run)
    total: int = 0  # rows the query returned (``rows`` may hold only the first ``keep_rows`` of them)

    @property
    def ok(self) -> bool:
        return self.error is None


def run_query(connection: sqlite3.Connection, sql: str, timeout_s: float = 5.0,
              max_rows: int = 1_000_000, keep_rows: int | None = None,
              deadline: Deadline | None = None) -> ExecutionResult:
    """Run one statement with a time limit; never raises for a bad query.

    The limit is ``timeout_s`` from now or the request's ``deadline``, whichever comes first.
    ``keep_rows``: keep only the first rows in memory and count the rest (``total``), for a page
    that shows a few rows of a large result; otherwise more than ``max_rows`` rows is an error.
    """
    stop = limit(timeout_s, deadline).at
    if time.monotonic() >= stop:
        return ExecutionResult(None, "timeout")
    connection.set_progress_handler(lambda: int(time.monotonic() > stop), _PROGRESS_EVERY)
    try:
        cursor = connection.execute(sql)
        rows: list[tuple] = []
        total = 0
        while True:
            chunk = cursor.fetchmany(10_000)
            if not chunk:
                break
            total += len(chunk)
            if keep_rows is None:
                rows.extend(chunk)
                if total > max_rows:
                    return ExecutionResult(None, "too many rows")
            elif len(rows) < keep_rows:
                rows.extend(chunk[:keep_rows - len(rows)])
        return ExecutionResult(rows, columns=[d[0] for d in cursor.description or ()], total=total)
    except sqlite3.OperationalError as error:
        if time.monotonic() > stop or "interrupted" in str(error):
            return ExecutionResult(None, "timeout")
        return ExecutionResult(None, str(error))
    except (sqlite3.Error, sqlite3.Warning, ValueError, OverflowError, MemoryError) as error:
        return ExecutionResult(None, str(error) or type(error).__name__)
    finally:
        connection.set_progress_handler(None, _PROGRESS_EVERY)


def results_match(pred_rows: list[tuple], gold_rows: list[tuple], ordered: bool) -> bool:
    """Spider's comparison: same rows as a multiset; in the same order when ``ordered``."""
    pred_rows = [tuple(row) for row in pred_rows]
    gold_rows = [tuple(row) for row in gold_rows]
    if ordered:
        return pred_rows == gold_rows
    return Counter(pred_rows) == Counter(gold_rows)


def execution_match(connection: sqlite3.Connection, pred_sql: str, gold_sql: str, gold_ordered: bool,
                    timeout_s: float = 5.0) -> tuple[bool | None, str | None]:
    """(match, error). ``match`` is None when the *gold* query itself fails (not scorable)."""
    gold = run_query(connection, gold_sql, timeout_s)
    if not gold.ok:
        return None, f"gold query failed: {gold.error}"
    pred = run_query(connection, pred_sql, timeout_s)
    if not pred.ok:
        return False, pred.error
    return results_match(pred.rows, gold.rows, gold_ordered), None
