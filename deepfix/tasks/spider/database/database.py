"""One database asked by questions: its address, what is read once, and its read-only sessions.

:class:`Database` is opened once per database version (a sqlite or DuckDB file's path, size and
modification time; a server URL, re-read after :data:`SERVER_REFRESH_S`) and reused for every
question: the tables.json-style schema and the :class:`~deepfix.tasks.spider.inputs.schema.Schema`
are read on opening, the stored-value index for value linking on the first question (bounded by
time and by distinct values per column, kept unless the request's deadline cut it short). Each
request opens its own :meth:`Database.session` (connections are not shared across threads; each request keeps
its own deadline).
"""

from __future__ import annotations

import os
import threading
import time

from deepfix.deadline import Deadline, limit
from deepfix.errors import DeepfixError

from deepfix.tasks.spider.database.sessions import open_session
from deepfix.tasks.spider.database.target import Target, parse_target
from deepfix.tasks.spider.inputs.schema import Schema
from deepfix.tasks.spider.inputs.values import ValueIndex, ValueIndexBuilder, read_value_index

#: Seconds a server database's schema and values are trusted before they are read again.
SERVER_REFRESH_S = 60.0
#: Seconds allowed for reading a schema when no request deadline is given.
SCHEMA_SECONDS = 10.0


def version_key(target: Target) -> tuple:
    """What identifies one version of a database: a file's real path, size and modification time;
    a server's URL and the current refresh period."""
    if target.engine == "sqlite" or target.engine == "duckdb":
        path = target.path if target.path is not None else target.url.database
        try:
            stat = os.stat(path)
            return (target.engine, os.path.realpath(path), stat.st_mtime_ns, stat.st_size)
        except OSError:
            return (target.engine, str(path), None, None)
    return (target.engine, target.url.render_as_string(hide_password=False),
            int(time.monotonic() // SERVER_REFRESH_S))


#: Columns whose stored values one statement reads (a UNION ALL of capped DISTINCTs).
VALUE_BATCH = 64


class Database:
    """A database's address and what is read once from it (schema, stored values)."""

    def __init__(self, target: Target, raw: dict):
        self.target = target
        self.raw = raw  # tables.json-style schema
        self.schema = Schema.from_json(raw, path=target.shown)
        self._index: ValueIndex | None = None
        self._index_lock = threading.Lock()

    @classmethod
    def open(cls, where: str | os.PathLike | Target, deadline: Deadline | None = None) -> "Database":
        """Read the schema of a sqlite path or URL; a missing file, a refused connection, a missing
        driver or an empty database -> one-line DeepfixError (password masked)."""
        target = parse_target(where)
        if target.engine == "sqlite":
            from deepfix.tasks.spider.inputs.sqlite_schema import schema_from_sqlite

            return cls(target, schema_from_sqlite(target.path))
        from sqlalchemy.exc import SQLAlchemyError

        from deepfix.tasks.spider.database.reflect import schema_from_connection

        db_id = (target.url.database or target.engine).rsplit("/", 1)[-1].split(".")[0] or target.engine
        with open_session(target, deadline or Deadline.after(SCHEMA_SECONDS)) as session:
            try:
                raw = schema_from_connection(session.connection, db_id, target.shown)
            except SQLAlchemyError as error:
                orig = str(getattr(error, "orig", None) or type(error).__name__).strip().splitlines()
                raise DeepfixError(f"{target.shown}: cannot read the schema "
                                   f"({target.scrub(orig[0] if orig else type(error).__name__)})") from None
        return cls(target, raw)

    @property
    def engine(self) -> str:
        return self.target.engine

    def session(self, deadline: Deadline):
        """A read-only session ending by ``deadline`` (use as a context manager)."""
        return open_session(self.target, deadline)

    @property
    def kept_index(self) -> ValueIndex | None:
        """The stored-value index kept for the next questions (None until one was read in full time)."""
        return self._index

    def value_index(self, time_limit: float = 2.0, max_values: int = 5000,
                    deadline: Deadline | None = None) -> ValueIndex:
        """Stored values for value linking: read once within ``time_limit`` seconds (or the request's
        ``deadline``) and ``max_values`` distinct values per column; kept for the next questions
        unless the request's deadline cut the reading short."""
        with self._index_lock:
            if self._index is not None:
                return self._index
        if self.target.engine == "sqlite":
            index = read_value_index(self.target.path, self.schema, time_limit, max_values, deadline)
        else:
            index = self._read_server_values(time_limit, max_values, deadline)
        if not (index.truncated and deadline is not None and deadline.passed()):
            with self._index_lock:
                self._index = index
        return index

    def _read_server_values(self, time_limit: float, max_values: int, deadline: Deadline | None) -> ValueIndex:
        stop = limit(time_limit, deadline)
        builder = ValueIndexBuilder()
        truncated = False
        try:
            with self.session(stop) as session:
                columns = list(self.schema.columns[1:])
                for start in range(0, len(columns), VALUE_BATCH):
                    if stop.passed():
                        truncated = True
                        break
                    batch = columns[start:start + VALUE_BATCH]
                    names = [(self.schema.tables[c.table].original, c.original) for c in batch]
                    try:
                        found = session.distinct_values_of(names, max_values, stop.at)
                    except Exception:  # one unreadable column (type, permission) or the limit: column by column
                        found = []
                        for table, column in names:
                            try:
                                found.append(session.distinct_values(table, column, max_values, stop.at))
                            except Exception:
                                truncated = truncated or stop.passed()
                                found.append([])
                    for column, values in zip(batch, found):
                        for value in values:
                            builder.add(column.index, value)
        except DeepfixError:  # the server went away: link names only
            truncated = True
        return builder.build(truncated)
