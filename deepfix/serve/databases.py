"""The sqlite databases ``deepfix serve`` may ask: the bundled example, files under ``--db-dir``, uploads.

Each database has an id (``example:music_festival``, ``dir:sub/shop.sqlite``, ``upload:3f2a...``);
a request names a database by id and only an id of the current listing resolves, so no request
path reaches the file system. Files under ``--db-dir`` are those whose real path (symbolic links
followed) stays inside it. Uploads are checked (size, sqlite header, readable schema) and kept
under a private folder by content hash.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from deepfix.errors import DeepfixError
from deepfix.files import atomic_path

from .limits import Limits

SUFFIXES = (".sqlite", ".sqlite3", ".db")
MAX_LISTED = 500
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Database:
    id: str
    name: str
    source: str  # "example", "dir" or "upload"
    path: Path

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "source": self.source}


class DatabaseCatalog:
    def __init__(self, example: Path | None, db_dir: Path | None, upload_dir: Path, limits: Limits):
        self.example = example
        self.db_dir = Path(db_dir).resolve() if db_dir else None
        if self.db_dir is not None and not self.db_dir.is_dir():
            raise DeepfixError(f"{db_dir}: --db-dir is not a directory")
        self.upload_dir = Path(upload_dir)
        self.upload_dir.mkdir(parents=True, exist_ok=True)
        self.limits = limits

    def list(self) -> list[Database]:
        out = []
        if self.example is not None and self.example.is_file():
            out.append(Database(f"example:{self.example.stem}", self.example.stem, "example", self.example))
        if self.db_dir is not None:
            found = sorted(p for p in self.db_dir.rglob("*")
                           if p.suffix.lower() in SUFFIXES and not p.name.startswith("."))
            for path in found[:MAX_LISTED]:
                real = path.resolve()
                if real.is_file() and real.is_relative_to(self.db_dir):
                    relative = path.relative_to(self.db_dir).as_posix()
                    out.append(Database(f"dir:{relative}", relative, "dir", real))
        for path in self._uploads():
            out.append(Database(f"upload:{path.stem}", path.stem.split("-", 1)[-1], "upload", path))
        return out

    def get(self, database_id: str) -> Database:
        for database in self.list():
            if database.id == database_id:
                return database
        raise DeepfixError(f"database {database_id[:80]!r}: not one of the listed databases")

    def add_upload(self, data: bytes, filename: str) -> Database:
        """Keep an uploaded sqlite file (after checking it); the same content twice is one entry."""
        from deepfix.tasks.spider.encoder.sqlite_schema import schema_from_sqlite

        if len(data) > self.limits.upload_bytes:
            raise DeepfixError(f"{filename}: the upload is larger than {self.limits.upload_bytes // 2**20} MiB")
        if not data.startswith(SQLITE_MAGIC):
            raise DeepfixError(f"{filename}: not a sqlite database")
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
                path.unlink()
                raise DeepfixError(f"{filename}: {str(error).split(': ', 1)[-1]}") from None
            self._trim()
        os.utime(path)
        return Database(f"upload:{path.stem}", path.stem.split("-", 1)[-1], "upload", path)

    def _trim(self) -> None:
        uploads = self._uploads()
        for path in uploads[:max(0, len(uploads) - self.limits.uploads)]:
            path.unlink()

    def _uploads(self) -> list[Path]:
        """Kept uploads, oldest first (temporary files of a write in progress start with a dot)."""
        paths = [p for p in self.upload_dir.glob("*.sqlite") if not p.name.startswith(".")]
        return sorted(paths, key=lambda p: p.stat().st_mtime)


def schema_view(path: Path) -> list[dict]:
    """Tables with their columns (name, type, key flags) for the page."""
    from deepfix.tasks.spider.encoder.sqlite_schema import schema_from_sqlite

    db = schema_from_sqlite(path)
    primary = set(db["primary_keys"])
    foreign = {source for source, _target in db["foreign_keys"]}
    tables = [{"name": name, "columns": []} for name in db["table_names_original"]]
    for c, (table, name) in enumerate(db["column_names_original"]):
        if table >= 0:
            tables[table]["columns"].append({"name": name, "type": db["column_types"][c],
                                             "primary": c in primary, "foreign": c in foreign})
    return tables
