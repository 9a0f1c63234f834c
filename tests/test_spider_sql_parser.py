"""Spider SQL parser on hand-written queries, one construct per test (schema: tests/spider_sql_schema.py)."""

import pytest

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.sql.parser import parse_sql, tokenize
from spider_sql_schema import CONCERTS


def parse(query, **kwargs):
    return parse_sql(query, CONCERTS, **kwargs)


def col(column, agg=0, distinct=False):
    return [agg, column, distinct]


def val(column, agg=0, distinct=False):
    return [0, col(column, agg, distinct), None]


def test_tokenize_lowercases_words_and_keeps_values():
    assert tokenize("SELECT Name FROM singer WHERE Country = 'France' AND age != -3") == [
        "select", "name", "from", "singer", "where", "country", "=", '"France"', "and",
        "age", "!=", "-3"]



def test_doubled_single_quote_is_one_quote_of_the_value():
    """Standard SQL (and sqlite, and the renderer) escape ``'`` by doubling it; gold ``"..."`` is read as before."""
    assert tokenize("SELECT name FROM singer WHERE name = 'It''s' OR name = \"it's\"") == [
        "select", "name", "from", "singer", "where", "name", "=", '"It\'s"', "or", "name", "=", '"it\'s"']
    assert parse("SELECT name FROM singer WHERE name = 'a''''b'")["where"][0][3] == '"a\'\'b"'

def test_count_star_and_empty_clauses():
    sql = parse("SELECT count(*) FROM singer")
    assert sql == {
        "select": [False, [[3, val(0)]]],
        "from": {"table_units": [["table_unit", 0]], "conds": []},
        "where": [], "groupBy": [], "having": [], "orderBy": [], "limit": None,
        "intersect": None, "union": None, "except": None}


def test_select_distinct_aggregates_and_arithmetic():
    sql = parse("SELECT DISTINCT name, max(age) - min(age), count(DISTINCT country), avg(age + age) FROM singer")
    assert sql["select"] == [True, [
        [0, val(2)],
        [0, [1, col(4, agg=1), col(4, agg=2)]],
        [3, [0, col(3, distinct=True), None]],
        [5, [2, col(4), col(4)]],
    ]]


def test_join_aliases_and_on_conditions():
    sql = parse("SELECT T1.name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.singer_id = T2.singer_id "
                "JOIN concert AS T3 ON T2.concert_id = T3.concert_id")
    assert sql["from"]["table_units"] == [["table_unit", 0], ["table_unit", 2], ["table_unit", 1]]
    assert sql["from"]["conds"] == [
        [False, 2, val(1), col(10), None], "and", [False, 2, val(9), col(5), None]]
    assert sql["select"] == [False, [[0, val(2)]]]


def test_alias_without_as_and_unqualified_column_resolution():
    sql = parse("SELECT concert_name, name FROM concert c JOIN singer s ON c.concert_id = s.singer_id")
    assert sql["select"][1] == [[0, val(6)], [0, val(2)]]


def test_where_operators_values_and_connectives():
    sql = parse("SELECT name FROM singer WHERE age BETWEEN 20 AND 30 OR country LIKE '%an%' "
                "AND name NOT LIKE \"B%\" AND age >= 1.5 AND age <> 4")
    assert sql["where"] == [
        [False, 1, val(4), 20.0, 30.0], "or",
        [False, 9, val(3), '"%an%"', None], "and",
        [True, 9, val(2), '"B%"', None], "and",
        [False, 5, val(4), 1.5, None], "and",
        [False, 7, val(4), 4.0, None]]


def test_nested_queries_in_where_and_from():
    sql = parse("SELECT name FROM singer WHERE singer_id NOT IN (SELECT singer_id FROM singer_in_concert) "
                "AND age > (SELECT avg(age) FROM singer)")
    inner = sql["where"][0][3]
    assert sql["where"][0][:3] == [True, 8, val(1)]
    assert inner["select"] == [False, [[0, val(10)]]]
    assert sql["where"][2][3]["select"] == [False, [[5, val(4)]]]
    sub = parse("SELECT count(*) FROM (SELECT name FROM singer GROUP BY name)")
    assert sub["from"]["table_units"][0][0] == "sql"
    assert sub["from"]["table_units"][0][1]["groupBy"] == [col(2)]


def test_group_having_order_limit():
    sql = parse("SELECT country, count(*) FROM singer GROUP BY country HAVING count(*) > 2 "
                "ORDER BY count(*) DESC, name LIMIT 3")
    assert sql["groupBy"] == [col(3)]
    assert sql["having"] == [[False, 3, val(0, agg=3), 2.0, None]]
    assert sql["orderBy"] == ["desc", [val(0, agg=3), val(2)]]
    assert sql["limit"] == 3
    assert parse("SELECT name FROM singer ORDER BY age")["orderBy"] == ["asc", [val(4)]]


@pytest.mark.parametrize("op", ["intersect", "union", "except"])
def test_set_operations(op):
    sql = parse(f"SELECT name FROM singer WHERE age > 30 {op.upper()} SELECT name FROM singer WHERE country = 'x'")
    assert sql[op]["where"] == [[False, 2, val(3), '"x"', None]]
    assert all(sql[other] is None for other in ("intersect", "union", "except") if other != op)


def test_column_valued_condition_keeps_first_column_like_spider():
    sql = parse("SELECT count(*) FROM singer AS T1 JOIN concert AS T2 WHERE T1.age = T2.year + T1.age")
    assert sql["where"] == [[False, 2, val(4), col(7), None]]


def test_trailing_tokens_ignored_unless_strict():
    query = "SELECT name FROM singer ORDER BY count(*) >= 5"
    assert parse(query)["orderBy"] == ["asc", [val(0, agg=3)]]
    with pytest.raises(DeepfixError):
        parse(query, strict=True)


@pytest.mark.parametrize("query", [
    "", "SELECT name FROM nowhere", "SELECT nothing FROM singer", "SELECT name FROM singer WHERE",
    "SELECT name WHERE age > 3", "SELECT name FROM singer WHERE name = 'unterminated",
    "SELECT name FROM singer LIMIT many", "DROP TABLE singer"])
def test_bad_queries_raise_one_clean_error(query):
    with pytest.raises(DeepfixError):
        parse(query)
