"""Where a database is: a sqlite file path or an SQLAlchemy URL, shown with its password masked.

``postgresql+psycopg://user:secret@host/db`` is shown as ``postgresql+psycopg://user:***@host/db``
in every message; a URL's engine must be PostgreSQL, MySQL/MariaDB, DuckDB or SQLite, and its
driver installed (else a one-line error naming the extra that installs it).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from deepfix.errors import DeepfixError

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
#: SQLAlchemy backend name -> deepfix's engine name.
ENGINES = {"postgresql": "postgres", "mysql": "mysql", "mariadb": "mysql", "duckdb": "duckdb", "sqlite": "sqlite"}
#: deepfix's engine name -> the pip extra that installs its driver.
EXTRAS = {"postgres": "postgres", "mysql": "mysql", "duckdb": "duckdb"}


@dataclass(frozen=True)
class Target:
    """One database's address. ``path`` for a sqlite file (also ``sqlite:///file``), else ``url``."""

    engine: str          # "sqlite", "postgres", "mysql" or "duckdb"
    shown: str           # the address fit for a message: the URL with its password masked
    path: Path | None = None
    url: object = None   # sqlalchemy.engine.URL (None for a sqlite file)
    secret: str = ""     # the password, to scrub from a driver's messages

    @property
    def is_url(self) -> bool:
        return self.url is not None

    def scrub(self, message: str) -> str:
        """A driver's message with the password (and the full unmasked URL) taken out, on one line."""
        text = " ".join(str(message).split())
        if self.secret:
            text = text.replace(self.secret, "***")
        return text[:300]


def is_url(value: str | os.PathLike) -> bool:
    return isinstance(value, str) and bool(_URL.match(value))


def parse_target(value: str | os.PathLike | Target) -> Target:
    """A path or URL -> :class:`Target`; an unreadable URL or an unsupported engine -> one-line DeepfixError."""
    if isinstance(value, Target):
        return value
    if not is_url(value):
        return Target("sqlite", str(value), path=Path(value))
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(value)
    except (ArgumentError, ValueError) as error:
        raise DeepfixError(f"--db: not a database URL ({type(error).__name__})") from None
    shown = url.render_as_string(hide_password=True)
    engine = ENGINES.get(url.get_backend_name())
    if engine is None:
        raise DeepfixError(f"{shown}: engine {url.get_backend_name()!r} is not supported "
                           "(postgresql, mysql, mariadb, duckdb or sqlite)")
    if engine == "sqlite":
        if not url.database or url.database == ":memory:":
            raise DeepfixError(f"{shown}: a sqlite URL must name a file")
        return Target("sqlite", url.database, path=Path(url.database))
    if engine == "duckdb" and (not url.database or url.database == ":memory:"):
        raise DeepfixError(f"{shown}: a duckdb URL must name a file (duckdb:///file.duckdb)")
    return Target(engine, shown, url=url, secret=url.password or "")


def missing_driver(target: Target) -> DeepfixError:
    """The one-line error for a URL whose driver (or SQLAlchemy dialect) is not installed."""
    extra = EXTRAS.get(target.engine, target.engine)
    return DeepfixError(f"{target.shown}: the {target.engine} driver is not installed; "
                        f"pip install 'deepfix[{extra}]'")
