"""Valid SQL: sqlite's verdict on an empty copy of the schema, FROM completion, picking a valid beam tree."""

import pytest

from deepfix.tasks.spider.decoder.beam import Decoded
from deepfix.tasks.spider.sql import parse_sql, render_sql
from deepfix.tasks.spider.sql.from_clause import complete_from
from deepfix.tasks.spider.sql.grammar import from_spider
from deepfix.tasks.spider.sql.validity import SchemaChecker, empty_database
from deepfix.tasks.spider.text2sql import to_sql

from spider_sql_schema import CONCERTS


@pytest.mark.parametrize("sql", [
    "SELECT count(*) FROM singer",
    "SELECT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.Singer_ID = T2.Singer_ID",
    "SELECT Name FROM singer WHERE Age > (SELECT avg(Age) FROM singer)",
    "SELECT Name FROM singer INTERSECT SELECT concert_Name FROM concert",
])
def test_valid_queries_are_accepted(sql):
    with SchemaChecker() as checker:
        assert checker.check(sql, CONCERTS) is None


@pytest.mark.parametrize("sql, reason", [
    ("SELECT T2.Year FROM singer AS T1", "no such column"),
    ("SELECT Name FROM stadium", "no such table"),
    ("SELECT Name, Age FROM singer EXCEPT SELECT Name FROM singer", "SELECTs to the left and right"),
    ("SELECT Name FROM singer; DROP TABLE singer", "more than one statement"),
    ("DELETE FROM singer", "not authorized"),
])
def test_invalid_queries_get_sqlites_reason(sql, reason):
    with SchemaChecker() as checker:
        assert reason in checker.check(sql, CONCERTS)


def test_empty_database_has_every_table_and_no_rows():
    connection = empty_database({**CONCERTS, "table_names_original": [*CONCERTS["table_names_original"][:2],
                                                                      "sqlite_sequence"]})
    assert connection.execute("SELECT count(*) FROM singer").fetchone() == (0,)
    assert connection.execute("SELECT name, seq FROM sqlite_sequence").fetchall() == []  # sqlite's own table


def test_complete_from_adds_the_table_of_every_used_column():
    sql = parse_sql("SELECT T2.Year FROM singer AS T1 JOIN concert AS T2 WHERE T1.Age > 3", CONCERTS)
    sql["from"]["table_units"] = [["table_unit", 0]]  # the decoder forgot concert
    completed = complete_from(sql, CONCERTS)
    assert completed["from"]["table_units"] == [["table_unit", 0], ["table_unit", 1]]
    assert sql["from"]["table_units"] == [["table_unit", 0]]  # a copy: the input is unchanged
    with SchemaChecker() as checker:
        assert checker.check(render_sql(sql, CONCERTS), CONCERTS) is not None
        assert checker.check(render_sql(completed, CONCERTS, infer_joins=True), CONCERTS) is None


def test_complete_from_reaches_nested_queries_and_leaves_correct_ones_alone():
    sql = parse_sql("SELECT Name FROM singer WHERE Age > (SELECT avg(Age) FROM singer) "
                    "UNION SELECT concert_Name FROM concert", CONCERTS)
    assert complete_from(sql, CONCERTS) == sql
    nested = sql["where"][0][3]
    nested["select"][1][0][1][1][1] = 7  # the subquery now selects concert.Year from singer
    completed = complete_from(sql, CONCERTS)
    assert completed["where"][0][3]["from"]["table_units"] == [["table_unit", 0], ["table_unit", 1]]
    assert completed["from"]["table_units"] == [["table_unit", 0]]


def test_to_sql_picks_the_best_tree_sqlite_accepts():
    def tree(text):
        return from_spider(parse_sql(text, CONCERTS))

    bad = tree("SELECT Name, Age FROM singer EXCEPT SELECT Name FROM singer")  # column counts differ
    good = tree("SELECT Name FROM singer EXCEPT SELECT Name FROM singer")
    decoded = Decoded(bad, -1.0, [], [(bad, -1.0), (good, -2.0)])
    assert "Age" in to_sql(decoded, CONCERTS)  # without a checker: the best-scoring tree
    with SchemaChecker() as checker:
        picked = to_sql(decoded, CONCERTS, checker=checker)
        assert "Age" not in picked and checker.check(picked, CONCERTS) is None
        only_bad = Decoded(bad, -1.0, [], [(bad, -1.0)])
        assert "Age" in to_sql(only_bad, CONCERTS, checker=checker)  # none accepted: still the best tree
