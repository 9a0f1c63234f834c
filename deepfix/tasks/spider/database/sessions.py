"""Read-only, time-limited sessions on a database: run one query with a row cap, look up stored values.

A session serves one request and ends by its :class:`~deepfix.deadline.Deadline`. What keeps it
read-only and on time is the engine itself, not an inspection of the SQL:

* **sqlite**: a ``mode=ro`` URI, ``PRAGMA query_only`` and an authorizer
  (:func:`~deepfix.tasks.spider.sql.execute.open_read_only`), a progress handler at the deadline;
* **PostgreSQL**: ``SET TRANSACTION READ ONLY`` (and the session's default read only, so a
  ``COMMIT`` inside a query cannot open a writable transaction) and ``statement_timeout`` set to
  the time left before every statement;
* **MySQL/MariaDB**: ``START TRANSACTION READ ONLY`` (and ``SET SESSION TRANSACTION READ ONLY``)
  with ``max_statement_time`` (MariaDB, seconds) or ``max_execution_time`` (MySQL, ms) set to the
  time left before every statement;
* **DuckDB**: the file opened ``read_only=True`` without external access; the running statement
  interrupted at the deadline.

Rows are fetched in chunks (never the whole result in memory): the first ``keep_rows`` are kept
and the rest counted. Every driver's message is one line with the password masked.
"""

from __future__ import annotations

import sqlite3
import threading
import time

from deepfix.deadline import Deadline
from deepfix.tasks.spider.database.engines import connect
from deepfix.tasks.spider.database.target import Target
from deepfix.tasks.spider.sql.execute import ExecutionResult, open_read_only, run_query, stored_values

CHUNK_ROWS = 1000
#: Shortest statement time limit set on a server (engines refuse 0, which means "none").
MIN_STATEMENT_MS = 1
#: The text type a value is cast to when many columns' values are read in one statement.
TEXT_TYPES = {"postgres": "TEXT", "mysql": "CHAR", "duckdb": "VARCHAR"}
#: A statement that ends this close to the deadline was stopped by the engine's time limit.
LATE_SECONDS = 0.05


class SqliteSession:
    """One read-only connection to a sqlite file for one request."""

    def __init__(self, target: Target, deadline: Deadline):
        self.target, self.deadline = target, deadline
        self.connection = open_read_only(target.path)

    def run(self, sql: str, keep_rows: int | None = None, max_rows: int = 1_000_000) -> ExecutionResult:
        return run_query(self.connection, sql, self.deadline.remaining(), max_rows=max_rows, keep_rows=keep_rows,
                         deadline=self.deadline)

    def stored_values(self, table: str, column: str, texts: list[str], deadline: float) -> dict:
        """{text: its stored spelling} for each of ``texts`` stored in ``table.column`` ignoring case,
        read in one query by ``deadline``; {} on an error or past the deadline."""
        return stored_values(self.connection, table, column, texts, deadline)

    def stored_value(self, table: str, column: str, text: str, deadline: float):
        """The first value of ``table.column`` equal to ``text`` ignoring case (its stored spelling), or None."""
        return self.stored_values(table, column, [text], deadline).get(text)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self):
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


class EngineSession:
    """One read-only transaction on a server (or DuckDB file) for one request."""

    def __init__(self, target: Target, deadline: Deadline):
        self.target, self.deadline = target, deadline
        self.connection = connect(target)
        try:
            self._begin()
        except Exception:
            self.connection.close()
            raise

    # -- the engine's own read-only transaction and time limit ------------------------------------
    def _begin(self) -> None:
        sql = self.connection.exec_driver_sql
        if self.target.engine == "postgres":
            sql("SET TRANSACTION READ ONLY")
            sql("SET SESSION default_transaction_read_only = on")
        elif self.target.engine == "mysql":
            sql("SET SESSION TRANSACTION READ ONLY")
            sql("START TRANSACTION READ ONLY")

    def _limit_statement(self, deadline: float) -> threading.Timer | None:
        """Tell the engine to stop the next statement at ``deadline`` (a monotonic time)."""
        left = max(0.0, deadline - time.monotonic())
        ms = max(MIN_STATEMENT_MS, int(left * 1000))
        sql = self.connection.exec_driver_sql
        if self.target.engine == "postgres":
            sql(f"SET LOCAL statement_timeout = {ms}")
        elif self.target.engine == "mysql":
            if self.connection.dialect.is_mariadb:
                sql(f"SET SESSION max_statement_time = {ms / 1000:.3f}")
            else:
                sql(f"SET SESSION max_execution_time = {ms}")
        elif self.target.engine == "duckdb":
            raw = self.connection.connection.dbapi_connection
            timer = threading.Timer(left, raw.interrupt)
            timer.daemon = True
            timer.start()
            return timer
        return None

    def _driver_text(self, sql: str) -> str:
        """SQL as the driver must receive it with no parameters: psycopg and PyMySQL read ``%`` as a
        placeholder (``LIKE '%a%'``), so it is doubled for them."""
        return sql.replace("%", "%%") if self.connection.dialect.paramstyle in ("format", "pyformat") else sql

    def _error(self, error: Exception, deadline: float) -> str:
        orig = getattr(error, "orig", None) or error
        text = str(orig).strip()
        first = text.splitlines()[0] if text else type(orig).__name__
        lowered = first.lower()
        if time.monotonic() >= deadline - LATE_SECONDS or any(k in lowered for k in (
                "statement timeout", "max_statement_time", "max_execution_time", "interrupt")):
            return "timeout"
        return self.target.scrub(first)

    def _recover(self) -> None:
        """After a failed statement: roll back and open a fresh read-only transaction."""
        try:
            self.connection.rollback()
            self._begin()
        except Exception:  # the connection is gone: the next statement reports it
            pass

    def run(self, sql: str, keep_rows: int | None = None, max_rows: int = 1_000_000) -> ExecutionResult:
        """Run one statement (as given: no inspection) with the request's deadline; never raises for a bad query."""
        stop = self.deadline.at
        if time.monotonic() >= stop:
            return ExecutionResult(None, "timeout")
        timer = None
        try:
            timer = self._limit_statement(stop)
            sql = self._driver_text(sql)
            # per statement: Connection.execution_options() would change the connection for good
            result = self.connection.exec_driver_sql(sql, execution_options={"stream_results": True})
            if not result.returns_rows:
                result.close()
                return ExecutionResult([], columns=[], total=0)
            columns = list(result.keys())
            rows: list[tuple] = []
            total = 0
            while True:
                chunk = result.fetchmany(CHUNK_ROWS)
                if not chunk:
                    break
                if time.monotonic() > stop:
                    result.close()
                    return ExecutionResult(None, "timeout")
                total += len(chunk)
                if keep_rows is None:
                    rows.extend(tuple(r) for r in chunk)
                    if total > max_rows:
                        result.close()
                        return ExecutionResult(None, "too many rows")
                elif len(rows) < keep_rows:
                    rows.extend(tuple(r) for r in chunk[:keep_rows - len(rows)])
            if time.monotonic() >= stop - LATE_SECONDS:  # an engine may end a stopped statement with a row (MariaDB's BENCHMARK)
                return ExecutionResult(None, "timeout")
            return ExecutionResult(rows, columns=columns, total=total)
        except Exception as error:  # any driver error is the query's result, on one line
            message = self._error(error, stop)
            self._recover()
            return ExecutionResult(None, message)
        finally:
            if timer is not None:
                timer.cancel()

    def stored_values(self, table: str, column: str, texts: list[str], deadline: float) -> dict:
        """{text: its stored spelling} for each of ``texts`` stored in ``table.column`` ignoring case
        (the engine's ``lower``), read in one query by ``deadline``; {} on an error or past the deadline."""
        from sqlalchemy import String, bindparam, cast, func, select
        from sqlalchemy import column as sql_column
        from sqlalchemy import table as sql_table

        target = sql_column(column)
        folded = func.lower(cast(target, String))
        grams = select(*[func.lower(bindparam(f"t{i}", text, type_=String)) for i, text in enumerate(texts)])
        timer = None
        try:
            timer = self._limit_statement(deadline)
            lowered = list(self.connection.execute(grams).first() or [])  # the engine's lower() of each text
            query = (select(folded, target).select_from(sql_table(table)).where(folded.in_(lowered))
                     .distinct().limit(1000))
            rows = list(self.connection.execute(query))
        except Exception:
            self._recover()
            return {}
        finally:
            if timer is not None:
                timer.cancel()
        stored = {str(key): value for key, value in rows if key is not None and value is not None}
        return {text: stored[str(low)] for text, low in zip(texts, lowered) if str(low) in stored}

    def stored_value(self, table: str, column: str, text: str, deadline: float):
        """The first value of ``table.column`` equal to ``text`` ignoring case, or None (also past ``deadline``)."""
        return self.stored_values(table, column, [text], deadline).get(text)

    def distinct_values(self, table: str, column: str, limit: int, deadline: float) -> list:
        """At most ``limit`` distinct values of ``table.column``, read by ``deadline``; raises on a driver error."""
        from sqlalchemy import column as sql_column
        from sqlalchemy import select
        from sqlalchemy import table as sql_table

        query = select(sql_column(column)).select_from(sql_table(table)).distinct().limit(int(limit))
        timer = self._limit_statement(deadline)
        try:
            return [row[0] for row in self.connection.execute(query)]
        except Exception:
            self._recover()
            raise
        finally:
            if timer is not None:
                timer.cancel()

    def distinct_values_of(self, columns: list[tuple[str, str]], limit: int, deadline: float) -> list[list]:
        """At most ``limit`` distinct values (as text) of each ``(table, column)``, read in one statement
        (a UNION ALL of one capped DISTINCT per column: one round trip for many columns, where a wide
        schema's thousand columns took a thousand); raises on a driver error."""
        quote = self.connection.dialect.identifier_preparer.quote
        text_type = TEXT_TYPES.get(self.target.engine, "VARCHAR")
        # written by hand, not with SQLAlchemy's expression language: compiling 64 casts and bound
        # parameters took longer than the server ran the statement (names are quoted by the dialect)
        sql = " UNION ALL ".join(
            f"SELECT {i} AS k, CAST(v AS {text_type}) AS v FROM (SELECT DISTINCT {quote(column)} AS v "
            f"FROM {quote(table)} LIMIT {int(limit)}) AS d{i}" for i, (table, column) in enumerate(columns))
        sql = self._driver_text(sql)
        timer = self._limit_statement(deadline)
        try:
            found: list[list] = [[] for _ in columns]
            for key, value in self.connection.exec_driver_sql(sql):
                found[int(key)].append(value)
            return found
        except Exception:
            self._recover()
            raise
        finally:
            if timer is not None:
                timer.cancel()

    def close(self) -> None:
        try:
            self.connection.rollback()
        finally:
            self.connection.close()

    def __enter__(self):
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def open_session(target: Target, deadline: Deadline):
    """A read-only session on ``target`` ending by ``deadline``."""
    return SqliteSession(target, deadline) if target.engine == "sqlite" else EngineSession(target, deadline)
