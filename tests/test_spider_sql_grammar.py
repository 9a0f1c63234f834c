"""Grammar (Spider dict <-> AST <-> actions), renderer, and round trips (hand-written + dev)."""

import json
import random
import os
from pathlib import Path

import pytest

from deepfix.tasks.spider.sql.evaluate import exact_match
from deepfix.tasks.spider.sql.grammar import (
    RULES, Action, GrammarError, TreeBuilder, from_actions, from_spider, to_actions, to_spider)
from deepfix.tasks.spider.sql.parser import parse_sql
from deepfix.tasks.spider.sql.render import render_sql
from spider_sql_schema import CONCERTS

FIXTURE = Path(__file__).parent / "fixtures" / "spider"

QUERIES = [
    "SELECT count(*) FROM singer",
    "SELECT DISTINCT name, max(age) - min(age), count(DISTINCT country), avg(age + age) FROM singer",
    "SELECT T1.name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.singer_id = T2.singer_id "
    "JOIN concert AS T3 ON T2.concert_id = T3.concert_id WHERE T3.year = '2014' OR T1.age BETWEEN 1 AND 9",
    "SELECT name FROM singer WHERE singer_id NOT IN (SELECT singer_id FROM singer_in_concert) "
    "AND name NOT LIKE '%a%' AND age != (SELECT max(age) FROM singer)",
    "SELECT country, count(*) FROM singer GROUP BY country HAVING count(*) > 2 AND avg(age) < 30 "
    "ORDER BY count(*) DESC, country LIMIT 3",
    "SELECT count(*) FROM (SELECT name FROM singer INTERSECT SELECT concert_name FROM concert)",
    "SELECT name FROM singer WHERE age > 3 UNION SELECT name FROM singer WHERE age < 1 "
    "EXCEPT SELECT name FROM singer WHERE country = \"it's\"",
    "SELECT T1.name FROM singer AS T1 JOIN singer AS T2 ON T1.age = T2.age WHERE T1.age >= T2.age",
]


def canonical(sql):
    return json.loads(json.dumps(sql))


@pytest.mark.parametrize("query", QUERIES)
def test_dict_ast_actions_round_trip_is_exact(query):
    sql = parse_sql(query, CONCERTS)
    tree = from_spider(sql)
    assert canonical(to_spider(tree)) == canonical(sql)
    actions = to_actions(tree)
    assert from_actions(actions) == tree


@pytest.mark.parametrize("query", QUERIES)
def test_rendered_sql_parses_back_to_the_same_structure(query):
    sql = parse_sql(query, CONCERTS)
    text = render_sql(from_spider(sql), CONCERTS)
    assert canonical(parse_sql(text, CONCERTS, strict=True)) == canonical(sql)
    placeholder = render_sql(sql, CONCERTS, keep_values=False)
    assert exact_match(parse_sql(placeholder, CONCERTS, strict=True), sql, CONCERTS)


def test_tree_builder_frontier_allows_only_grammar_valid_actions():
    sql = parse_sql(QUERIES[4], CONCERTS)
    builder = TreeBuilder()
    for action in to_actions(from_spider(sql)):
        frontier = builder.frontier
        assert frontier.kind == action.kind
        if action.kind == "rule":
            assert action.value in frontier.valid_rules()
            assert all(RULES[r].lhs == frontier.lhs for r in frontier.valid_rules())
        builder.apply(action)
    assert builder.done and builder.frontier is None


def test_parent_step_points_to_the_parent_rule():
    actions = to_actions(from_spider(parse_sql("SELECT count(*) FROM singer", CONCERTS)))
    builder = TreeBuilder()
    builder.apply(actions[0])  # sql -> Query
    assert builder.frontier.parent_step == 0 and builder.frontier.field_name == "select"


def test_decoder_placeholders_render():
    sql = parse_sql("SELECT name FROM singer WHERE age > 3 AND country = 'x'", CONCERTS)
    actions = [Action("value", None) if a.kind == "value" else a for a in to_actions(from_spider(sql))]
    text = render_sql(from_actions(actions), CONCERTS)
    assert "'value'" in text
    assert exact_match(parse_sql(text, CONCERTS), sql, CONCERTS)


@pytest.mark.parametrize("bad", [
    [Action("column", 3)],                          # a column where a rule is due
    [Action("rule", 10_000)],                       # no such rule
    [Action("rule", RULES.index(next(r for r in RULES if r.lhs == "cond")))],  # wrong left-hand side
])
def test_invalid_actions_raise(bad):
    with pytest.raises(GrammarError):
        from_actions(bad)


def test_incomplete_actions_raise():
    actions = to_actions(from_spider(parse_sql("SELECT name FROM singer", CONCERTS)))
    with pytest.raises(GrammarError):
        from_actions(actions[:-1])


def _round_trip_all(examples, dbs):
    failures = []
    for example in examples:
        db = dbs[example["db_id"]]
        text = render_sql(from_actions(to_actions(from_spider(example["sql"]))), db)
        if not exact_match(parse_sql(text, db, strict=True), example["sql"], db):
            failures.append(example["query"])
    return failures


def _load(directory):
    dbs = {db["db_id"]: db for db in json.loads((directory / "tables.json").read_text())}
    return json.loads((directory / "dev.json").read_text()), dbs


def test_fixture_dev_subset_round_trips_and_matches_its_sql_field():
    examples, dbs = _load(FIXTURE)
    for example in examples:
        assert canonical(parse_sql(example["query"], dbs[example["db_id"]])) == example["sql"]
    assert _round_trip_all(examples, dbs) == []


@pytest.fixture()
def spider_data():
    """The full Spider data: $DEEPFIX_SPIDER_DATA, else the shared copy of this workplace."""
    path = Path(os.environ.get("DEEPFIX_SPIDER_DATA", "/work/shared/data/spider"))
    if not (path / "dev.json").is_file() or not (path / "tables.json").is_file():
        pytest.skip("full Spider dev set not available (set DEEPFIX_SPIDER_DATA)")
    return path


def test_full_dev_round_trip_and_parser_agreement(spider_data):
    """All 1034 dev queries: parser == dev.json's sql, and the round trip is an exact match (~2 s)."""
    examples, dbs = _load(spider_data)
    disagree = [e["query"] for e in examples if canonical(parse_sql(e["query"], dbs[e["db_id"]])) != e["sql"]]
    assert disagree == []
    assert _round_trip_all(examples, dbs) == []


def random_tree(rng, db, max_steps=300):
    """A random grammar-valid AST (what an untrained decoder might emit), or None if too long."""
    builder = TreeBuilder()
    while not builder.done and builder.steps < max_steps:
        frontier = builder.frontier
        if frontier.kind == "column":
            builder.apply(Action("column", rng.randrange(len(db["column_names_original"]))))
        elif frontier.kind == "table":
            builder.apply(Action("table", rng.randrange(len(db["table_names_original"]))))
        elif frontier.kind == "value":
            builder.apply(Action("value", None))
        else:
            rules = frontier.valid_rules()
            if frontier.lhs.endswith("?") or frontier.lhs in ("operand", "table_unit", "cond"):
                # keep trees small: mostly absent / literal / plain table / single comparison
                choice = rules[0] if frontier.lhs != "cond" else rules[2]
                rule = choice if rng.random() < 0.8 else rng.choice(rules)
            elif frontier.lhs.endswith("*"):
                rule = rules[rng.choice([1, 1, 2, 3])]
            else:
                rule = rng.choice(rules)
            builder.apply(Action("rule", rule))
    return builder.tree() if builder.done else None


def test_any_grammar_valid_tree_renders_to_sql_whose_parse_is_stable():
    """Render never fails on a valid tree, and parse(render(.)) is a fixed point: trees the
    parser never produces (e.g. OR inside ON) map to one canonical structure."""
    rng = random.Random(0)
    checked = 0
    for _ in range(300):
        tree = random_tree(rng, CONCERTS)
        if tree is None:
            continue
        first = parse_sql(render_sql(tree, CONCERTS), CONCERTS, strict=True)
        second = parse_sql(render_sql(first, CONCERTS), CONCERTS, strict=True)
        assert canonical(second) == canonical(first)
        checked += 1
    assert checked > 200


def test_join_conditions_inferred_from_foreign_keys_when_absent():
    sql = parse_sql("SELECT T1.name FROM singer AS T1 JOIN singer_in_concert AS T2 JOIN concert AS T3", CONCERTS)
    text = render_sql(sql, CONCERTS, infer_joins=True)
    assert text.endswith("ON T2.Singer_ID = T1.Singer_ID AND T2.concert_ID = T3.concert_ID")
    back = parse_sql(text, CONCERTS)
    assert back["from"]["conds"] == [[False, 2, [0, [0, 10, False], None], [0, 1, False], None], "and",
                                     [False, 2, [0, [0, 9, False], None], [0, 5, False], None]]
    assert exact_match(back, sql, CONCERTS)
    assert " ON " not in render_sql(sql, CONCERTS)


@pytest.mark.parametrize("query", QUERIES)
def test_builder_copy_is_independent_and_continues_like_the_original(query):
    """A copy taken at every step finishes the same tree as the original and never shares state with it."""
    actions = to_actions(from_spider(parse_sql(query, CONCERTS)))
    builder = TreeBuilder()
    for cut, action in enumerate(actions):
        copied = builder.copy()
        assert copied.frontier == builder.frontier and copied.steps == builder.steps
        for rest in actions[cut:]:
            copied.apply(rest)
        assert copied.done and copied.tree() == from_actions(actions)
        assert builder.steps == cut and not builder.done  # finishing the copy left the original where it was
        builder.apply(action)
    assert builder.tree() == from_actions(actions)
