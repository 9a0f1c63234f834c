"""The databases ``deepfix serve`` may ask: the bundled example, sqlite files under ``--db-dir``,
uploads, and databases configured by the operator (an SQLAlchemy URL or a sqlite path per name,
from a ``--databases`` YAML file or ``DEEPFIX_SERVE_DB_<NAME>`` environment variables, never from a request).

Each database has an id (``example:music_festival``, ``dir:sub/shop.sqlite``, ``upload:3f2a...``,
``url:shop``);
a request names a database by id and only an id of the current listing resolves, so no request
path reaches the file system. Files under ``--db-dir`` are those whose real path (symbolic links
followed) stays inside it; the folder is walked without following links to folders, to a bounded
depth and number of entries, and an entry that cannot be resolved (a dangling link, a link loop)
is skipped. Uploads are checked (size, sqlite header, readable schema) and kept under a private
folder by content hash.

The path helpers here (:func:`resolve_inside`, :func:`open_inside`, :func:`walk`) are shared with
:mod:`.runs`; :func:`display_name` is the form in which a name taken from a request may appear in
a message or a log line.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from deepfix.errors import DeepfixError
from deepfix.files import atomic_path

from .limits import Limits

SUFFIXES = (".sqlite", ".sqlite3", ".db")
MAX_LISTED = 500
SQLITE_MAGIC = b"SQLite format 3\x00"
WALK_DEPTH = 8          # folder levels below a root that a listing looks into
WALK_ENTRIES = 20_000   # directory entries a listing reads at most (a huge tree cannot slow every request)
DISPLAY_CHARS = 80


def display_name(text: str, limit: int = DISPLAY_CHARS) -> str:
    """``text`` (a name from a request) fit for a message or a log line: printable characters
    only (any other one becomes ``?``, so no newline can forge a log line) and at most ``limit``."""
    text = str(text)
    shown = "".join(ch if ch.isprintable() else "?" for ch in text[:limit])
    return shown + "..." if len(text) > limit else shown


def resolve_inside(path: Path, root: Path) -> Path | None:
    """The real path of ``path`` (links followed) when it exists and stays inside ``root`` (a
    resolved folder); None otherwise, also for a dangling link or a link loop."""
    try:
        real = Path(path).resolve(strict=True)
    except (OSError, RuntimeError):  # missing, dangling, "Too many levels of symbolic links"
        return None
    return real if real.is_relative_to(root) else None


def is_regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_OPEN_FLAGS = os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_DIR_FLAGS = os.O_RDONLY | _NOFOLLOW | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)


def open_inside(path: Path, root: Path) -> BinaryIO | None:
    """``path`` opened for reading (binary) when it is a regular file whose real path is inside
    ``root`` (a resolved folder); None otherwise -- nothing outside is ever opened.

    The real path is opened one component at a time from ``root`` without following any link, so
    a link swapped in after the check makes the open fail instead of leading out (no race); a FIFO
    or device is refused without blocking."""
    real = resolve_inside(path, root)
    if real is None or real == root:
        return None
    parts = real.relative_to(root).parts
    try:
        if os.open in os.supports_dir_fd:
            folder = os.open(root, _DIR_FLAGS & ~_NOFOLLOW)
            try:
                for part in parts[:-1]:
                    inner = os.open(part, _DIR_FLAGS, dir_fd=folder)
                    os.close(folder)
                    folder = inner
                fd = os.open(parts[-1], _OPEN_FLAGS, dir_fd=folder)
            finally:
                os.close(folder)
        else:  # no openat here: the checked real path, its last component not followed
            fd = os.open(real, _OPEN_FLAGS)
    except OSError:
        return None
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return os.fdopen(fd, "rb")
    except OSError:
        pass
    os.close(fd)
    return None


def walk(root: Path, max_depth: int | None = None, max_entries: int | None = None,
         skip_hidden: bool = False) -> Iterator[tuple[str, os.DirEntry]]:
    """(path relative to ``root`` in posix form, entry) of the entries under ``root``, depth first
    in name order. Links to folders are listed but never entered (no loop, no way out); a folder
    that cannot be read is skipped; at most ``max_depth`` levels (default WALK_DEPTH) and
    ``max_entries`` entries (default WALK_ENTRIES) are read."""
    max_depth = WALK_DEPTH if max_depth is None else max_depth
    stack = [("", os.fspath(root), 1)]
    left = WALK_ENTRIES if max_entries is None else max_entries
    while stack and left > 0:
        prefix, folder, depth = stack.pop()
        try:
            with os.scandir(folder) as entries:
                batch = list(itertools.islice(entries, left))
        except OSError:
            continue
        left -= len(batch)
        folders = []
        for entry in sorted(batch, key=lambda e: e.name):
            if skip_hidden and entry.name.startswith("."):
                continue
            relative = prefix + entry.name
            yield relative, entry
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder and depth < max_depth:
                folders.append((relative + "/", entry.path, depth + 1))
        stack.extend(reversed(folders))


#: A configured database's name: what its id and the page show.
_NAME = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
#: Environment variables naming configured databases: DEEPFIX_SERVE_DB_<NAME>=<URL or sqlite path>.
ENV_PREFIX = "DEEPFIX_SERVE_DB_"


@dataclass(frozen=True)
class Database:
    id: str
    name: str
    source: str  # "example", "dir", "upload" or "url" (configured by the operator)
    path: Path | str  # a sqlite file, or (source "url") an SQLAlchemy URL with its password

    @property
    def shown(self) -> str:
        """The address as messages may show it (a URL's password masked)."""
        from deepfix.tasks.spider.database.target import parse_target

        return parse_target(self.path).shown if self.source == "url" else str(self.path)

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "source": self.source}


def configured_databases(file: Path | None = None, environ: dict | None = None) -> dict[str, str]:
    """Name -> URL (or sqlite path) of the databases the operator configured: the ``databases:``
    mapping of a YAML ``file`` (or the file's top-level mapping), then ``DEEPFIX_SERVE_DB_<NAME>``
    variables of ``environ`` (default ``os.environ``; the name lower-cased). Every address is
    checked as :func:`~deepfix.tasks.spider.database.target.parse_target` checks it; an error names
    the file or the variable and shows a URL with its password masked."""
    from deepfix.tasks.spider.database.target import is_url, parse_target

    found: dict[str, tuple[str, str]] = {}  # name -> (address, where it was given)
    if file is not None:
        import yaml

        try:
            data = yaml.safe_load(Path(file).read_text())
        except (OSError, UnicodeDecodeError) as error:
            raise DeepfixError(f"{file}: cannot read the databases file ({type(error).__name__})") from None
        except yaml.YAMLError as error:
            raise DeepfixError(f"{file}: not valid YAML ({type(error).__name__})") from None
        data = data.get("databases", data) if isinstance(data, dict) else data
        if not isinstance(data, dict):
            raise DeepfixError(f"{file}: expected a mapping of names to database URLs or sqlite paths")
        for name, address in data.items():
            found[str(name)] = (address, f"{file}: databases.{name}")
    for variable, address in sorted((environ if environ is not None else os.environ).items()):
        if variable.startswith(ENV_PREFIX) and len(variable) > len(ENV_PREFIX):
            found[variable[len(ENV_PREFIX):].lower()] = (address, variable)
    out = {}
    for name, (address, where) in found.items():
        if not _NAME.match(name):
            raise DeepfixError(f"{where}: a database name is 1-40 letters, digits, '_' or '-'")
        if not isinstance(address, str) or not address.strip():
            raise DeepfixError(f"{where}: expected a database URL or a sqlite path")
        try:
            parse_target(address)
        except DeepfixError as error:
            raise DeepfixError(f"{where}: {error}") from None
        if not is_url(address) and not Path(address).is_file():
            raise DeepfixError(f"{where}: no sqlite file there")
        out[name] = address
    return out


class DatabaseCatalog:
    def __init__(self, example: Path | None, db_dir: Path | None, upload_dir: Path, limits: Limits,
                 configured: dict[str, str] | None = None):
        """``configured``: name -> URL or sqlite path (:func:`configured_databases`), listed as ``url:<name>``."""
        self.configured = dict(configured or {})
        self.example = example
        self.db_dir = Path(db_dir).resolve() if db_dir else None
        if self.db_dir is not None and not self.db_dir.is_dir():
            raise DeepfixError(f"{db_dir}: --db-dir is not a directory")
        self.upload_dir = Path(upload_dir)
        self.upload_dir.mkdir(parents=True, exist_ok=True)
        self.upload_dir = self.upload_dir.resolve()
        self.limits = limits

    def list(self) -> list[Database]:
        out = []
        if self.example is not None and self.example.is_file():
            out.append(Database(f"example:{self.example.stem}", self.example.stem, "example", self.example))
        for name, address in self.configured.items():
            out.append(Database(f"url:{name}", name, "url", address))
        if self.db_dir is not None:
            out.extend(self._dir_databases())
        for path in self._uploads():
            out.append(Database(f"upload:{path.stem}", path.stem.split("-", 1)[-1], "upload", path))
        return out

    def _dir_databases(self) -> list[Database]:
        """The sqlite files under --db-dir whose real path is a regular file inside it (links to
        files followed and checked, links to folders not entered, unresolvable entries skipped)."""
        found = sorted((relative for relative, entry in walk(self.db_dir)
                        if Path(entry.name).suffix.lower() in SUFFIXES and not entry.name.startswith(".")),
                       key=lambda relative: relative.split("/"))
        out = []
        for relative in found:
            real = resolve_inside(self.db_dir / relative, self.db_dir)
            if real is not None and is_regular_file(real):
                out.append(Database(f"dir:{relative}", relative, "dir", real))
                if len(out) == MAX_LISTED:
                    break
        return out

    def get(self, database_id: str) -> Database:
        for database in self.list():
            if database.id == database_id:
                return database
        raise DeepfixError(f"database {display_name(database_id)!r}: not one of the listed databases")

    def add_upload(self, data: bytes, filename: str) -> Database:
        """Keep an uploaded sqlite file (after checking it); the same content twice is one entry.
        Messages show the name only in its :func:`display_name` form, never a server path."""
        from deepfix.tasks.spider.inputs.sqlite_schema import schema_from_sqlite

        shown = display_name(filename)
        if len(data) > self.limits.upload_bytes:
            raise DeepfixError(f"{shown}: the upload is larger than {self.limits.upload_bytes // 2**20} MiB")
        if not data.startswith(SQLITE_MAGIC):
            raise DeepfixError(f"{shown}: not a sqlite database")
        stem = "".join(ch if ch.isalnum() or ch in "_-" else "_" for ch in Path(filename).stem)[:40] or "database"
        digest = hashlib.sha256(data).hexdigest()[:12]
        kept = [p for p in self._uploads() if p.name.startswith(f"{digest}-")]
        path = kept[0] if kept else self.upload_dir / f"{digest}-{stem}.sqlite"
        if not kept:
            with atomic_path(path) as tmp:
                Path(tmp).write_bytes(data)
            try:
                schema_from_sqlite(path)
            except DeepfixError as error:
                path.unlink(missing_ok=True)
                raise DeepfixError(f"{shown}: {_without_path(error, path)}") from None
            self._trim()
        os.utime(path)
        return Database(f"upload:{path.stem}", path.stem.split("-", 1)[-1], "upload", path)

    def _trim(self) -> None:
        uploads = self._uploads()
        for path in uploads[:max(0, len(uploads) - self.limits.uploads)]:
            path.unlink(missing_ok=True)

    def _uploads(self) -> list[Path]:
        """Kept uploads (regular files, not links), oldest first (temporary files of a write in
        progress start with a dot)."""
        kept = []
        try:
            with os.scandir(self.upload_dir) as entries:
                for entry in entries:
                    if entry.name.endswith(".sqlite") and not entry.name.startswith("."):
                        try:
                            if entry.is_file(follow_symlinks=False):
                                kept.append((entry.stat(follow_symlinks=False).st_mtime, entry.name))
                        except OSError:  # removed meanwhile
                            continue
        except OSError:
            return []
        return [self.upload_dir / name for _mtime, name in sorted(kept)]


def _without_path(error: Exception, path: Path) -> str:
    """A lower layer's message about ``path`` with the server path left out."""
    message = str(error)
    for prefix in (f"{path}: ", f"{path.resolve()}: "):
        if message.startswith(prefix):
            message = message[len(prefix):]
    return message.replace(str(path), path.name)


def schema_view(database: Database | Path) -> list[dict]:
    """Tables with their columns (name, type, key flags) for the page. A database that cannot be
    read is a one-line DeepfixError naming the database's id (given a :class:`Database`) or its
    file name (given a path), never the server path."""
    from deepfix.tasks.spider.database.database import Database as Opened
    from deepfix.tasks.spider.inputs.sqlite_schema import schema_from_sqlite

    if isinstance(database, Database) and database.source == "url":  # the engine's schema by reflection
        try:
            db = Opened.open(database.path).raw
        except DeepfixError as error:
            raise DeepfixError(display_name(str(error).replace(database.shown, f"database {database.id}"), 300)) from None
        return _tables(db)
    path = database.path if isinstance(database, Database) else Path(database)
    try:
        db = schema_from_sqlite(path)
    except DeepfixError as error:
        shown = f"database {database.id}" if isinstance(database, Database) else path.name
        raise DeepfixError(f"{display_name(shown)}: {_without_path(error, path)}") from None
    return _tables(db)


def _tables(db: dict) -> list[dict]:
    primary = set(db["primary_keys"])
    foreign = {source for source, _target in db["foreign_keys"]}
    tables = [{"name": name, "columns": []} for name in db["table_names_original"]]
    for c, (table, name) in enumerate(db["column_names_original"]):
        if table >= 0:
            tables[table]["columns"].append({"name": name, "type": db["column_types"][c],
                                             "primary": c in primary, "foreign": c in foreign})
    return tables
