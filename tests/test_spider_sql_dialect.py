"""The model's SQLite SQL written for each engine: hand-made cases, no server needed."""

from __future__ import annotations

import pytest

from deepfix.errors import DeepfixError
from deepfix.tasks.spider.sql.engine_schema import create_statements
from deepfix.tasks.spider.sql.sqlite_names import schema_names
from deepfix.tasks.spider.sql.validity import empty_database
from tests.spider_sql_schema import CONCERTS

pytest.importorskip("sqlglot")
from deepfix.tasks.spider.sql.dialect import DialectError, to_dialect  # noqa: E402

NAMES = schema_names(CONCERTS)


def test_schema_names_keep_the_original_spelling():
    assert NAMES == {"singer": {"Singer_ID": "number", "Name": "text", "Country": "text", "Age": "number"},
                     "concert": {"concert_ID": "number", "concert_Name": "text", "Year": "text",
                                 "Stadium_ID": "number"},
                     "singer_in_concert": {"concert_ID": "number", "Singer_ID": "number"}}


@pytest.mark.parametrize("engine, expected", [
    ("postgres", 'SELECT T1."Name" FROM "singer" AS T1 WHERE T1."Age" > 30'),
    ("duckdb", 'SELECT T1."Name" FROM "singer" AS T1 WHERE T1."Age" > 30'),
    ("mysql", "SELECT T1.`Name` FROM `singer` AS T1 WHERE T1.`Age` > 30"),
    ("sqlite", 'SELECT T1."Name" FROM "singer" AS T1 WHERE T1."Age" > 30'),
])
def test_names_take_the_schema_spelling_and_aliases_their_declared_one(engine, expected):
    assert to_dialect("SELECT t1.NAME FROM SINGER AS T1 WHERE t1.age > 30", engine, NAMES) == expected


@pytest.mark.parametrize("engine, quoted", [("postgres", "'France'"), ("mysql", "'France'"), ("duckdb", "'France'")])
def test_double_quoted_token_that_names_no_column_is_the_string_sqlite_reads(engine, quoted):
    written = to_dialect('SELECT name FROM singer WHERE country = "France" AND "Age" > 1', engine, NAMES)
    assert written.endswith(f"= {quoted} AND {'`Age`' if engine == 'mysql' else chr(34) + 'Age' + chr(34)} > 1")


def test_without_names_sqlglot_alone_keeps_a_double_quoted_token_an_identifier():
    assert to_dialect('SELECT name FROM singer WHERE country = "France"', "mysql") == \
        "SELECT name FROM singer WHERE country = `France`"


def test_output_alias_in_double_quotes_stays_a_name():
    written = to_dialect('SELECT count(*) AS "total" FROM singer ORDER BY "total"', "postgres", NAMES)
    assert written == 'SELECT COUNT(*) AS "total" FROM "singer" ORDER BY "total" NULLS FIRST'


@pytest.mark.parametrize("engine, operator", [("postgres", "ILIKE"), ("duckdb", "ILIKE"), ("mysql", "LIKE"),
                                              ("sqlite", "LIKE")])
def test_like_ignores_case_on_every_engine(engine, operator):
    assert f" {operator} '%an%'" in to_dialect("SELECT name FROM singer WHERE name LIKE '%an%'", engine)


@pytest.mark.parametrize("engine", ["postgres", "mysql", "duckdb"])
def test_unnamed_derived_table_gets_a_name(engine):
    written = to_dialect("SELECT count(*) FROM (SELECT name FROM singer INTERSECT SELECT name FROM singer)", engine)
    assert written.endswith(") AS deepfix_1")


def test_sqlite_output_is_left_without_new_names():
    sql = "SELECT count(*) FROM (SELECT name FROM singer)"
    assert to_dialect(sql, "sqlite") == "SELECT COUNT(*) FROM (SELECT name FROM singer)"


def test_transpiler_rewrites_what_engines_spell_differently():
    assert to_dialect("SELECT name || country FROM singer", "mysql") == "SELECT CONCAT(name, country) FROM singer"
    # SQLite sorts NULL first ascending, last descending; PostgreSQL the other way round
    assert to_dialect("SELECT name FROM singer ORDER BY age DESC", "postgres").endswith("ORDER BY age DESC NULLS LAST")


@pytest.mark.parametrize("sql", [
    "SELECT T1.Name, count(*) FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.Singer_ID = T2.Singer_ID "
    "GROUP BY T1.Singer_ID HAVING count(*) > 1 ORDER BY count(*) DESC LIMIT 3",
    'SELECT name FROM singer WHERE country = "France" UNION SELECT concert_Name FROM concert',
    "SELECT count(*) FROM (SELECT name FROM singer EXCEPT SELECT name FROM singer WHERE age > 20)",
])
def test_sqlite_still_accepts_what_it_accepted(sql):
    connection = empty_database(CONCERTS)
    connection.execute("EXPLAIN " + to_dialect(sql, "sqlite", NAMES)).fetchall()


@pytest.mark.parametrize("sql, message", [
    ("SELECT (", "cannot read the query as SQLite SQL"),
    ("SELECT 1; SELECT 2", "expected one SQL statement, got 2"),
    ("DROP TABLE singer", "only a query can be written for postgres, not DROP"),
    ("DELETE FROM singer", "only a query can be written for postgres, not DELETE"),
    ("SELECT 'unclosed", "cannot read the query as SQLite SQL"),
])
def test_what_cannot_be_written_is_a_one_line_error(sql, message):
    with pytest.raises(DialectError, match=message) as caught:
        to_dialect(sql, "postgres")
    assert isinstance(caught.value, DeepfixError) and "\n" not in str(caught.value) and "\x1b" not in str(caught.value)


@pytest.mark.parametrize("engine", ["postgres", "mysql", "duckdb"])
def test_number_compared_with_a_text_column_is_the_string_sqlite_compares(engine):
    sql = ("SELECT T1.concert_Name FROM concert AS T1 WHERE T1.Year = 2014 OR year > 2013.5 OR Year IN (2015, 1.0) "
           "OR Year BETWEEN 2000 AND 2010 OR Stadium_ID = 3")
    q = "`" if engine == "mysql" else '"'
    written = to_dialect(sql, engine, NAMES)
    assert f"T1.{q}Year{q} = '2014' OR {q}Year{q} > '2013.5' OR {q}Year{q} IN ('2015', 1.0)" in written
    assert f"{q}Year{q} BETWEEN '2000' AND '2010' OR {q}Stadium_ID{q} = 3" in written
    names_only = {table: list(columns) for table, columns in NAMES.items()}
    assert f"{q}Year{q} = 2014" in to_dialect(sql, engine, names_only)


def test_text_affinity_leaves_sqlite_as_written():
    assert to_dialect("SELECT Year FROM concert WHERE Year = 2014", "sqlite", NAMES).endswith('"Year" = 2014')


def test_unknown_engine_is_named():
    with pytest.raises(DialectError, match="unknown SQL engine 'oracle': choose one of sqlite, postgres, mysql, duckdb"):
        to_dialect("SELECT 1", "oracle")


def test_create_statements_declare_types_and_primary_keys():
    statements = create_statements(CONCERTS, "mysql")
    assert statements[0] == ("CREATE TABLE `singer` (`Singer_ID` DECIMAL(38,10), `Name` TEXT, `Country` TEXT, "
                             "`Age` DECIMAL(38,10), PRIMARY KEY (`Singer_ID`))")
    assert statements[2] == "CREATE TABLE `singer_in_concert` (`concert_ID` DECIMAL(38,10), `Singer_ID` DECIMAL(38,10))"
    postgres = create_statements(CONCERTS, "postgres")
    assert postgres[1] == ('CREATE TABLE "concert" ("concert_ID" NUMERIC, "concert_Name" TEXT, "Year" TEXT, '
                           '"Stadium_ID" NUMERIC, PRIMARY KEY ("concert_ID"))')


def test_text_primary_key_is_indexable_on_mysql():
    db = dict(CONCERTS, column_types=["text"] * len(CONCERTS["column_types"]))
    assert "`Singer_ID` VARCHAR(255)" in create_statements(db, "mysql")[0]


@pytest.mark.parametrize("engine, pick", [("duckdb", "ANY_VALUE"), ("postgres", "MIN")])
def test_a_column_neither_grouped_nor_aggregated_is_picked_from_its_group(engine, pick):
    sql = ("SELECT T1.name, count(*) AS n FROM festival AS T1 JOIN stage AS T2 ON T1.id = T2.festival_id "
           "GROUP BY T1.id HAVING count(*) > 1 ORDER BY n, T1.age")
    written = to_dialect(sql, engine)
    assert f"{pick}(T1.name) AS name" in written  # the selected column keeps its name
    assert f"{pick}(T1.age)" in written and f"{pick}(T1.id)" not in written
    assert "ORDER BY n" in written  # an output name is not a column of the group
    # grouped columns, columns inside aggregates, inner queries and SQLite's bare max() row are left alone
    for kept in ("SELECT id FROM t GROUP BY id", "SELECT name, max(age) FROM t",
                 "SELECT a FROM t WHERE a IN (SELECT b FROM u GROUP BY b) GROUP BY a",
                 "SELECT T1.id, count(T1.name) FROM t AS T1 GROUP BY id"):
        assert pick not in to_dialect(kept, engine), kept


def test_grouped_columns_stay_as_written_on_sqlite_and_mysql():
    sql = "SELECT name, count(*) FROM t GROUP BY id"
    assert "ANY_VALUE" not in to_dialect(sql, "mysql") and "MIN" not in to_dialect(sql, "mysql")
    assert to_dialect(sql, "sqlite").startswith("SELECT name, COUNT(*)")
