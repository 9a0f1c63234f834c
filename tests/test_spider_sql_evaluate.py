"""Spider exact set match, components, hardness and error breakdown on hand-written pairs."""

import pytest

from deepfix.tasks.spider.sql.evaluate import COMPONENTS, error_kind, evaluate_pair, hardness
from deepfix.tasks.spider.sql.parser import parse_sql
from spider_sql_schema import CONCERTS

JOIN = ("FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.singer_id = T2.singer_id ")


def score(pred, gold):
    return evaluate_pair(pred, parse_sql(gold, CONCERTS), CONCERTS)


def wrong_components(result):
    return {name for name, s in result.components.items() if not s.matched}


@pytest.mark.parametrize("pred, gold", [
    ("SELECT name FROM singer WHERE age > 99", "SELECT name FROM singer WHERE age > 20"),  # values ignored
    ("SELECT age, name FROM singer", "SELECT name, age FROM singer"),                      # select is a set
    ("SELECT name FROM singer WHERE country = 'a' AND age > 1",
     "SELECT name FROM singer WHERE age > 1 AND country = 'b'"),                              # where is a set
    ("SELECT DISTINCT name FROM singer", "SELECT name FROM singer"),                        # DISTINCT ignored
    ("SELECT T1.name " + JOIN + "WHERE T2.singer_id = 3",
     "SELECT T1.name " + JOIN + "WHERE T1.singer_id = 3"),                                   # FK columns equal
    ("SELECT name FROM singer LIMIT 5", "SELECT name FROM singer LIMIT 1"),                 # limit value ignored
    ("SELECT T1.name " + JOIN, "SELECT T1.name FROM singer_in_concert AS T2 JOIN singer AS T1"),  # ON ignored
])
def test_equivalent_predictions_are_exact_matches(pred, gold):
    result = score(pred, gold)
    assert result.exact and result.error is None and not wrong_components(result)


@pytest.mark.parametrize("pred, gold, component", [
    ("SELECT max(age) FROM singer", "SELECT min(age) FROM singer", "select"),
    ("SELECT name FROM singer WHERE age > 3", "SELECT name FROM singer WHERE age < 3", "where"),
    ("SELECT name FROM singer WHERE country > 3", "SELECT name FROM singer WHERE age > 3", "where(no OP)"),
    ("SELECT count(*) FROM singer GROUP BY name", "SELECT count(*) FROM singer GROUP BY country", "group(no Having)"),
    ("SELECT count(*) FROM singer GROUP BY name HAVING count(*) > 1",
     "SELECT count(*) FROM singer GROUP BY name HAVING max(age) > 1", "group"),
    ("SELECT name FROM singer ORDER BY age", "SELECT name FROM singer ORDER BY age DESC", "order"),
    ("SELECT name FROM singer ORDER BY age LIMIT 1", "SELECT name FROM singer ORDER BY age", "order"),
    ("SELECT name FROM singer WHERE age > 1 OR age < 0", "SELECT name FROM singer WHERE age > 1 AND age < 0", "and/or"),
    ("SELECT name FROM singer UNION SELECT concert_name FROM concert",
     "SELECT name FROM singer INTERSECT SELECT concert_name FROM concert", "IUEN"),
    ("SELECT name FROM singer EXCEPT SELECT name FROM singer WHERE age > 2",
     "SELECT name FROM singer EXCEPT SELECT name FROM singer WHERE age < 2", "IUEN"),
    ("SELECT name FROM singer WHERE name NOT LIKE 'a'", "SELECT name FROM singer WHERE name LIKE 'a'", "keywords"),
])
def test_each_component_detects_its_difference(pred, gold, component):
    result = score(pred, gold)
    assert not result.exact
    assert component in wrong_components(result)
    assert set(COMPONENTS) >= wrong_components(result)


def test_select_no_agg_ignores_the_aggregate_only():
    result = score("SELECT max(age) FROM singer", "SELECT min(age) FROM singer")
    assert not result.components["select"].matched and result.components["select(no AGG)"].matched


def test_where_no_op_ignores_the_operator_only():
    result = score("SELECT name FROM singer WHERE age > 3", "SELECT name FROM singer WHERE age < 3")
    assert not result.components["where"].matched and result.components["where(no OP)"].matched


def test_wrong_table_alone_is_not_exact():
    result = score("SELECT count(*) FROM concert", "SELECT count(*) FROM singer")
    assert not wrong_components(result) and not result.exact


def test_unparseable_prediction_scores_wrong_and_is_counted():
    result = score("SELEC name FRM singer", "SELECT name FROM singer")
    assert not result.exact and not result.parsed and result.parse_error


@pytest.mark.parametrize("query, level", [
    ("SELECT count(*) FROM singer", "easy"),
    ("SELECT name FROM singer WHERE age > 3", "easy"),
    ("SELECT name, age FROM singer WHERE age > 3", "medium"),
    ("SELECT T1.name " + JOIN + "WHERE T1.age > 3", "medium"),
    ("SELECT name FROM singer WHERE age > (SELECT avg(age) FROM singer)", "hard"),
    ("SELECT T1.name " + JOIN + "WHERE T1.age > 3 ORDER BY T1.age", "hard"),
    ("SELECT name FROM singer INTERSECT SELECT concert_name FROM concert", "hard"),
    ("SELECT T1.name " + JOIN + "GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1", "extra"),
    ("SELECT name FROM singer WHERE age > (SELECT avg(age) FROM singer) AND country = 'x'", "extra"),
])
def test_hardness_levels(query, level):
    assert hardness(parse_sql(query, CONCERTS)) == level


@pytest.mark.parametrize("pred, gold, kind", [
    ("SELECT name FROM singer", "SELECT name FROM singer", None),
    ("SELECT country FROM singer WHERE age > 3", "SELECT name FROM singer WHERE age > 3", "schema_only"),
    ("SELECT name FROM singer ORDER BY name", "SELECT name FROM singer", "structure_only"),
    ("SELECT count(*) FROM concert GROUP BY year", "SELECT name FROM singer", "both"),
])
def test_error_breakdown(pred, gold, kind):
    assert error_kind(parse_sql(pred, CONCERTS), parse_sql(gold, CONCERTS), CONCERTS) == kind
