"""Rule-based value filling: question literals and database lookups into decoded placeholders."""

from __future__ import annotations

import sqlite3

import pytest

from deepfix.tasks.spider.sql.execute import open_read_only
from deepfix.tasks.spider.sql.parser import parse_sql
from deepfix.tasks.spider.sql.render import render_sql
from deepfix.tasks.spider.decoder.value_fill import QuestionValues, fill_values, value_slots

DB = {
    "db_id": "music",
    "table_names_original": ["singer"], "table_names": ["singer"],
    "column_names_original": [[-1, "*"], [0, "name"], [0, "country"], [0, "age"], [0, "genre"]],
    "column_names": [[-1, "*"], [0, "name"], [0, "country"], [0, "age"], [0, "genre"]],
    "column_types": ["text", "text", "text", "number", "text"],
    "primary_keys": [1], "foreign_keys": [],
}


def placeholders(sql: str) -> dict:
    """Gold SQL -> the Spider dict with every literal blanked as the decoder leaves it."""
    parsed = parse_sql(sql, DB)
    for slot in value_slots(parsed):
        slot.set(1 if slot.op is None else None)
    return parsed


def filled(sql: str, question: str, connection=None) -> str:
    return render_sql(fill_values(placeholders(sql), DB, question, connection), DB)


@pytest.fixture()
def music_db(tmp_path):
    path = tmp_path / "music.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE singer (name text, country text, age int, genre text)")
    connection.executemany("INSERT INTO singer VALUES (?, ?, ?, ?)",
                           [("Joe Sharp", "Netherlands", 52, "Rock"), ("Tribal King", "France", 25, "Pop")])
    connection.commit()
    connection.close()
    read_only = open_read_only(path)
    yield read_only
    read_only.close()


def test_question_candidates_in_order():
    values = QuestionValues('Singers from "United States" older than 30 and younger than twelve, like Joe Sharp.')
    assert values.quoted == ["United States"]
    assert values.numbers == [30, 12]
    assert values.capitalised == ["Joe Sharp"]


def test_numbers_quotes_between_and_limit():
    assert filled("SELECT name FROM singer WHERE age > 30", "Who is older than 30?").endswith("age > 30")
    assert filled("SELECT name FROM singer WHERE age BETWEEN 20 AND 30",
                  "Singers aged between 20 and 30.").endswith("BETWEEN 20 AND 30")
    assert filled("SELECT name FROM singer WHERE country = 'x'",
                  "Singers from 'Netherlands'?").endswith("country = 'Netherlands'")
    assert filled("SELECT name FROM singer ORDER BY age DESC LIMIT 3",
                  "Names of the top 3 oldest singers.").endswith("LIMIT 3")
    assert filled("SELECT name FROM singer ORDER BY age DESC LIMIT 1",
                  "Name of the oldest singer.").endswith("LIMIT 1")


def test_database_lookup_uses_the_stored_spelling(music_db):
    sql = "SELECT count(*) FROM singer WHERE country = 'x' AND age > 20"
    text = filled(sql, "how many singers from france are older than 20?", music_db)
    assert "country = 'France'" in text and "age > 20" in text
    assert "LIKE '%Rock%'" in filled("SELECT name FROM singer WHERE genre LIKE '%x%'",
                                     "Which singers play something like Rock?")


def test_slots_in_reading_order_including_subqueries_and_set_ops():
    parsed = parse_sql("SELECT name FROM singer WHERE age > 20 AND name IN (SELECT name FROM singer WHERE age < 50) "
                       "EXCEPT SELECT name FROM singer WHERE country = 'France' LIMIT 2", DB)
    assert [slot.get() for slot in value_slots(parsed)] == [20.0, 50.0, '"France"', 2]  # LIMIT belongs to the EXCEPT query


def test_unfillable_slots_keep_their_placeholder():
    assert filled("SELECT name FROM singer WHERE age > 30", "Who is old?").endswith("age > 'value'")


def test_quoted_span_with_quotes_of_both_kinds_stays_one_value(music_db):
    """The SQL injection of a quoted question span ``x' " UNION ...``: once written in ``"..."``
    (an identifier first, in sqlite) it listed every name in sqlite_master."""
    from deepfix.tasks.spider.sql.execute import run_query

    payload = "x' \" UNION SELECT name FROM sqlite_master --"
    question = f"What are the names of singers whose country is “{payload}”?"
    text = filled("SELECT name FROM singer WHERE country = 'x'", question, music_db)
    assert text.endswith("country = 'x'' \" UNION SELECT name FROM sqlite_master --'")
    result = run_query(music_db, text, 5.0)
    assert result.ok and result.rows == []
    assert parse_sql(text, DB)["where"][0][3] == f'"{payload}"'


def test_filled_value_keeps_quotes_of_its_own():
    """A quoted span that is itself in quotes keeps them (Spider's own ``"..."`` is stripped, not the value's)."""
    assert filled("SELECT name FROM singer WHERE country = 'x'",
                  "Singers from “'Ireland'”?").endswith("country = '''Ireland'''")


def test_the_longest_stored_gram_wins_and_one_query_reads_the_column(music_db):
    """Every n-gram of the question is looked up in one query per slot (not one scan per n-gram)."""
    statements = []
    music_db.set_trace_callback(statements.append)
    text = filled("SELECT age FROM singer WHERE name = 'x'", "how old is the singer called tribal king of pop?", music_db)
    music_db.set_trace_callback(None)
    assert "name = 'Tribal King'" in text  # 'tribal king' (2 words) beats any single word, stored spelling kept
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
