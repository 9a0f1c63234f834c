"""A generated wide database: hundreds of tables, far beyond the encoder's window, plus one real one."""

from __future__ import annotations

import sqlite3


def wide_database(path, tables: int = 500) -> str:
    """``tables`` tables t0..: an id key, a name, and (from t1) a reference to the previous table; plus artist."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE artist (artist_id INTEGER PRIMARY KEY, name TEXT, country TEXT)")
    connection.executemany("INSERT INTO artist VALUES (?, ?, ?)", [(1, "Ann", "Canada"), (2, "Bo", "Peru")])
    for t in range(tables):
        ref = f", t{t - 1}_id INTEGER REFERENCES t{t - 1}(id)" if t else ""
        connection.execute(f"CREATE TABLE t{t} (id INTEGER PRIMARY KEY, label TEXT, amount REAL{ref})")
    connection.commit()
    connection.close()
    return str(path)
