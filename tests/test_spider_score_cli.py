"""``deepfix spider score`` end to end on the shipped Spider subset and a sqlite database built here."""

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from deepfix.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "spider"
EXAMPLES = json.loads((FIXTURE / "dev.json").read_text())


@pytest.fixture()
def db_dir(tmp_path):
    """concert_singer built from the fixture's schema, with a few rows."""
    schema = json.loads((FIXTURE / "tables.json").read_text())[0]
    path = tmp_path / "database" / "concert_singer" / "concert_singer.sqlite"
    path.parent.mkdir(parents=True)
    connection = sqlite3.connect(path)
    for table_id, table in enumerate(schema["table_names_original"]):
        columns = [(name, schema["column_types"][i]) for i, (t, name) in enumerate(schema["column_names_original"])
                   if t == table_id]
        connection.execute(f"CREATE TABLE {table} (" + ", ".join(
            f"{name} {'REAL' if kind == 'number' else 'TEXT'}" for name, kind in columns) + ")")
    connection.executemany("INSERT INTO stadium VALUES (?,?,?,?,?,?,?)",
                           [(1, "Raith", "Stark", 10000, 1000, 200, 500), (2, "Ayr", "Somerset", 5000, 900, 100, 300)])
    connection.executemany("INSERT INTO singer VALUES (?,?,?,?,?,?,?)",
                           [(1, "Joe", "France", "Hey", "2014", 52, "F"), (2, "Rose", "Netherlands", "Sun", "2016", 29, "T"),
                            (3, "Tim", "France", "Love", "2003", 41, "F")])
    connection.executemany("INSERT INTO concert VALUES (?,?,?,?,?)",
                           [(1, "Auditions", "Free", "1", "2014"), (2, "Super", "Happy", "2", "2015")])
    connection.executemany("INSERT INTO singer_in_concert VALUES (?,?)", [(1, 1), (1, 2), (2, 3)])
    connection.commit()
    connection.close()
    return path.parent.parent


def write_predictions(tmp_path, lines, name="pred.sql"):
    path = tmp_path / name
    path.write_text("".join(line + "\n" for line in lines))
    return path


def score(pred, out, *extra):
    return main(["spider", "score", "--pred", str(pred), "--split", "dev", "--data", str(FIXTURE),
                 "--out", str(out), *extra])


def test_gold_predictions_score_one_with_execution(tmp_path, db_dir):
    pred = write_predictions(tmp_path, [e["query"] for e in EXAMPLES])
    out = tmp_path / "metrics.json"
    assert score(pred, out, "--db-dir", str(db_dir)) == 0
    metrics = json.loads(out.read_text())
    assert metrics["n"] == 45 and metrics["exact_match"] == 1.0
    assert {level: v["n"] for level, v in metrics["per_difficulty"].items()} == {
        "easy": 4, "medium": 24, "hard": 13, "extra": 4}
    assert metrics["execution"] == 1.0 and metrics["execution_n"] == 45
    assert metrics["errors"]["wrong"] == 0


def test_wrong_unparseable_and_writing_predictions(tmp_path, db_dir):
    database = db_dir / "concert_singer" / "concert_singer.sqlite"
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    lines = [e["query"] for e in EXAMPLES]
    lines[0] = "SELECT count(*) FROM stadium"           # wrong table
    lines[1] = "this is not sql"                        # unparseable
    lines[2] = "DROP TABLE singer"                      # a write: unparseable, refused by sqlite
    lines[3] = ""                                       # empty prediction
    pred = write_predictions(tmp_path, lines)
    out = tmp_path / "metrics.json"
    assert score(pred, out, "--db-dir", str(db_dir)) == 0
    metrics = json.loads(out.read_text())
    assert metrics["exact_match"] == pytest.approx(41 / 45)
    assert metrics["errors"]["wrong"] == 4 and metrics["errors"]["unparseable"] == 3
    assert metrics["execution"] < 1.0
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("content, message", [
    (b"SELECT 1\n", "1 prediction lines for 45 examples"),
    (b"\xff\xfe not utf-8\n" * 45, "not UTF-8"),
    (b"SELECT count(*) FROM singer\twrong_db\n" * 45, "line 1: database 'wrong_db'"),
])
def test_malformed_prediction_files_give_one_line_errors(tmp_path, capsys, content, message):
    pred = tmp_path / "pred.sql"
    pred.write_bytes(content)
    out = tmp_path / "metrics.json"
    assert score(pred, out) == 2
    error = capsys.readouterr().err.strip()
    assert message in error and len(error.splitlines()) == 1
    assert not out.exists()


def test_missing_data_directory_is_a_clean_error(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("DEEPFIX_SPIDER_DATA", raising=False)
    pred = write_predictions(tmp_path, ["SELECT 1"])
    assert main(["spider", "score", "--pred", str(pred), "--out", str(tmp_path / "m.json")]) == 2
    assert "DEEPFIX_SPIDER_DATA" in capsys.readouterr().err


def test_inferred_joins_execute_like_the_gold_joins(db_dir):
    """Gold queries with their ON conditions removed, rendered with foreign-key join inference,
    return the gold's rows on the fixture database."""
    from deepfix.tasks.spider.sql import execution_match, open_read_only, render_sql

    db = json.loads((FIXTURE / "tables.json").read_text())[0]
    connection = open_read_only(db_dir / "concert_singer" / "concert_singer.sqlite")
    joined = 0
    for example in EXAMPLES:
        sql = json.loads(json.dumps(example["sql"]))
        if not sql["from"]["conds"]:
            continue
        sql["from"]["conds"] = []
        text = render_sql(sql, db, infer_joins=True)
        match, error = execution_match(connection, text, example["query"], bool(sql["orderBy"]))
        assert match, (example["query"], text, error)
        joined += 1
    assert joined >= 10
