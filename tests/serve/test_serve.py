"""`deepfix serve`: the API on a real server (tiny trained model), its limits, and the page in Chromium."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import urllib.request
from pathlib import Path

import pytest

from deepfix.errors import DeepfixError
from deepfix.serve.app import create_app
from deepfix.serve.background import BackgroundServer
from deepfix.serve.databases import DatabaseCatalog
from deepfix.serve.limits import Limits, RateLimiter
from deepfix.serve.runs import RunCatalog, read_run, thin
from deepfix.tasks.spider.answer import Answerer
from deepfix.tasks.spider.example_database import EXAMPLE_DATABASE
from tests.helpers.fixture_model import fixture_model_file
from tests.helpers.browser import ask_in_browser, browser, have_browser, wait_for

QUESTION = "How many artists are there?"


@pytest.fixture(scope="module")
def model_file(tmp_path_factory):
    return fixture_model_file(tmp_path_factory.mktemp("serve_model"))


@pytest.fixture(scope="module")
def answerer(model_file):
    return Answerer(model_file, beam_size=2)


def fake_run(directory: Path, layers: bool = True) -> Path:
    directory.mkdir(parents=True)
    (directory / "config.yaml").write_text("train:\n  lr: 0.001\n")
    records = [{"event": "train", "step": s, "loss": 10.0 / s, "lr": [1e-3], "grad_norm": 2.0, "grad_norm_max": 3.0}
               for s in (10, 20, 30)]
    records.append({"event": "eval", "step": 30, "exact_match": 0.25, "eval_seconds": 4.0, "valid_n": 10})
    if layers:
        records.append({"event": "layers", "step": 30, "layers": [
            {"stream_in": 2.0, "stream_out": 3.0, "max_logit": 5.0, "entropy": 1.5, "grad_norm": 0.5}]})
    (directory / "metrics.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records) + '{"event": "tr')
    return directory


@pytest.fixture
def folders(tmp_path):
    db_dir, runs, results, outside = (tmp_path / name for name in ("dbs", "runs", "results", "outside"))
    for folder in (db_dir / "shop", results / "study", outside):
        folder.mkdir(parents=True)
    shutil.copy(EXAMPLE_DATABASE, db_dir / "shop" / "festival_copy.sqlite")
    shutil.copy(EXAMPLE_DATABASE, outside / "secret.sqlite")
    (db_dir / "escape.sqlite").symlink_to(outside / "secret.sqlite")  # a link out of --db-dir: never listed
    fake_run(runs / "group" / "run_a")
    fake_run(runs / "run_b", layers=False)
    (results / "study" / "depth.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (outside / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return {"db_dir": db_dir, "runs": runs, "results": results, "uploads": tmp_path / "uploads", "outside": outside}


def make_app(answerer, folders, **limits):
    limits = Limits(**limits)
    databases = DatabaseCatalog(EXAMPLE_DATABASE, folders["db_dir"], folders["uploads"], limits)
    return create_app(answerer, databases, RunCatalog(folders["runs"], folders["results"]), limits,
                      {"name": "tiny"})


def test_rate_limiter_is_a_sliding_minute():
    now = [0.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    assert limiter.allow("a") and limiter.allow("a") and not limiter.allow("a")
    assert limiter.allow("b")
    now[0] = 59.9
    assert not limiter.allow("a")
    now[0] = 60.0
    assert limiter.allow("a")


def test_thin_keeps_the_last_point():
    points = list(range(2501))
    kept = thin(points, 1000)
    assert len(kept) <= 1001 and kept[0] == 0 and kept[-1] == 2500
    assert thin(points[:10], 1000) == points[:10]


def test_read_run_curves_equal_the_metrics(folders):
    run = read_run(folders["runs"] / "group" / "run_a")
    assert [r["step"] for r in run["train"]] == [10, 20, 30]  # the torn last line is skipped
    assert run["train"][0] == {"step": 10, "loss": 1.0, "lr": 1e-3, "grad_norm": 2.0, "grad_norm_max": 3.0}
    assert run["eval"] == [{"step": 30, "exact_match": 0.25}]
    assert run["layers"][0]["layers"][0]["growth"] == pytest.approx(1.5)
    assert run["config"].startswith("train:") and run["summary"] is None


def test_answer_has_sql_rows_candidates_and_links(answerer):
    answer = answerer.ask(EXAMPLE_DATABASE, QUESTION)
    assert answer.sql and answer.error is None
    connection = sqlite3.connect(EXAMPLE_DATABASE)
    try:
        expected = connection.execute(answer.sql).fetchall()
    finally:
        connection.close()
    assert answer.rows and [tuple(r) for r in answer.rows] == expected[:100] and answer.total_rows == len(expected)
    assert answer.candidates and answer.candidates[0].sql == answer.sql
    assert [c.score for c in answer.candidates] == sorted((c.score for c in answer.candidates), reverse=True)
    artists = [link for link in answer.links if answer.words[link.word] == "artists"]
    assert any(link.kind == "table" and link.item == "artist" for link in artists)


def wide_database(path: Path, tables: int, columns: int) -> Path:
    """A sqlite file of ``tables`` tables of ``columns`` text columns each (no rows)."""
    connection = sqlite3.connect(path)
    try:
        connection.executescript("".join(
            f"CREATE TABLE shelf_{t} ({', '.join(f'label_{c} text' for c in range(columns))});" for t in range(tables)))
    finally:
        connection.close()
    return path


def refused_for_size_or_pruned(ask, limit: int) -> None:
    """A schema larger than the encoder's window is refused with one line naming its token count and
    the limit, or -- once schema pruning exists -- answered from a pruned schema, which the answer
    must then say: a non-empty ``left_out`` attribute (the tables/columns the model did not see).
    Anything else (a crash, a 500, or an answer from a silently truncated schema) fails."""
    try:
        answer = ask()
    except DeepfixError as error:
        message = str(error)
        match = re.search(r"take (\d+) tokens; this model reads at most (\d+)", message)
        assert match and int(match.group(1)) > limit and int(match.group(2)) == limit, message
        assert "\n" not in message
        return
    assert getattr(answer, "left_out", None), "an answer from a schema that does not fit must say what it left out"


@pytest.mark.parametrize("tables, columns", [(500, 4), (6, 8)], ids=["tables-do-not-fit", "columns-do-not-fit"])
def test_a_schema_larger_than_the_encoder_window_is_refused_not_a_crash(answerer, tmp_path, tables, columns):
    """500 tables crashed the encoder (a tensor of 2121 positions vs 512); a schema whose tables fit
    but not all its columns was answered from a silently truncated schema."""
    database = wide_database(tmp_path / "wide.sqlite", tables, columns)
    limit = answerer.config.data.max_tokens
    refused_for_size_or_pruned(lambda: answerer.ask(database, "How many shelves have label 3?"), limit)


def test_ask_of_a_schema_too_large_prints_one_line(model_file, tmp_path, capsys):
    from deepfix.cli import main

    database = wide_database(tmp_path / "wide.sqlite", 500, 4)
    code = main(["spider", "ask", "--db", str(database), "--checkpoint", str(model_file), "How many shelves?"])
    captured = capsys.readouterr()
    assert code == 2 and "Traceback" not in captured.err
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("deepfix: error: the question and the schema of wide take ")
    assert "this model reads at most 128" in lines[0]


def test_api_asks_the_example_and_lists_databases_runs_and_plots(answerer, folders):
    with BackgroundServer(make_app(answerer, folders)) as server:
        status, body = server.call("/api/databases")
        ids = [d["id"] for d in body["databases"]]
        assert status == 200 and ids == ["example:music_festival", "dir:shop/festival_copy.sqlite"]
        status, body = server.call("/api/ask", {"db": "dir:shop/festival_copy.sqlite", "question": QUESTION})
        assert status == 200 and body["sql"] == answerer.ask(EXAMPLE_DATABASE, QUESTION).sql
        assert body["words"][-1] == "?" and isinstance(body["rows"], list)
        status, body = server.call("/api/schema?db=example:music_festival")
        assert status == 200 and [t["name"] for t in body["tables"]] == ["festival", "stage", "artist", "performance"]
        status, body = server.call("/api/runs")
        assert status == 200 and body["plots"] == ["study/depth.png"]
        assert sorted(r["id"] for r in body["runs"]) == ["group/run_a", "run_b"]
        status, body = server.call("/api/run?id=group/run_a")
        assert status == 200 and body["eval"][0]["exact_match"] == 0.25
        with urllib.request.urlopen(server.url + "/") as page:
            assert b'<script src="/static/app.js">' in page.read()


@pytest.mark.parametrize("path", [
    "/api/schema?db=dir:../outside/secret.sqlite", "/api/schema?db=dir:escape.sqlite", "/api/schema?db=/etc/passwd",
    "/api/run?id=../outside", "/api/run?id=/etc", "/api/plot?id=../outside/secret.png",
    "/api/plot?id=study/../../outside/secret.png", "/static/../app.py",
])
def test_no_path_traversal(answerer, folders, path):
    with BackgroundServer(make_app(answerer, folders)) as server:
        status, body = server.call(path)
    assert status in (400, 404) and "error" in body and "Traceback" not in json.dumps(body)


def test_bad_requests_get_one_line_errors(answerer, folders, caplog):
    caplog.set_level(logging.WARNING, logger="deepfix.serve")
    with BackgroundServer(make_app(answerer, folders, question_chars=50, upload_bytes=64 * 1024)) as server:
        cases = [
            (server.call("/api/ask", b"not json", "POST", {"Content-Type": "application/json"}), 400, "not JSON"),
            (server.call("/api/ask", {"db": "example:music_festival", "question": "  "}), 400, "question"),
            (server.call("/api/ask", {"db": "example:music_festival", "question": "x" * 51}), 400, "longer than 50"),
            (server.call("/api/ask", {"db": "dir:nowhere.sqlite", "question": QUESTION}), 400, "not one of"),
            (server.call("/api/ask", {"question": QUESTION}), 400, "'db'"),
            (server.call("/api/upload?name=notes.txt", b"hello", "POST"), 400, "not a sqlite database"),
            (server.call("/api/upload?name=big.sqlite", b"SQLite format 3\x00" + b"\0" * 70000, "POST"), 413, "larger"),
            (server.call("/api/schema"), 400, "'db'"),
        ]
    for (status, body), expected_status, words in cases:
        assert status == expected_status and words in body["error"] and "\n" not in body["error"]
    assert len([r for r in caplog.records if r.name == "deepfix.serve"]) == len(cases)


def test_a_question_that_is_not_valid_unicode_is_a_400(answerer, folders):
    """A JSON question with a lone surrogate (``"\\ud800"``) reached the tokenizer and gave a 500."""
    with BackgroundServer(make_app(answerer, folders)) as server:
        status, body = server.call("/api/ask", {"db": "example:music_festival", "question": "How many \ud800?"})
    assert status == 400 and "not valid text" in body["error"] and "U+D800" in body["error"]


def test_an_uploaded_database_can_be_asked(answerer, folders):
    with BackgroundServer(make_app(answerer, folders)) as server:
        data = EXAMPLE_DATABASE.read_bytes()
        status, body = server.call("/api/upload?name=../../my%20db.sqlite", data, "POST")
        assert status == 200 and body["source"] == "upload" and body["name"] == "my_db"
        assert server.call("/api/upload?name=again.sqlite", data, "POST")[0] == 200  # same content: one entry
        listed = [d for d in server.call("/api/databases")[1]["databases"] if d["source"] == "upload"]
        assert [d["id"] for d in listed] == [body["id"]]
        status, answer = server.call("/api/ask", {"db": body["id"], "question": QUESTION})
        assert status == 200 and answer["sql"].upper().startswith("SELECT")
    assert [p.parent for p in folders["uploads"].iterdir()] == [folders["uploads"]]


def test_asking_an_uploaded_schema_too_large_is_a_400(answerer, folders, tmp_path):
    """The 500-table database answered 500 (the encoder's tensor size error)."""
    data = wide_database(tmp_path / "wide.sqlite", 500, 4).read_bytes()
    with BackgroundServer(make_app(answerer, folders)) as server:
        status, body = server.call("/api/upload?name=wide.sqlite", data, "POST")
        assert status == 200, body
        status, answer = server.call("/api/ask", {"db": body["id"], "question": "How many shelves?"})
    assert status == 400 and "this model reads at most 128" in answer["error"], answer


def test_a_damaged_upload_is_refused_and_not_kept(answerer, folders):
    with BackgroundServer(make_app(answerer, folders)) as server:
        status, body = server.call("/api/upload?name=broken.sqlite", b"SQLite format 3\x00" + b"\xff" * 4000, "POST")
    assert status == 400 and body["error"].startswith("broken.sqlite: ")
    assert not list(folders["uploads"].glob("*.sqlite"))


def test_the_request_rate_is_limited(answerer, folders):
    with BackgroundServer(make_app(answerer, folders, requests_per_minute=3)) as server:
        statuses = [server.call("/api/databases")[0] for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        with urllib.request.urlopen(server.url + "/") as page:  # the page itself is not counted
            assert page.status == 200


def test_an_internal_failure_is_a_plain_500_and_one_log_line(folders, caplog):
    class Broken:
        def ask(self, path, question, deadline=None):
            raise RuntimeError("boom")

    caplog.set_level(logging.WARNING, logger="deepfix.serve")
    with BackgroundServer(make_app(Broken(), folders)) as server:
        status, body = server.call("/api/ask", {"db": "example:music_festival", "question": QUESTION})
    assert status == 500 and "boom" not in body["error"] and "internal error" in body["error"]
    lines = [r.getMessage() for r in caplog.records if r.name == "deepfix.serve"]
    assert len(lines) == 1 and "RuntimeError: boom" in lines[0]


def test_serve_binds_to_loopback_by_default():
    from deepfix.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1"


# -- the page in a real browser ------------------------------------------------------------

needs_browser = pytest.mark.skipif(
    not have_browser() and not os.environ.get("DEEPFIX_REQUIRE_BROWSER"),
    reason="Debian's chromium and chromium-driver are not installed (.ci/run installs them)")


@needs_browser
def test_the_page_answers_a_question_in_chromium(answerer, folders):
    from selenium.webdriver.common.by import By

    expected = answerer.ask(EXAMPLE_DATABASE, QUESTION)
    with BackgroundServer(make_app(answerer, folders)) as server:
        driver = browser()
        try:
            shown = ask_in_browser(driver, server.url + "/", QUESTION)
            assert shown["message"] == "" and shown["sql"] == expected.sql
            assert shown["rows"] == [["NULL" if v is None else str(v) for v in row] for row in expected.rows]
            assert shown["links"]  # "artists" links to the artist table
            driver.find_element(By.ID, "tab-runs").click()
            boxes = wait_for(driver, "#runs input[type=checkbox]", 2)
            assert len(boxes) == 2
            boxes[0].click()  # group/run_a, the one with telemetry
            assert len(wait_for(driver, "#charts canvas", 5)) == 5  # 4 training curves + 1 held-out metric
            assert len(wait_for(driver, "#telemetry canvas", 4)) == 4
            assert wait_for(driver, "#plots img")
        finally:
            driver.quit()


@needs_browser
def test_the_page_shows_a_bad_question_as_a_message(answerer, folders):
    with BackgroundServer(make_app(answerer, folders, question_chars=10)) as server:
        driver = browser()
        try:
            shown = ask_in_browser(driver, server.url + "/", QUESTION)
        finally:
            driver.quit()
    assert shown["sql"] == "" and shown["message"] == "field 'question': longer than 10 characters"


def test_configured_databases_come_from_a_file_and_the_environment_and_are_checked(tmp_path):
    from deepfix.serve.databases import configured_databases

    file = tmp_path / "databases.yaml"
    file.write_text(f"databases:\n  festival: {EXAMPLE_DATABASE}\n  shop: postgresql+psycopg://reader:s3cret@db.example/shop\n")
    found = configured_databases(file, {"DEEPFIX_SERVE_DB_LAKE": "duckdb:///lake.duckdb", "HOME": "/root",
                                        "DEEPFIX_DB_STARTED": "postgres mysql"})
    assert found == {"festival": str(EXAMPLE_DATABASE), "shop": "postgresql+psycopg://reader:s3cret@db.example/shop",
                     "lake": "duckdb:///lake.duckdb"}
    for text, words in [("databases: [a, b]\n", "expected a mapping"), ("databases:\n  'a b': x.sqlite\n", "a database name"),
                        ("databases:\n  shop: oracle://u:s3cret@h/db\n", "not supported"),
                        ("databases:\n  shop: missing.sqlite\n", "no sqlite file"), ("databases: {shop: [1\n", "not valid YAML")]:
        file.write_text(text)
        with pytest.raises(DeepfixError) as caught:
            configured_databases(file, {})
        message = str(caught.value)
        assert words in message and message.startswith(str(file)) and "s3cret" not in message
    with pytest.raises(DeepfixError, match="^DEEPFIX_SERVE_DB_X: .*duckdb URL must name a file"):
        configured_databases(None, {"DEEPFIX_SERVE_DB_X": "duckdb://"})


def test_a_configured_url_is_listed_by_name_asked_by_id_and_never_shown(answerer, folders, tmp_path):
    """The operator's URLs: listed as url:<name>, asked through the engine, the password nowhere in a reply."""
    configured = {"festival": str(EXAMPLE_DATABASE),
                  "down": "postgresql+psycopg://reader:s3cret@127.0.0.1:9/shop"}  # nothing listens on port 9
    duckdb_url = None
    if __import__("importlib").util.find_spec("duckdb_engine") is not None:
        from tests.helpers.engine_copies import copy_tables

        duckdb_url = f"duckdb:///{tmp_path / 'festival.duckdb'}"
        copy_tables(EXAMPLE_DATABASE, duckdb_url)
        configured["lake"] = duckdb_url
    limits = Limits()
    catalog = DatabaseCatalog(EXAMPLE_DATABASE, None, folders["uploads"], limits, configured)
    app = create_app(answerer, catalog, RunCatalog(folders["runs"], folders["results"]), limits, {"name": "tiny"})
    with BackgroundServer(app) as server:
        status, body = server.call("/api/databases")
        listed = {d["id"]: d for d in body["databases"]}
        assert status == 200 and {"url:festival", "url:down"} <= set(listed) and "s3cret" not in json.dumps(body)
        status, body = server.call("/api/ask", {"db": "url:festival", "question": QUESTION})
        assert status == 200 and body["sql"] == answerer.ask(EXAMPLE_DATABASE, QUESTION).sql
        for call in (server.call("/api/schema?db=url:down"), server.call("/api/ask", {"db": "url:down", "question": QUESTION})):
            status, body = call
            assert status == 400 and "url:down" in body["error"] and "s3cret" not in body["error"]
            assert "127.0.0.1:9" not in body["error"]
        status, body = server.call("/api/ask", {"db": "postgresql+psycopg://reader:s3cret@127.0.0.1:9/shop", "question": QUESTION})
        assert status == 400 and "not one of the listed databases" in body["error"]
        if duckdb_url is not None:
            status, body = server.call("/api/schema?db=url:lake")
            assert status == 200 and sorted(t["name"] for t in body["tables"]) == ["artist", "festival", "performance", "stage"]
            status, body = server.call("/api/ask", {"db": "url:lake", "question": QUESTION})
            expected = answerer.ask(EXAMPLE_DATABASE, QUESTION)
            assert status == 200 and body["total_rows"] == expected.total_rows and body["error"] is None
