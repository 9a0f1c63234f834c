"""One SQLAlchemy engine (connection pool) per database URL, created on first use.

DuckDB files are opened ``read_only=True`` with external access off (no ``ATTACH``/``COPY`` of
other files); a URL whose driver or dialect is not installed is the one-line error of
:func:`~.target.missing_driver`; a server that refuses the connection is a one-line error with
the password masked.
"""

from __future__ import annotations

import threading

from deepfix.errors import DeepfixError

from deepfix.tasks.spider.database.target import Target, missing_driver

_ENGINES: dict[str, object] = {}
_LOCK = threading.Lock()
#: Seconds a connection attempt may take.
CONNECT_SECONDS = 5


def _connect_args(target: Target) -> dict:
    if target.engine == "duckdb":
        return {"read_only": True, "config": {"enable_external_access": False}}
    if target.engine == "postgres":
        return {"connect_timeout": CONNECT_SECONDS}
    if target.engine == "mysql":
        return {"connect_timeout": CONNECT_SECONDS}
    return {}


def engine_for(target: Target):
    """The pooled SQLAlchemy engine of ``target`` (a URL), created once per URL."""
    key = target.url.render_as_string(hide_password=False)
    with _LOCK:
        if key in _ENGINES:
            return _ENGINES[key]
    from sqlalchemy import create_engine
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        engine = create_engine(target.url, connect_args=_connect_args(target), pool_pre_ping=True,
                               pool_size=4, max_overflow=4)
    except (ImportError, NoSuchModuleError):
        raise missing_driver(target) from None
    except (ArgumentError, TypeError, ValueError) as error:
        raise DeepfixError(f"{target.shown}: {target.scrub(error)}") from None
    with _LOCK:
        return _ENGINES.setdefault(key, engine)


def connect(target: Target):
    """A pooled connection of ``target``; a refused connection -> one-line DeepfixError (password masked)."""
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    engine = engine_for(target)
    try:
        return engine.connect()
    except DBAPIError as error:
        first = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else type(error.orig).__name__
        raise DeepfixError(f"{target.shown}: cannot connect ({target.scrub(first)})") from None
    except SQLAlchemyError as error:
        raise DeepfixError(f"{target.shown}: cannot connect ({target.scrub(type(error).__name__)})") from None


def dispose(url: str) -> None:
    """Close the pooled connections of ``url`` (a DuckDB file is released for other processes)."""
    from sqlalchemy.engine import make_url

    key = make_url(url).render_as_string(hide_password=False)
    with _LOCK:
        engine = _ENGINES.pop(key, None)
    if engine is not None:
        engine.dispose()
