"""Execution on small sqlite databases built here: read-only, time-limited, Spider's comparison."""

import hashlib
import sqlite3

import pytest

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.sql.execute import execution_match, open_read_only, results_match, run_query


@pytest.fixture()
def db_path(tmp_path):
    path = tmp_path / "shop.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, price REAL)")
    connection.executemany("INSERT INTO item VALUES (?, ?, ?)",
                           [(1, "pen", 2.0), (2, "ink", 5.5), (3, "pad", 2.0), (4, "pen", 3.0)])
    connection.commit()
    connection.close()
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_select_runs_and_returns_rows(db_path):
    connection = open_read_only(db_path)
    result = run_query(connection, "SELECT name FROM item WHERE price > 2.5 ORDER BY id")
    assert result.ok and result.rows == [("ink",), ("pen",)]


@pytest.mark.parametrize("statement", [
    "INSERT INTO item VALUES (9, 'x', 1)", "DROP TABLE item", "DELETE FROM item",
    "UPDATE item SET price = 0", "CREATE TABLE other (x)", "PRAGMA query_only = OFF",
    "ATTACH DATABASE 'elsewhere.sqlite' AS other", "SELECT 1; DROP TABLE item", "VACUUM",
])
def test_writes_are_refused_and_the_file_never_changes(db_path, statement):
    before = digest(db_path)
    connection = open_read_only(db_path)
    result = run_query(connection, statement)
    connection.close()
    assert not result.ok and result.rows is None
    assert digest(db_path) == before
    check = sqlite3.connect(db_path)
    assert check.execute("SELECT count(*) FROM item").fetchone() == (4,)
    check.close()


def test_endless_recursive_cte_times_out(db_path):
    connection = open_read_only(db_path)
    loop = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    result = run_query(connection, loop, timeout_s=0.3)
    assert result.error == "timeout"
    # the connection is still usable afterwards
    assert run_query(connection, "SELECT count(*) FROM item").rows == [(4,)]


def test_bounded_recursive_cte_is_allowed(db_path):
    connection = open_read_only(db_path)
    result = run_query(connection, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) "
                                   "SELECT i FROM n")
    assert result.rows == [(1,), (2,), (3,)]


def test_result_comparison_is_a_multiset_unless_ordered():
    assert results_match([(1,), (2,), (2,)], [(2,), (1,), (2,)], ordered=False)
    assert not results_match([(1,), (2,)], [(1,), (2,), (2,)], ordered=False)
    assert not results_match([(2,), (1,)], [(1,), (2,)], ordered=True)
    assert results_match([(1,), (2,)], [(1,), (2,)], ordered=True)


def test_execution_match(db_path):
    connection = open_read_only(db_path)
    gold = "SELECT name FROM item WHERE price = 2.0"
    assert execution_match(connection, "SELECT name FROM item WHERE price < 2.5", gold, False) == (True, None)
    assert execution_match(connection, "SELECT name FROM item", gold, False)[0] is False
    assert execution_match(connection, "SELECT nothing FROM item", gold, False)[0] is False
    assert execution_match(connection, "DROP TABLE item", gold, False)[0] is False
    ordered = "SELECT name FROM item ORDER BY price DESC, id"
    assert execution_match(connection, "SELECT name FROM item ORDER BY id", ordered, True)[0] is False
    assert execution_match(connection, "SELECT name FROM item", "SELECT broken", False)[0] is None


def test_missing_or_non_sqlite_files_are_clean_errors(tmp_path):
    with pytest.raises(DeepfixError, match="no such sqlite"):
        open_read_only(tmp_path / "absent.sqlite")
    text = tmp_path / "notes.sqlite"
    text.write_text("hello, not a database")
    with pytest.raises(DeepfixError, match="not a sqlite"):
        open_read_only(text)
