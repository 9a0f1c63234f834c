"""The bundled example database: generated deterministically, Spider-style keys, read-only, small."""

from __future__ import annotations

import sqlite3

import pytest

from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE, TABLES, festival_rows, write_example_database
from deepfix.tasks.spider.sql.execute import open_read_only, run_query


def dump(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_generator_is_deterministic_and_matches_the_shipped_file(tmp_path):
    first, second = write_example_database(tmp_path / "a.sqlite"), write_example_database(tmp_path / "b.sqlite")
    assert first.read_bytes() == second.read_bytes()
    assert dump(first) == dump(EXAMPLE_DATABASE)  # the shipped file is the generator's (rows, not sqlite's header)
    assert festival_rows(1) != festival_rows()  # the rows come from the seed


def test_shipped_database_has_declared_tables_and_keys():
    from deepfix.tasks.spider.inputs.schema import Schema
    from deepfix.tasks.spider.inputs.sqlite_schema import schema_from_sqlite

    db = schema_from_sqlite(EXAMPLE_DATABASE)
    assert db["table_names_original"] == list(TABLES) and db["db_id"] == "music_festival"
    columns = db["column_names_original"]
    assert [columns[c] for c in db["primary_keys"]] == [[0, "Festival_ID"], [1, "Stage_ID"], [2, "Artist_ID"],
                                                        [3, "Performance_ID"]]
    named = {(columns[a][1], db["table_names_original"][columns[b][0]]) for a, b in db["foreign_keys"]}
    assert named == {("Festival_ID", "festival"), ("Stage_ID", "stage"), ("Artist_ID", "artist")}
    Schema.from_json(db)  # valid for the encoder pipeline
    rows = festival_rows()
    assert 200 <= sum(map(len, rows.values())) <= 500 and all(rows[t] for t in TABLES)
    assert EXAMPLE_DATABASE.stat().st_size < 200_000
    assert (EXAMPLE_DATABASE.parent / "README.md").is_file()


def test_foreign_keys_hold():
    connection = sqlite3.connect(EXAMPLE_DATABASE)
    try:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


@pytest.mark.parametrize("statement", ["DELETE FROM artist", "INSERT INTO artist VALUES (99, 'x', 'y', 'z', 2000)",
                                       "DROP TABLE stage"])
def test_opens_read_only(statement):
    before = EXAMPLE_DATABASE.read_bytes()
    connection = open_read_only(EXAMPLE_DATABASE)
    try:
        assert run_query(connection, "SELECT count(*) FROM artist").rows == [(len(festival_rows()["artist"]),)]
        assert not run_query(connection, statement).ok
    finally:
        connection.close()
    assert EXAMPLE_DATABASE.read_bytes() == before
